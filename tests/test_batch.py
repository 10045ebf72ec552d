"""Batches: isolation limits, the pool against in-process reading, resume after SIGKILL,
--retry-failed, resumable --reprocess, the progress line."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.fault import _core, make_corpus, snapshot
from pipeline import run
from pipeline.executors import InlineExecutor, Job, PoolExecutor
from pipeline.isolate import read_isolated
from pipeline.progress import Progress
from pipeline.settings import Settings
from store.db import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HOSTILE = Path(__file__).parent / "hostile"


class _Misbehaves:
    """A reader that fails in one chosen way: the failure injection for isolate.py."""

    def __init__(self, how: str) -> None:
        self.how = how

    def read(self, path: Path, sha256: str | None = None, size: int | None = None) -> object:
        if self.how == "hang":
            time.sleep(3600)
        if self.how == "exit":
            os._exit(3)
        if self.how == "segv":
            os.kill(os.getpid(), signal.SIGSEGV)
        if self.how == "memory":
            hog = [bytearray(32 * 2**20) for _ in range(100)]
            return hog
        raise AssertionError(self.how)


@pytest.mark.parametrize(
    ("how", "code"),
    [("hang", "timeout"), ("exit", "crashed"), ("segv", "crashed"), ("memory", "memory")],
)
def test_isolated_read_turns_misbehaviour_into_a_reason(how: str, code: str, tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("x")
    t0 = time.monotonic()
    d = read_isolated(_Misbehaves(how), f, "0" * 64, 1, Settings(timeout=2.0, memory_mb=256))
    assert (d.status, d.problems[0].code) == ("failed", code), d.problems
    assert time.monotonic() - t0 < 30


def _hang_in_child(path: str) -> None:
    read_isolated(_Misbehaves("hang"), Path(path), "0" * 64, 1, Settings(timeout=600))


def test_a_killed_worker_takes_its_child_along(tmp_path: Path) -> None:
    """SIGKILL a process waiting on an isolated child: the child must not live on."""
    import multiprocessing

    f = tmp_path / "x.txt"
    f.write_text("x")
    w = multiprocessing.get_context("fork").Process(target=_hang_in_child, args=(str(f),))
    w.start()
    children = Path(f"/proc/{w.pid}/task/{w.pid}/children")
    deadline = time.monotonic() + 30
    kids: list[int] = []
    while not kids and time.monotonic() < deadline:
        kids = [int(x) for x in children.read_text().split()]
        time.sleep(0.02)
    assert kids, "no isolated child started"
    os.kill(w.pid, signal.SIGKILL)
    w.join()
    deadline = time.monotonic() + 10
    while Path(f"/proc/{kids[0]}").exists() and time.monotonic() < deadline:
        try:  # reap it if it is ours; else wait for the kernel
            os.waitpid(kids[0], os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.05)
    alive = Path(f"/proc/{kids[0]}").exists()
    if alive:  # do not leave it hanging for the rest of the run
        os.kill(kids[0], signal.SIGKILL)
    assert not alive


def test_isolated_read_returns_the_real_dossier() -> None:
    reader = run.Reader(Settings())
    f = SAMPLES / "2021-hu-camlo-camket.docx"
    sha, size = run.sha256_file(f)
    inline = reader.read(f, sha, size)
    isolated = read_isolated(reader, f, sha, size, Settings())
    inline.timings.clear()
    isolated.timings.clear()
    assert isolated.to_dict() == inline.to_dict()


@pytest.mark.slow
def test_pool_stores_what_in_process_reading_stores(tmp_path: Path) -> None:
    settings = Settings()
    urls = []
    for name, make in (("inline", lambda: InlineExecutor(run.Reader(settings))),
                       ("pool", lambda: PoolExecutor(settings, 2))):
        url = f"sqlite:///{tmp_path / name}.db"
        st, ex = open_store(url), make()
        try:
            run.ingest([SAMPLES], st, settings, executor=ex)
        finally:
            ex.close()
            st.close()
        urls.append(url)
    a, b = (snapshot(u) for u in urls)
    assert set(a) == set(b)
    assert {k: _core(v) for k, v in a.items()} == {k: _core(v) for k, v in b.items()}


@pytest.mark.slow
def test_pool_starts_the_largest_files_first(tmp_path: Path) -> None:
    # One worker runs jobs in the order the pool submits them, so results arrive in that
    # order: largest first, whatever order the files were found in.
    text = (SAMPLES / "2022-baoqt-baiviet.txt").read_text(encoding="utf-8-sig")
    jobs = []
    for i, copies in enumerate((1, 4, 2, 6, 3)):
        f = tmp_path / f"{i}.txt"
        f.write_text((text + "\n") * copies + f"{i}\n", encoding="utf-8")
        jobs.append(Job(f, *run.sha256_file(f)))
    ex = PoolExecutor(Settings(), 1)
    try:
        done = [job for job, d in ex.map(jobs) if d.status != "failed"]
    finally:
        ex.close()
    assert [j.path.name for j in done] == [j.path.name for j in sorted(jobs, key=lambda j: -j.size)]


def _cli(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "--db", url, "ingest", "--no-progress", *args]


def _count(url: str, sql: str) -> int:
    import sqlite3

    path = url.removeprefix("sqlite:///")
    if not Path(path).exists():
        return 0
    with sqlite3.connect(path, timeout=30) as c:
        try:
            return int(c.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # tables not created yet
            return 0


@pytest.mark.slow
def test_sigkill_then_same_command_finishes_the_batch(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus", 40)
    url = f"sqlite:///{tmp_path / 'camket.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = _cli(url, "--workers", "2", str(tmp_path / "corpus"))
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=True,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(url, "select count(*) from documents") < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(url, "select count(*) from documents")
    assert 0 < stored < len(files), "kill the run mid-batch"
    assert _count(url, "select count(*) from batches where finished_at is null") == 1
    again = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    assert "already ingested" in again.stderr
    assert _count(url, "select count(*) from batches") == 1  # resumed, not a second batch
    assert _count(url, "select count(*) from batches where finished_at is null") == 0
    assert _count(url, "select count(*) from document_paths") == len(files)
    assert _count(url, "select count(distinct path) from document_paths") == len(files)
    assert _count(url, "select count(*) from documents") == len({f.read_bytes() for f in files})
    # no half-written document: every stored document that has text has its pages too
    assert _count(url, "select count(*) from documents where status != 'failed' and "
                       "(pages_json = '{}' or text = '')") == 0


def test_retry_failed_reads_failed_files_again(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    f = tmp_path / "long.pdf"
    f.write_bytes((HOSTILE / "pages2000.pdf").read_bytes())
    url = f"sqlite:///{tmp_path / 'c.db'}"
    r = CliRunner().invoke(cli, ["--db", url, "ingest", "--no-progress", "--workers", "0",
                                 "--max-pages", "100", str(tmp_path)])
    assert r.exit_code == 1 and "too_large" in r.stderr
    r = CliRunner().invoke(cli, ["--db", url, "ingest", "--no-progress", "--workers", "0",
                                 "--retry-failed"])
    assert r.stderr.strip().splitlines()[-1].startswith("1 files, ")
    assert _count(url, "select count(*) from documents") == 1
    assert _count(url, "select count(*) from documents where status = 'failed'") == 0


def test_reprocess_resumes_its_batch(tmp_path: Path) -> None:
    from sqlalchemy import select, update

    from store.schema import DocumentRow

    url = f"sqlite:///{tmp_path / 'c.db'}"
    settings = Settings(workers=0)
    st = open_store(url)
    run.ingest([SAMPLES], st, settings)
    batch_id, resumed = run.open_batch(st, {"command": "reprocess", "since_version": None})
    assert not resumed
    with st.writing() as s:  # as if a killed reprocess had done the first document
        first = s.scalar(select(DocumentRow.id).where(DocumentRow.status == "ok").limit(1))
        s.execute(update(DocumentRow).where(DocumentRow.id == first).values(batch_id=batch_id))
    summary = run.reprocess(st, settings)
    with st.session() as s:
        batch_ids = set(s.scalars(select(DocumentRow.batch_id)
                                  .where(DocumentRow.status != "failed")))
    st.close()
    assert summary.counts["processed"] + summary.counts["partial"] > 0
    assert batch_ids == {batch_id}  # one batch covers them all, the first was not redone
    assert summary.counts["skipped"] >= 1


def test_progress_line_has_rate_and_eta() -> None:
    buf = io.StringIO()
    p = Progress(4, buf, every=0)
    p.update()
    p.update()
    line = p.line()
    assert "2/4" in line and "50%" in line and "files/s" in line and "ETA" in line
    p.close()
    assert buf.getvalue().endswith("\n")


@pytest.mark.parametrize(
    ("env", "workers"),
    [({"CAMKET_WORKERS": "3"}, 3), ({"CAMKET_WORKERS": "0"}, 0), ({}, None)],
)
def test_worker_count_from_env(env: dict[str, str], workers: int | None) -> None:
    s = Settings.from_env(env)
    assert s.workers == workers
    assert s.worker_count() == (workers if workers is not None else len(os.sched_getaffinity(0)))
