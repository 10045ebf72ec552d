"""Evaluation → pledge linking by fuzzy task similarity."""

from __future__ import annotations

from nlp import link

PLEDGES = [
    (1, "Hoàn thành xây dựng xã Cam Thành đạt chuẩn nông thôn mới nâng cao"),
    (2, "Bê tông hóa 15 km đường giao thông nông thôn"),
    (3, "Kết nạp 60 đảng viên mới"),
    (4, "Thu ngân sách trên địa bàn đạt 120 tỷ đồng"),
]


def test_paraphrased_tasks_link_one_to_one() -> None:
    tasks = [
        "Về kết nạp đảng viên mới (cam kết 60 đảng viên)",
        "Nhiệm vụ bê tông hóa đường giao thông nông thôn 15 km",
        "Xây dựng xã Cam Thành đạt chuẩn NTM nâng cao",
        "Thu ngân sách nhà nước trên địa bàn",
    ]
    got = link.match(tasks, PLEDGES)
    assert {i: pid for i, (pid, _) in got.items()} == {0: 3, 1: 2, 2: 1, 3: 4}
    assert all(0 < s <= 100 for _, s in got.values())


def test_unrelated_task_stays_unlinked() -> None:
    got = link.match(["Tổ chức thành công Đại hội Thể dục thể thao huyện lần thứ VII"], PLEDGES)
    assert got == {}


def test_similarity_ignores_case_and_diacritics() -> None:
    a = "Bê tông hóa 15 km đường giao thông nông thôn"
    assert link.similarity(a, a.upper()) == link.similarity(a, "be tong hoa 15 km duong giao thong nong thon")


def test_leftover_task_links_by_topic_when_no_rival() -> None:
    pledges = [(1, "Có thêm 02 xã đạt chuẩn nông thôn mới"),
               (2, "Hoàn thành 100% chỉ tiêu giao quân năm 2024")]
    got = link.match(["Xây dựng nông thôn mới", "Tuyển chọn, gọi công dân nhập ngũ"], pledges)
    assert {i: pid for i, (pid, _) in got.items()} == {0: 1, 1: 2}


def test_topic_pass_refuses_when_two_pledges_share_the_topic() -> None:
    pledges = [(1, "Hoàn thành 100% chỉ tiêu giao quân năm 2024"),
               (2, "Xây dựng lực lượng dân quân vững mạnh")]
    got = link.match(["Tuyển chọn, gọi công dân nhập ngũ"], pledges)
    assert got == {}


def test_topic_pass_refuses_a_topic_that_names_several_pledges_even_if_one_is_taken() -> None:
    # a health commitment: two pledges are only about health; the report judges one by name
    # and adds an epidemic item of its own, which is not the other
    pledges = [(1, "Hoàn thành mua sắm tập trung vật tư y tế cho các trạm y tế xã"),
               (2, "Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 93%")]
    tasks = ["Bảo hiểm y tế cho người dân", "Phòng, chống dịch tay chân miệng"]
    got = link.match(tasks, pledges)
    assert {i: pid for i, (pid, _) in got.items()} == {0: 2}
