"""The one mapping from a `Dossier` to rows, plus the small writes around it.

`save` writes everything derived from one file in ONE transaction, keyed by the file's
sha256: re-processing the same bytes replaces the old rows instead of adding to them,
and a crash half-way leaves the previous version intact. The way back (`load_dossier`)
and the link queries live in rebuild.py and links.py and are re-exported here, so the
pipeline has one module to call.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pipeline.document import KINDS, STATUSES, Dossier, Pledge, UnitMention
from store import search_index, search_meta  # search: the index is kept in the same transaction
from store.amend import is_amendment
from store.db import Store
from store.links import (
    EvaluationRef,
    PledgeRef,
    keys_extending,
    link_candidates,
    set_link,
    unlink_superseded,
    unlinked_evaluations,
)
from store.rebuild import EXTRACT_STAGES, load_dossier
from store.rows import (
    basename,
    clean_text,
    deep_clean,
    dialect_insert,
    doc_status,
    doc_year,
    parse_date,
    span_cols,
)
from store.schema import (
    BatchRow,
    DocumentPathRow,
    DocumentRow,
    DocumentUnitRow,
    EvaluationRow,
    EvaluationTopicRow,
    LeaderRow,
    PledgeRow,
    PledgeTopicRow,
    ProblemRow,
    UnitRow,
)

__all__ = [
    "EXTRACT_STAGES",
    "EvaluationRef",
    "PledgeRef",
    "finish_batch",
    "find_by_sha",
    "keys_extending",
    "link_candidates",
    "load_dossier",
    "record_path",
    "save",
    "set_link",
    "start_batch",
    "unlink_superseded",
    "unlinked_evaluations",
]

log = logging.getLogger(__name__)


# -- documents and paths --------------------------------------------------------------


def find_by_sha(store: Store, sha256: str) -> DocumentRow | None:
    """The document already stored for these bytes, if any (the checksum skip)."""
    with store.session() as s:
        return s.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))


def _add_path(session: Session, doc_id: int, path: str) -> bool:
    insert = dialect_insert(session)
    stmt = (
        insert(DocumentPathRow)
        .values(
            document_id=doc_id,
            path=clean_text(path),
            basename=clean_text(basename(path)),
            seen_at=dt.datetime.now(dt.UTC),
        )
        .on_conflict_do_nothing(index_elements=["document_id", "path"])
        # rowcount is not reliable for ORM-enabled INSERTs on every driver; RETURNING is
        .returning(DocumentPathRow.id)
    )
    return session.execute(stmt).scalar() is not None


def record_path(store: Store, doc_id: int, path: str) -> bool:
    """Remember another path/name for already-stored bytes; False if it was known."""
    with store.writing() as s:
        return _add_path(s, doc_id, path)


# -- save -----------------------------------------------------------------------------


def _check(d: Dossier) -> None:
    if d.fields.kind not in KINDS:
        raise ValueError(f"unknown document kind {d.fields.kind!r}; known: {', '.join(KINDS)}")
    for p in d.pledges:
        if p.status not in STATUSES:
            raise ValueError(f"pledge {p.index}: unknown status {p.status!r}")


def _pages_json(d: Dossier) -> str:
    blocks = []
    for b in d.blocks:
        row = dataclasses.asdict(b)
        # The text is stored once, in documents.text; a block keeps its own copy only
        # when an extractor built it off the shared axis.
        if d.text[b.start : b.end] == b.text:
            del row["text"]
        blocks.append(row)
    f = d.fields
    data = {
        "pages": [dataclasses.asdict(p) for p in d.pages],
        "blocks": blocks,
        "field_spans": {k: dataclasses.asdict(v) for k, v in f.spans.items()},
        "signer_span": dataclasses.asdict(f.signer.span) if f.signer and f.signer.span else None,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _links_into(session: Session, doc_id: int) -> list[tuple[int, int, str]]:
    """Evaluations elsewhere that judge this document's pledges: (evaluation, index, task)."""
    rows = session.execute(
        select(EvaluationRow.id, PledgeRow.index, PledgeRow.task)
        .join(PledgeRow, EvaluationRow.pledge_id == PledgeRow.id)
        .where(PledgeRow.document_id == doc_id, EvaluationRow.document_id != doc_id)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def _wipe(session: Session, doc_id: int) -> None:
    # Topics go with their pledge/evaluation (ON DELETE CASCADE); evaluations in other
    # documents that pointed at these pledges are set to NULL by the database.
    for table in (DocumentUnitRow, LeaderRow, EvaluationRow, PledgeRow, ProblemRow):
        session.execute(delete(table).where(table.document_id == doc_id))


UNIT_KEY_MAX = 255  # units.key


def _register_commitment_units(session: Session, d: Dossier) -> None:
    """Every key a commitment files a pledge under (its own unit's, else the issuer's) is a
    row of `units`, even when the paper names that body only in a table cell: a report
    naming a body bare ("Sở Y tế") finds the bodies it may mean there (store.links
    .keys_extending), never by scanning the pledges."""
    if d.fields.kind != "commitment":
        return
    wanted: dict[str, str] = {}
    for p in d.pledges:
        key, name = (p.unit_key, p.unit) if p.unit_key else (d.fields.issuer_key, d.fields.issuer)
        if key and len(key) <= UNIT_KEY_MAX:
            wanted.setdefault(key, name or key)
    if wanted:
        session.execute(
            dialect_insert(session)(UnitRow)
            .values([{"key": k, "name": n, "level": None} for k, n in wanted.items()])
            .on_conflict_do_nothing(index_elements=["key"])
        )


def _save_units(session: Session, doc: DocumentRow, d: Dossier) -> set[str]:
    """The document's units; returns the keys of those that learnt their level from it."""
    if not d.units:
        return set()
    insert = dialect_insert(session)
    wanted: dict[str, UnitMention] = {}
    for u in d.units:
        wanted.setdefault(u.key or u.name, u)
    session.execute(
        insert(UnitRow)
        .values([{"key": k, "name": u.name, "level": u.level} for k, u in wanted.items()])
        .on_conflict_do_nothing(index_elements=["key"])
    )
    ids = {
        k: i
        for k, i in session.execute(select(UnitRow.key, UnitRow.id).where(UnitRow.key.in_(wanted)))
    }
    # A unit first seen without a level gets one as soon as some document knows it.
    learnt = set()
    for k, u in wanted.items():
        if u.level and session.scalar(
            update(UnitRow)
            .where(UnitRow.id == ids[k], UnitRow.level.is_(None))
            .values(level=u.level)
            .returning(UnitRow.id)
        ) is not None:
            learnt.add(k)
    for u in d.units:
        session.add(
            DocumentUnitRow(
                document_id=doc.id,
                unit_id=ids[u.key or u.name],
                name=u.name,
                level=u.level,
                pipeline_version=d.pipeline_version,
                **span_cols(u.span),
            )
        )
    return learnt


def _task_cols(d: Dossier, p: Pledge, year: int | None) -> dict[str, Any]:
    cols = span_cols(p.span)
    if p.page is not None:
        cols["page"] = p.page
    dl = p.deadline
    return {
        **cols,
        "index": p.index,
        "task": p.task,
        "unit": p.unit,
        "unit_key": p.unit_key,
        "year": year,
        "leader": p.leader,
        "deadline_text": dl.text if dl else None,
        "deadline": parse_date(dl.date) if dl else None,
        "deadline_start": dl.span.start if dl and dl.span else None,
        "deadline_end": dl.span.end if dl and dl.span else None,
        "target": p.target,
        "pipeline_version": d.pipeline_version,
    }


def _save_pledges(session: Session, doc: DocumentRow, d: Dossier) -> list[PledgeRow]:
    year = doc_year(d.fields)
    amends = doc.kind == "commitment" and is_amendment(doc.title, doc.summary)
    rows = [PledgeRow(document_id=doc.id, from_amendment=amends, **_task_cols(d, p, year))
            for p in d.pledges]
    session.add_all(rows)
    session.flush()
    for row, p in zip(rows, d.pledges, strict=True):
        for i, t in enumerate(dict.fromkeys(p.topics)):
            session.add(PledgeTopicRow(pledge_id=row.id, topic=t, position=i))
    # search: index the new pledges (the old ones left the index with their rows); a failed
    # paper's are never searched, so search does not have to look its paper up for each hit
    if doc.status == "failed":
        return rows
    # the level the units table knows (this paper's or an earlier one's); the status is
    # unknown until _save refreshes it (a twin may have been judged already)
    keys = sorted({r.unit_key for r in rows if r.unit_key})
    levels: dict[str, str | None] = {}
    if keys:
        levels = {k: lv for k, lv in session.execute(select(UnitRow.key, UnitRow.level).where(
            UnitRow.key.in_(keys), UnitRow.level.is_not(None)))}
    search_index.index_pledges(session, [
        (r.id, r.task, r.target,
         search_index.meta_tokens(year, r.unit_key, d.fields.kind, dict.fromkeys(p.topics),
                                  levels.get(r.unit_key or ""), "unknown"))
        for r, p in zip(rows, d.pledges, strict=True)
    ])
    return rows


def _save_evaluations(session: Session, doc: DocumentRow, d: Dossier) -> None:
    """Each task of an evaluation report, with its status and the link it came with."""
    year = doc_year(d.fields)
    wanted = {p.pledge_id for p in d.pledges if p.pledge_id is not None}
    known = set(session.scalars(select(PledgeRow.id).where(PledgeRow.id.in_(wanted))))
    rows: list[EvaluationRow] = []
    for p in d.pledges:
        pledge_id = p.pledge_id if p.pledge_id in known else None
        if p.pledge_id is not None and pledge_id is None:
            log.warning(
                "%s: task %d links to missing pledge %s", doc.basename, p.index, p.pledge_id
            )
        rows.append(
            EvaluationRow(
                document_id=doc.id,
                status=p.status,
                percent=p.percent,
                reason=p.reason,
                eval_date=doc.date,
                pledge_id=pledge_id,
                match_score=p.match_score if pledge_id is not None else None,
                **_task_cols(d, p, year),
            )
        )
    session.add_all(rows)
    session.flush()
    for row, p in zip(rows, d.pledges, strict=True):
        for i, t in enumerate(dict.fromkeys(p.topics)):
            session.add(EvaluationTopicRow(evaluation_id=row.id, topic=t, position=i))


def _save(session: Session, d: Dossier, batch_id: int | None) -> int:
    q = select(DocumentRow).where(DocumentRow.sha256 == d.source.sha256)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()  # a concurrent re-save of the same bytes waits for us
    doc = session.scalar(q)
    relink: list[tuple[int, int, str]] = []
    stale: set[int] = set()  # pledges whose filter tokens this save may change
    if doc is None:
        doc = DocumentRow(
            sha256=d.source.sha256, path=d.source.path, basename=basename(d.source.path)
        )
        session.add(doc)
    else:
        relink = _links_into(session, doc.id)
        stale = search_meta.touched_by(session, doc.id)
        _wipe(session, doc.id)

    f = d.fields
    status = doc_status(d)
    last = d.problems[-1] if d.problems and status != "ok" else None
    doc.size = d.source.size
    doc.format = d.source.format
    doc.status = status
    doc.error_code = last.code if last else None
    doc.error_message = last.message if last else None
    doc.kind = f.kind
    doc.number = f.number
    doc.place = f.place
    doc.date = parse_date(f.date)
    doc.issuer = f.issuer
    doc.issuer_key = f.issuer_key
    doc.superior = f.superior
    doc.title = f.title
    doc.summary = f.summary
    doc.year = f.year
    doc.ocr = d.ocr
    doc.signer_name = f.signer.name if f.signer else None
    doc.signer_title = f.signer.title if f.signer else None
    doc.text = d.text
    doc.pages_json = _pages_json(d)
    doc.pipeline_version = d.pipeline_version
    doc.batch_id = batch_id
    doc.updated_at = dt.datetime.now(dt.UTC)
    session.flush()

    _add_path(session, doc.id, d.source.path)
    # search: the document's pages, for `camket search --documents`
    search_index.index_pages(session, doc.id, search_index.page_texts(d.text, d.blocks))
    stale |= search_meta.of_units(session, _save_units(session, doc, d))
    _register_commitment_units(session, d)
    for x in d.leaders:
        session.add(
            LeaderRow(
                document_id=doc.id,
                name=x.name,
                title=x.title,
                unit=x.unit,
                unit_key=x.unit_key,
                source=x.source,
                pipeline_version=d.pipeline_version,
                **span_cols(x.span),
            )
        )
    pledges: list[PledgeRow] = []
    if d.fields.kind == "evaluation":
        _save_evaluations(session, doc, d)
    else:
        pledges = _save_pledges(session, doc, d)
    for pr in d.problems:
        session.add(
            ProblemRow(
                document_id=doc.id, stage=pr.stage, code=pr.code, message=pr.message, page=pr.page
            )
        )
    # Re-processing gave the pledges new ids: evaluations that judged an unchanged task
    # keep their link; the others are left for the link stage to match again.
    by_task = {(r.index, r.task): r.id for r in pledges}
    for evaluation_id, index, task in relink:
        new = by_task.get((index, task))
        if new is not None:
            session.execute(
                update(EvaluationRow).where(EvaluationRow.id == evaluation_id).values(pledge_id=new)
            )
    session.flush()
    # statuses and levels as the store now stands, in the index (search filters on them)
    search_meta.refresh(session, stale | search_meta.touched_by(session, doc.id))
    return doc.id


def save(store: Store, dossier: Dossier, batch_id: int | None = None) -> int:
    """Store one dossier (ok, partial or failed) in one transaction; returns the document id.

    Everything previously derived from the same sha256 is replaced. The dossier is not
    modified; strings are stored as given except NUL and lone surrogates (see clean_text).
    """
    _check(dossier)
    d = Dossier.from_dict(deep_clean(dossier.to_dict()))
    try:
        with store.writing() as s:
            return _save(s, d, batch_id)
    except IntegrityError:
        # Another worker inserted the same bytes between our SELECT and INSERT (possible
        # on PostgreSQL): now the row exists, so a second attempt replaces it.
        log.info("%s: concurrent save, retrying", d.source.path)
        with store.writing() as s:
            return _save(s, d, batch_id)


# -- batches --------------------------------------------------------------------------


def start_batch(store: Store, params: dict[str, Any]) -> int:
    """Record the start of a run (its parameters, JSON-serialisable); returns its id."""
    with store.writing() as s:
        row = BatchRow(params=deep_clean(params), started_at=dt.datetime.now(dt.UTC))
        s.add(row)
        s.flush()
        return row.id


def finish_batch(store: Store, batch_id: int, counts: dict[str, Any]) -> None:
    with store.writing() as s:
        row = s.get(BatchRow, batch_id)
        if row is None:
            raise KeyError(f"no batch with id {batch_id}")
        row.counts = deep_clean(counts)
        row.finished_at = dt.datetime.now(dt.UTC)
