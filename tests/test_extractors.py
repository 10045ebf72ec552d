"""The format layer as a whole: registry, routing by content, errors, no writes."""

from __future__ import annotations

import ast
import hashlib
import shutil
from pathlib import Path

import pytest

import extractors
from extractors import FORMATS, detect, extract
from pipeline.document import Dossier, Source
from pipeline.errors import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    InputError,
    TooLarge,
    UnsupportedFormat,
)
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
PACKAGE = Path(extractors.__file__).parent


def dossier_for(path: Path) -> Dossier:
    data = path.read_bytes()
    return Dossier(Source(str(path), hashlib.sha256(data).hexdigest(), len(data)))


def run(name: str, settings: Settings | None = None) -> Dossier:
    path = FILES / name
    d = dossier_for(path)
    extract(path, d, settings or Settings(strict=True))
    return d


def test_every_format_module_registers() -> None:
    assert sorted(FORMATS.names()) == ["doc", "docx", "image", "pdf", "text"]
    for name, ex in FORMATS.items():
        assert ex.name == name
        assert isinstance(ex.priority, int)


# One real sample per format: adding a format without a sample file fails here.
SAMPLES = {
    "pdf": "commitment.pdf",
    "docx": "commitment.docx",
    "doc": "commitment.doc",
    "text": "text_utf8.txt",
    "image": "scan_page1.png",
}


def test_every_format_has_a_sample_file() -> None:
    assert set(FORMATS.names()) == set(SAMPLES)
    for fmt, name in SAMPLES.items():
        assert detect(FILES / name).name == fmt
        assert run(name).blocks


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("commitment.pdf", "pdf"),
        ("commitment.docx", "docx"),
        ("commitment.doc", "doc"),
        ("text_utf8.txt", "text"),
        ("text_utf16.txt", "text"),
        ("text_cp1258.txt", "text"),
        ("pdf_named.docx", "pdf"),  # by content, not by name
        ("encrypted.pdf", "pdf"),
        ("truncated.pdf", "pdf"),
        ("truncated.docx", "docx"),  # a ZIP that cannot be listed is reported as corrupt
        ("scanned.pdf", "pdf"),
        ("image.pdf", "image"),  # a PNG named .pdf is read as the image it is
    ],
)
def test_detect_routes_by_content(name: str, fmt: str) -> None:
    assert detect(FILES / name).name == fmt


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("empty.pdf", EmptyFile, "empty file (0 bytes)"),
        ("junk.bin", UnsupportedFormat, "unsupported format: binary data"),
        ("notword.docx", UnsupportedFormat, "ZIP archive without word/document.xml"),
    ],
)
def test_detect_refuses_what_it_cannot_read(
    name: str, error: type[InputError], message: str
) -> None:
    with pytest.raises(error) as info:
        detect(FILES / name)
    assert message in info.value.message
    assert "\n" not in info.value.message


def test_detect_names_images_it_does_not_read(tmp_path: Path) -> None:
    gif = tmp_path / "scan.pdf"
    gif.write_bytes(b"GIF89a" + bytes(200))
    with pytest.raises(UnsupportedFormat, match="unsupported format: GIF image"):
        detect(gif)


def test_detect_names_binary_data_without_nul_bytes(tmp_path: Path) -> None:
    junk = tmp_path / "x.txt"
    junk.write_bytes(bytes(range(1, 32)) * 40)  # control characters, no NUL
    with pytest.raises(UnsupportedFormat, match="binary data"):
        detect(junk)


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("encrypted.pdf", EncryptedFile),
        ("truncated.pdf", CorruptFile),
        ("truncated.docx", CorruptFile),
        ("empty.pdf", EmptyFile),
        ("junk.bin", UnsupportedFormat),
        ("notword.docx", UnsupportedFormat),
    ],
)
def test_input_errors_are_one_line_and_leave_no_blocks(name: str, error: type[InputError]) -> None:
    path = FILES / name
    d = dossier_for(path)
    with pytest.raises(error) as info:
        extract(path, d, Settings(strict=True))
    assert isinstance(info.value, InputError)
    assert info.value.message and "\n" not in info.value.message
    assert d.blocks == []


def test_encrypted_error_carries_the_qpdf_hint() -> None:
    with pytest.raises(EncryptedFile) as info:
        run("encrypted.pdf")
    assert "qpdf --decrypt" in (info.value.hint or "")


def test_extract_sets_source_format_and_leaves_the_rest_of_source() -> None:
    d = run("pdf_named.docx")
    assert d.source.format == "pdf"
    assert d.source.path.endswith("pdf_named.docx")


def test_text_with_no_words_is_empty(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n \n", encoding="utf-8")
    with pytest.raises(EmptyFile):
        extract(blank, dossier_for(blank), Settings(strict=True))


def test_max_pages_and_max_bytes() -> None:
    with pytest.raises(TooLarge, match="22 pages"):
        run("long.pdf", Settings(strict=True, max_pages=10))
    with pytest.raises(TooLarge):
        run("commitment.docx", Settings(strict=True, max_bytes=1000))
    with pytest.raises(TooLarge):
        run("features.docx", Settings(strict=True, max_pages=2))  # three pages by breaks


@pytest.mark.parametrize(
    "name",
    [
        "commitment.pdf",
        "commitment.docx",
        "commitment.doc",
        "text_cp1258.txt",
        "features.docx",
        "scanned.pdf",
    ],
)
def test_originals_are_untouched_and_nothing_is_written_beside_them(
    name: str, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / name
    shutil.copy(FILES / name, path)
    before = path.read_bytes()
    extract(path, dossier_for(path), Settings(strict=True))
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [name]


@pytest.mark.parametrize("name", ["commitment.pdf", "commitment.docx", "text_utf8.txt"])
def test_blocks_lie_on_one_character_axis(name: str) -> None:
    d = run(name)
    assert d.blocks
    for b in d.blocks:
        assert d.text[b.start : b.end] == b.text
        assert b.page >= 1 and b.page <= len(d.pages)
    assert [p.number for p in d.pages] == list(range(1, len(d.pages) + 1))


def test_cells_of_a_row_read_as_one_tab_separated_line() -> None:
    d = run("commitment.docx")
    lines = d.text.split("\n")
    assert "STT\tNội dung cam kết\tThời gian hoàn thành\tSản phẩm\tNgười chịu trách nhiệm" in lines


def test_layering_extractors_import_only_pipeline_basics() -> None:
    allowed = {"pipeline.document", "pipeline.errors", "pipeline.registry", "pipeline.settings"}
    for module in PACKAGE.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                top = n.split(".")[0]
                if top in ("pipeline", "nlp", "store", "bench"):
                    assert n in allowed, f"{module.name} imports {n}"


def test_heavy_libraries_are_imported_lazily() -> None:
    for module in PACKAGE.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in top_level:
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            for n in names:
                assert n.split(".")[0] not in (
                    "pdfplumber",
                    "pypdfium2",
                    "docx",
                    "charset_normalizer",
                    "lxml",
                ), module.name


def test_block_kinds_are_the_documented_ones() -> None:
    for name in ("commitment.pdf", "features.docx", "text_utf8.txt"):
        assert {b.kind for b in run(name).blocks} <= {"paragraph", "cell", "line"}
