"""Follow-up: the reason rules, `flag` at dates, a pledge's history (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from pipeline.cli import cli
from store.filters import Filters, statuses_at
from store.followup import due, flag, history, reason
from store.load import save
from store.schema import PledgeRow

D = dt.date


@pytest.mark.parametrize(
    ("status", "due_date", "as_of", "expected"),
    [
        (None, D(2020, 9, 30), D(2020, 10, 1), "overdue_no_evaluation"),
        (None, D(2020, 9, 30), D(2020, 9, 30), None),  # due today is not overdue yet
        (None, D(2020, 12, 31), D(2020, 10, 1), None),
        (None, None, D(2030, 1, 1), None),  # no deadline and no year: never overdue
        ("not_completed", D(2020, 12, 31), D(2020, 10, 1), "evaluated_not_completed"),
        ("not_completed", D(2020, 9, 30), D(2020, 10, 1), "evaluated_not_completed"),
        ("in_progress", D(2020, 9, 30), D(2020, 10, 1), "in_progress_past_deadline"),
        ("in_progress", D(2020, 12, 31), D(2020, 10, 1), None),
        ("completed", D(2020, 9, 30), D(2021, 10, 1), None),
    ],
)
def test_reason(status, due_date, as_of, expected) -> None:
    assert reason(status, due_date, as_of) == expected


@pytest.mark.parametrize(
    ("deadline", "year", "expected"),
    [(D(2020, 9, 30), 2020, D(2020, 9, 30)), (None, 2021, D(2021, 12, 31)), (None, None, None)],
)
def test_due_is_the_deadline_else_the_end_of_the_year(deadline, year, expected) -> None:
    assert due(deadline, year) == expected


def _pledge_ids(store, year: int, unit_key: str = "huyen uy cam lo") -> list[int]:
    with store.session() as s:
        return list(s.scalars(
            select(PledgeRow.id).where(PledgeRow.year == year, PledgeRow.unit_key == unit_key)
            .order_by(PledgeRow.document_id, PledgeRow.index)
        ))


@pytest.fixture
def judged(store, commitment, evaluation):
    """2020: three pledges (due 31/12, 30/9, 31/12) in two formats (twins); a year-end report
    on 20/12 judges the first completed and the second not completed, linked to the DOCX's
    pledges; a mid-year report on 15/7 says the third is in progress, linked to the PDF's.
    2021: the same unit pledges the second task again."""
    save(store, commitment())
    save(store, commitment(sha="b" * 64, path="/lưu trữ/2020/CK Cam Lộ 2020.pdf"))
    docx, pdf = _pledge_ids(store, 2020)[:3], _pledge_ids(store, 2020)[3:]
    ev = evaluation()
    for p, pid in zip(ev.pledges, docx, strict=False):
        p.pledge_id = pid
    save(store, ev)
    mid = evaluation(sha="9" * 64, path="/lưu trữ/2020/Sơ kết.docx", date="2020-07-15",
                     results=[("Thủ tục hành chính trực tuyến", "in_progress", 40.0, None)])
    mid.pledges[0].pledge_id = pdf[2]
    save(store, mid)
    save(store, commitment(sha="a" * 64, path="/lưu trữ/2021/CK 2021.docx", year=2021, tasks=[
        ("Tiếp tục giải phóng mặt bằng dự án đường tránh Quốc lộ 9", "Quý II/2021", "2021-06-30",
         ["giai_phong_mat_bang"]),
        ("Xây dựng 5 thôn kiểu mẫu", "Quý IV/2021", "2021-12-31", ["nong_thon_moi"]),
    ]))
    return store, docx, pdf


def _reasons(flags) -> dict[tuple[int, int], str]:
    """{(year, index in its paper): reason}, the same for both formats of one paper."""
    out = {}
    for f in flags:
        out.setdefault((f.year, f.task[:20]), set()).add(f.reason)
    return {k: "/".join(sorted(v)) for k, v in out.items()}


def test_statuses_at_follow_dates_and_twins(judged) -> None:
    store, docx, pdf = judged
    with store.session() as s:
        assert statuses_at(s, docx + pdf, D(2020, 6, 1)) == {}
        mid = statuses_at(s, docx + pdf, D(2020, 8, 1))
        assert mid == {docx[2]: "in_progress", pdf[2]: "in_progress"}
        end = statuses_at(s, docx + pdf, D(2021, 1, 1))
    assert end[docx[0]] == end[pdf[0]] == "completed"
    assert end[docx[1]] == end[pdf[1]] == "not_completed"
    assert end[docx[2]] == end[pdf[2]] == "in_progress"


def test_flag_at_two_dates(judged) -> None:
    store, docx, pdf = judged
    oct1 = flag(store, D(2020, 10, 1))
    # only the second task is due (30/9) and nothing judged it by then
    assert {f.id for f in oct1} == {docx[1], pdf[1]}
    assert {f.reason for f in oct1} == {"overdue_no_evaluation"}
    jan = flag(store, D(2021, 1, 15))
    got = {(f.id, f.reason) for f in jan}
    assert got == {
        (docx[1], "evaluated_not_completed"), (pdf[1], "evaluated_not_completed"),
        (docx[2], "in_progress_past_deadline"), (pdf[2], "in_progress_past_deadline"),
    }  # the 2021 pledges are not due yet; the first 2020 task was completed
    late = flag(store, D(2022, 1, 15))
    assert len(late) == 6  # plus the two 2021 pledges nobody judged
    assert {f.reason for f in late if f.year == 2021} == {"overdue_no_evaluation"}


def test_flag_filters(judged) -> None:
    store, docx, pdf = judged
    when = D(2022, 1, 15)
    assert {f.year for f in flag(store, when, Filters(year=2021))} == {2021}
    assert flag(store, when, Filters(units=("Gio Linh",))) == []
    assert len(flag(store, when, Filters(units=("cam lo",)))) == 6
    assert {f.status for f in flag(store, when, Filters(statuses=("in_progress",)))} == {
        "in_progress"}
    assert {f.id for f in flag(store, when, Filters(topics=("cai_cach_hanh_chinh",)))} == {
        docx[2], pdf[2]}


def test_a_pledge_of_a_later_paper_is_not_flagged_early(judged) -> None:
    store, _, _ = judged
    # the 2021 commitment is dated 10/01/2021: on 5/1/2021 it did not exist
    assert all(f.year == 2020 for f in flag(store, D(2021, 1, 5)))


def test_history(judged) -> None:
    store, docx, pdf = judged
    h = history(store, pdf[1])
    assert h["task"].startswith("Giải phóng mặt bằng")
    # judged through its twin, the DOCX of the same paper
    assert [(e["status"], e["eval_date"], e["judged_twin"]) for e in h["evaluations"]] == [
        ("not_completed", "2020-12-20", docx[1])]
    assert h["evaluations"][0]["reason"] == "do vướng mắc giải phóng mặt bằng"
    assert h["evaluations"][0]["percent"] == 85.0
    assert h["twins"] == [docx[1]]
    carried = h["carried_over"]
    assert [c["task"] for c in carried] == [
        "Tiếp tục giải phóng mặt bằng dự án đường tránh Quốc lộ 9"]
    assert carried[0]["year"] == 2021
    assert history(store, docx[0])["carried_over"] == []
    with pytest.raises(KeyError):
        history(store, 10_000)


def test_cli_flag_jsonl_and_show(judged, db_url) -> None:
    store, docx, pdf = judged
    r = CliRunner().invoke(cli, ["--db", db_url, "flag", "--as-of", "2021-01-15",
                                 "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 4
    assert list(rows[0]) == ["id", "task", "unit", "leader", "deadline", "status", "file", "page",
                             "score", "reason"]
    assert {x["reason"] for x in rows} == {"evaluated_not_completed",
                                          "in_progress_past_deadline"}
    r = CliRunner().invoke(cli, ["--db", db_url, "flag", "--as-of", "2021"])  # a year: its end
    assert r.exit_code == 0 and "[evaluated_not_completed]" in r.stdout
    r = CliRunner().invoke(cli, ["--db", db_url, "flag", "--as-of", "15/01/2021"])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.stderr
    r = CliRunner().invoke(cli, ["--db", db_url, "show", f"P{pdf[1]}", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["carried_over"] and data["evaluations"]
    r = CliRunner().invoke(cli, ["--db", db_url, "show", "P99999"])
    assert r.exit_code == 2 and r.stderr.startswith("camket: no pledge")
    r = CliRunner().invoke(cli, ["--db", db_url, "show", "D1"])  # documents still shown
    assert r.exit_code == 0 and "pledges:" in r.stdout


@pytest.mark.parametrize(
    ("old", "new", "carried"),
    [
        ("Giải phóng mặt bằng dự án đường tránh Quốc lộ 9",
         "Tiếp tục giải phóng mặt bằng dự án đường tránh Quốc lộ 9", True),
        ("Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới nâng cao trong năm 2021",
         "Hoàn thành tiêu chí còn thiếu để xã được công nhận đạt chuẩn nông thôn mới nâng cao "
         "(nội dung chưa hoàn thành năm 2021)", True),
        ("Kết nạp 150 đảng viên mới", "Kết nạp 120 đảng viên mới", True),
        ("Hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới", "Xây dựng 5 thôn kiểu mẫu", False),
        ("Thu ngân sách đạt 100% dự toán", "Giải ngân 100% vốn đầu tư công", False),
        ("Kết nạp đảng viên", "", False),
    ],
)
def test_carry_over_similarity(old: str, new: str, carried: bool) -> None:
    from store.followup import CARRY_OVER_MIN, CARRY_OVER_SHARED, similarity

    sim, shared = similarity(old, new)
    assert (sim >= CARRY_OVER_MIN and shared >= CARRY_OVER_SHARED) is carried
