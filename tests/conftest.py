"""Database fixtures: every store test runs on SQLite (a temp file) and PostgreSQL.

PostgreSQL is real: each test gets a freshly created, uniquely named database on the
local server, dropped afterwards. If the server is unreachable the PostgreSQL tests
FAIL, so a broken CI service is never mistaken for a green run; set CAMKET_SKIP_PG=1 to
skip them on purpose.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ADMIN = os.environ.get("CAMKET_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_admin_conninfo() -> str:
    # psycopg wants a libpq URL, not SQLAlchemy's "postgresql+psycopg://".
    return PG_ADMIN.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'camket.db'}"
        return

    if os.environ.get("CAMKET_SKIP_PG") == "1":
        pytest.skip("CAMKET_SKIP_PG=1")
    import psycopg

    name = f"camket_test_{uuid.uuid4().hex[:16]}"
    try:
        admin = psycopg.connect(_pg_admin_conninfo(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL unreachable at {PG_ADMIN} (set CAMKET_SKIP_PG=1 to skip): {e}")
    with admin:
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        try:
            yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from store.db import open_store

    st = open_store(db_url)
    try:
        yield st
    finally:
        st.close()


# -- hand-built dossiers ---------------------------------------------------------------
# Built the way the extractors and NLP stages build them (add_block, spans into the
# shared text), so the store sees realistic shapes without depending on those layers.


def _find(d, needle: str, after: int = 0):
    i = d.text.index(needle, after)
    return d.span(i, i + len(needle))


def build_commitment(
    sha: str = "c" * 64,
    path: str = "/lưu trữ/2020/CK Cam Lộ 2020.docx",
    *,
    issuer: str = "Huyện ủy Cam Lộ",
    issuer_key: str = "huyen uy cam lo",
    year: int = 2020,
    tasks: list[tuple[str, str, str | None, list[str]]] | None = None,
):
    """A commitment paper: header, title, a task table on two pages, a signature."""
    from pipeline.document import (
        Block,
        Deadline,
        Dossier,
        Fields,
        Leader,
        Page,
        Pledge,
        Signer,
        Source,
        UnitMention,
    )

    tasks = tasks or [
        (
            "Hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới",
            f"Quý IV/{year}",
            f"{year}-12-31",
            ["nong_thon_moi"],
        ),
        (
            "Giải phóng mặt bằng dự án đường tránh Quốc lộ 9",
            f"trước ngày 30/9/{year}",
            f"{year}-09-30",
            ["giai_phong_mat_bang", "giao_thong"],
        ),
        (
            "Nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến lên 50%",
            f"trong năm {year}",
            f"{year}-12-31",
            ["cai_cach_hanh_chinh", "chuyen_doi_so"],
        ),
    ]
    d = Dossier(Source(path, sha, 48213, "docx"), pipeline_version="0.1.0")
    d.pages = [Page(1, width=595.0, height=842.0), Page(2, width=595.0, height=842.0)]
    d.add_block(Block("ĐẢNG BỘ TỈNH QUẢNG TRỊ", 1, region="header-left"))
    d.add_block(Block(issuer.upper(), 1, region="header-left"))
    d.add_block(Block("Số 05-CK/HU", 1, region="header-left"))
    d.add_block(Block("ĐẢNG CỘNG SẢN VIỆT NAM", 1, region="header-right"))
    d.add_block(Block(f"Cam Lộ, ngày 10 tháng 01 năm {year}", 1, region="header-right"))
    d.add_block(Block("BẢN CAM KẾT", 1, style="title"))
    d.add_block(Block(f"thực hiện nhiệm vụ trọng tâm năm {year} của Ban Thường vụ {issuer}", 1))
    header = ["STT", "Nội dung cam kết", "Thời gian hoàn thành", "Người chịu trách nhiệm"]
    for col, cell in enumerate(header):
        d.add_block(Block(cell, 1, kind="cell", table=0, row=0, col=col))
    for n, (task, when, _, _) in enumerate(tasks, 1):
        page = 1 if n < len(tasks) else 2
        row = [str(n), task, when, "Đồng chí Nguyễn Văn Hùng"]
        for col, cell in enumerate(row):
            d.add_block(Block(cell, page, kind="cell", table=0, row=n, col=col))
    d.add_block(Block("BÍ THƯ", 2, style="bold center"))
    d.add_block(Block("Nguyễn Văn Hùng", 2, style="bold center"))

    sig = _find(d, "Nguyễn Văn Hùng", d.text.index("BÍ THƯ"))
    d.fields = Fields(
        kind="commitment",
        number="05-CK/HU",
        place="Cam Lộ",
        date=f"{year}-01-10",
        issuer=issuer,
        issuer_key=issuer_key,
        superior="Đảng bộ tỉnh Quảng Trị",
        title="BẢN CAM KẾT",
        summary=f"thực hiện nhiệm vụ trọng tâm năm {year} của Ban Thường vụ {issuer}",
        year=year,
        signer=Signer("Nguyễn Văn Hùng", "Bí thư", sig),
        spans={"number": _find(d, "05-CK/HU"), "date": _find(d, f"ngày 10 tháng 01 năm {year}")},
    )
    d.units = [
        UnitMention(issuer, issuer_key, "district", _find(d, issuer.upper())),
        UnitMention(
            "Đảng bộ tỉnh Quảng Trị",
            "dang bo tinh quang tri",
            "province",
            _find(d, "ĐẢNG BỘ TỈNH QUẢNG TRỊ"),
        ),
        UnitMention(issuer, issuer_key, "district", _find(d, f"Ban Thường vụ {issuer}")),
    ]
    d.leaders = [
        Leader("Nguyễn Văn Hùng", "Bí thư", issuer, issuer_key, "signature", sig),
        Leader(
            "Nguyễn Văn Hùng",
            "Bí thư",
            issuer,
            issuer_key,
            "table",
            _find(d, "Đồng chí Nguyễn Văn Hùng"),
        ),
    ]
    for n, (task, when, iso, topics) in enumerate(tasks, 1):
        span = _find(d, task)
        d.pledges.append(
            Pledge(
                index=n,
                task=task,
                unit=issuer,
                unit_key=issuer_key,
                leader="Nguyễn Văn Hùng",
                deadline=Deadline(when, iso, _find(d, when, span.end)),
                target=None,
                topics=list(topics),
                page=span.page,
                span=span,
            )
        )
    d.status = "ok"
    return d


def build_evaluation(
    sha: str = "e" * 64,
    path: str = "/lưu trữ/2020/BC đánh giá Cam Lộ.pdf",
    *,
    date: str = "2020-12-20",
    year: int = 2020,
    issuer: str = "Huyện ủy Cam Lộ",
    issuer_key: str = "huyen uy cam lo",
    results: list[tuple[str, str, float | None, str | None]] | None = None,
):
    """An evaluation report: numbered paragraphs, each judging one task."""
    from pipeline.document import Block, Dossier, Fields, Page, Pledge, Source

    results = results or [
        ("Xây dựng xã nông thôn mới: đã có 3 xã đạt chuẩn", "completed", 100.0, None),
        (
            "Công tác giải phóng mặt bằng đường tránh Quốc lộ 9",
            "not_completed",
            85.0,
            "do vướng mắc giải phóng mặt bằng",
        ),
    ]
    d = Dossier(Source(path, sha, 90210, "pdf"), pipeline_version="0.1.0")
    d.pages = [Page(1, origin="ocr", confidence=0.91)]
    d.add_block(Block("BÁO CÁO", 1, origin="ocr", confidence=0.95, style="title"))
    d.add_block(Block(f"kết quả thực hiện bản cam kết năm {year}", 1, origin="ocr"))
    spans = []
    for n, (task, status, _pct, _reason) in enumerate(results, 1):
        b = d.add_block(Block(f"{n}. {task}: {status}", 1, origin="ocr", confidence=0.9))
        spans.append(d.span(b.start + len(f"{n}. "), b.start + len(f"{n}. ") + len(task)))
    d.fields = Fields(
        kind="evaluation",
        date=date,
        issuer=issuer,
        issuer_key=issuer_key,
        title="BÁO CÁO",
        year=year,
        number="112-BC/HU",
    )
    for n, ((task, status, pct, reason), span) in enumerate(zip(results, spans, strict=True), 1):
        d.pledges.append(
            Pledge(
                index=n,
                task=task,
                unit=None,
                unit_key=None,
                status=status,  # type: ignore[arg-type]
                percent=pct,
                reason=reason,
                page=1,
                span=span,
                topics=["giao_thong"] if n == 2 else [],
            )
        )
    d.status = "ok"
    return d


@pytest.fixture
def commitment():
    return build_commitment


@pytest.fixture
def evaluation():
    return build_evaluation
