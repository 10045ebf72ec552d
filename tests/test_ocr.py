"""OCR with real Tesseract on real page images rendered from commitment.pdf.

Fixtures (tests/files/make_ocr_fixtures.py): a 200 dpi office scan turned 2°, a stamped
signature page at 150 dpi, a sideways JPEG, a two-page TIFF, a PDF with one typed and one
scanned page. Each file is read once per module; a page costs 1–3 s.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from rapidfuzz import fuzz

from extractors import detect, extract, ocr
from extractors.preprocess import clean_page, find_skew, otsu, suppress_colour
from pipeline.document import Dossier, Source
from pipeline.errors import ConversionFailed, TooLarge
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
pytestmark = pytest.mark.slow


def read(path: Path) -> Dossier:
    d = Dossier(Source(str(path), hashlib.sha256(path.read_bytes()).hexdigest(), 0))
    extract(path, d, Settings(strict=True))
    return d


@pytest.fixture(scope="module")
def typed() -> Dossier:
    return read(FILES / "commitment.pdf")


@pytest.fixture(scope="module")
def page1() -> Dossier:
    return read(FILES / "scan_page1.png")


@pytest.fixture(scope="module")
def tiff() -> Dossier:
    return read(FILES / "scan_pages.tif")


def region(d: Dossier, name: str, page: int = 1) -> str:
    return next(b.text for b in d.blocks if b.region == name and b.page == page)


def cells(d: Dossier) -> dict[tuple[int, int], str]:
    return {(b.row, b.col): b.text for b in d.blocks if b.kind == "cell"}  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("scan_page1.png", "image"), ("scan_sideways.jpg", "image"), ("scan_pages.tif", "image"),
     ("image.pdf", "image"), ("scan_mixed.pdf", "pdf")],
)
def test_images_are_sniffed_by_magic_bytes(name: str, fmt: str) -> None:
    assert detect(FILES / name).name == fmt


def test_scan_pages_are_ocr_with_confidence(page1: Dossier) -> None:
    assert page1.ocr and page1.source.format == "image"
    assert [(p.number, p.origin) for p in page1.pages] == [(1, "ocr")]
    assert page1.pages[0].confidence is not None and page1.pages[0].confidence > 0.8
    assert all(b.origin == "ocr" and b.confidence is not None for b in page1.blocks)
    assert all(0 <= b.confidence <= 1 for b in page1.blocks)  # type: ignore[operator]
    assert not page1.problems


def test_scan_has_the_same_structure_as_the_typed_pdf(page1: Dossier, typed: Dossier) -> None:
    """Header columns as two blocks, the title, table cells with row/col: the same shape the
    PDF text layer gives, and nearly the same characters."""
    for name in ("header-left", "header-right"):
        assert fuzz.ratio(region(page1, name), region(typed, name)) > 90
    assert "HUYỆN ỦY CAM LỘ" in region(page1, "header-left")
    assert "Cam Lộ, ngày 10 tháng 01 năm 2020" in region(page1, "header-right")
    titles = [b.text for b in page1.blocks if b.style == "title"]
    assert "BẢN CAM KẾT" in titles
    got, want = cells(page1), {k: v for k, v in cells(typed).items()}
    assert set(got) == set(want)
    assert got[(0, 1)] == "Nội dung cam kết"
    assert got[(1, 2)] == "Quý II/2020"
    assert all(fuzz.ratio(got[k], want[k]) > 85 for k in want), got


def test_multi_page_tiff(tiff: Dossier, typed: Dossier) -> None:
    assert [(p.number, p.origin) for p in tiff.pages] == [(1, "ocr"), (2, "ocr")]
    assert "Nguyễn Văn Hùng" in region(tiff, "sign-right", page=2)
    assert "T/M BAN THƯỜNG VỤ TỈNH ỦY" in region(tiff, "sign-left", page=2)
    ocr_text = " ".join(tiff.text.split())
    typed_text = " ".join(typed.text.split())
    assert fuzz.ratio(ocr_text, typed_text) > 95


def test_sideways_page_is_turned_upright() -> None:
    d = read(FILES / "scan_sideways.jpg")
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in region(d, "header-right")
    assert cells(d)[(0, 4)] == "Người chịu trách nhiệm"


def test_stamp_and_signature_ink_do_not_hide_the_signer() -> None:
    d = read(FILES / "scan_stamped.png")
    right = region(d, "sign-right")
    assert right.startswith("T/M BAN THƯỜNG VỤ HUYỆN ỦY")
    assert right.endswith("Nguyễn Văn Hùng")
    assert region(d, "sign-left").endswith("Lê Quang Thành")
    assert "★" not in d.text


def test_pdf_mixing_typed_and_scanned_pages_decides_per_page(typed: Dossier) -> None:
    d = read(FILES / "scan_mixed.pdf")
    assert [(p.number, p.origin) for p in d.pages] == [(1, "text"), (2, "ocr")]
    assert d.ocr and not d.problems
    assert {b.origin for b in d.blocks if b.page == 1} == {"text"}
    assert {b.origin for b in d.blocks if b.page == 2} == {"ocr"}
    assert region(d, "sign-right", page=2).endswith("Nguyễn Văn Hùng")
    assert d.pages[1].width == typed.pages[1].width  # the PDF's own page size


def test_image_only_pdf_page_is_read() -> None:
    d = read(FILES / "scanned.pdf")
    assert [p.origin for p in d.pages] == ["ocr"]
    assert "KET (scan" in d.text  # a 72 dpi bitmap font: read, if not well
    assert not [p for p in d.problems if p.code == "needs_ocr"]


def test_blank_page_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (1240, 1754), 255).save(blank, dpi=(150, 150))
    d = read(blank)
    assert d.blocks == [] and d.ocr
    assert [(p.stage, p.code, p.page) for p in d.problems] == [("ocr", "no_text", 1)]


def test_decompression_bomb_guard_stays_on(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    Image.new("1", (10000, 10000), 1).save(big)  # 100 Mpx, a few kB on disk
    with pytest.raises(TooLarge):
        read(big)


def test_missing_tesseract_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(ConversionFailed) as info:
        ocr.run_tesseract(Image.new("L", (50, 50), 255))
    assert "tesseract-ocr" in (info.value.hint or "")


# -- clean-up ----------------------------------------------------------------------------


def test_suppress_colour_keeps_black_print_under_a_stamp() -> None:
    img = Image.new("RGB", (30, 10), "white")
    px = img.load()
    px[0, 0] = (215, 40, 50)  # stamp ink on paper
    px[1, 0] = (30, 50, 170)  # pen ink
    px[2, 0] = (0, 0, 0)  # print
    px[3, 0] = (40, 5, 8)  # print under the stamp (inks multiply)
    grey = suppress_colour(img).load()
    assert grey[0, 0] == 255 and grey[1, 0] == 255
    assert grey[2, 0] == 0 and grey[3, 0] < 60


def test_otsu_splits_ink_from_paper() -> None:
    a = np.array([20] * 100 + [230] * 900, dtype=np.uint8)
    assert 20 <= otsu(a) < 230


def test_find_skew_measures_the_scan_angle() -> None:
    img = Image.open(FILES / "scan_page1.png").convert("L")  # turned 2° counter-clockwise
    assert find_skew(img) == pytest.approx(-2.0, abs=0.3)
    assert find_skew(img.rotate(-2, expand=True, fillcolor=255)) == pytest.approx(0, abs=0.3)


def test_clean_page_turns_a_sideways_page_upright() -> None:
    img = Image.open(FILES / "scan_sideways.jpg")
    cleaned = clean_page(img)
    assert cleaned.image.height > cleaned.image.width
    assert cleaned.ink.shape == (cleaned.image.height, cleaned.image.width)


# -- tables from ruling lines --------------------------------------------------------------


def _ruled(merged: bool = False) -> np.ndarray:
    """A 3×3 ruled grid, 300 px cells, lines 3 px thick; with `merged`, the divider between
    columns 0 and 1 is missing in row 1."""
    img = Image.new("1", (1000, 1000), 0)
    d = ImageDraw.Draw(img)
    for k in range(4):
        d.rectangle((50, 50 + 300 * k, 950, 53 + 300 * k), fill=1)
        d.rectangle((50 + 300 * k, 50, 53 + 300 * k, 950), fill=1)
    if merged:
        d.rectangle((345, 354, 360, 649), fill=0)
    return np.asarray(img).astype(bool)


def test_find_grid_reads_rows_and_columns() -> None:
    grids, mask = ocr.find_grid(_ruled(), dpi=300)
    assert len(grids) == 1
    g = grids[0]
    assert len(g.ys) == 4 and len(g.xs) == 4
    assert len(g.cells) == 9
    assert g.locate(500, 500) == (1, 1)
    assert g.locate(10, 10) is None
    assert mask.sum() > 0


def test_find_grid_joins_merged_cells() -> None:
    g = ocr.find_grid(_ruled(merged=True), dpi=300)[0][0]
    assert (1, 0, 1, 1) in g.cells
    assert g.locate(400, 500) == (1, 0)  # the right half of the merged cell
    assert len(g.cells) == 8


def test_underlines_are_not_tables() -> None:
    img = Image.new("1", (1000, 400), 0)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 100, 900, 103), fill=1)
    d.rectangle((100, 300, 900, 303), fill=1)
    assert ocr.find_grid(np.asarray(img).astype(bool), dpi=300)[0] == []


# -- word boxes ----------------------------------------------------------------------------


TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t100\t200\t150\t50\t96.5\tBẢN\n"
    "5\t1\t1\t1\t1\t2\t270\t200\t150\t50\t91.0\tCAM\n"
    "5\t1\t1\t1\t1\t3\t440\t200\t150\t50\t-1\t \n"
)


def test_parse_tsv_keeps_words_with_boxes_and_confidence() -> None:
    words = ocr.parse_tsv(TSV)
    assert [(w.text, w.left, w.conf, w.line) for w in words] == [
        ("BẢN", 100, 0.965, (1, 1, 1)),
        ("CAM", 270, 0.91, (1, 1, 1)),
    ]


def _word(text: str, left: int, line: int, width: int = 100, height: int = 40) -> ocr.OcrWord:
    return ocr.OcrWord(text, left, 100 * line, width, height, 0.9, (1, 1, line))


def test_upside_down_reading_is_detected_and_boxes_turned() -> None:
    flipped = [_word(w, x, ln) for ln in (1, 2, 3) for w, x in (("a1", 900), ("b1", 700))]
    assert ocr.read_upside_down(flipped)
    upright = ocr.flip_words(flipped, 1000, 500)
    assert not ocr.read_upside_down(upright)
    assert [w.left for w in upright[:2]] == [0, 200]


def test_vertical_word_boxes_mean_a_sideways_page() -> None:
    assert ocr.vertical_words([_word("word", 0, k, width=40, height=120) for k in range(6)])
    assert not ocr.vertical_words([_word("word", 0, k, width=120, height=40) for k in range(6)])

