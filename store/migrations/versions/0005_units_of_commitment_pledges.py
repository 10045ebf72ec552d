"""Every key a commitment files a pledge under is a row of `units`.

A report naming a body bare ("Sở Y tế") is linked to the one body of that name with a place
("Sở Y tế tỉnh Lâm Đồng"); store.links.keys_extending now finds those bodies in `units`
instead of scanning every pledge of the year. store.load registers a commitment's keys on
save; this fills them in for commitments saved before (the first name wins, as on save).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("""
        INSERT INTO units (key, name, level)
        SELECT x.key, MIN(x.name), NULL
        FROM (
            SELECT COALESCE(p.unit_key, d.issuer_key) AS key,
                   CASE WHEN p.unit_key IS NOT NULL THEN COALESCE(p.unit, p.unit_key)
                        ELSE COALESCE(d.issuer, d.issuer_key) END AS name
            FROM pledges p JOIN documents d ON d.id = p.document_id
            WHERE d.kind = 'commitment'
        ) x
        WHERE x.key IS NOT NULL AND LENGTH(x.key) BETWEEN 1 AND 255
          AND NOT EXISTS (SELECT 1 FROM units u WHERE u.key = x.key)
        GROUP BY x.key
    """))


def downgrade() -> None:
    # the rows are indistinguishable from units a paper named: they stay (harmless)
    pass
