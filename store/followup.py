"""Follow-up: which pledges were not delivered at a date, and a pledge's whole history.

A pledge's status at a date is what the latest evaluation dated on or before that date
said of it or of its twins (the DOCX and PDF of one paper are one pledge); evaluations
that could not read a status ("unknown") say nothing. A pledge without a deadline is due
at the end of the year it was pledged for: commitments are made for one year.

Reasons, in the order they are checked:
- evaluated_not_completed: the latest evaluation says not completed (deadline or not);
- in_progress_past_deadline: the latest says in progress and the deadline has passed;
- overdue_no_evaluation: the deadline has passed and no evaluation judged it.
A pledge whose latest evaluation says completed is never flagged. A pledge of a document
dated after the as-of date did not exist yet and is not flagged either. A pledge restated by
an amending commitment (store.amend) is followed up through the amending pledge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.amend import similarity, superseded
from store.db import Store
from store.filters import Filters, sql_conditions, statuses_at, twin_groups
from store.queries import pledge_topics, show_pledge
from store.rows import iso
from store.schema import DocumentRow, PledgeRow
from store.search import Hit

REASONS = ("overdue_no_evaluation", "evaluated_not_completed", "in_progress_past_deadline")
CARRY_OVER_MIN = 0.45  # share of the shorter task's word pairs found in the other task
CARRY_OVER_SHARED = 3  # and at least this many shared pairs


@dataclass
class Flag(Hit):
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "reason": self.reason}


def due(deadline: dt.date | None, year: int | None) -> dt.date | None:
    """When a pledge falls due: its deadline, else the last day of its year."""
    if deadline is not None:
        return deadline
    return dt.date(year, 12, 31) if year else None


def reason(status: str | None, due_date: dt.date | None, as_of: dt.date) -> str | None:
    """Why a pledge is unfinished at `as_of`, or None. The rule table of the module doc."""
    passed = due_date is not None and due_date < as_of
    if status == "not_completed":
        return "evaluated_not_completed"
    if status == "in_progress" and passed:
        return "in_progress_past_deadline"
    if status is None and passed:
        return "overdue_no_evaluation"
    return None


def flag(store: Store, as_of: dt.date, filters: Filters | None = None) -> list[Flag]:
    """Every unfinished pledge at `as_of` with its reason, by due date then id."""
    f = filters or Filters()
    with store.session() as s:
        cond, possible = sql_conditions(s, f)
        if not possible:
            return []
        rows = s.execute(
            select(PledgeRow, DocumentRow.basename, DocumentRow.date)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(*cond)
            .order_by(PledgeRow.id)
        ).all()
        rows = [r for r in rows if r[2] is None or r[2] <= as_of]
        statuses = statuses_at(s, [p.id for p, _, _ in rows], as_of)
        # an amended pledge is followed up as amended: the amending pledge is flagged, with
        # its own deadline, not the wording it replaced (amendments dated after as_of wait)
        replaced = superseded(s, [p.id for p, _, d in rows if d is None or d <= as_of],
                              as_of)
        out: list[Flag] = []
        for p, file, _ in rows:
            if p.id in replaced:
                continue
            st = statuses.get(p.id)
            if f.statuses and (st or "unknown") not in f.statuses:
                continue
            why = reason(st, due(p.deadline, p.year), as_of)
            if why:
                out.append(Flag(p.id, p.task, p.unit, p.leader, iso(p.deadline), st or "unknown",
                                file, p.page, 1.0, [], p.year, p.document_id, reason=why))
        topics = pledge_topics(s, [x.id for x in out])
        for x in out:
            x.topics = topics.get(x.id, [])
    out.sort(key=lambda x: (due(_date(x.deadline), x.year) or dt.date.max, x.id))
    return out


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def carried_over(session: Session, pledge: PledgeRow) -> list[dict[str, Any]]:
    """Pledges of the same unit for the next year whose task is (nearly) the same one."""
    if pledge.unit_key is None or pledge.year is None:
        return []
    rows = session.execute(
        select(PledgeRow, DocumentRow.basename)
        .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
        .where(PledgeRow.unit_key == pledge.unit_key, PledgeRow.year == pledge.year + 1)
        .order_by(PledgeRow.id)
    ).all()
    out = []
    for p, file in rows:
        sim, shared = similarity(pledge.task, p.task)
        if sim >= CARRY_OVER_MIN and shared >= CARRY_OVER_SHARED:
            out.append({"id": p.id, "task": p.task, "year": p.year, "deadline": iso(p.deadline),
                        "file": file, "page": p.page, "similarity": round(sim, 3)})
    return out


def history(store: Store, pledge_id: int) -> dict[str, Any]:
    """A pledge, every evaluation that judged it or its twins, and its carry-overs."""
    data = show_pledge(store, pledge_id)  # KeyError if there is no such pledge
    with store.session() as s:
        p = s.get(PledgeRow, pledge_id)
        assert p is not None
        twins = sorted(twin_groups(s, [pledge_id]).get(pledge_id, {pledge_id}) - {pledge_id})
        seen = {e["id"] for e in data["evaluations"]}
        for t in twins:
            for e in show_pledge(store, t)["evaluations"]:
                if e["id"] not in seen:
                    seen.add(e["id"])
                    data["evaluations"].append({**e, "judged_twin": t})
        data["evaluations"].sort(key=lambda e: (e.get("eval_date") or "", e["id"]))
        data["twins"] = twins
        data["carried_over"] = carried_over(s, p)
    return data
