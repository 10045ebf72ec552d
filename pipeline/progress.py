"""A one-line progress bar for stderr: done/total, percent, files per second and ETA.

Redrawn at most a few times a second so that a fast batch does not spend its time
writing to the terminal; never on stdout.
"""

from __future__ import annotations

import time
from typing import TextIO


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


class Progress:
    def __init__(self, total: int, stream: TextIO, label: str = "ingesting",
                 width: int = 30, every: float = 0.25) -> None:
        self.total, self.stream, self.label = total, stream, label
        self.width, self.every = width, every
        self.done = 0
        self.t0 = time.monotonic()
        self._last = 0.0

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.t0, 1e-9)
        rate = self.done / elapsed
        frac = self.done / self.total if self.total else 1.0
        filled = int(self.width * frac)
        eta = _clock((self.total - self.done) / rate) if rate > 0 else "-:--:--"
        bar = "#" * filled + "-" * (self.width - filled)
        return (f"{self.label} [{bar}] {self.done}/{self.total} {100 * frac:3.0f}% "
                f"{rate:.1f} files/s ETA {eta}")

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self._last >= self.every or self.done >= self.total:
            self._last = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r" + self.line() + "\n")
        self.stream.flush()
