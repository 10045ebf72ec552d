"""Evaluation → pledge links: the candidates in scope, the tasks waiting, setting a link.

The matching itself (fuzzy, Vietnamese-aware) lives in nlp/link.py; the store only
answers "which pledges could this be" and remembers the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select

from store import search_meta
from store.amend import superseded
from store.db import Store
from store.rows import iso
from store.schema import DocumentRow, EvaluationRow, PledgeRow, PledgeTopicRow, UnitRow


@dataclass(frozen=True)
class PledgeRef:
    """A stored pledge, detached from any session: what the link stage matches against."""

    id: int
    document_id: int
    file: str
    index: int
    task: str
    unit: str | None
    unit_key: str | None  # the pledge's own key, else its document's issuer key
    year: int | None
    leader: str | None
    deadline: str | None
    deadline_text: str | None
    topics: tuple[str, ...]


@dataclass(frozen=True)
class EvaluationRef:
    id: int
    document_id: int
    file: str
    index: int
    task: str
    unit: str | None
    unit_key: str | None
    year: int | None
    status: str
    eval_date: str | None
    pledge_id: int | None
    match_score: float | None


def _scope(row_t: Any, unit_key: str | None, year: int | None) -> list[Any]:
    """Same year and same unit; a task without its own unit belongs to its issuer."""
    conds: list[Any] = [DocumentRow.status != "failed"]
    if year is not None:
        conds.append(row_t.year == year)
    if unit_key is not None:
        conds.append(
            or_(
                row_t.unit_key == unit_key,
                and_(row_t.unit_key.is_(None), DocumentRow.issuer_key == unit_key),
            )
        )
    return conds


def link_candidates(store: Store, unit_key: str | None, year: int | None) -> list[PledgeRef]:
    """Pledges of commitment papers of that unit and year (unit_key None: every unit)."""
    with store.session() as s:
        rows = s.execute(
            select(PledgeRow, DocumentRow.basename, DocumentRow.issuer_key)
            .join(DocumentRow, PledgeRow.document_id == DocumentRow.id)
            .where(DocumentRow.kind == "commitment", *_scope(PledgeRow, unit_key, year))
            .order_by(DocumentRow.date, DocumentRow.id, PledgeRow.index, PledgeRow.id)
        ).all()
        # a pledge an amending commitment restates is judged under its amended wording
        # (store.amend): the report is matched against that, not the wording it replaced
        replaced = superseded(s, [r[0].id for r in rows])
        rows = [r for r in rows if r[0].id not in replaced]
        topics: dict[int, list[str]] = {}
        ids = [r[0].id for r in rows]
        for pid, t in s.execute(
            select(PledgeTopicRow.pledge_id, PledgeTopicRow.topic)
            .where(PledgeTopicRow.pledge_id.in_(ids))
            .order_by(PledgeTopicRow.position)
        ):
            topics.setdefault(pid, []).append(t)
        return [
            PledgeRef(
                id=p.id,
                document_id=p.document_id,
                file=file,
                index=p.index,
                task=p.task,
                unit=p.unit,
                unit_key=p.unit_key or issuer_key,
                year=p.year,
                leader=p.leader,
                deadline=iso(p.deadline),
                deadline_text=p.deadline_text,
                topics=tuple(topics.get(p.id, [])),
            )
            for p, file, issuer_key in rows
        ]


def keys_extending(store: Store, unit_key: str, year: int | None) -> list[str]:
    """Unit keys of commitment pledges of that year that begin with `unit_key` and go on
    ("so y te" → "so y te tinh lam dong"): the candidates for a body written bare.

    The keys are looked up in `units` (one row per body, every commitment's keys included:
    store.load), then kept if a commitment pledge of that year is filed under them, which the
    (unit_key, year) and (issuer_key, year) indexes answer: an archive of a million pledges
    is never scanned."""
    with store.session() as s:
        keys = s.execute(
            select(UnitRow.key).where(*_starting(s, UnitRow.key, unit_key)).order_by(UnitRow.key)
        ).scalars().all()
        if not keys:
            return []
        live = [DocumentRow.kind == "commitment", DocumentRow.status != "failed"]
        in_year = [PledgeRow.year == year] if year is not None else []
        found = set(s.execute(
            select(PledgeRow.unit_key).join(DocumentRow, PledgeRow.document_id == DocumentRow.id)
            .where(PledgeRow.unit_key.in_(keys), *in_year, *live).distinct()
        ).scalars())
        # a pledge without a unit of its own is its paper's issuer's: the papers by their
        # issuer key, then their pledges by document (no condition on unit_key in SQL, so
        # the planner cannot walk every unit-less pledge of the year instead)
        papers = dict(s.execute(
            select(DocumentRow.id, DocumentRow.issuer_key)
            .where(DocumentRow.issuer_key.in_(keys), *live)
        ).all())
        if papers:
            found |= {papers[doc] for doc, own in s.execute(
                select(PledgeRow.document_id, PledgeRow.unit_key)
                .where(PledgeRow.document_id.in_(papers), *in_year)
            ) if own is None}
        return [k for k in keys if k in found]


def _starting(s: Any, col: Any, prefix: str) -> list[Any]:
    """`col` begins with `prefix` and a space. LIKE says so exactly on both stores; SQLite
    compares keys byte by byte, so a range there lets it walk the unique index (its LIKE is
    case-blind and cannot)."""
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"
    conds: list[Any] = [col.like(pattern, escape="\\")]
    if s.get_bind().dialect.name == "sqlite":
        conds += [col >= prefix + " ", col < prefix + "!"]  # "!" follows " "
    return conds


def unlinked_evaluations(
    store: Store, unit_key: str | None, year: int | None
) -> list[EvaluationRef]:
    """Evaluated tasks of that unit and year not yet linked to a pledge."""
    with store.session() as s:
        rows = s.execute(
            select(EvaluationRow, DocumentRow.basename, DocumentRow.issuer_key)
            .join(DocumentRow, EvaluationRow.document_id == DocumentRow.id)
            .where(EvaluationRow.pledge_id.is_(None), *_scope(EvaluationRow, unit_key, year))
            .order_by(DocumentRow.date, DocumentRow.id, EvaluationRow.index, EvaluationRow.id)
        ).all()
        return [
            EvaluationRef(
                id=e.id,
                document_id=e.document_id,
                file=file,
                index=e.index,
                task=e.task,
                unit=e.unit,
                unit_key=e.unit_key or issuer_key,
                year=e.year,
                status=e.status,
                eval_date=iso(e.eval_date),
                pledge_id=e.pledge_id,
                match_score=e.match_score,
            )
            for e, file, issuer_key in rows
        ]


def set_link(store: Store, evaluation_id: int, pledge_id: int | None, score: float | None) -> None:
    """Link an evaluated task to the pledge it judges (pledge_id None removes the link)."""
    with store.writing() as s:
        ev = s.get(EvaluationRow, evaluation_id)
        if ev is None:
            raise KeyError(f"no evaluation with id {evaluation_id}")
        if pledge_id is not None and s.get(PledgeRow, pledge_id) is None:
            raise KeyError(f"no pledge with id {pledge_id}")
        before = ev.pledge_id
        ev.pledge_id = pledge_id
        ev.match_score = score if pledge_id is not None else None
        s.flush()
        search_meta.refresh(s, search_meta.same_unit_year(
            s, [p for p in (before, pledge_id) if p is not None]))


def unlink_superseded(store: Store, unit_key: str, year: int | None) -> int:
    """Free the evaluated tasks of that unit and year linked to a pledge that an amending
    commitment has since restated, so they are matched again against the amended wording
    (a report read before the amendment arrived would otherwise keep the old link)."""
    with store.writing() as s:
        linked = s.execute(
            select(EvaluationRow, PledgeRow.id)
            .join(PledgeRow, EvaluationRow.pledge_id == PledgeRow.id)
            .join(DocumentRow, PledgeRow.document_id == DocumentRow.id)
            .where(*_scope(PledgeRow, unit_key, year))
        ).all()
        replaced = superseded(s, sorted({pid for _, pid in linked}))
        n = 0
        for ev, pid in linked:
            if pid in replaced:
                ev.pledge_id, ev.match_score = None, None
                n += 1
        if n:
            s.flush()
            search_meta.refresh(s, search_meta.same_unit_year(s, replaced))
        return n
