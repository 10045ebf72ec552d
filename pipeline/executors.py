"""Where files are read: in this process, or in a pool of worker processes.

An executor turns a stream of `Job`s into a stream of `(Job, Dossier)` in completion
order. It only reads; the caller is the one writer of the store. Jobs are pulled lazily
and at most `2 × workers` are in flight, so a batch of any size holds a bounded number
of dossiers in memory.

The pool reads up to `LOOKAHEAD` jobs ahead and starts the largest first: a 30-page scan
taken last would leave every other worker idle while one core finishes it, so the long
jobs go early and the short ones fill the gaps at the end. Bytes stand for work (a scan's
size grows with its pages); the order of results never mattered to the store.

In the pool every worker builds its `Reader` once (the NLP stages load in ~1 s) and
reads each file in a forked child with the limits of pipeline/isolate.py, so a hostile
file costs a failed row, never a worker.
"""

from __future__ import annotations

import gc
import heapq
import logging
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pipeline.document import Dossier
from pipeline.isolate import ReadFn, die_with_parent, failed, read_isolated
from pipeline.settings import Settings

log = logging.getLogger(__name__)

LOOKAHEAD = 64  # jobs held back to pick the largest from; Jobs are a path and two numbers

# Threads per OCR/BLAS call inside a worker: N workers × all cores each would oversubscribe.
THREAD_ENV = {"OMP_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    size: int


class Executor(Protocol):
    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Dossier]]: ...

    def close(self) -> None: ...


ReaderFactory = Callable[[Settings], ReadFn]


def default_reader(settings: Settings) -> ReadFn:
    from pipeline.run import Reader  # run imports this module

    return Reader(settings)


class InlineExecutor:
    """Reads in the calling process, without isolation: one-file runs, `--workers 0`,
    strict mode (an error must reach the caller) and tests that inject a fake reader."""

    def __init__(self, reader: ReadFn) -> None:
        self.reader = reader

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Dossier]]:
        for job in jobs:
            yield job, self.reader.read(job.path, job.sha256, job.size)

    def close(self) -> None:
        pass


# -- the pool -------------------------------------------------------------------------

_reader: ReadFn | None = None
_settings: Settings | None = None


def _init_worker(settings: Settings, factory: ReaderFactory) -> None:
    global _reader, _settings
    die_with_parent()  # a SIGKILLed batch leaves no orphan workers
    os.environ.update(THREAD_ENV)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent shuts the pool down
    _settings = settings
    _reader = factory(settings)
    _warm(_reader)
    # Move everything loaded so far out of the collector's sight: otherwise the first GC
    # pass in each forked child writes to every object's header and copies the worker's
    # whole heap page by page (copy-on-write), which is what stops two workers scaling.
    gc.freeze()


# Read once in the worker so that models the stages load lazily on first use are loaded
# before the forks: otherwise every isolated child would load them again, and lose them.
_WARM_TEXT = """ĐẢNG BỘ TỈNH QUẢNG TRỊ
BAN THƯỜNG VỤ HUYỆN ỦY CAM LỘ
Số 01-CK/HU                                Cam Lộ, ngày 10 tháng 01 năm 2021
BẢN CAM KẾT
thực hiện nhiệm vụ năm 2021
1. Hoàn thành kế hoạch phát triển kinh tế trước ngày 30/6/2021.
2. Chỉ đạo xây dựng nông thôn mới, hoàn thành trong Quý IV/2021.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn An
"""


# Libraries the extractors import lazily (so that `camket --help` is instant); a worker
# imports them once, or each forked child would pay for the import again.
_LAZY_IMPORTS = ("pdfplumber", "pypdfium2", "docx", "lxml.etree", "charset_normalizer",
                 # Pillow registers its file formats on first open: scans would pay per file.
                 "PIL.TiffImagePlugin", "PIL.JpegImagePlugin", "PIL.PngImagePlugin",
                 "PIL.PpmImagePlugin", "PIL.ImageSequence")


def _warm(reader: ReadFn) -> None:
    import importlib
    import tempfile

    for name in _LAZY_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    try:
        with tempfile.TemporaryDirectory(prefix="camket-warm-") as tmp:
            f = Path(tmp) / "warm.txt"
            f.write_text(_WARM_TEXT, encoding="utf-8")
            reader.read(f)
    except Exception:  # a cold worker is slower, not wrong
        log.debug("warm-up read failed", exc_info=True)


def _read_job(job: Job) -> Dossier:
    assert _reader is not None and _settings is not None, "worker not initialised"
    return read_isolated(_reader, job.path, job.sha256, job.size, _settings)


class PoolExecutor:
    """`workers` processes, each reading files in isolated children."""

    def __init__(self, settings: Settings, workers: int,
                 factory: ReaderFactory = default_reader, lookahead: int = LOOKAHEAD) -> None:
        import multiprocessing

        self.settings = settings
        self.workers = max(1, workers)
        self.window = 2 * self.workers
        self.lookahead = max(1, lookahead)  # 1: jobs start in the order given
        self._factory = factory
        # spawn, not fork: the parent holds database connections and maybe threads.
        self._ctx = multiprocessing.get_context("spawn")
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self._ctx, initializer=_init_worker,
                                   initargs=(self.settings, self._factory))

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Dossier]]:
        it = iter(jobs)
        pending: dict[Future[Dossier], Job] = {}
        retried: set[Job] = set()
        ahead: list[tuple[int, int, Job]] = []  # heap: (-size, arrival, job)
        arrived = 0
        exhausted = False
        while True:
            while not exhausted and len(ahead) < self.lookahead:
                job = next(it, None)
                if job is None:
                    exhausted = True
                else:
                    heapq.heappush(ahead, (-job.size, arrived, job))
                    arrived += 1
            while ahead and len(pending) < self.window:
                job = heapq.heappop(ahead)[2]
                pending[self._pool.submit(_read_job, job)] = job
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken: list[Job] = []
            for fut in done:
                job = pending.pop(fut)
                try:
                    yield job, fut.result()
                except BrokenProcessPool:
                    broken.append(job)
            if broken:
                # A worker itself died (killed from outside, or the OOM killer took it, not
                # the isolated child): every job in flight is lost with the pool. Each gets
                # one more try; a job that breaks the pool twice is recorded as crashed.
                broken += list(pending.values())
                pending.clear()
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()
                for job in broken:
                    if job in retried:
                        yield job, failed(job.path, job.sha256, job.size, "crashed",
                                          "a worker process died twice while reading this file")
                    else:
                        retried.add(job)
                        pending[self._pool.submit(_read_job, job)] = job

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_executor(settings: Settings, reader: ReadFn | None = None,
                  factory: ReaderFactory | None = None) -> Executor:
    """The executor for a run: inline for `reader` given, strict mode or 0 workers."""
    n = settings.worker_count()
    if reader is not None or settings.strict or n == 0:
        return InlineExecutor(reader or (factory or default_reader)(settings))
    return PoolExecutor(settings, n, factory or default_reader)

