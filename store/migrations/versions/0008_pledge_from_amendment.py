"""pledges.from_amendment: its paper is a commitment that amends an earlier one.

A status is read through the pledge's amendments (store.amend): pairs of pledges of the same
unit and year in two commitments, the later of which amends. Asked for every pledge a
search shows, that looked at the paper of each pledge of the unit's year (thousands of
lookups for a page of hits on a large store) to find what is almost never there. The mark,
and a partial index of the marked pledges, rule them out without reading those rows. Existing pledges get it from
their paper's title and summary, read by the same rule as new ones (store.amend.is_amendment).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from store.amend import is_amendment

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN, also on SQLite: a batch copy of the table would drop its
    # AUTOINCREMENT (ids must never be reused: the text index is keyed by them) and triggers
    op.add_column("pledges", sa.Column("from_amendment", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.create_index("ix_pledges_amending", "pledges", ["unit_key", "year"],
                    sqlite_where=sa.text("from_amendment"),
                    postgresql_where=sa.text("from_amendment"))
    conn = op.get_bind()
    papers = conn.execute(sa.text(
        "SELECT id, title, summary FROM documents WHERE kind = 'commitment'")).all()
    amending = [i for i, title, summary in papers if is_amendment(title, summary)]
    for k in range(0, len(amending), 500):
        conn.execute(sa.text("UPDATE pledges SET from_amendment = :t WHERE document_id IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)),
                     {"t": True, "ids": amending[k : k + 500]})


def downgrade() -> None:
    op.drop_index("ix_pledges_amending", table_name="pledges")
    op.drop_column("pledges", "from_amendment")  # SQLite ≥ 3.35 drops a column in place
