"""Numbered, bulleted and inline task items in prose (table-driven, synthetic text)."""

from __future__ import annotations

import pytest

from nlp.items import Para, find_items


def _paras(lines: list[str]) -> list[Para]:
    paras, off = [], 0
    for ln in lines:
        paras.append(Para(ln, off, 1))
        off += len(ln) + 1
    return paras


def _items(lines: list[str], evaluation: bool = False) -> list[str]:
    return [it.text for it in find_items(_paras(lines), evaluation)]


CASES = [
    # a cue opens the list; numbering stripped
    (["Ban Thường vụ cam kết thực hiện các nhiệm vụ sau:", "1. Kết nạp 20 đảng viên mới.",
      "2. Bê tông hóa 5 km đường liên thôn trong Quý III/2021."],
     ["Kết nạp 20 đảng viên mới", "Bê tông hóa 5 km đường liên thôn trong Quý III/2021"]),
    # a group heading (followed by deeper items) is not a task
    (["II. NỘI DUNG CAM KẾT", "1. Về xây dựng Đảng", "a) Kết nạp 20 đảng viên mới trong năm.",
      "b) Không có tổ chức đảng yếu kém."],
     ["Kết nạp 20 đảng viên mới trong năm", "Không có tổ chức đảng yếu kém"]),
    # an attribute line belongs to the item above, a foreign heading closes the list
    (["Đăng ký các nội dung sau:", "- Giảm 5 hộ nghèo so với đầu năm",
      "Thời gian hoàn thành: Quý IV/2022", "III. TỔ CHỨC THỰC HIỆN",
      "- Văn phòng tham mưu triển khai bản cam kết"],
     ["Giảm 5 hộ nghèo so với đầu năm"]),
    # an inline enumeration after a colon
    (["Chi bộ cam kết: (1) làm mới 2 km đường nội thôn; (2) vận động 100% hộ phân loại rác tại nguồn."],
     ["Làm mới 2 km đường nội thôn", "Vận động 100% hộ phân loại rác tại nguồn"]),
    # ordinals inside a sentence of prose
    (["Năm nay xã tập trung 3 nhiệm vụ trọng tâm. Thứ nhất, hoàn thành 19/19 tiêu chí nông thôn mới. "
      "Thứ hai, nâng tỷ lệ tham gia bảo hiểm y tế lên 95%. Thứ ba, kết nạp 10 đảng viên mới."],
     ["Hoàn thành 19/19 tiêu chí nông thôn mới", "Nâng tỷ lệ tham gia bảo hiểm y tế lên 95%",
      "Kết nạp 10 đảng viên mới"]),
    # assignments of responsibility are not tasks
    (["Cam kết thực hiện các nội dung sau:", "- Làm mới 1 km kênh mương nội đồng",
      "Phân công: đồng chí Lò Văn A, Bí thư, phụ trách nội dung 1; đồng chí Cầm Thị B phụ trách còn lại."],
     ["Làm mới 1 km kênh mương nội đồng"]),
    # a numbered topic heading with one plain paragraph under it: the paragraph is the task
    (["Tôi cam kết thực hiện các nhiệm vụ sau:", "1. Về văn hóa - xã hội",
      "Duy trì 100% trường học đạt chuẩn quốc gia; thời gian hoàn thành: tháng 8/2023.",
      "2. Lĩnh vực quốc phòng",
      "Hoàn thành chỉ tiêu tuyển quân năm 2023 trước ngày 20/02/2023.",
      "Nếu không hoàn thành, tôi xin chịu trách nhiệm trước Ban Thường vụ."],
     ["Duy trì 100% trường học đạt chuẩn quốc gia", "Hoàn thành chỉ tiêu tuyển quân năm 2023 trước ngày 20/02/2023"]),
    # a bare "thời gian:" inside the item is its deadline, not part of the task
    (["Đăng ký các nội dung sau:", "1. Kéo giảm 10% số vụ tai nạn giao thông; thời gian: năm 2024."],
     ["Kéo giảm 10% số vụ tai nạn giao thông"]),
    # "Chỉ tiêu N:" numbers the tasks; an unnumbered "Chỉ tiêu:" line stays an attribute
    (["Ban Chấp hành Hội đăng ký thực hiện các chỉ tiêu sau:",
      "Chỉ tiêu 1: Kết nạp 350 hội viên mới trong năm 2024.",
      "Chỉ tiêu 2. Xây dựng 05 tổ hợp tác chăn nuôi bò sinh sản.",
      "Chỉ tiêu: mỗi xã ít nhất 01 tổ hợp tác."],
     ["Kết nạp 350 hội viên mới trong năm 2024", "Xây dựng 05 tổ hợp tác chăn nuôi bò sinh sản"]),
    # an individual numbers the tasks with roman numerals: sentences, not section headings
    (["Tôi xin cam kết với Chủ tịch UBND huyện thực hiện các nhiệm vụ sau:",
      "I. Hoàn thành sửa chữa 03 phòng khám của trạm y tế trước ngày 15/8/2022.",
      "II. Giảm thời gian chờ khám bệnh xuống dưới 30 phút cho 90% lượt khám.",
      "Nếu vi phạm, tôi xin chịu kỷ luật theo quy định."],
     ["Hoàn thành sửa chữa 03 phòng khám của trạm y tế trước ngày 15/8/2022",
      "Giảm thời gian chờ khám bệnh xuống dưới 30 phút cho 90% lượt khám"]),
    # "1." over "1.1." "1.2." is the heading of a group, however it is worded
    (["Ban Dân vận cam kết thực hiện các nhiệm vụ sau:", "1. Công tác nắm tình hình",
      "1.1. Tổng hợp tâm trạng nhân dân hằng quý, gửi Thường trực Huyện ủy.",
      "1.2. Khảo sát 05 điểm nóng về khiếu kiện đất đai trong Quý III.",
      "2. Phong trào thi đua", "2.1. Xây dựng 10 mô hình dân vận khéo trong năm."],
     ["Tổng hợp tâm trạng nhân dân hằng quý, gửi Thường trực Huyện ủy",
      "Khảo sát 05 điểm nóng về khiếu kiện đất đai trong Quý III",
      "Xây dựng 10 mô hình dân vận khéo trong năm"]),
    # sections by field under one cue keep the list open, tasks with or without a date;
    # a heading of another part ("TỔ CHỨC THỰC HIỆN") closes it
    (["Đảng ủy xã cam kết thực hiện các nhiệm vụ năm 2023 như sau:", "I. LĨNH VỰC KINH TẾ",
      "1. Hoàn thành 02 km đường liên thôn trong Quý III/2023.", "II. LĨNH VỰC XÃ HỘI",
      "2. Không để phát sinh hộ tái nghèo, hộ nghèo mới.", "III. TỔ CHỨC THỰC HIỆN",
      "1. Văn phòng Đảng ủy theo dõi, tổng hợp kết quả định kỳ."],
     ["Hoàn thành 02 km đường liên thôn trong Quý III/2023",
      "Không để phát sinh hộ tái nghèo, hộ nghèo mới"]),
    # a PDF cut a paragraph after its colon: the lower-case rest does not close the list
    (["Chi bộ Trạm Kiểm soát Biên phòng cam kết thực hiện các nội dung sau:",
      "1. Tuần tra 100% đường biên được giao. Thời hạn: cả năm. Người phụ trách:",
      "đồng chí Lương Văn Thạo.",
      "2. Vận động 30 hộ dân tham gia tổ tự quản đường biên, mốc quốc giới."],
     ["Tuần tra 100% đường biên được giao",
      "Vận động 30 hộ dân tham gia tổ tự quản đường biên, mốc quốc giới"]),
]


def test_lettered_groups_with_numbered_tasks_under_them() -> None:
    """"b." heads a group, "b.1." and "b.2." are its tasks, and the leader line under the
    group answers for both."""
    lines = ["Hội Nông dân xã cam kết thực hiện các nội dung sau:",
             "a. Phát triển hội viên",
             "a.1. Kết nạp 120 hội viên mới trong năm 2015.",
             "b. Hỗ trợ sản xuất",
             "b.1. Mở 04 lớp tập huấn kỹ thuật trồng cà phê trước mùa mưa.",
             "b.2. Giải ngân 2 tỷ đồng vốn Quỹ hỗ trợ nông dân, cả năm.",
             "Người chịu trách nhiệm: đồng chí Ksor Blơi, Phó Chủ tịch."]
    items = find_items(_paras(lines), False)
    assert [it.text for it in items] == [
        "Kết nạp 120 hội viên mới trong năm 2015",
        "Mở 04 lớp tập huấn kỹ thuật trồng cà phê trước mùa mưa",
        "Giải ngân 2 tỷ đồng vốn Quỹ hỗ trợ nông dân, cả năm"]
    assert [it.attrs.get("leader") for it in items] == [
        None, "đồng chí Ksor Blơi, Phó Chủ tịch.", "đồng chí Ksor Blơi, Phó Chủ tịch."]


@pytest.mark.parametrize("lines", [
    # capital letters number the tasks of a short list, as roman numerals can
    ["Ban Thường vụ Thị ủy cam kết thực hiện các chỉ tiêu sau:",
     "A. Nâng cấp 12 km đường nội thị bằng bê tông nhựa, trước ngày 30/10/2004.",
     "B. Xây dựng chợ trung tâm phường Bắc Sơn, hoàn thành trong năm 2004."],
    # "a/" numbers them as "a)" does
    ["Chi bộ cam kết thực hiện các nhiệm vụ sau:",
     "a/ Nâng cấp 12 km đường nội thị bằng bê tông nhựa, trước ngày 30/10/2004.",
     "b/ Xây dựng chợ trung tâm phường Bắc Sơn, hoàn thành trong năm 2004."],
])
def test_letters_numbering_tasks(lines: list[str]) -> None:
    assert _items(lines) == ["Nâng cấp 12 km đường nội thị bằng bê tông nhựa, trước ngày 30/10/2004",
                             "Xây dựng chợ trung tâm phường Bắc Sơn, hoàn thành trong năm 2004"]


def test_capital_letters_heading_parts_are_not_tasks() -> None:
    lines = ["A. KẾT QUẢ NĂM 2004", "Các chỉ tiêu đã hoàn thành tốt.",
             "B. CÁC NHIỆM VỤ CAM KẾT NĂM 2005",
             "1. Nâng cấp 12 km đường nội thị bằng bê tông nhựa, trước ngày 30/10/2005.",
             "2. Xây dựng chợ trung tâm phường Bắc Sơn, hoàn thành trong năm 2005."]
    assert _items(lines) == ["Nâng cấp 12 km đường nội thị bằng bê tông nhựa, trước ngày 30/10/2005",
                             "Xây dựng chợ trung tâm phường Bắc Sơn, hoàn thành trong năm 2005"]


def test_a_group_leader_line_covers_the_dotted_items_of_its_group() -> None:
    lines = ["Ủy ban Kiểm tra cam kết thực hiện các nhiệm vụ sau:", "1. Kiểm tra",
             "1.1. Kiểm tra 03 chi bộ khi có dấu hiệu vi phạm trong năm.",
             "Người chịu trách nhiệm: đồng chí Mai Văn Tú, Chủ nhiệm.", "2. Giám sát",
             "2.1. Giám sát 12 đảng viên là cán bộ chủ chốt trong Quý IV.",
             "Người chịu trách nhiệm: đồng chí Hà Thị Lan, Phó Chủ nhiệm."]
    items = find_items(_paras(lines), False)
    assert [it.attrs.get("leader", "") for it in items] == [
        "đồng chí Mai Văn Tú, Chủ nhiệm.", "đồng chí Hà Thị Lan, Phó Chủ nhiệm."]


@pytest.mark.parametrize(("lines", "want"), CASES)
def test_commitment_items(lines: list[str], want: list[str]) -> None:
    assert _items(lines) == want


EVAL_CASES = [
    # the task is named before the colon; the report follows
    (["Kết quả thực hiện các nội dung cam kết:", "1. Về giảm nghèo: giảm 04 hộ nghèo, đạt 100%.",
      "2. Về giao thông: mới hoàn thành 60% khối lượng, chậm tiến độ."],
     ["Giảm nghèo", "Giao thông"]),
    # a label names nothing: the task follows it
    (["Kết quả cụ thể:", "1. Nhiệm vụ: Phát triển đảng viên mới. Tự đánh giá: Đạt."],
     ["Phát triển đảng viên mới"]),
    # tallies and overall verdicts are not tasks
    (["Kết quả thực hiện:", "1. Về giảm nghèo: đạt 100%.", "2. 4/5 nội dung cam kết được đánh giá hoàn thành.",
      "Đánh giá chung: Chi bộ hoàn thành 4/5 nội dung; nội dung còn lại chuyển sang năm sau."],
     ["Giảm nghèo"]),
    # a long "Về …:" name is still the name; a forward plan after the results is not judged
    (["I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐÃ ĐĂNG KÝ",
      "1. Về cấp giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ gia đình tại hai thôn vùng cao: đạt 70%.",
      "2. Về vệ sinh môi trường: hoàn thành.",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV",
      "1. Hoàn thành cấp giấy chứng nhận cho 30 hộ còn lại trước 15/12.",
      "Nhiệm vụ trong thời gian tới:", "- Tiếp tục thu gom rác thải, hoàn thành trong tháng 12."],
     ["Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ gia đình tại hai thôn vùng cao",
      "Vệ sinh môi trường"]),
    (["Kết quả thực hiện cam kết:", "- Kè bờ sông: xong 2/3 đoạn; đang triển khai.",
      "Nhiệm vụ 3 tháng cuối năm:", "- Hoàn thành đoạn kè còn lại trước 30/12."],
     ["Kè bờ sông"]),
    (["Kết quả thực hiện cam kết:", "1. Về kiện toàn tổ hòa giải: 12/12 thôn; hoàn thành.",
      "Phương hướng thời gian tới: tiếp tục kiện toàn tổ hòa giải, xong trước 30/10.",
      "2. Về sửa chữa nhà văn hóa thôn: hoàn thành."],
     ["Kiện toàn tổ hòa giải"]),
]


@pytest.mark.parametrize(
    ("lines", "task", "not_in_it"),
    [
        # a paragraph about next year
        (["Kết quả thực hiện các nội dung đăng ký:",
          "- Xây dựng 4 cầu dân sinh: bàn giao 4/4 cầu; hoàn thành.",
          "Năm 2025, Đoàn tiếp tục đăng ký xây dựng thêm 2 cầu trước ngày 30/9/2025."],
         "Xây dựng 4 cầu dân sinh", "2025"),
        # a paragraph led by the next quarter, with what the body will focus on
        (["Kết quả thực hiện các nội dung đăng ký:",
          "- Làm đường giao thông nội đồng: đổ 1,2/2 km bê tông. Đạt.",
          "Quý II/2019, Chi bộ tập trung vận động nhân dân làm xong 0,8 km còn lại trước ngày 30/6/2019."],
         "Làm đường giao thông nội đồng", "30/6/2019"),
        # a paragraph led by the plan
        (["Kết quả thực hiện các nội dung đăng ký:",
          "- Kiện toàn cán bộ chủ chốt: đã bổ nhiệm 3/4 chức danh; đang thực hiện.",
          "Nhiệm vụ 6 tháng cuối năm: tập trung bổ nhiệm chức danh còn lại trước ngày 30/10."],
         "Kiện toàn cán bộ chủ chốt", "30/10"),
    ],
)
def test_a_paragraph_after_the_list_is_not_part_of_the_last_item(
        lines: list[str], task: str, not_in_it: str) -> None:
    items = find_items(_paras(lines), True)
    assert [it.text for it in items] == [task]
    assert not any(not_in_it in x for x in items[0].extra)


@pytest.mark.parametrize(("lines", "want"), EVAL_CASES)
def test_evaluation_items(lines: list[str], want: list[str]) -> None:
    assert _items(lines, evaluation=True) == want


def test_an_item_cut_by_a_page_break_keeps_its_time_and_person() -> None:
    lines = ["Đảng ủy cam kết thực hiện các nội dung sau:",
             "1. Nâng cấp 3 km đường trục chính từ trung tâm xã",
             "đến cầu treo Tà Lài; thời gian: trước 15/10/2019; người chịu trách nhiệm: "
             "đồng chí K'Brỏi, Chủ tịch UBND xã.",
             "2. Kết nạp 04 đảng viên mới; thời gian: tháng 12/2019."]
    items = find_items(_paras(lines), False)
    assert [it.attrs.get("deadline") for it in items] == ["trước 15/10/2019", "tháng 12/2019"]
    assert items[0].attrs.get("leader") == "đồng chí K'Brỏi, Chủ tịch UBND xã"
