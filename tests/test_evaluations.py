"""Verdicts, percentages and reasons in evaluation wording."""

from __future__ import annotations

import pytest

from nlp import evaluations

STATUS_CASES = [
    ("Hoàn thành", "completed"),
    ("HOÀN THÀNH", "completed"),
    ("hoan thanh", "completed"),
    ("Hoàn thành xuất sắc", "completed"),
    ("Hoàn thành tốt nhiệm vụ", "completed"),
    ("Hoàn thành vượt mức kế hoạch, đạt 112%", "completed"),
    ("Vượt kế hoạch đề ra", "completed"),
    ("Đã hoàn thành 100% kế hoạch", "completed"),
    ("Đạt và vượt chỉ tiêu", "completed"),
    ("Cơ bản hoàn thành", "in_progress"),
    ("cơ bản hoàn thành, đạt 90%", "in_progress"),
    ("Đang triển khai thực hiện", "in_progress"),
    ("Đang thực hiện", "in_progress"),
    ("Chậm tiến độ do vướng mắc giải phóng mặt bằng", "in_progress"),
    ("Đã hoàn thành 8/10 km, đạt 80%, chậm tiến độ", "in_progress"),
    # a share named against the plan, with no verdict word, is a share reached
    ("Mới đạt 65% kế hoạch năm", "in_progress"),
    ("Kết quả: đạt 70% so với chỉ tiêu được giao.", "in_progress"),
    # a bare "Đạt" as the closing sentence of its own is the report's verdict
    ("Về mở lớp nghề: mở 3 lớp may công nghiệp cho 75 lao động. Đạt.", "completed"),
    ("Giảm tỷ lệ trẻ suy dinh dưỡng: còn 11,5%; đạt yêu cầu", "completed"),
    ("Về thu phí: thu 85/100 triệu đồng. Chưa đạt.", "not_completed"),
    ("Chưa hoàn thành", "not_completed"),
    ("Không hoàn thành do thiếu vốn", "not_completed"),
    ("Chưa đạt", "not_completed"),
    ("Dự kiến hoàn thành trong quý I/2021; đánh giá: chưa hoàn thành", "not_completed"),
    ("Đến nay mới hoàn thành 60% khối lượng. Đánh giá: Chưa hoàn thành.", "not_completed"),
    ("Kết quả: Hoàn thành. Tuy nhiên còn chậm so với yêu cầu", "completed"),
    ("Mức độ hoàn thành: Cơ bản hoàn thành", "in_progress"),
    # part done, part still open in the same sentence
    ("Đã hoàn thành kiểm kê đất công; việc cắm mốc ranh giới đang thực hiện", "in_progress"),
    ("Hoàn thành khảo sát, riêng hạng mục cầu chưa hoàn thành do thiếu vốn", "in_progress"),
    # a later sentence about next year does not reopen it
    ("Đã hoàn thành. Năm sau tiếp tục thực hiện duy trì kết quả", "completed"),
    # the verdict that closes the item in a clause of its own weighs the facts before it
    ("Tuyến kè chưa thi công được do vướng đền bù; chậm tiến độ.", "in_progress"),
    ("Phần mềm đã chạy thử; phân hệ kế toán chưa triển khai do thiếu máy chủ. Cơ bản hoàn thành.",
     "in_progress"),
    ("Mới vận động được 40 hộ, chưa đạt chỉ tiêu; đang tiếp tục triển khai.", "in_progress"),
    # a share of the target reached, with no verdict word
    ("Về thu gom rác thải tại các thôn: đạt 75%.", "in_progress"),
]


@pytest.mark.parametrize(("text", "status"), STATUS_CASES)
def test_status(text: str, status: str) -> None:
    v = evaluations.classify(text)
    assert v is not None, text
    assert v.status == status, text


def test_cued_pass_words() -> None:
    for word in ("Đạt", "Vượt", "Đạt yêu cầu"):
        v = evaluations.classify(word, cued=True)
        assert v is not None and v.status == "completed", word
    assert evaluations.classify("tỷ lệ bao phủ đạt 100% số hộ") is None


def test_answers_to_a_cue_that_only_a_cue_makes_verdicts() -> None:
    """"Đạt 110%" alone answers for the whole target; "Không thực hiện" says the task was not
    carried out. Outside the answer to a cue, both may measure or describe."""
    assert evaluations.classify("Tự đánh giá: Đạt 110%.").status == "completed"
    assert evaluations.classify("Đạt 100 %", cued=True).status == "completed"
    assert evaluations.classify("Kết quả: đạt 100% số xã có bác sĩ") is None
    assert evaluations.classify("Xếp loại: không triển khai.").status == "not_completed"
    assert evaluations.classify("Không thực hiện", cued=True).status == "not_completed"
    assert evaluations.classify("03 hộ không thực hiện cam kết giữ vệ sinh chung") is None


@pytest.mark.parametrize("text", ["Xây dựng 15 km đường giao thông", "phấn đấu hoàn thành trước 30/9",
                                  "dự kiến hoàn thành trong năm 2021", ""])
def test_no_verdict(text: str) -> None:
    assert evaluations.classify(text) is None


@pytest.mark.parametrize(("text", "pct"), [("đạt 85%", 85.0), ("đạt 85,5 %", 85.5),
                                            ("đạt 112% kế hoạch", 112.0), ("không có", None)])
def test_percent(text: str, pct: float | None) -> None:
    assert evaluations.percent(text) == pct


@pytest.mark.parametrize(("text", "why"), [
    ("Chưa hoàn thành do vướng mắc giải phóng mặt bằng.", "vướng mắc giải phóng mặt bằng"),
    ("Chậm tiến độ, nguyên nhân: thiếu vốn đối ứng; sẽ hoàn thành năm sau", "thiếu vốn đối ứng"),
    ("Chậm tiến độ vì mưa lũ kéo dài", "mưa lũ kéo dài"),
    ("Đạt 70%, chậm tiến độ so với cam kết", None),
])
def test_reason(text: str, why: str | None) -> None:
    assert evaluations.reason(text) == why
