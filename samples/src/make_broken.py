"""Write the broken sample files and their gold: what a real archive also contains.

Each file is derived from a good rendered sample (so run bench/render.py first) or from
fixed bytes, and each gets a gold `{"file", "sha256", "error"}` where `error` is the
code camket must record for it (pipeline.errors: empty | corrupt | encrypted | unsupported).

Usage:  python samples/src/make_broken.py [--out samples]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

GOOD_DOCX = "2020-sgtvt-camket.docx"
GOOD_PDF = "2020-cb-mailoc2-camket.pdf"
USER_PASSWORD = "camket"  # documented in samples/README.md so the file can be decrypted by hand
JUNK_SEED = 20200115  # fixed so junk.docx is the same bytes on every run
JUNK_SIZE = 6000


def empty(out: Path) -> None:
    out.write_bytes(b"")


def truncated(out: Path) -> None:
    # 40% of a zip keeps the local headers but loses the central directory at the end.
    data = (out.parent / GOOD_DOCX).read_bytes()
    out.write_bytes(data[: len(data) * 40 // 100])


def encrypted(out: Path) -> None:
    subprocess.run(
        [
            "qpdf",
            "--encrypt",
            USER_PASSWORD,
            f"{USER_PASSWORD}-owner",
            "256",
            "--",
            str(out.parent / GOOD_PDF),
            str(out),
        ],
        check=True,
        capture_output=True,
    )


def scan_photo(out: Path) -> None:
    # A page "photographed" to PNG and saved under a .pdf name, as scanners' apps do.
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "100",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(out.parent / GOOD_PDF),
                str(prefix),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(f"{prefix}.png", out)


def junk(out: Path) -> None:
    out.write_bytes(random.Random(JUNK_SEED).randbytes(JUNK_SIZE))


BROKEN = {
    "empty.pdf": (empty, "empty"),
    "truncated.docx": (truncated, "corrupt"),
    "encrypted.pdf": (encrypted, "encrypted"),
    "scan-photo.pdf": (scan_photo, "unsupported"),
    "junk.docx": (junk, "unsupported"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent)
    args = ap.parse_args()
    for name, (make, code) in BROKEN.items():
        path = args.out / name
        make(path)
        gold = {
            "file": name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "error": code,
        }
        gold_path = args.out / f"{name}.gold.json"
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(path)


if __name__ == "__main__":
    main()
