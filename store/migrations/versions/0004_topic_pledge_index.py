"""Index pledge_topics on (topic, pledge_id): search's topic stage walks it newest first.

The topic stage of a search (pledges tagged with a topic the query names) used to intersect
the topic's meta token with the filter tokens in the text index: on PostgreSQL a GIN
intersection of lists of tens of thousands of entries. With this index it reads the topic's
pledges newest first and stops once it has enough that pass the filters.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_pledge_topics_topic_pledge", "pledge_topics", ["topic", "pledge_id"])


def downgrade() -> None:
    op.drop_index("ix_pledge_topics_topic_pledge", table_name="pledge_topics")
