"""Write the hand-made gold of bench/holdout4 (one compact entry per document).

Gold is written by hand here rather than as 25 JSON files so that the conventions
(README.md) are applied in one place; render.py fills `sha256` afterwards.
Run:  python bench/holdout4/src/make_gold.py  (then bench/render.py).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent
C, N, I, U = "completed", "not_completed", "in_progress", "unknown"


def P(task: str, unit: str, leader: str | None = None, dl: str | None = None,
      dt: str | None = None, st: str = U, topics: tuple[str, ...] = (), page: int = 1,
      link: Any = "-") -> dict[str, Any]:
    """One pledge; link "-" = no links_to key (commitments), None = judged item with no pledge."""
    p: dict[str, Any] = {"task": task, "unit": unit, "leader": leader, "deadline": dl,
                         "deadline_text": dt, "status": st, "topics": list(topics), "page": page}
    if link != "-":
        p["links_to"] = None if link is None else {"file": link[0], "id": link[1]}
    return p


def L(name: str, title: str, unit: str) -> dict[str, str]:
    return {"name": name, "title": title, "unit": unit}


def doc(file: str, kind: str, number: str | None, date: str | None, issuer: str | None,
        year: int | None, signer: tuple[str, str] | None, units: list[str],
        leaders: list[dict[str, str]], pledges: list[dict[str, Any]]) -> None:
    for i, p in enumerate(pledges, 1):
        p_id = {"id": i}
        p_id.update(p)
        pledges[i - 1] = p_id
    g = {"file": file, "sha256": "", "kind": kind, "number": number, "date": date,
         "issuer": issuer, "year": year, "ocr": False,
         "signer": None if signer is None else {"name": signer[0], "title": signer[1]},
         "units": units, "leaders": leaders, "pledges": pledges}
    path = OUT / f"{file}.gold.json"
    if path.exists():  # keep the sha256 render.py already filled
        g["sha256"] = json.loads(path.read_text(encoding="utf-8")).get("sha256", "")
    path.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- 01/02 Đảng ủy phường Bến Nghé (Quận 1, TP Hồ Chí Minh) 2019 -------------------
BN = "Đảng ủy phường Bến Nghé"
F01 = "h4-01-du-bennghe-2019-camket.docx"
doc(F01, "commitment", "08-CK/ĐU", "2019-01-15", BN, 2019, ("Trịnh Quốc Bảo", "Bí thư"),
    ["Đảng bộ Quận 1", BN, "Quận ủy Quận 1", "UBND phường Bến Nghé"],
    [L("Lâm Thị Ngọc Hân", "Chủ tịch", "UBND phường Bến Nghé"),
     L("Trịnh Quốc Bảo", "Bí thư", BN),
     L("Phan Minh Khôi", "Phó Chủ tịch", "UBND phường Bến Nghé"),
     L("Võ Thành Lợi", "Phó Bí thư", "Quận ủy Quận 1")],
    [P("Lập lại trật tự lòng lề đường trên các tuyến Đồng Khởi, Lê Lợi, Nguyễn Huệ; không để tái lấn chiếm",
       BN, "Lâm Thị Ngọc Hân", "2019-12-31", "Quý 4/2019", I),
     P("Thu ngân sách nhà nước trên địa bàn đạt 105% dự toán được giao", BN, "Lâm Thị Ngọc Hân",
       "2019-12-31", "Trước 31/12", C, ("thu_ngan_sach",)),
     P("Giải quyết dứt điểm 12/15 hồ sơ khiếu nại tồn đọng về nhà, đất", BN, "Trịnh Quốc Bảo",
       "2019-10-31", "Tháng 10 năm 2019", N),
     P("Tiếp nhận 100% thủ tục hành chính của phường qua Cổng dịch vụ công trực tuyến mức độ 3",
       BN, "Phan Minh Khôi", "2019-12-31", "Hết năm", C, ("cai_cach_hanh_chinh", "chuyen_doi_so")),
     P("Kết nạp 08 đảng viên mới; 100% chi bộ khu phố sinh hoạt chuyên đề hằng quý", BN,
       "Trịnh Quốc Bảo", "2019-12-31", "Cả năm 2019", U, ("xay_dung_dang",))])
doc("h4-02-du-bennghe-2019-tongket.pdf", "evaluation", "45-BC/ĐU", "2019-12-20", BN, 2019,
    ("Lâm Thị Ngọc Hân", "Phó Bí thư"),
    ["Đảng bộ Quận 1", BN, "Quận ủy Quận 1", "UBND Quận 1"],
    [L("Lâm Thị Ngọc Hân", "Phó Bí thư", BN)],
    [P("Chỉnh trang trật tự vỉa hè, lòng đường khu trung tâm", BN, st=I, link=(F01, 1)),
     P("Thu ngân sách trên địa bàn", BN, st=C, topics=("thu_ngan_sach",), link=(F01, 2)),
     P("Dịch vụ công trực tuyến mức độ 3", BN, st=C,
       topics=("cai_cach_hanh_chinh", "chuyen_doi_so"), link=(F01, 4)),
     P("Hồ sơ khiếu nại nhà, đất tồn đọng", BN, st=N, link=(F01, 3)),
     P("Phòng, chống dịch sốt xuất huyết", BN, st=C, topics=("y_te",), link=None)])

# --- 03/04 Đảng ủy Đồn Biên phòng Pa Tần (Lai Châu) 2021 ---------------------------
PT = "Đảng ủy Đồn Biên phòng Pa Tần"
F03 = "h4-03-bp-patan-2021-dangky.txt"
doc(F03, "commitment", "03-ĐK/ĐU", "2021-01-08", PT, 2021, ("Đèo Văn Hợp", "Bí thư"),
    ["Đảng bộ Bộ đội Biên phòng tỉnh Lai Châu", PT, "Đảng ủy Bộ đội Biên phòng tỉnh Lai Châu",
     "Đồn Biên phòng Pa Tần"],
    [L("Lò Văn Thắng", "Đồn trưởng", "Đồn Biên phòng Pa Tần"),
     L("Đèo Văn Hợp", "Chính trị viên", "Đồn Biên phòng Pa Tần"),
     L("Nguyễn Hồng Phong", "Phó Bí thư", "Đảng ủy Bộ đội Biên phòng tỉnh Lai Châu")],
    [P("Quản lý, bảo vệ vững chắc 27,5 km đường biên giới và 14 cột mốc được giao, không để xảy ra "
       "xâm canh, xâm cư; mỗi quý tổ chức 01 lần tuần tra song phương với lực lượng bảo vệ biên "
       "giới nước láng giềng", PT, "Lò Văn Thắng", st=I, topics=("quoc_phong_an_ninh",)),
     P("Phối hợp với cấp ủy, chính quyền xã Pa Tần vận động 100% hộ dân các bản biên giới ký cam "
       "kết không tham gia xuất, nhập cảnh trái phép, hoàn thành trong Quý II/2021", PT,
       "Đèo Văn Hợp", "2021-06-30", "trong Quý II/2021", C, ("quoc_phong_an_ninh",)),
     P("Đấu tranh triệt phá ít nhất 03 chuyên án ma túy, bắt giữ các đối tượng mua bán trái phép "
       "chất ma túy qua biên giới trước 31/12", PT, "Lò Văn Thắng", "2021-12-31", "trước 31/12",
       I, ("quoc_phong_an_ninh",)),
     P("Nhận đỡ đầu 12 học sinh nghèo người dân tộc Dao, Thái theo chương trình \"Nâng bước em tới "
       "trường\" và xây dựng 01 nhà \"Mái ấm biên cương\" cho hộ nghèo bản Nậm Sảo 1, hoàn thành "
       "trước ngày 19/5/2021", PT, None, "2021-05-19", "trước ngày 19/5/2021", U, ("giam_ngheo",)),
     P("Xây dựng Đảng bộ Đồn trong sạch, vững mạnh tiêu biểu, 100% chi bộ trực thuộc được đánh giá "
       "hoàn thành tốt nhiệm vụ trở lên, đến cuối năm 2021", PT, None, "2021-12-31",
       "đến cuối năm 2021", U, ("xay_dung_dang",))])
doc("h4-04-bp-patan-2021-soket.docx", "evaluation", "27-BC/ĐU", "2021-07-05", PT, 2021,
    ("Đèo Văn Hợp", "Bí thư"), ["Đảng bộ Bộ đội Biên phòng tỉnh Lai Châu", PT],
    [L("Đèo Văn Hợp", "Bí thư", PT)],
    [P("Quản lý, bảo vệ đường biên, mốc quốc giới", PT, st=I, topics=("quoc_phong_an_ninh",),
       link=(F03, 1)),
     P("Vận động nhân dân ký cam kết không xuất, nhập cảnh trái phép", PT, st=C,
       topics=("quoc_phong_an_ninh",), link=(F03, 2)),
     P("Đấu tranh phòng, chống ma túy qua biên giới", PT, st=I, topics=("quoc_phong_an_ninh",),
       link=(F03, 3)),
     P("Phòng, chống dịch COVID-19 trên tuyến biên giới", PT, st=C, topics=("y_te",), link=None)])

# --- 05/06 Đảng ủy Cục Thuế tỉnh Nghệ An 2018: collective + head in one file ---------
CT = "Đảng ủy Cục Thuế tỉnh Nghệ An"
F05 = "h4-05-du-cucthue-nghean-2018-camket.doc"
TT = "Thái Văn Tường"
doc(F05, "commitment", "02-CK/ĐU", "2018-01-22", CT, 2018, (TT, "Bí thư"),
    ["Đảng bộ Khối các cơ quan tỉnh Nghệ An", CT, "Đảng ủy Khối các cơ quan tỉnh Nghệ An",
     "Cục Thuế tỉnh Nghệ An"],
    [L(TT, "Cục trưởng", "Cục Thuế tỉnh Nghệ An"),
     L("Hồ Đức Phương", "Phó Cục trưởng", "Cục Thuế tỉnh Nghệ An"),
     L("Đinh Thị Mai Lan", "Phó Cục trưởng", "Cục Thuế tỉnh Nghệ An"),
     L("Nguyễn Thị Thu Hòa", "Phó Bí thư", "Đảng ủy Khối các cơ quan tỉnh Nghệ An")],
    [P("Thu ngân sách nhà nước do ngành Thuế quản lý đạt trên 13.000 tỷ đồng", CT, TT,
       "2018-12-31", "Cuối năm", C, ("thu_ngan_sach",)),
     P("Giảm nợ thuế có khả năng thu xuống dưới 5% tổng thu ngân sách", CT, "Hồ Đức Phương",
       "2018-12-31", "Quý 4/2018", N, ("thu_ngan_sach",)),
     P("98% doanh nghiệp đang hoạt động nộp thuế điện tử", CT, "Hồ Đức Phương", "2018-06-30",
       "Tháng 6/2018", C, ("cai_cach_hanh_chinh", "chuyen_doi_so")),
     P("Thanh tra, kiểm tra tại trụ sở 1.200 doanh nghiệp", CT, "Đinh Thị Mai Lan",
       "2018-12-31", "Trong năm 2018", U, ("thu_ngan_sach",)),
     P("Hoàn thành việc sắp xếp, giảm từ 21 xuống còn 13 Chi cục Thuế khu vực trước ngày 30/9/2018",
       CT, TT, "2018-09-30", "trước ngày 30/9/2018", I, ("to_chuc_bo_may",), page=2),
     P("Mỗi tháng đối thoại với doanh nghiệp ít nhất 01 buổi; giải quyết 100% kiến nghị của người "
       "nộp thuế trong thời hạn 10 ngày làm việc", CT, TT, None, None, C,
       ("cai_cach_hanh_chinh",), page=2),
     P("Không để cán bộ, công chức thuộc quyền vi phạm đến mức phải xử lý kỷ luật trong năm 2018",
       CT, TT, "2018-12-31", "trong năm 2018", U, ("xay_dung_dang",), page=2)])
doc("h4-06-du-cucthue-nghean-2018-tongket.docx", "evaluation", "61-BC/ĐU", "2018-12-18", CT,
    2018, ("Hồ Đức Phương", "Phó Bí thư"),
    ["Đảng bộ Khối các cơ quan tỉnh Nghệ An", CT, "Cục Thuế tỉnh Nghệ An"],
    [L("Hồ Đức Phương", "Phó Bí thư", CT)],
    [P("Thu ngân sách nhà nước", CT, st=C, topics=("thu_ngan_sach",), link=(F05, 1)),
     P("Giảm nợ đọng thuế", CT, st=N, topics=("thu_ngan_sach",), link=(F05, 2)),
     P("Khai, nộp thuế điện tử", CT, st=C, topics=("cai_cach_hanh_chinh", "chuyen_doi_so"),
       link=(F05, 3)),
     P("Sắp xếp các Chi cục Thuế khu vực", CT, st=I, topics=("to_chuc_bo_may",), link=(F05, 5)),
     P("Đối thoại, giải quyết kiến nghị của doanh nghiệp", CT, st=C,
       topics=("cai_cach_hanh_chinh",), link=(F05, 6)),
     P("Hỗ trợ người nộp thuế bị thiệt hại do bão số 4", CT, st=C, topics=("thu_ngan_sach",),
       link=None)])

# --- 07/08 Chi bộ thôn Thèn Ván (xã Lũng Cú, Hà Giang) 2023 ------------------------
TV = "Chi bộ thôn Thèn Ván"
F07 = "h4-07-cb-thenvan-2023-camket.txt"
DE = "Lò Thị Dế"
doc(F07, "commitment", "01-CK/CB", "2023-02-12", TV, 2023, (DE, "Bí thư"),
    ["Đảng bộ xã Lũng Cú", TV, "Đảng ủy xã Lũng Cú"],
    [L("Vàng Chúng Dính", "Bí thư", "Đảng ủy xã Lũng Cú"), L(DE, "Bí thư", TV)],
    [P("Vận động 100% hộ gia đình người Lô Lô, Mông trong thôn không tảo hôn, không kết hôn cận "
       "huyết thống, không theo đạo trái pháp luật", TV, DE, st=N, topics=("van_hoa_xa_hoi",)),
     P("Giảm ít nhất 05 hộ nghèo, trong đó hỗ trợ 02 hộ xóa nhà tạm bằng nguồn vốn Chương trình "
       "mục tiêu quốc gia, hoàn thành trước 31/12", TV, DE, "2023-12-31", "trước 31/12", C,
       ("giam_ngheo",)),
     P("Làm mới 700 m đường bê tông từ trung tâm thôn đến nhóm hộ Séo Lủng, nhân dân đóng góp "
       "ngày công và cát, đá; phấn đấu xong trong Quý 3/2023", TV, DE, "2023-09-30",
       "trong Quý 3/2023", I, ("giao_thong", "nong_thon_moi")),
     P("Duy trì 100% trẻ em trong độ tuổi đến trường, không để học sinh bỏ học giữa chừng trong "
       "năm học 2023-2024", TV, DE, "2024-05-31", "trong năm học 2023-2024", U)])
doc("h4-08-cb-thenvan-2023-danhgia.txt", "evaluation", "07-BC/CB", "2023-12-08", TV, 2023,
    (DE, "Bí thư"), ["Đảng bộ xã Lũng Cú", TV], [L(DE, "Bí thư", TV)],
    [P("Giảm nghèo và xóa nhà tạm", TV, st=C, topics=("giam_ngheo",), link=(F07, 2)),
     P("Đường bê tông đến nhóm hộ Séo Lủng", TV, st=I, topics=("giao_thong", "nong_thon_moi"),
       link=(F07, 3)),
     P("Tảo hôn, hôn nhân cận huyết thống", TV, st=N, topics=("van_hoa_xa_hoi",), link=(F07, 1)),
     P("Giữ vững an ninh trật tự dịp Lễ hội Hoa tam giác mạch", TV, st=C,
       topics=("quoc_phong_an_ninh",), link=None)])

# --- 09/10/11 Đảng ủy Trường Đại học Cần Thơ 2022: commitment, amendment, report -----
CTU = "Đảng ủy Trường Đại học Cần Thơ"
F09, F10 = "h4-09-du-dhct-2022-camket.pdf", "h4-10-du-dhct-2022-dieuchinh.docx"
HT, TUC = "Hà Thanh Toàn", "Thành ủy Cần Thơ"
doc(F09, "commitment", "14-CK/ĐU", "2022-02-24", CTU, 2022, (HT, "Bí thư"),
    ["Đảng bộ thành phố Cần Thơ", CTU, "Trường Đại học Cần Thơ", TUC],
    [L("Trần Trung Tính", "Phó Hiệu trưởng", "Trường Đại học Cần Thơ"),
     L("Trần Văn Lý", "Phó Hiệu trưởng", "Trường Đại học Cần Thơ"),
     L(HT, "Bí thư", CTU), L("Nguyễn Thực Hiện", "Phó Bí thư", TUC)],
    [P("Hoàn thành kiểm định chất lượng theo chuẩn AUN-QA cho 08 chương trình đào tạo đại học, "
       "xong trước ngày 30/11/2022", CTU, "Trần Trung Tính", "2022-11-30",
       "trước ngày 30/11/2022", C),
     P("Tuyển sinh đạt ít nhất 9.500 chỉ tiêu đại học chính quy năm học 2022-2023", CTU,
       "Trần Trung Tính", st=I),
     P("Công bố 450 bài báo quốc tế thuộc danh mục Scopus trong năm 2022", CTU, "Trần Văn Lý",
       "2022-12-31", "trong năm 2022", C),
     P("Chuyển giao ít nhất 05 quy trình canh tác lúa thích ứng xâm nhập mặn cho các tỉnh vùng "
       "Đồng bằng sông Cửu Long đến hết tháng 12/2022", CTU, "Trần Văn Lý", "2022-12-31",
       "đến hết tháng 12/2022", N, ("nong_nghiep",)),
     P("Hoàn thành kiện toàn 03 chi bộ sau khi sáp nhập các khoa thành trường thành viên, trong "
       "Quý II/2022", CTU, HT, "2022-06-30", "trong Quý II/2022", U,
       ("xay_dung_dang", "to_chuc_bo_may"))])
doc(F10, "commitment", "22-CK/ĐU", "2022-07-15", CTU, 2022, (HT, "Bí thư"),
    ["Đảng bộ thành phố Cần Thơ", CTU, TUC],
    [L("Nguyễn Thực Hiện", "Phó Bí thư", TUC), L(HT, "Bí thư", CTU)],
    [P("Hoàn thành kiểm định theo chuẩn AUN-QA cho 06 chương trình đào tạo (thay cho 08 chương "
       "trình), thời gian hoàn thành tháng 12/2022", CTU, None, "2022-12-31", "tháng 12/2022", C),
     P("Đưa vào vận hành hệ thống quản lý đào tạo số và học liệu trực tuyến dùng chung cho toàn "
       "trường, hoàn thành đầu năm 2023", CTU, None, "2023-03-31", "đầu năm 2023", I,
       ("chuyen_doi_so",))])
doc("h4-11-du-dhct-2022-tongket.docx", "evaluation", "97-BC/ĐU", "2022-12-26", CTU, 2022,
    (HT, "Bí thư"), ["Đảng bộ thành phố Cần Thơ", CTU], [L(HT, "Bí thư", CTU)],
    [P("Kiểm định chương trình đào tạo theo chuẩn AUN-QA", CTU, st=C, link=(F10, 1)),
     P("Tuyển sinh đại học chính quy", CTU, st=I, link=(F09, 2)),
     P("Công bố quốc tế", CTU, st=C, link=(F09, 3)),
     P("Chuyển giao quy trình canh tác lúa chịu mặn", CTU, st=N, topics=("nong_nghiep",),
       link=(F09, 4)),
     P("Hệ thống quản lý đào tạo số", CTU, st=I, topics=("chuyen_doi_so",), link=(F10, 2)),
     P("Hỗ trợ sinh viên khó khăn sau dịch COVID-19", CTU, st=C, link=None)])
