"""Write the hand-made gold of bench/holdout7 (one compact entry per document).

Gold is written by hand here rather than as 30 JSON files so that the conventions
(README.md) are applied in one place; render.py fills `sha256` afterwards.
Run:  python bench/holdout7/src/make_gold.py  (then bench/render.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for gold_kit

from gold_kit import CCHC, CDS, GN, GPMB, GT, IP, MT, NN, NTM, QP, TCBM, TNS, VH, XDD, YT, C, L, N, P, U, gold_writer  # noqa: E402

TTDT = "thu_hut_dau_tu"
doc = gold_writer(Path(__file__).resolve().parent.parent)

# --- 01/02 Đảng ủy Công an xã Tà Xùa (Sơn La, after the 2025 merger) 2026 --------------
DUCA, CAX = "Đảng ủy Công an xã Tà Xùa", "Công an xã Tà Xùa"
DUCAT, DBCAT = "Đảng ủy Công an tỉnh Sơn La", "Đảng bộ Công an tỉnh Sơn La"
F01 = "h7-01-du-conganxa-taxua-2026-camket.docx"
DE, ANH, KHANH = "Mùa A Dế", "Lò Thị Ánh", "Hà Văn Khánh"
doc(F01, "commitment", "02-CK/ĐU", "2026-01-09", DUCA, 2026, (KHANH, "Bí thư"),
    [DBCAT, DUCA, DUCAT, "Đảng ủy xã Tà Xùa", CAX],
    [L(DE, "Phó Trưởng Công an", CAX), L(ANH, "Phó Trưởng Công an", CAX), L(KHANH, "Bí thư", DUCA),
     L("Cầm Văn Thuận", "Phó Bí thư", DUCAT)],
    [P("Triệt phá 100% tụ điểm mua bán, tàng trữ trái phép chất ma túy được phát hiện trên địa bàn "
       "18/18 bản", DUCA, DE, None, "Thường xuyên", IP, (QP,)),
     P("Hoàn thành thu thập, làm sạch dữ liệu dân cư và cấp căn cước cho 100% công dân đủ điều kiện "
       "trên địa bàn", DUCA, ANH, "2026-06-30", "Trước 30/6", N, (CCHC, CDS)),
     P("Tuyên truyền phòng, chống mua bán người, xuất cảnh trái phép tại 100% bản có đồng bào Mông "
       "sinh sống", DUCA, ANH, "2026-03-31", "Trong quý đầu năm", C, (QP,)),
     P("Củng cố 18/18 tổ bảo vệ an ninh, trật tự ở cơ sở hoạt động hiệu quả; không để xảy ra \"điểm "
       "nóng\" về an ninh nông thôn", DUCA, KHANH, "2026-12-31", "Cả năm 2026", U, (QP,), page=2),
     P("Kết nạp 02 đảng viên mới; 100% chi bộ trực thuộc hoàn thành tốt nhiệm vụ", DUCA, KHANH, None,
       "Theo kế hoạch của cấp trên", U, (XDD,), page=2)])
doc("h7-02-du-conganxa-taxua-2026-soket.txt", "evaluation", "41-BC/ĐU", "2026-07-06", DUCA, 2026,
    (ANH, "Phó Bí thư"), [DBCAT, DUCA, DUCAT], [L(ANH, "Phó Bí thư", DUCA)],
    [P("Tuyên truyền phòng, chống mua bán người", DUCA, st=C, topics=(QP,), link=(F01, 3)),
     P("Làm sạch dữ liệu dân cư, cấp căn cước", DUCA, st=N, topics=(CCHC, CDS), link=(F01, 2)),
     P("Đấu tranh với tội phạm ma túy", DUCA, st=IP, topics=(QP,), link=(F01, 1)),
     P("Phòng cháy, chữa cháy rừng mùa khô 2025 - 2026", DUCA, st=C, topics=(MT,), link=None)])

# --- 03/04 Tỉnh đoàn Gia Lai 2019 (a.1/b.2 numbering, group leader lines) ----------------
TDGL, TUGL = "Tỉnh đoàn Gia Lai", "Tỉnh ủy Gia Lai"
F03 = "h7-03-tinhdoan-gialai-2019-camket.pdf"
YEN, KHOI, LE = "Rơ Châm H'Yến", "Nguyễn Đình Khôi", "Trần Thị Mỹ Lệ"
doc(F03, "commitment", "215-CK/TĐTN-VP", "2019-01-21", TDGL, 2019, (LE, "Bí thư"), [TDGL, TUGL],
    [L(YEN, "Phó Bí thư", TDGL), L(KHOI, "Phó Bí thư", TDGL), L(LE, "Bí thư", TDGL),
     L("Đinh Văn Thuận", "Phó Bí thư Thường trực", TUGL)],
    [P("Kết nạp 4.500 đoàn viên mới, trong đó 30% là thanh niên người dân tộc thiểu số Jrai, Bahnar; "
       "hoàn thành trong Quý III/2019", TDGL, YEN, "2019-09-30", "trong Quý III/2019", C),
     P("Giới thiệu 350 đoàn viên ưu tú cho Đảng xem xét kết nạp, trước ngày 30/11/2019", TDGL, YEN,
       "2019-11-30", "trước ngày 30/11/2019", N, (XDD,)),
     P("Tổ chức Tháng Thanh niên với 15 công trình thanh niên cấp tỉnh, dịp 26/3/2019", TDGL, KHOI,
       "2019-03-26", "dịp 26/3/2019", C),
     P("Hỗ trợ 40 dự án khởi nghiệp của thanh niên vay vốn ưu đãi, tổng dư nợ 6 tỷ đồng, cả năm 2019",
       TDGL, KHOI, "2019-12-31", "cả năm 2019", U),
     P("Xây dựng 02 điểm trường mầm non cho làng khó khăn tại huyện Chư Păh bằng nguồn vận động xã "
       "hội hóa, trước khai giảng năm học 2019 - 2020", TDGL, KHOI, None,
       "trước khai giảng năm học 2019 - 2020", IP)])
doc("h7-04-tinhdoan-gialai-2019-tongket.docx", "evaluation", "398-BC/TĐTN-VP", "2019-12-18", TDGL,
    2019, (LE, "Bí thư"), [TDGL, TUGL], [L(LE, "Bí thư", TDGL)],
    [P("Tháng Thanh niên 2019", TDGL, st=C, link=(F03, 3)),
     P("Kết nạp đoàn viên mới", TDGL, st=C, link=(F03, 1)),
     P("Giới thiệu đoàn viên ưu tú cho Đảng", TDGL, st=N, topics=(XDD,), link=(F03, 2)),
     P("Điểm trường mầm non tại huyện Chư Păh", TDGL, st=IP, link=(F03, 5)),
     P("Hỗ trợ thanh niên khắc phục hậu quả hạn hán tại huyện Krông Pa", TDGL, st=C, topics=(NN,),
       link=None)])

# --- 05/06 Hội LHPN huyện Mỹ Đức (Hà Tây, before 2008) 2006 (cp1258, missing diacritics) --
PNMD, PNHT, HUMD = "Hội Liên hiệp Phụ nữ huyện Mỹ Đức", "Hội Liên hiệp Phụ nữ tỉnh Hà Tây", "Huyện ủy Mỹ Đức"
F05 = "h7-05-hlhpn-myduc-2006-camket.txt"
HANG = "Đỗ Thị Hằng"
doc(F05, "commitment", "07/CK-PN", "2006-02-16", PNMD, 2006, (HANG, "Chủ tịch"), [PNHT, PNMD, HUMD],
    [L(HANG, "Chủ tịch", PNMD), L("Nguyễn Hữu Dậu", "Phó Bí thư", HUMD)],
    [P("Phát triển thêm 600 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 85%, truoc 30/6", PNMD, HANG,
       "2006-06-30", "truoc 30/6", C),
     P("Phối hợp giải ngân 12 tỷ đồng vốn vay ưu đãi ủy thác cho 1.100 hộ nghèo và cận nghèo, trong "
       "năm 2006", PNMD, HANG, "2006-12-31", "trong năm 2006", C, (GN,)),
     P("Van dong 100% hoi vien thuc hien cuoc van dong \"5 khong 3 sach\", xay dung 14 chi hoi \"sach "
       "nha, sach bep, sach ngo\", thường xuyen", PNMD, HANG, None, "thường xuyen", U, (NTM,)),
     P("Tuyên truyền phòng chống bạo lực gia đình, phấn đấu giảm 50% số vụ so với năm 2005, hoan thanh "
       "trong quy IV/2006", PNMD, HANG, "2006-12-31", "trong quy IV/2006", N, (VH,)),
     P("Tổ chức Hội thi \"Phụ nữ với nghề truyền thống\" chào mừng 76 năm ngày thành lập Hội LHPN Việt "
       "Nam (20/10/1930 - 20/10/2006), tháng 10/2006", PNMD, HANG, "2006-10-31", "tháng 10/2006", N,
       (VH,))])
doc("h7-06-hlhpn-myduc-2006-tongket.doc", "evaluation", "52/BC-PN", "2006-12-15", PNMD, 2006,
    (HANG, "Chủ tịch"), [PNHT, PNMD, HUMD], [L(HANG, "Chủ tịch", PNMD)],
    [P("Giải ngân vốn vay ưu đãi", PNMD, st=C, topics=(GN,), link=(F05, 2)),
     P("Phát triển hội viên", PNMD, st=C, link=(F05, 1)),
     P("Phòng chống bạo lực gia đình", PNMD, st=N, topics=(VH,), link=(F05, 4)),
     P("Hội thi \"Phụ nữ với nghề truyền thống\"", PNMD, st=N, topics=(VH,), link=(F05, 5)),
     P("Phòng, chống dịch cúm gia cầm H5N1", PNMD, st=C, topics=(NN, YT), link=None)])

# --- 07/08 Hội Nông dân huyện Chợ Mới (An Giang) 2013 -----------------------------------
HNCM, HNAG, HUCM = "Hội Nông dân huyện Chợ Mới", "Hội Nông dân tỉnh An Giang", "Huyện ủy Chợ Mới"
F07 = "h7-07-hnd-chomoi-2013-camket.docx"
UT, BETU, NAM = "Trần Văn Út", "Nguyễn Thị Bé Tư", "Lê Hoàng Nam"
doc(F07, "commitment", "03-CK/HND", "2013-01-25", HNCM, 2013, (NAM, "Chủ tịch"),
    [HNAG, HNCM, HUCM, "UBND huyện Chợ Mới", "HĐND huyện Chợ Mới"],
    [L(UT, "Phó Chủ tịch", HNCM), L(BETU, "Phó Chủ tịch", HNCM), L(NAM, "Chủ tịch", HNCM),
     L("Võ Minh Quang", "Phó Bí thư", HUCM)],
    [P("Vận động 2.000 hộ nông dân áp dụng \"1 phải 5 giảm\" trong sản xuất lúa vụ Đông Xuân 2012 - "
       "2013", HNCM, UT, "2013-04-30", "Trước 30/4/2013", C, (NN,)),
     P("Thành lập mới 05 tổ hợp tác trồng rau an toàn tại các xã cù lao Long Điền A, Tấn Mỹ", HNCM,
       BETU, "2013-06-30", "Quý II/2013", N, (NN,)),
     P("Giới thiệu việc làm, dạy nghề cho 500 lao động nông thôn, trong đó 200 lao động được cấp chứng "
       "chỉ", HNCM, UT, "2013-12-31", "Trong năm 2013", IP, (GN,)),
     P("Tổ chức đối thoại giữa nông dân với Chủ tịch UBND huyện về giải quyết khiếu nại đất đai", HNCM,
       NAM, None, "Trước kỳ họp HĐND huyện cuối năm", U, (CCHC,)),
     P("Vận động làm 15 km đường giao thông nông thôn, 08 cầu bê tông theo phương châm \"Nhà nước và "
       "nhân dân cùng làm\"", HNCM, NAM, "2013-12-31", "Cả năm", C, (GT, NTM))])
doc("h7-08-hnd-chomoi-2013-tongket.txt", "evaluation", "41-BC/HND", "2013-12-20", HNCM, 2013,
    (NAM, "Chủ tịch"), [HNAG, HNCM, HUCM], [L(NAM, "Chủ tịch", HNCM)],
    [P("Ứng dụng \"1 phải 5 giảm\"", HNCM, st=C, topics=(NN,), link=(F07, 1)),
     P("Tổ hợp tác rau an toàn", HNCM, st=N, topics=(NN,), link=(F07, 2)),
     P("Dạy nghề, giới thiệu việc làm", HNCM, st=IP, topics=(GN,), link=(F07, 3)),
     P("Giao thông nông thôn", HNCM, st=C, topics=(GT, NTM), link=(F07, 5)),
     P("Hỗ trợ nông dân khắc phục sạt lở bờ sông Tiền tại xã Mỹ Hội Đông", HNCM, st=C, topics=(MT,),
       link=None)])

# --- 09/10/11 Đảng ủy Bệnh viện Đa khoa Trung ương Thái Nguyên 2017 ---------------------
DUBV, BV = "Đảng ủy Bệnh viện Đa khoa Trung ương Thái Nguyên", "Bệnh viện Đa khoa Trung ương Thái Nguyên"
DBKYT, DUKYT = "Đảng bộ Khối cơ sở Bộ Y tế", "Đảng ủy Khối cơ sở Bộ Y tế"
F09 = "h7-09-du-bvdktw-thainguyen-2017-camket.pdf"
CHIEN, HOA, DUC = "Nông Văn Chiến", "Lương Thị Hoa", "Hà Minh Đức"
doc(F09, "commitment", "04-CK/ĐU", "2017-02-10", DUBV, 2017, (DUC, "Bí thư"),
    [DBKYT, DUBV, "Đảng bộ Bệnh viện Đa khoa Trung ương Thái Nguyên", "Bộ Y tế", DUKYT, BV],
    [L(CHIEN, "Phó Giám đốc", BV), L(HOA, "Phó Giám đốc", BV), L(DUC, "Bí thư", DUBV),
     L("Phạm Quang Thiều", "Phó Bí thư", DUKYT)],
    [P("Triển khai kỹ thuật can thiệp tim mạch qua da và chạy thận nhân tạo cấp cứu cho người bệnh các "
       "tỉnh miền núi phía Bắc", DUBV, CHIEN, "2017-06-30", "Quý II/2017", C, (YT,)),
     P("Giảm thời gian chờ khám bệnh trung bình xuống dưới 60 phút; triển khai đặt lịch khám qua tổng "
       "đài và ứng dụng trên điện thoại", DUBV, HOA, "2017-06-30", "Trước 30/6/2017", C,
       (YT, CCHC, CDS)),
     P("Hoàn thành đề án thành lập Trung tâm Ung bướu, trình Bộ Y tế phê duyệt", DUBV, CHIEN,
       "2017-03-31", "Trong quý đầu năm", C, (YT, TCBM)),
     P("Nâng tỷ lệ hài lòng của người bệnh nội trú lên trên 90% theo khảo sát độc lập", DUBV, HOA,
       "2017-12-31", "Cả năm", C, (YT,), page=2),
     P("Kết nạp 20 đảng viên mới là bác sĩ, điều dưỡng trẻ; 100% chi bộ được xếp loại hoàn thành tốt "
       "nhiệm vụ trở lên", DUBV, DUC, "2017-12-31", "Tháng 12/2017", N, (XDD,), page=2)])
doc("h7-10-du-bvdktw-thainguyen-2017-soket.docx", "evaluation", "87-BC/ĐU", "2017-07-05", DUBV,
    2017, (HOA, "Phó Bí thư"), [DBKYT, DUBV, "Bộ Y tế"], [L(HOA, "Phó Bí thư", DUBV)],
    [P("Giảm thời gian chờ khám bệnh", DUBV, st=N, topics=(YT, CCHC, CDS), link=(F09, 2)),
     P("Đề án Trung tâm Ung bướu", DUBV, st=C, topics=(YT, TCBM), link=(F09, 3)),
     P("Can thiệp tim mạch và chạy thận cấp cứu", DUBV, st=IP, topics=(YT,), link=(F09, 1)),
     P("Phòng, chống dịch sốt xuất huyết", DUBV, st=C, topics=(YT,), link=None)])
doc("h7-11-du-bvdktw-thainguyen-2017-tongket.pdf", "evaluation", "152-BC/ĐU", "2017-12-22", DUBV,
    2017, (DUC, "Bí thư"), [DBKYT, DUBV], [L(DUC, "Bí thư", DUBV)],
    [P("Kỹ thuật can thiệp tim mạch, chạy thận cấp cứu", DUBV, st=C, topics=(YT,), link=(F09, 1)),
     P("Thời gian chờ khám bệnh", DUBV, st=C, topics=(YT, CCHC, CDS), link=(F09, 2)),
     P("Sự hài lòng của người bệnh nội trú", DUBV, st=C, topics=(YT,), link=(F09, 4)),
     P("Kết nạp đảng viên mới", DUBV, st=N, topics=(XDD,), link=(F09, 5))])

# --- 12/13 Chi bộ Trường PTDT nội trú huyện Đắk Glong (Đắk Nông) 2010, school year -------
CBDT, TRDT = ("Chi bộ Trường Phổ thông Dân tộc nội trú huyện Đắk Glong",
              "Trường Phổ thông Dân tộc nội trú huyện Đắk Glong")
DBDG, HUDG = "Đảng bộ huyện Đắk Glong", "Huyện ủy Đắk Glong"
F12 = "h7-12-cb-ptdtnt-dakglong-2010-camket.txt"
HEN, LICH = "Điểu Thị Hên", "Phạm Văn Lịch"
doc(F12, "commitment", "01-CK/CB", "2010-08-20", CBDT, 2010, (LICH, "Bí thư"),
    [DBDG, CBDT, HUDG, TRDT],
    [L(HEN, "Phó Hiệu trưởng", TRDT), L(LICH, "Bí thư", CBDT), L("Lê Trọng Yên", "Phó Bí thư", HUDG)],
    [P("Duy trì sĩ số học sinh 100%, không để học sinh người M'Nông, Mạ bỏ học, thường xuyên", CBDT,
       HEN, None, "thường xuyên", U),
     P("Tỷ lệ học sinh lên lớp đạt 97%, tốt nghiệp THCS đạt 100%, cuối năm học (tháng 5/2011)", CBDT,
       HEN, "2011-05-31", "cuối năm học (tháng 5/2011)", C),
     P("Hoàn thành hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia giai đoạn 2001 - 2010, trước ngày "
       "20/11/2010", CBDT, LICH, "2010-11-20", "trước ngày 20/11/2010", C),
     P("Bồi dưỡng, giới thiệu 02 giáo viên là người dân tộc thiểu số cho Đảng xem xét kết nạp, trong "
       "tháng 12/2010", CBDT, LICH, "2010-12-31", "trong tháng 12/2010", N, (XDD,))])
doc("h7-13-cb-ptdtnt-dakglong-2010-danhgia.docx", "evaluation", "06-BC/CB", "2011-05-25", CBDT, 2010,
    (LICH, "Bí thư"), [DBDG, CBDT, "Sở Giáo dục và Đào tạo tỉnh Đắk Nông"], [L(LICH, "Bí thư", CBDT)],
    [P("Tỷ lệ lên lớp, tốt nghiệp THCS", CBDT, st=C, link=(F12, 2)),
     P("Trường đạt chuẩn quốc gia", CBDT, st=C, link=(F12, 3)),
     P("Giới thiệu giáo viên dân tộc thiểu số vào Đảng", CBDT, st=N, topics=(XDD,), link=(F12, 4)),
     P("Phòng, chống ma túy học đường, giữ gìn an ninh trật tự trong trường", CBDT, st=C,
       topics=(QP,), link=None)])

# --- 14/15 Đảng ủy Chi nhánh NHCSXH tỉnh Điện Biên 2012 (1.1 items with "; thời hạn:") ---
DUNH, NH = ("Đảng ủy Chi nhánh Ngân hàng Chính sách xã hội tỉnh Điện Biên",
            "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Điện Biên")
DBKDB, DUKDB = "Đảng bộ Khối các cơ quan tỉnh Điện Biên", "Đảng ủy Khối các cơ quan tỉnh Điện Biên"
F14 = "h7-14-du-nhcsxh-dienbien-2012-camket.doc"
PIEN, XUAN, THANG = "Lò Văn Piên", "Tòng Thị Xuân", "Vì Văn Thắng"
doc(F14, "commitment", "09-CK/ĐU", "2012-03-06", DUNH, 2012, (THANG, "Bí thư"), [DBKDB, DUNH, DUKDB, NH],
    [L(PIEN, "Phó Giám đốc", NH), L(XUAN, "Phó Giám đốc", NH), L(THANG, "Bí thư", DUNH),
     L("Quàng Văn Hặc", "Phó Bí thư", DUKDB)],
    [P("Tăng trưởng dư nợ cho vay đạt 10% so với đầu năm (tương đương 265 tỷ đồng)", DUNH, PIEN,
       "2012-12-31", "31/12/2012", C, (GN,)),
     P("Giữ tỷ lệ nợ quá hạn dưới 0,8% tổng dư nợ, thu hồi 2,1 tỷ đồng nợ quá hạn phát sinh từ năm 2008 "
       "đến năm 2010", DUNH, PIEN, "2012-12-31", "6 tháng cuối năm", N),
     P("Đưa 100% Điểm giao dịch xã tại 112/112 xã, phường, thị trấn vào hoạt động cố định hằng tháng",
       DUNH, XUAN, "2012-03-31", "trong quý đầu năm", C, (GN,)),
     P("Kết nạp 03 đảng viên", DUNH, THANG, None, "theo kế hoạch của Đảng ủy Khối", C, (XDD,)),
     P("Tổ chức học tập Nghị quyết Trung ương 4 khóa XI \"Một số vấn đề cấp bách về xây dựng Đảng hiện "
       "nay\" đến 100% đảng viên", DUNH, THANG, "2012-04-30", "trước 30/4", U, (XDD,))])
doc("h7-15-du-nhcsxh-dienbien-2012-tongket.pdf", "evaluation", "57-BC/ĐU", "2012-12-24", DUNH, 2012,
    (XUAN, "Phó Bí thư"), [DBKDB, DUNH, DUKDB], [L(XUAN, "Phó Bí thư", DUNH)],
    [P("Dư nợ cho vay", DUNH, st=C, topics=(GN,), link=(F14, 1)),
     P("Nợ quá hạn", DUNH, st=N, link=(F14, 2)),
     P("Điểm giao dịch xã", DUNH, st=C, topics=(GN,), link=(F14, 3)),
     P("Kết nạp đảng viên", DUNH, st=C, topics=(XDD,), link=(F14, 4)),
     P("Cho vay khắc phục thiệt hại lũ quét tại huyện Mường Nhé tháng 7/2012", DUNH, st=C,
       topics=(GN,), link=None)])

# --- 16/17 Đảng ủy Đồn Biên phòng Sông Đốc (Cà Mau) 2024 (cp1258, I./1.1, III. assignment) --
DUDB, DBBP, DUBP = ("Đảng ủy Đồn Biên phòng Sông Đốc", "Đảng bộ Bộ đội Biên phòng tỉnh Cà Mau",
                    "Đảng ủy Bộ đội Biên phòng tỉnh Cà Mau")
F16 = "h7-16-du-dbp-songdoc-2024-camket.txt"
NHUT, TAM = "Lê Văn Nhứt", "Trương Minh Tâm"
doc(F16, "commitment", "01-CK/ĐU", "2024-01-05", DUDB, 2024, (TAM, "Bí thư"), [DBBP, DUDB, DUBP],
    [L(NHUT, "Phó Bí thư", DUDB), L(TAM, "Bí thư", DUDB), L("Huỳnh Thanh Liêm", "Phó Bí thư", DUBP)],
    [P("Ngăn chặn 100% tàu cá xuất phát từ cửa biển Sông Đốc vi phạm vùng biển nước ngoài, khai thác "
       "hải sản bất hợp pháp (IUU)", DUDB, NHUT, None, "thường xuyên", C, (QP,)),
     P("Kiểm soát 100% phương tiện ra, vào cửa biển qua hệ thống giám sát hành trình, 1.850/1.850 tàu "
       "cá có chiều dài từ 15 m trở lên lắp đặt thiết bị", DUDB, NHUT, "2024-06-30", "trước 30/6", IP,
       (QP, CDS)),
     P("Chủ trì, phối hợp đấu tranh, triệt phá ít nhất 03 đường dây buôn lậu xăng dầu trên biển", DUDB,
       NHUT, "2024-12-31", "cả năm 2024", N, (QP,)),
     P("Kết nạp 04 đảng viên; Đảng bộ được đánh giá hoàn thành tốt nhiệm vụ", DUDB, TAM, "2024-12-31",
       "tháng 12/2024", U, (XDD,)),
     P("Xây dựng mô hình \"Tàu thuyền an toàn, ngư dân thân thiện\" tại 02 khóm ven biển", DUDB, TAM,
       "2024-03-31", "trong quý đầu năm", C, (QP,))])
doc("h7-17-du-dbp-songdoc-2024-tongket.docx", "evaluation", "112-BC/ĐU", "2024-12-18", DUDB, 2024,
    (TAM, "Bí thư"), [DBBP, DUDB], [L(TAM, "Bí thư", DUDB)],
    [P("Chống khai thác IUU", DUDB, st=C, topics=(QP,), link=(F16, 1)),
     P("Đấu tranh với buôn lậu xăng dầu", DUDB, st=N, topics=(QP,), link=(F16, 3)),
     P("Giám sát hành trình tàu cá", DUDB, st=IP, topics=(QP, CDS), link=(F16, 2)),
     P("Mô hình \"Tàu thuyền an toàn, ngư dân thân thiện\"", DUDB, st=C, topics=(QP,), link=(F16, 5)),
     P("Tìm kiếm, cứu nạn ngư dân trên biển", DUDB, st=C, topics=(QP,), link=None)])

# --- 18/19 Đảng ủy Công ty CP Cấp nước Thừa Thiên Huế 2019 (after equitisation) ----------
DUCN, CTCN = "Đảng ủy Công ty Cổ phần Cấp nước Thừa Thiên Huế", "Công ty Cổ phần Cấp nước Thừa Thiên Huế"
DBKDN, DUKDN = "Đảng bộ Khối Doanh nghiệp tỉnh Thừa Thiên Huế", "Đảng ủy Khối Doanh nghiệp tỉnh Thừa Thiên Huế"
F18 = "h7-18-du-capnuoc-hue-2019-camket.docx"
CNAM, LINH, TINH = "Trương Công Nam", "Hồ Thị Mỹ Linh", "Nguyễn Văn Tịnh"
doc(F18, "commitment", "02-CK/ĐU", "2019-01-18", DUCN, 2019, (TINH, "Bí thư"),
    [DBKDN, DUCN, "Công ty TNHH Nhà nước MTV Xây dựng và Cấp nước Thừa Thiên Huế", CTCN, DUKDN,
     "HĐND tỉnh Thừa Thiên Huế"],
    [L(CNAM, "Tổng Giám đốc", CTCN), L(LINH, "Phó Tổng Giám đốc", CTCN), L(TINH, "Bí thư", DUCN),
     L("Phan Ngọc Thạch", "Phó Bí thư", DUKDN)],
    [P("Sản lượng nước sạch tiêu thụ", DUCN, CNAM, "2019-12-31", "Cả năm", C),
     P("Giảm tỷ lệ thất thoát nước sạch xuống dưới 12%", DUCN, LINH, "2019-09-30", "Trước 30/9/2019", N),
     P("Hoàn thành đầu tư mạng cấp nước cho 05 xã vùng cao huyện A Lưới", DUCN, LINH, None,
       "Hoàn thành trước kỳ họp HĐND tỉnh cuối năm", IP, (NTM,)),
     P("Đăng ký giao dịch cổ phiếu của Công ty trên thị trường UPCoM", DUCN, CNAM, "2019-03-31",
       "Trong quý đầu năm", U),
     P("Kiện toàn tổ chức đảng sau cổ phần hóa, thành lập 03 chi bộ trực thuộc mới", DUCN, TINH, None,
       "Theo kế hoạch của cấp trên", C, (XDD, TCBM))])
doc("h7-19-du-capnuoc-hue-2019-tongket.pdf", "evaluation", "68-BC/ĐU", "2019-12-27", DUCN, 2019,
    (LINH, "Phó Bí thư"), [DBKDN, DUCN], [L(LINH, "Phó Bí thư", DUCN)],
    [P("Sản lượng nước sạch tiêu thụ (triệu m3)", DUCN, st=C, link=(F18, 1)),
     P("Tỷ lệ thất thoát nước sạch (%)", DUCN, st=N, link=(F18, 2)),
     P("Mạng cấp nước 05 xã vùng cao A Lưới (xã)", DUCN, st=IP, topics=(NTM,), link=(F18, 3)),
     P("Thành lập chi bộ trực thuộc sau cổ phần hóa", DUCN, st=C, topics=(XDD, TCBM), link=(F18, 5)),
     P("Khắc phục sự cố vỡ tuyến ống D600 do mưa lũ tháng 11/2019", DUCN, st=C, link=None)])

# --- 20/21/30 Sở Kế hoạch và Đầu tư (Cần Thơ) 2022, 2023 --------------------------------
SKH, UBCT, TUCT, HDCT = ("Sở Kế hoạch và Đầu tư", "UBND thành phố Cần Thơ", "Thành ủy Cần Thơ",
                         "HĐND thành phố Cần Thơ")
F20 = "h7-20-skhdt-cantho-2022-camket.txt"
TUOI, DIEP, NHAN = "Lâm Văn Tươi", "Huỳnh Thị Ngọc Diệp", "Trần Quốc Nhân"
doc(F20, "commitment", "118/CK-SKHĐT", "2022-02-14", SKH, 2022, (TUOI, "Giám đốc"),
    [UBCT, SKH, TUCT, HDCT],
    [L(TUOI, "Giám đốc", SKH), L(DIEP, "Phó Giám đốc", SKH), L(NHAN, "Phó Bí thư", TUCT)],
    [P("Tham mưu UBND thành phố trình HĐND thành phố điều chỉnh kế hoạch đầu tư công trung hạn giai "
       "đoạn 2021 - 2025, hoàn thành trước kỳ họp thường lệ cuối năm của HĐND thành phố", SKH, TUOI,
       None, "trước kỳ họp thường lệ cuối năm của HĐND thành phố", U, (TNS,)),
     P("Thu hút ít nhất 05 dự án đầu tư ngoài ngân sách với tổng vốn đăng ký trên 5.000 tỷ đồng, trong "
       "năm 2022", SKH, DIEP, "2022-12-31", "trong năm 2022", C, (TTDT,)),
     P("Giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn năm 2022 được giao, đến hết ngày "
       "31/01/2023", SKH, TUOI, "2023-01-31", "đến hết ngày 31/01/2023", N, (TNS,)),
     P("Rút ngắn thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp xuống còn 02 ngày làm việc; 100% "
       "hồ sơ đăng ký doanh nghiệp qua mạng, trước 30/6", SKH, DIEP, "2022-06-30", "trước 30/6", C,
       (CCHC, CDS)),
     P("Hoàn thành lập Quy hoạch thành phố Cần Thơ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, trình "
       "cấp có thẩm quyền thẩm định, theo kế hoạch của cấp trên", SKH, TUOI, None,
       "theo kế hoạch của cấp trên", IP)])
doc("h7-21-skhdt-cantho-2022-danhgia.doc", "evaluation", "09/BC-SKHĐT", "2023-01-12", SKH, 2022,
    (DIEP, "Phó Giám đốc"), [UBCT, SKH, TUCT], [L(DIEP, "Phó Giám đốc", SKH)],
    [P("Thu hút đầu tư", SKH, st=C, topics=(TTDT,), link=(F20, 2)),
     P("Giải ngân vốn đầu tư công", SKH, st=N, topics=(TNS,), link=(F20, 3)),
     P("Đăng ký doanh nghiệp qua mạng", SKH, st=C, topics=(CCHC, CDS), link=(F20, 4)),
     P("Quy hoạch thành phố thời kỳ 2021 - 2030", SKH, st=IP, link=(F20, 5)),
     P("Hỗ trợ doanh nghiệp phục hồi sau đại dịch COVID-19", SKH, st=C, topics=(TTDT,), link=None)])
doc("h7-30-skhdt-cantho-2023-camket.doc", "commitment", "21/CK-SKHĐT", "2023-02-08", SKH, 2023,
    (TUOI, "Giám đốc"), [UBCT, SKH, TUCT, HDCT],
    [L(TUOI, "Giám đốc", SKH), L(DIEP, "Phó Giám đốc", SKH), L(NHAN, "Phó Bí thư", TUCT)],
    [P("Giải ngân vốn đầu tư công năm 2023 đạt trên 95% kế hoạch, khắc phục hạn chế năm 2022 (chỉ đạt "
       "91,4%)", SKH, TUOI, "2024-01-31", "31/01/2024", U, (TNS,)),
     P("Tham mưu trình HĐND thành phố điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
       SKH, TUOI, None, "Kỳ họp HĐND thành phố giữa năm 2023", U, (TNS,)),
     P("Tổ chức Hội nghị xúc tiến đầu tư thành phố Cần Thơ năm 2023", SKH, DIEP, "2023-06-30",
       "Quý II/2023", U, (TTDT,)),
     P("Công bố Quy hoạch thành phố Cần Thơ thời kỳ 2021 - 2030 sau khi được phê duyệt", SKH, TUOI,
       None, "Theo kế hoạch của cấp trên", U)])

# --- 22/23 Huyện ủy Hoài Đức (tỉnh Hà Tây) 1998 (cp1258, A.–E. items) --------------------
HUHD, TUHT, DBHT = "Huyện ủy Hoài Đức", "Tỉnh ủy Hà Tây", "Đảng bộ tỉnh Hà Tây"
F22 = "h7-22-hu-hoaiduc-1998-camket.txt"
KHUE = "Nguyễn Văn Khuê"
doc(F22, "commitment", "03-CK/HU", "1998-03-05", HUHD, 1998, (KHUE, "Bí thư"),
    [DBHT, HUHD, TUHT, "Bộ Chính trị"], [L(KHUE, "Bí thư", HUHD), L("Đỗ Đình Lâm", "Phó Bí thư", TUHT)],
    [P("Hoàn thành dồn điền đổi thửa ở 08/20 xã, gắn với quy hoạch vùng sản xuất rau an toàn, trước vụ "
       "Đông Xuân 1998 - 1999", HUHD, KHUE, None, "trước vụ Đông Xuân 1998 - 1999", N, (NN, NTM)),
     P("Thu ngân sách trên địa bàn đạt 24 tỷ đồng, trong đó thu thuế nông nghiệp đạt 100% kế hoạch, "
       "cuối năm 1998", HUHD, KHUE, "1998-12-31", "cuối năm 1998", C, (TNS,)),
     P("Giảm tỷ lệ hộ nghèo từ 9,5% xuống còn 7%; xóa 100% nhà tranh tre dột nát cho gia đình chính "
       "sách, trước ngày 27/7/1998", HUHD, KHUE, "1998-07-27", "trước ngày 27/7/1998", IP, (GN,)),
     P("Triển khai Quy chế dân chủ ở cơ sở theo Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị tại "
       "100% xã, thị trấn, trong Quý III/1998", HUHD, KHUE, "1998-09-30", "trong Quý III/1998", C,
       (XDD,)),
     P("Kết nạp 150 đảng viên mới, không có cơ sở đảng yếu kém, cả năm", HUHD, KHUE, "1998-12-31",
       "cả năm", U, (XDD,))])
doc("h7-23-hu-hoaiduc-1998-tongket.pdf", "evaluation", "96-BC/HU", "1998-12-22", HUHD, 1998,
    (KHUE, "Bí thư"), [DBHT, HUHD, TUHT], [L(KHUE, "Bí thư", HUHD)],
    [P("Thu ngân sách", HUHD, st=C, topics=(TNS,), link=(F22, 2)),
     P("Dồn điền đổi thửa", HUHD, st=N, topics=(NN, NTM), link=(F22, 1)),
     P("Quy chế dân chủ ở cơ sở", HUHD, st=C, topics=(XDD,), link=(F22, 4)),
     P("Xóa nhà tranh tre dột nát cho gia đình chính sách", HUHD, st=IP, topics=(GN,), link=(F22, 3)),
     P("Phòng, chống lụt bão, bảo vệ đê hữu sông Đáy mùa mưa lũ năm 1998", HUHD, st=C, topics=(QP,),
       link=None)])

# --- 24/25 Đảng ủy phường Cửa Nam (Hà Nội, after the 2025 merger) 2025 H2 ---------------
DUCN2, UBCN2 = "Đảng ủy phường Cửa Nam", "UBND phường Cửa Nam"
DBHN, TUHN, DBCN2 = "Đảng bộ thành phố Hà Nội", "Thành ủy Hà Nội", "Đảng bộ phường Cửa Nam"
F24 = "h7-24-du-cuanam-hanoi-2025-camket.txt"
NGUYET, HUNG = "Vũ Thị Minh Nguyệt", "Đặng Quốc Hưng"
doc(F24, "commitment", "05-CK/ĐU", "2025-07-15", DUCN2, 2025, (HUNG, "Bí thư"),
    [DBHN, DUCN2, TUHN, UBCN2, DBCN2],
    [L(NGUYET, "Phó Bí thư", DUCN2), L(HUNG, "Bí thư", DUCN2), L("Lưu Quang Thắng", "Phó Bí thư", TUHN)],
    [P("Hoàn thành bàn giao, tiếp nhận hồ sơ lưu trữ của 04 phường cũ, đưa Trung tâm Phục vụ hành chính "
       "công phường vận hành ổn định, trong tháng 8/2025", DUCN2, NGUYET, "2025-08-31",
       "trong tháng 8/2025", C, (TCBM, CCHC)),
     P("Giải tỏa, bàn giao mặt bằng khu vực phía Đông hồ Hoàn Kiếm theo tiến độ của Thành phố, trước "
       "30/9", DUCN2, NGUYET, "2025-09-30", "trước 30/9", C, (GPMB,)),
     P("Sắp xếp, kiện toàn 100% chi bộ tổ dân phố theo địa bàn mới, tổ chức thành công Đại hội Đảng bộ "
       "phường lần thứ I, nhiệm kỳ 2025 - 2030, theo kế hoạch của cấp trên", DUCN2, HUNG, None,
       "theo kế hoạch của cấp trên", C, (XDD, TCBM)),
     P("Thu ngân sách nhà nước trên địa bàn đạt 100% dự toán được giao sau điều chỉnh, cuối năm 2025",
       DUCN2, NGUYET, "2025-12-31", "cuối năm 2025", IP, (TNS,))])
doc("h7-25-du-cuanam-hanoi-2025-tongket.docx", "evaluation", "38-BC/ĐU", "2025-12-19", DUCN2, 2025,
    (HUNG, "Bí thư"), [DBHN, DUCN2, TUHN, UBCN2, DBCN2],
    [L(NGUYET, "Phó Bí thư", DUCN2), L(HUNG, "Bí thư", DUCN2)],
    [P("Bàn giao hồ sơ của 04 phường cũ, vận hành Trung tâm Phục vụ hành chính công", DUCN2, NGUYET,
       st=C, topics=(TCBM, CCHC), link=(F24, 1)),
     P("Đại hội Đảng bộ phường lần thứ I", DUCN2, HUNG, st=C, topics=(XDD, TCBM), link=(F24, 3)),
     P("Giải tỏa mặt bằng phía Đông hồ Hoàn Kiếm", DUCN2, NGUYET, st=C, topics=(GPMB,), link=(F24, 2)),
     P("Thu ngân sách nhà nước", DUCN2, NGUYET, st=IP, topics=(TNS,), link=(F24, 4)),
     P("Phục vụ Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9", DUCN2, HUNG, st=C,
       topics=(VH,), link=None)])

# --- 26 Ban Tổ chức Thành ủy Đà Nẵng 2023: summary across three mass organisations -------
BTC, TDDN = "Ban Tổ chức Thành ủy Đà Nẵng", "Thành đoàn Đà Nẵng"
PNDN, NDDN = "Hội Liên hiệp Phụ nữ thành phố Đà Nẵng", "Hội Nông dân thành phố Đà Nẵng"
BA = "Phan Thị Thu Ba"
doc("h7-26-btctu-danang-2023-tonghop.docx", "evaluation", "512-BC/BTCTU", "2023-12-26", BTC, 2023,
    (BA, "Phó Trưởng Ban"), ["Đảng bộ thành phố Đà Nẵng", BTC, "Thành ủy Đà Nẵng", TDDN, PNDN, NDDN],
    [L(BA, "Phó Trưởng Ban", BTC)],
    [P("Ra mắt 05 mô hình \"Thanh niên tự quản tuyến đường văn minh\"", TDDN, st=C, topics=(GT,),
       link=None),
     P("Hỗ trợ 100 thanh niên khởi nghiệp tiếp cận vốn vay", TDDN, st=N, link=None),
     P("Giảm 50 hộ nghèo do phụ nữ làm chủ hộ", PNDN, st=C, topics=(GN,), link=None),
     P("100% cơ sở Hội sử dụng phần mềm quản lý hội viên", PNDN, st=IP, topics=(CDS,), link=None),
     P("Xây dựng 02 sản phẩm OCOP 3 sao từ hợp tác xã của hội viên ở huyện Hòa Vang", NDDN, st=N,
       topics=(NN, NTM), link=None),
     P("Mở 12 lớp dạy nghề nông nghiệp cho hội viên", NDDN, st=C, topics=(NN,), link=None)])

# --- 27 Giám đốc Sở Nông nghiệp và Môi trường tỉnh An Giang 2026 (individual, after merger) --
SNN, TUAG = "Sở Nông nghiệp và Môi trường tỉnh An Giang", "Tỉnh ủy An Giang"
PHAT = "Lý Thành Phát"
doc("h7-27-snnmt-angiang-2026-camket.pdf", "commitment", "45/CK-SNNMT", "2026-01-20", SNN, 2026,
    (PHAT, "Giám đốc"), ["UBND tỉnh An Giang", SNN, TUAG, "HĐND tỉnh An Giang"],
    [L(PHAT, "Giám đốc", SNN), L("Danh Út Hiền", "Phó Bí thư", TUAG)],
    [P("Tham mưu UBND tỉnh trình HĐND tỉnh ban hành bảng giá đất áp dụng thống nhất trên địa bàn tỉnh "
       "sau hợp nhất, hoàn thành trước kỳ họp HĐND tỉnh cuối năm", SNN, PHAT, None,
       "trước kỳ họp HĐND tỉnh cuối năm", U),
     P("Hoàn thành chỉnh lý bản đồ địa chính cho 102/102 xã, phường, đặc khu sau sắp xếp, trong quý đầu "
       "năm", SNN, PHAT, "2026-03-31", "trong quý đầu năm", U, (TCBM,)),
     P("Duy trì 100% tàu cá có chiều dài từ 15 m trở lên lắp đặt và kết nối thiết bị giám sát hành "
       "trình, không để tàu cá vi phạm vùng biển nước ngoài, thường xuyên", SNN, PHAT, None,
       "thường xuyên", U, (NN,)),
     P("Xây dựng 60.000 ha vùng sản xuất lúa chất lượng cao, phát thải thấp theo Đề án 01 triệu ha, vụ "
       "Hè Thu 2026", SNN, PHAT, None, "vụ Hè Thu 2026", U, (NN, MT)),
     P("Giải quyết dứt điểm 100% hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng từ năm 2024 về "
       "trước, trước 30/6", SNN, PHAT, "2026-06-30", "trước 30/6", U, (CCHC,))])

# --- 28 Đảng ủy xã Đạ Tông (Đam Rông, Lâm Đồng) 2016 (utf-16, an item across a page break) --
DUDT = "Đảng ủy xã Đạ Tông"
LONG, TUAN, MUP = "Kơ Să Ha Lơng", "Đinh Văn Tuấn", "Cil Múp"
doc("h7-28-du-datong-damrong-2016-camket.txt", "commitment", "04-CK/ĐU", "2016-01-19", DUDT, 2016,
    (MUP, "Bí thư"),
    ["Đảng bộ huyện Đam Rông", DUDT, "Đảng bộ xã Đạ Tông", "Huyện ủy Đam Rông", "UBND xã Đạ Tông"],
    [L(LONG, "Phó Chủ tịch", "UBND xã Đạ Tông"), L(TUAN, "Phó Bí thư Thường trực", DUDT),
     L(MUP, "Bí thư", DUDT), L("Nguyễn Văn Lộc", "Phó Bí thư", "Huyện ủy Đam Rông")],
    [P("Trồng mới 120 ha cà phê chè và ghép cải tạo 80 ha cà phê già cỗi cho đồng bào Cơ Ho, Mnông",
       DUDT, LONG, "2016-12-31", "trong năm 2016", U, (NN,)),
     P("Giao khoán bảo vệ 4.500 ha rừng cho 300 hộ đồng bào dân tộc thiểu số tại chỗ, không để xảy ra "
       "phá rừng trái phép", DUDT, LONG, None, "thường xuyên", U, (MT,)),
     P("Hoàn thành tiêu chí số 2 về giao thông trong Bộ tiêu chí quốc gia về nông thôn mới, bê tông hóa "
       "6,5 km đường liên thôn từ thôn Liêng Trang đến thôn Đạ Nhar", DUDT, TUAN, "2016-11-30",
       "trước 30/11/2016", U, (GT, NTM)),
     P("Kết nạp 05 đảng viên là người đồng bào dân tộc thiểu số tại chỗ", DUDT, MUP, "2016-12-31",
       "tháng 12/2016", U, (XDD,), page=2)])

# --- 29 Đảng ủy xã Nhơn Nghĩa (huyện Châu Thành, tỉnh Cần Thơ) 2001: commitment not in set --
DUNN = "Đảng ủy xã Nhơn Nghĩa"
doc("h7-29-du-nhonnghia-chauthanh-2001-tongket.pdf", "evaluation", "27-BC/ĐU", "2001-12-24", DUNN,
    2001, ("Trương Văn Sáu", "Bí thư"), ["Đảng bộ huyện Châu Thành", DUNN, "Huyện ủy Châu Thành"],
    [L("Trương Văn Sáu", "Bí thư", DUNN)],
    [P("Chuyển đổi cơ cấu cây trồng", DUNN, st=N, topics=(NN,), link=None),
     P("Nạo vét kênh thủy lợi nội đồng", DUNN, st=C, topics=(NN,), link=None),
     P("Đưa hộ dân vào cụm, tuyến dân cư vượt lũ", DUNN, st=N, link=None),
     P("Kết nạp đảng viên", DUNN, st=C, topics=(XDD,), link=None),
     P("Phổ cập giáo dục trung học cơ sở", DUNN, st=IP, link=None),
     P("Phòng, chống lũ năm 2001", DUNN, st=C, topics=(QP,), link=None)])
