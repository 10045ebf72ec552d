"""Plain text: encodings (BOM, UTF-8, cp1258 with combining tones, NFD), tables, pages."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

import pytest

from extractors import FORMATS
from extractors.text import decode, looks_cp1258
from pipeline.document import Dossier, Source
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
TEXT = FORMATS.get("text")


def read(path: Path) -> Dossier:
    data = path.read_bytes()
    d = Dossier(Source(str(path), hashlib.sha256(data).hexdigest(), len(data)))
    TEXT.extract(path, d, Settings(strict=True))
    return d


@pytest.mark.parametrize(
    "name", ["text_utf8.txt", "text_utf16.txt", "text_cp1258.txt", "text_nfd.txt"]
)
def test_every_encoding_reads_the_same(name: str) -> None:
    d = read(FILES / name)
    assert [(b.kind, b.page, b.table, b.row, b.col, b.text) for b in d.blocks] == [
        ("paragraph", 1, None, None, None, "HUYỆN ỦY CAM LỘ"),
        ("paragraph", 1, None, None, None, "BẢN CAM KẾT"),
        (
            "paragraph",
            1,
            None,
            None,
            None,
            "Ban Thường vụ Huyện ủy Cam Lộ cam kết thực hiện nhiệm vụ trọng tâm năm 2020.",
        ),
        ("cell", 1, 0, 0, 0, "Nội dung"),
        ("cell", 1, 0, 0, 1, "Thời gian"),
        ("cell", 1, 0, 0, 2, "Người chịu trách nhiệm"),
        ("cell", 1, 0, 1, 0, "Giải phóng mặt bằng"),
        ("cell", 1, 0, 1, 1, "Quý II/2020"),
        ("cell", 1, 0, 1, 2, "Chủ tịch UBND huyện"),
        ("cell", 1, 0, 2, 0, "Thu ngân sách"),
        ("cell", 1, 0, 2, 1, "31/12/2020"),
        ("cell", 1, 0, 2, 2, "Bí thư Huyện ủy"),
        ("paragraph", 2, None, None, None, "Quảng Trị, ngày 10 tháng 01 năm 2020"),
    ]
    assert unicodedata.is_normalized("NFC", d.text)
    assert [p.number for p in d.pages] == [1, 2]
    assert d.source.format is None  # extract() sets it, the extractor leaves source alone


def test_cp1258_fixture_really_uses_combining_tone_marks() -> None:
    raw = (FILES / "text_cp1258.txt").read_bytes()
    assert b"\xec" in raw  # combining acute in cp1258: the case that needs NFC
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == decode(raw)[0]  # type: ignore[index]


VIET = "Bản cam kết thực hiện nhiệm vụ trọng tâm của Huyện ủy Cam Lộ năm 2020"

DECODE = [
    # (case, bytes, expected encoding or None for "not text")
    ("utf-8", VIET.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + VIET.encode("utf-8"), "utf-8-sig"),
    ("utf-16 LE BOM", codecs.BOM_UTF16_LE + VIET.encode("utf-16-le"), "utf-16"),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + VIET.encode("utf-16-be"), "utf-16"),
    ("utf-32 BOM", VIET.encode("utf-32"), "utf-32"),
    ("cp1258 precomposed + combining", (FILES / "text_cp1258.txt").read_bytes(), "cp1258"),
    (
        "western 8-bit falls to charset-normalizer",
        "Café crème, déjà vu, über naïve façade résumé".encode("cp1252"),
        "any",
    ),
    ("control characters", bytes(range(1, 32)) * 20, None),
    ("random bytes", bytes((i * 97 + 13) % 256 for i in range(4096)), None),
]


@pytest.mark.parametrize(("case", "data", "encoding"), DECODE, ids=[c[0] for c in DECODE])
def test_decode(case: str, data: bytes, encoding: str | None) -> None:
    result = decode(data)
    if encoding is None:
        assert result is None
        return
    assert result is not None
    text, enc = result
    if encoding != "any":
        assert enc == encoding
    if encoding.startswith("utf"):
        assert text == VIET
    assert text.strip()


LOOKS_CP1258 = [
    ("tones after vowels", "Bản cam kết thực hiện", True),
    ("plain ascii", "Ban cam ket", False),
]


@pytest.mark.parametrize(
    ("case", "text", "expected"), LOOKS_CP1258, ids=[c[0] for c in LOOKS_CP1258]
)
def test_looks_cp1258(case: str, text: str, expected: bool) -> None:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
            out += (base + "".join(c for c in nfd if c in tones)).encode("cp1258")
    assert looks_cp1258(bytes(out)) is expected


def test_latin1_accents_are_not_mistaken_for_cp1258() -> None:
    # 0xEC is "ì" in cp1252; here it follows consonants, not vowels.
    assert not looks_cp1258("Nìcht ßìnd dìese".encode("cp1252"))


SNIFF = [
    ("utf-8 prose", VIET.encode(), True),
    ("utf-16 with BOM has NUL bytes", VIET.encode("utf-16"), True),
    ("NUL bytes without BOM", b"abc\x00def", False),
    ("RTF is markup", b"{\\rtf1\\ansi Ban cam ket}", False),
    ("utf-8 cut inside a character at 8 KiB", ("ệ" * 3000).encode()[:8191], True),
    ("PDF", (FILES / "commitment.pdf").read_bytes()[:8192], False),
]


@pytest.mark.parametrize(("case", "head", "expected"), SNIFF, ids=[c[0] for c in SNIFF])
def test_sniff(case: str, head: bytes, expected: bool) -> None:
    assert TEXT.sniff(head) is expected


def test_crlf_form_feed_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("Một\r\n\r\nHai\tBa\r\nBốn\tNăm\r\n\r\nSáu\fBảy\r\n".encode())
    d = read(path)
    assert [(b.page, b.kind, b.table, b.row, b.col, b.text) for b in d.blocks] == [
        (1, "paragraph", None, None, None, "Một"),
        (1, "cell", 0, 0, 0, "Hai"),
        (1, "cell", 0, 0, 1, "Ba"),
        (1, "cell", 0, 1, 0, "Bốn"),
        (1, "cell", 0, 1, 1, "Năm"),
        (1, "paragraph", None, None, None, "Sáu"),
        (2, "paragraph", None, None, None, "Bảy"),
    ]
    assert d.text.split("\n")[1:3] == ["Hai\tBa", "Bốn\tNăm"]
