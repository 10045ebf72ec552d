"""Read-only views for the CLI: counts, one document, one pledge, the problem list.

Every view returns plain dicts (JSON-ready, dates as ISO strings) with the source
snippets next to the facts, so `camket show` can print where each fact came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from store.db import Store
from store.rows import iso
from store.schema import (
    BatchRow,
    DocumentPathRow,
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


def latest_statuses(session: Session, pledge_ids: Iterable[int]) -> dict[int, str]:
    """For each pledge, the status its latest evaluation (of it or of its twin) gave it;
    pledges no evaluation judged are absent (the caller reports "unknown")."""
    from store.filters import statuses_at

    return statuses_at(session, pledge_ids)

def _topics(session: Session, table: Any, fk: Any, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    if ids:
        for owner, topic in session.connection().execute(
            select(fk, table.topic).where(fk.in_(ids)).order_by(table.position)
        ):
            out.setdefault(owner, []).append(topic)
    return out


def pledge_topics(session: Session, ids: list[int]) -> dict[int, list[str]]:
    return _topics(session, PledgeTopicRow, PledgeTopicRow.pledge_id, ids)


def evaluation_topics(session: Session, ids: list[int]) -> dict[int, list[str]]:
    return _topics(session, EvaluationTopicRow, EvaluationTopicRow.evaluation_id, ids)


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(stmt) or 0)


def _group(session: Session, column: Any) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).group_by(column).order_by(column))
    return {str(k) if k is not None else "unknown": int(n) for k, n in rows}


def stats(store: Store) -> dict[str, Any]:
    """Counts for `camket stats`: documents by status/kind/format, and the facts."""
    with store.session() as s:
        return {
            "documents": _count(s, select(func.count()).select_from(DocumentRow)),
            "by_status": _group(s, DocumentRow.status),
            "by_kind": _group(s, DocumentRow.kind),
            "by_format": _group(s, DocumentRow.format),
            "ocr": _count(s, select(func.count()).where(DocumentRow.ocr.is_(True))),
            "pledges": _count(s, select(func.count()).select_from(PledgeRow)),
            "evaluations": _count(s, select(func.count()).select_from(EvaluationRow)),
            "linked": _count(s, select(func.count()).where(EvaluationRow.pledge_id.is_not(None))),
            "units": _count(s, select(func.count(distinct(DocumentUnitRow.unit_id)))),
            "leaders": _count(s, select(func.count()).select_from(LeaderRow)),
            "problems": _count(s, select(func.count()).select_from(ProblemRow)),
            "batches": _count(s, select(func.count()).select_from(BatchRow)),
        }


def _source(row: Any) -> dict[str, Any]:
    return {"page": row.page, "start": row.span_start, "end": row.span_end, "snippet": row.snippet}


def _task(row: Any, topics: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "index": row.index,
        "task": row.task,
        "unit": row.unit,
        "unit_key": row.unit_key,
        "year": row.year,
        "leader": row.leader,
        "deadline": iso(row.deadline),
        "deadline_text": row.deadline_text,
        "target": row.target,
        "topics": topics,
        "source": _source(row),
        "pipeline_version": row.pipeline_version,
    }


def _evaluation(row: EvaluationRow, topics: list[str]) -> dict[str, Any]:
    return {
        **_task(row, topics),
        "status": row.status,
        "percent": row.percent,
        "reason": row.reason,
        "eval_date": iso(row.eval_date),
        "pledge_id": row.pledge_id,
        "match_score": row.match_score,
    }


def _doc_brief(doc: DocumentRow) -> dict[str, Any]:
    return {
        "id": doc.id,
        "file": doc.basename,
        "kind": doc.kind,
        "number": doc.number,
        "date": iso(doc.date),
        "issuer": doc.issuer,
        "year": doc.year,
    }


def show_document(store: Store, doc_id: int) -> dict[str, Any]:
    """Everything stored about one document, each fact with its source snippet."""
    with store.session() as s:
        doc = s.get(DocumentRow, doc_id)
        if doc is None:
            raise KeyError(f"no document with id {doc_id}")
        by_doc = DocumentUnitRow.document_id == doc_id
        units = s.execute(
            select(DocumentUnitRow, UnitRow.key)
            .join(UnitRow, DocumentUnitRow.unit_id == UnitRow.id)
            .where(by_doc)
            .order_by(DocumentUnitRow.id)
        ).all()
        leaders = s.scalars(
            select(LeaderRow).where(LeaderRow.document_id == doc_id).order_by(LeaderRow.id)
        ).all()
        pledges = s.scalars(
            select(PledgeRow).where(PledgeRow.document_id == doc_id).order_by(PledgeRow.index)
        ).all()
        evals = s.scalars(
            select(EvaluationRow)
            .where(EvaluationRow.document_id == doc_id)
            .order_by(EvaluationRow.index)
        ).all()
        ptopics = pledge_topics(s, [p.id for p in pledges])
        etopics = evaluation_topics(s, [e.id for e in evals])
        latest = latest_statuses(s, [p.id for p in pledges])
        paths = s.scalars(
            select(DocumentPathRow.path)
            .where(DocumentPathRow.document_id == doc_id)
            .order_by(DocumentPathRow.id)
        ).all()
        probs = s.scalars(
            select(ProblemRow).where(ProblemRow.document_id == doc_id).order_by(ProblemRow.id)
        ).all()
        signer = None
        if doc.signer_name is not None:
            signer = {"name": doc.signer_name, "title": doc.signer_title}
        return {
            **_doc_brief(doc),
            "sha256": doc.sha256,
            "path": doc.path,
            "paths": list(paths),
            "size": doc.size,
            "format": doc.format,
            "status": doc.status,
            "error_code": doc.error_code,
            "error_message": doc.error_message,
            "place": doc.place,
            "issuer_key": doc.issuer_key,
            "superior": doc.superior,
            "title": doc.title,
            "summary": doc.summary,
            "ocr": doc.ocr,
            "signer": signer,
            "pipeline_version": doc.pipeline_version,
            "batch_id": doc.batch_id,
            "units": [
                {"name": u.name, "key": key, "level": u.level, "source": _source(u)}
                for u, key in units
            ],
            "leaders": [
                {
                    "name": x.name,
                    "title": x.title,
                    "unit": x.unit,
                    "unit_key": x.unit_key,
                    "found_in": x.source,
                    "source": _source(x),
                }
                for x in leaders
            ],
            "pledges": [
                {**_task(p, ptopics.get(p.id, [])), "status": latest.get(p.id, "unknown")}
                for p in pledges
            ],
            "evaluations": [_evaluation(e, etopics.get(e.id, [])) for e in evals],
            "problems": [
                {"stage": p.stage, "code": p.code, "message": p.message, "page": p.page}
                for p in probs
            ],
        }


def show_pledge(store: Store, pledge_id: int) -> dict[str, Any]:
    """One pledge with its source snippet, its document, and the evaluations that judged it."""
    with store.session() as s:
        p = s.get(PledgeRow, pledge_id)
        if p is None:
            raise KeyError(f"no pledge with id {pledge_id}")
        doc = s.get(DocumentRow, p.document_id)
        assert doc is not None  # the foreign key guarantees it
        rows = s.execute(
            select(EvaluationRow, DocumentRow)
            .join(DocumentRow, EvaluationRow.document_id == DocumentRow.id)
            .where(EvaluationRow.pledge_id == pledge_id)
            .order_by(EvaluationRow.eval_date, EvaluationRow.id)
        ).all()
        etopics = evaluation_topics(s, [e.id for e, _ in rows])
        return {
            **_task(p, pledge_topics(s, [p.id]).get(p.id, [])),
            "status": latest_statuses(s, [p.id]).get(p.id, "unknown"),
            "document": _doc_brief(doc),
            "evaluations": [
                {**_evaluation(e, etopics.get(e.id, [])), "document": _doc_brief(d)}
                for e, d in rows
            ],
        }


def problems(store: Store) -> list[dict[str, Any]]:
    """Failed and partial files with what went wrong, one entry per problem, by file name."""
    with store.session() as s:
        docs = s.scalars(
            select(DocumentRow).where(DocumentRow.status.in_(("failed", "partial")))
        ).all()
        # by code point, as the export does: database collations differ on Vietnamese
        docs = sorted(docs, key=lambda d: (d.basename, d.path, d.id))
        by_doc: dict[int, list[ProblemRow]] = {}
        for pr in s.scalars(
            select(ProblemRow)
            .where(ProblemRow.document_id.in_([d.id for d in docs]))
            .order_by(ProblemRow.id)
        ):
            by_doc.setdefault(pr.document_id, []).append(pr)
        out = []
        for d in docs:
            base = {"document_id": d.id, "file": d.basename, "path": d.path, "status": d.status}
            probs = by_doc.get(d.id)
            if not probs:
                # a partial/failed row without problem rows still has its error columns
                out.append(
                    {
                        **base,
                        "stage": None,
                        "code": d.error_code,
                        "message": d.error_message,
                        "page": None,
                    }
                )
            for pr in probs or []:
                out.append(
                    {
                        **base,
                        "stage": pr.stage,
                        "code": pr.code,
                        "message": pr.message,
                        "page": pr.page,
                    }
                )
        return out


def _evaluation_detail(store: Store, evaluation_id: int) -> dict[str, Any]:
    with store.session() as s:
        e = s.get(EvaluationRow, evaluation_id)
        if e is None:
            raise KeyError(f"no evaluated task with id {evaluation_id}")
        doc = s.get(DocumentRow, e.document_id)
        assert doc is not None
        return {
            **_evaluation(e, evaluation_topics(s, [e.id]).get(e.id, [])),
            "document": _doc_brief(doc),
        }


def show(store: Store, ident: str) -> dict[str, Any]:
    """Resolve what a user typed: D12 (document), P34 or 34 (pledge), E5 (evaluated task),
    a file name, or a sha256 prefix of at least 8 characters. LookupError if none."""
    ident = ident.strip()
    kind, num = ident[:1].upper(), ident[1:]
    try:
        if kind == "D" and num.isdigit():
            return show_document(store, int(num))
        if kind == "P" and num.isdigit():
            return show_pledge(store, int(num))
        if kind == "E" and num.isdigit():
            return _evaluation_detail(store, int(num))
        if ident.isdigit():
            return show_pledge(store, int(ident))
    except KeyError as e:
        raise LookupError(str(e.args[0])) from None
    with store.session() as s:
        doc_id = s.scalar(select(DocumentRow.id).where(DocumentRow.basename == ident))
        if doc_id is None and len(ident) >= 8 and all(c in "0123456789abcdef" for c in ident.lower()):
            doc_id = s.scalar(
                select(DocumentRow.id).where(DocumentRow.sha256.startswith(ident.lower()))
            )
    if doc_id is None:
        raise LookupError(f"nothing called {ident!r}: use D<id>, P<id>, E<id>, a file name "
                          "or a sha256 prefix")
    return show_document(store, doc_id)


def evaluation_links(store: Store) -> dict[tuple[str, int], tuple[str, int] | None]:
    """{(evaluation file, task index): (commitment file, pledge index) or None} — what the
    accuracy script compares with the gold links."""
    with store.session() as s:
        ev = s.execute(
            select(DocumentRow.basename, EvaluationRow.index, EvaluationRow.pledge_id)
            .join(DocumentRow, EvaluationRow.document_id == DocumentRow.id)
        ).all()
        targets = dict(
            (pid, (name, idx))
            for pid, name, idx in s.execute(
                select(PledgeRow.id, DocumentRow.basename, PledgeRow.index)
                .join(DocumentRow, PledgeRow.document_id == DocumentRow.id)
            ).all()
        )
    return {(name, idx): targets.get(pid) if pid else None for name, idx, pid in ev}


def document_ids(store: Store, since_version: str | None = None) -> list[int]:
    """Documents to re-process: all, or those made by pipeline version `since_version` or older."""
    with store.session() as s:
        rows = s.execute(select(DocumentRow.id, DocumentRow.pipeline_version)
                         .order_by(DocumentRow.id)).all()
    if since_version is None:
        return [r[0] for r in rows]

    def v(x: str) -> tuple[int, ...]:
        return tuple(int(p) for p in x.split(".") if p.isdigit())

    return [i for i, ver in rows if v(ver or "0") <= v(since_version)]
