"""Read one file in a forked child with a wall-clock timeout and an address-space limit.

The worker that calls `read_isolated` holds the loaded NLP stages; `os.fork` hands the
child a copy-on-write view of them, so isolation costs a few milliseconds per document
instead of a model load. Whatever the file does to the child (hang, blow up memory,
segfault a C parser, `os._exit`), the worker survives and returns a failed `Dossier`
whose problem names the reason: `timeout`, `memory` or `crashed`.

POSIX only (fork, setrlimit); on other systems the file is read in-process.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import struct
import time
from pathlib import Path
from typing import Protocol

from pipeline.document import Dossier, Problem, Source
from pipeline.settings import PIPELINE_VERSION, Settings

log = logging.getLogger(__name__)

_MEMORY_EXIT = 87  # the child's exit status when even reporting MemoryError failed
_LEN = struct.Struct("!Q")


class ReadFn(Protocol):
    def read(self, path: Path, sha256: str | None = None, size: int | None = None) -> Dossier: ...


def failed(path: Path, sha256: str, size: int, code: str, message: str) -> Dossier:
    """A failed dossier for a file the child could not finish."""
    d = Dossier(Source(str(path), sha256, size), pipeline_version=PIPELINE_VERSION)
    d.problems.append(Problem("extract", code, message))
    d.status = "failed"
    return d


def _mapped_bytes() -> int:
    """The address space this process already maps (VmSize), the child's baseline."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def die_with_parent() -> None:
    """Linux: have the kernel SIGKILL this process when its parent dies, so a killed batch
    or worker leaves no orphan still parsing (or hanging on) a file."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _child(reader: ReadFn, path: Path, sha256: str, size: int, memory_mb: int, wfd: int,
           parent: int) -> None:
    """Runs in the forked child; never returns."""
    status = 0
    try:
        import faulthandler
        import resource

        die_with_parent()
        if os.getppid() != parent:  # the worker died before the line above took effect
            os._exit(1)
        faulthandler.disable()  # a segfaulting parser is reported by its status, not a dump
        # Die quietly on a hang signal; no core dumps of hostile input.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if memory_mb > 0:
            limit = _mapped_bytes() + memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            dossier = reader.read(path, sha256, size)
        except MemoryError:
            dossier = failed(path, sha256, size, "memory",
                             f"the parser needed more than {memory_mb} MiB")
        data = pickle.dumps(dossier, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(wfd, "wb") as w:
            w.write(_LEN.pack(len(data)))
            w.write(data)
    except MemoryError:
        status = _MEMORY_EXIT
    except BaseException:  # the child must never unwind into the worker's code
        log.exception("isolated read of %s failed", path)
        status = 70
    finally:
        os._exit(status)


def read_isolated(reader: ReadFn, path: Path, sha256: str, size: int, settings: Settings) -> Dossier:
    """`reader.read(path)` in a forked child bounded by `settings.timeout` seconds and
    `settings.memory_mb` MiB of extra address space. Never raises for the file's fault."""
    if not hasattr(os, "fork"):
        return reader.read(path, sha256, size)
    rfd, wfd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(rfd)
        os.setpgid(0, 0)  # its own group, so a timeout kills helpers it started too
        _child(reader, path, sha256, size, settings.memory_mb, wfd, parent)
    os.close(wfd)
    try:
        data, timed_out = _collect(rfd, time.monotonic() + settings.timeout)
    finally:
        os.close(rfd)
    if timed_out:
        _kill(pid)
    _, wstatus = os.waitpid(pid, 0)
    if timed_out:
        return failed(path, sha256, size, "timeout",
                      f"no result within {settings.timeout:g}s (limit: --timeout)")
    if data is not None:
        try:
            dossier: Dossier = pickle.loads(data)
            return dossier
        except Exception as e:  # a torn message; the child's fault, so the file's
            return failed(path, sha256, size, "crashed", f"unreadable result: {e}")
    if os.WIFSIGNALED(wstatus):
        sig = os.WTERMSIG(wstatus)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = str(sig)
        # SIGKILL from outside the worker is most often the kernel's OOM killer.
        reason = "memory" if sig == signal.SIGKILL else "crashed"
        return failed(path, sha256, size, reason, f"the parser died with {name}")
    status = os.WEXITSTATUS(wstatus)
    if status == _MEMORY_EXIT:
        return failed(path, sha256, size, "memory",
                      f"the parser needed more than {settings.memory_mb} MiB")
    return failed(path, sha256, size, "crashed", f"the parser exited with status {status}")


def _collect(fd: int, deadline: float) -> tuple[bytes | None, bool]:
    """Read one length-prefixed message; (None, False) on EOF first, (…, True) on timeout."""
    buf = bytearray()
    want: int | None = None
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None, True
        ready, _, _ = select.select([fd], [], [], min(left, 1.0))
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return None, False
        buf += chunk
        if want is None and len(buf) >= _LEN.size:
            (want,) = _LEN.unpack_from(buf)
        if want is not None and len(buf) >= _LEN.size + want:
            return bytes(buf[_LEN.size:_LEN.size + want]), False


def _kill(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
            return
        except ProcessLookupError:
            return
        except PermissionError:
            continue
