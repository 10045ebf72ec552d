"""Hostile files through a real batch: isolated workers, real extractors, real limits.

The corpus in tests/hostile/ is made by tests/hostile/make.py. Every file must come out
as one row with the expected reason, the good document beside them must load unharmed,
and nothing may be written outside the working folders whatever names an archive holds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import run
from pipeline.executors import PoolExecutor
from pipeline.settings import Settings
from store.db import open_store
from store.schema import DocumentPathRow, DocumentRow
from tests import batch_fakes

HOSTILE = Path(__file__).parent / "hostile"
GOOD = Path(__file__).parent / "files" / "commitment.docx"

# file → (status, error code); None code: the file is read (ok or partial)
EXPECTED = {
    "empty.pdf": ("failed", "empty"),
    "truncated.pdf": ("failed", "corrupt"),
    "encrypted.pdf": ("failed", "encrypted"),
    "zipbomb.docx": ("failed", "too_large"),
    "entitybomb.docx": ("failed", "corrupt"),
    "pixelbomb.png": ("failed", "too_large"),  # read by OCR now: the pixel guard refuses it
    "loop.pdf": ("failed", "corrupt"),
    "junk.bin": ("failed", "unsupported"),
    "zipslip.docx": ("failed", "corrupt"),
    "manymembers.docx": ("ok", None),
    "pixelbomb.docx": ("ok", None),
    "docx_named.pdf": ("ok", None),
    "pages2000.pdf": (None, None),  # read within the default limit of 2,000 pages
    "hang.txt": ("failed", "timeout"),
    "crash.txt": ("failed", "crashed"),
    "eat.txt": ("failed", "memory"),
}


def _rows(url: str) -> dict[str, tuple[str, str | None]]:
    from sqlalchemy import select

    st = open_store(url)
    try:
        with st.session() as s:
            rows = s.execute(select(DocumentPathRow.path, DocumentRow.status, DocumentRow.error_code)
                             .join(DocumentRow)).all()
    finally:
        st.close()
    return {Path(p).name: (status, code) for p, status, code in rows}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, run.Summary, Path]:
    work = tmp_path_factory.mktemp("hostile")
    inbox = work / "archive" / "in"
    inbox.mkdir(parents=True)
    for f in HOSTILE.iterdir():
        if f.suffix != ".py":
            shutil.copyfile(f, inbox / f.name)
    (inbox / "hang.txt").write_bytes(batch_fakes.HANG)
    (inbox / "crash.txt").write_bytes(batch_fakes.CRASH)
    (inbox / "eat.txt").write_bytes(batch_fakes.EAT)
    shutil.copyfile(GOOD, inbox / "good.docx")
    url = f"sqlite:///{work / 'camket.db'}"
    settings = Settings(db=url, timeout=15.0, memory_mb=256)
    ex = PoolExecutor(settings, 2, batch_fakes.fake_reader)
    st = open_store(url)
    try:
        summary = run.ingest([inbox], st, settings, executor=ex)
    finally:
        ex.close()
        st.close()
    return _rows(url), summary, work


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_gets_its_reason(batch, name: str) -> None:
    rows, _, _ = batch
    status, code = EXPECTED[name]
    got_status, got_code = rows[name]
    if status is not None:
        assert got_status == status, (name, rows[name])
    if code is not None:
        assert got_code == code, (name, rows[name])


@pytest.mark.slow
def test_hostile_batch_accounts_for_every_file_and_keeps_the_good_one(batch) -> None:
    rows, summary, _ = batch
    assert set(rows) == set(EXPECTED) | {"good.docx"}
    assert rows["good.docx"] == ("ok", None)
    assert sum(summary.counts.values()) == len(EXPECTED) + 1
    assert summary.failed == sum(1 for s, _ in EXPECTED.values() if s == "failed")


@pytest.mark.slow
def test_nothing_written_outside_the_working_folders(batch) -> None:
    _, _, work = batch
    for d in (work, work / "archive", Path("/tmp")):
        assert not (d / "evil.txt").exists()


def test_page_limit_refuses_long_pdf() -> None:
    from pipeline.run import Reader

    d = Reader(Settings(max_pages=1000)).read(HOSTILE / "pages2000.pdf")
    assert (d.status, d.problems[0].code) == ("failed", "too_large")


def test_zip_bomb_past_the_zip_checks_hits_the_memory_limit(tmp_path: Path) -> None:
    """With the ZIP checks switched off, the address-space limit still stops the bomb."""
    from pipeline.isolate import read_isolated
    from pipeline.run import Reader, sha256_file

    loose = Settings(zip_max_ratio=10**9, zip_max_total=10**12, memory_mb=100, timeout=60)
    f = HOSTILE / "zipbomb.docx"
    sha, size = sha256_file(f)
    d = read_isolated(Reader(loose), f, sha, size, loose)
    assert d.status == "failed"
    assert d.problems[0].code in ("memory", "corrupt"), d.problems


@pytest.mark.parametrize(
    ("name", "ok"),
    [("word/document.xml", True), ("customXml/item1.xml", True), ("../evil.txt", False),
     ("word/../../evil.txt", False), ("/etc/passwd", False), ("C:\\\\evil.txt", False),
     ("..\\\\evil.txt", False), ("a\x00b", False), ("word/..x/y.xml", True)],
)
def test_unsafe_member_names(name: str, ok: bool) -> None:
    from extractors.magic import unsafe_name

    assert unsafe_name(name) is not ok


def test_member_count_limit(tmp_path: Path) -> None:
    from pipeline.run import Reader

    d = Reader(Settings(zip_max_members=100)).read(HOSTILE / "manymembers.docx")
    assert (d.status, d.problems[0].code) == ("failed", "too_large")


def test_pillow_decompression_bomb_guard_stays_on() -> None:
    from PIL import Image

    import extractors  # noqa: F401  importing every format must not switch the guard off

    assert Image.MAX_IMAGE_PIXELS is not None
    with pytest.raises(Image.DecompressionBombError):
        Image.open(HOSTILE / "pixelbomb.png").load()

