"""Dossier ↔ rows: round trips, re-processing, failures, links, views (SQLite and PostgreSQL)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pipeline.document import Dossier, Problem, Source
from store.load import (
    find_by_sha,
    finish_batch,
    keys_extending,
    link_candidates,
    load_dossier,
    record_path,
    save,
    set_link,
    start_batch,
    unlinked_evaluations,
)
from store.queries import problems, show_document, show_pledge, stats
from store.schema import (
    BatchRow,
    DocumentPathRow,
    DocumentRow,
    DocumentUnitRow,
    EvaluationRow,
    LeaderRow,
    PledgeRow,
    PledgeTopicRow,
    ProblemRow,
    UnitRow,
)

ROW_TABLES = (
    DocumentRow,
    DocumentPathRow,
    DocumentUnitRow,
    UnitRow,
    LeaderRow,
    PledgeRow,
    PledgeTopicRow,
    EvaluationRow,
    ProblemRow,
)


def counts(store) -> dict[str, int]:
    with store.session() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in ROW_TABLES}


# -- round trips ------------------------------------------------------------------------


def test_commitment_round_trips_exactly(store, commitment):
    d = commitment()
    doc_id = save(store, d)
    back = load_dossier(store, doc_id, findings=True)
    assert back.to_dict() == d.to_dict()
    # NFC Vietnamese stays NFC and byte-identical
    assert back.pledges[0].task == "Hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới"
    assert unicodedata.is_normalized("NFC", back.text)


def test_evaluation_round_trips_exactly(store, evaluation):
    d = evaluation()
    back = load_dossier(store, save(store, d), findings=True)
    assert back.to_dict() == d.to_dict()
    assert [p.status for p in back.pledges] == ["completed", "not_completed"]
    assert back.pledges[1].reason == "do vướng mắc giải phóng mặt bằng"
    assert back.ocr


def test_load_for_reprocess_keeps_extraction_only(store, commitment):
    d = commitment()
    d.problems = [
        Problem("ocr", "low_confidence", "trang 2: độ tin cậy OCR thấp", 2),
        Problem("pledges", "no_deadline", "nhiệm vụ 3 không có thời hạn"),
    ]
    back = load_dossier(store, save(store, d))
    assert back.status == "pending"
    assert back.text == d.text
    assert back.to_dict()["blocks"] == d.to_dict()["blocks"]
    assert back.pages == d.pages
    assert back.source == d.source
    assert back.pledges == [] and back.units == [] and back.leaders == []
    assert back.fields.kind == "other" and back.fields.number is None
    assert [p.code for p in back.problems] == ["low_confidence"]


def test_blocks_built_off_the_shared_axis_keep_their_text(store, commitment):
    d = commitment()
    d.blocks[0].text = "ĐẢNG BỘ TỈNH QUẢNG TRỊ (đã sửa)"  # no longer text[start:end]
    back = load_dossier(store, save(store, d))
    assert back.blocks[0].text == "ĐẢNG BỘ TỈNH QUẢNG TRỊ (đã sửa)"
    assert back.blocks[1].text == d.blocks[1].text


vietnamese = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩị")
        + list("óòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ\t\n,.;:()/-%\"'0123456789")
        + ["\u0301", "\u0323", "ㄱ", "漢", "🙂", "\u200b", "\x01"]  # combining marks, other scripts
    ),
    max_size=80,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(task=vietnamese, issuer=vietnamese, reason=vietnamese, unit_name=vietnamese)
def test_text_fields_round_trip(store, commitment, evaluation, task, issuer, reason, unit_name):
    # one store for all examples: each example re-saves the same bytes (sha), which also
    # exercises replacement
    c = commitment()
    c.pledges[0].task = task
    c.fields.issuer = issuer
    c.units[1].name = unit_name
    back = load_dossier(store, save(store, c), findings=True)
    assert back.pledges[0].task == task
    assert back.fields.issuer == issuer
    assert back.units[1].name == unit_name
    e = evaluation()
    e.pledges[0].reason = reason
    e.pledges[1].task = task
    back = load_dossier(store, save(store, e), findings=True)
    assert (back.pledges[0].reason, back.pledges[1].task) == (reason, task)


@pytest.mark.parametrize(
    ("given_text", "stored"),
    [
        ("Hoàn thành\x00 100%", "Hoàn thành\ufffd 100%"),  # NUL: refused by PostgreSQL
        ("lỗi \ud83d mã hóa", "lỗi \ufffd mã hóa"),  # lone surrogate: not encodable
        ("bình thường", "bình thường"),
        ("Ho\u0300a", "Ho\u0300a"),  # NFD is kept as written; export makes it NFC
    ],
)
def test_unstorable_characters_replaced_without_moving_offsets(
    store, commitment, given_text, stored
):
    d = commitment()
    d.pledges[0].task = given_text
    d.text = d.text + "\n" + given_text
    back = load_dossier(store, save(store, d), findings=True)
    assert back.pledges[0].task == stored
    assert len(back.text) == len(d.text) and back.text.endswith(stored)
    assert d.pledges[0].task == given_text  # the caller's dossier is not modified


# -- re-processing, paths, failures -----------------------------------------------------


def test_resave_same_sha_replaces_rows(store, commitment, evaluation):
    first = save(store, commitment())
    save(store, evaluation())
    before = counts(store)
    again = commitment()
    assert save(store, again) == first
    assert counts(store) == before

    changed = commitment()
    changed.pledges = changed.pledges[:2]
    changed.pledges[1].topics = ["giao_thong"]
    changed.leaders = changed.leaders[:1]
    changed.fields.number = "06-CK/HU"
    assert save(store, changed) == first
    after = counts(store)
    assert after["pledges"] == before["pledges"] - 1
    assert after["leaders"] == before["leaders"] - 1
    assert after["documents"] == 2 and after["units"] == before["units"]
    back = load_dossier(store, first, findings=True)
    assert back.fields.number == "06-CK/HU"
    assert [p.topics for p in back.pledges] == [["nong_thon_moi"], ["giao_thong"]]


def test_paths_and_sha_lookup(store, commitment):
    d = commitment()
    doc_id = save(store, d)
    row = find_by_sha(store, d.source.sha256)
    assert row is not None and row.id == doc_id
    assert row.basename == "CK Cam Lộ 2020.docx" and row.path == d.source.path
    assert find_by_sha(store, "0" * 64) is None
    assert record_path(store, doc_id, "/usb/bản sao/CK Cam Lộ 2020 (1).docx") is True
    assert record_path(store, doc_id, "/usb/bản sao/CK Cam Lộ 2020 (1).docx") is False
    assert record_path(store, doc_id, d.source.path) is False  # save recorded it
    # a re-save from another path keeps the first path as the document's own
    d.source.path = "D:\\HoSo\\2020\\CK.docx"
    save(store, d)
    shown = show_document(store, doc_id)
    assert shown["path"] == "/lưu trữ/2020/CK Cam Lộ 2020.docx"
    assert shown["paths"][-1] == "D:\\HoSo\\2020\\CK.docx"
    assert len(shown["paths"]) == 3


def test_failed_dossier_is_recorded(store):
    d = Dossier(Source("/lưu trữ/hỏng/biên bản.pdf", "f" * 64, 1024, "pdf"))
    d.problems.append(Problem("extract", "encrypted", "PDF có mật khẩu", None))
    d.status = "failed"
    doc_id = save(store, d)
    row = find_by_sha(store, "f" * 64)
    assert row is not None
    assert (row.status, row.error_code, row.error_message) == (
        "failed",
        "encrypted",
        "PDF có mật khẩu",
    )
    assert problems(store) == [
        {
            "document_id": doc_id,
            "file": "biên bản.pdf",
            "path": "/lưu trữ/hỏng/biên bản.pdf",
            "status": "failed",
            "stage": "extract",
            "code": "encrypted",
            "message": "PDF có mật khẩu",
            "page": None,
        }
    ]
    assert stats(store)["by_status"] == {"failed": 1}


@pytest.mark.parametrize(
    ("status", "problem", "stored"),
    [
        ("ok", None, "ok"),
        ("pending", None, "ok"),
        ("ok", Problem("ocr", "low_confidence", "trang 2", 2), "partial"),
        ("partial", None, "partial"),
        ("failed", Problem("extract", "corrupt", "hỏng"), "failed"),
    ],
)
def test_document_status_rule(store, commitment, status, problem, stored):
    d = commitment()
    d.status = status
    d.problems = [problem] if problem else []
    save(store, d)
    row = find_by_sha(store, d.source.sha256)
    assert row is not None and row.status == stored
    assert row.error_code == (problem.code if problem and stored != "ok" else None)


def test_invalid_kind_or_status_refused(store, commitment):
    d = commitment()
    d.fields.kind = "memo"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="unknown document kind 'memo'"):
        save(store, d)
    d = commitment()
    d.pledges[0].status = "done"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="unknown status 'done'"):
        save(store, d)
    assert counts(store)["documents"] == 0


def test_malformed_date_stored_as_null(store, commitment):
    d = commitment()
    d.fields.date = "10/01/2020"
    d.pledges[0].deadline.date = "2020-13-45"  # type: ignore[union-attr]
    back = load_dossier(store, save(store, d), findings=True)
    assert back.fields.date is None
    assert back.pledges[0].deadline is not None and back.pledges[0].deadline.date is None
    assert back.pledges[0].deadline.text == "Quý IV/2020"


# -- units ----------------------------------------------------------------------------


def test_units_upserted_by_key(store, commitment):
    a = commitment()
    a.units[1].level = None
    save(store, a)
    b = commitment(sha="d" * 64, path="/lưu trữ/2021/CK 2021.docx", year=2021)
    b.units[0].name = "Huyện uỷ Cam Lộ"  # old tone placement, same key
    save(store, b)
    with store.session() as s:
        units = {u.key: (u.name, u.level) for u in s.scalars(select(UnitRow))}
    assert units == {
        "huyen uy cam lo": ("Huyện ủy Cam Lộ", "district"),  # first name seen is kept
        "dang bo tinh quang tri": ("Đảng bộ tỉnh Quảng Trị", "province"),  # level filled in
    }
    shown = show_document(store, find_by_sha(store, "d" * 64).id)  # type: ignore[union-attr]
    assert shown["units"][0]["name"] == "Huyện uỷ Cam Lộ"  # but each mention as written
    assert shown["units"][0]["source"]["snippet"] == "HUYỆN ỦY CAM LỘ"


# -- links and the latest-status rule ---------------------------------------------------


def test_link_candidates_scope(store, commitment, evaluation):
    save(store, commitment())
    save(store, commitment(sha="d" * 64, path="/2021/CK.docx", year=2021))
    save(
        store,
        commitment(
            sha="a" * 64,
            path="/2020/CK Gio Linh.docx",
            issuer="Huyện ủy Gio Linh",
            issuer_key="huyen uy gio linh",
        ),
    )
    other = commitment(sha="b" * 64, path="/2020/KH.docx")
    other.fields.kind = "other"
    save(store, other)
    save(store, evaluation())

    cam_lo = link_candidates(store, "huyen uy cam lo", 2020)
    assert [(p.file, p.index) for p in cam_lo] == [("CK Cam Lộ 2020.docx", i) for i in (1, 2, 3)]
    assert cam_lo[1].deadline == "2020-09-30" and cam_lo[1].deadline_text == "trước ngày 30/9/2020"
    assert cam_lo[1].topics == ("giai_phong_mat_bang", "giao_thong")
    assert {p.file for p in link_candidates(store, None, 2020)} == {
        "CK Cam Lộ 2020.docx",
        "CK Gio Linh.docx",
    }
    assert len(link_candidates(store, "huyen uy cam lo", None)) == 6
    assert link_candidates(store, "huyen uy cam lo", 2019) == []

    # a pledge without its own unit belongs to its issuer
    d = commitment(sha="9" * 64, path="/2022/CK.docx", year=2022)
    for p in d.pledges:
        p.unit = p.unit_key = None
    save(store, d)
    assert [p.unit_key for p in link_candidates(store, "huyen uy cam lo", 2022)] == [
        "huyen uy cam lo"
    ] * 3


def test_unlinked_then_linked(store, commitment, evaluation):
    save(store, commitment())
    save(store, evaluation())
    waiting = unlinked_evaluations(store, "huyen uy cam lo", 2020)
    assert [e.task[:20] for e in waiting] == ["Xây dựng xã nông thô", "Công tác giải phóng "]
    assert unlinked_evaluations(store, "huyen uy gio linh", 2020) == []
    assert len(unlinked_evaluations(store, None, 2020)) == 2
    pledges = link_candidates(store, "huyen uy cam lo", 2020)
    set_link(store, waiting[0].id, pledges[0].id, 0.87)
    left = unlinked_evaluations(store, "huyen uy cam lo", 2020)
    assert [e.id for e in left] == [waiting[1].id]
    assert stats(store)["linked"] == 1
    with pytest.raises(KeyError, match="no pledge with id 999"):
        set_link(store, waiting[1].id, 999, 0.5)
    with pytest.raises(KeyError, match="no evaluation with id 999"):
        set_link(store, 999, pledges[0].id, 0.5)
    set_link(store, waiting[0].id, None, None)
    assert len(unlinked_evaluations(store, "huyen uy cam lo", 2020)) == 2


def test_evaluation_saved_with_link_from_dossier(store, commitment, evaluation):
    save(store, commitment())
    pledges = link_candidates(store, "huyen uy cam lo", 2020)
    e = evaluation()
    e.pledges[0].pledge_id, e.pledges[0].match_score = pledges[0].id, 0.91
    e.pledges[1].pledge_id, e.pledges[1].match_score = 12345, 0.5  # no such pledge
    back = load_dossier(store, save(store, e), findings=True)
    assert (back.pledges[0].pledge_id, back.pledges[0].match_score) == (pledges[0].id, 0.91)
    assert (back.pledges[1].pledge_id, back.pledges[1].match_score) == (None, None)


def _status_of(store, pledge_id: int) -> str:
    return show_pledge(store, pledge_id)["status"]


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # (eval date, status given) in the order the reports are saved
        ([], "unknown"),
        ([("2020-07-15", "in_progress")], "in_progress"),
        ([("2020-07-15", "in_progress"), ("2020-12-20", "completed")], "completed"),
        ([("2020-12-20", "completed"), ("2020-07-15", "in_progress")], "completed"),
        ([("2020-12-20", "completed"), ("2020-12-20", "not_completed")], "not_completed"),
        ([("2020-07-15", "in_progress"), ("2020-12-20", "unknown")], "in_progress"),
        ([(None, "completed"), ("2020-07-15", "in_progress")], "in_progress"),
        ([("2020-12-20", "unknown")], "unknown"),
    ],
)
def test_latest_status_rule(store, commitment, evaluation, reports, expected):
    save(store, commitment())
    target = link_candidates(store, "huyen uy cam lo", 2020)[1]
    for n, (when, status) in enumerate(reports):
        e = evaluation(sha=f"{n:064d}", path=f"/2020/BC {n}.pdf", date=when)
        e.pledges = e.pledges[:1]
        e.pledges[0].status = status
        e.pledges[0].pledge_id, e.pledges[0].match_score = target.id, 0.8
        save(store, e)
    assert _status_of(store, target.id) == expected


def test_failed_evaluation_does_not_count(store, commitment, evaluation):
    save(store, commitment())
    target = link_candidates(store, "huyen uy cam lo", 2020)[0]
    e = evaluation()
    e.pledges[0].pledge_id = target.id
    e.status = "failed"
    e.problems = [Problem("extract", "corrupt", "hỏng")]
    save(store, e)
    assert _status_of(store, target.id) == "unknown"


def test_reprocessing_a_commitment_keeps_links_to_unchanged_tasks(store, commitment, evaluation):
    save(store, commitment())
    pledges = link_candidates(store, "huyen uy cam lo", 2020)
    save(store, evaluation())
    waiting = unlinked_evaluations(store, "huyen uy cam lo", 2020)
    set_link(store, waiting[0].id, pledges[0].id, 0.9)
    set_link(store, waiting[1].id, pledges[1].id, 0.8)

    again = commitment()
    again.pledges[1].task = "Giải phóng mặt bằng toàn bộ dự án đường tránh Quốc lộ 9"
    save(store, again)
    new = link_candidates(store, "huyen uy cam lo", 2020)
    assert {p.id for p in new}.isdisjoint(p.id for p in pledges)  # rows were replaced
    first = show_pledge(store, new[0].id)
    assert [e["id"] for e in first["evaluations"]] == [waiting[0].id]
    assert first["evaluations"][0]["match_score"] == 0.9
    assert first["status"] == "completed"
    # the changed task lost its link and waits to be matched again
    assert [e.id for e in unlinked_evaluations(store, "huyen uy cam lo", 2020)] == [waiting[1].id]


# -- views and batches ----------------------------------------------------------------


def test_stats(store, commitment, evaluation):
    save(store, commitment())
    save(store, evaluation())
    broken = Dossier(Source("/x/hỏng.doc", "0" * 64, 10, "doc"), status="failed")
    broken.problems.append(Problem("convert", "conversion", "soffice failed"))
    save(store, broken)
    waiting = unlinked_evaluations(store, None, 2020)
    set_link(store, waiting[0].id, link_candidates(store, None, 2020)[0].id, 0.9)
    assert stats(store) == {
        "documents": 3,
        "by_status": {"failed": 1, "ok": 2},
        "by_kind": {"commitment": 1, "evaluation": 1, "other": 1},
        "by_format": {"doc": 1, "docx": 1, "pdf": 1},
        "ocr": 1,
        "pledges": 3,
        "evaluations": 2,
        "linked": 1,
        "units": 2,
        "leaders": 2,
        "problems": 1,
        "batches": 0,
    }


def test_show_document_and_pledge_carry_snippets(store, commitment, evaluation):
    c = commitment()
    c_id = save(store, c)
    e_id = save(store, evaluation())
    waiting = unlinked_evaluations(store, None, 2020)
    pledge = link_candidates(store, None, 2020)[1]
    set_link(store, waiting[1].id, pledge.id, 0.77)

    doc = show_document(store, c_id)
    assert doc["file"] == "CK Cam Lộ 2020.docx" and doc["kind"] == "commitment"
    assert doc["signer"] == {"name": "Nguyễn Văn Hùng", "title": "Bí thư"}
    span = c.pledges[1].span
    assert span is not None
    assert doc["pledges"][1]["source"] == {
        "page": 1,
        "start": span.start,
        "end": span.end,
        "snippet": "Giải phóng mặt bằng dự án đường tránh Quốc lộ 9",
    }
    assert doc["pledges"][2]["source"]["page"] == 2
    assert [p["status"] for p in doc["pledges"]] == ["unknown", "not_completed", "unknown"]
    assert doc["leaders"][1]["source"]["snippet"] == "Đồng chí Nguyễn Văn Hùng"

    shown = show_pledge(store, pledge.id)
    assert shown["task"] == "Giải phóng mặt bằng dự án đường tránh Quốc lộ 9"
    assert shown["document"]["id"] == c_id
    [ev] = shown["evaluations"]
    assert ev["document"]["id"] == e_id and ev["eval_date"] == "2020-12-20"
    assert (ev["status"], ev["percent"], ev["reason"]) == (
        "not_completed",
        85.0,
        "do vướng mắc giải phóng mặt bằng",
    )
    assert ev["source"]["snippet"] == "Công tác giải phóng mặt bằng đường tránh Quốc lộ 9"
    with pytest.raises(KeyError):
        show_pledge(store, 999)
    with pytest.raises(KeyError):
        show_document(store, 999)


def test_batches(store, commitment):
    batch = start_batch(store, {"paths": ["/lưu trữ/2020"], "workers": 4})
    doc_id = save(store, commitment(), batch_id=batch)
    finish_batch(store, batch, {"ok": 1, "failed": 0})
    with store.session() as s:
        row = s.get(BatchRow, batch)
        assert row is not None
        assert row.params == {"paths": ["/lưu trữ/2020"], "workers": 4}
        assert row.counts == {"ok": 1, "failed": 0}
        assert row.finished_at is not None and row.finished_at >= row.started_at
    assert show_document(store, doc_id)["batch_id"] == batch
    with pytest.raises(KeyError):
        finish_batch(store, batch + 1, {})


def test_a_body_written_bare_links_to_the_one_body_of_that_name_with_a_place(
        store, commitment, evaluation):
    from pipeline.run import link_dossier, relink_for_commitment

    bare = {"issuer": "Sở Tài chính", "issuer_key": "so tai chinh"}
    # the report first: the commitment, qualified by its province, links it on arrival
    save(store, evaluation(**bare))
    c = commitment(issuer="Sở Tài chính tỉnh Kon Tum", issuer_key="so tai chinh tinh kon tum")
    save(store, c)
    assert relink_for_commitment(store, c) == 2
    assert unlinked_evaluations(store, "so tai chinh", 2020) == []
    # a report after the commitment links at once
    later = evaluation(sha="f" * 64, path="/2020/BC lần 2.pdf", **bare)
    link_dossier(store, later)
    assert [p.pledge_id is not None for p in later.pledges] == [True, True]
    # two bodies of that name in two provinces: nothing tells which one a bare report means
    save(store, commitment(sha="a" * 64, path="/2020/CK Gia Lai.docx",
                           issuer="Sở Tài chính tỉnh Gia Lai", issuer_key="so tai chinh tinh gia lai"))
    third = evaluation(sha="c" * 64, path="/2020/BC lần 3.pdf", **bare)
    link_dossier(store, third)
    assert [p.pledge_id for p in third.pledges] == [None, None]
    assert keys_extending(store, "so tai chinh", 2020) == [
        "so tai chinh tinh gia lai", "so tai chinh tinh kon tum"]
