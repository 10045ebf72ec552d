"""Laid-out pages → blocks: the one emission path for PDF text layers and OCR word boxes.

Both the PDF text layer (pdfplumber words and ruled tables) and OCR (Tesseract word boxes
and ruling lines found in the image) are turned into `PageLayout`s: lines of positioned
words plus tables as rows of cell texts. This module turns those into the dossier's blocks,
so a scan and a typed PDF of the same paper give the NLP the same structure: header and
signature columns as "header-left/right" and "sign-left/right" blocks, tables as cells with
table/row/col, the rest as paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean

from extractors import layout
from extractors.base import clean
from extractors.layout import Area, Line, Region
from pipeline.document import Block, Dossier, Origin

MAX_HEADER_LINES = 8  # a document header is 3–6 lines a column; more is body text in columns


@dataclass
class Table:
    top: float
    rows: list[list[str]]  # cell texts, "" for empty or merged-away cells
    confs: list[list[float | None]] | None = None  # OCR confidence per cell (0–1)


@dataclass
class PageLayout:
    number: int
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    origin: Origin = "text"


def words_confidence(lines: list[Line]) -> float | None:
    """Mean OCR confidence (0–1) of the words on these lines; None for a text layer."""
    confs = [w.conf for ln in lines for w in ln.words if w.conf is not None]
    return round(fmean(confs), 3) if confs else None


@dataclass
class _Emitter:
    dossier: Dossier
    origin: Origin = "text"

    def add(self, text: str, page: int, lines: list[Line] | None = None, **kw: object) -> None:
        conf = words_confidence(lines) if lines and self.origin == "ocr" else None
        conf = kw.pop("confidence", conf)  # type: ignore[assignment]
        self.dossier.add_block(
            Block(text, page, origin=self.origin, confidence=conf, **kw)  # type: ignore[arg-type]
        )


def emit(layouts: list[PageLayout], dossier: Dossier) -> None:
    lines = [ln for pl in layouts for ln in pl.lines]
    if not lines and not any(pl.tables for pl in layouts):
        return
    doc_area = layout.text_area(lines)
    state = _TableState()
    for pl in layouts:
        out = _Emitter(dossier, pl.origin)
        # Per page, so a page holding one column of a two-column article has its own width.
        area = layout.text_area(pl.lines, fallback=doc_area)
        items: list[tuple[float, object]] = [(t.top, t) for t in pl.tables]
        items += [(ln.top, ln) for ln in pl.lines]
        items.sort(key=lambda it: it[0])
        run: list[Line] = []
        first_on_page = True
        for _, item in items:
            if isinstance(item, Table):
                _emit_lines(run, pl.number, area, out, first_on_page)
                first_on_page = first_on_page and not run
                run = []
                state.emit(item, pl.number, out, continues=first_on_page)
                first_on_page = False
            else:
                assert isinstance(item, Line)
                run.append(item)
        _emit_lines(run, pl.number, area, out, first_on_page)
        if run:
            state.last = None  # text after the table: the next page's table is a new one


def _emit_lines(
    lines: list[Line], page: int, area: Area, out: _Emitter, first_on_page: bool
) -> None:
    """Lines between tables: two-column regions, then paragraphs from the rest."""
    pending: list[Line] = []
    pos = 0
    for start, end, region in layout.find_regions(lines, area):
        pending += lines[pos:start]
        header = (
            page == 1
            and first_on_page
            and start <= 2
            and end - start <= MAX_HEADER_LINES
            and not any(b.page == 1 for b in out.dossier.blocks)
            and not region.signature  # a one-page scan of a signature page
        )
        _emit_paragraphs(pending, page, area, out)
        pending = []
        _emit_region(region, page, out, header)
        pos = end
    _emit_paragraphs(pending + lines[pos:], page, area, out)


def _emit_region(region: Region, page: int, out: _Emitter, header: bool) -> None:
    kind = "header" if header else "sign" if region.signature else ""
    if kind:
        for side, col in (("left", region.left), ("right", region.right)):
            text = layout.column_text(col)
            if text:
                out.add(text, page, col, region=f"{kind}-{side}")
        return
    for col in (region.left, region.right):  # column by column, never interleaved
        if col:  # e.g. a two-column press article: paragraphs within each column
            col_area = Area(min(ln.x0 for ln in col), max(ln.x1 for ln in col))
            _emit_paragraphs(col, page, col_area, out)


def _emit_paragraphs(lines: list[Line], page: int, area: Area, out: _Emitter) -> None:
    for para in layout.paragraphs(lines, area):
        text = clean(" ".join(ln.text for ln in para))
        if text:
            style = layout.paragraph_style(para, area)
            out.add(text, page, para, style=style)


@dataclass
class _TableState:
    """Numbers tables across the document; a table that opens a page and has the same
    columns as the one that closed the previous page continues it (rows renumbered,
    a repeated header row dropped)."""

    count: int = 0
    last: tuple[int, int, list[str], int] | None = None  # table, ncols, header row, next row

    def emit(self, t: Table, page: int, out: _Emitter, continues: bool) -> None:
        ncols = max(len(r) for r in t.rows)
        rows, confs = t.rows, t.confs
        if continues and self.last and self.last[1] == ncols:
            table, _, header, row0 = self.last
            if rows and rows[0] == header:
                rows = rows[1:]
                confs = confs[1:] if confs else None
        else:
            table, header, row0 = self.count, t.rows[0], 0
            self.count += 1
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    conf = confs[r][c] if confs and c < len(confs[r]) else None
                    out.add(
                        text, page, None, kind="cell", table=table, row=row0 + r, col=c,
                        confidence=conf,
                    )
        self.last = (table, ncols, header, row0 + len(rows))
