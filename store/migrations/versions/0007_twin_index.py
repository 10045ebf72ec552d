"""PostgreSQL: index pledges on (unit_key, year, md5(task)) for the twin lookup.

A pledge's twins (the same task, word for word, of the same unit and year in another file)
decide its status; every search looks them up for the hits it shows. On (unit_key, year)
alone each lookup read every pledge of the unit's year to compare tasks: a few dozen page
reads for each pledge asked about (20-30 ms for 100 on a million pledges). The hash keeps
the key short (a task can be a long paragraph, longer than a btree key may be). SQLite
stays as it is: it has no md5, and its lookups are reads of a local file.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX IF NOT EXISTS ix_pledges_twin"
                   " ON pledges (unit_key, year, md5(task))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_pledges_twin")
