"""A unit being read and the context it resolves against (used by nlp/_unit_reader.py).

A unit is [prefix] head [department name | parent unit | type word] [place] [higher
places]; each part keeps a display form and a key form, so "UBND TỈNH QUẢNG TRỊ" shows as
"UBND tỉnh Quảng Trị" and keys as "uy ban nhan dan tinh quang tri".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp._gazetteer import Place, gazetteer
from nlp._unit_lexicon import Head, Name, Type, lexicon
from nlp._vi import fold

PLACE_HEAD = Head("", "", "place", None, None, False, False)  # a bare "xã Cam Thành"
CONTEXT_HEAD = Head("", "", "context", None, None, True, False)  # "T/M BAN THƯỜNG VỤ"


@dataclass(frozen=True)
class Chain:
    """The issuing unit and the places it sits in: what bare mentions resolve to."""

    unit: Unit | None
    places: tuple[Place, ...]
    units: tuple[Unit, ...] = ()  # every unit the context names, issuer first

    def within(self) -> dict[str, str]:
        return {p.level: p.name for p in self.places if p.level in ("district", "province")}

    def place_for(self, type_: str | None, level: str | None) -> Place | None:
        for p in self.places:
            if type_ and p.type == type_:
                return p
        for p in self.places:
            if not type_ and level and p.level == level:
                return p
        return None


@dataclass
class Unit:
    """A unit being read: its parts, each with a display form and a key form."""

    head: Head
    start: int  # token indices
    end: int
    sub: Name | None = None  # department name after "Sở"/"Phòng", or a free name
    parent: Unit | None = None
    type: Type | None = None
    place: str | None = None  # display form
    executive: bool = False  # read after "Ban Chấp hành"
    implied_type: str | None = None  # type from the gazetteer when none is written
    level_hint: str | None = None
    from_context: bool = False  # place filled in from the issuing unit, not written
    behalf_only: bool = False  # "T/M BAN THƯỜNG VỤ" with nothing after: the context unit
    # places above the first one, written right after it: "thôn 3 xã Cam Thành"
    outer: list[tuple[Type, str]] = field(default_factory=list)
    echo: Type | None = None  # a committee's own type word, written: shown, not keyed
    # a bare body that only the context can name ("Văn phòng Sở", "Công đoàn công ty",
    # "ĐẢNG ỦY KHỐI"): no unit unless resolved
    needs_context: bool = False
    # with needs_context: the first word (folded) of the kind of body the context must
    # supply ("Đảng bộ Đồn" → "don": the paper's "Đồn Biên phòng Pa Tần")
    kind_word: str | None = None

    # -- composition --------------------------------------------------------------
    def level(self) -> str | None:
        h = self.head
        if self.parent is not None and h.kind == "body":
            return h.level or "organisation"
        if h.kind == "committee":
            # a Thành ủy is a province's committee in a centrally-run city (Hà Nội, Huế …)
            if h.type == "thành phố" and self.place and _is_province(self.place):
                return "province"
            return h.level
        if h.level:
            return h.level
        if self.type is not None:
            if self.type.canonical == "thành phố" and self.place and _is_province(self.place):
                return "province"
            return self.type.level
        return self.level_hint

    def _head_parts(self, for_key: bool = False) -> tuple[str, str]:
        h = self.head
        # The Party organisation of a place is led by that place's committee: "Đảng bộ tỉnh X"
        # (the superior line of a header) and "Tỉnh ủy X" are one unit for matching.
        merge = self.executive or for_key
        if for_key and h.canonical == "Đảng bộ" and self.type is not None and \
                self.type.canonical in ("xã", "phường", "thị trấn"):
            return "Đảng ủy", "Đảng ủy"  # Đảng bộ xã X = Đảng ủy xã X
        if for_key and h.canonical == "Đoàn" and self.type is not None:
            # the Đoàn of a place is its youth union: "Đoàn xã X" = "Đoàn Thanh niên xã X"
            return h.display, "Đoàn Thanh niên"
        if merge and h.canonical == "Đảng bộ" and self.type is not None:
            committee = lexicon().committee_by_type.get(self.type.canonical)
            if committee is not None:  # BCH Đảng bộ huyện X = Huyện ủy X
                return committee.display, committee.canonical
        return h.display, h.canonical

    def _type_shown(self, for_key: bool = False) -> bool:
        if self.type is None:
            return False
        if not ((self.executive or for_key) and self.head.canonical == "Đảng bộ"):
            return True
        return self.type.canonical not in lexicon().committee_by_type

    def name(self) -> str:
        display, _ = self._head_parts()
        parts = [display] if display else []
        if self.echo is not None and self.place:
            parts.append(self.echo.display)
        elif self.head.kind == "committee" and self.place and self.place.isdigit() and \
                self.head.type:
            parts.append(self.head.type.capitalize())  # resolved: "Quận ủy" → "Quận ủy Quận 1"
        if self.sub is not None:
            parts.append(self.sub.display)
        if self.parent is not None:
            parts.append(self.parent.name())
        if self._type_shown() and self.type is not None:
            parts.append(self.type.display)
        elif self.implied_type and self.place and self.from_context:
            parts.append(self.implied_type)  # resolved from context: "Đảng ủy xã Cam Thành"
        if self.place:
            parts.append(self.place)
        for typ, place in self.outer:
            parts += [typ.display, place]
        return " ".join(parts)

    def _number_type(self) -> str | None:
        """The type word that names a numbered place ("Quận 1"), written or implied by
        a committee resolved from context ("Quận ủy" in a paper of Quận ủy Quận 1)."""
        typ = self.echo or self.type
        return typ.canonical if typ is not None else self.head.type

    def key(self) -> str:
        _, canonical = self._head_parts(for_key=True)
        parts = [canonical]
        if self.sub is not None:
            parts.append(self.sub.canonical)
        if self.parent is not None:
            parts.append(self.parent.key())
        if self._type_shown(for_key=True) and self.type is not None:
            parts.append(self.type.canonical)
        elif self.implied_type and self.place:
            parts.append(self.implied_type)
        elif self.place and self.place.isdigit():
            # a numbered place is named by its type word: "Quận ủy Quận 1" is no "Quận ủy 1"
            word = self._number_type()
            if word:
                parts.append(word)
        if self.place:
            parts.append(self.place)
        # the places above (self.outer) only qualify the name: "xã Cam Thành huyện Cam Lộ"
        # and "xã Cam Thành" must share a key
        return key_text(" ".join(parts))


def key_text(s: str) -> str:
    s = fold(s.replace("&", " và "))
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def _is_province(name: str) -> bool:
    """A city run by the centre ("thành phố Cần Thơ"), not a province's own city that
    shares the province's name ("thành phố Hà Tĩnh" in tỉnh Hà Tĩnh)."""
    return any(p.type == "thành phố" for p in gazetteer().lookup(name, "province"))
