"""Throughput of the reading pipeline: pages per second and the share of time per stage.

Reads every document under the given folders (default: samples/ and bench/labelled/),
`--repeat` times, with one `Reader` (models load once per process, as in a batch; the load
time is reported apart). No store is written: this measures extraction + NLP.

Usage:  python bench/throughput.py [FOLDER ...] [--repeat N]
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
    args = ap.parse_args()

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


if __name__ == "__main__":
    main()
