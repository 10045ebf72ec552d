"""Small helpers shared by the store modules: storable text, dates, spans, dialects."""

from __future__ import annotations

import datetime as dt
import logging
import ntpath
import posixpath
import re
from typing import Any

from sqlalchemy.orm import Session

from pipeline.document import Dossier, Fields, Span

log = logging.getLogger(__name__)

# NUL is refused by PostgreSQL text columns and lone surrogates cannot be encoded as
# UTF-8 by either database; both occur in text pulled out of broken files. Each is one
# code point replaced by one, so every offset into the text stays valid.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(s: str) -> str:
    """Make a string storable in every supported database without moving offsets."""
    return _UNSTORABLE.sub("\ufffd", s)


def deep_clean(x: Any) -> Any:
    if isinstance(x, str):
        return clean_text(x)
    if isinstance(x, dict):
        return {k: deep_clean(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_clean(v) for v in x]
    return x


def basename(path: str) -> str:
    # Archives come from Windows shares too: "D:\\HoSo\\2020\\CK.doc" is named "CK.doc".
    return ntpath.basename(posixpath.basename(path)) or path


def parse_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        log.warning("not an ISO date, stored as NULL: %r", text)
        return None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def doc_year(fields: Fields) -> int | None:
    if fields.year is not None:
        return fields.year
    d = parse_date(fields.date)
    return d.year if d else None


def span_cols(span: Span | None) -> dict[str, Any]:
    if span is None:
        return {"page": None, "span_start": None, "span_end": None, "snippet": None}
    return {
        "page": span.page,
        "span_start": span.start,
        "span_end": span.end,
        "snippet": span.snippet,
    }


def span_of(row: Any) -> Span | None:
    if row.span_start is None:
        return None
    return Span(row.span_start, row.span_end, row.page, row.snippet or "")


def dialect_insert(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT DO NOTHING (SQLite and PostgreSQL)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def doc_status(dossier: Dossier) -> str:
    """ok | partial | failed. A dossier with problems is never recorded as ok."""
    if dossier.status == "failed":
        return "failed"
    if dossier.problems or dossier.status == "partial":
        return "partial"
    return "ok"
