"""Search index: no pledge of a failed paper.

A failed paper's pledges are never shown by a search; they are no longer indexed when saved
(store.load), so a search on PostgreSQL need not look up each match's paper to leave them
out. This takes out the ones an older store indexed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FAILED = ("SELECT p.id FROM pledges p JOIN documents d ON d.id = p.document_id"
           " WHERE d.status = 'failed'")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DELETE FROM pledge_fts WHERE rowid IN ({_FAILED})")
    else:
        conn.exec_driver_sql(f"DELETE FROM pledge_search WHERE pledge_id IN ({_FAILED})")


def downgrade() -> None:
    pass  # the earlier code leaves them out of every search itself
