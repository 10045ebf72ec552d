"""OCR engine: a page image → a `PageLayout` of word boxes and ruled tables, with confidence.

Tesseract (Debian's `tesseract-ocr` + `tesseract-ocr-vie`) runs as a subprocess, one page at
a time, with OMP_THREAD_LIMIT=1: measured 1.2–1.45 s per 300 dpi page single-threaded
against 5–5.7 s with its default OpenMP threading, and the batch runner already keeps one
process per core busy. TSV output gives every word's box and confidence; the words then go
through the same layout rules as a PDF text layer (extractors.layout / extractors.pages), so
a scan yields the same header/signature columns, paragraphs and table cells as the typed
file.

Per page (`ocr_image`):
  0. uneven light (a photographed page) evened out (extractors.light);
  1. clean-up (extractors.preprocess): colour ink out, quarter turn, deskew, binarise;
  2. ruling lines found in the binary image (`find_grid`) → table cells; the lines are
     painted out before OCR so Tesseract does not read them as "|" or "_";
  3. Tesseract (`--psm 3`, `-l vie`); when the page reads badly (mean confidence below
     ORIENT_CHECK), Tesseract's orientation detection (`--psm 0`) is asked whether the page
     is upside down or turned, and the page is read again if so — OSD costs a second pass,
     so only doubtful pages pay for it; table cells with ink but no word read are read
     again, all of a page's in one run (`_read_cells`);
  4. word post-correction (extractors.ocrfix), then words → points (1/72 in) so the layout
     thresholds, which are in font sizes, apply unchanged.
"""

from __future__ import annotations

import bisect
import csv
import io
import os
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import fmean, median

import numpy as np
from PIL import Image

from extractors import layout, ocrfix
from extractors.layout import Word
from extractors.light import even_light
from extractors.pages import PageLayout, Table
from extractors.preprocess import clean_page
from pipeline.document import Page, Problem
from pipeline.errors import ConversionFailed, Timeout

TESSERACT = os.environ.get("CAMKET_TESSERACT", "tesseract")
LANG = "vie"
TARGET_DPI = 300  # Tesseract reads best with x-height ≥ 20 px: 13 pt text at 300 dpi
MIN_DPI = 250  # below this a page is scaled up to TARGET_DPI before OCR
PAGE_TIMEOUT = 120.0  # seconds for one Tesseract run on one page
ORIENT_CHECK = 0.70  # mean word confidence under which orientation is questioned
LOW_CONFIDENCE = 0.50  # a page read this badly gets a Problem
MARK_HEIGHT = 0.45  # a "letter" less tall than this × the usual word is a detached mark
SPECK_CONF = 0.35  # a word of one or two characters read below this is noise
BOLD_RATIO = 1.3  # stems this much thicker than the page's median word: bold
CELL_INSET = 0.02  # in: a table cell is re-read this far inside its rules
CELL_MIN_INK = 0.03  # in: a cell with less ink than a square this size is empty
MAX_CELL_READS = 12  # per page: cells read again (all in one Tesseract run, see _read_cells)
CELL_MARGINS = (0.25, 0.15, 0.35)  # × the ink's height: white round a re-read cell's ink
CELL_SURE = 0.8  # a re-read cell with this mean confidence is not tried again
CELL_GAP = 0.25  # in: white between two cells' crops on the canvas they are read from
CELL_BLOCK = 10_000  # Tesseract block numbers of words read from a lone cell start here
SIZE_SNAP = 0.3  # line boxes up to 30 % taller than the usual size are that size
_LINE_HEIGHT = 1.2  # a Tesseract line box is about 1.2 × the font size (accents, descenders)
# A "word" without a letter or digit, other than the marks documents use on their own
# (the header's "*", list dashes, bullets): ruling-line remnants, specks, stamp edges.
_KEEP_MARKS = frozenset({"*", "-", "–", "+", "•", "…", "(", ")", "/"})


@dataclass
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0–1
    line: tuple[int, int, int]  # Tesseract (block, paragraph, line)
    bold: bool = False
    stroke: float = 0.0  # mean stem thickness in pixels (see stroke_width)


@dataclass
class OcrPage:
    layout: PageLayout
    confidence: float | None  # mean word confidence 0–1, None when no word was read
    width: float  # points
    height: float
    rotated: int = 0  # degrees the page was turned before reading
    skew: float = 0.0
    words: int = 0


# -- Tesseract -------------------------------------------------------------------------


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def run_tesseract(img: Image.Image, *args: str, timeout: float = PAGE_TIMEOUT) -> str:
    """Run Tesseract on an image, return its stdout. The image goes through a PGM/PNG temp
    file (uncompressed PGM for grey pages: writing it costs nothing next to the OCR)."""
    suffix = ".pgm" if img.mode == "L" else ".png"
    with tempfile.TemporaryDirectory(prefix="camket-ocr-") as tmp:
        src = Path(tmp) / f"page{suffix}"
        img.save(src)
        try:
            done = subprocess.run(
                [TESSERACT, str(src), "stdout", *args],
                capture_output=True,
                timeout=timeout,
                env=_env(),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise Timeout(f"OCR took longer than {timeout:.0f} s on one page") from None
        except FileNotFoundError:
            raise ConversionFailed(
                f"OCR engine {TESSERACT!r} not found",
                hint="install tesseract-ocr and tesseract-ocr-vie (./dev setup does)",
            ) from None
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConversionFailed(f"tesseract failed: {err[-1] if err else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Word rows (level 5) of Tesseract's TSV with a non-blank text."""
    out: list[OcrWord] = []
    reader = csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    next(reader, None)
    for row in reader:
        if len(row) < 12 or row[0] != "5":
            continue
        text = row[11].strip()
        if not text:
            continue
        conf = float(row[10])
        out.append(
            OcrWord(
                text,
                int(row[6]),
                int(row[7]),
                int(row[8]),
                int(row[9]),
                max(conf, 0.0) / 100.0,
                (int(row[2]), int(row[3]), int(row[4])),
            )
        )
    return out


_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def osd_rotation(img: Image.Image) -> int:
    """Degrees (0/90/180/270, clockwise) Tesseract's OSD says the page must be turned; 0 when
    it is unsure or cannot tell (too little text)."""
    try:
        out = run_tesseract(img, "--psm", "0", "-l", "osd", timeout=60)
    except ConversionFailed:
        return 0
    rot, conf = _OSD_ROTATE.search(out), _OSD_CONF.search(out)
    if not rot or not conf or float(conf[1]) < 1.0:
        return 0
    return int(rot[1]) % 360


# -- ruling lines → table grid ----------------------------------------------------------


def _long_runs(ink: np.ndarray, length: int, axis: int = 1) -> np.ndarray:
    """Pixels that belong to a run of ink at least `length` long along `axis`: a binary
    erosion then dilation by a 1×length line, each done in log2(length) shifted ANDs/ORs."""
    n = ink.shape[axis]
    if n < length:
        return np.zeros_like(ink)

    def sl(a: int | None, b: int | None) -> tuple[slice, ...]:
        return (slice(None), slice(a, b)) if axis == 1 else (slice(a, b), slice(None))

    starts = ink.copy()  # starts[x]: ink[x : x + span] all ink
    span = 1
    while span < length:
        step = min(span, length - span)
        starts[sl(None, -step)] &= starts[sl(step, None)]
        starts[sl(-step, None)] = False
        span += step
    covered = starts.copy()  # covered[x]: some start in [x - span + 1, x]
    span = 1
    while span < length:
        step = min(span, length - span)
        covered[sl(step, None)] |= covered[sl(None, -step)].copy()
        span += step
    return covered


@dataclass
class _Seg:
    pos: float  # y of a horizontal line, x of a vertical one
    a: int  # extent along the line
    b: int


def _segments(mask: np.ndarray, gap: int) -> list[_Seg]:
    """Horizontal line segments in a mask of long-run pixels: bands of rows, split where the
    band's ink has a gap wider than `gap`."""
    rows = np.flatnonzero(mask.any(axis=1))
    out: list[_Seg] = []
    if rows.size == 0:
        return out
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for band in bands:
        cols = np.flatnonzero(mask[band[0] : band[-1] + 1].any(axis=0))
        for part in np.split(cols, np.flatnonzero(np.diff(cols) > gap) + 1):
            out.append(_Seg(float(band.mean()), int(part[0]), int(part[-1])))
    return out


@dataclass
class Grid:
    """One ruled table: row boundaries `ys`, column boundaries `xs` (pixels), and the cells
    as (row, col, last_row, last_col) after merged cells are joined."""

    ys: list[float]
    xs: list[float]
    cells: list[tuple[int, int, int, int]] = field(default_factory=list)

    def locate(self, x: float, y: float) -> tuple[int, int] | None:
        """The anchor (row, col) of the cell holding this point, or None outside the grid."""
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        r = min(bisect.bisect_right(self.ys, y) - 1, len(self.ys) - 2)
        c = min(bisect.bisect_right(self.xs, x) - 1, len(self.xs) - 2)
        for r0, c0, r1, c1 in self.cells:
            if r0 <= r <= r1 and c0 <= c <= c1:
                return r0, c0
        return r, c


def _merge_positions(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [fmean(g) for g in out]


def find_grid(binary: np.ndarray, dpi: float) -> tuple[list[Grid], np.ndarray]:
    """Ruled tables in a binary page (True = ink) and the mask of their ruling lines.

    A ruling line is a straight run of ink longer than any letter stroke (0.3 in); a table
    is a set of horizontal and vertical lines that cross one another, at least two of each.
    Underlines and the rule under the motto have no verticals crossing them: not tables.
    """
    length = max(20, round(0.3 * dpi))
    tol = max(3.0, 0.03 * dpi)
    hmask = _long_runs(binary, length, axis=1)
    hs = _segments(hmask, round(tol))
    if len(hs) < 2:  # no table without two rules across; most pages: skip the vertical pass
        return [], np.zeros_like(binary)
    vmask = _long_runs(binary, length, axis=0)
    vs = _segments(vmask.T, round(tol))
    # Union-find over lines that cross (within tol).
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.a - tol <= v.pos <= h.b + tol and v.a - tol <= h.pos <= v.b + tol:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[_Seg], list[_Seg]]] = {}
    for i in range(len(hs) + len(vs)):
        g = groups.setdefault(find(i), ([], []))
        (g[0] if i < len(hs) else g[1]).append(hs[i] if i < len(hs) else vs[i - len(hs)])
    grids: list[Grid] = []
    mask = np.zeros_like(binary)
    for gh, gv in groups.values():
        if len(gh) < 2 or len(gv) < 2:
            continue
        ys = _merge_positions([s.pos for s in gh], tol)
        xs = _merge_positions([s.pos for s in gv], tol)
        if len(ys) < 2 or len(xs) < 2:
            continue
        grids.append(_cells(Grid(ys, xs), gh, gv, tol))
    if grids:
        # Grow each line by a couple of pixels across its length: a rotated, binarised
        # rule has ragged edges that are not part of the long runs but would be read as
        # "—" or "_" once the rule is gone.
        grow = max(1, round(dpi / 150))
        mask = _grow(hmask, grow, axis=0) | _grow(vmask, grow, axis=1)
    return sorted(grids, key=lambda g: g.ys[0]), mask


def _grow(mask: np.ndarray, by: int, axis: int) -> np.ndarray:
    out = mask.copy()
    for k in range(1, by + 1):
        if axis == 0:
            out[k:] |= mask[:-k]
            out[:-k] |= mask[k:]
        else:
            out[:, k:] |= mask[:, :-k]
            out[:, :-k] |= mask[:, k:]
    return out


def _cells(grid: Grid, hs: list[_Seg], vs: list[_Seg], tol: float) -> Grid:
    """Join cells whose dividing line is missing (merged cells), as a DOCX table has them."""
    ys, xs = grid.ys, grid.xs
    nr, nc = len(ys) - 1, len(xs) - 1

    def vline(k: int, r: int) -> bool:  # column divider k present in row r
        mid = (ys[r] + ys[r + 1]) / 2
        return any(abs(s.pos - xs[k]) <= tol and s.a - tol <= mid <= s.b + tol for s in vs)

    def hline(k: int, c: int) -> bool:  # row divider k present in column c
        mid = (xs[c] + xs[c + 1]) / 2
        return any(abs(s.pos - ys[k]) <= tol and s.a - tol <= mid <= s.b + tol for s in hs)

    taken = [[False] * nc for _ in range(nr)]
    for r in range(nr):
        for c in range(nc):
            if taken[r][c]:
                continue
            c1 = c
            while c1 + 1 < nc and not vline(c1 + 1, r):
                c1 += 1
            r1 = r
            while r1 + 1 < nr and not hline(r1 + 1, c):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    taken[rr][cc] = True
            grid.cells.append((r, c, r1, c1))
    return grid


@dataclass
class _LostCell:
    """The ink of a table cell the page read got no word from, and its best reading so far
    (boxes in page pixels)."""

    glyph: Image.Image  # the page cropped to the cell's ink
    left: int  # page pixels of the glyph's top-left corner
    top: int
    words: list[OcrWord] = field(default_factory=list)
    conf: float = -1.0


def _read_cells(cells: list[_LostCell], dpi: float) -> None:
    """Read the lost cells of a page with at most two Tesseract runs, whatever their number.

    Each cell's ink gets a white margin of about a quarter of its height: Tesseract reads a
    lone glyph reliably only so (a "5" with a margin of 0.1 or 0.35 × its height came out
    as "5b" or "lì"). The first run reads every cell with the first margin (CELL_MARGINS);
    a second run reads the cells still doubtful with each of the other margins, and the
    most confident reading is kept, the margins taken in order as if read one by one."""
    _read_canvas([(c, CELL_MARGINS[0]) for c in cells], dpi)
    unsure = [c for c in cells if c.conf < CELL_SURE]
    _read_canvas([(c, share) for c in unsure for share in CELL_MARGINS[1:]], dpi)


def _read_canvas(todo: list[tuple[_LostCell, float]], dpi: float) -> None:
    """One Tesseract run over the cells' ink pasted one under another on a white canvas,
    each with its margin (a share of its height), CELL_GAP apart: so far apart that
    Tesseract's single block (`--psm 6`, as for a lone cell) gives each its own lines.
    A word belongs to the crop its centre is nearest; each cell keeps the reading of its
    own crop when that is more confident than what it has (and none after a sure one)."""
    if not todo:
        return
    gap = round(CELL_GAP * dpi)
    margins = [max(2, round(share * c.glyph.height)) for c, share in todo]
    tops: list[int] = []
    y = 0
    for (c, _), m in zip(todo, margins, strict=True):
        tops.append(y)
        y += c.glyph.height + 2 * m + gap
    width = max(c.glyph.width + 2 * m for (c, _), m in zip(todo, margins, strict=True))
    canvas = Image.new("L", (width, y - gap), 255)
    for (c, _), m, top in zip(todo, margins, tops, strict=True):
        canvas.paste(c.glyph, (m, top + m))
    # Crop k spans [tops[k], tops[k + 1] - gap): a word is cut off at the middle of the gap.
    cuts = [t - gap / 2 for t in tops[1:]]
    found: list[list[OcrWord]] = [[] for _ in todo]
    for w in parse_tsv(run_tesseract(canvas, "-l", LANG, "--psm", "6", "tsv")):
        found[bisect.bisect_right(cuts, w.top + w.height / 2)].append(w)
    done: set[int] = set()
    for (c, _), m, top, words in zip(todo, margins, tops, found, strict=True):
        if id(c) in done:
            continue
        words = _usable(words)  # per crop, as for a cell read alone
        conf = _mean_conf(words) or 0.0
        if conf > c.conf:
            dx, dy = c.left - m, c.top - top - m
            c.words = [replace(w, left=w.left + dx, top=w.top + dy) for w in words]
            c.conf = conf
        if conf >= CELL_SURE:
            done.add(id(c))


# -- a page -----------------------------------------------------------------------------


def _read(
    img: Image.Image, dpi: float, binary: np.ndarray | None = None
) -> tuple[list[OcrWord], list[Grid]]:
    if binary is None:
        binary = np.asarray(img) < 128
    grids, mask = find_grid(binary, dpi)
    if grids:
        binary = binary & ~mask
        # uint8 scalars: np.where on Python ints builds an int64 page 8× the size first.
        img = Image.fromarray(np.where(binary, np.uint8(0), np.uint8(255)), "L")
    words = _usable(parse_tsv(run_tesseract(img, "-l", LANG, "--psm", "3", "tsv")))
    if grids:
        words += _read_skipped_cells(img, binary, grids, words, dpi)
    _mark_bold(words, binary)
    return words, grids


def _usable(words: list[OcrWord]) -> list[OcrWord]:
    words = [w for w in words if any(_letter_or_digit(c) for c in w.text) or w.text in _KEEP_MARKS]
    # One or two characters read with little confidence: a speck, a stamp's edge; or with
    # a letter no Vietnamese word has ("ö", "Ñ", "„Z"; f j w z are not in the alphabet and
    # label no list item): a speck, or a signature's stroke, read as a letter.
    words = [w for w in words if len(w.text) > 2 or w.text == "*" or (
        w.conf >= SPECK_CONF and not any(ocrfix.foreign_letter(c) or c in "fjwzFJWZ"
                                         for c in w.text))]
    # One or two "letters" far smaller than the page's words: the marks of a capital line
    # set tight under another, cut off and read as a line of their own ("H Ñ ˆ" over
    # "HUYỆN"; "ẢN.." read with no confidence). Real letters, even a footnote's, are at
    # least half a word's height.
    heights = sorted(w.height for w in words if len(w.text) >= 3)
    if len(heights) >= 5:
        usual = heights[len(heights) // 2]
        words = [w for w in words if w.text in _KEEP_MARKS or w.height >= MARK_HEIGHT * usual
                 or (len(w.text) > 2 and w.conf >= SPECK_CONF)]
    return words


def _letter_or_digit(c: str) -> bool:
    """A letter or digit, not a modifier letter ("ˆ", "ˇ"): those are marks read alone."""
    return c.isalnum() and unicodedata.category(c) != "Lm"


def _read_skipped_cells(
    img: Image.Image, binary: np.ndarray, grids: list[Grid], words: list[OcrWord], dpi: float
) -> list[OcrWord]:
    """Words of table cells that hold ink but got no word from the page read.

    Tesseract's page segmentation drops a lone short item in a wide, empty cell (the row
    number "5" of a row whose task runs over many lines), and a task whose row number is
    lost is merged into the row above. Such cells are read again, all of a page's together
    (`_read_cells`): ink is only ever read, never assumed. A cell is taken inside its rules
    (CELL_INSET) so the remnants of a ruling line do not count as ink. The words of the
    k-th cell are numbered from block CELL_BLOCK + 100 k, so no line of theirs is joined
    with a line of the page or of another cell."""
    inset = round(CELL_INSET * dpi)
    min_ink = round((CELL_MIN_INK * dpi) ** 2)
    cells: list[_LostCell] = []
    for grid in grids:
        for r0, c0, r1, c1 in grid.cells:
            x0, x1 = round(grid.xs[c0]) + inset, round(grid.xs[c1 + 1]) - inset
            y0, y1 = round(grid.ys[r0]) + inset, round(grid.ys[r1 + 1]) - inset
            if x1 - x0 < 2 * inset or y1 - y0 < 2 * inset:
                continue
            if any(x0 <= w.left + w.width / 2 <= x1 and y0 <= w.top + w.height / 2 <= y1
                   for w in words):
                continue
            ink = binary[y0:y1, x0:x1]
            if np.count_nonzero(ink) < min_ink or len(cells) == MAX_CELL_READS:
                continue
            ys, xs = np.nonzero(ink)
            left, top = x0 + int(xs.min()), y0 + int(ys.min())
            box = (left, top, x0 + int(xs.max()) + 1, y0 + int(ys.max()) + 1)
            cells.append(_LostCell(img.crop(box), left, top))
    _read_cells(cells, dpi)
    return [
        replace(w, line=(CELL_BLOCK + 100 * k + w.line[0], w.line[1], w.line[2]))
        for k, cell in enumerate(cells, 1)
        for w in cell.words
    ]


def stroke_width(ink: np.ndarray) -> float:
    """Mean length of the horizontal ink runs in a word's box: the thickness of its
    vertical stems, give or take the serifs. Bold type has stems about 1.5× as thick."""
    if ink.size == 0:
        return 0.0
    starts = np.count_nonzero(ink[:, 1:] & ~ink[:, :-1]) + np.count_nonzero(ink[:, 0])
    return float(np.count_nonzero(ink)) / starts if starts else 0.0


def _mark_bold(words: list[OcrWord], binary: np.ndarray) -> None:
    """Bold words have stems thicker than the page's usual (its median word) by BOLD_RATIO.
    Tesseract 5's LSTM engine reports no font attributes, so the ink says it."""
    for w in words:
        box = binary[w.top : w.top + w.height, w.left : w.left + w.width]
        w.stroke = stroke_width(box)
    strokes = [w.stroke for w in words if len(w.text) >= 3 and w.stroke > 0]
    if len(strokes) < 5:
        return
    usual = median(strokes)
    for w in words:
        w.bold = w.stroke >= BOLD_RATIO * usual


def _mean_conf(words: list[OcrWord]) -> float | None:
    return fmean(w.conf for w in words) if words else None


def guess_dpi(img: Image.Image) -> float:
    """The scan's resolution: from the file when it says so, else from the page width taken
    as A4 portrait or landscape (archives are A4)."""
    dpi = img.info.get("dpi")
    if dpi and dpi[0] and 50 <= float(dpi[0]) <= 1200:
        return float(dpi[0])
    return min(img.size) / 8.27


def ocr_image(img: Image.Image, number: int, dpi: float | None = None) -> OcrPage:
    """OCR one page image into a `PageLayout` (coordinates in points)."""
    dpi = dpi or guess_dpi(img)
    if dpi < MIN_DPI:
        factor = TARGET_DPI / dpi
        size = (round(img.width * factor), round(img.height * factor))
        img = img.convert("RGB" if img.mode not in ("L", "1") else "L")
        img = img.resize(size, Image.Resampling.LANCZOS)
        dpi = TARGET_DPI
    # Before clean-up: its single threshold needs paper of one brightness (extractors.light).
    cleaned = clean_page(even_light(img, dpi))
    page = cleaned.image
    rotated = 90 * cleaned.quarter_turns
    words, grids = _read(page, dpi, cleaned.ink)
    if vertical_words(words):
        # The profile test missed a sideways page (tables and dark margins fool it);
        # Tesseract read its lines anyway, down the page. Ask OSD which way, read again.
        turn = osd_rotation(page) or 270
        page = page.rotate(-turn, expand=True, fillcolor=255)
        words, grids = _read(page, dpi)
        rotated = (rotated + turn) % 360
    if read_upside_down(words):
        # Tesseract recognised the lines turned over (it tries a flipped line when the
        # upright reading is poor) but reports boxes in the image as given: turn the boxes
        # and the ruling grid instead of reading the page again.
        words = flip_words(words, page.width, page.height)
        page = page.rotate(180)
        grids, _ = find_grid(np.asarray(page) < 128, dpi)
        rotated = (rotated + 180) % 360
    conf = _mean_conf(words)
    if conf is None or conf < ORIENT_CHECK:
        turn = osd_rotation(page)
        if turn:
            # OSD's "Rotate" is clockwise; PIL's rotate is counter-clockwise.
            turned = page.rotate(-turn, expand=True, fillcolor=255)
            w2, g2 = _read(turned, dpi)
            c2 = _mean_conf(w2)
            if c2 is not None and (conf is None or c2 > conf):
                page, words, grids, conf, rotated = turned, w2, g2, c2, (rotated + turn) % 360
    return OcrPage(
        _layout(words, grids, number, dpi),
        round(conf, 3) if conf is not None else None,
        page.width * 72 / dpi,
        page.height * 72 / dpi,
        rotated,
        cleaned.skew,
        len(words),
    )


def vertical_words(words: list[OcrWord]) -> bool:
    """Whether most words of three or more letters have boxes taller than wide: the text
    runs down the page."""
    long = [w for w in words if len(w.text) >= 3]
    tall = sum(1 for w in long if w.height > 1.5 * w.width)
    return len(long) >= 5 and tall * 2 > len(long)


def read_upside_down(words: list[OcrWord]) -> bool:
    """Whether Tesseract read most lines right to left in the image: its word order runs
    against the x order in more than half of the lines of two or more words."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w.left)
    votes = [xs[-1] < xs[0] for xs in lines.values() if len(xs) >= 2]
    return len(votes) >= 3 and sum(votes) * 2 > len(votes)


def flip_words(words: list[OcrWord], width: int, height: int) -> list[OcrWord]:
    """Word boxes turned 180° within a width × height page, each line in reading order."""
    out = [
        replace(w, left=width - w.left - w.width, top=height - w.top - w.height) for w in words
    ]
    order = {key: k for k, key in enumerate(dict.fromkeys(w.line for w in out))}
    return sorted(out, key=lambda w: (order[w.line], w.left))


def _locate(grids: list[Grid], w: OcrWord) -> tuple[int, int, int] | None:
    """(table, row, col) of the cell holding the word's centre, or None outside tables."""
    cx, cy = w.left + w.width / 2, w.top + w.height / 2
    for g, grid in enumerate(grids):
        at = grid.locate(cx, cy)
        if at is not None:
            return g, *at
    return None


def _layout(words: list[OcrWord], grids: list[Grid], number: int, dpi: float) -> PageLayout:
    scale = 72.0 / dpi
    words = ocrfix.fix_words(words)
    # One top/bottom per Tesseract line: accents and descenders make word boxes ragged,
    # and the layout groups words into lines by their tops.
    spans: dict[tuple[int, int, int], tuple[int, int]] = {}
    for w in words:
        t, b = spans.get(w.line, (w.top, w.top + w.height))
        spans[w.line] = (min(t, w.top), max(b, w.top + w.height))
    # The usual size: most lines have an accented capital or a descender, so their boxes
    # are full height; short or unaccented lines are smaller. The upper quartile is a
    # full-height body line (a higher one overshoots: boxes with both are 1.35 × the size).
    # Cell lines are left out: many short ones ("1", "Quý II/2020") would pull it down.
    cell_of = {id(w): _locate(grids, w) for w in words}
    body = {w.line for w in words if cell_of[id(w)] is None}
    sizes = sorted((b - t) / _LINE_HEIGHT for k, (t, b) in spans.items() if k in body)
    sizes = sizes or sorted((b - t) / _LINE_HEIGHT for t, b in spans.values())
    typical = sizes[(3 * len(sizes)) // 4] if sizes else 12.0
    pl = PageLayout(number, origin="ocr")
    cell_words: dict[tuple[int, int, int], list[Word]] = {}
    free: list[Word] = []
    for w in words:
        t, b = spans[w.line]
        # Line boxes vary with accents and descenders, not with the type size: a line within
        # SIZE_SNAP of the usual size is set in it (the layout compares sizes to 0.6 pt).
        size = (b - t) / _LINE_HEIGHT
        if abs(size - typical) <= SIZE_SNAP * typical or size < typical:
            size = typical
        word = Word(
            w.text,
            w.left * scale,
            (w.left + w.width) * scale,
            t * scale,
            b * scale,
            size * scale,
            bold=w.bold,
            conf=w.conf,
        )
        at = cell_of[id(w)]
        if at is not None:
            cell_words.setdefault(at, []).append(word)
        else:
            free.append(word)
    pl.lines = layout.group_lines(free)
    for g, grid in enumerate(grids):
        nr, nc = len(grid.ys) - 1, len(grid.xs) - 1
        rows = [[""] * nc for _ in range(nr)]
        confs: list[list[float | None]] = [[None] * nc for _ in range(nr)]
        for r0, c0, _, _ in grid.cells:
            ws = cell_words.get((g, r0, c0), [])
            if ws:
                lines = layout.group_lines(ws)
                rows[r0][c0] = " ".join(ln.text for ln in lines).strip()
                confs[r0][c0] = round(fmean(x.conf or 0.0 for x in ws), 3)
        # Drop rows that are empty through and through (a ruling line drawn twice).
        keep = [i for i, row in enumerate(rows) if any(row)]
        if keep and nr * nc >= 2:
            pl.tables.append(
                Table(grid.ys[0] * scale, [rows[i] for i in keep], [confs[i] for i in keep])
            )
    return pl


def page_record(page: OcrPage, number: int) -> tuple[Page, list[Problem]]:
    """The dossier's `Page` for an OCR'd page (origin "ocr", mean confidence) and the
    problems to note: no text found, or read too badly to trust."""
    rec = Page(number, "ocr", page.confidence, round(page.width, 1), round(page.height, 1))
    problems: list[Problem] = []
    if page.confidence is None:
        problems.append(Problem("ocr", "no_text", f"page {number}: OCR found no text", number))
    elif page.confidence < LOW_CONFIDENCE:
        msg = f"page {number}: OCR confidence {page.confidence:.2f}"
        problems.append(Problem("ocr", "low_confidence", msg, number))
    return rec, problems
