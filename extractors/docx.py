"""DOCX: body paragraphs and tables in reading order, page-header parts first.

python-docx opens and validates the package; the body XML is walked directly because
python-docx's own views lose what matters here: reading order of paragraphs and tables,
merged cells (python-docx repeats a merged cell once per grid column), text boxes, and
page breaks. A two-column table before any body paragraph is the document header; a
borderless two-column table holding T/M, K/T, BÍ THƯ … is a signature block.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.base import check_pages, clean, is_signature, register
from extractors.docx_legacy import decode_runs
from extractors.docx_xml import FALLBACK, SKIP, Styles, W, has_borders
from extractors.magic import ZIP_MAGIC, check_zip
from pipeline.document import Block, Dossier, Page
from pipeline.errors import CorruptFile, EncryptedFile, TooLarge, UnsupportedFormat
from pipeline.settings import Settings

log = logging.getLogger(__name__)

PAGE, RENDERED = object(), object()  # page-break tokens in a paragraph's token stream


def check_package(path: Path, settings: Settings) -> None:
    """Reject what python-docx would choke on, with a message naming the cause."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
            if "word/document.xml" in infos and not any(i.flag_bits & 0x1 for i in infos.values()):
                check_zip(z, settings)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error,
            NotImplementedError) as e:
        raise CorruptFile(f"truncated or damaged DOCX (ZIP) file: {e}") from None
    if "word/document.xml" not in infos:
        raise UnsupportedFormat("unsupported format: ZIP archive without word/document.xml")
    if "[Content_Types].xml" not in infos:
        raise CorruptFile("DOCX without [Content_Types].xml")
    if any(i.flag_bits & 0x1 for i in infos.values()):
        raise EncryptedFile("password-protected ZIP (DOCX) file")
    if infos["word/document.xml"].file_size > settings.max_bytes:
        raise TooLarge("word/document.xml unpacks to more than the size limit")


@register
class DocxExtractor:
    name = "docx"
    priority = 40

    def sniff(self, head: bytes) -> bool:
        return head.startswith(ZIP_MAGIC)

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None:
        check_package(path, settings)
        import docx  # lazy: python-docx pulls in lxml
        from lxml.etree import XMLSyntaxError

        try:
            document = docx.Document(str(path))
        except (
            zipfile.BadZipFile,
            zlib.error,
            KeyError,
            ValueError,
            EOFError,
            XMLSyntaxError,
        ) as e:
            raise CorruptFile(f"damaged DOCX: {type(e).__name__}: {e}") from None
        walker = _Walker(document, dossier)
        roots = [document.element.body, *walker.header_roots()]
        enc = decode_runs(roots, walker.styles, document.styles.element)
        if enc:
            log.debug("%s: legacy %s text decoded", path, enc)
        walker.run()
        pages = max((b.page for b in dossier.blocks), default=1)
        check_pages(pages, settings)
        section = document.sections[0] if document.sections else None
        width = section.page_width.pt if section and section.page_width else None
        height = section.page_height.pt if section and section.page_height else None
        for n in range(1, pages + 1):
            dossier.pages.append(Page(number=n, origin="text", width=width, height=height))


@dataclass
class _Cell:
    row: int
    col: int
    lines: list[str]  # one per paragraph, soft breaks already split out
    page: int = 1
    nested: list[Any] = field(default_factory=list)  # w:tbl elements inside the cell


class _Walker:
    def __init__(self, document: Any, dossier: Dossier) -> None:
        self.doc = document
        self.dossier = dossier
        self.styles = Styles(document.styles.element)
        body = document.element.body
        # Word records where it last broke pages; when present that is the real pagination.
        self.rendered = next(body.iter(W + "lastRenderedPageBreak"), None) is not None
        self.page = 1
        self.body_started = False  # a body paragraph or ordinary table has been emitted
        self.tables = 0
        self.sections = [s for s in body.iter(W + "sectPr")]

    # -- driving ------------------------------------------------------------------
    def run(self) -> None:
        for part in self._header_parts():
            self._container(part, region="page-header")
        self._container(self.doc.element.body, region="")

    def header_roots(self) -> list[Any]:
        return list(self._header_parts())

    def _header_parts(self) -> Iterator[Any]:
        seen: set[int] = set()
        for section in self.doc.sections:
            hdrs = [section.header]
            if section.different_first_page_header_footer:
                hdrs.insert(0, section.first_page_header)
            for hdr in hdrs:
                if hdr.is_linked_to_previous:
                    continue
                el = hdr.part.element
                if id(el) not in seen:
                    seen.add(id(el))
                    yield el

    def _container(self, el: Any, region: str) -> None:
        for child in el:
            t = child.tag
            if t == W + "p":
                self._paragraph(child, region)
            elif t == W + "tbl":
                self._table(child, region)
            elif t in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent")
                self._container(content if content is not None else child, region)

    # -- paragraphs ---------------------------------------------------------------
    def _paragraph(self, p: Any, region: str) -> None:
        # Word ignores page-break-before on the first thing in the body.
        if self.styles.page_break_before(p) and any(
            b.region != "page-header" for b in self.dossier.blocks
        ):
            self.page += 1
        text, page = self._text(p)
        text = "\n".join(filter(None, (clean(x) for x in text.split("\n"))))
        if text:
            style = self.styles.paragraph_style(p)
            self.dossier.add_block(Block(text, page, region=region, style=style))
            if not region:
                self.body_started = True
        for box in _textboxes(p):
            self._container(box, region)
        self._section_break(p)

    def _text(self, p: Any) -> tuple[str, int]:
        """The paragraph's text and the page its first character is on; counts breaks."""
        parts: list[str] = []
        first_page = None
        for tok in _tokens(p):
            if tok is PAGE or tok is RENDERED:
                if (tok is RENDERED) == self.rendered:
                    self.page += 1
            elif isinstance(tok, str):
                if first_page is None and tok.strip():
                    first_page = self.page
                parts.append(tok)
        return "".join(parts), first_page or self.page

    def _section_break(self, p: Any) -> None:
        sect = p.find(f"{W}pPr/{W}sectPr")
        if sect is None or self.rendered:
            return
        i = self.sections.index(sect)
        nxt = self.sections[i + 1] if i + 1 < len(self.sections) else None
        kind = nxt.find(W + "type") if nxt is not None else None
        if kind is None or kind.get(W + "val") != "continuous":
            self.page += 1

    # -- tables -------------------------------------------------------------------
    def _table(self, tbl: Any, region: str) -> None:
        cells = list(self._cells(tbl))
        cols = sorted({c.col for c in cells if c.lines})
        two = len(cols) == 2
        if two and not self.body_started and self.page == 1 and region in ("", "page-header"):
            self._columns(cells, cols, "header")
        elif (
            two
            and not has_borders(tbl, self.styles)
            and is_signature("\n".join(x for c in cells for x in c.lines))
        ):
            self._columns(cells, cols, "sign")
        else:
            self._cells_out(cells, region)
        for c in cells:
            for nested in c.nested:
                self._table(nested, region)

    def _columns(self, cells: list[_Cell], cols: list[int], kind: str) -> None:
        for side, col in zip(("left", "right"), cols, strict=True):
            lines = [x for c in cells if c.col == col for x in c.lines]
            page = min((c.page for c in cells if c.col == col), default=self.page)
            self.dossier.add_block(Block("\n".join(lines), page, region=f"{kind}-{side}"))

    def _cells_out(self, cells: list[_Cell], region: str) -> None:
        table = self._new_table()
        for c in cells:
            text = " ".join(c.lines)
            if text:
                self.dossier.add_block(
                    Block(
                        text,
                        c.page,
                        kind="cell",
                        table=table,
                        row=c.row,
                        col=c.col,
                        region=region,
                    )
                )
                self.body_started = self.body_started or not region

    def _new_table(self) -> int:
        existing = [b.table for b in self.dossier.blocks if b.table is not None]
        n = max(max(existing, default=-1) + 1, self.tables)
        self.tables = n + 1
        return n

    def _cells(self, tbl: Any) -> Iterator[_Cell]:
        """Cells by grid position; a horizontally merged cell once (at its first column),
        a vertically merged cell once (at its first row)."""
        for r, tr in enumerate(_children(tbl, "tr")):
            trpr = tr.find(W + "trPr")
            before = trpr.find(W + "gridBefore") if trpr is not None else None
            col = int(before.get(W + "val", "0")) if before is not None else 0
            for tc in _children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                span_el = tcpr.find(W + "gridSpan") if tcpr is not None else None
                span = int(span_el.get(W + "val", "1")) if span_el is not None else 1
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is None or vmerge.get(W + "val") == "restart":
                    yield self._cell(tc, r, col)
                else:
                    self._count_breaks(tc)
                col += span

    def _cell(self, tc: Any, row: int, col: int) -> _Cell:
        cell = _Cell(row, col, [], self.page)
        for child in _flatten(tc):
            if child.tag == W + "p":
                text, page = self._text(child)
                if not cell.lines:
                    cell.page = page
                cell.lines += [x for x in (clean(s) for s in text.split("\n")) if x]
                for box in _textboxes(child):
                    for bp in box.iter(W + "p"):
                        cell.lines += [x for x in (clean(s) for s in _plain(bp).split("\n")) if x]
            elif child.tag == W + "tbl":
                cell.nested.append(child)
        return cell

    def _count_breaks(self, el: Any) -> None:
        for p in el.iter(W + "p"):
            self._text(p)


def _children(el: Any, name: str) -> Iterator[Any]:
    """Direct children named `name`, looking through content controls and custom XML."""
    for child in el:
        if child.tag == W + name:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent")
            yield from _children(content if content is not None else child, name)


def _flatten(el: Any) -> Iterator[Any]:
    for child in el:
        if child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent")
            yield from _flatten(content if content is not None else child)
        else:
            yield child


def _tokens(el: Any) -> Iterator[object]:
    for child in el:
        t = child.tag
        if not isinstance(t, str) or t in SKIP:
            continue
        if t == W + "t":
            yield child.text or ""
        elif t == W + "tab":
            yield " "
        elif t == W + "br":
            kind = child.get(W + "type")
            yield PAGE if kind == "page" else (" " if kind == "column" else "\n")
        elif t == W + "cr":
            yield "\n"
        elif t == W + "noBreakHyphen":
            yield "-"
        elif t == W + "lastRenderedPageBreak":
            yield RENDERED
        else:
            yield from _tokens(child)


def _plain(p: Any) -> str:
    return "".join(t for t in _tokens(p) if isinstance(t, str))


def _textboxes(p: Any) -> Iterator[Any]:
    """Outermost text boxes anchored in this paragraph, each once (not its VML fallback)."""
    for box in p.iter(W + "txbxContent"):
        ancestors = list(box.iterancestors())
        inside = ancestors[: ancestors.index(p)] if p in ancestors else ancestors
        if any(a.tag in (FALLBACK, W + "txbxContent") for a in inside):
            continue
        yield box
