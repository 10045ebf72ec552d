"""Run settings, read once from the environment (CAMKET_*) at the edge."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

PIPELINE_VERSION = "0.1.0"


@dataclass(frozen=True)
class Settings:
    db: str = "sqlite:///camket.db"
    strict: bool = False  # raise input errors instead of recording them (tests, one-file runs)
    soffice: str = "soffice"
    convert_timeout: float = 120.0
    max_pages: int = 2000
    max_bytes: int = 512 * 1024 * 1024
    topics: str | None = None  # a topic taxonomy (TOML) to use instead of nlp/data/topics.toml
    # -- batches (pipeline/isolate.py, executors.py, worker.py) --
    # Worker processes for `ingest`; 0 reads in the calling process without isolation
    # (one-file runs, tests with injected fakes). None: one per core.
    workers: int | None = None
    # Wall-clock seconds one document may take in its child process. Above convert_timeout
    # so that soffice's own timeout fires first and kills its process group.
    timeout: float = 300.0
    # Address space (MiB) a document's child may add to what its worker already maps:
    # a decompression bomb hits MemoryError here instead of the machine's OOM killer.
    memory_mb: int = 2048
    # Zip containers (DOCX): checked before any member is inflated.
    zip_max_total: int = 512 * 1024 * 1024  # sum of uncompressed member sizes
    zip_max_ratio: int = 200  # uncompressed / compressed, per member of meaningful size
    zip_max_members: int = 10_000
    # Distributed runs (Celery). The visibility timeout must stay above the task time
    # limit, or the broker hands a still-running document to a second worker.
    broker: str = "redis://127.0.0.1:6379/0"
    queue: str = "camket"
    task_time_limit: float = 600.0
    visibility_timeout: float = 900.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)
        workers = env.get("CAMKET_WORKERS")
        s = cls(
            db=env.get("CAMKET_DB", cls.db),
            strict=env.get("CAMKET_STRICT", "") in ("1", "true", "yes"),
            soffice=env.get("CAMKET_SOFFICE", cls.soffice),
            convert_timeout=float(env.get("CAMKET_CONVERT_TIMEOUT", cls.convert_timeout)),
            max_pages=int(env.get("CAMKET_MAX_PAGES", cls.max_pages)),
            max_bytes=int(env.get("CAMKET_MAX_BYTES", cls.max_bytes)),
            topics=env.get("CAMKET_TOPICS") or None,
            workers=int(workers) if workers else None,
            timeout=float(env.get("CAMKET_TIMEOUT", cls.timeout)),
            memory_mb=int(env.get("CAMKET_MEMORY_MB", cls.memory_mb)),
            zip_max_total=int(env.get("CAMKET_ZIP_MAX_TOTAL", cls.zip_max_total)),
            zip_max_ratio=int(env.get("CAMKET_ZIP_MAX_RATIO", cls.zip_max_ratio)),
            zip_max_members=int(env.get("CAMKET_ZIP_MAX_MEMBERS", cls.zip_max_members)),
            broker=env.get("CAMKET_BROKER", cls.broker),
            queue=env.get("CAMKET_QUEUE", cls.queue),
            task_time_limit=float(env.get("CAMKET_TASK_TIME_LIMIT", cls.task_time_limit)),
            visibility_timeout=float(env.get("CAMKET_VISIBILITY_TIMEOUT", cls.visibility_timeout)),
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(s, **clean) if clean else s  # type: ignore[arg-type]

    def worker_count(self) -> int:
        """Workers to start: the setting, or one per usable core."""
        if self.workers is not None:
            return max(0, self.workers)
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not Linux
            return max(1, os.cpu_count() or 1)
