"""Throughput of the reading pipeline: pages per second and the share of time per stage.

Reads every document under the given folders (default: samples/ and bench/labelled/),
`--repeat` times, with one `Reader` (models load once per process, as in a batch; the load
time is reported apart). No store is written: this measures extraction + NLP.

With `--workers N [N ...]` the same files are read through the batch's worker pool
(isolated children, pipeline/executors.py) once per worker count, after every worker has
started and loaded its models, and the scaling against the first count is printed: the
parallel figure (`--workers 1 2` on 2 cores: goal ≥ 1.6× for typed documents, ≥ 1.8× for
scans). Each line also gives the CPU seconds the pool spent (user + sys of the workers,
their isolated children and Tesseract), which the load of other processes on the machine
inflates much less than wall time, and the load average before and after.
`--scans` keeps only scan files (PNG, JPEG, TIFF, PDF), e.g. the gold JSON beside a scan
set from bench/scans.py.

With `--stream N` it generates N small distinct text documents, ingests them into a
temporary SQLite store through the pool (`--workers`, default 2) and prints the parent's
peak memory: documents are streamed, so it must stay flat (goal < 300 MB for 10,000).

Usage:  python bench/throughput.py [FOLDER ...] [--repeat N] [--workers N [N ...]]
        python bench/throughput.py out/scans/300 --scans --repeat 1 --workers 1 2
        python bench/throughput.py --stream 10000 [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path,
                    default=[Path("samples"), Path("bench/labelled")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", metavar="N",
                    help="measure the worker pool with these worker counts instead")
    ap.add_argument("--scans", action="store_true",
                    help="only scan files (.png .jpg .jpeg .tif .tiff .pdf)")
    ap.add_argument("--stream", type=int, metavar="N",
                    help="ingest N generated documents and report the parent's peak memory")
    args = ap.parse_args()
    if args.stream:
        stream(args.stream, (args.workers or [2])[0])
        return
    files = _files(args.folders, args.scans)
    if args.workers:
        pool(files, args.repeat, args.workers)
        return

    from pipeline.run import Reader, sha256_file
    from pipeline.settings import Settings

    t0 = time.perf_counter()
    reader = Reader(Settings())
    warm = reader.read(files[0])  # first call loads lazy models (underthesea …)
    load = time.perf_counter() - t0
    del warm

    stage = Counter[str]()
    pages = docs = failed = 0
    t1 = time.perf_counter()
    for _ in range(args.repeat):
        for f in files:
            sha, size = sha256_file(f)
            d = reader.read(f, sha, size)
            if d.status == "failed":
                failed += 1
                continue
            docs += 1
            pages += max(1, len(d.pages))
            stage.update(d.timings)
    wall = time.perf_counter() - t1
    total = sum(stage.values()) or 1.0
    print(f"files={len(files)} repeat={args.repeat} documents={docs} failed={failed} pages={pages}")
    print(f"model load (once per process): {load:.2f}s")
    print(f"throughput: {pages / wall:.1f} pages/s, {docs / wall:.1f} documents/s ({wall:.2f}s)")
    for name, secs in stage.most_common():
        print(f"  {name:10} {secs:7.2f}s  {100 * secs / total:5.1f}%")


SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf")


def _files(folders: list[Path], scans: bool) -> list[Path]:
    from pipeline.discover import discover

    return [f for f in discover(folders) if not scans or f.suffix.lower() in SCAN_SUFFIXES]


def _ready(hold: float) -> int:
    """Runs in a pool worker once its initializer (models, warm-up read) is done."""
    time.sleep(hold)
    return os.getpid()


def _started(ex: object, n: int) -> list[int]:
    """The pids of all `n` workers, once each has loaded its models: a worker answers only
    after its initializer, and each answer holds it a moment so the others get a call."""
    pids: set[int] = set()
    while len(pids) < n:
        futures = [ex._pool.submit(_ready, 0.5) for _ in range(n)]  # type: ignore[attr-defined]
        pids.update(f.result() for f in futures)
    return sorted(pids)


def _cpu(pids: list[int]) -> float:
    """CPU seconds (user + sys) of these processes and of the children they have reaped
    (the isolated readers, which reaped their Tesseract runs)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
    return total / tick


def pool(files: list[Path], repeat: int, counts: list[int]) -> None:
    """Documents and pages per second through PoolExecutor for each worker count."""
    from pipeline.executors import Job, PoolExecutor
    from pipeline.run import sha256_file
    from pipeline.settings import Settings

    jobs = [Job(f, *sha256_file(f)) for f in files] * repeat
    base = None
    print(f"files={len(files)} repeat={repeat} jobs={len(jobs)} cores={os.cpu_count()}")
    for n in counts:
        ex = PoolExecutor(Settings(), n)
        try:
            pids = _started(ex, n)
            load = os.getloadavg()[0]
            cpu0 = _cpu(pids)
            t0 = time.perf_counter()
            results = list(ex.map(jobs))
            wall = time.perf_counter() - t0
            cpu = _cpu(pids) - cpu0
        finally:
            ex.close()
        ok = sum(1 for _, d in results if d.status != "failed")
        pages = sum(max(1, len(d.pages)) for _, d in results if d.status != "failed")
        for job, d in results:
            if d.status == "failed":
                p = d.problems[0] if d.problems else None
                print(f"  failed: {job.path.name}: {p.code if p else '?'}: {p.message if p else ''}")
        rate = len(jobs) / wall
        base = base or rate
        print(f"--workers {n}: {rate:.2f} documents/s, {pages / wall:.2f} pages/s "
              f"({ok} read, {pages} pages, {wall:.1f}s), scaling {rate / base:.2f}x; "
              f"pool CPU {cpu:.1f}s ({cpu / max(1, pages):.2f}s/page); "
              f"load {load:.1f} → {os.getloadavg()[0]:.1f}", flush=True)


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


def stream(n: int, workers: int) -> None:
    import tempfile

    from pipeline import run
    from pipeline.executors import PoolExecutor
    from pipeline.settings import Settings
    from store.db import open_store

    src = Path(__file__).resolve().parents[1] / "samples" / "2022-baoqt-baiviet.txt"
    sample = src.read_text(encoding="utf-8-sig")
    with tempfile.TemporaryDirectory(prefix="camket-stream-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i in range(n):
            (folder / f"{i:06d}.txt").write_text(sample + f"\n{i}\n", encoding="utf-8")
        url = f"sqlite:///{Path(tmp) / 'camket.db'}"
        st = open_store(url)
        ex = PoolExecutor(Settings(db=url), workers)
        marks: list[tuple[int, float]] = []
        done = 0

        def progress(*_: object) -> None:
            nonlocal done
            done += 1
            if done % max(1, n // 10) == 0:
                marks.append((done, _rss_mb()[0]))

        before = _rss_mb()[0]
        t0 = time.perf_counter()
        try:
            summary = run.ingest([folder], st, Settings(db=url), executor=ex, progress=progress)
        finally:
            ex.close()
            st.close()
        wall = time.perf_counter() - t0
    print(summary.line())
    print(f"{n} documents, {workers} workers, {n / wall:.1f} documents/s")
    print("parent RSS (MB) by documents done: "
          + ", ".join(f"{d}: {m:.0f}" for d, m in marks))
    print(f"parent RSS before {before:.0f} MB, peak {_rss_mb()[1]:.0f} MB")


if __name__ == "__main__":
    main()
