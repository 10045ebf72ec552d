# Đảng uỷ xã Hoà Trạch (Bố Trạch, Quảng Bình, now Quảng Trị), 2019: macOS NFD text, old tone placement
HT = "Đảng uỷ xã Hoà Trạch"
doc("h3-27-du-hoatrach-2019-soket.txt", """
@format txt
@header
L: ĐẢNG BỘ HUYỆN BỐ TRẠCH
L: ĐẢNG UỶ XÃ HOÀ TRẠCH
L: *
L: Số 21-BC/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Hoà Trạch, ngày 05 tháng 7 năm 2019

@title BÁO CÁO
@subtitle sơ kết 6 tháng đầu năm 2019 thực hiện Bản cam kết của Ban Thường vụ Đảng uỷ xã

Thực hiện Bản cam kết ngày 22/01/2019 với Ban Thường vụ Huyện uỷ Bố Trạch, Ban Thường vụ Đảng uỷ xã báo cáo kết quả 6 tháng đầu năm như sau:
- Kiên cố hoá kênh mương nội đồng: đã hoàn thành 1,2/2,5 km, đạt 48% kế hoạch; đang thực hiện.
- Trạm y tế xã đạt chuẩn quốc gia về y tế: Trạm y tế đã được công nhận lại tháng 5/2019; hoàn thành.
- Thu ngân sách xã: thu 1,86 tỷ đồng, đạt 62% dự toán cả năm; đang thực hiện.
- Chuyển đổi cây trồng trên đất lúa kém hiệu quả: chưa thực hiện được do hạn hán kéo dài, nguồn nước thuỷ lợi không bảo đảm; chậm tiến độ.
Nhiệm vụ 6 tháng cuối năm:
- Hoàn thành kiên cố hoá 1,3 km kênh mương còn lại trước 30/11/2019.
- Chuyển đổi 15 ha đất lúa sang trồng ngô, lạc trong vụ Hè Thu.

@sign
L: Nơi nhận: | - BTV Huyện uỷ (b/c); | - Các chi bộ; | - Lưu VP.
R: T/M ĐẢNG UỶ | PHÓ BÍ THƯ | (đã ký) | Hoàng Thị Thuỷ
""", nfd_src=True, kind="evaluation", number="21-BC/ĐU", date="2019-07-05", issuer=HT, year=2019,
    signer=("Hoàng Thị Thuỷ", "Phó Bí thư"),
    units=["Đảng bộ huyện Bố Trạch", HT, "Huyện uỷ Bố Trạch"],
    leaders=[("Hoàng Thị Thuỷ", "Phó Bí thư", HT)],
    pledges=[
        P("Kiên cố hoá kênh mương nội đồng", HT, status="in_progress", topics=["nong_nghiep", "nong_thon_moi"], link=None),
        P("Trạm y tế xã đạt chuẩn quốc gia về y tế", HT, status="completed", topics=["y_te"], link=None),
        P("Thu ngân sách xã", HT, status="in_progress", topics=["thu_ngan_sach"], link=None),
        P("Chuyển đổi cây trồng trên đất lúa kém hiệu quả", HT, status="in_progress", topics=["nong_nghiep"], link=None),
    ])

# Ban Tổ chức Tỉnh ủy Thanh Hóa, 2024: summary table across four district-level committees, with a % column
BT = "Ban Tổ chức Tỉnh ủy Thanh Hóa"
QH, NS, SS, TX = "Huyện ủy Quan Hóa", "Thị ủy Nghi Sơn", "Thành ủy Sầm Sơn", "Huyện ủy Thọ Xuân"
doc("h3-28-btctu-thanhhoa-2024-tonghop.pdf", """
@format pdf
@header
L: ĐẢNG BỘ TỈNH THANH HÓA
L: BAN TỔ CHỨC TỈNH ỦY
L: *
L: Số 312-BC/BTCTU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Thanh Hóa, ngày 27 tháng 12 năm 2024

@title BÁO CÁO
@subtitle tổng hợp kết quả thực hiện cam kết năm 2024 của một số huyện ủy, thị ủy, thành ủy

Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy tổng hợp kết quả thực hiện các nội dung cam kết năm 2024 của 04 đơn vị được kiểm tra như sau:

@table
STT | Đơn vị | Nội dung cam kết | Kết quả | % | Mức độ hoàn thành
1 | Huyện ủy Quan Hóa | Giảm tỷ lệ hộ nghèo 4% | Giảm 4,3% | 107,5 | Hoàn thành vượt
2 | Huyện ủy Quan Hóa | Trồng rừng sản xuất 900 ha | 720 ha | 80 | Không hoàn thành
3 | Thị ủy Nghi Sơn | Giải phóng mặt bằng Khu công nghiệp số 5 | Bàn giao 312/350 ha | 89,1 | Chậm tiến độ
4 | Thị ủy Nghi Sơn | Thu ngân sách nhà nước 45.000 tỷ đồng | 47.150 tỷ đồng | 104,8 | Hoàn thành
5 | Thành ủy Sầm Sơn | Đón 4,5 triệu lượt khách du lịch | 5,1 triệu lượt | 113,3 | Vượt
6 | Thành ủy Sầm Sơn | Hoàn thành đề án công nhận đô thị loại II | Đã trình Bộ Xây dựng thẩm định | | Đang triển khai
7 | Huyện ủy Thọ Xuân | Huyện đạt chuẩn nông thôn mới nâng cao | Đạt 8/9 tiêu chí | 88,9 | Chưa hoàn thành
8 | Huyện ủy Thọ Xuân | Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 | Giảm 06 xã | 100 | Hoàn thành

Đối với các nội dung chưa hoàn thành, Ban Tổ chức Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy yêu cầu các đơn vị xây dựng kế hoạch khắc phục, báo cáo trước ngày 15/01/2025.

@sign
L: Nơi nhận: | - Thường trực Tỉnh ủy (b/c); | - Các huyện ủy, thị ủy, thành ủy; | - Lưu VT.
R: K/T TRƯỞNG BAN | PHÓ TRƯỞNG BAN | (đã ký) | Lê Thị Hải Yến
""", kind="evaluation", number="312-BC/BTCTU", date="2024-12-27", issuer=BT, year=2024,
    signer=("Lê Thị Hải Yến", "Phó Trưởng ban"),
    units=["Đảng bộ tỉnh Thanh Hóa", BT, "Tỉnh ủy Thanh Hóa", QH, NS, SS, TX, "Bộ Xây dựng"],
    leaders=[("Lê Thị Hải Yến", "Phó Trưởng ban", BT)],
    pledges=[
        P("Giảm tỷ lệ hộ nghèo 4%", QH, status="completed", topics=["giam_ngheo"], link=None),
        P("Trồng rừng sản xuất 900 ha", QH, status="not_completed", topics=["nong_nghiep", "moi_truong"], link=None),
        P("Giải phóng mặt bằng Khu công nghiệp số 5", NS, status="in_progress",
          topics=["giai_phong_mat_bang", "thu_hut_dau_tu"], link=None),
        P("Thu ngân sách nhà nước 45.000 tỷ đồng", NS, status="completed", topics=["thu_ngan_sach"], link=None),
        P("Đón 4,5 triệu lượt khách du lịch", SS, status="completed", topics=["thu_hut_dau_tu"], link=None),
        P("Hoàn thành đề án công nhận đô thị loại II", SS, status="in_progress", topics=[], link=None),
        P("Huyện đạt chuẩn nông thôn mới nâng cao", TX, status="not_completed", topics=["nong_thon_moi"], link=None),
        P("Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025", TX, status="completed",
          topics=["to_chuc_bo_may"], link=None),
    ])

# Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, 2022: bilingual Vietnamese / English commitment, docx + pdf
BQL = "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"
doc(["h3-29-bqlkcn-bacninh-2022-camket.docx", "h3-29-bqlkcn-bacninh-2022-camket.pdf"], """
@format docx pdf
@header
L: UBND TỈNH BẮC NINH
L: BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
L: Số: 56/CK-BQL
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Bắc Ninh, ngày 21 tháng 01 năm 2022

@title BẢN CAM KẾT / COMMITMENT
@subtitle Thực hiện nhiệm vụ trọng tâm năm 2022 (Key tasks for 2022)

Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cam kết với Ban Thường vụ Tỉnh ủy và UBND tỉnh Bắc Ninh thực hiện các nhiệm vụ sau:
(The Bac Ninh Industrial Parks Management Board commits to the Provincial Party Standing Committee and the Provincial People's Committee to carry out the following tasks:)
1. Thu hút mới 1,5 tỷ USD vốn đầu tư trực tiếp nước ngoài vào các khu công nghiệp trong năm 2022.
(Attract USD 1.5 billion of new foreign direct investment into industrial parks in 2022.)
2. Giải quyết 100% thủ tục hành chính về đầu tư trên môi trường mạng, rút ngắn 30% thời gian so với quy định, hoàn thành trước 30/6/2022.
(Handle 100% of investment procedures online and cut processing time by 30%, by 30 June 2022.)
3. Hoàn thành giải phóng mặt bằng Khu công nghiệp Yên Phong II-C trong Quý IV/2022.
(Complete site clearance of Yen Phong II-C Industrial Park in Q4 2022.)
4. Xử lý dứt điểm 100% doanh nghiệp chưa đấu nối nước thải vào hệ thống xử lý tập trung, xong trong tháng 9/2022.
(Connect every remaining enterprise to the central wastewater treatment system by September 2022.)

@sign
L: T/M BAN THƯỜNG VỤ TỈNH ỦY | PHÓ BÍ THƯ | (đã ký) | Nguyễn Quốc Chung
R: TRƯỞNG BAN / HEAD OF BOARD | (đã ký) | Nguyễn Đức Thịnh
""", kind="commitment", number="56/CK-BQL", date="2022-01-21", issuer=BQL, year=2022,
    signer=("Nguyễn Đức Thịnh", "Trưởng ban"),
    units=["UBND tỉnh Bắc Ninh", BQL, "Tỉnh ủy Bắc Ninh"],
    leaders=[("Nguyễn Quốc Chung", "Phó Bí thư", "Tỉnh ủy Bắc Ninh"), ("Nguyễn Đức Thịnh", "Trưởng ban", BQL)],
    pledges=[
        P("Thu hút mới 1,5 tỷ USD vốn đầu tư trực tiếp nước ngoài vào các khu công nghiệp trong năm 2022", BQL, None,
          "2022-12-31", "trong năm 2022", topics=["thu_hut_dau_tu"]),
        P("Giải quyết 100% thủ tục hành chính về đầu tư trên môi trường mạng, rút ngắn 30% thời gian so với quy định, hoàn thành trước 30/6/2022",
          BQL, None, "2022-06-30", "trước 30/6/2022", topics=["cai_cach_hanh_chinh", "chuyen_doi_so"]),
        P("Hoàn thành giải phóng mặt bằng Khu công nghiệp Yên Phong II-C trong Quý IV/2022", BQL, None,
          "2022-12-31", "Quý IV/2022", topics=["giai_phong_mat_bang", "thu_hut_dau_tu"]),
        P("Xử lý dứt điểm 100% doanh nghiệp chưa đấu nối nước thải vào hệ thống xử lý tập trung, xong trong tháng 9/2022",
          BQL, None, "2022-09-30", "tháng 9/2022", topics=["moi_truong"]),
    ])

# Đảng ủy xã Mèo Vạc (Tuyên Quang after the 2025 merger; formerly Hà Giang), 6 last months of 2025
MV = "Đảng ủy xã Mèo Vạc"
doc("h3-30-du-meovac-2025-camket.pdf", """
@format pdf
@header
L: ĐẢNG BỘ TỈNH TUYÊN QUANG
L: ĐẢNG ỦY XÃ MÈO VẠC
L: *
L: Số 05-CK/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Mèo Vạc, ngày 15 tháng 8 năm 2025

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ trọng tâm 6 tháng cuối năm 2025

Sau khi sắp xếp đơn vị hành chính từ ngày 01/7/2025, xã Mèo Vạc (trước đây thuộc huyện Mèo Vạc, tỉnh Hà Giang) trực thuộc tỉnh Tuyên Quang. Ban Thường vụ Đảng ủy xã cam kết với Ban Thường vụ Tỉnh ủy Tuyên Quang:
1. Hoàn thành xóa nhà tạm, nhà dột nát cho 312 hộ trước ngày 30/9/2025. Người chịu trách nhiệm: đồng chí Sùng Mí Chá, Chủ tịch UBND xã.
2. Ổn định tổ chức bộ máy, bố trí cán bộ, công chức theo vị trí việc làm sau sắp xếp, hoàn thành trong tháng 10/2025. Người chịu trách nhiệm: đồng chí Lý Thị Dung, Phó Bí thư Đảng ủy.
3. Giải quyết 100% hồ sơ thủ tục hành chính của người dân trên môi trường điện tử vào cuối năm 2025. Người chịu trách nhiệm: đồng chí Sùng Mí Chá, Chủ tịch UBND xã.
4. Đón 150.000 lượt khách du lịch cộng đồng trong 6 tháng cuối năm 2025, không để xảy ra tình trạng chèo kéo khách. Người chịu trách nhiệm: đồng chí Vàng Mí Sình, Bí thư Đảng ủy.

@sign
L: T/M BAN THƯỜNG VỤ TỈNH ỦY | PHÓ BÍ THƯ | (đã ký) | Ma Thế Hồng
R: T/M ĐẢNG ỦY | BÍ THƯ | (đã ký) | Vàng Mí Sình
""", kind="commitment", number="05-CK/ĐU", date="2025-08-15", issuer=MV, year=2025,
    signer=("Vàng Mí Sình", "Bí thư"),
    units=["Đảng bộ tỉnh Tuyên Quang", MV, "Tỉnh ủy Tuyên Quang", "UBND xã Mèo Vạc"],
    leaders=[("Sùng Mí Chá", "Chủ tịch", "UBND xã Mèo Vạc"), ("Lý Thị Dung", "Phó Bí thư", MV),
             ("Vàng Mí Sình", "Bí thư", MV), ("Ma Thế Hồng", "Phó Bí thư", "Tỉnh ủy Tuyên Quang")],
    pledges=[
        P("Hoàn thành xóa nhà tạm, nhà dột nát cho 312 hộ trước ngày 30/9/2025", MV, "Sùng Mí Chá", "2025-09-30",
          "trước ngày 30/9/2025", topics=["giam_ngheo"]),
        P("Ổn định tổ chức bộ máy, bố trí cán bộ, công chức theo vị trí việc làm sau sắp xếp, hoàn thành trong tháng 10/2025",
          MV, "Lý Thị Dung", "2025-10-31", "tháng 10/2025", topics=["to_chuc_bo_may"]),
        P("Giải quyết 100% hồ sơ thủ tục hành chính của người dân trên môi trường điện tử vào cuối năm 2025", MV,
          "Sùng Mí Chá", "2025-12-31", "cuối năm 2025", topics=["cai_cach_hanh_chinh", "chuyen_doi_so"]),
        P("Đón 150.000 lượt khách du lịch cộng đồng trong 6 tháng cuối năm 2025, không để xảy ra tình trạng chèo kéo khách",
          MV, "Vàng Mí Sình", "2025-12-31", "6 tháng cuối năm 2025", topics=["thu_hut_dau_tu"]),
    ])
