"""Amended commitments: a later paper of the same unit and year that adjusts or adds to
its commitment ("BẢN CAM KẾT BỔ SUNG, ĐIỀU CHỈNH"). Each of its pledges that restates an
earlier pledge (the same task, a new figure or deadline) amends that pledge: the two are
one task, so an evaluation of either judges both, and the amended wording is what a
year-end report is matched against.

Tasks are compared by their shared syllable pairs, as carry-overs are (store.followup).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

from sqlalchemy import CompoundSelect, Select, bindparam, select, union_all
from sqlalchemy.orm import Session, aliased

from store.schema import DocumentRow, PledgeRow
from store.search_index import fold, pledge_body

# words of a title or summary that make a commitment an amendment of an earlier one
AMEND_WORDS = ("dieu chinh", "bo sung", "sua doi")
SAME_TASK_MIN = 0.45  # share of the shorter task's syllable pairs found in the other
SAME_TASK_SHARED = 3  # and at least this many shared pairs


def _bigrams(task: str) -> set[tuple[str, str]]:
    # numbers change with the amendment ("08" → "06 chương trình"): they do not name the task
    ws = [w for w in pledge_body(task, None).split() if not w.isdigit()]
    return set(zip(ws, ws[1:], strict=False))


def similarity(a: str, b: str) -> tuple[float, int]:
    """(overlap coefficient, shared count) of the syllable pairs of two tasks.

    Pairs, not syllables: Vietnamese words are two syllables more often than not, so a shared
    pair is a shared word ("giải phóng", "mặt bằng"). Overlap over the shorter task: "Tiếp
    tục …" + the old task is the old task again.
    """
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0, 0
    shared = len(x & y)
    return shared / min(len(x), len(y)), shared


def same_task(a: str, b: str) -> bool:
    sim, shared = similarity(a, b)
    return sim >= SAME_TASK_MIN and shared >= SAME_TASK_SHARED


def is_amendment(title: str | None, summary: str | None) -> bool:
    """A commitment whose title or summary says it adjusts or adds to an earlier one."""
    words = fold(f"{title or ''} {summary or ''}")
    return any(w in words for w in AMEND_WORDS)


_Pairs = Select[int, str, int, str, str | None, str | None, str | None, str | None,
                dt.date | None, dt.date | None]


@functools.cache
def _pairs_stmt() -> CompoundSelect:
    p1, p2 = aliased(PledgeRow), aliased(PledgeRow)
    d1, d2 = aliased(DocumentRow), aliased(DocumentRow)

    # both directions: p1 is asked about, p2 is an earlier or later pledge of the unit and
    # year in another commitment; the later paper of the two must amend. One of the two is
    # marked (from_amendment, set when saved): when p1 is not, p2 is looked for on the
    # small index of marked pledges, not among every pledge of the unit's year
    def pairs(marked: Any) -> _Pairs:
        return (
            select(p1.id, p1.task, p2.id, p2.task, d1.title, d1.summary, d2.title,
                   d2.summary, d1.date, d2.date)
            .join(d1, p1.document_id == d1.id)
            .join(p2, (p2.unit_key == p1.unit_key) & (p2.year == p1.year)
                  & (p2.document_id != p1.document_id))
            .join(d2, p2.document_id == d2.id)
            .where(p1.id.in_(bindparam("ids", expanding=True)), marked,
                   d1.kind == "commitment", d2.kind == "commitment", d1.date.is_not(None),
                   d2.date.is_not(None), d1.date != d2.date, d1.status != "failed",
                   d2.status != "failed")
        )

    return union_all(pairs(p1.from_amendment),
                     pairs(p2.from_amendment & ~p1.from_amendment))


def amendments(session: Session, ids: Iterable[int]) -> dict[int, dict[int, dt.date | None]]:
    """{pledge id: {the pledge it amends or is amended by: the date of that one's paper
    when it is the amending (later) one, else None}} for the pledges that have one."""
    ids = list(ids)
    out: dict[int, dict[int, dt.date | None]] = {}
    for i in range(0, len(ids), 500):
        rows = session.connection().execute(_pairs_stmt(), {"ids": ids[i : i + 500]})
        for a, task_a, b, task_b, t1, s1, t2, s2, d1, d2 in rows:
            if d1 is None or d2 is None:  # excluded by the query; for the type checker
                continue
            b_later = d2 > d1
            if is_amendment(*((t2, s2) if b_later else (t1, s1))) and same_task(task_a, task_b):
                out.setdefault(int(a), {})[int(b)] = d2 if b_later else None
    return out


def superseded(session: Session, ids: Iterable[int], as_of: dt.date | None = None) -> set[int]:
    """The pledges among `ids` that a later amending pledge restates (by `as_of`)."""
    return {a for a, others in amendments(session, ids).items()
            if any(d is not None and (as_of is None or d <= as_of) for d in others.values())}
