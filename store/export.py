"""The export contract: one JSON object per document, read by other tools.

Keys and meanings are fixed (see EXPORT_KEYS / PLEDGE_KEYS); change them only with
every reader. All text is NFC whatever the store holds, dates are YYYY-MM-DD.
Failed documents are left out: they have no findings to export (`camket problems`
lists them).
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from store.db import Store
from store.queries import evaluation_topics, latest_statuses, pledge_topics
from store.rows import iso
from store.schema import (
    DocumentRow,
    DocumentUnitRow,
    EvaluationRow,
    LeaderRow,
    PledgeRow,
    UnitRow,
)

EXPORT_KEYS = (
    "file",
    "sha256",
    "kind",
    "number",
    "date",
    "issuer",
    "year",
    "ocr",
    "signer",
    "units",
    "leaders",
    "pledges",
)
PLEDGE_KEYS = (
    "id",
    "task",
    "unit",
    "leader",
    "deadline",
    "deadline_text",
    "status",
    "topics",
    "page",
)
CSV_COLUMNS = (
    "file",
    "sha256",
    "kind",
    "number",
    "date",
    "issuer",
    "year",
    "ocr",
    "signer_name",
    "signer_title",
    "units",
    "pledge_id",
    "task",
    "pledge_unit",
    "leader",
    "deadline",
    "deadline_text",
    "pledge_status",
    "topics",
    "pledge_page",
)


def nfc(x: Any) -> Any:
    """NFC-normalise every string in a JSON-like value (files from macOS arrive as NFD)."""
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    if isinstance(x, list):
        return [nfc(v) for v in x]
    return x


def _units(s: Session, doc_id: int) -> list[str]:
    rows = s.execute(
        select(DocumentUnitRow.name, UnitRow.key)
        .join(UnitRow, DocumentUnitRow.unit_id == UnitRow.id)
        .where(DocumentUnitRow.document_id == doc_id)
        .order_by(DocumentUnitRow.id)
    )
    # One entry per unit (its normalised key), under the name first written in this file.
    first: dict[str, str] = {}
    for name, key in rows:
        first.setdefault(key, name)
    return list(dict.fromkeys(first.values()))


def _leaders(s: Session, doc_id: int) -> list[dict[str, Any]]:
    rows = s.execute(
        select(LeaderRow.name, LeaderRow.title, LeaderRow.unit)
        .where(LeaderRow.document_id == doc_id)
        .order_by(LeaderRow.id)
    )
    # The same person is often found twice (signature block and prose): list them once.
    seen = dict.fromkeys((n, t, u) for n, t, u in rows)
    return [{"name": n, "title": t, "unit": u} for n, t, u in seen]


def _pledge(row: Any, status: str, topics: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "task": row.task,
        "unit": row.unit,
        "leader": row.leader,
        "deadline": iso(row.deadline),
        "deadline_text": row.deadline_text,
        "status": status,
        "topics": topics,
        "page": row.page,
    }


def _pledges(s: Session, doc: DocumentRow) -> list[dict[str, Any]]:
    if doc.kind == "evaluation":
        evals = s.scalars(
            select(EvaluationRow)
            .where(EvaluationRow.document_id == doc.id)
            .order_by(EvaluationRow.index, EvaluationRow.id)
        ).all()
        topics = evaluation_topics(s, [e.id for e in evals])
        return [_pledge(e, e.status, topics.get(e.id, [])) for e in evals]
    pledges = s.scalars(
        select(PledgeRow)
        .where(PledgeRow.document_id == doc.id)
        .order_by(PledgeRow.index, PledgeRow.id)
    ).all()
    ids = [p.id for p in pledges]
    topics = pledge_topics(s, ids)
    latest = latest_statuses(s, ids)
    return [_pledge(p, latest.get(p.id, "unknown"), topics.get(p.id, [])) for p in pledges]


def document_dict(s: Session, doc: DocumentRow) -> dict[str, Any]:
    signer = None
    if doc.signer_name is not None:
        signer = {"name": doc.signer_name, "title": doc.signer_title}
    return nfc(
        {
            "file": doc.basename,
            "sha256": doc.sha256,
            "kind": doc.kind,
            "number": doc.number,
            "date": iso(doc.date),
            "issuer": doc.issuer,
            "year": doc.year,
            "ocr": bool(doc.ocr),
            "signer": signer,
            "units": _units(s, doc.id),
            "leaders": _leaders(s, doc.id),
            "pledges": _pledges(s, doc),
        }
    )


def export_documents(store: Store) -> Iterator[dict[str, Any]]:
    """Every non-failed document as an export-contract dict, ordered by file name."""
    with store.session() as s:
        docs = s.scalars(
            select(DocumentRow)
            # the stored text and blocks can be megabytes per file: leave them in the DB
            .options(load_only(*(getattr(DocumentRow, c) for c in _DOC_COLUMNS)))
            .where(DocumentRow.status != "failed")
        ).all()
        # Sorted here, by code point of the NFC name, not by the database: PostgreSQL
        # collations would order Vietnamese differently from SQLite.
        docs = sorted(docs, key=lambda d: (nfc(d.basename), nfc(d.path), d.id))
        for doc in docs:
            yield document_dict(s, doc)


_DOC_COLUMNS = (
    "id",
    "basename",
    "path",
    "sha256",
    "kind",
    "number",
    "date",
    "issuer",
    "year",
    "ocr",
    "signer_name",
    "signer_title",
)


def write_jsonl(rows: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """One JSON object per line, Vietnamese kept readable; returns the number written."""
    n = 0
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A document as CSV rows: one per pledge, the document columns repeated.

    A document without pledges still gets one row (pledge columns empty) so the CSV
    lists every exported file.
    """
    signer = doc.get("signer") or {}
    base = {
        **{k: doc[k] for k in ("file", "sha256", "kind", "number", "date", "issuer", "year")},
        "ocr": "yes" if doc["ocr"] else "no",
        "signer_name": signer.get("name"),
        "signer_title": signer.get("title"),
        "units": "; ".join(doc["units"]),
    }
    if not doc["pledges"]:
        yield base
    for p in doc["pledges"]:
        yield {
            **base,
            "pledge_id": p["id"],
            "task": p["task"],
            "pledge_unit": p["unit"],
            "leader": p["leader"],
            "deadline": p["deadline"],
            "deadline_text": p["deadline_text"],
            "pledge_status": p["status"],
            "topics": "; ".join(p["topics"]),
            "pledge_page": p["page"],
        }


def write_csv(rows: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """Export-contract dicts as CSV, one row per pledge; returns the number of rows."""
    w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, restval="", lineterminator="\n")
    w.writeheader()
    n = 0
    for doc in rows:
        for r in csv_rows(doc):
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
            n += 1
    return n
