"""The NLP stages, registered in reading order (see nlp.ORDER)."""

from __future__ import annotations

import re

from nlp import STAGES, leaders, tables, units
from nlp.header import HeaderReader, context, signature_columns
from nlp.pledges import PledgeFinder
from nlp.text import fold, norm_space
from nlp.topics import TopicTagger
from pipeline.document import Block, Dossier, Leader, UnitMention

_DISTRIBUTION = re.compile(r"^\s*noi nhan\b")
_LIST_LINE = re.compile(r"^\s*[-–+•]")


def content_blocks(dossier: Dossier) -> list[Block]:
    """Blocks that carry the document's content: everything but the "Nơi nhận:" list,
    which names where copies go, not who does what."""
    out: list[Block] = []
    skipping = False
    column = ""  # the signature column the list is in
    for b in dossier.blocks:
        f = fold(b.text)
        if _DISTRIBUTION.match(f):
            skipping, column = True, b.region or ""
            continue
        if skipping and _LIST_LINE.match(b.text):
            continue
        if skipping and column.startswith("sign") and (b.region or "").startswith("sign") \
                and b.region != column:
            # the other column, read between two lines of the list ("KT. TRƯỞNG BAN"
            # beside "- Như trên;"): kept, and the list goes on after it
            out.append(b)
            continue
        skipping = False
        out.append(b)
    return out


def _lines_without_distribution(b: Block) -> list[tuple[str, int]]:
    """Lines of a block with their offsets, minus a distribution list embedded in it."""
    out = []
    off = b.start
    skipping = False
    for line in b.text.split("\n"):
        if _DISTRIBUTION.match(fold(line)):
            skipping = True
        elif skipping and not _LIST_LINE.match(line):
            skipping = False
        if not skipping and line.strip():
            out.append((line, off))
        off += len(line) + 1
    return out


_BARE_LEVEL = re.compile(r"\s(?:tỉnh|huyện|xã|phường|thị trấn|quận|thị xã|thành phố|thôn|bản)$")


def _named(name: str) -> bool:
    """A unit with a name of its own ("Huyện ủy Cam Lộ", "Sở Tài chính"), not a generic
    mention that context could not resolve ("các chi bộ thôn", "Đảng ủy", "UBND tỉnh",
    "Hội Nông dân xã")."""
    if name.endswith(" tối cao"):
        return True  # the supreme court or procuracy: one of its kind, named by "tối cao"
    words = name.split()[1:]
    return any(w[:1].isupper() or w[:1].isdigit() for w in words) and not _BARE_LEVEL.search(name)


def _drop_truncated(found: dict[str, UnitMention]) -> list[UnitMention]:
    """A long name cut short in one mention ("Ban quản lý Dự án đầu tư xây …") is the unit
    named in full elsewhere: keep the full one."""
    keys = list(found)
    return [u for k, u in found.items()
            if not any(o != k and o.startswith(k + " ") for o in keys)]


class UnitFinder:
    def __call__(self, dossier: Dossier) -> Dossier:
        ctx = context(dossier.fields)
        seen: dict[str, UnitMention] = {}
        if dossier.fields.issuer and dossier.fields.issuer_key:
            sp = dossier.fields.spans.get("issuer")
            seen[dossier.fields.issuer_key] = UnitMention(
                dossier.fields.issuer, dossier.fields.issuer_key,
                units.level_of(dossier.fields.issuer), sp)
        superior = dossier.fields.superior
        if superior and units.find_units(superior):
            # the header's superior, whole even when a narrow column wrapped it over two
            # lines ("ĐẢNG BỘ KHỐI DOANH NGHIỆP" / "TỈNH X")
            seen.setdefault(units.unit_key(superior), UnitMention(
                superior, units.unit_key(superior), units.level_of(superior), None))
        mixed: dict[str, str] = {}  # key → first name written in mixed case
        _scan(dossier, ctx, seen, mixed)
        first = set(seen)
        dossier.units = _drop_truncated(seen)
        _issuer_in_full(dossier, seen, mixed)
        _superior_in_full(dossier, seen)
        full = context(dossier.fields)
        if full != ctx:
            # the header named the issuer short and the paper spelt it out: a bare mention
            # ("Chánh án Tòa án nhân dân tỉnh") is of the issuer's place, read again with it;
            # a name the first reading gave is settled (the header's, completed, may be gone)
            again: dict[str, UnitMention] = {}
            _scan(dossier, full, again, {})
            for k, m in again.items():
                if k not in first:
                    seen.setdefault(k, m)
            dossier.units = _drop_truncated(seen)
        _issuer_body_by_its_head(dossier, seen)
        return dossier


def _scan(dossier: Dossier, ctx: str | None, seen: dict[str, UnitMention],
          mixed: dict[str, str]) -> None:
    """Every named unit of the paper's lines into `seen` (first mention kept)."""
    # a paper with no issuer (an article): the places it named so far name the bare
    # mentions after them ("Ủy ban Kiểm tra Huyện ủy" after "Huyện ủy X" some lines up)
    earlier: list[str] | None = [] if not dossier.fields.issuer else None
    for b in content_blocks(dossier):
        for line, off in _lines_without_distribution(b):
            for m in _line_units(line, ctx, earlier or []):
                if earlier is not None and _named(m.name) and m.level is not None \
                        and m.name not in earlier:
                    earlier.append(m.name)
                if m.written != m.written.upper():
                    mixed.setdefault(m.key, m.name)
                if m.key not in seen and _named(m.name):
                    seen[m.key] = UnitMention(m.name, m.key, m.level,
                                              dossier.span(off + m.start, off + m.end))


def _line_units(line: str, ctx: str | None, earlier: list[str]) -> list[units.UnitMatch]:
    """The units of a line. A bare mention the paper's context leaves unresolved takes
    its place from a unit named before it in the same sentence: in an article, "Hội Cựu
    chiến binh huyện X ký cam kết với Ban Thường vụ Huyện ủy" is Huyện ủy X; then from
    the units `earlier` lines named."""
    found = units.find_units(line, context=ctx)
    out: list[units.UnitMatch] = []
    for m in found:
        before = [o.name for o in out if _named(o.name) and o.level is not None] + \
            earlier[::-1]  # nearest first
        named = _named(m.name)
        # "Ban Tổ chức Tỉnh ủy" has a name but, with no issuer to say which, no place
        if before and (not named or ctx is None and earlier):
            local = "; ".join(([ctx] if ctx else []) + before)
            again = units.find_units(line[m.start:m.end], context=local)
            if len(again) == 1 and _named(again[0].name) and (
                    not named or again[0].key.startswith(m.key + " ")):
                a = again[0]
                m = units.UnitMatch(m.start + a.start, m.start + a.end, a.written, a.name,
                                    a.key, a.level)
        out.append(m)
    return out


# type words (keyed) that open the place qualifying a body's name
_PLACE_WORDS = ("tinh", "huyen", "quan", "thi xa", "thanh pho", "xa", "phuong", "thi tran")


def _issuer_in_full(dossier: Dossier, seen: dict[str, UnitMention],
                    mixed: dict[str, str]) -> None:
    """A header names its body short ("ĐẢNG ỦY CỤC THUẾ" under "ĐẢNG BỘ TỈNH NGHỆ AN"),
    the paper in full ("Đảng ủy Cục Thuế tỉnh Nghệ An"): when the paper spells the issuer
    out with exactly one place, that full name is the issuer."""
    f = dossier.fields
    if not f.issuer_key:
        return
    longer = [m for k, m in seen.items() if k.startswith(f.issuer_key + " ")
              and k[len(f.issuer_key) + 1:].startswith(tuple(w + " " for w in _PLACE_WORDS))]
    if not longer and _spelt_from_level_word(dossier, seen):
        return
    if len(longer) == 1:
        old, n = f.issuer_key, len(longer[0].key.split()) - len(f.issuer_key.split())
        f.issuer, f.issuer_key = longer[0].name, longer[0].key
        shown = " ".join(f.issuer.split()[-n:])  # the place as the paper writes it
        _place_body(dossier, seen, old, shown)
    elif f.issuer_key in mixed and f.issuer_key in seen and (sp := f.spans.get("issuer")) \
            and sp.snippet == sp.snippet.upper():
        # a header in capitals, the paper in mixed case: the paper's spelling shows best
        f.issuer = seen[f.issuer_key].name = mixed[f.issuer_key]


def _superior_in_full(dossier: Dossier, seen: dict[str, UnitMention]) -> None:
    """A superior line ending on a bare level word ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH") over
    an issuer whose name ends on that level and its place ("Đảng ủy Sở Tư pháp tỉnh
    Nghệ An"): the superior is of that place too."""
    f = dossier.fields
    if not f.superior or not f.issuer or not f.issuer_key:
        return
    sup = units.unit_key(f.superior)
    level = next((w for w in _PLACE_WORDS if sup.endswith(" " + w)), None)
    if level is None or sup not in seen or f" {level} " not in f.issuer_key:
        return
    place = f.issuer_key.rsplit(f" {level} ", 1)[1].split()
    if not place or any(w in _PLACE_WORDS for w in place):
        return
    name = f"{units.display_name(f.superior)} {' '.join(f.issuer.split()[-len(place):])}"
    key = units.unit_key(name)
    mention = seen.pop(sup)
    seen.setdefault(key, UnitMention(name, key, mention.level, mention.span))
    f.superior = name
    dossier.units = _drop_truncated(seen)


def _spelt_from_level_word(dossier: Dossier, seen: dict[str, UnitMention]) -> bool:
    """A header line ending on a bare level word ("ĐẢNG ỦY TRUNG TÂM Y TẾ HUYỆN") names
    its body short; the body's own name is how the paper spells it out, with the level
    word ("… huyện Đức Thọ") or, for a body whose official name has none, the place right
    after the words before it ("Đảng ủy Kho bạc Nhà nước Hà Tĩnh"). Exactly one such
    spelling, with a place the header's chain agrees with, becomes the issuer; the name
    the superior's place completed goes."""
    f = dossier.fields
    sp = f.spans.get("issuer")
    if sp is None or not f.issuer_key:
        return False
    written = units.unit_key(sp.snippet)
    words = written.split()
    level = next((w for w in _PLACE_WORDS if written.endswith(" " + w)), None)
    if level is None or len(words) < 3:
        return False
    stem = written[: -len(level) - 1]
    full = [k for k in seen if k != f.issuer_key and k not in (written, stem)
            and (k.startswith(written + " ") or k.startswith(stem + " ")
                 and not k[len(stem) + 1:].startswith(tuple(w + " " for w in _PLACE_WORDS)))]
    if len(full) != 1:
        return False
    new = seen[full[0]]
    place = new.key.split()[len(stem.split()):]
    if place[: len(level.split())] == level.split():
        place = place[len(level.split()):]
    # the place the paper gives is the header's place, if the header gave one
    if f.issuer_key.startswith(written + " ") and f.issuer_key.split()[len(words):] != place:
        return False
    old = f.issuer_key
    f.issuer, f.issuer_key = new.name, new.key
    if old != written and old in seen and old != new.key:
        del seen[old]
    dossier.units = _drop_truncated(seen)
    if new.key.startswith(written + " "):
        # "Bệnh viện" named bare became "Bệnh viện Đa khoa tỉnh": its place is the same
        _place_body(dossier, seen, written, " ".join(new.name.split()[-len(place):]))
    return True


_PARTY_HEADS = ("dang bo ", "dang uy ", "chi bo ")
_HEAD_OF = r"\b(?:pho )?(?:giam doc|hieu truong|thu truong)\s+"


def _seat_of(party: str | None, min_words: int) -> units.UnitMatch | None:
    """The body a Party organisation sits in ("Chi bộ Trường THPT X" → "Trường THPT X"),
    when the words after its head ("Chi bộ", "Đảng ủy") are that one body and nothing else."""
    words = (party or "").split()
    if len(words) < min_words or fold(" ".join(words[:2])) + " " not in _PARTY_HEADS:
        return None
    rest = " ".join(words[2:])
    found = units.find_units(rest)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(rest):
        return None
    return found[0]


def _issuer_body_by_its_head(dossier: Dossier, seen: dict[str, UnitMention]) -> None:
    """"Bí thư Chi bộ, Giám đốc Trung tâm" in the paper of "Chi bộ Trung tâm Y tế huyện
    X": the head of the body the Party organisation sits in, the body named by its first
    words; that body is a unit of the paper, in full."""
    body = _seat_of(dossier.fields.issuer, min_words=4)
    if body is None or body.key in seen:
        return
    words = (dossier.fields.issuer or "").split()
    short, more = fold(" ".join(words[2:4])), fold(" ".join(words[4:5]))
    for b in content_blocks(dossier):
        text = fold(b.text)
        for m in re.finditer(_HEAD_OF + re.escape(short) + r"\b", text):
            after = b.text[m.end():].lstrip()
            if after[:1].isupper() and not (more and text[m.end():].lstrip().startswith(more)):
                continue  # another body of the same kind: "Giám đốc Trung tâm Văn hóa"
            seen[body.key] = UnitMention(body.name, body.key, body.level,
                                         dossier.span(b.start + m.start(), b.start + m.end()))
            dossier.units.append(seen[body.key])
            return


def _place_body(dossier: Dossier, seen: dict[str, UnitMention], short: str, shown: str) -> None:
    """The paper gives the issuer a place the header left out ("Đảng ủy Cục Thuế" → "…
    tỉnh Nghệ An"): the body that Party organisation sits in ("Cục Thuế", named bare in
    "người đứng đầu Cục Thuế") and the superior over a cell named by that body ("ĐẢNG BỘ
    SỞ TÀI CHÍNH" over "CHI BỘ VĂN PHÒNG SỞ") are in that place too."""
    f = dossier.fields
    keys = []
    if short.startswith(_PARTY_HEADS):
        keys.append(short.split(" ", 2)[-1])  # the body itself
    if f.superior:
        sup = units.unit_key(f.superior)
        body = sup.split(" ", 2)[-1] if sup.startswith(_PARTY_HEADS) else ""
        if body and short.endswith(" " + body):
            keys.append(sup)
    changed = False
    for key in keys:
        mention = seen.get(key)
        if mention is None:
            continue
        del seen[key]
        base = units.display_name(f.superior) if f.superior and key == units.unit_key(
            f.superior) else mention.name
        name = f"{base} {shown}"
        seen.setdefault(units.unit_key(name), UnitMention(
            name, units.unit_key(name), mention.level, mention.span))
        changed = True
    if changed:
        dossier.units = _drop_truncated(seen)


class LeaderFinder:
    def __call__(self, dossier: Dossier) -> Dossier:
        ctx = context(dossier.fields)
        found: list[Leader] = []
        for side in signature_columns(dossier):
            for sm in leaders.find_signatures(side.text, context=ctx):
                found.append(Leader(sm.name, sm.title, sm.unit,
                                    units.unit_key(sm.unit) if sm.unit else None, sm.source,
                                    dossier.span(side.to_doc(sm.start), side.to_doc(sm.end))))
        for t in tables.tables(dossier):
            lay = tables.layout(t)
            col = lay.col("leader") if lay else None
            if lay is None or col is None:
                continue
            for r in t.rows:
                b = t.block(r, col)
                if r in lay.header_rows or b is None or not b.text.strip():
                    continue
                pm = leaders.parse_person(norm_space(b.text), context=ctx)
                if pm:
                    found.append(self._leader(dossier, pm, b.start, source="table"))
        for pm in leaders.find_personal(dossier.text, context=ctx):  # "Họ và tên: …"
            found.append(self._leader(dossier, pm, 0))
        for b in content_blocks(dossier):
            if b.kind == "cell" or b.region:
                continue
            for m in leaders.find_in_prose(b.text, context=ctx):
                found.append(self._leader(dossier, m, b.start))
        dossier.leaders = _merge(found)
        _office_holders_in_their_body(dossier)
        return dossier

    @staticmethod
    def _leader(d: Dossier, m: leaders.LeaderMatch, base: int, source: str | None = None) -> Leader:
        return Leader(m.name, m.title, m.unit, units.unit_key(m.unit) if m.unit else None,
                      source or m.source, d.span(base + m.start, base + m.end))


# titles of the head of a body, not of its Party organisation: the school's Hiệu trưởng,
# the bank's Giám đốc, the post's Đồn trưởng and Chính trị viên
_BODY_TITLE = re.compile(r"^(?:pho |tong )?(?:giam doc|chinh tri vien|\w+ truong|"
                         r"truong [a-z ]+|chi huy truong)$")


def _office_holders_in_their_body(dossier: Dossier) -> None:
    """A body's head named in the paper of its Party organisation ("Đ/c X, Giám đốc" in
    the paper of "Đảng ủy Agribank Chi nhánh tỉnh Y") holds the office of the body itself,
    which the paper so names as a unit. With no unit written, the Party organisation is
    the issuer."""
    known = {u.key: u for u in dossier.units}
    for lead in dossier.leaders:
        if not lead.title or not _BODY_TITLE.match(fold(lead.title)):
            continue
        # no unit written ("Người chịu trách nhiệm: đồng chí X, Phó Hiệu trưởng"): the
        # issuer's, as for any title in its paper
        party = lead.unit or dossier.fields.issuer
        body = _seat_of(party, min_words=3)
        if body is None:
            continue
        # the paper may name the body in full elsewhere ("Cục Thuế" → "… tỉnh Nghệ An")
        full = [u for k, u in known.items() if k.startswith(body.key + " ")]
        if len(full) == 1:
            lead.unit, lead.unit_key = full[0].name, full[0].key
            continue
        lead.unit, lead.unit_key = body.name, body.key
        if body.key not in known:
            known[body.key] = UnitMention(body.name, body.key, body.level, lead.span)
            dossier.units.append(known[body.key])


def _merge(found: list[Leader]) -> list[Leader]:
    """One entry per person: the same name seen in a table and a signature is one leader;
    a title or unit known from one mention fills the gap in another."""
    out: dict[str, Leader] = {}
    first_title: dict[str, tuple[int, str]] = {}
    for lead in found:
        k = fold(lead.name)
        at = lead.span.start if lead.span is not None else 1 << 62
        if lead.title and (k not in first_title or at < first_title[k][0]):
            first_title[k] = (at, lead.title)
        if k not in out:
            out[k] = lead
            continue
        have = out[k]
        if not have.title and lead.title:
            have.title = lead.title
        if not have.unit and lead.unit:
            have.unit, have.unit_key = lead.unit, lead.unit_key
    # a person holding two offices is named by the one given where the paper first names
    # them ("Chính trị viên" in the list, "Bí thư" under the signature)
    for k, lead in out.items():
        if k in first_title:
            lead.title = first_title[k][1]
    return list(out.values())


STAGES.add("header", lambda s: HeaderReader())
STAGES.add("units", lambda s: UnitFinder())
STAGES.add("leaders", lambda s: LeaderFinder())
STAGES.add("pledges", lambda s: PledgeFinder())
STAGES.add("topics", lambda s: TopicTagger(s.topics))
