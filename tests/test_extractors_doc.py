"""Binary Word (.doc) through LibreOffice, and the ways a conversion fails.

The failing soffice binaries below are tiny shell scripts swapped in through settings:
fakes that only inject failure; the conversion itself is tested with the real soffice.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest

from extractors import FORMATS, detect
from pipeline.document import Dossier, Source
from pipeline.errors import ConversionFailed, EncryptedFile, Timeout, UnsupportedFormat
from pipeline.settings import Settings

FILES = Path(__file__).parent / "files"
DOC = FORMATS.get("doc")
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice")


def read(path: Path, settings: Settings | None = None) -> Dossier:
    data = path.read_bytes()
    d = Dossier(Source(str(path), hashlib.sha256(data).hexdigest(), len(data)))
    DOC.extract(path, d, settings or Settings(strict=True))
    return d


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point tempfile at an empty folder so a test can see what a conversion leaves."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def fake_soffice(tmp_path: Path, body: str) -> str:
    exe = tmp_path / "soffice"
    exe.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    exe.chmod(0o755)
    return str(exe)


@pytest.mark.slow
@needs_soffice
def test_doc_converts_and_reads_like_the_docx(private_tmp: Path) -> None:
    d = read(FILES / "commitment.doc")
    docx = FORMATS.get("docx")
    ref = Dossier(Source("commitment.docx", "", 0))
    docx.extract(FILES / "commitment.docx", ref, Settings(strict=True))
    assert [(b.kind, b.region, b.table, b.row, b.col, b.page, b.text) for b in d.blocks] == [
        (b.kind, b.region, b.table, b.row, b.col, b.page, b.text) for b in ref.blocks
    ]
    assert list(private_tmp.iterdir()) == []  # the temp dir and its profile are gone


def test_missing_soffice_is_a_conversion_failure_with_a_hint() -> None:
    with pytest.raises(ConversionFailed, match="LibreOffice not found") as info:
        read(FILES / "commitment.doc", Settings(strict=True, soffice="/nonexistent/soffice"))
    assert "CAMKET_SOFFICE" in (info.value.hint or "")


def test_soffice_error_is_reported_in_one_line(tmp_path: Path) -> None:
    exe = fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")
    with pytest.raises(ConversionFailed, match="could not be loaded") as info:
        read(FILES / "commitment.doc", Settings(strict=True, soffice=exe))
    assert "\n" not in info.value.message


def test_soffice_that_writes_nothing_fails(tmp_path: Path) -> None:
    exe = fake_soffice(tmp_path, "exit 0")
    with pytest.raises(ConversionFailed):
        read(FILES / "commitment.doc", Settings(strict=True, soffice=exe))


def test_hanging_soffice_times_out_and_is_killed(tmp_path: Path, private_tmp: Path) -> None:
    pidfile = tmp_path / "pid"
    # The child sleeps in the background like soffice.bin under its launcher script.
    exe = fake_soffice(tmp_path, f"sleep 30 & echo $! > {pidfile}; wait")
    with pytest.raises(Timeout, match="within 0.5s"):
        read(FILES / "commitment.doc", Settings(strict=True, soffice=exe, convert_timeout=0.5))
    child = int(pidfile.read_text())
    assert not Path(f"/proc/{child}").exists() or "Z" in _state(child)
    assert list(private_tmp.iterdir()) == []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return "Z"


def _with_stream_renamed(tmp_path: Path, old: str, new: str) -> Path:
    """commitment.doc with one OLE2 directory entry's name overwritten (same 64-byte slot)."""
    data = (FILES / "commitment.doc").read_bytes()
    old_b = old.encode("utf-16-le")
    new_b = new.encode("utf-16-le").ljust(len(old_b), b"\x00")
    assert data.count(old_b) == 1 and len(new_b) <= 62
    path = tmp_path / "renamed.doc"
    path.write_bytes(data.replace(old_b + b"\x00" * (len(new_b) - len(old_b)), new_b))
    return path


def test_ole2_without_word_stream_is_unsupported(tmp_path: Path) -> None:
    path = _with_stream_renamed(tmp_path, "WordDocument", "Workbook")
    with pytest.raises(UnsupportedFormat, match="Excel"):
        detect(path)
    with pytest.raises(UnsupportedFormat, match="WordDocument"):
        read(path)


def test_encrypted_ooxml_in_ole2_is_encrypted(tmp_path: Path) -> None:
    path = _with_stream_renamed(tmp_path, "WordDocument", "EncryptedPackage")
    assert detect(path).name == "doc"
    with pytest.raises(EncryptedFile):
        read(path)
