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
    """Write one source and the gold of each file it renders to (`file` may be a list)."""
    files = [file] if isinstance(file, str) else list(file)
    stem = files[0].rsplit(".", 1)[0]
    text = src.strip("\n") + "\n"
    if nfd_src:
        text = unicodedata.normalize("NFD", text)  # a file saved on macOS: decomposed letters
    (HERE / f"{stem}.src").write_text(text, encoding="utf-8")
    for f in files:
        gold = {"file": f, "sha256": "", "kind": kind, "number": number, "date": date,
                "issuer": issuer, "year": year, "ocr": False,
                "signer": None if signer is None else {"name": signer[0], "title": signer[1]},
                "units": units,
                "leaders": [{"name": n, "title": t, "unit": u} for n, t, u in leaders],
                "pledges": [{"id": i, **p} for i, p in enumerate(pledges, 1)]}
        # gold is always NFC, whatever form the source is in
        gold = json.loads(unicodedata.normalize("NFC", json.dumps(gold, ensure_ascii=False)))
        out = OUT / f"{f}.gold.json"
        if out.exists():  # keep the sha256 render.py filled in
            gold["sha256"] = json.loads(out.read_text(encoding="utf-8")).get("sha256", "")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load_all() -> None:
    for part in sorted(HERE.glob("docs_*.py")):
        exec(compile(part.read_text(encoding="utf-8"), str(part), "exec"),
             {"doc": doc, "P": P})


if __name__ == "__main__":
    load_all()
