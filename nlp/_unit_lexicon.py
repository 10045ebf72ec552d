"""The unit lexicons (nlp/data/units_*.toml|txt), compiled once per process."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from nlp._tokens import DATA, PhraseIndex, read_lines


@dataclass(frozen=True)
class Head:
    canonical: str  # first form: builds the key
    display: str  # this form as listed
    kind: str  # committee | body | office | department | agency
    level: str | None
    type: str | None  # committees: the administrative type of their place
    bare: bool
    free: bool
    listed: bool = False  # only a listed department name may follow ("Bộ Xây dựng")
    inner: bool = False  # a unit only as the parent of another ("Chi bộ Trạm Y tế xã X")
    lower: bool = False  # its name may open in lower case ("Hợp tác xã dịch vụ … X")
    stem: bool = False  # completed by the context's body ("Đảng ủy Khối" → "… Doanh nghiệp")
    typed: bool = False  # only a type word and place may follow ("Đoàn phường X")
    known: bool = False  # only a place the gazetteer knows, written whole ("Báo Nghệ An")
    cell: bool = False  # a Party cell: of a village or a body, never of a commune or above


@dataclass(frozen=True)
class Type:
    canonical: str
    display: str
    level: str


@dataclass(frozen=True)
class Name:
    """A department name after "Sở"/"Phòng": canonical (for the key) and as listed."""

    canonical: str
    display: str


@dataclass(frozen=True)
class Lexicon:
    heads: PhraseIndex[Head]
    prefixes: PhraseIndex[str]  # payload: executive | committee | behalf
    abbrevs: PhraseIndex[Head]
    types: PhraseIndex[Type]
    names: PhraseIndex[Name]
    stops: PhraseIndex[str]
    compounds: PhraseIndex[str]  # "xổ số": a stop word as the last syllable of a noun
    in_names: frozenset[str]  # "đạt": a stop word that is also a syllable of given names
    not_units: PhraseIndex[str]
    fixed_places: PhraseIndex[str]
    committee_by_type: dict[str, Head]
    by_canonical: dict[str, Head]


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads((DATA / "units_heads.toml").read_text(encoding="utf-8"))
    heads: PhraseIndex[Head] = PhraseIndex()
    by_canonical: dict[str, Head] = {}
    committee_by_type: dict[str, Head] = {}
    for h in data["head"]:
        forms = h["forms"]
        for form in forms:
            head = Head(
                canonical=forms[0],
                display=form,
                kind=h["kind"],
                level=h.get("level"),
                type=h.get("type"),
                bare=bool(h.get("bare", False)),
                free=bool(h.get("free", False)),
                listed=bool(h.get("listed", False)),
                inner=bool(h.get("inner", False)),
                lower=bool(h.get("lower", False)),
                stem=bool(h.get("stem", False)),
                typed=bool(h.get("typed", False)),
                known=bool(h.get("known", False)),
                cell=bool(h.get("cell", False)),
            )
            heads.add(form, head)
            if form == forms[0]:
                by_canonical[form] = head
                if head.kind == "committee" and head.level != "organisation" and head.type:
                    committee_by_type[head.type] = head
    prefixes: PhraseIndex[str] = PhraseIndex()
    for what, forms in data["prefix"].items():
        for p in forms:
            prefixes.add(p, what)
    abbrevs: PhraseIndex[Head] = PhraseIndex()
    for abbr, canonical in data["abbrev"].items():
        abbrevs.add(abbr, by_canonical[canonical])
    types: PhraseIndex[Type] = PhraseIndex()
    for level, groups in data["types"].items():
        for forms in groups:
            for form in forms:
                types.add(form, Type(forms[0], form, level))
    names: PhraseIndex[Name] = PhraseIndex()
    for line in read_lines("units_departments.txt"):
        forms = [f.strip() for f in line.split("|") if f.strip()]
        for form in forms:
            names.add(form, Name(forms[0], form))
    stops: PhraseIndex[str] = PhraseIndex()
    for w in data["stop"]["words"]:
        stops.add(w, w)
    compounds: PhraseIndex[str] = PhraseIndex()
    for w in data["stop"]["compounds"]:
        compounds.add(w, w)
    in_names = frozenset(w.lower() for w in data["stop"]["in_names"])
    not_units: PhraseIndex[str] = PhraseIndex()
    for w in data["not_units"]["phrases"]:
        not_units.add(w, w)
    fixed_places: PhraseIndex[str] = PhraseIndex()
    for w in data["fixed_places"]["phrases"]:
        fixed_places.add(w, w)
    return Lexicon(
        heads, prefixes, abbrevs, types, names, stops, compounds, in_names, not_units,
        fixed_places,
        committee_by_type, by_canonical,
    )
