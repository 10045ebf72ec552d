"""A body written bare is linked through the units table, not a scan of every pledge.

At archive scale (a million pledges) `keys_extending` must find "so xay dung tinh dak nong"
for a bare "so xay dung" by the units table and the key indexes; these tests watch the
statements it sends, and the plans the database makes of them, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, event, select

from store.db import downgrade, upgrade
from store.load import keys_extending, save
from store.schema import UnitRow

BARE = "so xay dung"
FULL = "so xay dung tinh dak nong"


@contextmanager
def _statements(store: Any) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
             executemany: bool) -> None:
        seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _body_paper(commitment: Any, **kw: Any) -> Any:
    return commitment(issuer="Sở Xây dựng tỉnh Đắk Nông", issuer_key=FULL, year=2022, **kw)


def _plan(store: Any, statement: str, params: Any) -> str:
    """The database's plan for a statement, indexes preferred where the data is tiny."""
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")
            rows = conn.exec_driver_sql("EXPLAIN " + statement, params).all()
        else:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
        conn.rollback()
    return "\n".join(str(r[-1]) for r in rows)


def test_a_bare_body_is_found_in_units_then_by_key(store, commitment) -> None:
    save(store, _body_paper(commitment))
    save(store, commitment(sha="a" * 64, path="/2022/CK khác.docx", issuer="Sở Xây dựng tỉnh "
                           "Gia Lai", issuer_key="so xay dung tinh gia lai", year=2021))
    with _statements(store) as seen:
        assert keys_extending(store, BARE, 2022) == [FULL]  # Gia Lai's is of 2021
    selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 4
    first, *by_key = selects
    assert "FROM units" in first[0] and "LIKE" in first[0]
    # the pledges are reached by the keys units gave, never by a pattern
    assert all("LIKE" not in s for s, _ in by_key)
    for s, p in by_key:
        plan = _plan(store, s, p)
        assert "SCAN pledges" not in plan and "Seq Scan on pledges" not in plan, plan
        # ix_pledges_twin (PostgreSQL) leads with (unit_key, year) too
        assert any(ix in plan for ix in ("ix_pledges_unit_key_year", "ix_pledges_twin",
                                         "ix_documents_issuer_key_year",
                                         "ix_pledges_document_id")), plan


def test_no_body_in_units_sends_nothing_to_the_pledges(store, commitment) -> None:
    save(store, _body_paper(commitment))
    with _statements(store) as seen:
        assert keys_extending(store, "so tai chinh", 2022) == []
    assert [s for s, _ in seen if "pledges" in s] == []


def test_a_commitment_registers_the_body_of_a_pledge_named_only_in_its_cell(
        store, commitment) -> None:
    # the body of a pledge row ("Đơn vị" cell) is nowhere in the paper's unit mentions
    c = _body_paper(commitment)
    c.pledges[0].unit, c.pledges[0].unit_key = "Chi cục Giám định xây dựng tỉnh Đắk Nông", \
        "chi cuc giam dinh xay dung tinh dak nong"
    assert all(u.key != c.pledges[0].unit_key for u in c.units)
    save(store, c)
    assert keys_extending(store, "chi cuc giam dinh xay dung", 2022) == [
        "chi cuc giam dinh xay dung tinh dak nong"]


def test_the_migration_registers_the_bodies_of_commitments_saved_before(
        store, commitment, evaluation) -> None:
    c = _body_paper(commitment)
    c.units = [u for u in c.units if u.key != FULL]  # the body only in its pledges' keys
    save(store, c)
    save(store, evaluation(issuer="Sở Xây dựng", issuer_key=BARE))
    downgrade(store, "0004")
    with store.writing() as s:  # as a store written before 0005 holds it
        s.execute(delete(UnitRow).where(UnitRow.key == FULL))
    assert keys_extending(store, BARE, 2022) == []
    upgrade(store)
    assert keys_extending(store, BARE, 2022) == [FULL]
    with store.session() as s:
        assert s.scalar(select(UnitRow.name).where(UnitRow.key == FULL)) == \
            "Sở Xây dựng tỉnh Đắk Nông"
