"""Distributed batches for real: local Redis broker, PostgreSQL store, Celery worker
subprocesses. A worker is SIGKILLed while it holds unacknowledged documents; a second
worker must finish the batch with every file stored exactly once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.fault import celery_env, make_corpus, start_worker
from pipeline import worker
from pipeline.errors import ConfigError
from pipeline.settings import Settings

BROKER = "redis://127.0.0.1:6379/11"
AMQP = os.environ.get("CAMKET_TEST_AMQP", "amqp://guest:guest@127.0.0.1:5672//")
PG_ADMIN = os.environ.get("CAMKET_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def pg_url() -> Iterator[str]:
    import psycopg

    if os.environ.get("CAMKET_SKIP_PG") == "1":
        pytest.skip("CAMKET_SKIP_PG=1")
    name = f"camket_test_{uuid.uuid4().hex[:16]}"
    admin = psycopg.connect(PG_ADMIN.replace("postgresql+psycopg://", "postgresql://"),
                            autocommit=True, connect_timeout=5)
    with admin:
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        try:
            yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _unacked_paths(paths: list[str]) -> set[str]:
    import redis

    raw = [v.decode("utf-8", "replace") for v in redis.Redis.from_url(BROKER).hvals("unacked")]
    return {p for p in paths if any(p in v for v in raw)}


def _kill(w: subprocess.Popen[bytes]) -> None:
    if w.poll() is None:
        os.killpg(w.pid, signal.SIGKILL)
        w.wait()


def _all_stored(st: object, paths: list[str], settings: Settings) -> None:
    done, missing = worker._follow(st, paths, settings, None, 0.5, stall=90)
    assert not missing and done == len(paths)


def _rows(st: object) -> tuple[list[str], int]:
    from sqlalchemy import func, select

    from store.schema import DocumentPathRow, DocumentRow

    with st.session() as s:  # type: ignore[attr-defined]
        paths = list(s.scalars(select(DocumentPathRow.path)))
        docs = s.scalar(select(func.count()).select_from(DocumentRow)) or 0
    return paths, docs


@pytest.mark.slow
@pytest.mark.postgres
def test_worker_killed_mid_document_redoes_it_once(tmp_path: Path, pg_url: str) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli
    from store.db import open_store

    files = make_corpus(tmp_path / "corpus", 30)
    paths = [str(f.resolve()) for f in files]
    env = celery_env(f"camket-test-{uuid.uuid4().hex[:8]}", BROKER)
    settings = Settings.from_env(env, db=pg_url)
    st = open_store(pg_url)
    w = start_worker(pg_url, env, log=tmp_path / 'worker.log')
    try:
        worker.submit(files, st, settings, wait=False)
        mid: set[str] = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # some stored, some in a worker's hands
            stored = worker._present(st, paths)
            mid = _unacked_paths(sorted(set(paths) - stored))
            if len(stored) >= 3 and mid:
                break
            time.sleep(0.05)
        _kill(w)
        assert mid, "the worker was not killed mid-document"
        w = start_worker(pg_url, env, log=tmp_path / 'worker.log')
        _all_stored(st, paths, settings)
    finally:
        _kill(w)
    stored_paths, n_docs = _rows(st)
    assert sorted(stored_paths) == sorted(paths)  # every file once, none twice
    assert n_docs == len({f.read_bytes() for f in files})
    # The same command again, through the CLI: everything is already there.
    r = CliRunner().invoke(cli, ["--db", pg_url, "ingest", "--no-progress", "--executor", "celery",
                                 "--no-wait", str(tmp_path / "corpus")], env=env)
    assert r.exit_code == 0, r.output
    st.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_rabbitmq_worker_killed_mid_batch_loses_nothing(tmp_path: Path, pg_url: str) -> None:
    # RabbitMQ hands a dead consumer's unacknowledged messages back as soon as its
    # connection drops (no visibility timeout): the second worker finishes the batch.
    from store.db import open_store

    files = make_corpus(tmp_path / "corpus", 20)
    paths = [str(f.resolve()) for f in files]
    queue = f"camket-test-{uuid.uuid4().hex[:8]}"
    env = celery_env(queue, AMQP)
    settings = Settings.from_env(env, db=pg_url)
    app = worker.make_app(settings)
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1)
    except Exception as e:  # noqa: BLE001 - any connection error means no broker here
        pytest.skip(f"no RabbitMQ at {AMQP}: {e}")
    st = open_store(pg_url)
    w = start_worker(pg_url, env, log=tmp_path / "worker.log")
    try:
        worker.submit(files, st, settings, wait=False)
        deadline = time.monotonic() + 120
        stored: set[str] = set()
        while time.monotonic() < deadline and len(stored) < 3:
            stored = worker._present(st, paths)
            time.sleep(0.05)
        _kill(w)
        assert 3 <= len(stored) < len(paths), "the worker was not killed mid-batch"
        w = start_worker(pg_url, env, log=tmp_path / "worker.log")
        _all_stored(st, paths, settings)
    finally:
        _kill(w)
        with app.connection_for_write() as conn:  # leave no test queue on the broker
            conn.default_channel.queue_delete(queue)
    stored_paths, n_docs = _rows(st)
    assert sorted(stored_paths) == sorted(paths)  # every file once, none twice
    assert n_docs == len({f.read_bytes() for f in files})
    st.close()


def test_celery_refuses_sqlite_and_inverted_limits(tmp_path: Path) -> None:
    from store.db import open_store

    st = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(ConfigError, match="PostgreSQL"):
        worker.submit([tmp_path], st, Settings())
    st.close()
    with pytest.raises(ConfigError, match="visibility timeout"):
        worker.check(Settings(timeout=10, task_time_limit=60, visibility_timeout=30))
    with pytest.raises(ConfigError, match="task time limit"):
        worker.check(Settings(timeout=60, task_time_limit=30, visibility_timeout=90))


def test_app_settings_make_a_killed_worker_harmless() -> None:
    app = worker.make_app(Settings())
    c = app.conf
    assert c.task_acks_late and c.task_reject_on_worker_lost
    assert c.worker_prefetch_multiplier == 1
    opts = c.broker_transport_options
    assert opts["visibility_timeout"] > c.task_time_limit
    assert opts["unacked_restore_interval"] * opts["unacked_restore_throttle"] <= 5
    assert opts["unacked_mutex_expire"] <= 30  # a worker killed mid-sweep must not stall restores
