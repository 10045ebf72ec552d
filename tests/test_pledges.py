"""Pledges and judged tasks read from whole documents (real DOCX through the real reader)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from pipeline.document import Dossier
from pipeline.run import Reader
from pipeline.settings import Settings


def _docx(path: Path, before: tuple[str, ...], head: tuple[str, ...],
          rows: list[tuple[str, ...]], after: tuple[str, ...] = ()) -> Path:
    """A DOCX: paragraphs, a table (its heading, then numbered rows), paragraphs."""
    doc = Document()
    for line in before:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=len(head))
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for i, row in enumerate(rows, 1):
        for cell, text in zip(table.add_row().cells, (str(i), *row), strict=True):
            cell.text = text
    for line in after:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def _report(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    return _docx(path, ("ĐẢNG BỘ HUYỆN MƯỜNG NHÉ", "ĐẢNG ỦY XÃ CHUNG CHẢI", "*", "Số 31-BC/ĐU",
                        "ĐẢNG CỘNG SẢN VIỆT NAM", "Chung Chải, ngày 20 tháng 12 năm 2022",
                        "BÁO CÁO", "tổng hợp kết quả thực hiện cam kết năm 2022 của các chi bộ thôn"),
                 ("STT", "Đơn vị", "Nội dung cam kết", "Đánh giá"), list(rows))


def _read_paragraphs(path: Path, lines: list[str]) -> Dossier:
    """A DOCX of these paragraphs, read by the real reader."""
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(path))
    return Reader(Settings()).read(path)


def test_a_numbered_cell_keeps_its_number(tmp_path: Path) -> None:
    # two cells of one village ("thôn Nậm Pố 1", "thôn Nậm Pố 2") must stay two units
    path = _report(tmp_path / "tonghop.docx", [
        ("Chi bộ thôn Nậm Pố 1", "Trồng 20 ha sâm Lai Châu", "Hoàn thành"),
        ("Chi bộ thôn Nậm Pố 2", "Kết nạp 02 đảng viên mới", "Chưa hoàn thành"),
    ])
    d = Reader(Settings()).read(path)
    assert d.fields.kind == "evaluation"
    assert [(p.unit, p.status) for p in d.pledges] == [
        ("Chi bộ thôn Nậm Pố 1", "completed"), ("Chi bộ thôn Nậm Pố 2", "not_completed")]
    assert len({p.unit_key for p in d.pledges}) == 2


def test_a_share_reached_alone_is_in_progress(tmp_path: Path) -> None:
    d = _read_paragraphs(tmp_path / "soket.docx", [
        "UBND TỈNH HÀ NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 410/BC-SGDĐT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nam, ngày 05 tháng 7 năm 2024",
        "BÁO CÁO", "Sơ kết 6 tháng đầu năm 2024 thực hiện các nội dung đã cam kết",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Về trang bị màn hình tương tác cho các phòng học của trường trung học cơ sở "
        "vùng khó khăn: đạt 70%.",
        "2. Về kiểm định chất lượng giáo dục: đã kiểm định 12/12 trường. Hoàn thành.",
        "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "1. Hoàn thành trang bị màn hình tương tác trước ngày 30/11/2024."])
    assert [p.status for p in d.pledges] == ["in_progress", "completed"]


def test_a_report_carries_a_task_on_to_a_stated_limit(tmp_path: Path) -> None:
    d = _read_paragraphs(tmp_path / "bc.docx", [
        "UBND TỈNH PHÚ YÊN", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "Số: 88/BC-BQLDA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Yên, ngày 28 tháng 12 năm 2023",
        "BÁO CÁO", "Kết quả thực hiện cam kết năm 2023",
        "Kết quả thực hiện các nội dung cam kết:",
        "1. Về giải ngân vốn xây dựng kè biển: giải ngân 64%; đang tiếp tục thực hiện đến "
        "hết thời hạn giải ngân 31/3/2024.",
        "2. Về sắp xếp đơn vị sự nghiệp: đã giảm 2 đơn vị; đang triển khai theo lộ trình "
        "đến năm 2025.",
        "3. Về khởi công cầu Đà Rằng mới: khởi công ngày 15/9/2023. Hoàn thành."])
    assert [p.deadline.date if p.deadline else None for p in d.pledges] == [
        "2024-03-31", "2025-12-31", None]


def test_a_counted_remainder_carried_on_is_no_deadline(tmp_path: Path) -> None:
    # "12 hồ sơ còn lại chuyển sang …" moves part of the work; the whole task carried on
    # ("được chuyển tiếp sang quý II/2024") keeps the new date as its deadline
    d = _read_paragraphs(tmp_path / "bc.docx", [
        "UBND HUYỆN ĐÔNG HÒA", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 45/BC-TNMT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đông Hòa, ngày 22 tháng 12 năm 2023",
        "BÁO CÁO", "Kết quả thực hiện cam kết năm 2023",
        "Kết quả thực hiện các nội dung cam kết:",
        "1. Về cấp giấy chứng nhận quyền sử dụng đất: đã cấp 340 giấy; 12 hồ sơ còn lại "
        "chuyển sang tháng 2/2024 do thiếu giấy tờ. Đạt 90%.",
        "2. Về đo đạc bản đồ địa chính: chưa thực hiện, được chuyển tiếp sang quý "
        "II/2024."])
    assert [p.deadline.date if p.deadline else None for p in d.pledges] == [None, "2024-06-30"]


def test_a_second_paper_after_the_signature_adds_its_pledges(tmp_path: Path) -> None:
    # the body's table commitment, signed, then the head's own numbered commitment
    path = _docx(
        tmp_path / "camket.docx",
        ("ĐẢNG BỘ TỈNH KON TUM", "ĐẢNG ỦY SỞ Y TẾ", "*", "Số 05-CK/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
         "Kon Tum, ngày 15 tháng 02 năm 2021", "BẢN CAM KẾT",
         "thực hiện nhiệm vụ năm 2021 của Đảng ủy Sở Y tế"),
        ("STT", "Nội dung cam kết", "Thời hạn"),
        [("Tiêm chủng đầy đủ cho 98% trẻ em dưới 1 tuổi", "Cả năm"),
         ("Xây mới 04 trạm y tế xã", "Quý III/2021")],
        ("T/M ĐẢNG ỦY", "BÍ THƯ", "(đã ký)", "Y Hoàn", "BẢN CAM KẾT CÁ NHÂN",
         "của Giám đốc Sở Y tế năm 2021",
         "Tôi, Y Hoàn, Bí thư Đảng ủy, Giám đốc Sở Y tế, cam kết thực hiện:",
         "1. Đưa bệnh án điện tử vào vận hành tại Bệnh viện tỉnh trước ngày 30/6/2021.",
         "2. Không để xảy ra sai phạm trong đấu thầu thuốc."))
    d = Reader(Settings()).read(path)
    assert [(p.task[:20], p.deadline.date if p.deadline else None) for p in d.pledges] == [
        ("Tiêm chủng đầy đủ ch", "2021-12-31"), ("Xây mới 04 trạm y tế", "2021-09-30"),
        ("Đưa bệnh án điện tử ", "2021-06-30"), ("Không để xảy ra sai ", None)]


def test_a_school_year_names_an_intake_not_its_deadline() -> None:
    from nlp.pledges import _deadline_in

    def date(text: str) -> str | None:
        d = _deadline_in(text, 2023)
        return d.date if d else None

    assert date("Tuyển sinh 1.200 học viên cao học năm học 2023-2024") is None
    assert date("Nâng tỷ lệ học sinh khá giỏi lên 60% năm học 2023-2024") == "2024-05-31"
    assert date("Tuyển sinh đủ 300 chỉ tiêu lớp 10 trước ngày 15/8/2023") == "2023-08-15"


def test_a_term_pledge_paced_every_year_is_due_within_the_term() -> None:
    from nlp.pledges import _deadline_in

    def said(text: str) -> tuple[str, str | None] | None:
        d = _deadline_in(text, 2025)
        return (d.text, d.date) if d else None

    assert said("Xây mới 5 trường chuẩn quốc gia suốt nhiệm kỳ, hàng năm ít nhất một trường") \
        == ("suốt nhiệm kỳ", None)
    # a recurring frame alone is the year's end; a dated term is no such term
    assert said("Tổ chức hội thi văn nghệ quần chúng hàng năm") == ("hàng năm", "2025-12-31")
    assert said("Trong nhiệm kỳ 2025-2030 trồng 50 ha rừng, hằng năm 10 ha") == \
        ("hằng năm", "2025-12-31")


def _table_paper(path: Path, head: list[str], header: tuple[str, ...],
                 rows: list[tuple[str, ...]]) -> Dossier:
    """A DOCX of these heading paragraphs and one table, read by the real reader."""
    doc = Document()
    for line in head:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return Reader(Settings()).read(path)


_CELL_HEAD = ["ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ ẤP 3", "*", "Số 02-CK/CB", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Tân Lập, ngày 08 tháng 01 năm 2024", "BẢN CAM KẾT",
              "thực hiện nhiệm vụ năm 2024 của Chi bộ ấp 3"]


def test_roman_numerals_that_number_every_row_number_tasks(tmp_path: Path) -> None:
    # no row numbered 1, 2 … under them and each row has its own time: I, II are tasks;
    # a bare "Hoàn thành" heading over dates is the deadline column
    d = _table_paper(tmp_path / "camket.docx", _CELL_HEAD,
                     ("TT", "Nội dung công việc", "Chịu trách nhiệm", "Hoàn thành"),
                     [("I", "Nạo vét 800 m kênh thủy lợi nội đồng", "Đ/c Phan Văn Út", "Quý II/2024"),
                      ("II", "Kết nạp 02 đảng viên mới", "Đ/c Lê Thị Mai", "Trước ngày 30/11/2024")])
    assert [(p.task, p.deadline.date if p.deadline else None) for p in d.pledges] == [
        ("Nạo vét 800 m kênh thủy lợi nội đồng", "2024-06-30"),
        ("Kết nạp 02 đảng viên mới", "2024-11-30")]


def test_roman_numerals_over_numbered_rows_are_sections(tmp_path: Path) -> None:
    d = _table_paper(tmp_path / "camket.docx", _CELL_HEAD,
                     ("STT", "Nội dung cam kết", "Thời gian", "Người chịu trách nhiệm"),
                     [("I", "Lĩnh vực kinh tế", "Cả năm", "Đ/c Phan Văn Út"),
                      ("1", "Nạo vét 800 m kênh thủy lợi nội đồng", "Quý II/2024", "Đ/c Phan Văn Út"),
                      ("II", "Lĩnh vực xây dựng Đảng", "Cả năm", "Đ/c Lê Thị Mai"),
                      ("2", "Kết nạp 02 đảng viên mới", "Quý IV/2024", "Đ/c Lê Thị Mai")])
    assert [p.task for p in d.pledges] == ["Nạo vét 800 m kênh thủy lợi nội đồng",
                                           "Kết nạp 02 đảng viên mới"]


def test_a_bare_done_column_of_ticks_is_no_deadline(tmp_path: Path) -> None:
    d = _table_paper(tmp_path / "baocao.docx", [
        "ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ ẤP 3", "*", "Số 09-BC/CB", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Tân Lập, ngày 20 tháng 12 năm 2024", "BÁO CÁO",
        "kết quả thực hiện cam kết năm 2024 của Chi bộ ấp 3"],
        ("STT", "Nội dung cam kết", "Hoàn thành", "Chưa hoàn thành"),
        [("1", "Nạo vét 800 m kênh thủy lợi nội đồng", "x", ""),
         ("2", "Kết nạp 02 đảng viên mới", "", "x")])
    assert [p.deadline for p in d.pledges] == [None, None]


def test_a_superiors_report_judges_the_tasks_of_the_body_it_names(tmp_path: Path) -> None:
    d = _table_paper(tmp_path / "danhgia.docx", [
        "UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ", "Số: 77/BC-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Quảng Ngãi, ngày 22 tháng 12 năm 2019", "BÁO CÁO",
        "Đánh giá kết quả thực hiện cam kết năm 2019 của Giám đốc Trung tâm Y tế huyện Đức Phổ"],
        ("Nội dung", "Kết quả", "Đánh giá"),
        [("Tiêm chủng mở rộng", "98% trẻ dưới 1 tuổi", "Hoàn thành"),
         ("Khám sức khỏe người cao tuổi", "70%", "Chưa hoàn thành")])
    assert d.fields.kind == "evaluation"
    assert {p.unit for p in d.pledges} == {"Trung tâm Y tế huyện Đức Phổ"}


def test_a_report_on_a_commitment_is_an_evaluation_whatever_its_title_says(
        tmp_path: Path) -> None:
    d = _read_paragraphs(tmp_path / "baocao.docx", [
        "ĐẢNG BỘ HUYỆN ĐẠI LỘC", "ĐẢNG ỦY XÃ ĐẠI HÒA", "*", "Số 40-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đại Hòa, ngày 18 tháng 12 năm 2021", "BÁO CÁO KẾT QUẢ THỰC HIỆN BẢN CAM KẾT NĂM 2021",
        "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ",
        "Ban Thường vụ Đảng ủy xã báo cáo kết quả năm 2021 như sau:",
        "1. Kiên cố hóa kênh mương: làm mới 1,5 km. Tự xếp loại: Hoàn thành.",
        "2. Kết nạp đảng viên: kết nạp 03/05 quần chúng. Tự xếp loại: Không hoàn thành."])
    assert d.fields.kind == "evaluation"
    assert [(p.task, p.status) for p in d.pledges] == [
        ("Kiên cố hóa kênh mương", "completed"), ("Kết nạp đảng viên", "not_completed")]


def test_an_individual_commitment_gives_every_task_to_the_person_who_commits(
        tmp_path: Path) -> None:
    # "Tôi, X, <title>, cam kết …": X answers for each task no other person is named for
    d = _read_paragraphs(tmp_path / "camketcanhan.docx", [
        "UBND HUYỆN ĐẠI LỘC", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 12/CK-TNMT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đại Lộc, ngày 14 tháng 01 năm 2023",
        "BẢN CAM KẾT", "thực hiện nhiệm vụ năm 2023 của Trưởng phòng Tài nguyên và Môi trường",
        "Tôi, Huỳnh Văn Sáu, Trưởng phòng Tài nguyên và Môi trường huyện Đại Lộc, cam kết với "
        "Chủ tịch UBND huyện thực hiện các nội dung sau:",
        "1. Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 300 hộ trước ngày 30/9/2023.",
        "2. Xử lý dứt điểm 05 điểm tập kết rác tự phát. Người chịu trách nhiệm: đồng chí "
        "Trần Thị Hoa, Phó Trưởng phòng.",
        "3. Số hóa hồ sơ địa chính của 06 xã trong năm 2023."])
    assert [p.leader for p in d.pledges] == ["Huỳnh Văn Sáu", "Trần Thị Hoa", "Huỳnh Văn Sáu"]


def test_a_personal_form_gives_its_tasks_to_the_person_it_names(tmp_path: Path) -> None:
    d = _read_paragraphs(tmp_path / "camket.docx", [
        "ĐẢNG BỘ XÃ ĐẠI HÒA", "CHI BỘ THÔN PHÚ LỘC", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đại Hòa, ngày 10 tháng 02 năm 2019", "BẢN CAM KẾT", "của đảng viên năm 2019",
        "Họ và tên: Lê Văn Chín", "Chức vụ: Chi ủy viên Chi bộ thôn Phú Lộc",
        "Tôi xin cam kết:",
        "1. Vận động 10 hộ hiến đất làm đường giao thông nông thôn trong quý II/2019.",
        "2. Giúp 02 hộ thoát nghèo trong năm 2019."])
    assert [p.leader for p in d.pledges] == ["Lê Văn Chín", "Lê Văn Chín"]


def test_a_body_commitment_gives_no_task_to_a_person_not_named_for_it(tmp_path: Path) -> None:
    d = _read_paragraphs(tmp_path / "camket.docx", [
        "ĐẢNG BỘ HUYỆN ĐẠI LỘC", "ĐẢNG ỦY XÃ ĐẠI HÒA", "*", "Số 02-CK/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đại Hòa, ngày 10 tháng 02 năm 2019", "BẢN CAM KẾT",
        "Ban Thường vụ Đảng ủy xã Đại Hòa cam kết thực hiện các nội dung sau:",
        "1. Bê tông hóa 3 km đường giao thông nông thôn trong quý III/2019.",
        "2. Kết nạp 12 đảng viên mới trong năm 2019."])
    assert [p.leader for p in d.pledges] == [None, None]


def test_a_report_naming_its_own_body_short_keeps_the_issuer(tmp_path: Path) -> None:
    # the subject says "của Đảng ủy Trường", the header the university's full name: the
    # tasks are the issuer's own, so they must carry its key to meet its commitment
    path = _docx(tmp_path / "sk.docx", (
        "ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC TÂY NGUYÊN", "*", "Số 07-BC/ĐU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Buôn Ma Thuột, ngày 28 tháng 6 năm 2018", "BÁO CÁO",
        "sơ kết 6 tháng đầu năm 2018 thực hiện Bản cam kết của Đảng ủy Trường"),
        ("STT", "Nội dung cam kết", "Kết quả", "Đánh giá"),
        [("Giảm thời gian chờ khám", "Còn 45 phút", "Đạt")])
    d = Reader(Settings()).read(path)
    assert d.fields.kind == "evaluation"
    assert d.fields.issuer_key and d.fields.issuer_key.startswith("dang uy truong ")
    assert [(p.unit_key, p.status) for p in d.pledges] == [(d.fields.issuer_key, "completed")]


def test_a_first_column_headed_by_the_period_gives_each_row_its_deadline(tmp_path: Path) -> None:
    # no "Thời hạn" heading: a column headed "Tháng" whose cells are months is the time due
    doc = Document()
    for line in ("ĐẢNG BỘ HUYỆN ĐỊNH HÓA", "ĐẢNG ỦY XÃ PHÚ ĐÌNH", "*", "Số 04-CK/ĐU",
                 "ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Đình, ngày 10 tháng 01 năm 2025", "BẢN CAM KẾT",
                 "thực hiện nhiệm vụ năm 2025 của Ban Thường vụ Đảng ủy xã Phú Đình"):
        doc.add_paragraph(line)
    rows = [("Tháng", "Nhiệm vụ", "Người chịu trách nhiệm"),
            ("Tháng 4/2025", "Trồng mới 30 ha chè cành giống LDP1", "Ma Văn Quý - Chủ tịch UBND xã"),
            ("Tháng 9", "Khánh thành nhà văn hóa xóm Đồng Chùa", "Ma Văn Quý - Chủ tịch UBND xã"),
            ("Cả năm", "Giữ vững an ninh nông thôn", "Hoàng Thị Lan - Bí thư Đảng ủy")]
    table = doc.add_table(rows=0, cols=3)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(tmp_path / "ck.docx"))
    d = Reader(Settings()).read(tmp_path / "ck.docx")
    assert [(p.task[:10], p.deadline.date if p.deadline else None) for p in d.pledges] == [
        ("Trồng mới ", "2025-04-30"), ("Khánh thàn", "2025-09-30"), ("Giữ vững a", "2025-12-31")]


def test_a_counted_subject_carried_on_after_a_comma_in_its_own_cell(tmp_path: Path) -> None:
    # "02 hộ chưa đủ hồ sơ, chuyển sang …": the two households move on, not the task; the
    # verdict cell before it must not hide where that sentence starts
    path = _docx(tmp_path / "bc.docx", (
        "ĐẢNG BỘ XÃ NGHĨA HƯNG", "CHI BỘ THÔN TRUNG HÒA", "*", "Số 09-BC/CB",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Nghĩa Hưng, ngày 20 tháng 12 năm 2022", "BÁO CÁO",
        "kết quả thực hiện Bản cam kết năm 2022 của Chi bộ thôn Trung Hòa"),
        ("STT", "Đánh giá", "Nội dung", "Kết quả"),
        [("Chưa hoàn thành", "Hỗ trợ xây nhà cho hộ nghèo",
          "02 hộ chưa đủ hồ sơ đất, chuyển sang Quý II/2023"),
         ("Chưa hoàn thành", "Nạo vét kênh tưới tiêu", "Được chuyển sang Quý I/2023")])
    d = Reader(Settings()).read(path)
    assert [(p.status, p.deadline.date if p.deadline else None) for p in d.pledges] == [
        ("not_completed", None), ("not_completed", "2023-03-31")]


def test_a_bare_mention_takes_the_place_the_paper_spells_its_issuer_with(tmp_path: Path) -> None:
    # the header names the body short ("… NHÂN DÂN TỈNH"), the paper in full: "Viện trưởng
    # Viện Kiểm sát nhân dân tỉnh" in a task is of the same province
    d = _read_paragraphs(tmp_path / "vks.docx", [
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY VIỆN KIỂM SÁT NHÂN DÂN TỈNH", "*",
        "Số 04-CK/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đồng Xoài, ngày 12 tháng 01 năm 2023",
        "BẢN CAM KẾT",
        "Ban Thường vụ Đảng ủy Viện Kiểm sát nhân dân tỉnh Bình Phước cam kết thực hiện:",
        "1. Giải quyết 100% tin báo về tội phạm đúng hạn. Người chịu trách nhiệm: đồng chí "
        "Hà Văn Khoa, Viện trưởng Viện Kiểm sát nhân dân tỉnh.",
        "2. Thực hiện đúng hướng dẫn của Viện Kiểm sát nhân dân tối cao về số hóa hồ sơ.",
    ])
    names = {u.name for u in d.units}
    assert "Viện Kiểm sát nhân dân tỉnh Bình Phước" in names
    assert "Viện Kiểm sát nhân dân tối cao" in names
