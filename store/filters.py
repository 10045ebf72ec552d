"""Filters shared by search, flag and report: unit (any alias, with subordinates), level,
year or date range, topic, status, kind.

Everything but the status is SQL on pledges ⋈ documents. The status of a pledge is not a
column: it is what its latest evaluation said (statuses_at), so flag and report apply it in
Python to the rows SQL selected; search reads it from the text index, where
store.search_meta keeps each pledge's status now as a token.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from store.schema import (
    DocumentRow,
    DocumentUnitRow,
    EvaluationRow,
    PledgeRow,
    PledgeTopicRow,
    UnitRow,
)
from store.search_index import fold

LEVELS = ("province", "district", "commune", "village", "department", "office", "org")


@dataclass(frozen=True)
class Filters:
    units: tuple[str, ...] = ()  # names as a user types them: any alias, any case/diacritics
    subordinates: bool = False  # also the units whose documents name one of `units` as superior
    level: str | None = None
    year: int | None = None
    date_from: dt.date | None = None  # deadline on or after (a pledge with no deadline: its year)
    date_to: dt.date | None = None
    topics: tuple[str, ...] = ()  # slugs
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def _word_in(needle: str, hay: str) -> bool:
    return bool(needle) and f" {needle} " in f" {hay} "


_ALIASES: dict[tuple[str, tuple[int, ...]], dict[str, set[str]]] = {}


def _aliases(session: Session) -> dict[str, set[str]]:
    """{unit key: every folded name it goes by}, cached until the store gains units/documents."""
    stamp = tuple(
        int(session.scalar(q) or 0)
        for q in (
            select(func.count()).select_from(UnitRow),
            select(func.max(DocumentUnitRow.id)),
            select(func.max(DocumentRow.id)),
            select(func.max(PledgeRow.id)),
        )
    )
    cache_key = (str(getattr(session.get_bind(), "url", "")), stamp)
    if cache_key in _ALIASES:
        return _ALIASES[cache_key]
    aliases: dict[str, set[str]] = {}
    for key, name in session.execute(select(UnitRow.key, UnitRow.name)):
        aliases.setdefault(key, set()).update({fold(key), fold(name)})
    for key, name in session.execute(
        select(UnitRow.key, DocumentUnitRow.name)
        .join(DocumentUnitRow, DocumentUnitRow.unit_id == UnitRow.id)
        .distinct()
    ):
        aliases[key].add(fold(name))
    _ALIASES.clear()  # one store per process in practice: keep one map
    _ALIASES[cache_key] = aliases
    return aliases


def resolve_units(session: Session, names: Iterable[str], subordinates: bool = False) -> set[str]:
    """Unit keys for what the user typed: a key, a display name or any name a document used.

    An exact (folded) match wins; otherwise every unit whose key or alias contains the typed
    words ("Cam Lộ" → huyện ủy Cam Lộ, UBND huyện Cam Lộ …). With `subordinates`, units whose
    documents name a matched unit as their superior are added, down the hierarchy.
    """
    aliases = _aliases(session)
    found: set[str] = set()
    for typed in names:
        f = fold(typed)
        exact = {k for k, al in aliases.items() if f in al}
        found |= exact or {k for k, al in aliases.items() if any(_word_in(f, a) for a in al)}
    if subordinates and found:
        issued = session.execute(
            select(DocumentRow.issuer_key, DocumentRow.superior)
            .where(DocumentRow.issuer_key.is_not(None), DocumentRow.superior.is_not(None))
            .distinct()
        ).all()
        for _ in range(6):  # province → district → commune → village, with room to spare
            forms = {a for k in found for a in aliases.get(k, {fold(k)})}
            more = {k for k, sup in issued if fold(sup or "") in forms and k not in found}
            if not more:
                break
            found |= {k for k in more if k is not None}
    return found


def twin_groups(session: Session, ids: list[int]) -> dict[int, set[int]]:
    """Each pledge with its twins, itself included: the same task, word for word, pledged by
    the same unit for the same year in another file (the DOCX and PDF of one paper), and the
    pledge at the same place of a copy with the same number and date (a scan read by OCR).
    One self-join looked up on the (unit_key, year) index for each pledge asked about, so
    the cost follows their number, not the size of the store. A pledge with no unit or year
    (or no row) is absent: callers read it as its own group."""
    twins: dict[int, set[int]] = {}
    stmt = _twins_stmt(session.get_bind().dialect.name == "postgresql")
    for i in range(0, len(ids), 500):
        for a, b in session.connection().execute(stmt, {"ids": ids[i : i + 500]}):
            twins.setdefault(int(a), {int(a)}).add(int(b))
    # the same paper in another file whose text differs a little (a scan read by OCR, a PDF
    # that hyphenates): same unit and year, same document number and date, same place
    for pid, others in _copies(session, list(ids)).items():
        twins[pid] = twins.get(pid, {pid}) | others
    return twins


@functools.cache
def _twins_stmt(hashed: bool) -> Select[int, int]:
    # a join, not unit IN × year IN × task IN: those INs crossed read every year of every
    # unit asked about (ten times the rows), and a row-value IN scans the table on SQLite.
    # hashed (PostgreSQL): the (unit_key, year, md5(task)) index of migration 0007 finds the
    # twins themselves, not every pledge of the unit's year read to compare its task (a
    # few dozen rows, each a page read, for each pledge asked about)
    from sqlalchemy.orm import aliased

    p1, p2 = aliased(PledgeRow), aliased(PledgeRow)
    on = (p2.unit_key == p1.unit_key) & (p2.year == p1.year) & (p2.task == p1.task)
    if hashed:
        on &= func.md5(p2.task) == func.md5(p1.task)
    return select(p1.id, p2.id).join(p2, on).where(p1.id.in_(bindparam("ids", expanding=True)))


def statuses_at(session: Session, ids: Iterable[int], as_of: dt.date | None = None
                ) -> dict[int, str]:
    """Latest non-unknown status of each pledge (or a twin) from evaluations dated ≤ as_of.

    Twins are the same task, word for word, pledged by the same unit for the same year in
    another file (the DOCX and PDF of one paper): an evaluation of either judges both; so
    are a pledge and the pledge of an amending commitment that restates it. Latest
    by evaluation date, then by report and task (deterministic); an evaluation with no date
    counts at any date. Pledges that nothing judged are absent.
    """
    ids = list(ids)
    if not ids:
        return {}
    twins = twin_groups(session, ids)
    # an amended pledge and the pledge that amends it are one task: a report judging either
    # judges both (store.amend)
    from store.amend import amendments

    for pid, others in amendments(session, ids).items():
        group = twins.get(pid, {pid}) | set(others)
        for o in others:
            group |= twins.get(o, set())
        twins[pid] = group
    every = sorted({t for g in twins.values() for t in g})
    # latest by evaluation date; reports of the same date are ordered by their bytes' hash
    # and the task's place, not by row id, so a parallel batch gives the same answer
    best: dict[int, tuple[dt.date, str, int, str]] = {}
    for i in range(0, len(every), 500):
        rows = session.connection().execute(
            select(EvaluationRow.pledge_id, EvaluationRow.status, EvaluationRow.eval_date,
                   DocumentRow.sha256, EvaluationRow.index)
            .join(DocumentRow, EvaluationRow.document_id == DocumentRow.id)
            .where(
                EvaluationRow.pledge_id.in_(every[i : i + 500]),
                EvaluationRow.status != "unknown",
                DocumentRow.status != "failed",
            )
        )
        for pid_, status, when, sha, index in rows:
            if pid_ is None:
                continue
            pid = int(pid_)
            if as_of is not None and when is not None and when > as_of:
                continue
            key = (when or dt.date.min, str(sha), int(index), str(status))
            if pid not in best or key[:3] > best[pid][:3]:
                best[pid] = key
    out: dict[int, str] = {}
    for pid in ids:
        judged = [best[t] for t in twins.get(pid, {pid}) if t in best]
        if judged:
            out[pid] = max(judged)[3]
    return out


@functools.cache
def _copies_stmt() -> Select[int, int]:
    # Built once: aliasing two wide tables proxies every column, which cost more than the
    # query itself when it was rebuilt for each search (tens of ms on a loaded machine).
    from sqlalchemy.orm import aliased

    p1, p2 = aliased(PledgeRow), aliased(PledgeRow)
    d1, d2 = aliased(DocumentRow), aliased(DocumentRow)
    return (
        select(p1.id, p2.id)
        .join(d1, p1.document_id == d1.id)
        .join(p2, (p2.unit_key == p1.unit_key) & (p2.year == p1.year)
              & (p2.index == p1.index) & (p2.id != p1.id))
        .join(d2, (p2.document_id == d2.id) & (d2.number == d1.number) & (d2.date == d1.date))
        .where(p1.id.in_(bindparam("ids", expanding=True)), d1.number.is_not(None),
               d1.date.is_not(None))
    )


def _copies(session: Session, ids: list[int]) -> dict[int, set[int]]:
    """Pledges at the same place of copies of one paper: {pledge id: ids of its copies}."""
    out: dict[int, set[int]] = {}
    for i in range(0, len(ids), 500):
        for a, b in session.connection().execute(_copies_stmt(), {"ids": ids[i : i + 500]}):
            out.setdefault(int(a), set()).add(int(b))
    return out


def sql_conditions(session: Session, f: Filters, *, per_row: bool = False,
                   unit_keys: set[str] | None = None) -> tuple[list[Any], bool]:
    """WHERE conditions on PledgeRow/DocumentRow, and False if a filter matches nothing.

    per_row: the rows are a few candidates found elsewhere (search's text index), so the
    topic is checked row by row; a report over the whole store keeps the set form.
    unit_keys: f.units already resolved (resolve_units) by a caller that needs them too."""
    cond: list[Any] = [DocumentRow.status != "failed"]
    if f.units:
        keys = (unit_keys if unit_keys is not None
                else resolve_units(session, f.units, f.subordinates))
        if not keys:
            return cond, False
        cond.append(PledgeRow.unit_key.in_(sorted(keys)))
    if f.level:
        cond.append(PledgeRow.unit_key.in_(select(UnitRow.key).where(UnitRow.level == f.level)))
    if f.year is not None:
        cond.append(PledgeRow.year == f.year)
    if f.date_from is not None:
        cond.append(
            (PledgeRow.deadline >= f.date_from)
            | (PledgeRow.deadline.is_(None) & (PledgeRow.year >= f.date_from.year))
        )
    if f.date_to is not None:
        cond.append(
            (PledgeRow.deadline <= f.date_to)
            | (PledgeRow.deadline.is_(None) & (PledgeRow.year <= f.date_to.year))
        )
    if f.topics and per_row:
        # EXISTS, not id IN (subquery): checked per row on the (pledge_id, topic) key, so a
        # search costs its candidates, not the list of every pledge of the topic (tens of
        # thousands on a large store) built again for each query
        cond.append(
            select(PledgeTopicRow.pledge_id)
            .where(PledgeTopicRow.pledge_id == PledgeRow.id, PledgeTopicRow.topic.in_(f.topics))
            .exists()
        )
    elif f.topics:
        cond.append(
            PledgeRow.id.in_(
                select(PledgeTopicRow.pledge_id).where(PledgeTopicRow.topic.in_(f.topics))
            )
        )
    if f.kinds:
        cond.append(DocumentRow.kind.in_(f.kinds))
    return cond, True
