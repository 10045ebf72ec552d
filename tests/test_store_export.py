"""The export contract (keys, types, NFC, order, latest status) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from pipeline.document import Dossier, Problem, Source
from store.export import CSV_COLUMNS, export_documents, write_csv, write_jsonl
from store.load import link_candidates, save, set_link, unlinked_evaluations

DOC_KEYS = {
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
}
PLEDGE_KEYS = {
    "id",
    "task",
    "unit",
    "leader",
    "deadline",
    "deadline_text",
    "status",
    "topics",
    "page",
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHECK_EXPORT = Path(os.environ.get("CAMKET_CHECK_EXPORT", "/work/shared/tools/check-export"))


def assert_contract(doc: dict) -> None:
    assert set(doc) == DOC_KEYS
    assert isinstance(doc["file"], str) and "/" not in doc["file"]
    assert isinstance(doc["sha256"], str) and len(doc["sha256"]) == 64
    assert doc["kind"] in ("commitment", "evaluation", "other")
    for key in ("number", "date", "issuer"):
        assert doc[key] is None or isinstance(doc[key], str)
    assert doc["date"] is None or ISO.match(doc["date"])
    assert doc["year"] is None or (type(doc["year"]) is int)
    assert type(doc["ocr"]) is bool
    assert doc["signer"] is None or set(doc["signer"]) == {"name", "title"}
    assert all(isinstance(u, str) for u in doc["units"])
    assert len(doc["units"]) == len(set(doc["units"]))
    for leader in doc["leaders"]:
        assert set(leader) == {"name", "title", "unit"}
    for p in doc["pledges"]:
        assert set(p) == PLEDGE_KEYS
        assert type(p["id"]) is int and isinstance(p["task"], str)
        assert p["deadline"] is None or ISO.match(p["deadline"])
        assert p["status"] in ("completed", "not_completed", "in_progress", "unknown")
        assert isinstance(p["topics"], list) and all(isinstance(t, str) for t in p["topics"])
        assert p["page"] is None or type(p["page"]) is int
    for text in _texts(doc):
        assert unicodedata.is_normalized("NFC", text), text


def _texts(x: object):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from _texts(v)
    elif isinstance(x, list):
        for v in x:
            yield from _texts(v)


@pytest.fixture
def filled(store, commitment, evaluation):
    """A commitment, its evaluation (one task linked), an NFD file, a failed file."""
    save(store, commitment())
    save(store, evaluation())
    nfd = commitment(sha="d" * 64, path="/mac/Bản cam kết Gio Linh.docx", year=2021)
    for p in nfd.pledges:
        p.task = unicodedata.normalize("NFD", p.task)
    nfd.fields.issuer = unicodedata.normalize("NFD", "Huyện ủy Gio Linh")
    nfd.units[0].name = unicodedata.normalize("NFD", "Huyện ủy Gio Linh")
    save(store, nfd)
    broken = Dossier(Source("/x/Ảnh hỏng.png", "0" * 64, 10, "image"), status="failed")
    broken.problems.append(Problem("ocr", "timeout", "tesseract quá thời gian"))
    save(store, broken)
    waiting = unlinked_evaluations(store, "huyen uy cam lo", 2020)
    pledges = link_candidates(store, "huyen uy cam lo", 2020)
    set_link(store, waiting[1].id, pledges[1].id, 0.8)
    return store


def test_export_contract(filled):
    docs = list(export_documents(filled))
    for doc in docs:
        assert_contract(doc)
    # failed files are not exported; order is by file name
    assert [d["file"] for d in docs] == [
        "BC đánh giá Cam Lộ.pdf",
        "Bản cam kết Gio Linh.docx",
        "CK Cam Lộ 2020.docx",
    ]


def test_export_values(filled):
    by_file = {d["file"]: d for d in export_documents(filled)}
    ck = by_file["CK Cam Lộ 2020.docx"]
    assert {k: ck[k] for k in ("kind", "number", "date", "issuer", "year", "ocr", "signer")} == {
        "kind": "commitment",
        "number": "05-CK/HU",
        "date": "2020-01-10",
        "issuer": "Huyện ủy Cam Lộ",
        "year": 2020,
        "ocr": False,
        "signer": {"name": "Nguyễn Văn Hùng", "title": "Bí thư"},
    }
    assert ck["units"] == ["Huyện ủy Cam Lộ", "Đảng bộ tỉnh Quảng Trị"]
    assert ck["leaders"] == [
        {"name": "Nguyễn Văn Hùng", "title": "Bí thư", "unit": "Huyện ủy Cam Lộ"}
    ]
    p = ck["pledges"][1]
    assert {k: p[k] for k in PLEDGE_KEYS - {"id"}} == {
        "task": "Giải phóng mặt bằng dự án đường tránh Quốc lộ 9",
        "unit": "Huyện ủy Cam Lộ",
        "leader": "Nguyễn Văn Hùng",
        "deadline": "2020-09-30",
        "deadline_text": "trước ngày 30/9/2020",
        "status": "not_completed",  # what the linked evaluation said
        "topics": ["giai_phong_mat_bang", "giao_thong"],
        "page": 1,
    }
    assert [p["status"] for p in ck["pledges"]] == ["unknown", "not_completed", "unknown"]

    bc = by_file["BC đánh giá Cam Lộ.pdf"]
    assert bc["kind"] == "evaluation" and bc["ocr"] is True
    assert [(p["status"], p["topics"]) for p in bc["pledges"]] == [
        ("completed", []),
        ("not_completed", ["giao_thong"]),
    ]


def test_export_is_nfc_even_when_store_holds_nfd(filled):
    gio_linh = next(d for d in export_documents(filled) if d["file"].endswith("Gio Linh.docx"))
    assert gio_linh["issuer"] == "Huyện ủy Gio Linh"
    assert gio_linh["pledges"][0]["task"] == "Hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới"
    assert gio_linh["units"][0] == "Huyện ủy Gio Linh"


def test_jsonl_parses_back_and_passes_check_export(filled, tmp_path):
    buf = io.StringIO()
    assert write_jsonl(export_documents(filled), buf) == 3
    lines = buf.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == list(export_documents(filled))
    assert "Cam Lộ" in buf.getvalue()  # readable Vietnamese, not \\u escapes
    if not CHECK_EXPORT.exists():
        pytest.skip(f"{CHECK_EXPORT} not present")
    out = tmp_path / "export.jsonl"
    out.write_text(buf.getvalue(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(CHECK_EXPORT), str(out)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_csv_one_row_per_pledge(filled):
    buf = io.StringIO()
    docs = list(export_documents(filled))
    n = write_csv(docs, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == sum(len(d["pledges"]) for d in docs)
    assert tuple(rows[0]) == CSV_COLUMNS
    gpmb = next(
        r for r in rows if r["task"].startswith("Giải phóng") and r["file"].startswith("CK")
    )
    assert gpmb["pledge_status"] == "not_completed"
    assert gpmb["topics"] == "giai_phong_mat_bang; giao_thong"
    assert gpmb["deadline"] == "2020-09-30" and gpmb["signer_name"] == "Nguyễn Văn Hùng"


def test_csv_keeps_a_document_without_pledges(store, commitment):
    d = commitment()
    d.pledges = []
    save(store, d)
    buf = io.StringIO()
    assert write_csv(export_documents(store), buf) == 1
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["file"] == "CK Cam Lộ 2020.docx" and row["pledge_id"] == "" and row["task"] == ""


def test_empty_store_exports_nothing(store):
    assert list(export_documents(store)) == []
