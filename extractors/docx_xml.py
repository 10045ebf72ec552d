"""WordprocessingML details the DOCX walker needs: runs, style inheritance, table borders.

Only the few properties camket uses are resolved (alignment, bold, page-break-before,
table borders), each through direct formatting → style → basedOn chain → document
defaults, which is how Word itself resolves them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not the paragraph's own: text boxes (emitted separately), the
# VML copy of a drawing, moved-away and deleted text, properties, field codes and math.
SKIP = frozenset(
    {
        FALLBACK,
        W + "txbxContent",
        W + "moveFrom",
        W + "del",
        W + "pPr",
        W + "rPr",
        W + "drawing",
        W + "pict",
        W + "object",
        W + "instrText",
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath",
    }
)
_EDGES = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")
_OFF = ("0", "false", "off")


def _flag(el: Any) -> bool | None:
    """An on/off property (<w:b/>, <w:b w:val="0"/>): None when absent."""
    if el is None:
        return None
    return el.get(W + "val") not in _OFF


def iter_runs(el: Any) -> Iterator[Any]:
    """The paragraph's own w:r elements, in order, skipping the SKIP subtrees."""
    for child in el:
        t = child.tag
        if not isinstance(t, str) or t in SKIP:
            continue
        if t == W + "r":
            yield child
        else:
            yield from iter_runs(child)


class Styles:
    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default: dict[str, str] = {}
        for s in root.iter(W + "style"):
            sid = s.get(W + "styleId")
            if sid:
                self.by_id[sid] = s
                if s.get(W + "default") in ("1", "true", "on"):
                    self.default[s.get(W + "type", "")] = sid
        self.doc_bold = _flag(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}b"))

    def chain(self, sid: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            style = self.by_id[sid]
            yield style
            based = style.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None

    def find(self, sid: str | None, path: str) -> Any:
        """The first element at `path` along the style's basedOn chain, or None."""
        for style in self.chain(sid):
            el = style.find(path)
            if el is not None:
                return el
        return None

    def _pstyle(self, p: Any) -> str | None:
        ps = p.find(f"{W}pPr/{W}pStyle")
        return ps.get(W + "val") if ps is not None else self.default.get("paragraph")

    def centred(self, p: Any) -> bool:
        jc = p.find(f"{W}pPr/{W}jc")
        if jc is None:
            jc = self.find(self._pstyle(p), f"{W}pPr/{W}jc")
        return jc is not None and jc.get(W + "val") == "center"

    def page_break_before(self, p: Any) -> bool:
        direct = _flag(p.find(f"{W}pPr/{W}pageBreakBefore"))
        if direct is not None:
            return direct
        return bool(_flag(self.find(self._pstyle(p), f"{W}pPr/{W}pageBreakBefore")))

    def run_bold(self, r: Any, pstyle: str | None) -> bool:
        direct = _flag(r.find(f"{W}rPr/{W}b"))
        if direct is not None:
            return direct
        rs = r.find(f"{W}rPr/{W}rStyle")
        for sid in (rs.get(W + "val") if rs is not None else None, pstyle):
            inherited = _flag(self.find(sid, f"{W}rPr/{W}b"))
            if inherited is not None:
                return inherited
        return bool(self.doc_bold)

    def bold(self, p: Any) -> bool:
        """All runs that carry visible text are bold."""
        pstyle = self._pstyle(p)
        runs = [r for r in iter_runs(p) if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
        return bool(runs) and all(self.run_bold(r, pstyle) for r in runs)

    def paragraph_style(self, p: Any) -> str:
        centred, bold = self.centred(p), self.bold(p)
        if centred and bold:
            return "title"
        return "center" if centred else "bold" if bold else ""


def _edges(borders: Any) -> dict[str, bool]:
    if borders is None:
        return {}
    out = {}
    for edge in _EDGES:
        b = borders.find(W + edge)
        if b is not None:
            out[edge] = b.get(W + "val") not in (None, "nil", "none")
    return out


def has_borders(tbl: Any, styles: Styles) -> bool:
    """Whether any table or cell border is drawn: direct tblBorders over the table
    style's (through basedOn), then any cell's own tcBorders."""
    sid_el = tbl.find(f"{W}tblPr/{W}tblStyle")
    sid = sid_el.get(W + "val") if sid_el is not None else styles.default.get("table")
    edges: dict[str, bool] = {}
    for style in reversed(list(styles.chain(sid))):  # base first, derived styles override
        edges.update(_edges(style.find(f"{W}tblPr/{W}tblBorders")))
    edges.update(_edges(tbl.find(f"{W}tblPr/{W}tblBorders")))
    if any(edges.values()):
        return True
    return any(any(_edges(b).values()) for b in tbl.iter(W + "tcBorders"))
