"""Shared helpers of the hand-written gold builders (bench/holdout*/src/make_gold.py): one
compact call per document, written as `<file>.gold.json` in the export contract plus
`links_to`; render.py fills `sha256` afterwards and a rewrite keeps it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

C, N, IP, U = "completed", "not_completed", "in_progress", "unknown"

# topic keys of nlp/data/topics.toml, as the gold builders write them
XDD, CDS, CCHC, QP = "xay_dung_dang", "chuyen_doi_so", "cai_cach_hanh_chinh", "quoc_phong_an_ninh"
YT, NTM, GT, MT = "y_te", "nong_thon_moi", "giao_thong", "moi_truong"
GN, NN, TNS, VH = "giam_ngheo", "nong_nghiep", "thu_ngan_sach", "van_hoa_xa_hoi"
TCBM, GPMB = "to_chuc_bo_may", "giai_phong_mat_bang"


def P(task: str, unit: str, leader: str | None = None, dl: str | None = None,
      dt: str | None = None, st: str = U, topics: tuple[str, ...] = (), page: int = 1,
      link: Any = "-") -> dict[str, Any]:
    """One pledge; link "-" = no links_to key (commitments), None = judged item with no pledge."""
    p: dict[str, Any] = {"task": task, "unit": unit, "leader": leader, "deadline": dl,
                         "deadline_text": dt, "status": st, "topics": list(topics), "page": page}
    if link != "-":
        p["links_to"] = None if link is None else {"file": link[0], "id": link[1]}
    return p


def L(name: str, title: str, unit: str) -> dict[str, str]:
    return {"name": name, "title": title, "unit": unit}


def gold_writer(out: Path) -> Callable[..., None]:
    """`doc(file, kind, number, date, issuer, year, signer, units, leaders, pledges)` writing
    into `out`."""

    def doc(file: str, kind: str, number: str | None, date: str | None, issuer: str | None,
            year: int | None, signer: tuple[str, str] | None, units: list[str],
            leaders: list[dict[str, str]], pledges: list[dict[str, Any]]) -> None:
        for i, p in enumerate(pledges, 1):
            p_id: dict[str, Any] = {"id": i}
            p_id.update(p)
            pledges[i - 1] = p_id
        g = {"file": file, "sha256": "", "kind": kind, "number": number, "date": date,
             "issuer": issuer, "year": year, "ocr": False,
             "signer": None if signer is None else {"name": signer[0], "title": signer[1]},
             "units": units, "leaders": leaders, "pledges": pledges}
        path = out / f"{file}.gold.json"
        if path.exists():  # keep the sha256 render.py already filled
            g["sha256"] = json.loads(path.read_text(encoding="utf-8")).get("sha256", "")
        path.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    return doc
