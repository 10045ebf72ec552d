"""Alembic environment for camket's store.

At run time `store.db.upgrade` hands us an open connection in
`config.attributes["connection"]` (already inside a write transaction). For developers
running the `alembic` command with store/alembic.ini, the URL comes from the ini file or
CAMKET_DB.
"""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from store.schema import Base

config = context.config
target_metadata = Base.metadata

if config.config_file_name is not None and config.attributes.get("connection") is None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: future migrations run in batch mode there.
        render_as_batch=True,
        compare_type=True,
    )


def run_offline() -> None:
    url = os.environ.get("CAMKET_DB") or config.get_main_option("sqlalchemy.url")
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return

    from store.db import make_engine

    url = os.environ.get("CAMKET_DB") or config.get_main_option("sqlalchemy.url")
    engine = make_engine(url or "sqlite:///camket.db")
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
