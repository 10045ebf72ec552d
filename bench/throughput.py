"""Throughput of the reading pipeline: pages per second and the share of time per stage.

Reads every document under the given folders (default: samples/ and bench/labelled/),
`--repeat` times, with one `Reader` (models load once per process, as in a batch; the load
time is reported apart). No store is written: this measures extraction + NLP.

With `--workers N [N ...]` the same files are read through the batch's worker pool
(isolated children, pipeline/executors.py) once per worker count, after the pool has
started, and the scaling against the first count is printed: the parallel figure
(`--workers 1 2` on 2 cores: goal ≥ 1.6× for typed documents, ≥ 1.8× for scans).

Usage:  python bench/throughput.py [FOLDER ...] [--repeat N] [--workers N [N ...]]
"""

from __future__ import annotations

import argparse
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
    args = ap.parse_args()
    if args.workers:
        pool(args.folders, args.repeat, args.workers)
        return

    from pipeline.discover import discover
    from pipeline.run import Reader, sha256_file
    from pipeline.settings import Settings

    t0 = time.perf_counter()
    reader = Reader(Settings())
    files = list(discover(args.folders))
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


def pool(folders: list[Path], repeat: int, counts: list[int]) -> None:
    """Documents per second through PoolExecutor for each worker count."""
    from pipeline.discover import discover
    from pipeline.executors import Job, PoolExecutor
    from pipeline.run import sha256_file
    from pipeline.settings import Settings

    files = list(discover(folders))
    jobs = [Job(f, *sha256_file(f)) for f in files] * repeat
    base = None
    print(f"files={len(files)} repeat={repeat} jobs={len(jobs)}")
    for n in counts:
        ex = PoolExecutor(Settings(), n)
        try:
            list(ex.map(jobs[: 2 * n]))  # start the workers and load their models first
            t0 = time.perf_counter()
            results = list(ex.map(jobs))
            wall = time.perf_counter() - t0
        finally:
            ex.close()
        ok = sum(1 for _, d in results if d.status != "failed")
        pages = sum(max(1, len(d.pages)) for _, d in results if d.status != "failed")
        rate = len(jobs) / wall
        base = base or rate
        print(f"--workers {n}: {rate:.1f} documents/s, {pages / wall:.1f} pages/s "
              f"({ok} read, {wall:.2f}s), scaling {rate / base:.2f}x")


if __name__ == "__main__":
    main()
