"""Amended commitments: the amending pledge carries the task (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pipeline.run import link_dossier, relink_for_commitment
from store.amend import is_amendment, same_task, superseded
from store.filters import statuses_at
from store.followup import flag
from store.load import save
from store.schema import EvaluationRow, PledgeRow


@pytest.mark.parametrize(("title", "summary", "amends"), [
    ("BẢN CAM KẾT BỔ SUNG, ĐIỀU CHỈNH", "nhiệm vụ trọng tâm năm 2023", True),
    ("BẢN CAM KẾT", "điều chỉnh một số nội dung cam kết năm 2023", True),
    ("BẢN CAM KẾT", "thực hiện nhiệm vụ trọng tâm năm 2023", False),
])
def test_is_amendment(title: str, summary: str, amends: bool) -> None:
    assert is_amendment(title, summary) is amends


@pytest.mark.parametrize(("old", "new", "same"), [
    # a new figure and deadline for the same task
    ("Đào tạo nghề cho 500 lao động nông thôn, xong trước 30/9/2023",
     "Đào tạo nghề cho 350 lao động nông thôn (thay cho 500 lao động), hoàn thành tháng 12/2023",
     True),
    ("Đào tạo nghề cho 500 lao động nông thôn", "Xây dựng 2 trường học đạt chuẩn quốc gia",
     False),
])
def test_same_task(old: str, new: str, same: bool) -> None:
    assert same_task(old, new) is same


def _amending(commitment, date: str = "2020-07-15"):
    """A later paper of the same unit restating the second pledge with a new deadline, and
    adding a task."""
    d = commitment(sha="d" * 64, path="/lưu trữ/2020/CK điều chỉnh.docx", tasks=[
        ("Giải phóng mặt bằng dự án đường tránh Quốc lộ 9 (điều chỉnh thời hạn)",
         "trước ngày 31/12/2020", "2020-12-31", ["giai_phong_mat_bang"]),
        ("Lắp đặt 40 camera an ninh tại các trục đường chính", "Quý IV/2020", "2020-12-31",
         ["quoc_phong_an_ninh"]),
    ])
    d.fields.date = date
    d.fields.title = "BẢN CAM KẾT ĐIỀU CHỈNH, BỔ SUNG"
    return d


def _ids(store, sha: str) -> list[int]:
    from store.schema import DocumentRow

    with store.session() as s:
        return list(s.scalars(
            select(PledgeRow.id).join(DocumentRow, PledgeRow.document_id == DocumentRow.id)
            .where(DocumentRow.sha256 == sha).order_by(PledgeRow.index)))


def test_a_report_read_before_the_amendment_is_relinked_to_it(store, commitment,
                                                                evaluation) -> None:
    save(store, commitment())
    ev = evaluation(results=[("Giải phóng mặt bằng đường tránh Quốc lộ 9", "in_progress",
                              70.0, None)])
    link_dossier(store, ev)
    save(store, ev)
    original = _ids(store, "c" * 64)[1]
    with store.session() as s:
        assert s.scalar(select(EvaluationRow.pledge_id)) == original

    amend = _amending(commitment)
    save(store, amend)
    relink_for_commitment(store, amend)
    restated, added = _ids(store, "d" * 64)
    with store.session() as s:
        assert s.scalar(select(EvaluationRow.pledge_id)) == restated
        assert superseded(s, [original, restated, added]) == {original}
        # one task: the report judges the pledge it restated too
        assert statuses_at(s, [original, restated]) == {original: "in_progress",
                                                        restated: "in_progress"}


def test_flag_follows_the_amended_deadline(store, commitment) -> None:
    save(store, commitment())
    save(store, _amending(commitment))
    original = _ids(store, "c" * 64)[1]
    restated = _ids(store, "d" * 64)[0]
    # past the original deadline (30/9) but within the amended one (31/12): nothing due
    at_october = {f.id for f in flag(store, dt.date(2020, 10, 1))}
    assert original not in at_october and restated not in at_october
    at_next_year = {f.id for f in flag(store, dt.date(2021, 1, 5))}
    assert restated in at_next_year and original not in at_next_year


def test_an_amendment_counts_from_its_date(store, commitment) -> None:
    save(store, commitment())
    save(store, _amending(commitment, date="2020-11-02"))
    original = _ids(store, "c" * 64)[1]
    assert original in {f.id for f in flag(store, dt.date(2020, 10, 1))}


def test_the_same_paper_twice_is_no_amendment(store, commitment) -> None:
    save(store, commitment())
    save(store, commitment(sha="b" * 64, path="/lưu trữ/2020/CK Cam Lộ 2020.pdf"))
    with store.session() as s:
        assert superseded(s, _ids(store, "c" * 64) + _ids(store, "b" * 64)) == set()


def test_report_counts_a_restated_pledge_once(store, commitment) -> None:
    from store.report import unit_lines

    save(store, commitment())
    save(store, _amending(commitment))
    (line,) = unit_lines(store, [2020], dt.date(2020, 12, 31))
    assert line.made == 4  # three pledged, one of them restated, one added


def test_migration_0008_marks_the_amending_pledges_of_an_older_store(store, commitment) -> None:
    """A store written before pledges carried the mark: the migration reads each paper's
    title as a new save does, and the amendment is found again."""
    from store.db import downgrade, upgrade

    save(store, commitment())
    save(store, _amending(commitment))
    downgrade(store, "0007")
    upgrade(store, "head")
    original = _ids(store, "c" * 64)[1]
    restated = _ids(store, "d" * 64)[0]
    with store.session() as s:
        marked = {i: m for i, m in s.execute(select(PledgeRow.id, PledgeRow.from_amendment))}
        assert {i for i, m in marked.items() if m} == set(_ids(store, "d" * 64))
        assert superseded(s, [original, restated]) == {original}
