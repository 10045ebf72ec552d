"""Find the files a batch should read.

Folders are walked recursively in a stable order. Hidden files and folders are skipped, and
a folder may hold a `.camketignore` (gitignore-like globs, one per line) so that gold
files, notes or source material kept beside the documents are not ingested.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

IGNORE_FILE = ".camketignore"


def _patterns(folder: Path) -> list[str]:
    f = folder / IGNORE_FILE
    if not f.is_file():
        return []
    lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _ignored(rel: str, is_dir: bool, patterns: list[tuple[Path, str]], path: Path) -> bool:
    for base, pat in patterns:
        try:
            r = path.relative_to(base).as_posix()
        except ValueError:
            continue
        dir_only = pat.endswith("/")
        p = pat.rstrip("/")
        if dir_only and not is_dir:
            continue
        if fnmatch.fnmatch(r, p) or fnmatch.fnmatch(path.name, p):
            return True
    return False


def discover(paths: list[Path]) -> Iterator[Path]:
    """Yield every candidate file under `paths` (files given directly are always yielded)."""
    for root in paths:
        if root.is_file():
            yield root
            continue
        if not root.is_dir():
            continue
        yield from _walk(root, [])


def _walk(folder: Path, inherited: list[tuple[Path, str]]) -> Iterator[Path]:
    patterns = inherited + [(folder, p) for p in _patterns(folder)]
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        is_dir = e.is_dir(follow_symlinks=False)
        if _ignored(e.name, is_dir, patterns, path):
            continue
        if is_dir:
            yield from _walk(path, patterns)
        elif e.is_file(follow_symlinks=False):
            yield path
