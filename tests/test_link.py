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
    got = link.match(["Diễn tập khu vực phòng thủ cụm xã"], pledges)
    assert got == {}


def test_names_of_the_same_task_link_though_they_share_no_word() -> None:
    # recruiting, handing over recruits and calling citizens up are one task: the report
    # names it otherwise than the pledge, beside another defence pledge
    pledges = [(1, "Bàn giao 320 tân binh, đạt 100% chỉ tiêu giao nhận quân, xong trước 15/3"),
               (2, "Xây dựng lực lượng dân quân vững mạnh, rộng khắp"),
               (3, "Củng cố chốt dân quân thường trực ở 2 xã biên giới")]
    tasks = ["Về tuyển quân", "Gọi công dân nhập ngũ"]
    for task in tasks:
        assert link.similarity(task, pledges[0][1]) >= link.THRESHOLD
    assert {i: pid for i, (pid, _) in link.match(tasks[:1], pledges).items()} == {0: 1}
    assert {i: pid for i, (pid, _) in link.match(tasks[1:], pledges).items()} == {0: 1}


def test_topic_pass_refuses_a_topic_that_names_several_pledges_even_if_one_is_taken() -> None:
    # a health commitment: two pledges are only about health; the report judges one by name
    # and adds an epidemic item of its own, which is not the other
    pledges = [(1, "Hoàn thành mua sắm tập trung vật tư y tế cho các trạm y tế xã"),
               (2, "Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 93%")]
    tasks = ["Bảo hiểm y tế cho người dân", "Phòng, chống dịch tay chân miệng"]
    got = link.match(tasks, pledges)
    assert {i: pid for i, (pid, _) in got.items()} == {0: 2}


def test_leftover_task_links_by_a_key_word_no_other_pledge_holds() -> None:
    # "vỉa hè" is the one word the short name shares with its pledge (similarity below
    # the threshold); the extra item of the report shares none and stays unlinked
    pledges = [(1, "Vận động 40 hộ buôn bán ở mặt tiền chợ không bày hàng ra vỉa hè"),
               (2, "Kết nạp 02 đảng viên mới trong năm"),
               (3, "Nâng tỷ lệ hộ dùng nước sạch lên 95%")]
    tasks = ["Mỹ quan vỉa hè, lòng đường", "Kết nạp đảng viên mới", "Diệt lăng quăng phòng dịch"]
    assert link.similarity(tasks[0], pledges[0][1]) < link.THRESHOLD
    got = link.match(tasks, pledges)
    assert {i: pid for i, (pid, _) in got.items()} == {0: 1, 1: 2}


def test_a_key_word_two_pledges_hold_links_nothing() -> None:
    pledges = [(1, "Vận động 40 hộ buôn bán ở mặt tiền chợ không bày hàng ra vỉa hè"),
               (2, "Sửa chữa vỉa hè hư hỏng tại 05 tuyến phố trong Quý II"),
               (3, "Kết nạp 02 đảng viên mới trong năm")]
    assert link.match(["Mỹ quan vỉa hè, lòng đường"], pledges) == {}


def test_a_bare_body_and_the_same_body_with_its_place() -> None:
    assert link.is_bare("so giao thong van tai")
    assert not link.is_bare("so giao thong van tai tinh gia lai")
    assert not link.is_bare("dang uy")  # every commune has one: bare, it names no body
    assert link.qualifies("so giao thong van tai", "so giao thong van tai tinh gia lai")
    assert link.qualifies("cong an", "cong an huyen dak doa")
    assert not link.qualifies("so giao thong van tai", "so giao thong van tai va xay dung")
    assert link.bare_forms("ban dan van huyen uy dak doa") == ["ban dan van"]
    assert link.bare_forms("dang uy xa ia pech") == []
