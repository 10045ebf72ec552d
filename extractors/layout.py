"""Page geometry for PDF text: words → lines → column segments → regions and paragraphs.

Pure functions over word boxes (points, origin top-left), so the rules can be tested on
hand-made boxes as well as on real PDFs. Measured on LibreOffice and Word output:
  * inter-word gaps are 0.2–0.35 × font size (justified lines up to ~0.8 ×); the gap
    between side-by-side header or signature columns is ≥ 2 × size, so a gap above
    1.5 × size splits a line into column segments;
  * a wrapped line is one the next line's first word would not have fitted on; a
    deliberate break (paragraph end) leaves room for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from extractors.base import clean, is_signature

GAP_FACTOR = 1.5  # column gap, in font sizes
# A two-column region ends at a vertical jump of more than this many font sizes. 3.5, not
# 3: a scan may lose the small "*" under the issuing body, leaving the number line 3.1
# sizes below the body's name.
JUMP_LINES = 3.5
_BULLET = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[IVXLC]{1,5}[.)]|\(\d{1,3}\)|\([a-zđ]\)"
    r"|[-–—•+*·▪●○■□◦✓])(?:\s|$)"
)
_END = (".", ":", ";", "!", "?", "…")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    conf: float | None = None  # OCR confidence 0–1; None for a text layer


@dataclass
class Line:
    """Words on one baseline (or one column segment of it)."""

    words: list[Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return median(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        chars = sum(len(w.text) for w in self.words)
        return sum(len(w.text) for w in self.words if w.bold) * 2 > chars

    @property
    def text(self) -> str:
        return clean(" ".join(w.text for w in self.words))

    def segments(self) -> list[Line]:
        """Split where the gap between words exceeds GAP_FACTOR × font size."""
        ws = sorted(self.words, key=lambda w: w.x0)
        out = [Line([ws[0]])]
        for w in ws[1:]:
            prev = out[-1].words[-1]
            if w.x0 - prev.x1 > GAP_FACTOR * max(w.size, prev.size):
                out.append(Line([w]))
            else:
                out[-1].words.append(w)
        return out


def group_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by vertical position, top to bottom."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            last = lines[-1]
            if abs(w.top - last.words[0].top) <= 0.4 * min(w.size, last.words[0].size):
                last.words.append(w)
                continue
        lines.append(Line([w]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


@dataclass
class Region:
    """A run of lines laid out as two side-by-side columns."""

    lines: list[Line]
    divider: float
    left: list[Line] = field(default_factory=list)  # column segments, top to bottom
    right: list[Line] = field(default_factory=list)

    @property
    def signature(self) -> bool:
        return any(is_signature(s.text) for s in self.left + self.right)


def find_regions(lines: list[Line], area: Area | None = None) -> list[tuple[int, int, Region]]:
    """Two-column runs: (start, end, region) over `lines` (a run with no table inside).

    A region starts at a line split into ≥2 segments; the divider is the middle of its
    widest gap. It extends while each line's segments keep to one side of the divider,
    and stops at a line that straddles it (a full-width paragraph), a single line centred
    on the text area (a title, even when the columns are off-centre), or after a vertical
    jump of more than JUMP_LINES font sizes.
    """
    out: list[tuple[int, int, Region]] = []
    i = 0
    while i < len(lines):
        segs = lines[i].segments()
        if len(segs) < 2:
            i += 1
            continue
        gaps = [(b.x0 - a.x1, (a.x1 + b.x0) / 2) for a, b in zip(segs, segs[1:], strict=False)]
        divider = max(gaps)[1]
        j = i + 1
        while j < len(lines):
            line, prev = lines[j], lines[j - 1]
            if line.top - prev.bottom > JUMP_LINES * line.size:
                break
            segs = line.segments()
            if any(s.x0 < divider < s.x1 for s in segs):
                break
            if area is not None and len(segs) == 1 and area.on_axis(line):
                break
            j += 1
        region = Region(lines[i:j], divider)
        for line in region.lines:
            for side in ("left", "right"):
                parts = [s for s in line.segments() if (s.x1 <= divider) == (side == "left")]
                if parts:
                    getattr(region, side).append(Line([w for s in parts for w in s.words]))
        out.append((i, j, region))
        i = j
    return out


def column_text(col: list[Line]) -> str:
    """A column's lines joined by newlines, re-joining lines that wrapped.

    The column width is unknown, so a line counts as wrapped only on firm evidence, and
    never when it is itself a signature title ("BÍ THƯ", "(đã ký)"):
      * a single word hanging under a long line ("… năm" / "2020");
      * one or two words under the column's widest line, set tighter than the line
        after them (line spacing inside a paragraph, paragraph spacing after it:
        "T/M BAN THƯỜNG VỤ" / "HUYỆN ỦY" / "BÍ THƯ").
    """
    if not col:
        return ""
    widest = max(ln.x1 - ln.x0 for ln in col)
    texts = [col[0].text]
    for k in range(1, len(col)):
        prev, line = col[k - 1], col[k]
        words = line.text.split()
        width = prev.x1 - prev.x0
        joinable = (
            abs(line.size - prev.size) < 0.6
            and line.bold == prev.bold
            and not texts[-1].endswith(_END)
            and not _BULLET.match(line.text)
            and not is_signature(line.text)
            and any(ch.isalnum() for ch in line.text)
        )
        long_prev = len(prev.text.split()) >= 3  # a line that wrapped was a long one
        hanging = (
            long_prev
            and len(words) == 1
            and width >= 0.8 * widest
            and line.top - prev.bottom < 0.8 * line.size
        )
        pitch = line.top - prev.top
        after = col[k + 1].top - line.top if k + 1 < len(col) else None
        tight = (
            long_prev
            and len(words) <= 2
            and width >= 0.9 * widest
            and after is not None
            and pitch < 0.75 * after
        )
        if joinable and (hanging or tight):
            texts[-1] += " " + line.text
        else:
            texts.append(line.text)
    return "\n".join(t for t in texts if t)


@dataclass
class Area:
    """The text area of the document's pages: left and right margins in points."""

    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left

    def on_axis(self, line: Line) -> bool:
        """The line's middle is on the text area's middle (a centred title)."""
        mid = (line.x0 + line.x1) / 2
        return abs(mid - (self.left + self.right) / 2) <= max(0.02 * self.width, line.size / 2)

    def symmetric(self, line: Line) -> bool:
        """Equal room left and right. The tolerance is loose (4 % of the width) because with
        ragged-right text the right margin is only known to within a word."""
        lm, rm = line.x0 - self.left, self.right - line.x1
        return abs(lm - rm) <= max(0.5 * line.size, 4.0, 0.04 * self.width)

    def centred(self, line: Line) -> bool:
        return self.symmetric(line) and line.x0 - self.left > line.size


def body_lines(lines: list[Line]) -> list[Line]:
    """Lines that show where the text area is: one segment, three or more words.

    Header and signature columns (two segments) are left out because header tables often
    stick out past the margins; short lines say nothing about the margins.
    """
    return [ln for ln in lines if len(ln.words) >= 3 and len(ln.segments()) == 1]


def text_area(lines: list[Line], fallback: Area | None = None, min_lines: int = 5) -> Area:
    """The text area spanned by the body lines; `fallback` when there are too few of them
    (a page with a handful of short lines would look narrower than it is)."""
    body = body_lines(lines)
    if fallback is not None and len(body) < min_lines:
        return fallback
    body = body or lines
    if not body:
        return fallback or Area(0.0, 0.0)
    return Area(min(ln.x0 for ln in body), max(ln.x1 for ln in body))


def continues(prev: Line, line: Line, area: Area) -> bool:
    """Whether `line` is the wrapped continuation of the paragraph ending with `prev`."""
    text, prev_text = line.text, prev.text
    if not text or not prev_text or prev_text.endswith(_END) or _BULLET.match(text):
        return False
    if abs(line.size - prev.size) >= 0.6 or line.bold != prev.bold:
        return False
    if line.top - prev.bottom > 0.8 * line.size:  # paragraph spacing, not line spacing
        return False
    first = line.words[0]
    room_needed = 0.25 * line.size + (first.x1 - first.x0)
    tol = 0.3 * line.size
    if area.centred(line):
        if not area.symmetric(prev):
            return False
        return (prev.x1 - prev.x0) + room_needed > area.width - tol
    if area.centred(prev) or line.x0 > prev.x0 + 0.5 * line.size:
        return False  # centred → left-aligned, or the next line is indented: a new paragraph
    return prev.x1 + room_needed > area.right - tol


def paragraphs(lines: list[Line], area: Area) -> list[list[Line]]:
    """Merge wrapped lines into paragraphs (lists of lines, in order)."""
    out: list[list[Line]] = []
    for line in lines:
        if out and continues(out[-1][-1], line, area):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def paragraph_style(para: list[Line], area: Area) -> str:
    centred = all(area.symmetric(ln) for ln in para) and any(area.centred(ln) for ln in para)
    bold = all(ln.bold for ln in para)
    if centred and bold:
        return "title"
    return "center" if centred else "bold" if bold else ""
