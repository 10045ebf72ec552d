"""OCR figures on the scan set (bench/scans.py): character accuracy and speed.

For every scan in out/scans/<dpi>/:
  * character accuracy: 1 − (Levenshtein distance between the dossier text read from the
    scan and the one read from the typed PDF it was rendered from) / (typed length), over
    the whole set, whitespace runs collapsed to one space (line breaks and paragraph joins
    are layout, not characters);
  * seconds per page of the whole pipeline (extractors + NLP, `pipeline.run.Reader.read`)
    next to bare `tesseract IMAGE stdout -l vie` (OMP_THREAD_LIMIT=1) on the same page
    images, in the same run, one after the other;
  * batch speed-up: the same files read by the batch's pool (pipeline.executors) with 1
    and with 2 worker processes, with the pool's CPU seconds and the load average.

Usage:  python bench/ocr.py [SCANS_ROOT] [--dpi 300 200 150] [--limit N] [--no-pool]
        (default root: out/scans; make it with python bench/scans.py)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
SCAN_SUFFIXES = (".png", ".jpg", ".tif", ".pdf")
_WS = re.compile(r"\s+")

_reader = None


def _norm(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip()


def _init() -> None:
    global _reader
    from pipeline.run import Reader
    from pipeline.settings import Settings

    _reader = Reader(Settings())
    _reader.read(ROOT / "tests" / "files" / "commitment.docx")  # load the NLP models now


def _read(path: Path) -> tuple[str, float, int]:
    """(text, seconds, pages) of one file through the whole reader."""
    if _reader is None:
        _init()
    assert _reader is not None
    t = time.perf_counter()
    d = _reader.read(path)
    return d.text, time.perf_counter() - t, len(d.pages)


def page_images(path: Path, tmp: Path) -> list[Path]:
    """The page images bare Tesseract gets: the file itself for one-page PNG/JPEG, TIFF
    frames and PDF pages (rendered at 300 dpi) as PNG."""
    from PIL import Image, ImageSequence

    if path.suffix in (".png", ".jpg"):
        return [path]
    out = []
    if path.suffix == ".tif":
        with Image.open(path) as img:
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                p = tmp / f"{path.stem}-{i}.png"
                frame.convert("RGB").save(p)
                out.append(p)
        return out
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        p = tmp / f"{path.stem}-{i}.png"
        doc[i].render(scale=300 / 72).to_pil().save(p)
        out.append(p)
    doc.close()
    return out


def bare_tesseract(images: list[Path]) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    t = time.perf_counter()
    for img in images:
        subprocess.run(["tesseract", str(img), "stdout", "-l", "vie"], capture_output=True,
                       env=env, check=True)
    return time.perf_counter() - t


def measure(folder: Path, typed: Path, limit: int | None) -> dict[str, float]:
    from rapidfuzz.distance import Levenshtein

    files = sorted(p for p in folder.iterdir() if p.suffix in SCAN_SUFFIXES)[:limit]
    dist = length = 0
    pipe = bare = 0.0
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            twin = typed / f"{f.stem}.pdf"
            text, secs, n = _read(f)
            ref = _norm(_read(twin)[0])
            d = Levenshtein.distance(_norm(text), ref)
            dist += d
            length += len(ref)
            imgs = page_images(f, Path(tmp))
            b = bare_tesseract(imgs)
            pipe += secs
            bare += b
            pages += n
            acc = 1 - d / max(1, len(ref))
            print(f"  {f.name:45} pages={n} acc={acc:.4f} pipeline={secs:.2f}s bare={b:.2f}s",
                  file=sys.stderr)
    return {"files": len(files), "pages": pages, "char_accuracy": 1 - dist / max(1, length),
            "pipeline_s_per_page": pipe / max(1, pages), "bare_s_per_page": bare / max(1, pages)}


def pool_speedup(files: list[Path]) -> tuple[float, float]:
    """Seconds for the files read by the batch's pool (pipeline.executors.PoolExecutor:
    isolated children, largest first) with 1 worker process and with 2, each timed once
    every worker has loaded its models. Prints the pool's CPU seconds beside the time."""
    from bench.throughput import _cpu, _started
    from pipeline.executors import Job, PoolExecutor
    from pipeline.run import sha256_file
    from pipeline.settings import Settings

    jobs = [Job(f, *sha256_file(f)) for f in files]
    times = []
    for workers in (1, 2):
        ex = PoolExecutor(Settings(), workers)
        try:
            pids = _started(ex, workers)
            cpu0, load = _cpu(pids), os.getloadavg()[0]
            t = time.perf_counter()
            for _ in ex.map(jobs):
                pass
            times.append(time.perf_counter() - t)
            print(f"  {workers} worker(s): {times[-1]:.1f}s, pool CPU {_cpu(pids) - cpu0:.1f}s, "
                  f"load {load:.1f} → {os.getloadavg()[0]:.1f}", file=sys.stderr)
        finally:
            ex.close()
    return times[0], times[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?", type=Path, default=ROOT / "out" / "scans")
    ap.add_argument("--dpi", nargs="*", default=["300", "200", "150"])
    ap.add_argument("--limit", type=int, default=None, help="first N files per folder")
    ap.add_argument("--no-pool", action="store_true", help="skip the 1 vs 2 workers run")
    ap.add_argument("--pool-only", action="store_true", help="only the 1 vs 2 workers run")
    args = ap.parse_args()
    typed = args.root / "typed"
    print(f"{'dpi':>5} {'files':>5} {'pages':>5} {'char acc':>9} {'pipeline s/p':>13} "
          f"{'tesseract s/p':>14} {'ratio':>6}")
    for dpi in [] if args.pool_only else args.dpi:
        r = measure(args.root / dpi, typed, args.limit)
        ratio = r["pipeline_s_per_page"] / max(1e-9, r["bare_s_per_page"])
        print(f"{dpi:>5} {r['files']:>5} {r['pages']:>5} {r['char_accuracy']:>9.4f} "
              f"{r['pipeline_s_per_page']:>13.2f} {r['bare_s_per_page']:>14.2f} {ratio:>6.2f}",
              flush=True)
    if not args.no_pool:
        folder = args.root / args.dpi[0]
        files = sorted(p for p in folder.iterdir() if p.suffix in SCAN_SUFFIXES)[: args.limit or 8]
        one, two = pool_speedup(files)
        print(f"batch of {len(files)} files at {args.dpi[0]} dpi: 1 worker {one:.1f}s, "
              f"2 workers {two:.1f}s, speed-up {one / two:.2f}x")


if __name__ == "__main__":
    main()
