"""Failure injection for the batch tests: formats that hang, crash or eat memory.

Swapped in through the format registry inside each worker (spawned workers do not see a
registry changed in the test process), via the executor's reader factory. They sniff a
magic line no real document starts with, so real files still go to the real extractors.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from pipeline.document import Dossier
from pipeline.settings import Settings

HANG = b"CAMKET-TEST-HANG\n"
CRASH = b"CAMKET-TEST-SEGV\n"
EAT = b"CAMKET-TEST-EAT\n"


class _Fake:
    priority = 1000

    def __init__(self, name: str, magic: bytes) -> None:
        self.name, self.magic = name, magic

    def sniff(self, head: bytes) -> bool:
        return head.startswith(self.magic)

    def extract(self, path: Path, dossier: Dossier, settings: Settings) -> None:
        if self.magic == HANG:
            time.sleep(3600)
        elif self.magic == CRASH:
            os.kill(os.getpid(), signal.SIGSEGV)
        else:
            hog = []
            while True:  # 64 MiB at a time until the address-space limit says no
                hog.append(bytearray(64 * 1024 * 1024))


def fake_reader(settings: Settings) -> object:
    import extractors
    from pipeline.run import Reader

    for name, magic in (("test-hang", HANG), ("test-crash", CRASH), ("test-eat", EAT)):
        if name not in extractors.FORMATS:
            extractors.FORMATS.add(name, _Fake(name, magic))
    return Reader(settings)
