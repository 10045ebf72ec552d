"""Write the hold-out-3 sources (*.src) and their hand-written gold (*.gold.json).

Each document is one call of `doc()`: the source text in bench/render.py markup and the
gold answer written by hand beside it. `sha256` is filled by render.py afterwards.
Usage: python bench/holdout3/src/build.py && python bench/render.py bench/holdout3/src/*.src --out bench/holdout3
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
NOLINK = object()


def P(task, unit, leader=None, deadline=None, deadline_text=None, status="unknown",
      topics=(), page=1, link=NOLINK):
    """One gold pledge; `link` = (file, id) or None for evaluation items only."""
    d = {"task": task, "unit": unit, "leader": leader, "deadline": deadline,
         "deadline_text": deadline_text, "status": status, "topics": list(topics), "page": page}
    if link is not NOLINK:
        d["links_to"] = None if link is None else {"file": link[0], "id": link[1]}
    return d


def doc(file, src, *, kind, number, date, issuer, year, signer, units, leaders, pledges,
        nfd_src=False):
    stem = file.rsplit(".", 1)[0]
    text = src.strip("\n") + "\n"
    if nfd_src:
        text = unicodedata.normalize("NFD", text)
    (HERE / f"{stem}.src").write_text(text, encoding="utf-8")
    for f in [file] if isinstance(file, str) else file:
        pass
    gold = {"file": file, "sha256": "", "kind": kind, "number": number, "date": date,
            "issuer": issuer, "year": year, "ocr": False,
            "signer": None if signer is None else {"name": signer[0], "title": signer[1]},
            "units": units,
            "leaders": [{"name": n, "title": t, "unit": u} for n, t, u in leaders],
            "pledges": [{"id": i, **p} for i, p in enumerate(pledges, 1)]}
    gold = json.loads(unicodedata.normalize("NFC", json.dumps(gold, ensure_ascii=False)))
    (OUT / f"{file}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")


def load_all() -> None:
    for part in sorted(HERE.glob("docs_*.py")):
        exec(compile(part.read_text(encoding="utf-8"), str(part), "exec"),
             {"doc": doc, "P": P})


if __name__ == "__main__":
    load_all()
