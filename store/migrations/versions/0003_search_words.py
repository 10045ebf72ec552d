"""Search index: word tokens (store.search_index.word_tokens) for every pledge.

Queries now look a Vietnamese word up as one token ("giao thông" is the word, "thông" alone
is not found inside it). A store indexed by 0002 has no such tokens, so its pledge index is
rebuilt here, in the same transaction; the schema does not change. On PostgreSQL the GIN
index's pending list (unsorted entries every search reads in full) is kept short. Downgrading leaves the
tokens in place: 0002's queries never look for them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from store import search_index as si

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        # every search reads the GIN pending list in full: keep it short (256 kB, not 4 MB)
        conn.exec_driver_sql(f"ALTER INDEX ix_pledge_search_tsv SET "
                             f"(gin_pending_list_limit = {si.PG_PENDING_KB})")
    si.rebuild(conn, statuses=None)  # status tokens: 0010


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER INDEX ix_pledge_search_tsv RESET (gin_pending_list_limit)")
