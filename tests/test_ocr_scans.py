"""Scan damage the office fixtures do not have: a photographed page (uneven light) and a
table whose lone row number Tesseract's page segmentation skips. Real Tesseract, real
pages rendered from commitment.pdf or drawn with a real font."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz import fuzz

from extractors import ocr
from extractors.light import even_light
from extractors.preprocess import otsu

FILES = Path(__file__).parent / "files"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def render(page: int, dpi: int = 300) -> Image.Image:
    doc = pdfium.PdfDocument(str(FILES / "commitment.pdf"))
    try:
        return doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def photographed(img: Image.Image) -> Image.Image:
    """Light falling off to the right and down, as on a phone photo of a desk."""
    w, h = img.size
    ramp = np.linspace(1.0, 0.62, w)[None, :, None] * np.linspace(1.0, 0.85, h)[:, None, None]
    return Image.fromarray((np.asarray(img).astype(np.float32) * ramp).astype(np.uint8))


def words_of(page: ocr.OcrPage) -> str:
    return " ".join(w.text for ln in page.layout.lines for w in ln.words)


def test_even_light_leaves_an_evenly_lit_page_alone() -> None:
    img = render(0, 150)
    assert even_light(img, 150) is img


def test_even_light_makes_dark_paper_white_and_keeps_ink() -> None:
    img = photographed(render(1, 150))
    grey = np.asarray(img.convert("L"))
    flat = np.asarray(even_light(img, 150).convert("L"))
    # One threshold over the uneven page blackens the dark paper; evened, paper is paper.
    assert (grey < otsu(grey)).mean() > 0.2
    assert (flat < otsu(flat)).mean() < 0.08
    # The ink on the dark side is still ink.
    right = flat[:, flat.shape[1] // 2 :]
    assert (right < otsu(flat)).mean() > 0.005


@pytest.mark.slow
def test_photographed_signature_page_reads_like_the_typed_one() -> None:
    typed = ocr.ocr_image(render(1), 2, 300)
    photo = ocr.ocr_image(photographed(render(1)), 2, 300)
    want, got = words_of(typed), words_of(photo)
    # The right-hand signature column, on the dark side, was lost to one threshold.
    assert "Nguyễn Văn Hùng" in want
    assert "Nguyễn Văn Hùng" in got
    assert fuzz.ratio(got, want) > 90


def table_with_lone_row_number() -> Image.Image:
    """A ruled two-column table at 300 dpi: row "1" with a short task, row "5" whose task
    runs over seven lines, so the "5" stands alone in a tall, empty cell."""
    img = Image.new("L", (2400, 1300), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(SERIF, 50)
    xs, ys = (200, 420, 1500), (200, 320, 1150)
    for x in xs:
        d.line((x, ys[0], x, ys[-1]), fill=0, width=4)
    for y in ys:
        d.line((xs[0], y, xs[-1], y), fill=0, width=4)
    d.text((240, 225), "1", fill=0, font=font)
    d.text((450, 225), "Hoàn thành đề án", fill=0, font=font)
    d.text((240, 345), "5", fill=0, font=font)
    task = ["Xử lý dứt điểm", "các trường", "hợp vi phạm", "trật tự xây", "dựng, lấn", "chiếm đất",
            "công"]  # fmt: skip
    for k, line in enumerate(task):
        d.text((450, 345 + 110 * k), line, fill=0, font=font)
    return img


@pytest.mark.slow
def test_lone_row_number_in_a_tall_cell_is_read() -> None:
    page = ocr.ocr_image(table_with_lone_row_number(), 1, 300)
    (table,) = page.layout.tables
    assert [row[0] for row in table.rows] == ["1", "5"]
    assert table.rows[1][1].startswith("Xử lý dứt điểm")


def test_marks_cut_off_a_tight_capital_line_are_not_words() -> None:
    def w(text: str, height: int, conf: float = 0.9) -> ocr.OcrWord:
        return ocr.OcrWord(text, 0, 0, 40, height, conf, (1, 1, 1))

    body = [w("HỘI", 45), w("LHPN", 40), w("HUYỆN", 48), w("TAM", 40), w("NÔNG", 46)]
    marks = [w("H", 13, 0.58), w("Ñ", 13, 0.5), w("ˆ", 8, 0.8), w("ẢN..", 18, 0.0),
             w("ö", 40, 0.9), w("„Z", 40, 0.9)]  # specks read as letters Vietnamese lacks
    kept = [w("-", 4), w("1", 30), w("5", 40, 0.9)]  # a dash, a footnote mark, a digit
    assert [x.text for x in ocr._usable(body + marks + kept)] == [
        "HỘI", "LHPN", "HUYỆN", "TAM", "NÔNG", "-", "1", "5"
    ]  # fmt: skip


def table_with_lone_numbers_and_dates() -> Image.Image:
    """A ruled three-column table at 300 dpi whose row numbers and dates each stand alone at
    the top of a cell three lines tall: items the page read tends to lose."""
    img = Image.new("L", (2400, 1500), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(SERIF, 50)
    xs, ys = (200, 420, 1500, 2100), (200, 560, 920, 1280)
    for x in xs:
        d.line((x, ys[0], x, ys[-1]), fill=0, width=4)
    for y in ys:
        d.line((xs[0], y, xs[-1], y), fill=0, width=4)
    rows = [("1", ["Sửa chữa", "đường giao", "thông nông thôn"], "Quý I/2024"),
            ("2", ["Xây dựng", "nhà văn hoá", "thôn Đông"], "Tháng 6"),
            ("3", ["Trồng mới", "hai héc-ta", "rừng phòng hộ"], "Năm 2025")]  # fmt: skip
    for (number, task, when), y in zip(rows, ys, strict=False):
        d.text((240, y + 25), number, fill=0, font=font)
        for k, line in enumerate(task):
            d.text((450, y + 25 + 100 * k), line, fill=0, font=font)
        d.text((1530, y + 25), when, fill=0, font=font)
    return img


@pytest.mark.slow
def test_lost_cells_of_a_page_are_read_in_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    img = table_with_lone_numbers_and_dates()
    binary = np.asarray(img) < 128
    grids, mask = ocr.find_grid(binary, 300)
    binary &= ~mask
    page = Image.fromarray(np.where(binary, np.uint8(0), np.uint8(255)), "L")
    runs: list[tuple[str, ...]] = []
    real = ocr.run_tesseract

    def counted(img: Image.Image, *args: str, timeout: float = ocr.PAGE_TIMEOUT) -> str:
        runs.append(args)
        return real(img, *args, timeout=timeout)

    monkeypatch.setattr(ocr, "run_tesseract", counted)
    # No word from a page read: every one of the nine cells is lost and read again.
    words = ocr._read_skipped_cells(page, binary, grids, [], 300)
    assert len(runs) in (1, 2)  # all cells in one run, the doubtful ones again in one more
    texts: dict[tuple[int, int], list[str]] = {}
    blocks: dict[tuple[int, int], set[int]] = {}
    for w in words:
        at = grids[0].locate(w.left + w.width / 2, w.top + w.height / 2)
        assert at is not None
        texts.setdefault(at, []).append(w.text)
        blocks.setdefault(at, set()).add(w.line[0])
    assert [" ".join(texts[r, 0]) for r in range(3)] == ["1", "2", "3"]
    assert [" ".join(texts[r, 2]) for r in range(3)] == ["Quý I/2024", "Tháng 6", "Năm 2025"]
    assert fuzz.ratio(" ".join(texts[1, 1]), "Xây dựng nhà văn hoá thôn Đông") > 90
    # Each cell's words in blocks of its own, apart from the page's (CELL_BLOCK on).
    assert all(len(b) == 1 and min(b) >= ocr.CELL_BLOCK for b in blocks.values())
    assert len({min(b) for b in blocks.values()}) == 9


@pytest.mark.slow
def test_lost_cells_land_in_their_rows_of_the_page_table() -> None:
    page = ocr.ocr_image(table_with_lone_numbers_and_dates(), 1, 300)
    (table,) = page.layout.tables
    assert [row[0] for row in table.rows] == ["1", "2", "3"]
    assert [row[2] for row in table.rows] == ["Quý I/2024", "Tháng 6", "Năm 2025"]
    assert table.rows[2][1].startswith("Trồng mới")
