"""PostgreSQL: each pledge's tsvector also names its block of ids (zc<id >> 14>).

A GIN index has no order: "the newest n matches" of a common word cost every match, each
fetched from the table (9,000 matches, 7,700 pages: 90 ms on a million pledges). ANDed with
the tokens of the newest blocks the index answers with the matches of those blocks only,
and search reads the blocks newest first until it has enough (store.search._pg_candidates).
The column is generated from the row, so existing rows get their token here; SQLite's FTS5
keeps its doclists in id order and needs nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from store import search_index as si

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_TSV = "to_tsvector('simple'::regconfig, body || ' ' || meta)"


def _redefine(expr: str) -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # the GIN index is built once after the rewrite, with room to sort in memory
    conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '256MB'")
    conn.exec_driver_sql("ALTER TABLE pledge_search DROP COLUMN tsv")
    conn.exec_driver_sql(f"ALTER TABLE pledge_search ADD COLUMN tsv tsvector"
                         f" GENERATED ALWAYS AS ({expr}) STORED")
    conn.exec_driver_sql(f"CREATE INDEX ix_pledge_search_tsv ON pledge_search USING gin (tsv)"
                         f" WITH (gin_pending_list_limit = {si.PG_PENDING_KB})")


def upgrade() -> None:
    _redefine(si.PG_PLEDGE_TSV)


def downgrade() -> None:
    _redefine(_OLD_TSV)
