"""Write the hand-made gold of bench/holdout5 (one compact entry per document).

Gold is written by hand here rather than as 32 JSON files so that the conventions
(README.md) are applied in one place; render.py fills `sha256` afterwards.
Run:  python bench/holdout5/src/make_gold.py  (then bench/render.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for gold_kit

from gold_kit import CCHC, CDS, GN, GPMB, GT, IP, MT, NN, NTM, QP, TCBM, TNS, VH, XDD, YT, C, L, N, P, U, gold_writer  # noqa: E402

doc = gold_writer(Path(__file__).resolve().parent.parent)

# --- 01/02/03 Ban Tuyên giáo Tỉnh ủy Quảng Nam 2019: commitment, mid-year, year end ---
BTG, TUQN = "Ban Tuyên giáo Tỉnh ủy Quảng Nam", "Tỉnh ủy Quảng Nam"
F01 = "h5-01-btg-quangnam-2019-camket.docx"
OANH, THAI, LAN = "Phan Thị Kim Oanh", "Lê Văn Thái", "Nguyễn Thị Thu Lan"
doc(F01, "commitment", "12-CK/BTGTU", "2019-01-21", BTG, 2019, (LAN, "Trưởng Ban"),
    [TUQN, BTG, "Công an tỉnh Quảng Nam", "Sở Văn hóa, Thể thao và Du lịch", "Báo Quảng Nam"],
    [L(OANH, "Phó Trưởng Ban", BTG), L(THAI, "Phó Trưởng Ban", BTG), L(LAN, "Trưởng Ban", BTG),
     L("Trần Đình Khoa", "Phó Bí thư Thường trực", TUQN)],
    [P("Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học "
       "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", BTG, OANH, "2019-06-30",
       "Quý II/2019", C, (XDD,)),
     P("Tổ chức Hội thi báo cáo viên giỏi cấp tỉnh năm 2019", BTG, THAI, "2019-08-31",
       "Tháng 8/2019", C, (XDD,)),
     P("Định hướng thông tin, xử lý 100% thông tin xấu, độc trên mạng xã hội liên quan đến tỉnh "
       "trong vòng 24 giờ", BTG, THAI, None, "Thường xuyên", IP, (QP,)),
     P("Khảo sát tình hình tư tưởng của cán bộ, đảng viên và nhân dân tại 09 huyện miền núi, báo "
       "cáo Ban Thường vụ Tỉnh ủy", BTG, LAN, "2019-10-30", "Trước ngày 30/10/2019", C, (XDD,)),
     P("Biên soạn, phát hành 2.000 cuốn sách ảnh kỷ niệm 22 năm tái lập tỉnh (1997-2019)", BTG,
       LAN, "2019-12-31", "Quý IV/2019", N, (VH,))])
doc("h5-02-btg-quangnam-2019-soket.pdf", "evaluation", "45-BC/BTGTU", "2019-07-08", BTG, 2019,
    (OANH, "Phó Trưởng Ban"), [TUQN, BTG], [L(OANH, "Phó Trưởng Ban", BTG)],
    [P("Sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW", BTG, st=C, topics=(XDD,), link=(F01, 1)),
     P("Xử lý thông tin xấu, độc trên mạng xã hội", BTG, st=IP, topics=(QP,), link=(F01, 3)),
     P("Hội thi báo cáo viên giỏi cấp tỉnh", BTG, st=IP, topics=(XDD,), link=(F01, 2)),
     P("Sách ảnh kỷ niệm ngày tái lập tỉnh", BTG, st=IP, topics=(VH,), link=(F01, 5)),
     P("Tuyên truyền phòng, chống bệnh dịch tả lợn châu Phi", BTG, st=C, topics=(NN,),
       link=None)])
doc("h5-03-btg-quangnam-2019-tongket.txt", "evaluation", "102-BC/BTGTU", "2019-12-20", BTG, 2019,
    (LAN, "Trưởng Ban"), [TUQN, BTG], [L(LAN, "Trưởng Ban", BTG)],
    [P("Khảo sát tình hình tư tưởng tại các huyện miền núi", BTG, st=C, topics=(XDD,),
       link=(F01, 4)),
     P("Sách ảnh kỷ niệm ngày tái lập tỉnh", BTG, st=N, topics=(VH,), link=(F01, 5)),
     P("Xử lý thông tin xấu, độc trên không gian mạng", BTG, st=IP, topics=(QP,), link=(F01, 3)),
     P("Hội thi báo cáo viên giỏi cấp tỉnh", BTG, st=C, topics=(XDD,), link=(F01, 2)),
     P("Sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW", BTG, st=C, topics=(XDD,), link=(F01, 1)),
     P("Tuyên truyền phòng, chống bệnh dịch tả lợn châu Phi", BTG, st=C, topics=(NN,),
       link=None)])

# --- 04/05 Giám đốc Sở Y tế tỉnh Lâm Đồng 2021: personal commitment, report ------------
SYT, UBLD = "Sở Y tế tỉnh Lâm Đồng", "UBND tỉnh Lâm Đồng"
BVLD, TULD = "Bệnh viện Đa khoa tỉnh Lâm Đồng", "Tỉnh ủy Lâm Đồng"
F04 = "h5-04-gdsyt-lamdong-2021-camketcanhan.pdf"
TRI = "Võ Minh Trí"
doc(F04, "commitment", "25/CK-SYT", "2021-01-18", SYT, 2021, (TRI, "Giám đốc"),
    [UBLD, SYT, TULD, BVLD, "HĐND tỉnh Lâm Đồng"],
    [L(TRI, "Giám đốc", SYT), L("Đinh Quang Vũ", "Chủ tịch", UBLD)],
    [P("Không để dịch COVID-19 lây lan trong cơ sở khám bệnh, chữa bệnh; 100% bệnh viện công lập "
       "đạt tiêu chí bệnh viện an toàn phòng, chống dịch trong Quý I/2021", SYT, TRI,
       "2021-03-31", "trong Quý I/2021", C, (YT,)),
     P("Giảm tỷ lệ mắc sốt xuất huyết xuống dưới 50 ca/100.000 dân trong năm 2021", SYT, TRI,
       "2021-12-31", "trong năm 2021", C, (YT,)),
     P("Đưa Khoa Ung bướu của Bệnh viện Đa khoa tỉnh Lâm Đồng vào hoạt động, thực hiện được kỹ "
       "thuật xạ trị bằng máy gia tốc trước ngày 30/9/2021", SYT, TRI, "2021-09-30",
       "trước ngày 30/9/2021", N, (YT,)),
     P("Nâng tỷ lệ bao phủ bảo hiểm y tế đạt 92,5% dân số theo Nghị quyết số 19/NQ-HĐND ngày "
       "10/12/2020 của HĐND tỉnh, hoàn thành hết năm 2021", SYT, TRI, "2021-12-31",
       "hết năm 2021", IP, (YT,)),
     P("Triển khai hồ sơ sức khỏe điện tử cho 80% người dân tại 12/12 huyện, thành phố trong 6 "
       "tháng cuối năm 2021", SYT, TRI, "2021-12-31", "trong 6 tháng cuối năm 2021", U,
       (YT, CDS))])
doc("h5-05-syt-lamdong-2021-danhgia.doc", "evaluation", "412/BC-SYT", "2021-12-24", SYT, 2021,
    (TRI, "Giám đốc"), [UBLD, SYT, TULD, BVLD], [L(TRI, "Giám đốc", SYT)],
    [P("Đầu tư, đưa vào sử dụng máy xạ trị gia tốc tại Bệnh viện Đa khoa tỉnh", SYT, st=N,
       topics=(YT,), link=(F04, 3)),
     P("Bảo hiểm y tế toàn dân", SYT, st=IP, topics=(YT,), link=(F04, 4)),
     P("Phòng, chống dịch COVID-19 trong cơ sở khám bệnh, chữa bệnh", SYT, st=C, topics=(YT,),
       link=(F04, 1)),
     P("Phòng, chống sốt xuất huyết", SYT, st=C, topics=(YT,), link=(F04, 2)),
     P("Tiêm vắc xin phòng COVID-19", SYT, st=C, topics=(YT,), link=None)])

# --- 06/07/08 two cells of Đảng bộ huyện Can Lộc (Hà Tĩnh) 2018, one report judging both --
DBCL, HUCL = "Đảng bộ huyện Can Lộc", "Huyện ủy Can Lộc"
TTYT, THPT = "Chi bộ Trung tâm Y tế huyện Can Lộc", "Chi bộ Trường THPT Can Lộc"
F06, F07 = "h5-06-cb-ttyt-canloc-2018-camket.txt", "h5-07-cb-thpt-canloc-2018-camket.docx"
THANG, TOAN, NGHIA = "Phan Đình Thắng", "Hồ Sỹ Toàn", "Trần Hữu Nghĩa"
doc(F06, "commitment", "02-CK/CB", "2018-02-09", TTYT, 2018, (THANG, "Bí thư"),
    [DBCL, TTYT, HUCL, "Trung tâm Y tế huyện Can Lộc"],
    [L(THANG, "Bí thư", TTYT), L(TOAN, "Phó Bí thư", HUCL)],
    [P("Duy trì 23/23 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã trong năm 2018", TTYT,
       THANG, "2018-12-31", "trong năm 2018", C, (YT,)),
     P("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt từ 97% trở lên, hoàn "
       "thành Quý IV", TTYT, THANG, "2018-12-31", "Quý IV", N, (YT,)),
     P("Triển khai phần mềm quản lý trạm y tế xã tại 100% trạm y tế trước ngày 30/6/2018", TTYT,
       THANG, "2018-06-30", "trước ngày 30/6/2018", C, (YT, CDS)),
     P("Kết nạp 02 quần chúng ưu tú là bác sĩ trẻ vào Đảng; không có đảng viên vi phạm y đức",
       TTYT, THANG, st=U, topics=(XDD,))])
doc(F07, "commitment", "03-CK/CB", "2018-02-12", THPT, 2018, (NGHIA, "Bí thư"),
    [DBCL, THPT, HUCL, "Trường THPT Can Lộc"],
    [L(NGHIA, "Hiệu trưởng", "Trường THPT Can Lộc"),
     L("Nguyễn Thị Hà", "Phó Hiệu trưởng", "Trường THPT Can Lộc"),
     L("Lê Văn Tường", "Phó Bí thư", THPT), L(TOAN, "Phó Bí thư", HUCL)],
    [P("Nâng cao tỷ lệ học sinh lớp 12 đỗ tốt nghiệp THPT", THPT, NGHIA, "2018-06-30",
       "Kỳ thi tháng 6/2018", C),
     P("Có học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh các môn văn hóa lớp 12", THPT,
       "Nguyễn Thị Hà", "2018-03-31", "Tháng 3/2018", C),
     P("Xây dựng trường đạt chuẩn quốc gia mức độ 2", THPT, NGHIA, "2018-11-20",
       "Trước ngày 20/11/2018", IP),
     P("Phát triển đảng viên trong học sinh lớp 12", THPT, "Lê Văn Tường", "2018-05-19",
       "Trước ngày 19/5/2018", N, (XDD,))])
doc("h5-08-hu-canloc-2018-danhgia.docx", "evaluation", "118-BC/HU", "2018-12-27", HUCL, 2018,
    (TOAN, "Phó Bí thư"),
    ["Đảng bộ tỉnh Hà Tĩnh", HUCL, TTYT, THPT, "Sở Giáo dục và Đào tạo"],
    [L(TOAN, "Phó Bí thư", HUCL)],
    [P("Giữ chuẩn quốc gia về y tế xã", TTYT, st=C, topics=(YT,), link=(F06, 1)),
     P("Ứng dụng phần mềm quản lý trạm y tế", TTYT, st=C, topics=(YT, CDS), link=(F06, 3)),
     P("Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", TTYT, st=N, topics=(YT,), link=(F06, 2)),
     P("Phòng, chống dịch sốt xuất huyết mùa mưa", TTYT, st=C, topics=(YT,), link=None),
     P("Tỷ lệ tốt nghiệp THPT", THPT, st=C, link=(F07, 1)),
     P("Học sinh giỏi cấp tỉnh", THPT, st=C, link=(F07, 2)),
     P("Trường chuẩn quốc gia mức độ 2", THPT, st=IP, link=(F07, 3)),
     P("Kết nạp đảng viên là học sinh", THPT, st=N, topics=(XDD,), link=(F07, 4))])

# --- 09/10 Đảng ủy Công an tỉnh Bắc Giang 2023 -----------------------------------------
CABG, CATBG, TUBG = "Đảng ủy Công an tỉnh Bắc Giang", "Công an tỉnh Bắc Giang", "Tỉnh ủy Bắc Giang"
F09 = "h5-09-du-conganbacgiang-2023-camket.docx"
HIEN, DINH = "Ngô Quang Hiển", "Lương Văn Định"
doc(F09, "commitment", "15-CK/ĐU", "2023-02-13", CABG, 2023, (HIEN, "Bí thư"),
    ["Đảng bộ tỉnh Bắc Giang", CABG, CATBG, TUBG],
    [L(HIEN, "Bí thư", CABG), L(DINH, "Phó Giám đốc", CATBG), L("Mai Sơn Tùng", "Phó Bí thư", TUBG)],
    [P("Kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với năm 2022; tỷ lệ điều tra, khám phá án "
       "đạt trên 80%, án rất nghiêm trọng, đặc biệt nghiêm trọng đạt trên 95%", CABG, HIEN,
       "2023-12-31", "cả năm 2023", C, (QP,)),
     P("Hoàn thành cấp căn cước công dân gắn chip cho 100% công dân đủ điều kiện và kích hoạt "
       "1.200.000 tài khoản định danh điện tử mức độ 2, trước ngày 30/6/2023", CABG, DINH,
       "2023-06-30", "trước ngày 30/6/2023", C, (CCHC, CDS)),
     P("Bố trí trụ sở làm việc độc lập cho 100% Công an xã, thị trấn, hoàn thành Quý III/2023",
       CABG, DINH, "2023-09-30", "Quý III/2023", IP, (QP,)),
     P("Không để xảy ra cháy, nổ gây thiệt hại nghiêm trọng tại các khu công nghiệp Quang Châu, "
       "Vân Trung, Đình Trám; kiểm tra 100% cơ sở thuộc diện quản lý về phòng cháy, chữa cháy "
       "trong năm", CABG, HIEN, "2023-12-31", "trong năm", C, (QP,)),
     P("Thường xuyên gặp gỡ, đối thoại với nhân dân; giải quyết dứt điểm 100% đơn thư khiếu nại, "
       "tố cáo thuộc thẩm quyền", CABG, HIEN)])
doc("h5-10-du-conganbacgiang-2023-tongket.pdf", "evaluation", "96-BC/ĐU", "2023-12-22", CABG,
    2023, (HIEN, "Bí thư"), ["Đảng bộ tỉnh Bắc Giang", CABG, TUBG], [L(HIEN, "Bí thư", CABG)],
    [P("Cấp căn cước công dân và tài khoản định danh điện tử", CABG, st=C, topics=(CCHC, CDS),
       link=(F09, 2)),
     P("Phòng cháy, chữa cháy tại các khu công nghiệp", CABG, st=C, topics=(QP,), link=(F09, 4)),
     P("Kiềm chế tội phạm hình sự", CABG, st=C, topics=(QP,), link=(F09, 1)),
     P("Trụ sở Công an xã, thị trấn", CABG, st=IP, topics=(QP,), link=(F09, 3)),
     P("Bảo đảm an ninh, trật tự dịp Lễ hội Xuân Tây Yên Tử", CABG, st=C, topics=(QP,),
       link=None)])

# --- 11/12 Chi bộ buôn Kô Tam (xã Ea Tu, Đắk Lắk) 2024 ---------------------------------
KT, DUET = "Chi bộ buôn Kô Tam", "Đảng ủy xã Ea Tu"
F11 = "h5-11-cb-kotam-2024-camket.txt"
YP, HL = "Y Phăng Niê", "H'Lan Byă"
doc(F11, "commitment", "01-CK/CB", "2024-01-22", KT, 2024, (HL, "Bí thư"),
    ["Đảng bộ xã Ea Tu", KT, DUET],
    [L(YP, "Phó Bí thư", KT), L(HL, "Bí thư", KT), L("Trần Quang Vinh", "Phó Bí thư", DUET)],
    [P("Giảm 03 hộ nghèo, 02 hộ cận nghèo; hỗ trợ 01 hộ đồng bào Ê Đê làm mới nhà ở, hoàn thành "
       "trước ngày 30/9/2024", KT, YP, "2024-09-30", "trước ngày 30/9/2024", C, (GN,)),
     P("Bê tông hóa 450 m đường nội buôn nhánh số 3, nhân dân đóng góp 30% kinh phí, trong Quý "
       "III/2024", KT, YP, "2024-09-30", "trong Quý III/2024", IP, (GT, NTM)),
     P("Mở lớp dạy chữ Ê Đê và đánh chiêng cho 30 thanh thiếu niên, hoàn thành trước ngày "
       "31/8/2024", KT, HL, "2024-08-31", "trước ngày 31/8/2024", U, (VH,)),
     P("Không có người sử dụng, mua bán trái phép chất ma túy; không để xảy ra tụ tập gây rối trật "
       "tự trong buôn", KT, HL, st=N, topics=(QP,))])
doc("h5-12-cb-kotam-2024-danhgia.txt", "evaluation", "05-BC/CB", "2024-12-10", KT, 2024,
    (HL, "Bí thư"), ["Đảng bộ xã Ea Tu", KT, DUET, "Công an xã Ea Tu"], [L(HL, "Bí thư", KT)],
    [P("Phòng, chống ma túy, giữ gìn trật tự trong buôn", KT, st=N, topics=(QP,), link=(F11, 4)),
     P("Giảm nghèo, làm nhà cho hộ khó khăn", KT, st=C, topics=(GN,), link=(F11, 1)),
     P("Đường bê tông nội buôn nhánh số 3", KT, st=IP, topics=(GT, NTM), link=(F11, 2)),
     P("Phòng, chống sốt xuất huyết, tay chân miệng", KT, st=C, topics=(YT,), link=None)])

# --- 13/14 Hiệu trưởng Trường Tiểu học Kim Đồng (Pleiku) 2015 ---------------------------
KD, PGD = "Trường Tiểu học Kim Đồng", "Phòng Giáo dục và Đào tạo thành phố Pleiku"
F13 = "h5-13-th-kimdong-2015-camketcanhan.docx"
LINH = "Đoàn Thị Mỹ Linh"
doc(F13, "commitment", "08/CK-THKĐ", "2015-01-20", KD, 2015, (LINH, "Hiệu trưởng"),
    [PGD, KD, "Chi bộ Trường Tiểu học Kim Đồng"],
    [L(LINH, "Hiệu trưởng", KD), L("Lê Đình Khải", "Trưởng phòng", PGD)],
    [P("Duy trì 100% học sinh hoàn thành chương trình lớp học, không có học sinh bỏ học, đến cuối "
       "năm học 2014-2015", KD, LINH, "2015-05-31", "đến cuối năm học 2014-2015", C),
     P("Tổ chức dạy học 2 buổi/ngày cho 100% lớp từ học kỳ I năm học 2015-2016", KD, LINH, st=IP),
     P("Xây dựng thư viện thân thiện đạt chuẩn, đưa vào sử dụng trước ngày 05/9/2015", KD, LINH,
       "2015-09-05", "trước ngày 05/9/2015", N),
     P("Không để xảy ra tình trạng lạm thu; công khai 100% các khoản thu đầu năm học trên bảng tin "
       "và trang thông tin điện tử của trường trong tháng 9/2015", KD, LINH, "2015-09-30",
       "trong tháng 9/2015", C)])
doc("h5-14-pgd-pleiku-2015-danhgia.pdf", "evaluation", "215/BC-PGDĐT", "2015-12-28", PGD, 2015,
    ("Nguyễn Thị Bích Thủy", "Phó Trưởng phòng"), ["UBND thành phố Pleiku", PGD, KD],
    [L(LINH, "Hiệu trưởng", KD), L("Nguyễn Thị Bích Thủy", "Phó Trưởng phòng", PGD)],
    [P("Dạy học 2 buổi/ngày", KD, st=IP, link=(F13, 2)),
     P("Duy trì sĩ số, không có học sinh bỏ học", KD, st=C, link=(F13, 1)),
     P("Công khai các khoản thu", KD, st=C, link=(F13, 4)),
     P("Thư viện thân thiện", KD, st=N, link=(F13, 3))])

# --- 15 Đảng ủy Bệnh viện Đa khoa tỉnh Thanh Hóa 2009 (capitals subtitle, doc) ----------
DUBV, BVTH = "Đảng ủy Bệnh viện Đa khoa tỉnh Thanh Hóa", "Bệnh viện Đa khoa tỉnh Thanh Hóa"
SON, DUC = "Lê Văn Sơn", "Hoàng Minh Đức"
doc("h5-15-du-bvdk-thanhhoa-2009-camket.doc", "commitment", "07-CK/ĐU", "2009-02-16", DUBV, 2009,
    (DUC, "Bí thư"),
    ["Đảng bộ Sở Y tế Thanh Hóa", DUBV, "Đảng ủy Sở Y tế Thanh Hóa", BVTH],
    [L(SON, "Phó Giám đốc", BVTH), L("Trịnh Thị Hương", "Phó Giám đốc", BVTH),
     L(DUC, "Bí thư", DUBV), L("Mai Xuân Lộc", "Bí thư", "Đảng ủy Sở Y tế Thanh Hóa")],
    [P("Đưa Khoa Thận nhân tạo với 20 máy chạy thận vào hoạt động", DUBV, SON, "2009-06-30",
       "Quý II/2009", topics=(YT,)),
     P("Giảm tỷ lệ nhiễm khuẩn bệnh viện xuống dưới 5%; 100% khoa lâm sàng thực hiện quy trình "
       "kiểm soát nhiễm khuẩn", DUBV, "Trịnh Thị Hương", "2009-12-31", "6 tháng cuối năm",
       topics=(YT,)),
     P("Triển khai phần mềm quản lý bệnh viện, kết nối 100% khoa, phòng", DUBV, SON, "2009-12-31",
       "Trước 31/12/2009", topics=(YT, CDS)),
     P("Kết nạp 10 đảng viên mới; 100% chi bộ đạt trong sạch vững mạnh", DUBV, DUC, "2009-12-31",
       "Cả năm", topics=(XDD,))])

# --- 16/17 Đảng ủy Kho bạc Nhà nước Thái Bình 2016 -------------------------------------
KB, KBNN = "Đảng ủy Kho bạc Nhà nước Thái Bình", "Kho bạc Nhà nước Thái Bình"
DBK, DUK = "Đảng bộ Khối các cơ quan tỉnh Thái Bình", "Đảng ủy Khối các cơ quan tỉnh Thái Bình"
F16 = "h5-16-du-khobac-thaibinh-2016-camket.docx"
THUY, NGAN = "Vũ Văn Thụy", "Phạm Thị Ngân"
doc(F16, "commitment", "04-CK/ĐU", "2016-01-25", KB, 2016, (NGAN, "Bí thư"),
    [DBK, KB, DUK, KBNN],
    [L(THUY, "Phó Giám đốc", KBNN), L(NGAN, "Giám đốc", KBNN),
     L("Bùi Quang Hưng", "Phó Bí thư", KB), L("Đinh Văn Khiêm", "Phó Bí thư", DUK)],
    [P("Kiểm soát 100% khoản chi ngân sách qua Kho bạc, phát hiện và từ chối thanh toán các khoản "
       "chi sai chế độ", KB, THUY, None, "Thường xuyên", C, (TNS,)),
     P("Triển khai thanh toán song phương điện tử với 04 ngân hàng thương mại trên địa bàn", KB,
       THUY, "2016-09-30", "Quý III/2016", C, (CDS,)),
     P("Sắp xếp lại các phòng nghiệp vụ theo mô hình tổ chức mới, giảm từ 08 xuống 06 phòng", KB,
       NGAN, "2016-10-31", "Tháng 10/2016", N, (TCBM,)),
     P("Xây dựng Đảng bộ trong sạch, vững mạnh; 100% đảng viên được xếp loại hoàn thành nhiệm vụ "
       "trở lên", KB, "Bùi Quang Hưng", "2016-12-31", "Trong năm 2016", C, (XDD,)),
     P("Giải ngân vốn đầu tư xây dựng cơ bản đạt trên 90% kế hoạch vốn được giao; thời gian kiểm "
       "soát hồ sơ không quá 03 ngày làm việc", KB, THUY, "2017-01-31", "Trước ngày 31/01/2017",
       IP, (TNS,))])
doc("h5-17-du-khobac-thaibinh-2016-kiemdiem.txt", "evaluation", "38-BC/ĐU", "2016-12-29", KB,
    2016, (NGAN, "Bí thư"), [DBK, KB, DUK], [L(NGAN, "Bí thư", KB)],
    [P("Sắp xếp tổ chức bộ máy các phòng nghiệp vụ", KB, st=N, topics=(TCBM,), link=(F16, 3)),
     P("Kiểm soát chi ngân sách", KB, st=C, topics=(TNS,), link=(F16, 1)),
     P("Giải ngân vốn đầu tư", KB, st=IP, topics=(TNS,), link=(F16, 5)),
     P("Thanh toán song phương điện tử", KB, st=C, topics=(CDS,), link=(F16, 2)),
     P("Công tác xây dựng Đảng", KB, st=C, topics=(XDD,), link=(F16, 4)),
     P("Chi trả kịp thời kinh phí khắc phục hậu quả cơn bão số 1", KB, st=C, link=None)])

# --- 18/19 Đảng ủy Công ty Điện lực Quảng Ngãi 2020 ------------------------------------
DL, CTDL = "Đảng ủy Công ty Điện lực Quảng Ngãi", "Công ty Điện lực Quảng Ngãi"
KDN = "Đảng bộ Khối Doanh nghiệp tỉnh Quảng Ngãi"
F18 = "h5-18-du-dienluc-quangngai-2020-camket.pdf"
MINH, TAI = "Trương Quang Minh", "Nguyễn Đức Tài"
doc(F18, "commitment", "03-CK/ĐU", "2020-02-20", DL, 2020, (TAI, "Bí thư"),
    [KDN, DL, "Đảng bộ Công ty Điện lực Quảng Ngãi", "Tổng công ty Điện lực miền Trung",
     "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ngãi", CTDL],
    [L(MINH, "Phó Giám đốc", CTDL), L(TAI, "Giám đốc", CTDL),
     L("Lê Thị Thu Trang", "Phó Giám đốc", CTDL),
     L("Huỳnh Tấn Lực", "Bí thư", "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ngãi")],
    [P("Bảo đảm cung cấp điện an toàn, ổn định cho sản xuất và sinh hoạt, nhất là Khu kinh tế "
       "Dung Quất và các huyện miền núi Sơn Tây, Trà Bồng, Minh Long", DL, MINH, "2020-12-31",
       "Cả năm 2020", C),
     P("Giảm tỷ lệ tổn thất điện năng toàn Công ty", DL, MINH, "2020-12-31", "Quý IV/2020", C),
     P("Đầu tư đường dây trung áp, hạ áp và trạm biến áp cấp điện cho 620 hộ đồng bào Cor, Ca Dong "
       "chưa có điện lưới quốc gia tại các huyện Trà Bồng, Sơn Tây; phối hợp chính quyền địa "
       "phương vận động nhân dân hiến đất làm hành lang tuyến, bảo đảm tiến độ thi công trước mùa "
       "mưa bão", DL, TAI, "2020-11-30", "Trước ngày 30/11/2020", N, (NTM,), page=2),
     P("Phát triển dịch vụ điện trực tuyến mức độ 4 và thanh toán tiền điện không dùng tiền mặt",
       DL, "Lê Thị Thu Trang", "2020-09-30", "Tháng 9/2020", IP, (CCHC, CDS), page=2),
     P("Kiện toàn tổ chức đảng tại 13 Điện lực trực thuộc; kết nạp đảng viên mới", DL, TAI,
       "2020-12-31", "Trong năm 2020", U, (XDD,), page=2)])
doc("h5-19-du-dienluc-quangngai-2020-tongket.docx", "evaluation", "41-BC/ĐU", "2020-12-25", DL,
    2020, (MINH, "Phó Bí thư"), [KDN, DL], [L(MINH, "Phó Bí thư", DL)],
    [P("Tổn thất điện năng", DL, st=C, link=(F18, 2)),
     P("Cấp điện cho hộ đồng bào dân tộc thiểu số chưa có điện", DL, st=N, topics=(NTM,),
       link=(F18, 3)),
     P("Độ tin cậy cung cấp điện (SAIDI)", DL, st=C, link=(F18, 1)),
     P("Dịch vụ điện trực tuyến, thanh toán không dùng tiền mặt", DL, st=IP, topics=(CCHC, CDS),
       link=(F18, 4)),
     P("Khắc phục sự cố lưới điện sau bão số 9", DL, st=C, link=None)])

# --- 20 Chi bộ Bưu điện tỉnh Yên Bái 2010 (cp1258) ------------------------------------
BD = "Chi bộ Bưu điện tỉnh Yên Bái"
TUAN = "Hà Văn Tuấn"
doc("h5-20-cb-buudien-yenbai-2010-dangky.txt", "commitment", "02-CK/CB", "2010-03-05", BD, 2010,
    (TUAN, "Bí thư"),
    ["Đảng bộ Khối Doanh nghiệp tỉnh Yên Bái", BD, "Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái",
     "Bưu điện tỉnh Yên Bái"],
    [L(TUAN, "Bí thư", BD), L("Nông Văn Sính", "Phó Bí thư", "Đảng ủy Khối Doanh nghiệp tỉnh Yên Bái")],
    [P("Doanh thu phát sinh đạt 38 tỷ đồng, tăng 12% so với năm 2009; hoàn thành trong năm", BD,
       TUAN, "2010-12-31", "trong năm"),
     P("Đưa 100% điểm Bưu điện - Văn hóa xã vào chi trả lương hưu, trợ cấp bảo hiểm xã hội; hoàn "
       "thành Quý III", BD, TUAN, "2010-09-30", "Quý III"),
     P("Kết nối Internet cho 12 điểm Bưu điện - Văn hóa xã tại các xã vùng cao Mù Cang Chải, Trạm "
       "Tấu trước ngày 30/6", BD, TUAN, "2010-06-30", "trước ngày 30/6", topics=(CDS,)),
     P("Kết nạp 02 đảng viên mới trước ngày 03/02/2011", BD, TUAN, "2011-02-03",
       "trước ngày 03/02/2011", topics=(XDD,))])

# --- 21/22 Đảng ủy Khối các cơ quan tỉnh Bình Định 2017 (capitals, KT. BÍ THƯ) ----------
DUKBD, TUBD = "Đảng ủy Khối các cơ quan tỉnh Bình Định", "Tỉnh ủy Bình Định"
UBKTK = "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Bình Định"
F21 = "h5-21-duk-binhdinh-2017-camket.docx"
NHUNG = "Đặng Thị Hồng Nhung"
doc(F21, "commitment", "21-CK/ĐUK", "2017-02-10", DUKBD, 2017, (NHUNG, "Phó Bí thư Thường trực"),
    ["Đảng bộ tỉnh Bình Định", DUKBD, TUBD, "Đảng bộ Khối các cơ quan tỉnh Bình Định", UBKTK],
    [L(NHUNG, "Phó Bí thư Thường trực", DUKBD), L("Lý Văn Cường", "Chủ nhiệm", UBKTK),
     L("Trương Công Hậu", "Phó Bí thư Thường trực", TUBD)],
    [P("Kết nạp 250 đảng viên mới trong toàn Đảng bộ Khối, trong đó có ít nhất 30% là đảng viên "
       "dưới 30 tuổi, trong năm 2017", DUKBD, NHUNG, "2017-12-31", "trong năm 2017", C, (XDD,)),
     P("Hoàn thành kiện toàn 05 đảng bộ, chi bộ cơ sở sau khi sáp nhập các chi cục, trung tâm thuộc "
       "sở, trước ngày 30/9/2017", DUKBD, NHUNG, "2017-09-30", "trước ngày 30/9/2017", IP,
       (XDD, TCBM)),
     P("Kiểm tra khi có dấu hiệu vi phạm đối với ít nhất 04 tổ chức đảng và 06 đảng viên; giải "
       "quyết 100% đơn thư thuộc thẩm quyền trong thời hạn quy định", DUKBD, "Lý Văn Cường",
       st=C, topics=(XDD,)),
     P("100% văn bản của Đảng ủy Khối gửi đến các tổ chức cơ sở đảng qua mạng thông tin diện rộng "
       "của Đảng, hoàn thành Quý II/2017", DUKBD, NHUNG, "2017-06-30", "Quý II/2017", C, (CDS,)),
     P("Tổ chức Hội thi \"Bí thư chi bộ giỏi\" Khối các cơ quan tỉnh lần thứ II trong tháng 8/2017",
       DUKBD, NHUNG, "2017-08-31", "trong tháng 8/2017", N, (XDD,))])
doc("h5-22-duk-binhdinh-2017-tongket.pdf", "evaluation", "215-BC/ĐUK", "2017-12-20", DUKBD, 2017,
    ("Võ Tấn Phát", "Bí thư"),
    ["Đảng bộ tỉnh Bình Định", DUKBD, TUBD, "UBND tỉnh Bình Định"],
    [L("Võ Tấn Phát", "Bí thư", DUKBD)],
    [P("Kiểm tra, giám sát và giải quyết đơn thư", DUKBD, st=C, topics=(XDD,), link=(F21, 3)),
     P("Ứng dụng công nghệ thông tin trong gửi, nhận văn bản", DUKBD, st=C, topics=(CDS,),
       link=(F21, 4)),
     P("Kết nạp đảng viên mới", DUKBD, st=C, topics=(XDD,), link=(F21, 1)),
     P("Hội thi Bí thư chi bộ giỏi", DUKBD, st=N, topics=(XDD,), link=(F21, 5)),
     P("Kiện toàn tổ chức cơ sở đảng sau sắp xếp", DUKBD, st=IP, topics=(XDD, TCBM),
       link=(F21, 2)),
     P("Vận động ủng hộ đồng bào bị thiệt hại do cơn bão số 12", DUKBD, st=C, link=None)])

# --- 23/24 Chi bộ Khu phố 12, phường Sài Gòn (after the 2025 merger) 2026 ---------------
KP, DUSG = "Chi bộ Khu phố 12", "Đảng ủy phường Sài Gòn"
F23 = "h5-23-cb-kp12-saigon-2026-camket.docx"
BICH, YEN = "Trần Ngọc Bích", "Huỳnh Thị Kim Yến"
doc(F23, "commitment", "01-CK/CB", "2026-01-09", KP, 2026, (YEN, "Bí thư"),
    ["Đảng bộ phường Sài Gòn", KP, DUSG],
    [L(BICH, "Phó Bí thư", KP), L("Lâm Chí Thanh", "Chi ủy viên", KP), L(YEN, "Bí thư", KP),
     L("Lương Hữu Phước", "Phó Bí thư", DUSG)],
    [P("Vận động 100% hộ kinh doanh mặt tiền đường Lê Thánh Tôn, Thái Văn Lung không lấn chiếm vỉa "
       "hè", KP, BICH, "2026-03-31", "Quý I/2026", C),
     P("100% hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn", KP, BICH,
       "2026-06-30", "Trước ngày 30/6/2026", N, (MT,)),
     P("Hướng dẫn 100% người dân trong độ tuổi sử dụng ứng dụng định danh điện tử VNeID và dịch vụ "
       "công trực tuyến", KP, "Lâm Chí Thanh", None, "Thường xuyên", IP, (CDS, CCHC)),
     P("Kết nạp 01 đảng viên mới; 100% đảng viên sử dụng ứng dụng \"Sổ tay đảng viên điện tử\"",
       KP, YEN, "2026-12-31", "Trong năm 2026", U, (XDD,))])
doc("h5-24-cb-kp12-saigon-2026-soket.txt", "evaluation", "06-BC/CB", "2026-07-06", KP, 2026,
    (YEN, "Bí thư"), ["Đảng bộ phường Sài Gòn", KP, DUSG], [L(YEN, "Bí thư", KP)],
    [P("Trật tự lòng đường, vỉa hè", KP, st=C, link=(F23, 1)),
     P("Công dân số", KP, st=IP, topics=(CDS, CCHC), link=(F23, 3)),
     P("Phân loại rác tại nguồn", KP, st=N, topics=(MT,), link=(F23, 2)),
     P("Phòng, chống sốt xuất huyết mùa mưa", KP, st=C, topics=(YT,), link=None)])

# --- 25 Chi bộ sóc Bom Bo (xã Bình Minh, Bình Phước) 2022 ------------------------------
BB, BRIP = "Chi bộ sóc Bom Bo", "Điểu Bríp"
doc("h5-25-cb-bombo-2022-dangky.pdf", "commitment", "02-CK/CB", "2022-02-14", BB, 2022,
    (BRIP, "Bí thư"), ["Đảng bộ xã Bình Minh", BB, "Đảng ủy xã Bình Minh"],
    [L(BRIP, "Bí thư", BB), L("Phạm Văn Lợi", "Phó Bí thư", "Đảng ủy xã Bình Minh")],
    [P("Vận động 100% hộ đồng bào S'tiêng tham gia bảo hiểm y tế, trong đó hộ tự đóng đạt 30%, "
       "hoàn thành trước ngày 31/3/2022", BB, BRIP, "2022-03-31", "trước ngày 31/3/2022",
       topics=(YT,)),
     P("Duy trì đội cồng chiêng, giã gạo của sóc phục vụ du lịch cộng đồng; tổ chức lễ hội mừng "
       "lúa mới cuối năm 2022", BB, BRIP, "2022-12-31", "cuối năm 2022", topics=(VH,)),
     P("Trồng mới 15 ha điều ghép năng suất cao, hỗ trợ 10 hộ nghèo vay vốn chăn nuôi bò sinh sản, "
       "hết tháng 6 năm 2022", BB, BRIP, "2022-06-30", "hết tháng 6 năm 2022", topics=(NN, GN)),
     P("Không để trẻ em bỏ học; 100% trẻ 5 tuổi ra lớp mẫu giáo trong năm học 2022-2023", BB,
       BRIP, "2023-05-31", "trong năm học 2022-2023")])

# --- 26 Chi bộ bản Lác (xã Chiềng Châu, Hòa Bình) 2014 (doc) ----------------------------
BL, THAM = "Chi bộ bản Lác", "Hà Văn Thẩm"
doc("h5-26-cb-banlac-2014-camket.doc", "commitment", "03-CK/CB", "2014-03-10", BL, 2014,
    ("Hà Công Minh", "Bí thư"), ["Đảng bộ xã Chiềng Châu", BL, "Đảng ủy xã Chiềng Châu"],
    [L(THAM, "Phó Bí thư", BL), L("Lò Thị Xuân", "Chi ủy viên", BL), L("Hà Công Minh", "Bí thư", BL),
     L("Xa Văn Hòa", "Bí thư", "Đảng ủy xã Chiềng Châu")],
    [P("Nâng cấp 20 nhà sàn làm homestay đạt tiêu chuẩn phục vụ khách du lịch", BL, THAM,
       "2014-06-30", "Quý II/2014", topics=(VH,)),
     P("Vận động 100% hộ thu gom rác thải đúng nơi quy định, mỗi tuần tổng vệ sinh đường bản 01 lần",
       BL, "Lò Thị Xuân", None, "Thường xuyên", topics=(MT,)),
     P("Thành lập tổ hợp tác dệt thổ cẩm với 25 thành viên", BL, THAM, "2014-08-31",
       "Tháng 8/2014"),
     P("Bê tông hóa 600 m đường nội bản", BL, "Hà Công Minh", "2014-10-31",
       "Trước ngày 31/10/2014", topics=(GT, NTM))])

# --- 27 Tỉnh ủy Quảng Bình 2023: notice judging four provincial bodies ------------------
TUQB = "Tỉnh ủy Quảng Bình"
BDV, UBKT = "Ban Dân vận Tỉnh ủy Quảng Bình", "Ủy ban Kiểm tra Tỉnh ủy Quảng Bình"
MTTQ, HND = "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Hội Nông dân tỉnh Quảng Bình"
doc("h5-27-tu-quangbinh-2023-thongbao.pdf", "evaluation", "1250-TB/TU", "2023-12-29", TUQB, 2023,
    ("Đoàn Ngọc Lâm", "Phó Bí thư Thường trực"),
    ["Đảng bộ tỉnh Quảng Bình", TUQB, BDV, UBKT, MTTQ, HND],
    [L("Đoàn Ngọc Lâm", "Phó Bí thư Thường trực", TUQB)],
    [P("Xây dựng 20 mô hình \"Dân vận khéo\" cấp tỉnh", BDV, st=C, topics=(XDD,), link=None),
     P("Tham mưu sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở", BDV, st=C, topics=(XDD,),
       link=None),
     P("Kiểm tra tài chính đảng tại 10 đơn vị", UBKT, st=C, topics=(XDD,), link=None),
     P("Giải quyết dứt điểm đơn thư tố cáo đảng viên", UBKT, st=IP, topics=(XDD,), link=None),
     P("Vận động xây dựng 300 nhà \"Đại đoàn kết\" cho hộ nghèo", MTTQ, st=C, topics=(GN,),
       link=None),
     P("Giám sát, phản biện xã hội đối với 05 dự án có thu hồi đất lớn", MTTQ, st=N,
       topics=(GPMB,), link=None),
     P("Xây dựng 15 chuỗi liên kết sản xuất nông sản an toàn", HND, st=IP, topics=(NN,), link=None),
     P("Giải ngân Quỹ Hỗ trợ nông dân cho 200 hộ vay", HND, st=N, topics=(NN,), link=None)])

# --- 28 Ủy ban Kiểm tra Thành ủy Hải Phòng 2012 ---------------------------------------
UBHP, TUHP = "Ủy ban Kiểm tra Thành ủy Hải Phòng", "Thành ủy Hải Phòng"
THUAN, LOAN = "Nguyễn Văn Thuấn", "Vũ Thị Loan"
doc("h5-28-ubkt-haiphong-2012-camket.txt", "commitment", "05-CK/UBKTTU", "2012-02-15", UBHP, 2012,
    (THUAN, "Chủ nhiệm"), [TUHP, UBHP],
    [L(THUAN, "Chủ nhiệm", UBHP), L(LOAN, "Phó Chủ nhiệm Thường trực", UBHP),
     L("Lưu Đình Khang", "Phó Bí thư", TUHP)],
    [P("Kiểm tra 06 tổ chức đảng cấp dưới khi có dấu hiệu vi phạm, tập trung vào lĩnh vực quản lý "
       "đất đai, đầu tư xây dựng cơ bản; hoàn thành trong Quý III/2012", UBHP, THUAN, "2012-09-30",
       "trong Quý III/2012", topics=(XDD,)),
     P("Kiểm tra việc thu, nộp đảng phí tại 100% quận ủy, huyện ủy và đảng ủy trực thuộc Thành ủy "
       "trước ngày 15/11/2012", UBHP, THUAN, "2012-11-15", "trước ngày 15/11/2012", topics=(XDD,)),
     P("Giám sát chuyên đề việc kê khai tài sản, thu nhập của 30 cán bộ thuộc diện Ban Thường vụ "
       "Thành ủy quản lý, trong năm", UBHP, LOAN, "2012-12-31", "trong năm", topics=(XDD,)),
     P("Giải quyết 100% đơn tố cáo đảng viên thuộc thẩm quyền trong thời hạn 60 ngày", UBHP, LOAN,
       topics=(XDD,))])

# --- 29 Hội Nông dân tỉnh Long An 2024 (mass-organisation header) -----------------------
HNLA, THANH = "Hội Nông dân tỉnh Long An", "Lê Văn Thạnh"
doc("h5-29-hnd-longan-2024-camket.docx", "commitment", "112-CK/HNDT", "2024-01-26", HNLA, 2024,
    (THANH, "Chủ tịch"), [HNLA, "Tỉnh ủy Long An", "Ngân hàng Chính sách xã hội tỉnh Long An"],
    [L(THANH, "Chủ tịch", HNLA), L("Tô Hoài Nam", "Phó Bí thư", "Tỉnh ủy Long An")],
    [P("Phát triển mới 5.000 hội viên, nâng tỷ lệ hộ nông dân là hội viên đạt 78%", HNLA, THANH,
       "2024-12-31", "tháng 12/2024"),
     P("Phối hợp Ngân hàng Chính sách xã hội tỉnh giải ngân 150 tỷ đồng vốn ủy thác cho hội viên "
       "vay phát triển sản xuất", HNLA, THANH, "2024-09-30", "Quý III/2024", topics=(NN, GN)),
     P("Xây dựng 12 mô hình trồng thanh long, lúa chất lượng cao theo hướng hữu cơ, có liên kết "
       "tiêu thụ", HNLA, THANH, "2024-10-15", "trước ngày 15/10/2024", topics=(NN,)),
     P("Vận động 100% hội viên ở các xã vùng Đồng Tháp Mười không đốt đồng, tham gia phòng cháy "
       "rừng tràm mùa khô", HNLA, THANH, None, "thường xuyên", topics=(MT,))])

# --- 30 Bí thư Huyện ủy Tuy Phước (Bình Định) 2008, personal (utf-16) -------------------
HUTP, DIEU = "Huyện ủy Tuy Phước", "Trịnh Xuân Diệu"
doc("h5-30-hu-tuyphuoc-2008-camketbithu.txt", "commitment", "02-CK/HU", "2008-02-28", HUTP, 2008,
    (DIEU, "Bí thư"), ["Đảng bộ tỉnh Bình Định", HUTP, TUBD],
    [L(DIEU, "Bí thư", HUTP), L("Phan Thanh Dũng", "Phó Bí thư", TUBD)],
    [P("Hoàn thành bồi thường, giải phóng mặt bằng tuyến Quốc lộ 19 đoạn qua huyện trong Quý "
       "II/2008", HUTP, DIEU, "2008-06-30", "trong Quý II/2008", topics=(GPMB, GT)),
     P("Chỉ đạo xây dựng 05 km đê bao chống lũ vùng hạ lưu sông Hà Thanh trước mùa mưa bão năm "
       "2008", HUTP, DIEU, None, "trước mùa mưa bão năm 2008"),
     P("Thu ngân sách trên địa bàn đạt 105% dự toán tỉnh giao, đến 31/12/2008", HUTP, DIEU,
       "2008-12-31", "đến 31/12/2008", topics=(TNS,)),
     P("Củng cố 03 tổ chức cơ sở đảng yếu kém; không để tổ chức cơ sở đảng yếu kém kéo dài quá 02 "
       "năm", HUTP, DIEU, topics=(XDD,))])

# --- 31 a party member's own commitment, Chi bộ tổ dân phố 5 (phường Trường An, Huế) 2013 -
TDP, LONG = "Chi bộ tổ dân phố 5", "Tôn Thất Bảo Long"
doc("h5-31-dv-tdp5-truongan-2013-camket.docx", "commitment", None, "2013-01-06", TDP, 2013,
    (LONG, "Chi ủy viên"), ["Đảng bộ phường Trường An", TDP],
    [L(LONG, "Chi ủy viên", TDP), L("Hồ Thị Diệu Hằng", "Bí thư", TDP)],
    [P("Tham gia đầy đủ 12/12 kỳ sinh hoạt chi bộ thường kỳ; đóng đảng phí đúng quy định", TDP,
       LONG, topics=(XDD,)),
     P("Vận động 45 hộ gia đình trong tổ dân phố đăng ký gia đình văn hóa, đạt 95% trở lên, trước "
       "ngày 30/11/2013", TDP, LONG, "2013-11-30", "trước ngày 30/11/2013", topics=(VH,)),
     P("Hoàn thành lớp trung cấp lý luận chính trị - hành chính trong năm 2013", TDP, LONG,
       "2013-12-31", "trong năm 2013", topics=(XDD,)),
     P("Cùng nhân dân vận động các hộ hiến 120 m2 đất mở rộng kiệt 28 đường Phan Chu Trinh trong "
       "Quý III", TDP, LONG, "2013-09-30", "trong Quý III", topics=(GPMB, GT))])

# --- 32 Chi bộ Công an xã Cam Lộ (Quảng Trị, after the 2025 merger), second half of 2025 --
CAX, NHAT, DLINH = "Chi bộ Công an xã Cam Lộ", "Lê Quang Nhật", "Hoàng Thị Diệu Linh"
doc("h5-32-cb-caxcamlo-2025-camket.docx", "commitment", "04-CK/CB", "2025-08-18", CAX, 2025,
    (NHAT, "Bí thư"), ["Đảng bộ xã Cam Lộ", CAX, "Đảng ủy xã Cam Lộ", "Công an xã Cam Lộ"],
    [L(NHAT, "Bí thư", CAX), L(DLINH, "Phó Bí thư", CAX),
     L("Đặng Văn Cường", "Phó Bí thư", "Đảng ủy xã Cam Lộ")],
    [P("Rà soát, cập nhật dữ liệu dân cư của xã mới vào Cơ sở dữ liệu quốc gia về dân cư, bảo đảm "
       "\"đúng, đủ, sạch, sống\" 100%", CAX, NHAT, "2025-09-30", "trước ngày 30/9/2025",
       topics=(CCHC, CDS)),
     P("Tiếp nhận, giải quyết đúng hạn 100% hồ sơ thủ tục hành chính về cư trú, căn cước tại bộ "
       "phận một cửa của xã", CAX, DLINH, None, "thường xuyên", topics=(CCHC,)),
     P("Không để xảy ra tụ tập đua xe trái phép trên Quốc lộ 9; kéo giảm 10% số vụ tai nạn giao "
       "thông so với 6 tháng cuối năm 2024", CAX, NHAT, "2025-12-31", "cuối năm 2025",
       topics=(QP, GT)),
     P("Xây dựng 02 mô hình \"Camera an ninh\" tại các thôn, khu phố giáp ranh với phường Đông Hà, "
       "hoàn thành trong tháng 11/2025", CAX, DLINH, "2025-11-30", "trong tháng 11/2025",
       topics=(QP,))])
