"""Layout rules for PDF text, table-driven on word boxes laid out like a real page.

Geometry mimics a 13 pt body on an A4/Letter page with a text area from x=85 to x=555;
a word is ~6 pt per character, words 3.3 pt apart (the measured LibreOffice spacing).
"""

from __future__ import annotations

import pytest

from extractors.layout import (
    Area,
    Line,
    Word,
    column_text,
    continues,
    find_regions,
    group_lines,
    paragraph_style,
    paragraphs,
)

AREA = Area(85.0, 555.0)
SIZE = 13.0


def line(
    text: str, x0: float, top: float, *, size: float = SIZE, bold: bool = False, gap: float = 3.3
) -> Line:
    """Words of `text` set from x0, ~0.46 × size per character."""
    words, x = [], x0
    for w in text.split():
        width = 0.46 * size * len(w)
        words.append(Word(w, x, x + width, top, top + size, size, bold))
        x += width + gap
    return Line(words)


def centred(text: str, top: float, **kw: object) -> Line:
    probe = line(text, 0, top)
    width = probe.x1 - probe.x0
    return line(text, AREA.left + (AREA.width - width) / 2, top, **kw)  # type: ignore[arg-type]


def full(text: str, top: float, x0: float = 85.0) -> Line:
    """A justified line: word gaps stretched so it ends at the right margin."""
    natural = line(text, x0, top)
    extra = (AREA.right - 1 - natural.x1) / max(len(natural.words) - 1, 1)
    return line(text, x0, top, gap=3.3 + extra)


LONG = "Ban Thường vụ Huyện ủy cam kết thực hiện các nhiệm vụ trọng tâm của năm"

CONTINUES = [
    # (case, prev, next, expected)
    ("wrapped line of a paragraph", full(LONG, 100), line("sau đây và hơn nữa", 85, 117), True),
    ("previous line ends a sentence", full(LONG + ".", 100), line("Sau đó", 85, 117), False),
    ("previous line ends with a colon", full(LONG + ":", 100), line("các việc", 85, 117), False),
    ("previous line ends with a semicolon", full(LONG + ";", 100), line("các", 85, 117), False),
    ("next line is numbered", full(LONG, 100), line("2. Đẩy mạnh", 85, 117), False),
    ("next line is a dash bullet", full(LONG, 100), line("- Đẩy mạnh", 85, 117), False),
    ("next line is a lettered item", full(LONG, 100), line("b) Đẩy mạnh", 85, 117), False),
    ("next line is a roman heading", full(LONG, 100), line("II. KẾT QUẢ", 85, 117), False),
    ("a year at line start is not a bullet", full(LONG, 100), line("2020. Sau", 85, 117), True),
    (
        "short previous line: deliberate break",
        line("Kính gửi các đồng chí", 85, 100),
        line("Ban Thường vụ", 85, 117),
        False,
    ),
    ("next line indented: a new paragraph", full(LONG, 100), line("Căn cứ", 120, 117), False),
    ("first line indented, next at margin", full(LONG, 100, x0=120), line("sau", 85, 117), True),
    ("different font size", full(LONG, 100), line("sau đây", 85, 117, size=11), False),
    (
        "bold heading then body",
        Line(
            [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, True) for w in full(LONG, 100).words]
        ),
        line("sau đây", 85, 117),
        False,
    ),
    ("paragraph spacing", full(LONG, 100), line("sau đây", 85, 130), False),
    (
        "centred title wraps onto a centred line",
        full("thực hiện nhiệm vụ trọng tâm năm 2020 của Ban Thường vụ Huyện ủy Cam Lộ", 100),
        centred("tỉnh Quảng Trị", 117),
        True,
    ),
    (
        "centred line under a short centred line",
        centred("BẢN CAM KẾT", 100),
        centred("thực hiện nhiệm vụ", 117),
        False,
    ),
    ("left-aligned after centred", centred("BẢN CAM KẾT", 100), line("Căn cứ", 85, 117), False),
]


@pytest.mark.parametrize(
    ("case", "prev", "nxt", "expected"), CONTINUES, ids=[c[0] for c in CONTINUES]
)
def test_continues(case: str, prev: Line, nxt: Line, expected: bool) -> None:
    assert continues(prev, nxt, AREA) is expected


SEGMENTS = [
    ("justified body line", line(LONG, 85, 100, gap=7), 1),
    (
        "two header columns",
        Line(
            line("ĐẢNG BỘ TỈNH QUẢNG TRỊ", 107, 70).words
            + line("ĐẢNG CỘNG SẢN VIỆT NAM", 340, 70).words
        ),
        2,
    ),
    (
        "signature columns 24 pt apart",
        Line(
            line("T/M BAN THƯỜNG VỤ", 95, 100, size=12).words
            + line("T/M BAN THƯỜNG VỤ", 335, 100, size=12).words
        ),
        2,
    ),
    (
        "tab-aligned number and date",
        Line(line("Số: 12/BC", 85, 70).words + line("Cam Lộ, ngày 10", 400, 70).words),
        2,
    ),
]


@pytest.mark.parametrize(("case", "ln", "n"), SEGMENTS, ids=[c[0] for c in SEGMENTS])
def test_segments(case: str, ln: Line, n: int) -> None:
    assert len(ln.segments()) == n


def two(left: str, right: str, top: float, *, lx: float = 107, rx: float = 340) -> Line:
    words = (line(left, lx, top).words if left else []) + (
        line(right, rx, top).words if right else []
    )
    return Line(words)


def test_header_columns_do_not_interleave() -> None:
    lines = [
        two("ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG CỘNG SẢN VIỆT NAM", 70),
        two("HUYỆN ỦY CAM LỘ", "Cam Lộ, ngày 10 tháng 01 năm 2020", 90),
        two("*", "", 110, lx=170),
        two("Số 05-CK/HU", "", 130, lx=140),
        centred("BẢN CAM KẾT", 170),
    ]
    assert [(s, e) for s, e, _ in find_regions(lines)] == [(0, 5)]  # blind to the page
    regions = find_regions(lines, AREA)
    assert [(s, e) for s, e, _ in regions] == [(0, 4)]
    region = regions[0][2]
    assert column_text(region.left) == "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY CAM LỘ\n*\nSố 05-CK/HU"
    assert column_text(region.right) == "ĐẢNG CỘNG SẢN VIỆT NAM\nCam Lộ, ngày 10 tháng 01 năm 2020"
    assert not region.signature


def test_signature_region_is_recognised_and_stops_at_a_full_line() -> None:
    lines = [
        full(LONG, 60),
        two("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", 100, rx=360),
        two("BÍ THƯ", "PHÓ BÍ THƯ", 120, lx=130, rx=380),
        two("Lê Văn A", "Trần Thị B", 160, lx=130, rx=380),
        full(LONG, 200),
    ]
    [(start, end, region)] = find_regions(lines)
    assert (start, end) == (1, 4)
    assert region.signature
    assert column_text(region.left) == "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn A"
    assert column_text(region.right) == "K/T BÍ THƯ\nPHÓ BÍ THƯ\nTrần Thị B"


COLUMN_WRAPS = [
    # (case, [(text, x0, top)], expected)
    (
        "one word hangs under a long line",
        [("Cam Lộ, ngày 10 tháng 01 năm", 340, 97), ("2020", 420, 113)],
        "Cam Lộ, ngày 10 tháng 01 năm 2020",
    ),
    (
        "tight pitch joins a two-word wrap",
        [
            ("T/M BAN THƯỜNG VỤ", 335, 108),
            ("HUYỆN ỦY", 360, 124),
            ("BÍ THƯ", 370, 150),
            ("(đã ký)", 375, 176),
        ],
        "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)",
    ),
    (
        "a title under T/M stays apart despite the signature gap below it",
        [("T/M BAN THƯỜNG VỤ", 335, 108), ("BÍ THƯ", 370, 124), ("Nguyễn Văn Hùng", 350, 200)],
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng",
    ),
    (
        "evenly spaced two-word line stays apart",
        [("ĐẢNG BỘ TỈNH QUẢNG TRỊ", 100, 70), ("ĐẢNG ỦY", 130, 96), ("*", 150, 122)],
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY\n*",
    ),
    (
        "even pitch keeps lines apart",
        [("T/M BAN THƯỜNG VỤ", 335, 108), ("BÍ THƯ", 360, 124), ("Nguyễn Văn Hùng", 350, 140)],
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng",
    ),
    (
        "a name under a short line stays apart",
        [("(đã ký)", 415, 176), ("Hùng", 420, 192)],
        "(đã ký)\nHùng",
    ),
]


@pytest.mark.parametrize(
    ("case", "rows", "expected"), COLUMN_WRAPS, ids=[c[0] for c in COLUMN_WRAPS]
)
def test_column_text(case: str, rows: list[tuple[str, float, float]], expected: str) -> None:
    col = [line(text, x0, top, size=12) for text, x0, top in rows]
    assert column_text(col) == expected


def test_paragraphs_and_styles() -> None:
    lines = [
        centred("BẢN CAM KẾT", 100, bold=True),
        full(LONG, 130, x0=120),
        full(LONG, 147),
        line("kết thúc đoạn.", 85, 164),
        line("Đoạn tiếp theo ngắn", 120, 181),
    ]
    paras = paragraphs(lines, AREA)
    assert [len(p) for p in paras] == [1, 3, 1]
    assert [paragraph_style(p, AREA) for p in paras] == ["title", "", ""]


def test_group_lines_keeps_columns_on_one_baseline_apart_from_the_next() -> None:
    words = line("ĐẢNG BỘ", 107, 71.3).words + line("ĐẢNG CỘNG SẢN", 340, 71.2).words
    words += line("HUYỆN ỦY", 130, 97.5).words
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["ĐẢNG BỘ ĐẢNG CỘNG SẢN", "HUYỆN ỦY"]


def test_centred_title_on_a_ragged_right_page() -> None:
    """With ragged-right text the right margin is only known to within a word: a title
    centred on the true margin (555) still reads as centred against the estimate (541)."""
    ragged = Area(85.0, 541.0)
    title = line("BÁO CÁO", 0, 100, size=14, bold=True)
    width = title.x1 - title.x0
    x0 = 85 + (470 - width) / 2  # centred between 85 and 555
    title = line("BÁO CÁO", x0, 100, size=14, bold=True)
    assert paragraph_style([title], ragged) == "title"
    left_short = line("Kính gửi Ban Thường vụ", 85, 100, bold=True)
    assert paragraph_style([left_short], ragged) == "bold"
