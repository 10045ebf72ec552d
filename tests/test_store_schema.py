"""Schema, migrations, connection settings, concurrency and layering of store/."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from store.db import MIGRATIONS, alembic_config, downgrade, make_engine, open_store, upgrade
from store.load import find_by_sha, save
from store.queries import stats
from store.schema import Base
from store.search_index import INDEX_OBJECTS

STORE = Path(__file__).resolve().parent.parent / "store"


def head() -> str:
    rev = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert rev is not None
    return rev


def _not_search_index(diff: object) -> bool:
    # the search index (store/search_index.py) is raw DDL, not models: leave it out
    obj = diff[1] if isinstance(diff, tuple) and len(diff) > 1 else None
    return getattr(obj, "name", None) not in INDEX_OBJECTS


def test_migrations_match_models(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert ctx.get_current_revision() == head()
        assert [d for d in compare_metadata(ctx, Base.metadata) if _not_search_index(d)] == []
    tables = set(inspect(store.engine).get_table_names()) - INDEX_OBJECTS
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


def test_open_is_idempotent_and_downgrade_works(db_url):
    open_store(db_url).close()
    st = open_store(db_url)  # already at head: nothing to do, no error
    try:
        downgrade(st, "base")
        assert inspect(st.engine).get_table_names() == ["alembic_version"]
        upgrade(st, "head")
        assert "pledges" in inspect(st.engine).get_table_names()
    finally:
        st.close()


def test_migrations_need_no_ini_file():
    assert not any(MIGRATIONS.glob("*.ini"))
    assert (MIGRATIONS / "env.py").exists()
    assert alembic_config().config_file_name is None


def test_sqlite_connection_settings(tmp_path):
    st = open_store(f"sqlite:///{tmp_path / 'a' / 'b' / 'camket.db'}")  # parents created
    try:
        with st.session() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    finally:
        st.close()


def test_sqlite_write_transactions_take_the_lock_up_front(tmp_path):
    st = open_store(f"sqlite:///{tmp_path / 'camket.db'}")
    seen: list[str] = []
    from sqlalchemy import event

    @event.listens_for(st.engine, "before_cursor_execute")
    def spy(conn, cursor, statement, *args):  # noqa: ANN001
        if statement.startswith("BEGIN"):
            seen.append(statement)

    try:
        with st.writing() as s:
            s.execute(text("SELECT 1"))
        with st.session() as s:
            s.execute(text("SELECT 1"))
    finally:
        st.close()
    assert seen == ["BEGIN IMMEDIATE", "BEGIN"]


def test_in_memory_sqlite(commitment):
    st = open_store("sqlite://")
    try:
        save(st, commitment())
        assert stats(st)["pledges"] == 3
    finally:
        st.close()


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite://", "sqlite"),
    ],
)
def test_url_driver(url, driver):
    engine = make_engine(url)
    assert engine.url.drivername == driver
    engine.dispose()


def test_concurrent_writers(db_url, commitment):
    """Four workers saving at once: every save lands, none fails with a lock error."""
    st = open_store(db_url)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for n in range(5):
                sha = f"{worker}{n}".rjust(64, "0")
                save(st, commitment(sha=sha, path=f"/w{worker}/CK {n}.docx"))
                # and everyone re-saves one shared file: replacement under contention
                save(st, commitment())
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        counts = stats(st)
        assert counts["documents"] == 21
        assert counts["pledges"] == 63
        assert find_by_sha(st, "c" * 64) is not None
    finally:
        st.close()


ALLOWED = {"pipeline.document", "pipeline.errors", "pipeline.registry", "pipeline.settings"}
OURS = ("pipeline", "extractors", "nlp", "store", "bench")


@pytest.mark.parametrize("path", sorted(STORE.rglob("*.py")), ids=lambda p: p.name)
def test_store_imports_only_the_data_model(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            if name.split(".")[0] in OURS and not name.startswith("store"):
                assert name in ALLOWED, f"{path.name} imports {name}"
