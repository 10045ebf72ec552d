"""`camket search --documents`: pages of whole documents, one hit per document (its best
page), read and scored like pledges (store/search.py) over the page index of
store/search_index.py. Filters: unit (the issuer), year, kind, date range of the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import column, select, table, text
from sqlalchemy.orm import Session

from store.db import Store
from store.filters import Filters, resolve_units
from store.schema import DocumentRow
from store.search import _correct, _score, match_expr, parse
from store.search_index import PAGE_SPAN


@dataclass
class PageHit:
    document_id: int
    file: str
    kind: str
    year: int | None
    issuer: str | None
    page: int
    score: float

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def search_documents(store: Store, raw: str, filters: Filters | None = None, *,
                     limit: int = 20) -> list[PageHit]:
    """Pages of documents matching `raw` (one hit per document: its best page), best first."""
    f = filters or Filters()
    q = parse(raw)
    with store.session() as s:
        cond: list[Any] = []
        if f.units:
            keys = resolve_units(s, f.units, f.subordinates)
            if not keys:
                return []
            cond.append(DocumentRow.issuer_key.in_(sorted(keys)))
        if f.year is not None:
            cond.append(DocumentRow.year == f.year)
        if f.kinds:
            cond.append(DocumentRow.kind.in_(f.kinds))
        if f.date_from is not None:
            cond.append(DocumentRow.date >= f.date_from)
        if f.date_to is not None:
            cond.append(DocumentRow.date <= f.date_to)
        best, readings = _correct(s, q)
        penalty = 1.0 if best == q else 0.9
        hits: dict[int, PageHit] = {}
        for mode in ("phrase", "all", "most", "any"):
            if mode == "any" and hits:
                break
            expr = match_expr(readings, mode, store.dialect, words=False)
            if expr is None:
                continue
            for doc, page, body in _page_candidates(s, store.dialect, expr, cond, 500):
                sc = round(max(_score(body, r, 0.0) for r in readings) * penalty, 4)
                if doc.id not in hits or sc > hits[doc.id].score:
                    hits[doc.id] = PageHit(doc.id, doc.basename, doc.kind, doc.year, doc.issuer,
                                           page, sc)
            if len(hits) >= limit:
                break
        return sorted(hits.values(), key=lambda h: (-h.score, h.document_id))[:limit]


def _page_candidates(s: Session, dialect: str, expr: str, cond: list[Any],
                     n: int) -> list[tuple[DocumentRow, int, str]]:
    if dialect == "sqlite":
        fts = table("page_fts", column("rowid"), column("body"), column("rank"))
        stmt = (
            select(DocumentRow, fts.c.rowid, fts.c.body)
            .select_from(fts)
            .join(DocumentRow, DocumentRow.id == fts.c.rowid // PAGE_SPAN)
            .where(text("page_fts MATCH :m"), *cond)
            .order_by(fts.c.rank)
            .limit(n)
        )
        return [(d, int(rid) % PAGE_SPAN, body) for d, rid, body in s.execute(stmt, {"m": expr})]
    ps = table("page_search", column("document_id"), column("page"), column("body"))
    stmt = (
        select(DocumentRow, ps.c.page, ps.c.body)
        .select_from(ps)
        .join(DocumentRow, DocumentRow.id == ps.c.document_id)
        .where(text("page_search.tsv @@ to_tsquery('simple', :m)"), *cond)
        .order_by(text("ts_rank(page_search.tsv, to_tsquery('simple', :m)) DESC"))
        .limit(n)
    )
    return [(d, int(page), body) for d, page, body in s.execute(stmt, {"m": expr})]
