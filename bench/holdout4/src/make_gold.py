"""Write the hand-made gold of bench/holdout4 (one compact entry per document).

Gold is written by hand here rather than as 25 JSON files so that the conventions
(README.md) are applied in one place; render.py fills `sha256` afterwards.
Run:  python bench/holdout4/src/make_gold.py  (then bench/render.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for gold_kit

from gold_kit import IP, C, L, N, P, U, gold_writer  # noqa: E402

doc = gold_writer(Path(__file__).resolve().parent.parent)


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
       BN, "Lâm Thị Ngọc Hân", "2019-12-31", "Quý 4/2019", IP),
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
    [P("Chỉnh trang trật tự vỉa hè, lòng đường khu trung tâm", BN, st=IP, link=(F01, 1)),
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
       "giới nước láng giềng", PT, "Lò Văn Thắng", st=IP, topics=("quoc_phong_an_ninh",)),
     P("Phối hợp với cấp ủy, chính quyền xã Pa Tần vận động 100% hộ dân các bản biên giới ký cam "
       "kết không tham gia xuất, nhập cảnh trái phép, hoàn thành trong Quý II/2021", PT,
       "Đèo Văn Hợp", "2021-06-30", "trong Quý II/2021", C, ("quoc_phong_an_ninh",)),
     P("Đấu tranh triệt phá ít nhất 03 chuyên án ma túy, bắt giữ các đối tượng mua bán trái phép "
       "chất ma túy qua biên giới trước 31/12", PT, "Lò Văn Thắng", "2021-12-31", "trước 31/12",
       IP, ("quoc_phong_an_ninh",)),
     P("Nhận đỡ đầu 12 học sinh nghèo người dân tộc Dao, Thái theo chương trình \"Nâng bước em tới "
       "trường\" và xây dựng 01 nhà \"Mái ấm biên cương\" cho hộ nghèo bản Nậm Sảo 1, hoàn thành "
       "trước ngày 19/5/2021", PT, None, "2021-05-19", "trước ngày 19/5/2021", U, ("giam_ngheo",)),
     P("Xây dựng Đảng bộ Đồn trong sạch, vững mạnh tiêu biểu, 100% chi bộ trực thuộc được đánh giá "
       "hoàn thành tốt nhiệm vụ trở lên, đến cuối năm 2021", PT, None, "2021-12-31",
       "đến cuối năm 2021", U, ("xay_dung_dang",))])
doc("h4-04-bp-patan-2021-soket.docx", "evaluation", "27-BC/ĐU", "2021-07-05", PT, 2021,
    ("Đèo Văn Hợp", "Bí thư"), ["Đảng bộ Bộ đội Biên phòng tỉnh Lai Châu", PT],
    [L("Đèo Văn Hợp", "Bí thư", PT)],
    [P("Quản lý, bảo vệ đường biên, mốc quốc giới", PT, st=IP, topics=("quoc_phong_an_ninh",),
       link=(F03, 1)),
     P("Vận động nhân dân ký cam kết không xuất, nhập cảnh trái phép", PT, st=C,
       topics=("quoc_phong_an_ninh",), link=(F03, 2)),
     P("Đấu tranh phòng, chống ma túy qua biên giới", PT, st=IP, topics=("quoc_phong_an_ninh",),
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
       CT, TT, "2018-09-30", "trước ngày 30/9/2018", IP, ("to_chuc_bo_may",), page=2),
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
     P("Sắp xếp các Chi cục Thuế khu vực", CT, st=IP, topics=("to_chuc_bo_may",), link=(F05, 5)),
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
       "trong Quý 3/2023", IP, ("giao_thong", "nong_thon_moi")),
     P("Duy trì 100% trẻ em trong độ tuổi đến trường, không để học sinh bỏ học giữa chừng trong "
       "năm học 2023-2024", TV, DE, "2024-05-31", "trong năm học 2023-2024", U)])
doc("h4-08-cb-thenvan-2023-danhgia.txt", "evaluation", "07-BC/CB", "2023-12-08", TV, 2023,
    (DE, "Bí thư"), ["Đảng bộ xã Lũng Cú", TV], [L(DE, "Bí thư", TV)],
    [P("Giảm nghèo và xóa nhà tạm", TV, st=C, topics=("giam_ngheo",), link=(F07, 2)),
     P("Đường bê tông đến nhóm hộ Séo Lủng", TV, st=IP, topics=("giao_thong", "nong_thon_moi"),
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
       "Trần Trung Tính", st=IP),
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
       "trường, hoàn thành đầu năm 2023", CTU, None, "2023-03-31", "đầu năm 2023", IP,
       ("chuyen_doi_so",))])
doc("h4-11-du-dhct-2022-tongket.docx", "evaluation", "97-BC/ĐU", "2022-12-26", CTU, 2022,
    (HT, "Bí thư"), ["Đảng bộ thành phố Cần Thơ", CTU], [L(HT, "Bí thư", CTU)],
    [P("Kiểm định chương trình đào tạo theo chuẩn AUN-QA", CTU, st=C, link=(F10, 1)),
     P("Tuyển sinh đại học chính quy", CTU, st=IP, link=(F09, 2)),
     P("Công bố quốc tế", CTU, st=C, link=(F09, 3)),
     P("Chuyển giao quy trình canh tác lúa chịu mặn", CTU, st=N, topics=("nong_nghiep",),
       link=(F09, 4)),
     P("Hệ thống quản lý đào tạo số", CTU, st=IP, topics=("chuyen_doi_so",), link=(F10, 2)),
     P("Hỗ trợ sinh viên khó khăn sau dịch COVID-19", CTU, st=C, link=None)])

# --- 12/13 Đảng ủy Agribank Chi nhánh tỉnh Kon Tum 2020 ----------------------------
AG = "Đảng ủy Agribank Chi nhánh tỉnh Kon Tum"
AGB = "Agribank Chi nhánh tỉnh Kon Tum"
F12 = "h4-12-agribank-kontum-2020-camket.pdf"
NDQ = "Nguyễn Đình Quang"
doc(F12, "commitment", "05-CK/ĐU", "2020-02-17", AG, 2020, (NDQ, "Bí thư"),
    ["Đảng bộ Khối Doanh nghiệp tỉnh Kon Tum", AG, AGB, "Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum"],
    [L("Y Khoa", "Phó Giám đốc", AGB), L(NDQ, "Giám đốc", AGB),
     L("Phạm Thị Thu Sương", "Phó Giám đốc", AGB),
     L("A Hiên", "Phó Bí thư", "Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum")],
    [P("Tăng trưởng dư nợ cho vay nông nghiệp, nông thôn, ưu tiên hộ đồng bào dân tộc thiểu số "
       "vùng sâu", AG, "Y Khoa", "2020-12-31", "Trước 31/12", C, ("nong_nghiep",)),
     P("Kiểm soát tỷ lệ nợ xấu", AG, NDQ, "2020-12-31", "Quý 4", N),
     P("Phát triển 25.000 khách hàng sử dụng dịch vụ ngân hàng điện tử (Agribank E-Mobile Banking)",
       AG, "Phạm Thị Thu Sương", "2020-10-31", "Tháng 10 năm 2020", N, ("chuyen_doi_so",)),
     P("Kết nạp 06 đảng viên mới, thành lập chi bộ tại Phòng giao dịch Đăk Tô", AG, NDQ,
       "2020-06-30", "6 tháng đầu năm", C, ("xay_dung_dang",))])
doc("h4-13-agribank-kontum-2020-danhgia.doc", "evaluation", "48-BC/ĐU", "2020-12-30", AG, 2020,
    (NDQ, "Bí thư"), ["Đảng bộ Khối Doanh nghiệp tỉnh Kon Tum", AG], [L(NDQ, "Bí thư", AG)],
    [P("Dư nợ nông nghiệp, nông thôn", AG, st=C, topics=("nong_nghiep",), link=(F12, 1)),
     P("Nợ xấu", AG, st=N, link=(F12, 2)),
     P("Khách hàng E-Mobile Banking", AG, st=N, topics=("chuyen_doi_so",), link=(F12, 3)),
     P("Phát triển đảng viên, thành lập chi bộ Đăk Tô", AG, st=C, topics=("xay_dung_dang",),
       link=(F12, 4)),
     P("Giãn nợ, hỗ trợ khách hàng ảnh hưởng dịch COVID-19", AG, st=C, link=None)])

# --- 14 Liên đoàn Lao động tỉnh Bình Dương 2024 (state layout, trade union) ---------
LD = "Liên đoàn Lao động tỉnh Bình Dương"
NVL = "Nguyễn Văn Lộc"
doc("h4-14-ldld-binhduong-2024-camket.docx", "commitment", "35/CK-LĐLĐ", "2024-03-05", LD, 2024,
    (NVL, "Chủ tịch"), ["Tổng LĐLĐ Việt Nam", LD, "Tỉnh ủy Bình Dương"],
    [L(NVL, "Chủ tịch", LD), L("Nguyễn Hoàng Thao", "Phó Bí thư Thường trực", "Tỉnh ủy Bình Dương")],
    [P("Phát triển mới 30.000 đoàn viên công đoàn, thành lập 120 công đoàn cơ sở trong doanh nghiệp "
       "ngoài nhà nước, hết năm 2024", LD, NVL, "2024-12-31", "hết năm 2024"),
     P("Hỗ trợ xây dựng và sửa chữa 50 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở, hoàn "
       "thành trước Tết Nguyên đán Ất Tỵ", LD, NVL, None, "trước Tết Nguyên đán Ất Tỵ"),
     P("100% doanh nghiệp có tổ chức công đoàn tổ chức đối thoại định kỳ và thương lượng tập thể, "
       "nâng số thỏa ước lao động tập thể có lợi hơn cho người lao động lên 350 bản, trong Quý "
       "4/2024", LD, NVL, "2024-12-31", "trong Quý 4/2024"),
     P("Tổ chức \"Tháng Công nhân\" và \"Chuyến xe Công đoàn\" đưa 5.000 công nhân về quê đón Tết, "
       "thực hiện đầu năm 2025", LD, NVL, "2025-03-31", "đầu năm 2025")])

# --- 15 Đảng ủy phường Hòa Cường (Đà Nẵng, after the 2025 merger) 2026 -------------
HC = "Đảng ủy phường Hòa Cường"
TV2, LT = "Huỳnh Thị Thu Vân", "Lương Nguyễn Minh Triết"
doc("h4-15-du-hoacuong-2026-camket.docx", "commitment", "11-CK/ĐU", "2026-01-09", HC, 2026,
    (LT, "Bí thư"), ["Đảng bộ thành phố Đà Nẵng", HC, "Thành ủy Đà Nẵng", "UBND phường Hòa Cường"],
    [L(TV2, "Phó Bí thư", HC), L(LT, "Bí thư", HC),
     L("Trần Thắng Lợi", "Ủy viên Ban Thường vụ", "Thành ủy Đà Nẵng")],
    [P("Hoàn thành số hóa 100% hồ sơ địa chính của các phường cũ, đưa vào khai thác trên hệ thống "
       "dùng chung trước 30/6/2026", HC, TV2, "2026-06-30", "trước 30/6/2026",
       topics=("chuyen_doi_so",)),
     P("Bố trí, sử dụng trụ sở dôi dư của các phường cũ làm nhà văn hóa, điểm sinh hoạt cộng đồng, "
       "xong trong tháng 9/2026", HC, TV2, "2026-09-30", "trong tháng 9/2026",
       topics=("to_chuc_bo_may",)),
     P("Hoàn thành giải phóng mặt bằng tuyến đường vành đai phía Nam đoạn qua phường, bàn giao mặt "
       "bằng sạch cho chủ đầu tư, Quý 4", HC, LT, "2026-12-31", "Quý 4",
       topics=("giai_phong_mat_bang", "giao_thong")),
     P("100% tổ chức cơ sở đảng trực thuộc hoàn thành đại hội nhiệm kỳ 2025-2030 và kiện toàn cấp "
       "ủy, xong đầu năm 2026", HC, LT, "2026-03-31", "đầu năm 2026", topics=("xay_dung_dang",))])

# --- 16 Đảng ủy xã Quảng Hòa (Cao Bằng, merged commune) 2025: summary across cells --
QH = "Đảng ủy xã Quảng Hòa"
PR, THCS = "Chi bộ xóm Pác Riềng", "Chi bộ Trường THCS Quảng Hòa"
TYT, CAX = "Chi bộ Trạm Y tế xã Quảng Hòa", "Chi bộ Công an xã Quảng Hòa"
doc("h4-16-du-quanghoa-2025-tonghop.docx", "evaluation", "19-BC/ĐU", "2025-12-22", QH, 2025,
    ("Nông Thị Hạnh", "Phó Bí thư Thường trực"),
    ["Đảng bộ tỉnh Cao Bằng", QH, PR, THCS, TYT, CAX],
    [L("Nông Thị Hạnh", "Phó Bí thư Thường trực", QH)],
    [P("Làm 1,2 km đường trục xóm", PR, st=C, topics=("giao_thong", "nong_thon_moi"), link=None),
     P("Trồng 15 ha rừng sản xuất", PR, st=N, topics=("nong_nghiep",), link=None),
     P("Tỷ lệ học sinh lớp 9 tốt nghiệp đạt 98%", THCS, st=C, link=None),
     P("Tiêm chủng đầy đủ cho 95% trẻ dưới 1 tuổi", TYT, st=IP, topics=("y_te",), link=None),
     P("Xây dựng 02 mô hình \"Tổ liên gia an toàn phòng cháy chữa cháy\"", CAX, st=C,
       topics=("quoc_phong_an_ninh",), link=None)])

# --- 17 Báo Cà Mau article 2024 (kind other) ----------------------------------------
CCB, HĐ = "Hội Cựu chiến binh huyện Trần Văn Thời", "Huyện đoàn Trần Văn Thời"
doc("h4-17-baocamau-2024-baiviet.txt", "other", None, "2024-03-18", "Báo Cà Mau", 2024, None,
    ["Báo Cà Mau", CCB, "Huyện ủy Trần Văn Thời", HĐ],
    [L("Trương Minh Hải", "Chủ tịch", CCB)],
    [P("Vận động hội viên góp vốn, ngày công làm mới 10 cây cầu giao thông nông thôn trước mùa mưa "
       "năm 2024", CCB, None, None, "trước mùa mưa năm 2024", topics=("giao_thong",
                                                                    "nong_thon_moi")),
     P("Giúp 30 hộ hội viên thoát nghèo trong năm", CCB, None, "2024-12-31", "trong năm",
       topics=("giam_ngheo",)),
     P("Không để hội viên vi phạm pháp luật", CCB),
     P("Công trình thanh niên thắp sáng 5 km đường quê, hoàn thành trước ngày 26/3/2024", HĐ, None,
       "2024-03-26", "trước ngày 26/3/2024", topics=("giao_thong",))])

# --- 18 Huyện ủy Mường Nhé (Điện Biên) plan 2016 for the 2017 signing (kind other) --
MN = "Huyện ủy Mường Nhé"
doc("h4-18-hu-muongnhe-2016-kehoach.pdf", "other", "27-KH/HU", "2016-09-12", MN, 2017,
    ("Lò Văn Phương", "Bí thư"),
    # the offices of the issuing committee: "Ban Tổ chức Huyện ủy" in its paper is its own
    # (DOMAIN.md: "BTV Huyện ủy" is "Huyện ủy Cam Lộ"), as the other sets' gold has them
    ["Đảng bộ tỉnh Điện Biên", MN, f"Ban Tổ chức {MN}", f"Ủy ban Kiểm tra {MN}",
     f"Văn phòng {MN}"],
    [L("Lò Văn Phương", "Bí thư", MN)], [])

# --- 19 Chủ tịch UBND phường Trần Hưng Đạo (Quy Nhơn) personal commitment 2024 -------
UB = "UBND phường Trần Hưng Đạo"
KT = "Đặng Thị Kim Thoa"
doc("h4-19-ubnd-tranhungdao-2024-camketcanhan.docx", "commitment", "02/CK-UBND", "2024-01-10",
    UB, 2024, (KT, "Chủ tịch"), ["UBND thành phố Quy Nhơn", UB, "Thành ủy Quy Nhơn"],
    [L(KT, "Chủ tịch", UB), L("Nguyễn Tự Công Hoàng", "Chủ tịch", "UBND thành phố Quy Nhơn")],
    [P("Tổ chức thu ngân sách đạt 110% dự toán thành phố giao, trong đó thu từ đất đạt trên 8 tỷ "
       "đồng, trước 31/12/2024", UB, KT, "2024-12-31", "trước 31/12/2024",
       topics=("thu_ngan_sach",)),
     P("Giải tỏa, bố trí tái định cư cho 46 hộ dân khu vực ven biển đường Xuân Diệu để thực hiện dự "
       "án chỉnh trang, xong trong tháng 10 năm 2024", UB, KT, "2024-10-31",
       "trong tháng 10 năm 2024", topics=("giai_phong_mat_bang",)),
     P("Không có hồ sơ thủ tục hành chính trễ hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, hết "
       "Quý III/2024", UB, KT, "2024-09-30", "hết Quý III/2024",
       topics=("cai_cach_hanh_chinh", "chuyen_doi_so")),
     P("Ra mắt mô hình \"Tổ dân phố không rác thải nhựa\" tại 12/12 tổ dân phố trong năm 2024", UB,
       KT, "2024-12-31", "trong năm 2024", topics=("moi_truong",))])

# --- 20/21 Chi bộ Chi cục Hải quan cửa khẩu Móng Cái (Quảng Ninh) 2017 --------------
HQ = "Chi bộ Chi cục Hải quan cửa khẩu Móng Cái"
F20 = "h4-20-cb-haiquan-mongcai-2017-camket.txt"
VK = "Vi Văn Kiên"
doc(F20, "commitment", "01-CK/CB", "2017-02-20", HQ, 2017, (VK, "Bí thư"),
    ["Đảng bộ Cục Hải quan tỉnh Quảng Ninh", HQ, "Đảng ủy Cục Hải quan tỉnh Quảng Ninh",
     "Đồn Biên phòng cửa khẩu quốc tế Móng Cái"],
    [L(VK, "Bí thư", HQ), L("Nguyễn Văn Trung", "Bí thư", "Đảng ủy Cục Hải quan tỉnh Quảng Ninh")],
    [P("Thu ngân sách đạt 1.850 tỷ đồng, phấn đấu vượt 5% chỉ tiêu được giao", HQ, VK,
       "2017-12-31", "cả năm", IP, ("thu_ngan_sach",)),
     P("Rút ngắn thời gian thông quan hàng hóa qua cầu Bắc Luân II xuống dưới 30 phút đối với hàng "
       "luồng xanh", HQ, VK, "2017-09-30", "quý III/2017", N, ("cai_cach_hanh_chinh",)),
     P("Phối hợp với Đồn Biên phòng cửa khẩu quốc tế Móng Cái phát hiện, bắt giữ tối thiểu 40 vụ "
       "buôn lậu, gian lận thương mại", HQ, VK, "2017-12-31", "trong năm 2017", C,
       ("quoc_phong_an_ninh",)),
     P("100% tờ khai được xử lý trên hệ thống VNACCS/VCIS, không còn tờ khai giấy", HQ, VK,
       "2017-07-01", "trước ngày 01/7/2017", C, ("cai_cach_hanh_chinh", "chuyen_doi_so"))])
doc("h4-21-cb-haiquan-mongcai-2017-tongket.pdf", "evaluation", "12-BC/CB", "2017-12-14", HQ,
    2017, (VK, "Bí thư"), ["Đảng bộ Cục Hải quan tỉnh Quảng Ninh", HQ], [L(VK, "Bí thư", HQ)],
    [P("Xử lý tờ khai điện tử trên VNACCS/VCIS", HQ, st=C,
       topics=("cai_cach_hanh_chinh", "chuyen_doi_so"), link=(F20, 4)),
     P("Thời gian thông quan luồng xanh qua Bắc Luân II", HQ, st=N,
       topics=("cai_cach_hanh_chinh",), link=(F20, 2)),
     P("Chống buôn lậu, gian lận thương mại", HQ, st=C, topics=("quoc_phong_an_ninh",),
       link=(F20, 3)),
     P("Thu ngân sách", HQ, st=IP, topics=("thu_ngan_sach",), link=(F20, 1)),
     P("Ứng phó bão số 2 (Talas) tháng 7/2017", HQ, st=C, link=None)])

# --- 22 Chi bộ of a foreign-invested company (Bắc Ninh) 2025, bilingual table --------
TT2 = "Chi bộ Công ty TNHH Quang điện tử Thuận Thành"
doc("h4-22-cb-congty-thuanthanh-2025-camket.pdf", "commitment", "02-CK/CB", "2025-03-03", TT2,
    2025, ("Đỗ Văn Thanh", "Bí thư"),
    ["Đảng bộ Khối Doanh nghiệp tỉnh Bắc Ninh", TT2, "Đảng ủy Khối Doanh nghiệp tỉnh Bắc Ninh",
     "Công đoàn Công ty TNHH Quang điện tử Thuận Thành"],
    [L("Ngô Thị Hà", "Phó Bí thư", "Đảng ủy Khối Doanh nghiệp tỉnh Bắc Ninh"),
     L("Đỗ Văn Thanh", "Bí thư", TT2)],
    [P("Phối hợp với Công đoàn công ty ký mới Thỏa ước lao động tập thể, nâng mức hỗ trợ nhà trọ cho "
       "4.200 công nhân / Sign a new collective labour agreement with the company trade union", TT2,
       None, "2025-06-30", "Quý II/2025 (Q2/2025)"),
     P("Giới thiệu 20 quần chúng ưu tú là công nhân trực tiếp sản xuất để kết nạp Đảng / Nominate "
       "20 production workers for Party admission", TT2, None, "2025-12-31",
       "Cuối năm 2025 (end of 2025)", topics=("xay_dung_dang",)),
     P("Không để xảy ra tranh chấp lao động tập thể, ngừng việc tập thể / No collective labour "
       "dispute or work stoppage", TT2, None, "2025-12-31", "Cả năm (whole year)")])

# --- 23 Hội LHPN xã Tân Phú Trung (Củ Chi, TP Hồ Chí Minh) 2016, cp1258 -------------
PN = "Hội Liên hiệp Phụ nữ xã Tân Phú Trung"
ML = "Trần Thị Mỹ Linh"
doc("h4-23-hpn-tanphutrung-2016-camket.txt", "commitment", "03/CK-HPN", "2016-01-25", PN, 2016,
    (ML, "Chủ tịch"),
    ["Hội LHPN huyện Củ Chi", PN, "Đảng ủy xã Tân Phú Trung",
     "Ngân hàng Chính sách xã hội huyện Củ Chi"],
    [L(ML, "Chủ tịch", PN), L("Huỳnh Văn Sáu", "Phó Bí thư", "Đảng ủy xã Tân Phú Trung")],
    [P("Vận động hội viên tham gia Cuộc vận động \"Xây dựng gia đình 5 không, 3 sạch\", phấn đấu "
       "đến cuối năm 2016 có 85% hộ gia đình hội viên đạt tiêu chí \"3 sạch\" góp phần xây dựng xã "
       "nông thôn mới", PN, ML, "2016-12-31", "đến cuối năm 2016", topics=("nong_thon_moi",)),
     P("Phối hợp Ngân hàng Chính sách xã hội huyện giải ngân 4 tỷ đồng vốn vay ủy thác cho 120 hội "
       "viên nghèo, cận nghèo phát triển chăn nuôi bò sữa, trồng rau an toàn, giải ngân xong trong "
       "6 tháng đầu năm", PN, ML, "2016-06-30", "trong 6 tháng đầu năm", topics=("giam_ngheo",)),
     P("Thành lập mới 02 tổ hợp tác \"Phụ nữ trồng rau an toàn\" tại ấp Phú Lợi và ấp Bến Đò trước "
       "tháng 9/2016", PN, ML, "2016-08-31", "trước tháng 9/2016", topics=("nong_nghiep",))])

# --- 24 Chi bộ Văn phòng Sở TN&MT Thanh Hóa 2021 mid-year, no paired commitment -------
VP = "Chi bộ Văn phòng Sở Tài nguyên và Môi trường tỉnh Thanh Hóa"
doc("h4-24-cb-vpstnmt-thanhhoa-2021-soket.docx", "evaluation", "05-BC/CB", "2021-07-02", VP, 2021,
    ("Lê Thị Thanh Huyền", "Bí thư"),
    ["Đảng bộ Sở Tài nguyên và Môi trường tỉnh Thanh Hóa", VP],
    [L("Lê Thị Thanh Huyền", "Bí thư", VP)],
    [P("Chuyển 100% văn bản đi, đến (trừ văn bản mật) sang môi trường điện tử, có chữ ký số", VP,
       st=IP, topics=("cai_cach_hanh_chinh", "chuyen_doi_so"), link=None),
     P("Số hóa hồ sơ lưu trữ giai đoạn 2008-2015", VP, st=IP, topics=("chuyen_doi_so",), link=None),
     P("Không có đảng viên vi phạm quy định về phòng, chống dịch COVID-19", VP, st=C,
       topics=("xay_dung_dang", "y_te"), link=None),
     P("Tham mưu giải quyết đơn thư đúng hạn", VP, st=IP, link=None)])

# --- 25 Đảng ủy Quân sự huyện Tam Nông (Phú Thọ) 2019 -------------------------------
QS = "Đảng ủy Quân sự huyện Tam Nông"
CHQS = "Ban CHQS huyện Tam Nông"
HB, PH = "Hà Văn Bình", "Phùng Quang Huy"
doc("h4-25-dquansu-tamnong-2019-camket.docx", "commitment", "04-CK/ĐU", "2019-01-14", QS, 2019,
    (PH, "Bí thư"), ["Đảng bộ huyện Tam Nông", QS, CHQS, "Huyện ủy Tam Nông"],
    [L(HB, "Chỉ huy trưởng", CHQS), L(PH, "Chính trị viên", CHQS),
     L("Nguyễn Hữu Hoàng", "Bí thư", "Huyện ủy Tam Nông")],
    [P("Tuyển chọn, gọi công dân nhập ngũ", QS, HB, "2019-02-28", "Tháng 2/2019",
       topics=("quoc_phong_an_ninh",)),
     P("Tổ chức diễn tập khu vực phòng thủ huyện", QS, HB, "2019-09-30", "Quý III/2019",
       topics=("quoc_phong_an_ninh",)),
     P("Huấn luyện dân quân tự vệ năm thứ nhất", QS, PH, "2019-06-30", "Trước 30/6",
       topics=("quoc_phong_an_ninh",)),
     P("Xây dựng 02 nhà \"Đồng đội\" cho cựu quân nhân có hoàn cảnh khó khăn", QS, PH, "2019-12-22",
       "Nhân dịp 22/12/2019")])

# --- 26 Đoàn phường Hoàn Kiếm (Hà Nội, after the 2025 merger), NFD text -------------
DP = "Đoàn phường Hoàn Kiếm"
HM = "Nguyễn Hà My"
doc("h4-26-doan-hoankiem-2025-camket.txt", "commitment", "04-CK/ĐTN", "2025-08-26", DP, 2025,
    (HM, "Bí thư"), ["Đảng bộ phường Hoàn Kiếm", DP, "Đảng ủy phường Hoàn Kiếm"],
    [L(HM, "Bí thư", DP), L("Trần Quang Huy", "Phó Bí thư", "Đảng ủy phường Hoàn Kiếm")],
    [P("Ra quân \"Ngày Chủ nhật xanh\" làm sạch 12 tuyến phố cổ và khu vực hồ Hoàn Kiếm, mỗi tháng "
       "02 đợt, đến hết tháng 12/2025", DP, HM, "2025-12-31", "đến hết tháng 12/2025",
       topics=("moi_truong",)),
     P("Hướng dẫn 100% người cao tuổi tại 18 tổ dân phố cài đặt, sử dụng VNeID mức độ 2 và dịch vụ "
       "công trực tuyến, hoàn thành trước 15/11/2025", DP, HM, "2025-11-15", "trước 15/11/2025",
       topics=("cai_cach_hanh_chinh", "chuyen_doi_so")),
     P("Thành lập 01 đội thanh niên tình nguyện hỗ trợ du khách quốc tế tại khu phố đi bộ, ra mắt "
       "dịp Quốc khánh 2/9", DP, HM, "2025-09-02", "dịp Quốc khánh 2/9")])

# --- 27/28 Chi bộ Hợp tác xã dịch vụ nông nghiệp Tân Hưng (Đồng Tháp) 2017 ----------
HX = "Chi bộ Hợp tác xã dịch vụ nông nghiệp Tân Hưng"
F27 = "h4-27-cb-htx-tanhung-2017-camket.docx"
LT8 = "Lê Văn Tám"
doc(F27, "commitment", "01-CK/CB", "2017-02-06", HX, 2017, (LT8, "Bí thư"),
    ["Đảng bộ xã Tân Hưng", HX, "Đảng ủy xã Tân Hưng"],
    [L(LT8, "Bí thư", HX), L("Phan Văn Út", "Bí thư", "Đảng ủy xã Tân Hưng")],
    [P("Liên kết với doanh nghiệp bao tiêu 300 ha xoài cát Hòa Lộc theo tiêu chuẩn VietGAP", HX, LT8,
       "2017-12-31", "Vụ xoài nghịch mùa, trước 31/12", IP, ("nong_nghiep",)),
     P("Đầu tư 02 máy sấy lúa công suất 30 tấn/mẻ", HX, LT8, "2017-06-30", "Quý 2/2017", C,
       ("nong_nghiep",)),
     P("Kết nạp thêm 40 thành viên, nâng vốn điều lệ lên 2,5 tỷ đồng", HX, LT8, "2017-12-31",
       "Hết năm", C),
     P("Kết nạp 02 đảng viên là thành viên hợp tác xã", HX, LT8, "2017-09-30", "Tháng 9/2017", N,
       ("xay_dung_dang",))])
doc("h4-28-cb-htx-tanhung-2017-kiemdiem.txt", "evaluation", "09-BC/CB", "2017-12-20", HX, 2017,
    (LT8, "Bí thư"), ["Đảng bộ xã Tân Hưng", HX], [L(LT8, "Bí thư", HX)],
    [P("Máy sấy lúa", HX, st=C, topics=("nong_nghiep",), link=(F27, 2)),
     P("Bao tiêu xoài VietGAP", HX, st=IP, topics=("nong_nghiep",), link=(F27, 1)),
     P("Phát triển đảng viên", HX, st=N, topics=("xay_dung_dang",), link=(F27, 4)),
     P("Phát triển thành viên, vốn điều lệ", HX, st=C, link=(F27, 3)),
     P("Khắc phục sạt lở bờ sông Tiền tại ấp 3", HX, st=C, topics=("moi_truong",), link=None)])
