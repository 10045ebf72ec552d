"""Filters shared by search, flag and report: unit (any alias, with subordinates), level,
year or date range, topic, status, kind.

Everything but the status is SQL on pledges ⋈ documents. The status of a pledge is not a
column: it is what its latest evaluation said (store.queries.latest_statuses), so it is
applied in Python to the rows SQL selected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.schema import DocumentRow, DocumentUnitRow, PledgeRow, PledgeTopicRow, UnitRow
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


def resolve_units(session: Session, names: Iterable[str], subordinates: bool = False) -> set[str]:
    """Unit keys for what the user typed: a key, a display name or any name a document used.

    An exact (folded) match wins; otherwise every unit whose key or alias contains the typed
    words ("Cam Lộ" → huyện ủy Cam Lộ, UBND huyện Cam Lộ …). With `subordinates`, units whose
    documents name a matched unit as their superior are added, down the hierarchy.
    """
    aliases: dict[str, set[str]] = {}
    for key, name in session.execute(select(UnitRow.key, UnitRow.name)):
        aliases.setdefault(key, set()).update({fold(key), fold(name)})
    for key, name in session.execute(
        select(UnitRow.key, DocumentUnitRow.name)
        .join(DocumentUnitRow, DocumentUnitRow.unit_id == UnitRow.id)
        .distinct()
    ):
        aliases[key].add(fold(name))
    for key, name in session.execute(
        select(PledgeRow.unit_key, PledgeRow.unit).where(PledgeRow.unit_key.is_not(None)).distinct()
    ):
        aliases.setdefault(key, set()).update({fold(key), fold(name or "")})
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
            found |= more
    return found


def sql_conditions(session: Session, f: Filters) -> tuple[list[Any], bool]:
    """WHERE conditions on PledgeRow/DocumentRow, and False if a filter matches nothing."""
    cond: list[Any] = [DocumentRow.status != "failed"]
    if f.units:
        keys = resolve_units(session, f.units, f.subordinates)
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
    if f.topics:
        cond.append(
            PledgeRow.id.in_(
                select(PledgeTopicRow.pledge_id).where(PledgeTopicRow.topic.in_(f.topics))
            )
        )
    if f.kinds:
        cond.append(DocumentRow.kind.in_(f.kinds))
    return cond, True
