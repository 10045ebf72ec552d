# Hội Liên hiệp Phụ nữ huyện Thoại Sơn (An Giang, Mekong delta mass organisation), 2021
U = "Hội Liên hiệp Phụ nữ huyện Thoại Sơn"
C = "h3-09-hpn-thoaison-2021-dangky.docx"
HDR = """
@header
L: HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG
L: HỘI LIÊN HIỆP PHỤ NỮ HUYỆN THOẠI SƠN
L: Số: {num}
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Thoại Sơn, ngày {day}
"""
doc(C, "@format docx\n" + HDR.format(num="04/ĐK-HPN", day="20 tháng 01 năm 2021") + """
@title BẢN ĐĂNG KÝ
@subtitle Thực hiện các chỉ tiêu, nhiệm vụ trọng tâm năm 2021

Căn cứ Chương trình công tác năm 2021 của Hội Liên hiệp Phụ nữ tỉnh An Giang và Nghị quyết Đại hội Đảng bộ huyện Thoại Sơn lần thứ XI, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện đăng ký với Ban Thường vụ Huyện ủy Thoại Sơn các nội dung sau:
1. Công tác xây dựng tổ chức Hội:
- Phát triển mới 1.200 hội viên, nâng tỷ lệ tập hợp phụ nữ vào tổ chức Hội đạt 92% vào cuối năm 2021.
- Giới thiệu 30 hội viên ưu tú cho chi bộ xem xét, kết nạp vào Đảng trong năm 2021.
2. Công tác hỗ trợ phụ nữ phát triển kinh tế:
- Vận động xây dựng 05 căn nhà "Mái ấm tình thương" cho hội viên nghèo, hoàn thành trước ngày 20/10/2021.
- Hỗ trợ 150 hội viên vay vốn ưu đãi phát triển kinh tế hộ gia đình, giảm 50 hộ nghèo do phụ nữ làm chủ hộ.
3. Công tác bảo vệ môi trường:
- 100% cơ sở Hội triển khai mô hình "Phân loại rác thải tại nguồn", hoàn thành trong Quý III/2021.
Bà Huỳnh Thị Kim Loan, Chủ tịch Hội Liên hiệp Phụ nữ huyện chịu trách nhiệm thực hiện các nội dung trên.

@sign
L: T/M BAN THƯỜNG VỤ HUYỆN ỦY | PHÓ BÍ THƯ | (đã ký) | Lê Văn Phước
R: T/M BAN THƯỜNG VỤ | CHỦ TỊCH | (đã ký) | Huỳnh Thị Kim Loan
""", kind="commitment", number="04/ĐK-HPN", date="2021-01-20", issuer=U, year=2021,
    signer=("Huỳnh Thị Kim Loan", "Chủ tịch"),
    units=["Hội Liên hiệp Phụ nữ tỉnh An Giang", U, "Đảng bộ huyện Thoại Sơn", "Huyện ủy Thoại Sơn"],
    leaders=[("Huỳnh Thị Kim Loan", "Chủ tịch", U), ("Lê Văn Phước", "Phó Bí thư", "Huyện ủy Thoại Sơn")],
    pledges=[
        P("Phát triển mới 1.200 hội viên, nâng tỷ lệ tập hợp phụ nữ vào tổ chức Hội đạt 92% vào cuối năm 2021", U,
          "Huỳnh Thị Kim Loan", "2021-12-31", "cuối năm 2021", "completed", ["xay_dung_dang"]),
        P("Giới thiệu 30 hội viên ưu tú cho chi bộ xem xét, kết nạp vào Đảng trong năm 2021", U,
          "Huỳnh Thị Kim Loan", "2021-12-31", "trong năm 2021", "unknown", ["xay_dung_dang"]),
        P('Vận động xây dựng 05 căn nhà "Mái ấm tình thương" cho hội viên nghèo, hoàn thành trước ngày 20/10/2021', U,
          "Huỳnh Thị Kim Loan", "2021-10-20", "trước ngày 20/10/2021", "in_progress", ["giam_ngheo"]),
        P("Hỗ trợ 150 hội viên vay vốn ưu đãi phát triển kinh tế hộ gia đình, giảm 50 hộ nghèo do phụ nữ làm chủ hộ", U,
          "Huỳnh Thị Kim Loan", None, None, "completed", ["giam_ngheo"]),
        P('100% cơ sở Hội triển khai mô hình "Phân loại rác thải tại nguồn", hoàn thành trong Quý III/2021', U,
          "Huỳnh Thị Kim Loan", "2021-09-30", "Quý III/2021", "not_completed", ["moi_truong"]),
    ])

doc("h3-10-hpn-thoaison-2021-tongket.pdf", "@format pdf\n" + HDR.format(num="52/BC-HPN", day="15 tháng 12 năm 2021") + """
@title BÁO CÁO
@subtitle Kết quả thực hiện bản đăng ký chỉ tiêu, nhiệm vụ năm 2021

Năm 2021, dịch COVID-19 bùng phát mạnh tại An Giang, các cấp Hội phải tạm dừng nhiều hoạt động tập trung đông người từ tháng 7 đến tháng 10. Tuy vậy, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện đã chỉ đạo thực hiện các nội dung đăng ký với kết quả như sau:
- Phát triển hội viên: kết nạp 1.350 hội viên mới, tỷ lệ tập hợp đạt 92,4%, hoàn thành vượt chỉ tiêu.
- Xây dựng nhà "Mái ấm tình thương": đã bàn giao 03/05 căn; 02 căn chậm tiến độ do giãn cách xã hội, dự kiến bàn giao trước Tết Nguyên đán.
- Hỗ trợ hội viên vay vốn, giảm hộ nghèo: 163 hội viên được vay vốn, giảm 52 hộ nghèo do phụ nữ làm chủ hộ. Hoàn thành.
- Phân loại rác thải tại nguồn: mới có 9/17 cơ sở Hội triển khai mô hình; không hoàn thành.
- Tham gia phòng, chống dịch COVID-19: vận động trao 2.300 phần quà cho hội viên khó khăn, duy trì 24 "Bếp ăn yêu thương" tại khu cách ly; hoàn thành tốt.
Năm 2022, Hội tiếp tục đăng ký nhân rộng mô hình phân loại rác thải tại 100% cơ sở Hội trước ngày 30/6/2022.

@sign
L: Nơi nhận: | - Thường trực Huyện ủy (b/c); | - Hội LHPN tỉnh (b/c); | - Lưu VP.
R: T/M BAN THƯỜNG VỤ | CHỦ TỊCH | (đã ký) | Huỳnh Thị Kim Loan
""", kind="evaluation", number="52/BC-HPN", date="2021-12-15", issuer=U, year=2021,
    signer=("Huỳnh Thị Kim Loan", "Chủ tịch"),
    units=["Hội Liên hiệp Phụ nữ tỉnh An Giang", U],
    leaders=[("Huỳnh Thị Kim Loan", "Chủ tịch", U)],
    pledges=[
        P("Phát triển hội viên", U, status="completed", topics=["xay_dung_dang"], link=(C, 1)),
        P('Xây dựng nhà "Mái ấm tình thương"', U, status="in_progress", topics=["giam_ngheo"], link=(C, 3)),
        P("Hỗ trợ hội viên vay vốn, giảm hộ nghèo", U, status="completed", topics=["giam_ngheo"], link=(C, 4)),
        P("Phân loại rác thải tại nguồn", U, status="not_completed", topics=["moi_truong"], link=(C, 5)),
        P("Tham gia phòng, chống dịch COVID-19", U, status="completed", topics=["y_te"], link=None),
    ])

# Tỉnh đoàn Bến Tre, 2022: a plan for signing pledges (kind other); its schedule is not a pledge
TD = "Tỉnh đoàn Bến Tre"
doc("h3-11-td-bentre-2022-kehoach.docx", """
@format docx
@header
L: BCH ĐOÀN TỈNH BẾN TRE
L: ***
L: Số: 45-KH/TĐTN-TCKT
R: ĐOÀN TNCS HỒ CHÍ MINH
R: Bến Tre, ngày 10 tháng 01 năm 2022

@title KẾ HOẠCH
@subtitle Tổ chức ký kết giao ước thi đua và đăng ký công trình, phần việc thanh niên năm 2022

Thực hiện Chương trình công tác năm 2022 của Ban Thường vụ Tỉnh ủy Bến Tre và Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tạo động lực thi đua trong đoàn viên, thanh niên; mỗi cơ sở Đoàn đăng ký nội dung cụ thể, có sản phẩm, có thời gian hoàn thành, gắn với trách nhiệm của Bí thư Đoàn.
II. NỘI DUNG
1. Các Huyện đoàn, Thành đoàn và Đoàn trực thuộc đăng ký ít nhất 01 công trình thanh niên cấp huyện, 01 phần việc hỗ trợ thanh niên khởi nghiệp.
2. Thời gian thực hiện:
- Trước ngày 25/01/2022: các đơn vị gửi bản đăng ký về Tỉnh đoàn (qua Ban Tổ chức - Kiểm tra).
- Tháng 3/2022: tổ chức ký kết giao ước thi đua nhân kỷ niệm 91 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2022).
- Tháng 7/2022: sơ kết 6 tháng; tháng 12/2022: tổng kết, chấm điểm, xếp loại.
III. TỔ CHỨC THỰC HIỆN
Ban Tổ chức - Kiểm tra Tỉnh đoàn tham mưu theo dõi, tổng hợp; Văn phòng Tỉnh đoàn bảo đảm kinh phí khen thưởng.

@sign
L: Nơi nhận: | - Trung ương Đoàn (b/c); | - Thường trực Tỉnh ủy (b/c); | - Các Huyện, Thành đoàn; | - Lưu VP.
R: TM. BAN THƯỜNG VỤ TỈNH ĐOÀN | BÍ THƯ | (đã ký) | Nguyễn Thị Yến Nhi
""", kind="other", number="45-KH/TĐTN-TCKT", date="2022-01-10", issuer=TD, year=2022,
    signer=("Nguyễn Thị Yến Nhi", "Bí thư"),
    units=[TD, "Tỉnh ủy Bến Tre", "Ban Tổ chức - Kiểm tra Tỉnh đoàn Bến Tre", "Văn phòng Tỉnh đoàn Bến Tre"],
    leaders=[("Nguyễn Thị Yến Nhi", "Bí thư", TD)],
    pledges=[])

# Đảng ủy Công an tỉnh Gia Lai (police, Central Highlands), 2024: ranks before names
CA = "Đảng ủy Công an tỉnh Gia Lai"
CAT = "Công an tỉnh Gia Lai"
doc("h3-12-duca-gialai-2024-camket.docx", """
@format docx
@header
L: ĐẢNG BỘ TỈNH GIA LAI
L: ĐẢNG ỦY CÔNG AN TỈNH
L: *
L: Số 24-CK/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Gia Lai, ngày 22 tháng 01 năm 2024

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ trọng tâm, khâu đột phá năm 2024 của Đảng ủy Công an tỉnh

Quán triệt Nghị quyết của Đảng ủy Công an Trung ương và Nghị quyết của Tỉnh ủy Gia Lai về nhiệm vụ năm 2024, Đảng ủy Công an tỉnh cam kết với Ban Thường vụ Tỉnh ủy thực hiện các nhiệm vụ sau:

@table
TT | Nhiệm vụ trọng tâm, khâu đột phá | Mốc thời gian | Chỉ huy chịu trách nhiệm
1 | Tấn công, trấn áp tội phạm; tỷ lệ điều tra khám phá án hình sự đạt trên 80%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95% | Trong năm 2024 | Thượng tá Siu Thanh Hùng, Phó Giám đốc Công an tỉnh
2 | Hoàn thành làm sạch dữ liệu dân cư, cấp căn cước cho 100% công dân đủ điều kiện theo Đề án 06 | 30/6/2024 | Đại tá Trần Văn Bình, Phó Giám đốc Công an tỉnh
3 | Giữ vững an ninh nông thôn vùng đồng bào dân tộc thiểu số, không để hình thành "điểm nóng" | Cả năm | Đại tá Nguyễn Quốc Hòa, Bí thư Đảng ủy
4 | 100% Công an xã có trụ sở làm việc kiên cố theo tiêu chuẩn | Quý IV/2024 | Đại tá Trần Văn Bình, Phó Giám đốc Công an tỉnh
5 | Kéo giảm tai nạn giao thông trên cả 3 tiêu chí so với năm 2023 | Năm 2024 | Thượng tá Siu Thanh Hùng, Phó Giám đốc Công an tỉnh

@sign
L: T/M BAN THƯỜNG VỤ TỈNH ỦY | K/T BÍ THƯ | PHÓ BÍ THƯ | (đã ký) | Rah Lan Hưng
R: T/M ĐẢNG ỦY | BÍ THƯ | (đã ký) | Đại tá Nguyễn Quốc Hòa
""", kind="commitment", number="24-CK/ĐU", date="2024-01-22", issuer=CA, year=2024,
    signer=("Nguyễn Quốc Hòa", "Bí thư"),
    units=["Đảng bộ tỉnh Gia Lai", CA, "Đảng ủy Công an Trung ương", "Tỉnh ủy Gia Lai", CAT],
    leaders=[("Siu Thanh Hùng", "Phó Giám đốc", CAT), ("Trần Văn Bình", "Phó Giám đốc", CAT),
             ("Nguyễn Quốc Hòa", "Bí thư", CA), ("Rah Lan Hưng", "Phó Bí thư", "Tỉnh ủy Gia Lai")],
    pledges=[
        P("Tấn công, trấn áp tội phạm; tỷ lệ điều tra khám phá án hình sự đạt trên 80%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%",
          CA, "Siu Thanh Hùng", "2024-12-31", "Trong năm 2024", topics=["quoc_phong_an_ninh"]),
        P("Hoàn thành làm sạch dữ liệu dân cư, cấp căn cước cho 100% công dân đủ điều kiện theo Đề án 06",
          CA, "Trần Văn Bình", "2024-06-30", "30/6/2024", topics=["chuyen_doi_so", "cai_cach_hanh_chinh"]),
        P('Giữ vững an ninh nông thôn vùng đồng bào dân tộc thiểu số, không để hình thành "điểm nóng"',
          CA, "Nguyễn Quốc Hòa", "2024-12-31", "Cả năm", topics=["quoc_phong_an_ninh"]),
        P("100% Công an xã có trụ sở làm việc kiên cố theo tiêu chuẩn", CA, "Trần Văn Bình",
          "2024-12-31", "Quý IV/2024", topics=["quoc_phong_an_ninh"]),
        P("Kéo giảm tai nạn giao thông trên cả 3 tiêu chí so với năm 2023", CA, "Siu Thanh Hùng",
          "2024-12-31", "Năm 2024", topics=["giao_thong", "quoc_phong_an_ninh"]),
    ])

# Ban Chỉ huy Quân sự thị xã Ninh Hòa (Khánh Hòa, military), 2020: year-end review without its pledge paper here
QS = "Ban Chỉ huy Quân sự thị xã Ninh Hòa"
doc("h3-13-bchqs-ninhhoa-2020-kiemdiem.txt", """
@format txt
@header
L: BỘ CHQS TỈNH KHÁNH HÒA
L: BAN CHQS THỊ XÃ NINH HÒA
L: Số: 312/BC-BCH
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Ninh Hòa, ngày 28 tháng 12 năm 2020

@title BÁO CÁO
@subtitle Kiểm điểm kết quả thực hiện cam kết năm 2020 của Ban Chỉ huy Quân sự thị xã Ninh Hòa

Thực hiện Bản cam kết ngày 14/02/2020 với Ban Thường vụ Thị ủy Ninh Hòa, Ban Chỉ huy Quân sự thị xã kiểm điểm kết quả như sau:
a) Công tác tuyển quân: giao 146/146 thanh niên nhập ngũ, đạt 100% chỉ tiêu, bảo đảm chất lượng; hoàn thành xuất sắc.
b) Diễn tập chiến đấu phòng thủ xã: tổ chức cho 02/02 xã Ninh Phụng, Ninh Thân, đều đạt loại khá; hoàn thành.
c) Xây dựng lực lượng dân quân tự vệ: tỷ lệ đạt 1,38% dân số, chưa đạt chỉ tiêu 1,4% do nguồn nhân lực đi làm ăn xa.
d) Xây dựng công trình chiến đấu trong căn cứ hậu phương: thi công đạt 70% khối lượng, chậm tiến độ do mưa bão tháng 11/2020.
e) Tham gia phòng, chống dịch COVID-19: quản lý 03 khu cách ly tập trung với 1.240 lượt người, không để lây nhiễm chéo; hoàn thành tốt.
Tự đánh giá chung: Ban Chỉ huy Quân sự thị xã hoàn thành tốt nhiệm vụ năm 2020.

@sign
L: Nơi nhận: | - Bộ CHQS tỉnh (b/c); | - Thường trực Thị ủy; | - Lưu: VT.
R: CHỈ HUY TRƯỞNG | (đã ký) | Thượng tá Lê Minh Trung
""", kind="evaluation", number="312/BC-BCH", date="2020-12-28", issuer=QS, year=2020,
    signer=("Lê Minh Trung", "Chỉ huy trưởng"),
    units=["Bộ CHQS tỉnh Khánh Hòa", QS, "Thị ủy Ninh Hòa"],
    leaders=[("Lê Minh Trung", "Chỉ huy trưởng", QS)],
    pledges=[
        P("Công tác tuyển quân", QS, status="completed", topics=["quoc_phong_an_ninh"], link=None),
        P("Diễn tập chiến đấu phòng thủ xã", QS, status="completed", topics=["quoc_phong_an_ninh"], link=None),
        P("Xây dựng lực lượng dân quân tự vệ", QS, status="not_completed", topics=["quoc_phong_an_ninh"], link=None),
        P("Xây dựng công trình chiến đấu trong căn cứ hậu phương", QS, status="in_progress",
          topics=["quoc_phong_an_ninh"], link=None),
        P("Tham gia phòng, chống dịch COVID-19", QS, status="completed", topics=["y_te"], link=None),
    ])
