"""Stored rows → `Dossier`: what `--reprocess` starts from, and the round-trip check."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.document import (
    Block,
    Deadline,
    Dossier,
    Fields,
    Leader,
    Page,
    Pledge,
    Problem,
    Signer,
    Source,
    Span,
    UnitMention,
)
from store.db import Store
from store.rows import iso, span_of
from store.schema import (
    DocumentRow,
    DocumentUnitRow,
    EvaluationRow,
    EvaluationTopicRow,
    LeaderRow,
    PledgeRow,
    PledgeTopicRow,
    ProblemRow,
    UnitRow,
)

# Problems recorded by these stages describe the file, not the findings: they survive a
# re-run of the NLP stages on the stored text (load_dossier without findings).
EXTRACT_STAGES: tuple[str, ...] = ("read", "detect", "extract", "convert", "ocr")


def _load_blocks(data: dict[str, Any], text: str) -> list[Block]:
    blocks = []
    for b in data.get("blocks", []):
        b = dict(b)
        b.setdefault("text", text[b["start"] : b["end"]])
        blocks.append(Block(**b))
    return blocks


def load_dossier(
    store: Store,
    doc_id: int,
    *,
    findings: bool = False,
    problem_stages: Collection[str] = EXTRACT_STAGES,
) -> Dossier:
    """Rebuild a dossier from the stored text and blocks.

    By default only what the extractor produced (source, pages, blocks, text and the
    problems of `problem_stages`) with status "pending", ready for the NLP stages to run
    again (`--reprocess`). With `findings=True`, also the stored fields, units, leaders,
    pledges or evaluated tasks, every problem and the stored status.
    """
    with store.session() as s:
        doc = s.get(DocumentRow, doc_id)
        if doc is None:
            raise KeyError(f"no document with id {doc_id}")
        data = json.loads(doc.pages_json or "{}")
        d = Dossier(
            source=Source(doc.path, doc.sha256, doc.size, doc.format),
            pages=[Page(**p) for p in data.get("pages", [])],
            blocks=_load_blocks(data, doc.text),
            text=doc.text,
            pipeline_version=doc.pipeline_version,
        )
        problems = s.scalars(
            select(ProblemRow).where(ProblemRow.document_id == doc_id).order_by(ProblemRow.id)
        ).all()
        d.problems = [
            Problem(p.stage, p.code, p.message, p.page)
            for p in problems
            if findings or p.stage in problem_stages
        ]
        if not findings:
            return d
        d.status = doc.status  # type: ignore[assignment]
        d.fields = _load_fields(doc, data)
        d.units = _load_units(s, doc_id)
        d.leaders = [
            Leader(x.name, x.title, x.unit, x.unit_key, x.source, span_of(x))
            for x in s.scalars(
                select(LeaderRow).where(LeaderRow.document_id == doc_id).order_by(LeaderRow.id)
            )
        ]
        d.pledges = _load_tasks(s, d, doc)
        return d


def _load_fields(doc: DocumentRow, data: dict[str, Any]) -> Fields:
    signer = None
    if doc.signer_name is not None:
        sp = data.get("signer_span")
        signer = Signer(doc.signer_name, doc.signer_title or "", Span(**sp) if sp else None)
    return Fields(
        kind=doc.kind,  # type: ignore[arg-type]
        number=doc.number,
        place=doc.place,
        date=iso(doc.date),
        issuer=doc.issuer,
        issuer_key=doc.issuer_key,
        superior=doc.superior,
        title=doc.title,
        summary=doc.summary,
        year=doc.year,
        signer=signer,
        spans={k: Span(**v) for k, v in data.get("field_spans", {}).items()},
    )


def _load_units(s: Session, doc_id: int) -> list[UnitMention]:
    rows = s.execute(
        select(DocumentUnitRow, UnitRow.key)
        .join(UnitRow, DocumentUnitRow.unit_id == UnitRow.id)
        .where(DocumentUnitRow.document_id == doc_id)
        .order_by(DocumentUnitRow.id)
    )
    return [UnitMention(m.name, key, m.level, span_of(m)) for m, key in rows]


def _load_tasks(s: Session, d: Dossier, doc: DocumentRow) -> list[Pledge]:
    evaluation = doc.kind == "evaluation"
    row_t: Any = EvaluationRow if evaluation else PledgeRow
    topic_t: Any = EvaluationTopicRow if evaluation else PledgeTopicRow
    fk = topic_t.evaluation_id if evaluation else topic_t.pledge_id
    rows = s.scalars(
        select(row_t).where(row_t.document_id == doc.id).order_by(row_t.index, row_t.id)
    ).all()
    topics: dict[int, list[str]] = {}
    for owner, topic in s.execute(
        select(fk, topic_t.topic).where(fk.in_([r.id for r in rows])).order_by(topic_t.position)
    ):
        topics.setdefault(owner, []).append(topic)
    out = []
    for r in rows:
        deadline = None
        if r.deadline_text is not None or r.deadline is not None:
            dspan = None
            if r.deadline_start is not None:
                dspan = d.span(r.deadline_start, r.deadline_end)
            deadline = Deadline(r.deadline_text or "", iso(r.deadline), dspan)
        p = Pledge(
            index=r.index,
            task=r.task,
            unit=r.unit,
            unit_key=r.unit_key,
            leader=r.leader,
            deadline=deadline,
            target=r.target,
            topics=topics.get(r.id, []),
            page=r.page,
            span=span_of(r),
        )
        if evaluation:
            p.status, p.percent, p.reason = r.status, r.percent, r.reason
            p.pledge_id, p.match_score = r.pledge_id, r.match_score
        out.append(p)
    return out
