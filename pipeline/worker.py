"""Distributed batches on Celery: one task per file, results in the SQL store.

`submit` (behind `camket ingest --executor celery`) records the batch, sends one task per
file path and follows progress in the store, not in a result backend: a file is done when
its path is in `document_paths`. `camket worker` runs `make_app(settings)` as a Celery
worker; each task reads its file in an isolated child (pipeline/isolate.py) and writes it
in one transaction, exactly as a local batch does.

Why a killed worker is harmless:
- `task_acks_late` + `task_reject_on_worker_lost`: a message is acknowledged only after the
  document is committed; a worker that dies mid-document leaves it unacknowledged, and the
  broker hands it to another worker.
- `worker_prefetch_multiplier = 1`: a worker holds one message beyond what it runs, so a
  crash strands little work.
- Idempotency by sha256: a redelivered file whose bytes were already committed is only
  recorded as seen; a half-done one was rolled back and is read again. Never twice.
- Redis keeps unacknowledged messages aside and restores them after `visibility_timeout`;
  kombu only sweeps every `unacked_restore_interval × unacked_restore_throttle` seconds
  (10 × 10 by default), so both are set to 1 for prompt recovery, and the sweep's lock
  expires after 10 s instead of 300 (a worker killed mid-sweep would hold it). The visibility timeout
  must stay above the task time limit, or a slow document is handed out twice while it
  still runs (harmless for the data, wasteful for the machines).
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.settings import Settings

log = logging.getLogger(__name__)

TASK = "camket.ingest_file"


def check(settings: Settings) -> None:
    """Refuse limits that would make the broker redeliver running documents."""
    if settings.task_time_limit <= settings.timeout:
        raise ConfigError(f"task time limit ({settings.task_time_limit:g}s) must be above the "
                          f"per-document timeout ({settings.timeout:g}s)")
    if settings.visibility_timeout <= settings.task_time_limit:
        raise ConfigError(f"visibility timeout ({settings.visibility_timeout:g}s) must be above "
                          f"the task time limit ({settings.task_time_limit:g}s)")


def make_app(settings: Settings) -> Any:
    """The Celery app for these settings (broker, queue, limits); registers the task."""
    from celery import Celery

    check(settings)
    app = Celery("camket", broker=settings.broker, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,  # progress lives in the store
        task_time_limit=settings.task_time_limit,
        task_default_queue=settings.queue,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout,
            "unacked_restore_interval": 1,
            "unacked_restore_throttle": 1,
            # The sweep takes a Redis lock that expires after 300 s by default: a worker
            # killed while sweeping (likely, once it sweeps every second) would stop every
            # restore for five minutes. A sweep takes milliseconds.
            "unacked_mutex_expire": 10,
        },
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        # Loading the NLP stages and opening the store happen when a pool process starts,
        # not inside the first task, so they never count against the task time limit
        # (a hard limit acks and drops the task: the file would be lost, not failed).
        worker_proc_alive_timeout=120.0,
    )
    app.task(name=TASK, ignore_result=True)(ingest_file)
    from celery.signals import worker_process_init

    worker_process_init.connect(_preload, weak=False)
    return app


def _preload(**_: Any) -> None:
    from pipeline.executors import _warm

    _warm(_reader())
    db = os.environ.get("CAMKET_DB")
    if db:
        _stores(db)
    import gc

    gc.freeze()  # see pipeline/executors.py: keeps the isolated children's copies small


# -- the task (runs in a worker's pool process) ----------------------------------------

_cache: dict[str, Any] = {}


def _stores(db: str) -> Any:
    from store.db import open_store

    key = f"store:{db}"
    if key not in _cache:
        _cache[key] = open_store(db)
    return _cache[key]


def _reader() -> Any:
    if "reader" not in _cache:
        from pipeline.run import Reader

        _cache["reader"] = Reader(Settings.from_env())
    return _cache["reader"]


def ingest_file(path: str, batch_id: int, db: str) -> str:
    """Read one file and store it; a no-op for bytes already stored. Returns the outcome."""
    from pipeline import run
    from pipeline.isolate import failed, read_isolated
    from store import load

    settings = Settings.from_env(db=db)
    store = _stores(db)
    p = Path(path)
    try:
        sha, size = run.sha256_file(p)
    except OSError as e:
        log.error("%s: unreadable: %s", path, e)
        return "failed"
    known = load.find_by_sha(store, sha)
    if known is not None:
        return "duplicate" if load.record_path(store, known.id, path) else "skipped"
    try:
        dossier = read_isolated(_reader(), p, sha, size, settings)
    except Exception as e:  # our fault, but the file must still be accounted for
        dossier = failed(p, sha, size, "crashed", f"{type(e).__name__}: {e}")
    return run._store_one(store, dossier, settings, batch_id)


# -- the submitting side ---------------------------------------------------------------


def submit(paths: Iterable[Path], store: Any, settings: Settings, *,
           batch_params: dict[str, Any] | None = None, wait: bool = True,
           progress: Callable[[int], None] | None = None, poll: float = 1.0) -> Any:
    """Send one task per file and, with `wait`, follow the store until every file is in it.

    Needs a store every worker can reach (PostgreSQL) and paths every worker sees: paths
    are sent absolute. Returns a `run.Summary` whose counts come from the store.
    """
    from pipeline import run
    from pipeline.discover import discover

    if store.dialect == "sqlite":
        raise ConfigError("--executor celery needs a shared PostgreSQL store (--db postgresql://…)",
                          hint="SQLite lives on one machine; workers elsewhere cannot write it")
    files = [str(Path(f).resolve()) for f in discover(list(paths))]
    batch_id, _ = run.open_batch(store, batch_params or {"paths": files, "executor": "celery"})
    app = make_app(settings)
    t0 = time.perf_counter()
    with app.connection_for_write() as conn:
        for f in files:
            app.send_task(TASK, args=[f, batch_id, settings.db], queue=settings.queue,
                          connection=conn)
    summary = run.Summary()
    if not wait:
        summary.counts["submitted"] = len(files)
        return summary
    done, missing = _follow(store, files, settings, progress, poll)
    run.relink_pending(store)  # links two workers may each have missed
    summary.counts.update(_outcomes(store, files, batch_id))
    if missing:
        summary.counts["failed"] += len(missing)
        summary.failures += [(f, "lost", "no worker stored this file") for f in sorted(missing)]
    summary.seconds = time.perf_counter() - t0
    from store import load

    load.finish_batch(store, batch_id, dict(summary.counts))
    return summary


def _present(store: Any, files: list[str]) -> set[str]:
    from sqlalchemy import select

    from store.schema import DocumentPathRow

    found: set[str] = set()
    with store.session() as s:
        for i in range(0, len(files), 500):
            chunk = files[i:i + 500]
            found.update(s.scalars(select(DocumentPathRow.path)
                                   .where(DocumentPathRow.path.in_(chunk))))
    return found


def _follow(store: Any, files: list[str], settings: Settings,
            progress: Callable[[int], None] | None, poll: float,
            stall: float | None = None) -> tuple[int, set[str]]:
    """Poll the store until every path is there, or nothing moved for longer than a killed
    worker's task takes to come back (default: visibility timeout + task time limit)."""
    todo = set(files)
    stall = stall or settings.visibility_timeout + settings.task_time_limit
    last_change = time.monotonic()
    while todo:
        got = _present(store, sorted(todo))
        if got:
            todo -= got
            last_change = time.monotonic()
            if progress:
                progress(len(got))
        elif time.monotonic() - last_change > stall:
            break
        if todo:
            time.sleep(poll)
    return len(files) - len(todo), todo


def _outcomes(store: Any, files: list[str], batch_id: int) -> Counter[str]:
    from sqlalchemy import select

    from store.schema import DocumentPathRow, DocumentRow

    c: Counter[str] = Counter()
    seen_docs: set[int] = set()
    with store.session() as s:
        for i in range(0, len(files), 500):
            rows = s.execute(
                select(DocumentRow.id, DocumentRow.status, DocumentRow.batch_id)
                .join(DocumentPathRow, DocumentPathRow.document_id == DocumentRow.id)
                .where(DocumentPathRow.path.in_(files[i:i + 500]))
            ).all()
            for doc_id, status, b in rows:
                if doc_id in seen_docs:
                    c["duplicate"] += 1
                    continue
                seen_docs.add(doc_id)
                if b != batch_id:
                    c["skipped"] += 1
                else:
                    c["processed" if status == "ok" else status] += 1
    return c


def run_worker(settings: Settings, concurrency: int | None = None, loglevel: str = "INFO") -> None:
    """Start a Celery worker consuming `settings.queue` (blocks until it is stopped)."""
    from pipeline.executors import THREAD_ENV

    os.environ.update(THREAD_ENV)  # inherited by the pool processes and their OCR calls
    # The task reads its limits with Settings.from_env in the pool processes.
    os.environ.update({"CAMKET_DB": settings.db, "CAMKET_TIMEOUT": str(settings.timeout),
                       "CAMKET_MEMORY_MB": str(settings.memory_mb),
                       "CAMKET_MAX_PAGES": str(settings.max_pages)})
    app = make_app(settings)
    argv = ["worker", f"--loglevel={loglevel}", "-Q", settings.queue, "--pool=prefork",
            f"--concurrency={concurrency or settings.worker_count() or 1}", "--without-gossip",
            "--without-mingle", "--without-heartbeat"]
    app.worker_main(argv)
