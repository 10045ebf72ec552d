"""PDF extraction on real LibreOffice output of the fixture DOCX files."""

from __future__ import annotations

import hashlib
import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest

from extractors import FORMATS, Extractor
from pipeline.document import Block, Dossier, Source
from pipeline.errors import CorruptFile, EncryptedFile, TooLarge
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
PDF = FORMATS.get("pdf")
DOCX = FORMATS.get("docx")


def read(name: str, ex: Extractor = PDF, settings: Settings | None = None) -> Dossier:
    path = FILES / name
    data = path.read_bytes()
    d = Dossier(Source(str(path), hashlib.sha256(data).hexdigest(), len(data)))
    ex.extract(path, d, settings or Settings(strict=True))
    return d


def region(d: Dossier, name: str) -> list[str]:
    return [b.text for b in d.blocks if b.region == name]


@pytest.fixture(scope="module")
def commitment() -> Dossier:
    return read("commitment.pdf")


def test_header_columns_come_out_as_two_blocks(commitment: Dossier) -> None:
    assert region(commitment, "header-left") == [
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY CAM LỘ\n*\nSố 05-CK/HU"
    ]
    # The date wraps in the narrow cell: the hanging "2020" is joined back.
    assert region(commitment, "header-right") == [
        "ĐẢNG CỘNG SẢN VIỆT NAM\nCam Lộ, ngày 10 tháng 01 năm 2020"
    ]
    assert [b.region for b in commitment.blocks[:2]] == ["header-left", "header-right"]
    assert all(b.page == 1 for b in commitment.blocks[:2])


def test_header_lines_never_interleave(commitment: Dossier) -> None:
    assert "ĐẢNG BỘ TỈNH QUẢNG TRỊ ĐẢNG CỘNG SẢN" not in commitment.text
    assert "HUYỆN ỦY CAM LỘ Cam Lộ" not in commitment.text


def test_signature_columns_come_out_as_two_blocks(commitment: Dossier) -> None:
    assert region(commitment, "sign-left") == [
        "T/M BAN THƯỜNG VỤ TỈNH ỦY\nBÍ THƯ\n(đã ký)\nLê Quang Thành"
    ]
    assert region(commitment, "sign-right") == [
        "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)\nNguyễn Văn Hùng"
    ]
    assert {b.page for b in commitment.blocks if b.region.startswith("sign")} == {2}


def test_table_cells_with_row_and_col(commitment: Dossier) -> None:
    cells = {(b.table, b.row, b.col): b.text for b in commitment.blocks if b.kind == "cell"}
    assert cells[(0, 0, 0)] == "STT"
    assert cells[(0, 0, 1)] == "Nội dung cam kết"  # wrapped in its cell, joined by a space
    assert cells[(0, 0, 4)] == "Người chịu trách nhiệm"
    assert cells[(0, 1, 1)] == (
        "Hoàn thành giải phóng mặt bằng dự án đường tránh phía Đông thị trấn Cam Lộ, bàn "
        "giao mặt bằng sạch cho nhà thầu thi công"
    )
    assert cells[(0, 1, 2)] == "Quý II/2020"
    assert cells[(0, 3, 4)] == "Trưởng Ban Tổ chức Huyện ủy"
    assert len(cells) == 20
    assert "Quý II/2020" not in [b.text for b in commitment.blocks if b.kind != "cell"]


def body(d: Dossier) -> list[Block]:
    return [b for b in d.blocks if b.kind == "paragraph" and not b.region]


def test_paragraphs_match_the_docx_they_were_printed_from(commitment: Dossier) -> None:
    """Wrapped lines are merged back: the PDF's paragraphs are the DOCX's paragraphs."""
    docx = read("commitment.docx", DOCX)
    assert [b.text for b in body(commitment)] == [b.text for b in body(docx)]
    assert [b.page for b in body(commitment)] == [b.page for b in body(docx)]


def test_styles(commitment: Dossier) -> None:
    styles = {b.text: b.style for b in body(commitment)}
    assert styles["BẢN CAM KẾT"] == "title"
    assert (
        styles["2. Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp huyện."]
        == ""
    )


def test_pages_have_size_and_text_origin(commitment: Dossier) -> None:
    assert [(p.number, p.origin) for p in commitment.pages] == [(1, "text"), (2, "text")]
    assert all(p.width and p.height and p.width < p.height for p in commitment.pages)


def test_page_without_text_layer_is_read_by_ocr() -> None:
    d = read("scanned.pdf")
    assert [(p.number, p.origin) for p in d.pages] == [(1, "ocr")]
    assert d.blocks and all(b.origin == "ocr" for b in d.blocks)
    assert not [p for p in d.problems if p.code == "needs_ocr"]
    assert d.ocr


def test_password_protected_pdf() -> None:
    with pytest.raises(EncryptedFile, match="password"):
        read("encrypted.pdf")


def test_pdf_encrypted_without_user_password_reads_normally() -> None:
    d = read("owner_only.pdf")
    assert region(d, "header-left") == region(read("commitment.pdf"), "header-left")


def test_truncated_pdf_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match="truncated"):
        read("truncated.pdf")


def test_too_many_pages() -> None:
    with pytest.raises(TooLarge, match="more than the limit of 1"):
        read("commitment.pdf", settings=Settings(strict=True, max_pages=1))


@pytest.fixture(scope="module")
def long_pdf() -> tuple[Dossier, float]:
    # CPU time of this process: wall time depends on what else the machine runs
    start = time.process_time()
    d = read("long.pdf")
    return d, time.process_time() - start


def test_long_document(long_pdf: tuple[Dossier, float]) -> None:
    d, seconds = long_pdf
    assert len(d.pages) == 22
    assert len(region(d, "header-left")) == 1
    assert region(d, "sign-right") == [
        "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)\nNguyễn Văn Hùng"
    ]
    headings = [b.text for b in d.blocks if b.style == "bold"]
    assert headings == [f"Phần {i}. Kết quả thực hiện" for i in range(1, 21)]
    assert not d.problems
    # Measured ~21 pages/s; the bar is low so a slow CI machine does not flake.
    assert len(d.pages) / seconds > 4


def test_table_split_over_a_page_keeps_its_number(long_pdf: tuple[Dossier, float]) -> None:
    d, _ = long_pdf
    tables = sorted({b.table or 0 for b in d.blocks if b.kind == "cell"})
    assert tables == list(range(20))  # one task table per part, continuations not renumbered
    first = [b for b in d.blocks if b.table == 0]
    assert {b.page for b in first} == {1, 2}
    rows = [b.row or 0 for b in first]
    p1 = [b.row or 0 for b in first if b.page == 1]
    assert min(r for r, b in zip(rows, first, strict=True) if b.page == 2) == max(p1) + 1


def _fixture_constants() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FILES / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_column_article_reads_column_by_column_in_paragraphs() -> None:
    """Side-by-side body columns are not a header even at the top of page 1, and each
    column's wrapped lines merge into the paragraphs that were typeset."""
    article = _fixture_constants().ARTICLE
    d = read("article.pdf")
    assert not [b for b in d.blocks if b.region]
    paras = [b.text for b in d.blocks if b.kind == "paragraph"]
    assert paras == ["CAM LỘ KÝ CAM KẾT THỰC HIỆN NHIỆM VỤ TRỌNG TÂM", *(article * 3)]
