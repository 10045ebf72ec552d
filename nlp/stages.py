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
    for b in dossier.blocks:
        f = fold(b.text)
        if _DISTRIBUTION.match(f):
            skipping = True
            continue
        if skipping and _LIST_LINE.match(b.text):
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
        for b in content_blocks(dossier):
            for line, off in _lines_without_distribution(b):
                for m in units.find_units(line, context=ctx):
                    if m.written != m.written.upper():
                        mixed.setdefault(m.key, m.name)
                    if m.key not in seen and _named(m.name):
                        seen[m.key] = UnitMention(m.name, m.key, m.level,
                                                  dossier.span(off + m.start, off + m.end))
        dossier.units = _drop_truncated(seen)
        _issuer_in_full(dossier, seen, mixed)
        return dossier


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
    if len(longer) == 1:
        place = longer[0].key[len(f.issuer_key) + 1:]
        f.issuer, f.issuer_key = longer[0].name, longer[0].key
        _superior_placed(dossier, seen, place)
    elif f.issuer_key in mixed and f.issuer_key in seen and (sp := f.spans.get("issuer")) \
            and sp.snippet == sp.snippet.upper():
        # a header in capitals, the paper in mixed case: the paper's spelling shows best
        f.issuer = seen[f.issuer_key].name = mixed[f.issuer_key]


def _superior_placed(dossier: Dossier, seen: dict[str, UnitMention], place: str) -> None:
    """A body's Party organisation heads its cell's paper without a place ("ĐẢNG BỘ SỞ
    TÀI CHÍNH" over "CHI BỘ VĂN PHÒNG SỞ"): when the cell is named in full ("… Sở Tài
    chính tỉnh X"), the body it names is in that place too."""
    f = dossier.fields
    if not f.superior or not f.issuer or not f.issuer_key:
        return
    sup = units.unit_key(f.superior)
    body = sup.split(" ", 2)[-1] if sup.startswith(("dang bo ", "dang uy ")) else ""
    old = f.issuer_key[: -len(place) - 1]
    if not body or not old.endswith(" " + body) or sup not in seen:
        return
    mention = seen.pop(sup)
    words = len(place.split())
    shown = " ".join(f.issuer.split()[-words:])  # the place as the paper writes it
    name = f"{units.display_name(f.superior)} {shown}"
    seen[units.unit_key(name)] = UnitMention(name, units.unit_key(name), mention.level,
                                             mention.span)
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
        return dossier

    @staticmethod
    def _leader(d: Dossier, m: leaders.LeaderMatch, base: int, source: str | None = None) -> Leader:
        return Leader(m.name, m.title, m.unit, units.unit_key(m.unit) if m.unit else None,
                      source or m.source, d.span(base + m.start, base + m.end))


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
