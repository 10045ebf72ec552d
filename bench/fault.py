"""Fault injection: SIGKILL batches at random moments, rerun, compare with a clean run.

Local mode ingests N mixed documents (copies of samples/ with small variations, so every
copy has its own sha256) with `camket ingest --workers W`, SIGKILLs the whole run at
`--kills` random moments, reruns the same command after each kill and once more at the
end, then compares the store with a clean, uninterrupted run of the same files. Celery
mode (`--celery`) does the same with a PostgreSQL store: a worker is SIGKILLed mid-batch
`--kills` times and a new one started each time.

Prints `lost=0 duplicated=0 differing=0` (documents missing, stored more than once, or
whose extraction differs from the clean run) and exits 1 if any count is not 0.

Usage:  python bench/fault.py [--docs 300] [--kills 10] [--workers 2] [--celery]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "samples"
PY = sys.executable
PG_ADMIN = os.environ.get("CAMKET_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _vary(src: Path, i: int) -> bytes:
    """The sample's bytes, changed where no reader looks, so the sha256 differs."""
    data = src.read_bytes()
    if data[:2] == b"PK":  # DOCX: one more member nobody reads
        out = io.BytesIO()
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
                for info in zin.infolist():
                    zout.writestr(info, zin.read(info.filename))
                zout.writestr("customXml/camket-copy.txt", str(i))
            return out.getvalue()
        except zipfile.BadZipFile:  # the truncated sample stays truncated
            return data + i.to_bytes(4, "big")
    if data[:5] == b"%PDF-":
        return data + f"\n%camket copy {i}\n".encode()
    return data + b"\n" * (i % 7 + 1) + b" " * (i // 7)  # text: trailing blank lines


def make_corpus(dst: Path, n: int, seed: int = 6) -> list[Path]:
    """n mixed documents (PDF, DOCX, text, and the broken samples) under dst."""
    rnd = random.Random(seed)
    goods = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in (".pdf", ".docx", ".txt")
                   and not p.name.endswith(".gold.json"))
    dst.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = goods[i % len(goods)] if i < len(goods) else rnd.choice(goods)
        f = dst / f"{i:04d}-{src.name}"
        f.write_bytes(_vary(src, i) if src.stat().st_size else b"")
        out.append(f)
    return out


def snapshot(url: str) -> dict[str, object]:
    """sha256 → what was extracted (export contract minus file names and ids), its paths,
    and for an evaluation the pledge each task is linked to.

    Whether each evaluated task is linked is part of the comparison; which pledge it is
    linked to ("targets") is reported apart: when copies of a commitment were extracted a
    little differently (its DOCX and its PDF), the best match depends on which copies were
    already stored, so parallel runs legitimately differ there. A target is named by the
    content of the paper (kind, number, date, issuer, year) and the pledge's index, not by
    file or id, because which of several identical copies an evaluation links to depends
    on which was stored first. For the same reason a commitment's pledge status (the
    latest evaluation linked to *this* copy) is left out.
    """
    from sqlalchemy import select

    from store import export, queries
    from store.db import open_store
    from store.schema import DocumentPathRow, DocumentRow

    st = open_store(url)
    try:
        rows = {r["sha256"]: r for r in export.export_documents(st)}
        links = queries.evaluation_links(st)
        with st.session() as s:
            docs = s.execute(select(DocumentRow.sha256, DocumentRow.status, DocumentRow.error_code,
                                    DocumentRow.id, DocumentRow.basename)).all()
            paths = s.execute(select(DocumentPathRow.document_id, DocumentPathRow.path)).all()
    finally:
        st.close()
    by_file = {r["file"]: r for r in rows.values()}

    def paper(file: str) -> list[object]:
        r = by_file.get(file) or {}
        return [r.get("kind"), r.get("number"), r.get("date"), r.get("issuer"), r.get("year")]

    by_id: dict[int, list[str]] = {}
    for doc_id, p in paths:
        by_id.setdefault(doc_id, []).append(Path(p).name)
    snap: dict[str, object] = {}
    for sha, status, code, doc_id, name in docs:
        row = dict(rows.get(sha) or {})
        row.pop("file", None)
        for pledge in row.get("pledges") or []:
            pledge.pop("id", None)
            if row.get("kind") == "commitment":
                pledge.pop("status", None)
        linked = sorted((idx, paper(t[0]) + [t[1]] if t else None)
                        for (f, idx), t in links.items() if f == name)
        snap[sha] = {"status": status, "code": code, "paths": sorted(by_id.get(doc_id, [])),
                     "export": row, "linked": [(i, t is not None) for i, t in linked],
                     "targets": linked}
    return snap


def compare(clean: dict, faulted: dict, n_docs: int, url: str) -> tuple[int, int, int]:
    from sqlalchemy import func, select

    from store.db import open_store
    from store.schema import DocumentPathRow

    st = open_store(url)
    with st.session() as s:
        dup_paths = s.execute(select(func.count()).select_from(
            select(DocumentPathRow.path).group_by(DocumentPathRow.path)
            .having(func.count() > 1).subquery())).scalar() or 0
    st.close()
    lost = len(set(clean) - set(faulted))
    n_paths = sum(len(v["paths"]) for v in faulted.values())  # type: ignore[index]
    duplicated = dup_paths + max(0, n_paths - n_docs)
    differing = sum(1 for k in set(clean) & set(faulted) if _core(clean[k]) != _core(faulted[k]))
    return lost, duplicated, differing


def _core(snap: dict) -> dict:
    return {k: v for k, v in snap.items() if k != "targets"}


def _stored(url: str) -> int:
    """Paths the faulted store holds so far (read-only peek, WAL lets it run beside the writer)."""
    import sqlite3

    path = url.removeprefix("sqlite:///")
    if not Path(path).exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as c:
            return int(c.execute("select count(*) from document_paths").fetchone()[0])
    except sqlite3.Error:  # schema not created yet
        return 0


def _ingest_cmd(url: str, folder: Path, workers: int) -> list[str]:
    return [PY, "-m", "pipeline.cli", "--db", url, "ingest", "--no-progress",
            "--workers", str(workers), str(folder)]


def run_local(work: Path, n: int, kills: int, workers: int, rnd: random.Random) -> tuple:
    corpus = work / "corpus"
    make_corpus(corpus, n)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    clean_url = f"sqlite:///{work / 'clean.db'}"
    t0 = time.monotonic()
    subprocess.run(_ingest_cmd(clean_url, corpus, workers), env=env, cwd=ROOT,
                   stderr=subprocess.DEVNULL, check=False)
    print(f"clean run: {time.monotonic() - t0:.1f}s", file=sys.stderr)
    url = f"sqlite:///{work / 'faulted.db'}"
    for k in range(kills):
        # Kill once the run has stored a random share of what is left, so that every kill
        # lands mid-batch (a delay alone misses once most files are already stored).
        before = _stored(url)
        target = before + rnd.randint(1, max(1, (n - before) // (kills - k + 1)))
        proc = subprocess.Popen(_ingest_cmd(url, corpus, workers), env=env, cwd=ROOT,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        while _stored(url) < target and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(rnd.uniform(0.0, 0.2))  # and not always right after a commit
        alive = proc.poll() is None
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, all at once
        except ProcessLookupError:
            pass
        proc.wait()
        print(f"kill {k + 1}: at {_stored(url)}/{n} files stored"
              f"{'' if alive else ' (run had already ended)'}", file=sys.stderr)
    subprocess.run(_ingest_cmd(url, corpus, workers), env=env, cwd=ROOT,
                   stderr=subprocess.DEVNULL, check=False)
    return snapshot(clean_url), snapshot(url), url


def _pg_db(name: str) -> str:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    return PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + "/" + name


def start_worker(url: str, env: dict[str, str], concurrency: int = 2,
                 log: Path | None = None) -> subprocess.Popen:
    out = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen([PY, "-m", "pipeline.cli", "-v", "--db", url, "worker",
                             "--concurrency", str(concurrency)], env=env, cwd=ROOT,
                            start_new_session=True, stdout=out, stderr=out)


def celery_env(queue: str, broker: str) -> dict[str, str]:
    # Short limits so a killed worker's task comes back within seconds, still ordered:
    # document timeout < task time limit < visibility timeout.
    return {**os.environ, "PYTHONPATH": str(ROOT), "CAMKET_BROKER": broker, "CAMKET_QUEUE": queue,
            "CAMKET_TIMEOUT": "15", "CAMKET_TASK_TIME_LIMIT": "25",
            "CAMKET_VISIBILITY_TIMEOUT": "30"}


def unacked(broker: str) -> int:
    """Messages a worker has taken and not acknowledged: documents in progress."""
    import redis

    return int(redis.Redis.from_url(broker).hlen("unacked"))


def run_celery(work: Path, n: int, kills: int, rnd: random.Random) -> tuple:
    from pipeline import worker
    from pipeline.settings import Settings
    from store.db import open_store

    corpus = work / "corpus"
    files = make_corpus(corpus, n)
    clean_url = f"sqlite:///{work / 'clean.db'}"
    subprocess.run(_ingest_cmd(clean_url, corpus, 2), env={**os.environ, "PYTHONPATH": str(ROOT)},
                   cwd=ROOT, stderr=subprocess.DEVNULL, check=False)
    url = _pg_db(f"camket_fault_{os.getpid()}")
    queue = f"camket-fault-{os.getpid()}"
    env = celery_env(queue, "redis://127.0.0.1:6379/12")
    settings = Settings.from_env(env, db=url)
    st = open_store(url)
    worker.submit(files, st, settings, wait=False)
    paths = [str(f.resolve()) for f in files]
    w = start_worker(url, env)
    for k in range(kills):
        before = len(worker._present(st, paths))
        deadline = time.monotonic() + 120
        while len(worker._present(st, paths)) <= before and time.monotonic() < deadline:
            time.sleep(0.2)  # the new worker is up and storing
        time.sleep(rnd.uniform(0.0, 1.5))
        busy = unacked(env["CAMKET_BROKER"])
        try:
            os.killpg(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        w.wait()
        print(f"worker kill {k + 1}: {len(worker._present(st, paths))}/{n} stored, "
              f"{busy} task(s) unacknowledged (mid-document) at the kill", file=sys.stderr)
        w = start_worker(url, env)
    try:
        worker._follow(st, paths, settings, None, 1.0)
        from pipeline.run import relink_pending

        relink_pending(st)
    finally:
        os.killpg(w.pid, signal.SIGTERM)
        w.wait()
        st.close()
    return snapshot(clean_url), snapshot(url), url


def _diff(a: object, b: object, where: str = "") -> str:
    """The first place two snapshots of a document differ, for the report."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _diff(a.get(k), b.get(k), f"{where}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _diff(x, y, f"{where}[{i}]")
    return f"{where}: clean={json.dumps(a, ensure_ascii=False)[:120]} " \
           f"faulted={json.dumps(b, ensure_ascii=False)[:120]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--celery", action="store_true")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="camket-fault-") as tmp:
        work = Path(tmp)
        if args.celery:
            clean, faulted, url = run_celery(work, args.docs, args.kills, rnd)
        else:
            clean, faulted, url = run_local(work, args.docs, args.kills, args.workers, rnd)
        lost, duplicated, differing = compare(clean, faulted, args.docs, url)
        retargeted = 0
        for k in sorted(set(clean) & set(faulted)):
            if _core(clean[k]) != _core(faulted[k]):
                print("differs:", _diff(_core(clean[k]), _core(faulted[k])), file=sys.stderr)
            elif clean[k] != faulted[k]:
                retargeted += 1
                print("link target differs (order-dependent):", _diff(clean[k], faulted[k]),
                      file=sys.stderr)
    print(f"lost={lost} duplicated={duplicated} differing={differing} "
          f"(order-dependent link targets among copies of one paper: {retargeted})")
    sys.exit(1 if lost or duplicated or differing else 0)


if __name__ == "__main__":
    main()
