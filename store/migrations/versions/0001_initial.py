"""Initial schema: documents and their paths, units, leaders, pledges, evaluations,
topics, problems, batches.

Generated with autogenerate from store/schema.py, then reviewed; a test checks the
migrated database against the models on SQLite and PostgreSQL.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batches")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("key", name=op.f("uq_units_key")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("basename", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("format", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error_code", sa.String(length=64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("issuer_key", sa.Text(), nullable=True),
        sa.Column("superior", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("ocr", sa.Boolean(), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=True),
        sa.Column("signer_title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("pages_json", sa.Text(), nullable=False),
        sa.Column("pipeline_version", sa.String(length=32), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('commitment', 'evaluation', 'other')", name=op.f("ck_documents_kind")
        ),
        sa.CheckConstraint(
            "status IN ('ok', 'partial', 'failed')", name=op.f("ck_documents_status")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
            name=op.f("fk_documents_batch_id_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_basename"), ["basename"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_documents_issuer_key_year", ["issuer_key", "year"], unique=False)

    op.create_table(
        "document_paths",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("basename", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_paths_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_paths")),
        sa.UniqueConstraint("document_id", "path", name="uq_document_paths_doc_path"),
    )
    op.create_table(
        "document_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("snippet", sa.Text(), nullable=True),
        sa.Column("pipeline_version", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_units_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_document_units_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_units")),
    )
    with op.batch_alter_table("document_units", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_units_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_document_units_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "leaders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("unit_key", sa.String(length=255), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("snippet", sa.Text(), nullable=True),
        sa.Column("pipeline_version", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_leaders_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leaders")),
    )
    with op.batch_alter_table("leaders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leaders_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_leaders_unit_key"), ["unit_key"], unique=False)

    op.create_table(
        "pledges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("unit_key", sa.String(length=255), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("leader", sa.Text(), nullable=True),
        sa.Column("deadline_text", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("deadline_start", sa.Integer(), nullable=True),
        sa.Column("deadline_end", sa.Integer(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("snippet", sa.Text(), nullable=True),
        sa.Column("pipeline_version", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_pledges_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.create_index("ix_pledges_deadline", ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_pledges_document_id"), ["document_id"], unique=False)
        batch_op.create_index("ix_pledges_unit_key_year", ["unit_key", "year"], unique=False)

    op.create_table(
        "problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_problems_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problems")),
    )
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_problems_document_id"), ["document_id"], unique=False)

    op.create_table(
        "evaluations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("eval_date", sa.Date(), nullable=True),
        sa.Column("pledge_id", sa.Integer(), nullable=True),
        sa.Column("match_score", sa.Float(), nullable=True),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("unit_key", sa.String(length=255), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("leader", sa.Text(), nullable=True),
        sa.Column("deadline_text", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("deadline_start", sa.Integer(), nullable=True),
        sa.Column("deadline_end", sa.Integer(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("snippet", sa.Text(), nullable=True),
        sa.Column("pipeline_version", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "status IN ('completed', 'not_completed', 'in_progress', 'unknown')",
            name=op.f("ck_evaluations_status"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_evaluations_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledges.id"],
            name=op.f("fk_evaluations_pledge_id_pledges"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index("ix_evaluations_deadline", ["deadline"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evaluations_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evaluations_pledge_id"), ["pledge_id"], unique=False)
        batch_op.create_index("ix_evaluations_unit_key_year", ["unit_key", "year"], unique=False)

    op.create_table(
        "pledge_topics",
        sa.Column("pledge_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pledge_id"],
            ["pledges.id"],
            name=op.f("fk_pledge_topics_pledge_id_pledges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("pledge_id", "topic", name=op.f("pk_pledge_topics")),
    )
    with op.batch_alter_table("pledge_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledge_topics_topic"), ["topic"], unique=False)

    op.create_table(
        "evaluation_topics",
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_topics_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("evaluation_id", "topic", name=op.f("pk_evaluation_topics")),
    )
    with op.batch_alter_table("evaluation_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_topics_topic"), ["topic"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evaluation_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_topics_topic"))

    op.drop_table("evaluation_topics")
    with op.batch_alter_table("pledge_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledge_topics_topic"))

    op.drop_table("pledge_topics")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index("ix_evaluations_unit_key_year")
        batch_op.drop_index(batch_op.f("ix_evaluations_pledge_id"))
        batch_op.drop_index(batch_op.f("ix_evaluations_document_id"))
        batch_op.drop_index("ix_evaluations_deadline")

    op.drop_table("evaluations")
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problems_document_id"))

    op.drop_table("problems")
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.drop_index("ix_pledges_unit_key_year")
        batch_op.drop_index(batch_op.f("ix_pledges_document_id"))
        batch_op.drop_index("ix_pledges_deadline")

    op.drop_table("pledges")
    with op.batch_alter_table("leaders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leaders_unit_key"))
        batch_op.drop_index(batch_op.f("ix_leaders_document_id"))

    op.drop_table("leaders")
    with op.batch_alter_table("document_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_units_unit_id"))
        batch_op.drop_index(batch_op.f("ix_document_units_document_id"))

    op.drop_table("document_units")
    op.drop_table("document_paths")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_issuer_key_year")
        batch_op.drop_index(batch_op.f("ix_documents_batch_id"))
        batch_op.drop_index(batch_op.f("ix_documents_basename"))

    op.drop_table("documents")
    op.drop_table("units")
    op.drop_table("batches")
