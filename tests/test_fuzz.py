"""Fuzz a real batch with mutated samples: byte flips, truncations, zip member swaps.

1,000+ inputs through the isolated worker pool: the batch must not crash, every input
must be accounted for (one row per path), the untouched samples must load exactly as
they do alone, and the parent's memory must not grow with the number of documents.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from pipeline import run
from pipeline.executors import PoolExecutor
from pipeline.settings import Settings
from store.db import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
N_INPUTS = 1000


def _flip(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 24)):
        i = rnd.randrange(len(b))
        b[i] ^= 1 << rnd.randrange(8)
    return bytes(b)


def _truncate(data: bytes, rnd: random.Random) -> bytes:
    return data[: rnd.randrange(len(data))]


def _swap_members(data: bytes, rnd: random.Random) -> bytes:
    """Swap two members' contents, drop one, or fill one with junk (a DOCX stays a ZIP)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    names = [n for n, _ in members]
    how = rnd.choice(["swap", "drop", "junk"])
    a, b = rnd.sample(range(len(members)), 2)
    if how == "swap":
        members[a], members[b] = (names[a], members[b][1]), (names[b], members[a][1])
    elif how == "drop":
        del members[a]
    else:
        members[a] = (names[a], rnd.randbytes(rnd.randint(0, 2048)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, d in members:
            zout.writestr(n, d)
    return out.getvalue()


def _corpus(dst: Path, n: int, seed: int = 6) -> list[Path]:
    rnd = random.Random(seed)
    goods = sorted(p for p in SAMPLES.iterdir()
                   if p.suffix in (".pdf", ".docx", ".txt") and not p.name.endswith(".gold.json")
                   and p.stat().st_size > 0)
    made = []
    for i in range(n):
        src = rnd.choice(goods)
        data = src.read_bytes()
        ops = [_flip, _truncate] + ([_swap_members] if data[:2] == b"PK" else [])
        try:
            data = rnd.choice(ops)(data, rnd)
        except (zipfile.BadZipFile, ValueError):
            data = _flip(data, rnd)
        f = dst / f"{i:04d}-{src.name}"
        f.write_bytes(data)
        made.append(f)
    return made


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        import os

        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
def test_fuzzed_batch(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from store.schema import DocumentPathRow, DocumentRow

    fuzz = tmp_path / "fuzz"
    fuzz.mkdir()
    files = _corpus(fuzz, N_INPUTS)
    good = tmp_path / "good"
    good.mkdir()
    for p in SAMPLES.glob("20*.*"):
        if not p.name.endswith(".gold.json"):
            (good / p.name).write_bytes(p.read_bytes())
    url = f"sqlite:///{tmp_path / 'camket.db'}"
    settings = Settings(db=url, timeout=20.0, memory_mb=512)
    st = open_store(url)
    ex = PoolExecutor(settings, 2)
    rss0 = _rss_mb()
    try:
        summary = run.ingest([fuzz, good], st, settings, executor=ex)
    finally:
        ex.close()
    grew = _rss_mb() - rss0
    n_good = len(list(good.iterdir()))
    assert sum(summary.counts.values()) == N_INPUTS + n_good
    with st.session() as s:
        paths = set(s.scalars(select(DocumentPathRow.path)))
        statuses = dict(s.execute(select(DocumentRow.status, func.count())
                                  .group_by(DocumentRow.status)).all())
        good_rows = s.execute(select(DocumentRow.basename, DocumentRow.status)
                              .join(DocumentPathRow)
                              .where(DocumentPathRow.path.like(f"{good}%"))).all()
    st.close()
    assert {str(f) for f in files} <= paths  # every input accounted for
    assert len(good_rows) == n_good and all(status == "ok" for _, status in good_rows), good_rows
    assert statuses.get("failed", 0) > 0  # the mutations did bite
    assert grew < 150, f"parent grew by {grew:.0f} MB over {N_INPUTS} documents"


def test_corpus_is_deterministic_and_mutated(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    fa, fb = _corpus(a, 20), _corpus(b, 20)
    assert [f.read_bytes() for f in fa] == [f.read_bytes() for f in fb]
    originals = {p.read_bytes() for p in SAMPLES.iterdir() if p.is_file()}
    assert sum(f.read_bytes() in originals for f in fa) <= 2
