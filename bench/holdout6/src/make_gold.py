"""Write the hand-made gold of bench/holdout6 (one compact entry per document).

Gold is written by hand here rather than as 30 JSON files so that the conventions
(README.md) are applied in one place; render.py fills `sha256` afterwards.
Run:  python bench/holdout6/src/make_gold.py  (then bench/render.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for gold_kit

from gold_kit import CCHC, CDS, GN, GPMB, GT, IP, MT, NN, NTM, QP, TCBM, TNS, VH, XDD, YT, C, L, N, P, U, gold_writer  # noqa: E402

doc = gold_writer(Path(__file__).resolve().parent.parent)

# --- 01/02 Chi bộ Viện Kiểm sát nhân dân huyện Trần Đề (Sóc Trăng) 2019 -----------------
CBVKS, VKS = "Chi bộ Viện Kiểm sát nhân dân huyện Trần Đề", "Viện Kiểm sát nhân dân huyện Trần Đề"
HUTD = "Huyện ủy Trần Đề"
F01 = "h6-01-cb-vks-trande-2019-camket.docx"
HUY, RUONE = "Lâm Quốc Huy", "Thạch Thị Sà Rươne"
doc(F01, "commitment", "03-CK/CB", "2019-01-14", CBVKS, 2019, (HUY, "Bí thư"),
    ["Đảng bộ huyện Trần Đề", CBVKS, "Viện Kiểm sát nhân dân tỉnh Sóc Trăng", HUTD, VKS,
     "Ban Tổ chức Huyện ủy Trần Đề"],
    [L(HUY, "Viện trưởng", VKS), L(RUONE, "Phó Viện trưởng", VKS),
     L("Huỳnh Văn Chiến", "Phó Bí thư", HUTD)],
    [P("Kiểm sát 100% tin báo, tố giác tội phạm và kiến nghị khởi tố; tỷ lệ giải quyết đạt trên "
       "90%", CBVKS, HUY, "2019-12-31", "Cả năm", C, (QP,)),
     P("Hoàn thành số hóa hồ sơ kiểm sát các vụ án hình sự đã kết thúc từ năm 2015 đến năm 2018",
       CBVKS, RUONE, "2019-10-15", "Chậm nhất ngày 15/10", N, (CDS,)),
     P("Tổ chức 02 phiên tòa rút kinh nghiệm án hình sự và 01 phiên tòa rút kinh nghiệm án dân sự, "
       "có sự tham gia của 12/12 kiểm sát viên, kiểm tra viên", CBVKS, RUONE, "2019-12-31",
       "Quý IV/2019", C),
     P("Kết nạp 01 quần chúng ưu tú là kiểm tra viên trẻ vào Đảng", CBVKS, HUY, "2019-09-30",
       "Trong tháng 9/2019", U, (XDD,))])
doc("h6-02-cb-vks-trande-2019-danhgia.pdf", "evaluation", "11-BC/CB", "2019-12-16", CBVKS, 2019,
    (HUY, "Bí thư"), ["Đảng bộ huyện Trần Đề", CBVKS], [L(HUY, "Bí thư", CBVKS)],
    [P("Số hóa hồ sơ kiểm sát án hình sự đã kết thúc", CBVKS, st=N, topics=(CDS,), link=(F01, 2)),
     P("Giải quyết tin báo, tố giác tội phạm", CBVKS, st=C, topics=(QP,), link=(F01, 1)),
     P("Phiên tòa rút kinh nghiệm", CBVKS, st=C, link=(F01, 3)),
     P("Phối hợp tuyên truyền pháp luật cho đồng bào Khmer dịp lễ Sene Đôlta", CBVKS, st=C,
       link=None)])

# --- 03/04 Đảng ủy Tòa án nhân dân tỉnh Tiền Giang 2022 --------------------------------
DUTA, TATG = "Đảng ủy Tòa án nhân dân tỉnh Tiền Giang", "Tòa án nhân dân tỉnh Tiền Giang"
DUKTG = "Đảng ủy Khối các cơ quan tỉnh Tiền Giang"
F03 = "h6-03-du-toaan-tiengiang-2022-camket.txt"
PHUOC, DIEM, TRI = "Nguyễn Hữu Phước", "Trương Thị Ngọc Diễm", "Lê Minh Trí"
doc(F03, "commitment", "07-CK/ĐU", "2022-02-24", DUTA, 2022, (PHUOC, "Bí thư"),
    ["Đảng bộ Khối các cơ quan tỉnh Tiền Giang", DUTA, DUKTG, TATG, "Tòa án nhân dân tối cao",
     "Tòa án nhân dân huyện Tân Phú Đông"],
    [L(PHUOC, "Bí thư", DUTA), L(DIEM, "Phó Chánh án", TATG), L(TRI, "Phó Bí thư", DUTA),
     L("Võ Thị Thu Hồng", "Phó Bí thư", DUKTG)],
    [P("Giải quyết, xét xử đạt trên 90% các loại án đã thụ lý, trong đó án hình sự đạt 100%; không "
       "để án quá hạn luật định do nguyên nhân chủ quan; tỷ lệ án bị hủy, sửa do lỗi chủ quan dưới "
       "1,16%", DUTA, PHUOC, "2022-12-31", "cả năm 2022", C),
     P("Tổ chức ít nhất 12 phiên tòa xét xử trực tuyến và 24 phiên tòa rút kinh nghiệm trong 6 "
       "tháng đầu năm 2022", DUTA, DIEM, "2022-06-30", "trong 6 tháng đầu năm 2022", N, (CDS,)),
     P("Công khai 100% bản án, quyết định đủ điều kiện trên Cổng thông tin điện tử của Tòa án nhân "
       "dân tối cao chậm nhất 30 ngày kể từ ngày ban hành", DUTA, DIEM, st=C, topics=(CCHC, CDS)),
     P("Hoàn thành, đưa vào sử dụng trụ sở Tòa án nhân dân huyện Tân Phú Đông trước Tết Nguyên đán "
       "Quý Mão", DUTA, TRI, None, "trước Tết Nguyên đán Quý Mão", IP),
     P("Kết nạp 03 đảng viên mới; 100% chi bộ trực thuộc được đánh giá hoàn thành tốt nhiệm vụ trở "
       "lên, đến hết năm 2022", DUTA, TRI, "2022-12-31", "đến hết năm 2022", U, (XDD,))])
doc("h6-04-du-toaan-tiengiang-2022-danhgia.doc", "evaluation", "58-BC/ĐU", "2022-12-14", DUTA,
    2022, (TRI, "Phó Bí thư"),
    ["Đảng bộ Khối các cơ quan tỉnh Tiền Giang", DUTA, DUKTG, "Tòa án nhân dân huyện Tân Phú Đông"],
    [L(TRI, "Phó Bí thư", DUTA)],
    [P("Công khai bản án, quyết định trên Cổng thông tin điện tử", DUTA, st=C, topics=(CCHC, CDS),
       link=(F03, 3)),
     P("Giải quyết, xét xử các loại án", DUTA, st=C, link=(F03, 1)),
     P("Phiên tòa trực tuyến và phiên tòa rút kinh nghiệm", DUTA, st=N, topics=(CDS,),
       link=(F03, 2)),
     P("Trụ sở Tòa án nhân dân huyện Tân Phú Đông", DUTA, st=IP, link=(F03, 4)),
     P("Phối hợp phòng, chống dịch COVID-19 tại cơ quan và khu cách ly tập trung của tỉnh", DUTA,
       st=C, topics=(YT,), link=None)])

# --- 05/06 Đảng ủy Quân sự tỉnh Kiên Giang 2016 (ALL-CAPS body, cp1258) -----------------
DUQS, BCH = "Đảng ủy Quân sự tỉnh Kiên Giang", "Bộ Chỉ huy Quân sự tỉnh Kiên Giang"
TUKG = "Tỉnh ủy Kiên Giang"
F05 = "h6-05-duqs-kiengiang-2016-camket.txt"
KHAI, PHONG, SON = "Trần Văn Khải", "Lâm Hoàng Phong", "Nguyễn Thanh Sơn"
doc(F05, "commitment", "12-CK/ĐU", "2016-01-22", DUQS, 2016, (SON, "Bí thư"),
    ["Đảng bộ tỉnh Kiên Giang", DUQS, TUKG, BCH],
    [L(KHAI, "Chỉ huy trưởng", BCH), L(PHONG, "Phó Chỉ huy trưởng", BCH), L(SON, "Chính ủy", BCH),
     L("Phạm Thành Lợi", "Phó Bí thư Thường trực", TUKG)],
    [P("HOÀN THÀNH GIAO QUÂN ĐỢT 1 NĂM 2016 ĐẠT 100% CHỈ TIÊU, 1.250/1.250 THANH NIÊN, TRƯỚC NGÀY "
       "28/02/2016", DUQS, KHAI, "2016-02-28", "TRƯỚC NGÀY 28/02/2016", C, (QP,)),
     P("TỔ CHỨC DIỄN TẬP KHU VỰC PHÒNG THỦ CHO 03 HUYỆN KIÊN LƯƠNG, GIANG THÀNH, PHÚ QUỐC TRONG QUÝ "
       "III/2016", DUQS, PHONG, "2016-09-30", "TRONG QUÝ III/2016", U, (QP,)),
     P("XÂY DỰNG 02 CHỐT DÂN QUÂN THƯỜNG TRỰC TRÊN TUYẾN BIÊN GIỚI HÀ TIÊN, GIANG THÀNH, HOÀN THÀNH "
       "THÁNG 12 NĂM 2016", DUQS, PHONG, "2016-12-31", "THÁNG 12 NĂM 2016", N, (QP,)),
     P("KẾT NẠP 45 ĐẢNG VIÊN MỚI, TỶ LỆ ĐẢNG VIÊN TRONG DÂN QUÂN TỰ VỆ ĐẠT 20% TRỞ LÊN, CẢ NĂM",
       DUQS, SON, "2016-12-31", "CẢ NĂM", C, (XDD,))])
doc("h6-06-duqs-kiengiang-2016-tongket.pdf", "evaluation", "165-BC/ĐU", "2016-12-20", DUQS, 2016,
    (KHAI, "Phó Bí thư"), ["Đảng bộ tỉnh Kiên Giang", DUQS], [L(KHAI, "Phó Bí thư", DUQS)],
    [P("Công tác tuyển quân", DUQS, st=C, topics=(QP,), link=(F05, 1)),
     P("Kết nạp đảng viên", DUQS, st=C, topics=(XDD,), link=(F05, 4)),
     P("Xây dựng chốt dân quân biên giới", DUQS, st=N, topics=(QP,), link=(F05, 3)),
     P("Giúp nhân dân phòng, chống hạn hán, xâm nhập mặn", DUQS, st=C, topics=(NN,), link=None)])

# --- 07/08 Đảng ủy Tổng công ty Cao su Đồng Nai 2012 (two tables, two signatures) ---------
DUCS, TCT = "Đảng ủy Tổng công ty Cao su Đồng Nai", "Tổng công ty Cao su Đồng Nai"
DUTD = "Đảng ủy Tập đoàn Công nghiệp Cao su Việt Nam"
F07 = "h6-07-du-caosu-dongnai-2012-camket.docx"
TRANG, LUC, THAI, VINH = "Đinh Công Tráng", "Hà Văn Lực", "Vũ Đình Thái", "Lương Quang Vinh"
doc(F07, "commitment", "05-CK/ĐU", "2012-02-08", DUCS, 2012, (VINH, "Bí thư"),
    ["Đảng bộ Tập đoàn Công nghiệp Cao su Việt Nam", DUCS, TCT, DUTD,
     "Công ty TNHH Cao su Đồng Nai - Kratie"],
    [L(TRANG, "Tổng Giám đốc", TCT), L(LUC, "Phó Tổng Giám đốc", TCT), L(THAI, "Phó Bí thư", DUCS),
     L(VINH, "Bí thư", DUCS), L("Phùng Quốc Khánh", "Phó Bí thư", DUTD)],
    [P("Sản lượng mủ cao su khai thác", DUCS, TRANG, "2012-12-31", "Cả năm", C),
     P("Tái canh, trồng mới cao su", DUCS, LUC, "2012-09-30", "Quý III/2012", N, (NN,)),
     P("Xây dựng hệ thống xử lý nước thải Nhà máy chế biến mủ Xuân Lập đạt QCVN 01:2008/BTNMT",
       DUCS, LUC, "2012-10-31", "Tháng 10/2012", IP, (MT,)),
     P("Kết nạp 60 đảng viên mới là công nhân trực tiếp sản xuất", DUCS, THAI, "2012-12-31",
       "Đến 31/12/2012", C, (XDD,)),
     P("Thành lập tổ chức đảng tại Công ty TNHH Cao su Đồng Nai - Kratie (Campuchia)", DUCS, VINH,
       "2012-06-30", "6 tháng đầu năm 2012", U, (XDD, TCBM))])
doc("h6-08-du-caosu-dongnai-2012-tongket.docx", "evaluation", "94-BC/ĐU", "2012-12-26", DUCS,
    2012, (VINH, "Bí thư"),
    ["Đảng bộ Tập đoàn Công nghiệp Cao su Việt Nam", DUCS, "Sở Tài nguyên và Môi trường tỉnh Đồng Nai"],
    [L(VINH, "Bí thư", DUCS)],
    [P("Sản lượng mủ khai thác", DUCS, st=C, link=(F07, 1)),
     P("Xử lý nước thải Nhà máy Xuân Lập", DUCS, st=IP, topics=(MT,), link=(F07, 3)),
     P("Tái canh, trồng mới", DUCS, st=N, topics=(NN,), link=(F07, 2)),
     P("Phát triển đảng viên trong công nhân", DUCS, st=C, topics=(XDD,), link=(F07, 4)),
     P("Hỗ trợ xây dựng nhà tình thương cho công nhân khó khăn", DUCS, st=C, topics=(GN,),
       link=None)])

# --- 09/10/11 Giám đốc Ban QLDA các công trình giao thông tỉnh Quảng Trị 2024 (Phụ lục) --
BQL = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Trị"
UBQT = "UBND tỉnh Quảng Trị"
F09 = "h6-09-bqlda-gt-quangtri-2024-camket.pdf"
THIEN, HANH = "Lê Quang Thiện", "Trần Đức Hạnh"
doc(F09, "commitment", "45/CK-BQLDA", "2024-01-19", BQL, 2024, (THIEN, "Giám đốc"),
    [UBQT, BQL], [L(THIEN, "Giám đốc", BQL)],
    [P("Giải ngân 100% kế hoạch vốn đầu tư công năm 2024 được giao (486,5 tỷ đồng)", BQL, THIEN,
       "2025-01-31", "Đến hết ngày 31/01/2025", IP, (GT,), page=2),
     P("Hoàn thành bồi thường, giải phóng mặt bằng dự án đường ven biển tỉnh Quảng Trị (giai đoạn 1)",
       BQL, THIEN, "2024-06-30", "Quý II/2024", C, (GPMB, GT), page=2),
     P("Khởi công xây dựng cầu vượt sông Hiếu kết nối đường Hùng Vương", BQL, THIEN, "2024-09-30",
       "Trong tháng 9/2024", C, (GT,), page=2),
     P("Thông xe kỹ thuật tuyến tránh phía Đông thành phố Đông Hà", BQL, THIEN, None,
       "Trước Tết Nguyên đán Ất Tỵ", N, (GT,), page=2),
     P("Số hóa 100% hồ sơ các dự án đã hoàn thành, lưu trữ điện tử", BQL, THIEN, "2024-12-31",
       "6 tháng cuối năm 2024", C, (CDS,), page=2)])
doc("h6-10-bqlda-gt-quangtri-2024-soket.docx", "evaluation", "212/BC-BQLDA", "2024-07-05", BQL,
    2024, (HANH, "Phó Giám đốc"), [UBQT, BQL], [L(HANH, "Phó Giám đốc", BQL)],
    [P("Giải ngân vốn đầu tư công", BQL, st=IP, topics=(GT,), link=(F09, 1)),
     P("Bồi thường, GPMB đường ven biển giai đoạn 1", BQL, st=N, topics=(GPMB, GT), link=(F09, 2)),
     P("Số hóa hồ sơ dự án hoàn thành", BQL, st=IP, topics=(CDS,), link=(F09, 5)),
     P("Khắc phục hư hỏng đường tỉnh ĐT.585 sau mưa lớn tháng 5/2024", BQL, st=C, topics=(GT,),
       link=None)])
doc("h6-11-bqlda-gt-quangtri-2024-tongket.txt", "evaluation", "05/BC-BQLDA", "2025-01-10", BQL,
    2024, (THIEN, "Giám đốc"), [UBQT, BQL], [L(THIEN, "Giám đốc", BQL)],
    [P("Khởi công cầu vượt sông Hiếu", BQL, st=C, topics=(GT,), link=(F09, 3)),
     P("Tuyến tránh phía Đông thành phố Đông Hà", BQL, st=N, topics=(GT,), link=(F09, 4)),
     P("Giải ngân vốn đầu tư công năm 2024", BQL, st=IP, topics=(GT,), link=(F09, 1)),
     P("Số hóa hồ sơ dự án", BQL, st=C, topics=(CDS,), link=(F09, 5)),
     P("Giải phóng mặt bằng đường ven biển giai đoạn 1", BQL, st=C, topics=(GPMB, GT),
       link=(F09, 2))])

# --- 12/13 Chi bộ ấp Sóc Tràm (Khmer, xã Hòa Lợi, Trà Vinh) 2021 (docx in NFD) -----------
ST, DUHL = "Chi bộ ấp Sóc Tràm", "Đảng ủy xã Hòa Lợi"
F12 = "h6-12-cb-soctram-hoaloi-2021-camket.docx"
PHANH, RINH, THANH = "Thạch Sô Phanh", "Kim Thị Sa Rinh", "Sơn Ngọc Thạnh"
doc(F12, "commitment", "01-CK/CB", "2021-01-20", ST, 2021, (THANH, "Bí thư"),
    ["Đảng bộ xã Hòa Lợi", ST, DUHL],
    [L(PHANH, "Phó Bí thư", ST), L(RINH, "Chi ủy viên", ST), L(THANH, "Bí thư", ST),
     L("Huỳnh Văn Tám", "Phó Bí thư", DUHL)],
    [P("Vận động 100% hộ đồng bào Khmer trong ấp tham gia bảo hiểm y tế, trước Tết Nguyên đán Tân "
       "Sửu", ST, PHANH, None, "trước Tết Nguyên đán Tân Sửu", N, (YT,)),
     P("Nâng cấp 800 m đường đal từ chùa Sóc Tràm ra đường huyện 22, nhân dân đóng góp 40% kinh "
       "phí, hoàn thành trong Quý III/2021", ST, PHANH, "2021-09-30", "trong Quý III/2021", C,
       (GT, NTM)),
     P("Chuyển 12 ha đất lúa kém hiệu quả sang trồng màu, nuôi bò; giảm 05 hộ nghèo, chậm nhất ngày "
       "30/11", ST, RINH, "2021-11-30", "chậm nhất ngày 30/11", U, (NN, GN)),
     P("Kết nạp 01 đảng viên là người dân tộc Khmer; Chi bộ được xếp loại hoàn thành tốt nhiệm vụ, "
       "cả năm", ST, THANH, "2021-12-31", "cả năm", C, (XDD,))])
doc("h6-13-cb-soctram-hoaloi-2021-kiemdiem.txt", "evaluation", "07-BC/CB", "2021-12-10", ST, 2021,
    (THANH, "Bí thư"), ["Đảng bộ xã Hòa Lợi", ST, DUHL], [L(THANH, "Bí thư", ST)],
    [P("Bảo hiểm y tế cho hộ đồng bào Khmer", ST, st=N, topics=(YT,), link=(F12, 1)),
     P("Kết nạp đảng viên", ST, st=C, topics=(XDD,), link=(F12, 4)),
     P("Đường đal từ chùa Sóc Tràm ra đường huyện", ST, st=C, topics=(GT, NTM), link=(F12, 2)),
     P("Phòng, chống dịch COVID-19, hỗ trợ người dân từ vùng dịch trở về", ST, st=C, topics=(YT,),
       link=None)])

# --- 14/15 Hội Cựu chiến binh xã Vĩnh Kim (Vĩnh Linh, Quảng Trị) 2017 --------------------
CCB, CCBH = "Hội Cựu chiến binh xã Vĩnh Kim", "Hội Cựu chiến binh huyện Vĩnh Linh"
F14 = "h6-14-hccb-vinhkim-2017-camket.txt"
LUONG = "Trần Đức Lượng"
doc(F14, "commitment", "02/CK-CCB", "2017-02-16", CCB, 2017, (LUONG, "Chủ tịch"),
    [CCBH, CCB, "Đảng ủy xã Vĩnh Kim", "Công an xã Vĩnh Kim"],
    [L(LUONG, "Chủ tịch", CCB), L("Hoàng Văn Nhị", "Phó Bí thư", "Đảng ủy xã Vĩnh Kim")],
    [P("Phát triển thêm 15 hội viên, nâng tổng số hội viên lên 312 người, trong Quý II/2017", CCB,
       LUONG, "2017-06-30", "trong Quý II/2017", C),
     P("Giúp 04 hội viên thoát nghèo, không còn hội viên ở nhà tạm, đến hết năm 2017", CCB, LUONG,
       "2017-12-31", "đến hết năm 2017", N, (GN,)),
     P("Phối hợp với Công an xã giữ gìn an ninh trật tự, 100% chi hội có tổ hòa giải ở cơ sở, trong "
       "6 tháng đầu năm", CCB, LUONG, "2017-06-30", "trong 6 tháng đầu năm", C, (QP,)),
     P("Duy trì mô hình \"Cựu chiến binh tự quản đường làng, ngõ xóm sáng - xanh - sạch - đẹp\" tại "
       "7/7 thôn, cả năm", CCB, LUONG, "2017-12-31", "cả năm", C, (MT, NTM))])
doc("h6-15-hccb-vinhkim-2017-tongket.docx", "evaluation", "09/BC-CCB", "2017-12-15", CCB, 2017,
    (LUONG, "Chủ tịch"), [CCBH, CCB], [L(LUONG, "Chủ tịch", CCB)],
    [P("Giảm nghèo trong hội viên", CCB, st=N, topics=(GN,), link=(F14, 2)),
     P("An ninh trật tự, hòa giải ở cơ sở", CCB, st=C, topics=(QP,), link=(F14, 3)),
     P("Mô hình tự quản đường làng, ngõ xóm", CCB, st=C, topics=(MT, NTM), link=(F14, 4)),
     P("Phát triển hội viên", CCB, st=C, link=(F14, 1)),
     P("Giúp dân khắc phục hậu quả bão số 10", CCB, st=C, link=None)])

# --- 16/17 Đảng ủy Trường Cao đẳng Kỹ thuật Cao Thắng 2023 (six-month commitment) --------
DUCT, CT = "Đảng ủy Trường Cao đẳng Kỹ thuật Cao Thắng", "Trường Cao đẳng Kỹ thuật Cao Thắng"
DUKDH = "Đảng ủy Khối Đại học, Cao đẳng Thành phố Hồ Chí Minh"
DOAN = "Đoàn Thanh niên Trường Cao đẳng Kỹ thuật Cao Thắng"
F16 = "h6-16-du-caothang-2023-camket.doc"
TUNG, NGOC, QUAN, VIET = "Phan Thanh Tùng", "Nguyễn Hoàng Bảo Ngọc", "Đỗ Minh Quân", "Trịnh Quốc Việt"
doc(F16, "commitment", "18-CK/ĐU", "2023-01-06", DUCT, 2023, (TUNG, "Bí thư"),
    ["Đảng bộ Khối Đại học, Cao đẳng Thành phố Hồ Chí Minh", DUCT, DUKDH, CT, DOAN],
    [L(TUNG, "Hiệu trưởng", CT), L(NGOC, "Phó Hiệu trưởng", CT), L(QUAN, "Phó Bí thư", DUCT),
     L(VIET, "Bí thư", DOAN), L("Hà Thị Minh Thư", "Phó Bí thư", DUKDH)],
    [P("Hoàn thành hồ sơ đăng ký kiểm định chất lượng 04 ngành, nghề trọng điểm cấp độ quốc gia",
       DUCT, TUNG, "2023-04-30", "Trước ngày 30/4/2023", C),
     P("Ký kết hợp tác đào tạo, thực tập với ít nhất 10 doanh nghiệp; 85% sinh viên tốt nghiệp có "
       "việc làm sau 6 tháng", DUCT, NGOC, "2023-03-31", "Quý I/2023", C),
     P("Triển khai phần mềm quản lý đào tạo và sổ điểm điện tử cho 100% lớp", DUCT, TUNG,
       "2023-06-30", "6 tháng đầu năm", N, (CDS,)),
     P("Mở lớp bồi dưỡng nhận thức về Đảng cho 120 sinh viên ưu tú; kết nạp 15 đảng viên là sinh "
       "viên", DUCT, QUAN, "2023-05-19", "Dịp 19/5/2023", N, (XDD,)),
     P("Tổ chức Chiến dịch tình nguyện \"Mùa hè xanh\" với 300 đoàn viên tham gia tại huyện Cần Giờ",
       DUCT, VIET, "2023-06-30", "Tháng 6/2023", IP)])
doc("h6-17-du-caothang-2023-soket.pdf", "evaluation", "52-BC/ĐU", "2023-07-03", DUCT, 2023,
    (QUAN, "Phó Bí thư"), ["Đảng bộ Khối Đại học, Cao đẳng Thành phố Hồ Chí Minh", DUCT],
    [L(QUAN, "Phó Bí thư", DUCT)],
    [P("Kiểm định chất lượng ngành, nghề trọng điểm", DUCT, st=C, link=(F16, 1)),
     P("Bồi dưỡng nhận thức về Đảng, kết nạp đảng viên sinh viên", DUCT, st=N, topics=(XDD,),
       link=(F16, 4)),
     P("Sổ điểm điện tử, phần mềm quản lý đào tạo", DUCT, st=N, topics=(CDS,), link=(F16, 3)),
     P("Chiến dịch \"Mùa hè xanh\"", DUCT, st=IP, link=(F16, 5)),
     P("Hợp tác với doanh nghiệp", DUCT, st=C, link=(F16, 2)),
     P("Hiến máu tình nguyện", DUCT, st=C, topics=(YT,), link=None)])

# --- 18/19 Chi bộ Tổ dân phố 7 (phường Đông Lương, Đông Hà) 2024; ward report ------------
TDP7, TDP4, DUDL = "Chi bộ Tổ dân phố 7", "Chi bộ Tổ dân phố 4", "Đảng ủy phường Đông Lương"
F18 = "h6-18-cb-tdp7-donglong-2024-camket.docx"
HA, BAY = "Trần Thị Thu Hà", "Ngô Văn Bảy"
doc(F18, "commitment", "02-CK/CB", "2024-01-12", TDP7, 2024, (BAY, "Bí thư"),
    ["Đảng bộ phường Đông Lương", TDP7, DUDL],
    [L(HA, "Phó Bí thư", TDP7), L(BAY, "Bí thư", TDP7), L("Lê Thị Mỹ Dung", "Phó Bí thư", DUDL)],
    [P("Vận động 100% hộ gia đình ký cam kết không xả rác ra đường, phân loại rác thải tại nguồn",
       TDP7, HA, "2024-03-31", "Quý I/2024", C, (MT,)),
     P("Cải tạo, nạo vét 320 m mương thoát nước nội tổ, chống ngập úng mùa mưa", TDP7, HA,
       "2024-08-31", "Tháng 8/2024", C, (MT,)),
     P("Không có người nghiện ma túy, không có tội phạm hình sự trên địa bàn tổ dân phố", TDP7, HA,
       "2024-12-31", "Cả năm", N, (QP,)),
     P("Kết nạp 01 đảng viên mới; Chi bộ đạt \"Trong sạch, vững mạnh\"", TDP7, BAY, "2024-12-31",
       "Trước 31/12/2024", U, (XDD,)),
     P("Hoàn thiện hồ sơ đề nghị công nhận Tổ dân phố văn minh đô thị", TDP7, BAY, "2024-12-31",
       "Tháng 12 năm 2024", IP, (VH,))])
doc("h6-19-du-donglong-2024-danhgia.txt", "evaluation", "86-BC/ĐU", "2024-12-20", DUDL, 2024,
    ("Phan Văn Thịnh", "Bí thư"),
    ["Đảng bộ thành phố Đông Hà", DUDL, TDP7, "UBND thành phố Đông Hà", TDP4],
    [L("Phan Văn Thịnh", "Bí thư", DUDL)],
    [P("Phân loại rác thải tại nguồn", TDP7, st=C, topics=(MT,), link=(F18, 1)),
     P("Mương thoát nước nội tổ", TDP7, st=C, topics=(MT,), link=(F18, 2)),
     P("An ninh trật tự trên địa bàn tổ", TDP7, st=N, topics=(QP,), link=(F18, 3)),
     P("Tổ dân phố văn minh đô thị", TDP7, st=IP, topics=(VH,), link=(F18, 5)),
     P("Bê tông hóa 150 m kiệt nội tổ", TDP4, st=C, topics=(GT,), link=None),
     P("Phòng, chống sốt xuất huyết", TDP4, st=C, topics=(YT,), link=None)])

# --- 20/21 Chi bộ Đại đội 1, Tiểu đoàn 3, Trung đoàn 842 (Quảng Trị) 2020 ----------------
DD1, DUTD3 = "Chi bộ Đại đội 1", "Đảng ủy Tiểu đoàn 3"
F20 = "h6-20-cb-dd1-tieudoan3-2020-camket.pdf"
DUNG, KIEN = "Hồ Sỹ Dũng", "Phan Văn Kiên"
doc(F20, "commitment", "01-CK/CB", "2020-01-06", DD1, 2020, (KIEN, "Bí thư"),
    ["Đảng bộ Tiểu đoàn 3", DD1, "Đảng ủy Trung đoàn 842", DUTD3],
    [L(DUNG, "Phó Bí thư", DD1), L(KIEN, "Bí thư", DD1), L("Lê Văn Cảnh", "Bí thư", DUTD3)],
    [P("100% quân số tham gia huấn luyện; kết quả kiểm tra bắn súng tiểu liên AK bài 1 đạt 100% yêu "
       "cầu, trong đó khá, giỏi trên 70%", DD1, DUNG, "2020-09-30", "Quý III/2020", C, (QP,)),
     P("Không có quân nhân vi phạm kỷ luật từ mức cảnh cáo trở lên; duy trì 12/12 tháng đơn vị đạt "
       "tiêu chuẩn chính quy", DD1, KIEN, "2020-12-31", "cả năm", U, (QP,)),
     P("Tăng gia sản xuất: trồng 500 m2 rau xanh, chăn nuôi bảo đảm 04 bữa ăn cải thiện/tháng", DD1,
       DUNG, "2020-06-30", "6 tháng đầu năm 2020", C, (NN,)),
     P("Bồi dưỡng 02 quần chúng ưu tú, kết nạp 01 đảng viên mới", DD1, KIEN, "2020-12-22",
       "trước ngày 22/12/2020", N, (XDD,))])
doc("h6-21-cb-dd1-tieudoan3-2020-baocao.docx", "evaluation", "12-BC/CB", "2020-12-18", DD1, 2020,
    (KIEN, "Bí thư"), ["Đảng bộ Tiểu đoàn 3", DD1], [L(KIEN, "Bí thư", DD1)],
    [P("Huấn luyện, kiểm tra bắn đạn thật", DD1, st=C, topics=(QP,), link=(F20, 1)),
     P("Tăng gia sản xuất", DD1, st=C, topics=(NN,), link=(F20, 3)),
     P("Kết nạp đảng viên", DD1, st=N, topics=(XDD,), link=(F20, 4)),
     P("Cứu hộ, cứu nạn trong đợt mưa lũ lịch sử tháng 10/2020 tại huyện Hải Lăng", DD1, st=C,
       topics=(QP,), link=None)])

# --- 22/23 Ủy ban MTTQ Việt Nam xã Hải Thượng (Hải Lăng, Quảng Trị) 2005 ------------------
MT5, MTH = "Ủy ban MTTQ Việt Nam xã Hải Thượng", "Ủy ban MTTQ Việt Nam huyện Hải Lăng"
DUHT = "Đảng ủy xã Hải Thượng"
F22 = "h6-22-mttq-haithuong-2005-camket.doc"
HOE, LAI = "Trương Văn Hòe", "Nguyễn Thị Lài"
doc(F22, "commitment", "03/CK-MT", "2005-02-25", MT5, 2005, (HOE, "Chủ tịch"), [MTH, MT5, DUHT],
    [L(HOE, "Chủ tịch", MT5), L(LAI, "Phó Chủ tịch", MT5), L("Lê Văn Đoàn", "Bí thư", DUHT)],
    [P("Vận động hộ gia đình đăng ký và đạt danh hiệu Gia đình văn hóa", MT5, HOE, "2005-12-31",
       "Tháng 12 năm 2005", C, (VH,)),
     P("Đề nghị công nhận thêm 02 làng văn hóa (thôn Lam Thủy, thôn Tân Trưởng)", MT5, HOE,
       "2005-12-31", "Quý IV/2005", N, (VH,)),
     P("Vận động Quỹ Vì người nghèo, xóa 05 nhà tạm cho hộ nghèo", MT5, LAI, "2005-10-17",
       "Trước ngày 17/10/2005", IP, (GN,)),
     P("Phối hợp hỗ trợ 15 hộ nghèo vay vốn phát triển chăn nuôi", MT5, LAI, "2005-06-30",
       "6 tháng đầu năm", U, (GN, NN))])
doc("h6-23-mttq-haithuong-2005-tongket.txt", "evaluation", "11/BC-MT", "2005-12-20", MT5, 2005,
    (HOE, "Chủ tịch"), [MTH, MT5, "UBND huyện Hải Lăng"], [L(HOE, "Chủ tịch", MT5)],
    [P("Gia đình văn hóa", MT5, st=C, topics=(VH,), link=(F22, 1)),
     P("Quỹ Vì người nghèo", MT5, st=IP, topics=(GN,), link=(F22, 3)),
     P("Làng văn hóa", MT5, st=N, topics=(VH,), link=(F22, 2)),
     P("Vận động nhân dân khắc phục hậu quả cơn bão số 7 (tháng 9/2005)", MT5, st=C, link=None)])

# --- 24 Đảng ủy Khối Doanh nghiệp tỉnh Bến Tre 2024: summary, unit column merged ----------
DUKBT = "Đảng ủy Khối Doanh nghiệp tỉnh Bến Tre"
CTN, DLBT = "Đảng ủy Công ty Cổ phần Cấp thoát nước Bến Tre", "Đảng ủy Công ty Điện lực Bến Tre"
XS = "Chi bộ Công ty Xổ số kiến thiết Bến Tre"
doc("h6-24-duk-dn-bentre-2024-tonghop.docx", "evaluation", "215-BC/ĐUK", "2024-12-27", DUKBT, 2024,
    ("Võ Thị Kiều Oanh", "Phó Bí thư"),
    ["Đảng bộ tỉnh Bến Tre", DUKBT, "Tỉnh ủy Bến Tre", CTN, DLBT, XS],
    [L("Võ Thị Kiều Oanh", "Phó Bí thư", DUKBT)],
    [P("Cấp nước sạch cho 6.500 hộ dân vùng xâm nhập mặn", CTN, st=C, topics=(NTM,), link=None),
     P("Giảm tỷ lệ thất thoát nước xuống dưới 20%", CTN, st=N, link=None),
     P("Cải tạo lưới điện hạ áp cho 03 xã cù lao của huyện Chợ Lách", DLBT, st=IP, link=None),
     P("Kết nạp 12 đảng viên mới", DLBT, st=C, topics=(XDD,), link=None),
     P("Nộp ngân sách 1.250 tỷ đồng", XS, st=C, topics=(TNS,), link=None),
     P("Số hóa 100% quy trình phát hành, trả thưởng vé số", XS, st=N, topics=(CDS,), link=None)])

# --- 25 Chi bộ thôn Khuổi Ky (Tày, xã Đàm Thủy, Cao Bằng) 2011 (docx in NFD) ------------
KK, SLAN = "Chi bộ thôn Khuổi Ky", "Nông Văn Slằn"
doc("h6-25-cb-khuoiky-damthuy-2011-camket.docx", "commitment", "02-CK/CB", "2011-03-10", KK, 2011,
    (SLAN, "Bí thư"), ["Đảng bộ xã Đàm Thủy", KK, "Đảng ủy xã Đàm Thủy"],
    [L("Hoàng Văn Pẻng", "Chi ủy viên", KK), L(SLAN, "Bí thư", KK), L("Nông Thị Lỳ", "Phó Bí thư", KK),
     L("Lục Văn Thắng", "Phó Bí thư", "Đảng ủy xã Đàm Thủy")],
    [P("Giữ gìn, bảo tồn 16 ngôi nhà sàn đá cổ của người Tày trong thôn, không để xây mới nhà bê "
       "tông làm mất cảnh quan", KK, "Hoàng Văn Pẻng", "2011-12-31", "cả năm", topics=(VH,)),
     P("Làm 1,2 km đường bê tông từ thôn ra đường tỉnh 206 theo phương châm Nhà nước và nhân dân "
       "cùng làm", KK, SLAN, None, "trước Tết Nguyên đán Nhâm Thìn", topics=(GT, NTM)),
     P("Trồng mới 5 ha hạt dẻ Trùng Khánh, hướng dẫn 30 hộ kỹ thuật chăm sóc, ghép cành", KK,
       "Nông Thị Lỳ", "2011-09-30", "Quý III/2011", topics=(NN,)),
     P("Chi bộ đạt trong sạch, vững mạnh; không có đảng viên vi phạm", KK, SLAN, "2011-12-31",
       "cuối năm 2011", topics=(XDD,))])

# --- 26 Chi bộ làng Kon K'Tu (Ba Na, xã Đăk Rơ Wa, Kon Tum) 2018 -------------------------
KKT, ADIN, HLIN = "Chi bộ làng Kon K'Tu", "A Đin", "Y Hlin"
doc("h6-26-cb-konktu-2018-camket.pdf", "commitment", "01-CK/CB", "2018-02-02", KKT, 2018,
    (ADIN, "Bí thư"), ["Đảng bộ xã Đăk Rơ Wa", KKT, "Đảng ủy xã Đăk Rơ Wa"],
    [L(HLIN, "Chi ủy viên", KKT), L(ADIN, "Bí thư", KKT), L("Lê Đình Khôi", "Bí thư", "Đảng ủy xã Đăk Rơ Wa")],
    [P("Vận động 100% trẻ em từ 6 đến 14 tuổi đến trường, không để học sinh bỏ học", KKT, HLIN,
       "2018-09-30", "Tháng 9/2018"),
     P("Giữ gìn nhà rông, tổ chức lễ mừng lúa mới của làng", KKT, ADIN, "2018-11-30",
       "Trước ngày 30/11/2018", topics=(VH,)),
     P("Làm 2 km đường bê tông nội làng, bà con góp ngày công", KKT, ADIN, "2018-12-31",
       "Quý IV năm 2018", topics=(GT, NTM)),
     P("Thu gom rác, đào 20 hố rác gia đình, không thả rông heo, bò", KKT, HLIN, "2018-05-31",
       "Trong tháng 5", topics=(MT,))])

# --- 27 Cục trưởng Cục Hải quan tỉnh Quảng Trị 2014 (individual, state layout) ------------
HQ, HIEU = "Cục Hải quan tỉnh Quảng Trị", "Văn Đình Hiếu"
doc("h6-27-hq-quangtri-2014-camketcanhan.pdf", "commitment", "85/CK-HQQT", "2014-01-15", HQ, 2014,
    (HIEU, "Cục trưởng"),
    ["Tổng cục Hải quan", HQ, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"],
    [L(HIEU, "Cục trưởng", HQ)],
    [P("Thu ngân sách nhà nước đạt 720 tỷ đồng, phấn đấu vượt 5% dự toán, đến hết năm 2014", HQ,
       HIEU, "2014-12-31", "đến hết năm 2014", topics=(TNS,)),
     P("Triển khai Hệ thống thông quan hàng hóa tự động VNACCS/VCIS tại 100% chi cục trực thuộc "
       "trong Quý II/2014", HQ, HIEU, "2014-06-30", "trong Quý II/2014", topics=(CCHC, CDS)),
     P("Kiểm tra sau thông quan tại 45 doanh nghiệp, truy thu tối thiểu 3 tỷ đồng, chậm nhất ngày "
       "15/11/2014", HQ, HIEU, "2014-11-15", "chậm nhất ngày 15/11/2014", topics=(TNS,)),
     P("Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh chống buôn lậu, gian lận thương mại qua cửa "
       "khẩu quốc tế Lao Bảo, cửa khẩu quốc tế La Lay; số vụ bắt giữ tăng 10% so với năm 2013", HQ,
       HIEU, topics=(QP,))])

# --- 28 Đảng ủy phường Đồng Hới (Quảng Trị, after the 2025 merger) 2026: quarter column ----
DUDH, UBDH = "Đảng ủy phường Đồng Hới", "UBND phường Đồng Hới"
NAM, HIEN, HUNG = "Hà Văn Nam", "Trương Thị Hiền", "Đinh Quốc Hưng"
doc("h6-28-du-donghoi-2026-camket.docx", "commitment", "15-CK/ĐU", "2026-01-16", DUDH, 2026,
    (HUNG, "Bí thư"),
    ["Đảng bộ tỉnh Quảng Trị", DUDH, UBDH, "Đảng bộ phường Đồng Hới", "Tỉnh ủy Quảng Trị"],
    [L(NAM, "Chủ tịch", UBDH), L(HIEN, "Phó Bí thư Thường trực", DUDH), L(HUNG, "Bí thư", DUDH)],
    [P("Hoàn thành bồi thường, bàn giao mặt bằng dự án kè chống sạt lở bờ biển Nhật Lệ", DUDH, NAM,
       "2026-03-31", "Quý I/2026", topics=(GPMB,)),
     P("Vận hành ổn định Trung tâm Phục vụ hành chính công phường; 100% hồ sơ thủ tục hành chính đủ "
       "điều kiện được giải quyết trực tuyến toàn trình", DUDH, NAM, "2026-06-30", "Quý II/2026",
       topics=(CCHC, CDS)),
     P("Kiện toàn 100% chi bộ tổ dân phố sau sắp xếp, bảo đảm mỗi tổ dân phố có 01 chi bộ", DUDH,
       HIEN, "2026-09-30", "Quý III/2026", topics=(XDD, TCBM)),
     P("Thu ngân sách nhà nước trên địa bàn đạt 350 tỷ đồng", DUDH, NAM, "2026-12-31",
       "Quý IV/2026", topics=(TNS,)),
     P("Không để xảy ra điểm nóng về an ninh, trật tự; giảm 10% số vụ tai nạn giao thông so với năm "
       "2025", DUDH, HUNG, "2026-12-31", "Cả năm", topics=(QP, GT))])

# --- 29 Đảng ủy xã Gio Mỹ (Gio Linh, Quảng Trị): a term commitment, nhiệm kỳ 2020-2025 ---
DUGM, THANH2, NA = "Đảng ủy xã Gio Mỹ", "Bùi Văn Thanh", "Trần Thị Na"
doc("h6-29-du-giomy-2020-camketnhiemky.txt", "commitment", "02-CK/ĐU", "2020-10-26", DUGM, 2020,
    (THANH2, "Bí thư"),
    ["Đảng bộ huyện Gio Linh", DUGM, "Đảng bộ xã Gio Mỹ", "Huyện ủy Gio Linh", "UBND xã Gio Mỹ"],
    [L(THANH2, "Bí thư", DUGM), L(NA, "Phó Bí thư", DUGM), L("Hồ Đắc Lợi", "Phó Bí thư", "Huyện ủy Gio Linh")],
    [P("Xã đạt chuẩn nông thôn mới nâng cao trong năm 2022", DUGM, NA, "2022-12-31",
       "trong năm 2022", topics=(NTM,)),
     P("Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm đến năm 2025", DUGM, NA,
       "2025-12-31", "đến năm 2025", topics=(NTM,)),
     P("Tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến hết năm 2023 còn dưới 2%", DUGM, THANH2,
       "2023-12-31", "đến hết năm 2023", topics=(GN,)),
     P("Kết nạp ít nhất 40 đảng viên mới trong nhiệm kỳ; hằng năm có trên 80% tổ chức cơ sở đảng "
       "hoàn thành tốt nhiệm vụ trở lên", DUGM, THANH2, None, "trong nhiệm kỳ", topics=(XDD,)),
     P("Hoàn thành dồn điền, đổi thửa 150 ha đất lúa tại các thôn Lễ Môn, Phước Thị, Quý IV/2021",
       DUGM, NA, "2021-12-31", "Quý IV/2021", topics=(NN, NTM))])

# --- 30 Đảng ủy Công ty Cà phê Khe Sanh (Hướng Hóa) 2003: quarterly report, cp1258 --------
CP, QUE = "Đảng ủy Công ty Cà phê Khe Sanh", "Hồ Văn Quế"
doc("h6-30-du-caphe-khesanh-2003-baocaoquy.txt", "evaluation", "14-BC/ĐU", "2003-10-06", CP, 2003,
    (QUE, "Bí thư"), ["Đảng bộ huyện Hướng Hóa", CP, "Huyện ủy Hướng Hóa"], [L(QUE, "Bí thư", CP)],
    [P("Chăm sóc, thu hoạch 420 ha cà phê chè", CP, st=IP, topics=(NN,), link=None),
     P("Trồng mới 50 ha cà phê tại xã Tân Liên", CP, st=C, topics=(NN,), link=None),
     P("Nộp ngân sách quý III", CP, st=N, topics=(TNS,), link=None),
     P("Kết nạp đảng viên", CP, st=C, topics=(XDD,), link=None)])
