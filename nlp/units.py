"""Find the bodies (units) a commitment paper, evaluation report or article names.

A unit is read as [prefix] head [department name | parent unit | type word] [place]:
"Ban Thường vụ" "Huyện ủy" "Cam Lộ"; "UBND" "tỉnh" "Quảng Trị"; "Ban Tổ chức" + the unit
"Tỉnh ủy Quảng Trị"; "Sở" "Giao thông vận tải". The words are data (nlp/data/units_*);
this module only knows the grammar. A place name is a run of capitalised words and
numbers on one line, ended by punctuation, a lower-case word, a stop word (for capitals),
or a person's name; the gazetteer of pre-2025 units restores capitals and diacritics and
tells a district from a province. `context` (the issuing unit) fills in bare mentions:
"Ban Thường vụ", "Huyện ủy", "UBND huyện".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from nlp._gazetteer import Place, gazetteer
from nlp._tokens import Tokens, tokenize
from nlp._unit_lexicon import lexicon
from nlp._unit_reader import PLACE_HEAD, Chain, Reader, Unit, key_text
from nlp._vi import capitalize_word


@dataclass(frozen=True)
class UnitMatch:
    start: int
    end: int
    written: str
    name: str
    key: str
    level: str | None


# -- context ---------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _chain(context: str | None) -> Chain | None:
    """The issuing unit (the first unit in `context`) and every place the units named in
    `context` sit in, nearest first: a context "Sở Giao thông vận tải; UBND tỉnh Quảng Trị"
    gives the Sở as the unit and Quảng Trị as its province."""
    if not context:
        return None
    tok = tokenize(context)
    reader = Reader(tok, None, places=True)
    first: Unit | None = None
    named: list[Unit] = []
    places: list[Place] = []  # written in the context
    inferred: list[Place] = []  # their parents by the gazetteer (pre-2025 borders)
    i = 0
    while i < len(tok):
        u = reader.unit(i)
        if u is None or u.behalf_only:
            i += 1
            continue
        if first is None:
            first = u
        named.append(u)
        inner = u
        while inner.parent is not None and not inner.place:
            inner = inner.parent
        if inner.place:
            typ = inner.type.canonical if inner.type else inner.head.type or inner.implied_type
            lvl = inner.level()
            here = Place(lvl or "", typ or "", inner.place)
            found = gazetteer().lookup(inner.place, lvl if lvl in ("province", "district",
                                                                    "commune") else None)
            parents = {tuple(gazetteer().parents(p)) for p in found}
            if all(q.level != here.level or q.type != here.type for q in places):
                places.append(here)
            if len(parents) == 1:
                inferred += parents.pop()
        i = max(i + 1, u.end)
    if first is None:
        return None
    # a written superior outranks the gazetteer: after the 2025 merger "xã Mèo Vạc" under
    # "ĐẢNG BỘ TỈNH TUYÊN QUANG" is no longer in Hà Giang
    for p in inferred:
        if all(q.level != p.level or q.type != p.type for q in places):
            places.append(p)
    return Chain(first, tuple(places), tuple(named))


def _resolve(u: Unit, chain: Chain | None) -> Unit:
    """Fill in a bare mention from the context: "Huyện ủy" → "Huyện ủy Cam Lộ"."""
    if chain is None:
        return u
    if u.needs_context:
        return _from_context(u, chain)
    if u.behalf_only:
        return replace(chain.unit, start=u.start, end=u.end) if chain.unit else u
    if u.parent is not None:
        u.parent = _resolve(u.parent, chain)
        return u
    if u.head.kind == "agency" and u.sub is None and not u.place:
        # "Bệnh viện" alone in the paper of "Đảng ủy Bệnh viện Đa khoa tỉnh X": that body
        own = _own(u, chain)
        return replace(own, start=u.start, end=u.end) if own is not None else u
    if u.sub is not None and u.type is not None and not u.place:
        # "Phòng Giáo dục và Đào tạo quận" in a paper of UBND quận Long Biên
        p = chain.place_for(u.type.canonical, None)
        if p is not None:
            u.place = p.name
        return u
    own = chain.unit
    if u.sub is not None and u.type is None and not u.place and u.head.kind == "office" \
            and own is not None and own.head.canonical == "Ủy ban nhân dân" and own.place:
        # "Phòng Kinh tế" in a paper of UBND xã Hiệp Thành: a Phòng is an agency of the
        # People's Committee of its level, here the issuer
        u.type, u.place, u.implied_type = own.type, own.place, own.implied_type
        u.from_context = own.type is None
        return u
    if u.place or u.sub is not None:
        return u
    if u.type is None and u.head.kind == "office" and chain.unit is not None:
        if chain.unit.head.canonical == u.head.canonical:  # the issuing office itself
            return replace(chain.unit, start=u.start, end=u.end)
        own = chain.unit.parent if chain.unit.head.kind == "office" else chain.unit
        u.parent = own  # "Ban Tổ chức" in a Huyện ủy paper
        return u
    if u.type is None and u.head.kind == "body" and u.head.type and chain.unit is not None:
        # a body whose place is always of one type ("Ban Quản lý các khu công nghiệp" of
        # a province): the issuer's chain names it
        p = chain.place_for(u.head.type, None)
        if p is not None:
            u.place, u.implied_type, u.from_context = p.name, p.type, True
        return u
    if u.type is None and u.head.kind == "body" and chain.unit is not None:
        ctx = chain.unit
        if ctx.head.canonical == u.head.canonical and not ctx.parent:
            return replace(ctx, start=u.start, end=u.end, executive=u.executive)
        if u.head.canonical == "Đảng ủy":
            # "T/M ĐẢNG ỦY" in a village cell's paper: the committee of its commune
            p = chain.place_for(None, "commune")
            if p is not None:
                u.place, u.implied_type, u.from_context = p.name, p.type, True
        return u
    want = u.type.canonical if u.type else u.head.type
    level = u.head.level if u.head.kind == "committee" else None
    p = chain.place_for(want, level)
    if p is not None:
        u.place = p.name
    return u


def _same_kind(own: Unit, u: Unit) -> bool:
    """"Công ty" names a "Công ty TNHH …", "Bệnh viện" a "Bệnh viện Đa khoa …"."""
    a, b = key_text(own.head.canonical), key_text(u.head.canonical)
    return a == b or a.startswith(b + " ")


def _own(u: Unit, chain: Chain) -> Unit | None:
    """The body of `u`'s kind among the context's units and their parents: "Sở" in
    "Văn phòng Sở" under "Đảng bộ Sở Tài chính" is that Sở."""
    for c in chain.units or ((chain.unit,) if chain.unit else ()):
        own: Unit | None = c
        while own is not None and not _same_kind(own, u):
            own = own.parent
        if own is not None and (own.sub is not None or own.place or own.parent is not None):
            return own
    return None


def _from_context(u: Unit, chain: Chain) -> Unit:
    """A bare body only the context can name; still unresolved when it names none."""
    if u.kind_word is not None:
        body = _body_of_kind(u.kind_word, chain)
        if body is not None:
            u.parent, u.needs_context = body, False
        return u
    if u.head.stem:
        # "ĐẢNG ỦY KHỐI" under "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH X": the Khối's committee
        anchor = u.head.canonical.split()[-1]
        for c in chain.units:
            words = c.head.canonical.split()
            if anchor not in words or c.head.canonical == u.head.canonical:
                continue
            rest = " ".join(words[words.index(anchor) + 1:])
            head = lexicon().by_canonical.get(f"{u.head.canonical} {rest}".strip())
            if head is not None:
                return replace(c, head=head, start=u.start, end=u.end, executive=False)
        return u
    own = _own(u, chain)
    return replace(own, start=u.start, end=u.end) if own is not None else u


def _body_of_kind(word: str, chain: Chain) -> Unit | None:
    """The body among the context's units and their parents whose head opens with `word`
    ("Cục" → "Cục Hải quan tỉnh X" under "Đảng bộ Cục Hải quan tỉnh X"), if only one is."""
    found: dict[str, Unit] = {}
    for c in chain.units or ((chain.unit,) if chain.unit else ()):
        body: Unit | None = c
        while body is not None:
            if key_text(body.head.canonical).split()[0] == word and \
                    (body.sub is not None or body.place or body.parent is not None):
                found.setdefault(body.key(), body)
            body = body.parent
    return next(iter(found.values())) if len(found) == 1 else None


def _unresolved(u: Unit | None) -> bool:
    while u is not None:
        if u.needs_context:
            return True
        u = u.parent
    return False


# -- public API ------------------------------------------------------------------------


def find_units(text: str, context: str | None = None, *, places: bool = False) -> list[UnitMatch]:
    """Every body named in `text`, left to right, each once per mention.

    `context` is the issuing unit's name; it resolves bare mentions ("Ban Thường vụ",
    "Huyện ủy", "UBND huyện") to the place it names when the level matches.
    `places=True` also reports bare administrative places ("huyện Cam Lộ", "xã Cam Thành").
    """
    tok = tokenize(text)
    out: list[UnitMatch] = []
    i, n = 0, len(tok)
    while i < n:
        skip = lexicon().not_units.match(tok, i)
        if skip is not None:
            i = skip[0]
            continue
        found = unit_at(tok, i, context, places=places)
        if found is None:
            i += 1
            continue
        out.append(found[1])
        i = max(found[0], i + 1)
    return out


def unit_at(
    tok: Tokens, i: int, context: str | None = None, *, places: bool = False
) -> tuple[int, UnitMatch] | None:
    """The unit named from token i of a tokenised text: (end token, match), or None.

    For the other finders (leaders.py), which read units inside titles.
    """
    chain = _chain(context)
    reader = Reader(tok, chain, places)
    u = reader.unit(i)
    if u is None and places:
        u = _bare_place(reader, i)
    if u is None:
        return None
    u = _resolve(u, chain)
    if u.behalf_only or _unresolved(u):  # no context to say which body
        return None
    if _national(u):
        return None
    start, end = tok.span(u.start, u.end)
    written = tok.original[start:end]
    return u.end, UnitMatch(start, end, written, u.name(), u.key(), u.level())


def _national(u: Unit) -> bool:
    """A mass organisation written by its national name and nothing after ("Đoàn TNCS Hồ
    Chí Minh", "Hội Nông dân Việt Nam"): the whole organisation, like "Đảng Cộng sản Việt
    Nam", not a body of the paper. With a place or resolved by context it is one. Every
    local Ủy ban MTTQ keeps "Việt Nam" in its name ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH HÀ
    GIANG" heads a provincial paper), so the Mặt trận is never read so."""
    if u.place or u.parent is not None or u.sub is not None or u.type is not None:
        return False
    if u.head.canonical == "Mặt trận Tổ quốc":
        return False
    return u.head.kind == "body" and key_text(u.head.display).endswith(
        ("viet nam", "ho chi minh", "vn"))


def _bare_place(reader: Reader, i: int) -> Unit | None:
    tm = reader.lex.types.match(reader.tok, i)
    if tm is None:
        return None
    reader.line = reader.tok.line[i]
    got = (
        reader.place(tm[0], reader.tok.loose_at(i), numbered=True)
        if reader.on_line(tm[0])
        else None
    )
    if got is None:
        return None
    u = Unit(PLACE_HEAD, i, got[0], type=tm[1], place=got[1])
    return u




def _whole(text: str) -> UnitMatch | None:
    found = find_units(text, places=True)
    if found and not text[: found[0].start].strip(" ,.;:-*") and not text[
        found[0].end :
    ].strip(" ,.;:-*"):
        return found[0]
    return None


def only_prefix(text: str) -> bool:
    """The text is only a committee prefix ("BAN THƯỜNG TRỰC", "Ban Thường vụ"): a body's
    own board, named without the body."""
    tok = tokenize(text)
    i = 0
    while i < len(tok) and (m := lexicon().prefixes.match(tok, i)) is not None:
        i = m[0]
    return 0 < i == len(tok)


def unit_key(name: str) -> str:
    """The normalised key of a unit name; any text folds to something comparable."""
    m = _whole(name)
    return m.key if m else key_text(name)


def display_name(written: str) -> str:
    """The display form of a unit name as written: capitals restored, prefixes dropped."""
    m = _whole(written)
    if m:
        return m.name
    s = " ".join(written.split())
    return " ".join(capitalize_word(w) for w in s.split()) if s.isupper() else s


def level_of(name: str) -> str | None:
    m = _whole(name)
    return m.level if m else None
