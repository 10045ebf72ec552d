"""camket's tables as SQLAlchemy 2 typed models.

One row type per kind of fact. Every fact row (unit mention, leader, pledge, evaluated
task) carries its provenance: the document, the page, the character span into the
document's stored text, the quoted snippet and the pipeline version that found it, so an
archivist can always get back to the words. Rows derived from a file hang off its
`documents` row with ON DELETE CASCADE, which is how re-processing replaces them.

The Alembic migrations in `store/migrations/versions` must match these models; a test
compares them with autogenerate on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so later migrations can alter them (SQLite batch mode needs names).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOC_STATUSES = ("ok", "partial", "failed")
KINDS = ("commitment", "evaluation", "other")
TASK_STATUSES = ("completed", "not_completed", "in_progress", "unknown")


# Document, pledge and evaluation ids leave the store (export, `camket show`): SQLite
# would hand a deleted row's id to the next insert, so a re-processed file's old pledge id
# could silently name another pledge. AUTOINCREMENT makes SQLite behave like a sequence.
NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Provenance:
    """Where a fact came from; mixed into every fact row."""

    page: Mapped[int | None] = mapped_column(Integer)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    snippet: Mapped[str | None] = mapped_column(Text)
    pipeline_version: Mapped[str] = mapped_column(String(32), default="")


class BatchRow(Base):
    __tablename__ = "batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(_in("status", DOC_STATUSES), name="status"),
        CheckConstraint(_in("kind", KINDS), name="kind"),
        Index("ix_documents_issuer_key_year", "issuer_key", "year"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)  # the first path these bytes were seen at
    basename: Mapped[str] = mapped_column(Text, index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="other")
    number: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    issuer_key: Mapped[str | None] = mapped_column(Text)
    superior: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    signer_name: Mapped[str | None] = mapped_column(Text)
    signer_title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    # pages, blocks and header-field spans as JSON: enough to re-run the NLP stages
    # (`--reprocess`) without reading the file again.
    pages_json: Mapped[str] = mapped_column(Text, default="{}")
    pipeline_version: Mapped[str] = mapped_column(String(32), default="")
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )


class DocumentPathRow(Base):
    """Every path/name the same bytes were seen under (duplicates are common in archives)."""

    __tablename__ = "document_paths"
    __table_args__ = (UniqueConstraint("document_id", "path", name="uq_document_paths_doc_path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(Text)
    basename: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class UnitRow(Base):
    """One row per normalised unit key across all documents; names are kept as first seen."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(32))


class DocumentUnitRow(Provenance, Base):
    """A mention of a unit in a document, with the name as written there."""

    __tablename__ = "document_units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str | None] = mapped_column(String(32))


class LeaderRow(Provenance, Base):
    __tablename__ = "leaders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    unit_key: Mapped[str | None] = mapped_column(String(255), index=True)
    source: Mapped[str] = mapped_column(String(32), default="")


class TaskColumns(Provenance):
    """What a pledged task and an evaluated task share."""

    index: Mapped[int] = mapped_column(Integer)  # 1-based order in its document
    task: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    unit_key: Mapped[str | None] = mapped_column(String(255))
    # the year of the document (Fields.year, else the year of its date): linking scope
    year: Mapped[int | None] = mapped_column(Integer)
    leader: Mapped[str | None] = mapped_column(Text)
    deadline_text: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_start: Mapped[int | None] = mapped_column(Integer)
    deadline_end: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(Text)


class PledgeRow(TaskColumns, Base):
    __tablename__ = "pledges"
    __table_args__ = (
        Index("ix_pledges_unit_key_year", "unit_key", "year"),
        Index("ix_pledges_deadline", "deadline"),
        # the few pledges of amending commitments (store.amend; migration 0008)
        Index("ix_pledges_amending", "unit_key", "year", sqlite_where=text("from_amendment"),
              postgresql_where=text("from_amendment")),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    # its paper is a commitment that amends an earlier one (store.amend.is_amendment): the
    # twin lookup of every status reads it on the pledge row it already has (migration 0008)
    from_amendment: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())


class PledgeTopicRow(Base):
    __tablename__ = "pledge_topics"
    # the topic's pledges newest first (search's topic stage, migration 0004)
    __table_args__ = (Index("ix_pledge_topics_topic_pledge", "topic", "pledge_id"),)

    pledge_id: Mapped[int] = mapped_column(
        ForeignKey("pledges.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # keeps the dossier's order


class EvaluationRow(TaskColumns, Base):
    """A task judged in an evaluation report, optionally linked to the pledge it judges."""

    __tablename__ = "evaluations"
    __table_args__ = (
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
        Index("ix_evaluations_unit_key_year", "unit_key", "year"),
        Index("ix_evaluations_deadline", "deadline"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="unknown")
    percent: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str | None] = mapped_column(Text)
    eval_date: Mapped[dt.date | None] = mapped_column(Date)
    # SET NULL: re-processing a commitment replaces its pledges; the link is restored
    # when the task is unchanged, otherwise the evaluation waits to be linked again.
    pledge_id: Mapped[int | None] = mapped_column(
        ForeignKey("pledges.id", ondelete="SET NULL"), index=True
    )
    match_score: Mapped[float | None] = mapped_column(Float)


class EvaluationTopicRow(Base):
    __tablename__ = "evaluation_topics"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProblemRow(Base):
    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
