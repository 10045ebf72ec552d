"""Search index: FTS5 tables on SQLite, tsvector + GIN on PostgreSQL, a shared vocabulary.

The objects are not SQLAlchemy models (virtual tables, generated tsvector columns): they
are listed in store.search_index.INDEX_OBJECTS so the models-vs-schema check skips them.
A store that already holds pledges gets them indexed here, in the same transaction.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

from store import search_index as si

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    for stmt in si.SQLITE_DDL if conn.dialect.name == "sqlite" else si.PG_DDL:
        conn.exec_driver_sql(stmt)
    si.rebuild(conn, statuses=None)  # status tokens: 0010
    docs = conn.execute(sa.text("SELECT id, text, pages_json FROM documents")).all()
    for doc_id, body, pages_json in docs:
        blocks = json.loads(pages_json or "{}").get("blocks", [])
        ns = [SimpleNamespace(start=b.get("start", 0), end=b.get("end", 0), page=b.get("page", 1),
                              text=b.get("text", "")) for b in blocks]
        si.index_pages(conn, doc_id, si.page_texts(body or "", ns))


def downgrade() -> None:
    conn = op.get_bind()
    for stmt in si.SQLITE_DROP if conn.dialect.name == "sqlite" else si.PG_DROP:
        conn.exec_driver_sql(stmt)
