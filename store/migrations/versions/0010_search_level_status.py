"""Search index: every pledge's status (zs…) and its unit's level as the units table knows it.

Search now filters by status and level inside the text index (store.search_meta keeps the
tokens up to date as evaluations are saved and linked and units learn their level). An
older store has no status tokens, and a pledge saved before its unit's level was known has
no level token, so the pledge index is rebuilt here, in the same transaction. Downgrading
leaves the tokens in place: earlier code never looks for them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from store import search_index as si
from store import search_meta

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    si.rebuild(op.get_bind(), statuses=search_meta.statuses)


def downgrade() -> None:
    pass
