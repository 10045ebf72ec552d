"""The filter tokens of the pledge index kept in step with the store.

Besides its words, each indexed pledge carries the filters it answers to as tokens
(store.search_index.meta_tokens): year, unit, kind, topics, its unit's level and its status.
The first four never change after a pledge is saved; the last two are learnt later. A unit's
level arrives with the first paper that names it with one; a status changes whenever an
evaluation of the pledge, of a twin or of an amendment partner is saved, re-linked, or its
report fails. Those are all pledges of one unit and year (store.filters.twin_groups,
store.amend), so a change is refreshed for every pledge of the unit and year it touches:
search can then filter by level and status inside the text index, with no lookup per match.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Integer, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from store.filters import statuses_at
from store.schema import DocumentRow, EvaluationRow, PledgeRow, PledgeTopicRow, UnitRow
from store.search_index import meta_tokens

_CHUNK = 500


def statuses(conn: Connection, ids: list[int]) -> dict[int, str]:
    """store.filters.statuses_at for search_index.rebuild, which works on a Connection."""
    with Session(bind=conn) as s:
        return statuses_at(s, ids)


def same_unit_year(session: Session, ids: Iterable[int]) -> set[int]:
    """`ids` and every pledge of the same unit and year as one of them."""
    ids = sorted(set(ids))
    out = set(ids)
    # a join on the (unit_key, year) index; a row-value IN would scan the table on SQLite
    asked, other = aliased(PledgeRow), aliased(PledgeRow)
    for i in range(0, len(ids), _CHUNK):
        out.update(session.scalars(
            select(other.id).join(asked, (other.unit_key == asked.unit_key)
                                  & (other.year == asked.year))
            .where(asked.id.in_(ids[i : i + _CHUNK]))))
    return out


def touched_by(session: Session, doc_id: int) -> set[int]:
    """The pledges whose level or status a document's rows bear on: its own pledges and those
    its evaluations judge, with the rest of their unit and year."""
    own = session.scalars(select(PledgeRow.id).where(PledgeRow.document_id == doc_id))
    judged = session.scalars(select(EvaluationRow.pledge_id).where(
        EvaluationRow.document_id == doc_id, EvaluationRow.pledge_id.is_not(None)))
    return same_unit_year(session, [*own, *(p for p in judged if p is not None)])


def of_units(session: Session, keys: Iterable[str]) -> set[int]:
    """Every pledge filed under one of these unit keys (a unit that has just learnt its level)."""
    keys = sorted(set(keys))
    if not keys:
        return set()
    return set(session.scalars(select(PledgeRow.id).where(PledgeRow.unit_key.in_(keys))))


def refresh(session: Session, ids: Iterable[int]) -> int:
    """Rewrite the filter tokens of these pledges where the store now says otherwise (a
    pledge not in the index, such as a failed paper's, stays out). Returns how many changed."""
    ids = sorted(set(ids))
    changed = 0
    for i in range(0, len(ids), _CHUNK):
        changed += _refresh(session, ids[i : i + _CHUNK])
    return changed


def _refresh(session: Session, ids: list[int]) -> int:
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        stmt = text("SELECT rowid, meta FROM pledge_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True))
    else:
        stmt = text("SELECT pledge_id, meta FROM pledge_search WHERE pledge_id = ANY(:ids)"
                    ).bindparams(bindparam("ids", type_=ARRAY(Integer)))
    indexed = {int(pid): str(meta) for pid, meta in conn.execute(stmt, {"ids": ids})}
    if not indexed:
        return 0
    rows = conn.execute(
        select(PledgeRow.id, PledgeRow.year, PledgeRow.unit_key, DocumentRow.kind, UnitRow.level)
        .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
        .outerjoin(UnitRow, UnitRow.key == PledgeRow.unit_key)
        .where(PledgeRow.id.in_(sorted(indexed)))
    ).all()
    topics: dict[int, list[str]] = {}
    for pid, topic in conn.execute(
        select(PledgeTopicRow.pledge_id, PledgeTopicRow.topic)
        .where(PledgeTopicRow.pledge_id.in_(sorted(indexed))).order_by(PledgeTopicRow.position)
    ):
        topics.setdefault(int(pid), []).append(topic)
    status = statuses_at(session, sorted(indexed))
    updates = []
    for pid, year, unit_key, kind, level in rows:
        old = indexed[pid]
        # the word tokens (zw…) come from the task and stay; the filter tokens are recomputed
        words = [t for t in old.split() if t.startswith("zw")]
        new = " ".join([meta_tokens(year, unit_key, kind, topics.get(pid, []), level,
                                    status.get(pid, "unknown")), *words])
        if new != old:
            updates.append({"id": pid, "meta": new})
    if updates:
        conn.execute(text("UPDATE pledge_fts SET meta = :meta WHERE rowid = :id") if sqlite
                     else text("UPDATE pledge_search SET meta = :meta WHERE pledge_id = :id"),
                     updates)
    return len(updates)

