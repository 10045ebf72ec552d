# Chủ tịch UBND xã Phú Lâm (Tân Phú, Đồng Nai): a personal commitment (form with "Họ và tên:"), 2022
XA = "UBND xã Phú Lâm"
C = "h3-19-ubnd-phulam-2022-camketcanhan.docx"
doc(C, """
@format docx
@header
L: UBND HUYỆN TÂN PHÚ
L: UBND XÃ PHÚ LÂM
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Phú Lâm, ngày 12 tháng 01 năm 2022

@title BẢN CAM KẾT CÁ NHÂN
@subtitle Thực hiện nhiệm vụ năm 2022 của người đứng đầu

Họ và tên: Nguyễn Hữu Lộc
Chức vụ: Chủ tịch UBND xã Phú Lâm
Thực hiện Kế hoạch số 112-KH/HU ngày 28/12/2021 của Ban Thường vụ Huyện ủy Tân Phú, tôi xin cam kết thực hiện những nhiệm vụ sau:

@table
TT | Nhiệm vụ | Thời gian hoàn thành | Ghi chú
1 | Xã Phú Lâm đạt chuẩn nông thôn mới nâng cao | Tháng 11/2022 | Đạt 19/19 tiêu chí
2 | Thu ngân sách nhà nước trên địa bàn xã đạt 18,5 tỷ đồng, vượt 10% dự toán huyện giao | 31/12/2022 |
3 | Giải quyết dứt điểm 07 vụ khiếu nại, tranh chấp đất đai tồn đọng | 6 tháng đầu năm |
4 | Hoàn thành di dời 12 hộ dân ra khỏi hành lang an toàn lưới điện 500 kV | Quý III/2022 | Phối hợp với UBND huyện

Tôi xin chịu trách nhiệm trước Ban Thường vụ Huyện ủy về kết quả thực hiện các nội dung trên.

@sign
L: XÁC NHẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY | K/T BÍ THƯ | PHÓ BÍ THƯ | (đã ký) | Đặng Thị Thu Trang
R: NGƯỜI CAM KẾT | (đã ký) | Nguyễn Hữu Lộc
""", kind="commitment", number=None, date="2022-01-12", issuer=XA, year=2022,
    signer=("Nguyễn Hữu Lộc", "Chủ tịch"),
    units=["UBND huyện Tân Phú", XA, "Huyện ủy Tân Phú"],
    leaders=[("Nguyễn Hữu Lộc", "Chủ tịch", XA), ("Đặng Thị Thu Trang", "Phó Bí thư", "Huyện ủy Tân Phú")],
    pledges=[
        P("Xã Phú Lâm đạt chuẩn nông thôn mới nâng cao", XA, "Nguyễn Hữu Lộc", "2022-11-30", "Tháng 11/2022",
          "completed", ["nong_thon_moi"]),
        P("Thu ngân sách nhà nước trên địa bàn xã đạt 18,5 tỷ đồng, vượt 10% dự toán huyện giao", XA, "Nguyễn Hữu Lộc",
          "2022-12-31", "31/12/2022", "completed", ["thu_ngan_sach"]),
        P("Giải quyết dứt điểm 07 vụ khiếu nại, tranh chấp đất đai tồn đọng", XA, "Nguyễn Hữu Lộc",
          "2022-06-30", "6 tháng đầu năm", "not_completed", ["cai_cach_hanh_chinh"]),
        P("Hoàn thành di dời 12 hộ dân ra khỏi hành lang an toàn lưới điện 500 kV", XA, "Nguyễn Hữu Lộc",
          "2022-09-30", "Quý III/2022", "completed", ["giai_phong_mat_bang"]),
    ])

doc("h3-20-ubnd-phulam-2022-tukiemdiem.pdf", """
@format pdf
@header
L: UBND HUYỆN TÂN PHÚ
L: UBND XÃ PHÚ LÂM
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Phú Lâm, ngày 10 tháng 12 năm 2022

@title BẢN TỰ KIỂM ĐIỂM
@subtitle Đánh giá kết quả thực hiện cam kết năm 2022 của Chủ tịch UBND xã

Họ và tên: Nguyễn Hữu Lộc. Chức vụ: Chủ tịch UBND xã Phú Lâm.
- Nông thôn mới nâng cao: xã được UBND tỉnh Đồng Nai công nhận tại Quyết định số 3112/QĐ-UBND ngày 30/11/2022. Mức độ: Hoàn thành.
- Thu ngân sách: thu 19,2 tỷ đồng, bằng 113,5% dự toán. Mức độ: Hoàn thành vượt.
- Giải quyết khiếu nại, tranh chấp đất đai: đã giải quyết 05/07 vụ; 02 vụ đang chờ kết quả đo đạc lại. Mức độ: Chưa hoàn thành.
- Di dời hộ dân khỏi hành lang lưới điện: 12/12 hộ đã di dời, 03 hộ cuối cùng bàn giao mặt bằng trong tháng 10/2022. Mức độ: Hoàn thành.
Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ.

@sign
R: NGƯỜI TỰ KIỂM ĐIỂM | (đã ký) | Nguyễn Hữu Lộc
""", kind="evaluation", number=None, date="2022-12-10", issuer=XA, year=2022,
    signer=("Nguyễn Hữu Lộc", "Chủ tịch"),
    units=["UBND huyện Tân Phú", XA, "UBND tỉnh Đồng Nai"],
    leaders=[("Nguyễn Hữu Lộc", "Chủ tịch", XA)],
    pledges=[
        P("Nông thôn mới nâng cao", XA, "Nguyễn Hữu Lộc", status="completed", topics=["nong_thon_moi"], link=(C, 1)),
        P("Thu ngân sách", XA, "Nguyễn Hữu Lộc", status="completed", topics=["thu_ngan_sach"], link=(C, 2)),
        P("Giải quyết khiếu nại, tranh chấp đất đai", XA, "Nguyễn Hữu Lộc", status="not_completed",
          topics=["cai_cach_hanh_chinh"], link=(C, 3)),
        P("Di dời hộ dân khỏi hành lang lưới điện", XA, "Nguyễn Hữu Lộc", status="completed",
          topics=["giai_phong_mat_bang"], link=(C, 4)),
    ])

# Bí thư Thị ủy Sa Pa (Lào Cai): a head's commitment, pledges inside one long sentence, 2020
SP = "Thị ủy Sa Pa"
doc("h3-21-tu-sapa-2020-camketnguoidungdau.pdf", """
@format pdf
@header
L: ĐẢNG BỘ TỈNH LÀO CAI
L: THỊ ỦY SA PA
L: *
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Sa Pa, ngày 03 tháng 02 năm 2020

@title BẢN CAM KẾT
@subtitle của người đứng đầu cấp ủy năm 2020

Tôi là Phan Thanh Tùng, Bí thư Thị ủy Sa Pa. Năm 2020 là năm đầu tiên thị xã Sa Pa hoạt động theo mô hình đô thị sau khi được thành lập theo Nghị quyết số 767/NQ-UBTVQH14 ngày 11/9/2019 của Ủy ban Thường vụ Quốc hội.
Với trách nhiệm của người đứng đầu, tôi cam kết với Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo thực hiện thành công các nhiệm vụ: một là, kiện toàn tổ chức bộ máy các cơ quan chuyên môn của thị xã trong Quý I/2020; hai là, hoàn thành giải phóng mặt bằng dự án đường nối Sa Pa với đường cao tốc Nội Bài - Lào Cai trước ngày 30/6/2020; ba là, hoàn thiện hồ sơ đề án công nhận khu du lịch quốc gia Sa Pa, trình UBND tỉnh trong tháng 10/2020; bốn là, đón 1,2 triệu lượt khách du lịch trong năm 2020.
Nếu không hoàn thành, tôi xin chịu hình thức xử lý theo quy định của Ban Thường vụ Tỉnh ủy.

@sign
L: T/M BAN THƯỜNG VỤ TỈNH ỦY | K/T BÍ THƯ | PHÓ BÍ THƯ | (đã ký) | Nông Văn Hưng
R: NGƯỜI CAM KẾT | BÍ THƯ THỊ ỦY | (đã ký) | Phan Thanh Tùng
""", kind="commitment", number=None, date="2020-02-03", issuer=SP, year=2020,
    signer=("Phan Thanh Tùng", "Bí thư"),
    units=["Đảng bộ tỉnh Lào Cai", SP, "Ủy ban Thường vụ Quốc hội", "Tỉnh ủy Lào Cai", "UBND tỉnh Lào Cai"],
    leaders=[("Phan Thanh Tùng", "Bí thư", SP), ("Nông Văn Hưng", "Phó Bí thư", "Tỉnh ủy Lào Cai")],
    pledges=[
        P("Kiện toàn tổ chức bộ máy các cơ quan chuyên môn của thị xã trong Quý I/2020", SP, "Phan Thanh Tùng",
          "2020-03-31", "Quý I/2020", topics=["to_chuc_bo_may"]),
        P("Hoàn thành giải phóng mặt bằng dự án đường nối Sa Pa với đường cao tốc Nội Bài - Lào Cai trước ngày 30/6/2020",
          SP, "Phan Thanh Tùng", "2020-06-30", "trước ngày 30/6/2020", topics=["giai_phong_mat_bang", "giao_thong"]),
        P("Hoàn thiện hồ sơ đề án công nhận khu du lịch quốc gia Sa Pa, trình UBND tỉnh trong tháng 10/2020", SP,
          "Phan Thanh Tùng", "2020-10-31", "tháng 10/2020", topics=["thu_hut_dau_tu"]),
        P("Đón 1,2 triệu lượt khách du lịch trong năm 2020", SP, "Phan Thanh Tùng", "2020-12-31", "trong năm 2020",
          topics=["thu_hut_dau_tu"]),
    ])

# Ủy ban MTTQ Việt Nam tỉnh Hà Giang (mass organisation; province merged into Tuyên Quang in 2025), 2021
MT = "Ủy ban MTTQ Việt Nam tỉnh Hà Giang"
doc("h3-22-mttq-hagiang-2021-dangky.docx", """
@format docx
@header
L: ỦY BAN MTTQ VIỆT NAM
L: TỈNH HÀ GIANG
L: BAN THƯỜNG TRỰC
L: Số: 215/ĐK-MTTQ-BTT
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Hà Giang, ngày 25 tháng 02 năm 2021

@title ĐĂNG KÝ
@subtitle Nhiệm vụ trọng tâm năm 2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang

Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đăng ký với Ban Thường vụ Tỉnh ủy Hà Giang các nhiệm vụ trọng tâm năm 2021 như sau:

@table
TT | Nội dung đăng ký | Sản phẩm | Thời gian hoàn thành
1 | Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo | 500 nhà | Trước 30/11/2021
2 | Tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" tại 100% khu dân cư | 2.076/2.076 thôn, tổ dân phố | Tháng 11/2021
3 | Giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 | 02 cuộc giám sát | Quý III/2021
4 | Vận động Quỹ "Vì người nghèo", trao quà Tết cho hộ nghèo | 12 tỷ đồng | Trước Tết Nguyên đán Nhâm Dần

@sign
L: Nơi nhận: | - Thường trực Tỉnh ủy; | - Ban Dân vận Tỉnh ủy; | - Lưu VT.
R: TM. BAN THƯỜNG TRỰC | CHỦ TỊCH | (đã ký) | Vàng Thị Mai
""", kind="commitment", number="215/ĐK-MTTQ-BTT", date="2021-02-25", issuer=MT, year=2021,
    signer=("Vàng Thị Mai", "Chủ tịch"),
    units=[MT, "Tỉnh ủy Hà Giang"],
    leaders=[("Vàng Thị Mai", "Chủ tịch", MT)],
    pledges=[
        P("Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo", MT, None, "2021-11-30", "Trước 30/11/2021",
          topics=["giam_ngheo"]),
        P('Tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" tại 100% khu dân cư', MT, None, "2021-11-30",
          "Tháng 11/2021", topics=["van_hoa_xa_hoi"]),
        P("Giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19", MT, None,
          "2021-09-30", "Quý III/2021", topics=["y_te"]),
        P('Vận động Quỹ "Vì người nghèo", trao quà Tết cho hộ nghèo', MT, None, None,
          "Trước Tết Nguyên đán Nhâm Dần", topics=["giam_ngheo"]),
    ])
