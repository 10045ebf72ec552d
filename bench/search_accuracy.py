"""Search and follow-up accuracy on the labelled set: recall@10 and MRR of `camket search`,
P/R/F1 of `camket flag` at two dates.

Ingests samples/ and bench/labelled/ (the files with a gold JSON) into a fresh store with the
real pipeline, then:
- search: runs each query of bench/search_queries.json (hand-labelled: see its "_about")
  with the taxonomy's topic terms, as `camket search` does; recall@10 = relevant pledges in
  the first 10 / min(10, relevant), MRR = mean of 1 / rank of the first relevant one; a
  relevant pledge the extraction missed counts as a miss (end to end); the figure over the
  pledges the store does hold is printed beside it;
- flag: the gold flags are worked out from the gold JSON alone — each gold commitment
  pledge, the gold evaluations that link to its paper (any format) dated on or before the
  date, the latest one's status, the gold deadline (else 31 December of the gold year) —
  with the rules of the issue (evaluated_not_completed; in_progress_past_deadline;
  overdue_no_evaluation), and compared with what `flag` returns on the files of
  bench/labelled (only those gold files carry the evaluation→pledge links): a flag is right
  when the pledge and the reason are. Store pledges are matched to gold pledges by task
  within a file (bench/accuracy.py's matcher); an unmatched store flag is a false positive.

Usage:  python bench/search_accuracy.py [--db URL] [--dates 2021-06-30 2024-01-31] [-v]

Measured 2026-11-26 (2-core VM), the same on SQLite and PostgreSQL:
  search  24 queries  recall@10 0.987 (0.987 over the pledges extraction found)  MRR 1.000
  flag    2021-06-30  43 gold flags  P 1.000  R 1.000  F1 1.000
  flag    2024-01-31  79 gold flags  P 1.000  R 1.000  F1 1.000
A flag miss (-v lists them) comes from extraction and linking upstream: an evaluation not
linked to its pledge (the pledge then looks unjudged), a pledge split in two, a deadline read
differently; the follow-up rules themselves are tested in tests/test_followup.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FOLDERS = [ROOT / "samples", ROOT / "bench" / "labelled"]


def golds() -> dict[str, dict[str, Any]]:
    out = {}
    for folder in FOLDERS:
        for g in sorted(folder.glob("*.gold.json")):
            data = json.loads(g.read_text(encoding="utf-8"))
            doc = g.with_name(g.name[: -len(".gold.json")])
            if "error" not in data and doc.exists():
                out[doc.name] = data | {"_path": str(doc)}
    return out


def stem(name: str) -> str:
    return Path(name).stem


def ingest(url: str, gold: dict[str, dict[str, Any]]) -> tuple[Any, dict[tuple[str, int], int]]:
    """Open the store, ingest, and map (file, gold pledge id) → store pledge id."""
    from accuracy import match_pledges

    from pipeline.run import ingest as run_ingest
    from pipeline.settings import Settings
    from store import export
    from store.db import open_store

    store = open_store(url)
    run_ingest([Path(g["_path"]) for g in gold.values()], store, Settings(db=url))
    preds = {d["file"]: d for d in export.export_documents(store)}
    ids: dict[tuple[str, int], int] = {}
    for name, g in gold.items():
        if g["kind"] == "evaluation" or name not in preds:
            continue
        pred = preds[name]["pledges"]
        for i, j in match_pledges(g["pledges"], pred).items():
            ids[(name, int(g["pledges"][i]["id"]))] = int(pred[j]["id"])
    return store, ids


def search_scores(store: Any, gold: dict[str, dict[str, Any]], ids: dict[tuple[str, int], int],
                  verbose: bool) -> tuple[float, float, float, int]:
    from pipeline.cli_followup import topic_terms
    from store.search import search_pledges

    spec = json.loads((ROOT / "bench" / "search_queries.json").read_text(encoding="utf-8"))
    by_stem = defaultdict(list)
    for name in gold:
        by_stem[stem(name)].append(name)
    recalls, found_only, rr = [], [], []
    for item in spec["queries"]:
        relevant = {ids[(f, pid)] for s, pid in item["relevant"] for f in by_stem[s]
                    if (f, pid) in ids}
        wanted = sum(len(by_stem[s]) for s, _ in item["relevant"])  # unmatched ones count too
        hits = [h.id for h in search_pledges(store, item["q"], limit=10,
                                             topic_terms=topic_terms())]
        found = len(relevant & set(hits))
        recalls.append(found / min(10, wanted))
        if relevant:
            found_only.append(found / min(10, len(relevant)))
        first = next((k for k, h in enumerate(hits, 1) if h in relevant), None)
        rr.append(1 / first if first else 0.0)
        if verbose and (found < min(10, wanted) or first != 1):
            print(f"  search {item['q']!r}: {found}/{min(10, wanted)} in top 10, "
                  f"first relevant at {first}", file=sys.stderr)
            for s, pid in item["relevant"]:
                for f in by_stem[s]:
                    sid = ids.get((f, pid))
                    if sid not in hits:
                        why = "not extracted" if sid is None else "not in top 10"
                        print(f"    missed {f}#{pid} ({why})", file=sys.stderr)
    return (sum(recalls) / len(recalls), sum(found_only) / len(found_only),
            sum(rr) / len(rr), len(recalls))


def gold_flags(gold: dict[str, dict[str, Any]], as_of: dt.date) -> dict[tuple[str, int], str]:
    """{(file, gold pledge id): reason} from the gold JSON and the issue's rules."""
    judged: dict[tuple[str, int], list[tuple[dt.date, str, int]]] = defaultdict(list)
    for n, (_, g) in enumerate(sorted(gold.items())):
        if g["kind"] != "evaluation" or not g.get("date"):
            continue
        when = dt.date.fromisoformat(g["date"])
        for p in g["pledges"]:
            link = p.get("links_to")
            if link and p["status"] != "unknown" and when <= as_of:
                judged[(stem(link["file"]), int(link["id"]))].append((when, p["status"], n))
    out = {}
    for name, g in gold.items():
        if g["kind"] == "evaluation":
            continue
        if g.get("date") and dt.date.fromisoformat(g["date"]) > as_of:
            continue  # not written yet
        for p in g["pledges"]:
            evs = judged.get((stem(name), int(p["id"])))
            status = max(evs)[1] if evs else None
            due = (dt.date.fromisoformat(p["deadline"]) if p.get("deadline")
                   else dt.date(g["year"], 12, 31) if g.get("year") else None)
            passed = due is not None and due < as_of
            reason = ("evaluated_not_completed" if status == "not_completed"
                      else "in_progress_past_deadline" if status == "in_progress" and passed
                      else "overdue_no_evaluation" if status is None and passed else None)
            if reason:
                out[(name, int(p["id"]))] = reason
    return out


def flag_scores(store: Any, gold: dict[str, dict[str, Any]], ids: dict[tuple[str, int], int],
                as_of: dt.date, verbose: bool) -> tuple[float, float, float, int]:
    from store.followup import flag

    back = {v: k for k, v in ids.items()}
    # only the labelled set says which evaluation judges which pledge (links_to)
    scope = {n for n, g in gold.items() if Path(g["_path"]).parent.name == "labelled"}
    want = {k: r for k, r in gold_flags(gold, as_of).items() if k[0] in scope}
    got = {}
    for f in flag(store, as_of):
        if f.file in scope:
            got[back.get(f.id, (f.file, -f.id))] = f.reason
    tp = sum(1 for k, r in got.items() if want.get(k) == r)
    fp, fn = len(got) - tp, sum(1 for k, r in want.items() if got.get(k) != r)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    if verbose:
        for k in sorted(set(want) | set(got), key=str):
            if want.get(k) != got.get(k):
                print(f"  flag {as_of} {k}: gold={want.get(k)} got={got.get(k)}", file=sys.stderr)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(want)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    ap.add_argument("--dates", nargs=2, default=["2021-06-30", "2024-01-31"])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss on stderr")
    args = ap.parse_args()
    gold = golds()
    with tempfile.TemporaryDirectory() as tmp:
        store, ids = ingest(args.db or f"sqlite:///{tmp}/acc.db", gold)
        recall, extracted, mrr, n = search_scores(store, gold, ids, args.verbose)
        print(f"search  queries={n}  recall@10={recall:.3f} (over extracted pledges: "
              f"{extracted:.3f})  MRR={mrr:.3f}")
        for d in args.dates:
            p, r, f1, n = flag_scores(store, gold, ids, dt.date.fromisoformat(d), args.verbose)
            print(f"flag    as_of={d}  gold={n}  P={p:.3f}  R={r:.3f}  F1={f1:.3f}")
        store.close()


if __name__ == "__main__":
    main()
