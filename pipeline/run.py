"""The batch: discover files, skip what is known by checksum, extract, read, link, store.

Reading a file (extract + NLP) is a pure function of the file's bytes and the pipeline
version: it returns a `Dossier` and touches no database, so it can later run in worker
processes while the parent stays the one writer of the store. Writing and linking happen
here, one transaction per file, so a failure in one file never loses another.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.discover import discover
from pipeline.document import Dossier, Problem, Source
from pipeline.errors import CamketError, InputError
from pipeline.executors import Executor, Job, make_executor
from pipeline.settings import PIPELINE_VERSION, Settings

log = logging.getLogger(__name__)

Outcome = str  # "processed" | "skipped" | "duplicate" | "failed" | "partial"


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


class Reader:
    """Turns one file into a finished dossier. Built once per process: holds the NLP stages."""

    def __init__(self, settings: Settings) -> None:
        import nlp

        self.settings = settings
        self.stages = nlp.default_stages(settings)

    def read(self, path: Path, sha256: str | None = None, size: int | None = None) -> Dossier:
        if sha256 is None or size is None:
            sha256, size = sha256_file(path)
        dossier = Dossier(Source(str(path), sha256, size), pipeline_version=PIPELINE_VERSION)
        t0 = time.perf_counter()
        try:
            import extractors

            extractors.extract(path, dossier, self.settings)
        except InputError as e:
            if self.settings.strict:
                raise
            dossier.problems.append(Problem("extract", e.code, e.message))
            dossier.status = "failed"
            return dossier
        except MemoryError:
            # Under the isolation's address-space limit this is a decompression bomb or a
            # runaway parser; free what we can and say so.
            if self.settings.strict:
                raise
            dossier.pages.clear()
            dossier.blocks.clear()
            dossier.problems.append(Problem("extract", "memory", "the parser ran out of memory "
                                            f"(limit {self.settings.memory_mb} MiB)"))
            dossier.status = "failed"
            return dossier
        except RecursionError:
            if self.settings.strict:
                raise
            dossier.problems.append(Problem("extract", "corrupt",
                                            "the file's structure nests without end"))
            dossier.status = "failed"
            return dossier
        except Exception as e:  # a crash in a parser is still this file's failure, not the batch's
            if self.settings.strict:
                raise
            log.debug("extractor crashed on %s", path, exc_info=True)
            dossier.problems.append(Problem("extract", "crashed", f"{type(e).__name__}: {e}"))
            dossier.status = "failed"
            return dossier
        finally:
            dossier.timings["extract"] = time.perf_counter() - t0
        return self.analyse(dossier)

    def analyse(self, dossier: Dossier) -> Dossier:
        """Run the NLP stages on a dossier whose text is already there (fresh or from the store)."""
        if not dossier.text.strip():
            dossier.problems.append(Problem("extract", "empty", "no text found in the file"))
            dossier.status = "failed"
            return dossier
        for name, stage in self.stages:
            t0 = time.perf_counter()
            try:
                dossier = stage(dossier)
            except Exception as e:
                if self.settings.strict:
                    raise
                log.debug("stage %s failed on %s", name, dossier.source.path, exc_info=True)
                dossier.problems.append(Problem(name, "crashed", f"{type(e).__name__}: {e}"))
            finally:
                dossier.timings[name] = dossier.timings.get(name, 0.0) + time.perf_counter() - t0
        dossier.status = "partial" if dossier.problems else "ok"
        return dossier


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # path, code, message
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def line(self) -> str:
        c = self.counts
        total = sum(c.values())
        parts = [f"{total} files", f"{c['processed']} processed", f"{c['partial']} partial",
                 f"{c['skipped']} already ingested", f"{c['duplicate']} duplicate",
                 f"{c['failed']} failed"]
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


ProgressFn = Callable[[Path, Outcome, Dossier | None], None]


def link_dossier(store: Any, dossier: Dossier) -> None:
    """Link each evaluated task to the pledge it judges (same unit and year, fuzzy task match)."""
    from nlp import link

    if dossier.fields.kind != "evaluation":
        return
    groups: dict[tuple[str | None, int | None], list[int]] = {}
    for i, p in enumerate(dossier.pledges):
        groups.setdefault((p.unit_key or dossier.fields.issuer_key, dossier.fields.year), []).append(i)
    for (unit_key, year), idx in groups.items():
        candidates = _candidates(store, unit_key, year)
        if not candidates:
            continue
        tasks = [dossier.pledges[i].task for i in idx]
        pairs = link.match(tasks, [(c.id, c.task) for c in candidates])
        for j, (pledge_id, score) in pairs.items():
            p = dossier.pledges[idx[j]]
            p.pledge_id, p.match_score = pledge_id, score


def _candidates(store: Any, unit_key: str | None, year: int | None) -> list[Any]:
    """The pledges of that unit and year; for a body written bare ("Sở Y tế" under "UBND
    TỈNH …"), those of the one body of that name qualified by a place, if only one is."""
    from nlp import link
    from store import load

    found = load.link_candidates(store, unit_key, year)
    if found or unit_key is None or not link.is_bare(unit_key):
        return found
    keys = [k for k in load.keys_extending(store, unit_key, year) if link.qualifies(unit_key, k)]
    return load.link_candidates(store, keys[0], year) if len(keys) == 1 else []


def _link_waiting(store: Any, waiting: list[Any], unit_key: str | None,
                  year: int | None) -> int:
    """Match waiting evaluated tasks to the pledges of their unit and year, one report at a
    time: each report judges each pledge at most once, but two reports may judge the same
    pledge, so matching them together would make the result depend on arrival order."""
    from nlp import link
    from store import load

    candidates = _candidates(store, unit_key, year)
    if not candidates:
        return 0
    by_doc: dict[int, list[Any]] = {}
    for w in waiting:
        by_doc.setdefault(w.document_id, []).append(w)
    n = 0
    for _, tasks in sorted(by_doc.items()):
        pairs = link.match([w.task for w in tasks], [(c.id, c.task) for c in candidates])
        for j, (pledge_id, score) in pairs.items():
            load.set_link(store, tasks[j].id, pledge_id, score)
            n += 1
    return n


def relink_for_commitment(store: Any, dossier: Dossier) -> int:
    """A commitment that arrives after its evaluations: link the evaluations waiting for it."""
    from store import load

    if dossier.fields.kind != "commitment":
        return 0
    from nlp import link

    keys = {p.unit_key or dossier.fields.issuer_key for p in dossier.pledges}
    # reports that name this body bare wait under the bare key
    keys |= {b for k in keys if k for b in link.bare_forms(k)}
    n = 0
    for unit_key in sorted(k for k in keys if k):
        # an amending commitment: reports already linked to the pledges it restates are
        # matched again, against the amended wording
        load.unlink_superseded(store, unit_key, dossier.fields.year)
        waiting = load.unlinked_evaluations(store, unit_key, dossier.fields.year)
        if waiting:
            n += _link_waiting(store, waiting, unit_key, dossier.fields.year)
    return n


def open_batch(store: Any, params: dict[str, Any]) -> tuple[int, bool]:
    """The batch row for these parameters: the unfinished one a killed run left, else a new
    one. Returns (id, resumed). Parameters are compared as stored (JSON)."""
    from sqlalchemy import select

    from store import load
    from store.rows import deep_clean
    from store.schema import BatchRow

    wanted = deep_clean(params)
    with store.session() as s:
        rows = s.scalars(select(BatchRow).where(BatchRow.finished_at.is_(None))
                         .order_by(BatchRow.id.desc())).all()
        for row in rows:
            if row.params == wanted:
                log.info("resuming batch %d", row.id)
                return row.id, True
    return load.start_batch(store, params), False


def relink_pending(store: Any) -> int:
    """Link every evaluated task still waiting for its pledge. A run killed between saving a
    commitment and linking the evaluations that wait for it is repaired by this sweep."""
    from store import load

    groups: dict[tuple[str, int | None], list[Any]] = {}
    for w in load.unlinked_evaluations(store, None, None):
        if w.unit_key is not None:  # no unit to scope by: the link stage would not guess either
            groups.setdefault((w.unit_key, w.year), []).append(w)
    return sum(_link_waiting(store, waiting, unit_key, year)
               for (unit_key, year), waiting in sorted(groups.items(), key=lambda kv: str(kv[0])))


def ingest(
    paths: Iterable[Path],
    store: Any,
    settings: Settings,
    *,
    reader: Reader | None = None,
    progress: ProgressFn | None = None,
    batch_params: dict[str, Any] | None = None,
    executor: Executor | None = None,
    retry_failed: bool = False,
) -> Summary:
    """Ingest files and folders into the store. Never raises for a bad input file.

    Files are read by `executor` (default: a pool of `settings.worker_count()` isolated
    workers; in-process when a `reader` is given or in strict mode) and written here, one
    transaction per file, so this process is the store's only writer. The same parameters
    after a killed run resume its batch row; files already stored are skipped by checksum
    (with `retry_failed`, files stored as failed are read again).
    """
    paths = list(paths)
    summary = Summary()
    t0 = time.perf_counter()
    batch_id, resumed = open_batch(store, batch_params or {"paths": [str(p) for p in paths]})
    own = executor is None
    executor = executor or make_executor(settings, reader)

    def record(path: Path, outcome: Outcome, dossier: Dossier | None) -> None:
        summary.counts[outcome] += 1
        if dossier is not None and outcome in ("failed", "partial"):
            p = dossier.problems[0] if dossier.problems else Problem("", "unknown", "unknown")
            summary.failures.append((str(path), p.code, p.message))
        if progress:
            progress(path, outcome, dossier)

    try:
        waiting: dict[str, list[Path]] = {}  # bytes being read → other paths holding them
        jobs = _jobs(paths, store, retry_failed, waiting, record)
        for job, dossier in executor.map(jobs):
            record(job.path, _store_one(store, dossier, settings, batch_id), dossier)
            for other in waiting.pop(job.sha256, []):
                record(other, _known(store, job.sha256, other), None)
    finally:
        if own:
            executor.close()
    if resumed:
        relink_pending(store)
    summary.seconds = time.perf_counter() - t0
    from store import load

    load.finish_batch(store, batch_id, dict(summary.counts))
    return summary


def _known(store: Any, sha: str, path: Path) -> Outcome:
    from store import load

    known = load.find_by_sha(store, sha)
    if known is None:  # not stored after all (e.g. a save that raised in strict mode)
        return "skipped"
    return "duplicate" if load.record_path(store, known.id, str(path)) else "skipped"


def _jobs(paths: list[Path], store: Any, retry_failed: bool, waiting: dict[str, list[Path]],
          record: Callable[[Path, Outcome, Dossier | None], None]) -> Iterator[Job]:
    """Files to read, lazily: known bytes are settled here (skip/duplicate) before any work."""
    from store import load

    for path in discover(paths):
        try:
            sha, size = sha256_file(path)
        except OSError as e:
            d = Dossier(Source(str(path), "", 0), pipeline_version=PIPELINE_VERSION)
            d.problems.append(Problem("read", "unreadable", e.strerror or str(e)))
            d.status = "failed"
            record(path, "failed", d)
            continue
        if sha in waiting:  # the same bytes under another name, already in flight
            waiting[sha].append(path)
            continue
        known = load.find_by_sha(store, sha)
        if known is not None and not (retry_failed and known.status == "failed"):
            record(path, _known(store, sha, path), None)
            continue
        waiting[sha] = []
        yield Job(path, sha, size)


def _store_one(store: Any, dossier: Dossier, settings: Settings, batch_id: int | None) -> Outcome:
    """Link and save one read dossier (one transaction), then link evaluations waiting for it."""
    from store import load

    if dossier.status != "failed":
        try:
            link_dossier(store, dossier)
        except CamketError:
            raise
        except Exception as e:
            if settings.strict:
                raise
            dossier.problems.append(Problem("link", "crashed", f"{type(e).__name__}: {e}"))
            dossier.status = "partial"
    load.save(store, dossier, batch_id)
    if dossier.status != "failed":
        relink_for_commitment(store, dossier)
    return "processed" if dossier.status == "ok" else dossier.status


def reprocess(store: Any, settings: Settings, *, since_version: str | None = None,
              progress: ProgressFn | None = None) -> Summary:
    """Re-run the NLP on stored text (no re-reading, no re-OCR) after a pipeline upgrade.

    A batch like any other: the same command after a killed run resumes its batch row and
    skips the documents that row already re-processed (they carry its id), so nothing is
    done twice and nothing is missed. Documents are loaded one at a time.
    """
    from store import load, queries
    from store.schema import DocumentRow

    reader = Reader(settings)
    summary = Summary()
    t0 = time.perf_counter()
    params = {"command": "reprocess", "since_version": since_version}
    batch_id, resumed = open_batch(store, params)
    for doc_id in queries.document_ids(store, since_version=since_version):
        if resumed:
            with store.session() as s:
                row = s.get(DocumentRow, doc_id)
                if row is None or row.batch_id == batch_id:
                    summary.counts["skipped"] += 1
                    continue
        dossier = load.load_dossier(store, doc_id)
        if dossier.status == "failed" and not dossier.text:
            summary.counts["skipped"] += 1
            continue
        fresh = Dossier(dossier.source, pages=dossier.pages, blocks=dossier.blocks,
                        text=dossier.text, pipeline_version=PIPELINE_VERSION)
        fresh.problems = [p for p in dossier.problems if p.stage == "extract"]
        fresh = reader.analyse(fresh)
        link_dossier(store, fresh)
        load.save(store, fresh, batch_id)
        relink_for_commitment(store, fresh)
        outcome = "processed" if fresh.status == "ok" else fresh.status
        summary.counts[outcome] += 1
        if progress:
            progress(Path(fresh.source.path), outcome, fresh)
    if resumed:
        relink_pending(store)
    summary.seconds = time.perf_counter() - t0
    load.finish_batch(store, batch_id, dict(summary.counts))
    return summary
