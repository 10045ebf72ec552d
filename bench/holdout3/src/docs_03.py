# Đảng ủy phường Thủ Dầu Một (Thành phố Hồ Chí Minh after the 2025 merger, no district), 2026
U = "Đảng ủy phường Thủ Dầu Một"
doc("h3-06-du-thudaumot-2026-camket.docx", """
@format docx
@header
L: ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
L: ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT
L: *
L: Số 08-CK/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Phường Thủ Dầu Một, ngày 09 tháng 01 năm 2026

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ trọng tâm năm 2026 của tập thể Ban Thường vụ và người đứng đầu Đảng ủy phường Thủ Dầu Một

Phường Thủ Dầu Một được thành lập theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh, hoạt động từ ngày 01/7/2025. Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I; Ban Thường vụ Đảng ủy phường cam kết với Ban Thường vụ Thành ủy các nội dung sau:

@table
STT | Nội dung cam kết | Chỉ tiêu | Thời hạn | Người thực hiện
1 | Hoàn thành giải phóng mặt bằng dự án mở rộng đường Huỳnh Văn Lũy đoạn qua phường | 100% mặt bằng được bàn giao | Quý II/2026 | Đ/c Trần Minh Khoa, Chủ tịch UBND phường
2 | Giải quyết hồ sơ thủ tục hành chính đúng và trước hạn, không để hồ sơ trễ hạn | 100% hồ sơ | Cả năm 2026 | Đ/c Trần Minh Khoa, Chủ tịch UBND phường
3 | Kết nạp đảng viên mới; thành lập tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước | 45 đảng viên; 02 chi bộ | Trước 31/12/2026 | Đ/c Lê Thị Ngọc Hân, Phó Bí thư Đảng ủy
4 | Người dân trưởng thành có tài khoản định danh điện tử mức 2 sử dụng dịch vụ công trực tuyến | 80% | Tháng 9/2026 | Đ/c Trần Minh Khoa, Chủ tịch UBND phường
5 | Xây dựng phường đạt chuẩn đô thị văn minh | Đạt các tiêu chí theo quy định của Thành phố | Đến năm 2030 | Đ/c Đoàn Thị Mỹ Linh, Bí thư Đảng ủy

Ban Thường vụ Đảng ủy phường định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo kết quả thực hiện về Ban Thường vụ Thành ủy qua Ban Tổ chức Thành ủy.

@sign
L: T/M BAN THƯỜNG VỤ THÀNH ỦY | PHÓ BÍ THƯ | (đã ký) | Phạm Quốc Thái
R: T/M ĐẢNG ỦY PHƯỜNG | BÍ THƯ | (đã ký) | Đoàn Thị Mỹ Linh
""", kind="commitment", number="08-CK/ĐU", date="2026-01-09", issuer=U, year=2026,
    signer=("Đoàn Thị Mỹ Linh", "Bí thư"),
    units=["Đảng bộ Thành phố Hồ Chí Minh", U, "Ủy ban Thường vụ Quốc hội", "Đảng bộ phường Thủ Dầu Một", "Thành ủy Thành phố Hồ Chí Minh",
           "UBND phường Thủ Dầu Một", "Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh"],
    leaders=[("Trần Minh Khoa", "Chủ tịch", "UBND phường Thủ Dầu Một"), ("Lê Thị Ngọc Hân", "Phó Bí thư", U),
             ("Đoàn Thị Mỹ Linh", "Bí thư", U), ("Phạm Quốc Thái", "Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh")],
    pledges=[
        P("Hoàn thành giải phóng mặt bằng dự án mở rộng đường Huỳnh Văn Lũy đoạn qua phường", U, "Trần Minh Khoa",
          "2026-06-30", "Quý II/2026", topics=["giai_phong_mat_bang", "giao_thong"]),
        P("Giải quyết hồ sơ thủ tục hành chính đúng và trước hạn, không để hồ sơ trễ hạn", U, "Trần Minh Khoa",
          "2026-12-31", "Cả năm 2026", topics=["cai_cach_hanh_chinh"]),
        P("Kết nạp đảng viên mới; thành lập tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước", U, "Lê Thị Ngọc Hân",
          "2026-12-31", "Trước 31/12/2026", topics=["xay_dung_dang"]),
        P("Người dân trưởng thành có tài khoản định danh điện tử mức 2 sử dụng dịch vụ công trực tuyến", U, "Trần Minh Khoa",
          "2026-09-30", "Tháng 9/2026", topics=["chuyen_doi_so", "cai_cach_hanh_chinh"]),
        P("Xây dựng phường đạt chuẩn đô thị văn minh", U, "Đoàn Thị Mỹ Linh", "2030-12-31", "Đến năm 2030",
          topics=["van_hoa_xa_hoi"]),
    ])

# Chi bộ bản Na Sang 1 (Điện Biên, mountain village cell), 2018: cp1258 text, no number;
# the commune's summary across three village cells
NS = "Chi bộ bản Na Sang 1"
C = "h3-07-cb-nasang1-2018-camket.txt"
doc(C, """
@format txt
@encoding cp1258
@header
L: ĐẢNG BỘ XÃ MƯỜNG PHĂNG
L: CHI BỘ BẢN NA SANG 1
L: *
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Na Sang 1, ngày 05 tháng 3 năm 2018

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ năm 2018 của Chi bộ bản Na Sang 1

Thực hiện Hướng dẫn số 03-HD/ĐU ngày 20/01/2018 của Đảng ủy xã Mường Phăng, Chi bộ bản Na Sang 1 cam kết với Đảng ủy xã thực hiện tốt các nhiệm vụ sau:
- Về phát triển kinh tế:
+ Trồng mới 15 ha cà phê xen cây mắc ca, hoàn thành trong tháng 7/2018.
+ Giảm 05 hộ nghèo (từ 38 hộ xuống còn 33 hộ) vào cuối năm 2018.
+ Làm mới 800 m đường bê tông nội bản theo phương châm "Nhà nước và nhân dân cùng làm", xong trước 30/5/2018.
- Về xây dựng Đảng và an ninh:
+ Kết nạp 02 đảng viên mới trong năm 2018.
+ Không phát sinh người nghiện ma túy mới, không có người di cư tự do, không có hoạt động truyền đạo trái pháp luật.
Đồng chí Lò Văn Xôm, Bí thư Chi bộ chịu trách nhiệm thực hiện các nội dung trên.

@sign
L: T/M ĐẢNG ỦY XÃ | BÍ THƯ | Lò Văn Phanh
R: T/M CHI BỘ | BÍ THƯ | Lò Văn Xôm
""", kind="commitment", number=None, date="2018-03-05", issuer=NS, year=2018,
    signer=("Lò Văn Xôm", "Bí thư"),
    units=["Đảng bộ xã Mường Phăng", NS, "Đảng ủy xã Mường Phăng"],
    leaders=[("Lò Văn Xôm", "Bí thư", NS), ("Lò Văn Phanh", "Bí thư", "Đảng ủy xã Mường Phăng")],
    pledges=[
        P("Trồng mới 15 ha cà phê xen cây mắc ca, hoàn thành trong tháng 7/2018", NS, "Lò Văn Xôm",
          "2018-07-31", "tháng 7/2018", "completed", ["nong_nghiep"]),
        P("Giảm 05 hộ nghèo (từ 38 hộ xuống còn 33 hộ) vào cuối năm 2018", NS, "Lò Văn Xôm",
          "2018-12-31", "cuối năm 2018", "not_completed", ["giam_ngheo"]),
        P('Làm mới 800 m đường bê tông nội bản theo phương châm "Nhà nước và nhân dân cùng làm", xong trước 30/5/2018',
          NS, "Lò Văn Xôm", "2018-05-30", "trước 30/5/2018", "completed", ["giao_thong", "nong_thon_moi"]),
        P("Kết nạp 02 đảng viên mới trong năm 2018", NS, "Lò Văn Xôm", "2018-12-31", "trong năm 2018",
          "unknown", ["xay_dung_dang"]),
        P("Không phát sinh người nghiện ma túy mới, không có người di cư tự do, không có hoạt động truyền đạo trái pháp luật",
          NS, "Lò Văn Xôm", None, None, "unknown", ["quoc_phong_an_ninh"]),
    ])

DU = "Đảng ủy xã Mường Phăng"
doc("h3-08-du-muongphang-2018-tonghop.doc", """
@format doc
@header
L: ĐẢNG BỘ HUYỆN ĐIỆN BIÊN
L: ĐẢNG ỦY XÃ MƯỜNG PHĂNG
L: *
L: Số 56-BC/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Mường Phăng, ngày 26 tháng 12 năm 2018

@title BÁO CÁO
@subtitle tổng hợp kết quả thực hiện cam kết năm 2018 của các chi bộ bản

Năm 2018, 18/18 chi bộ bản trực thuộc Đảng bộ xã ký cam kết với Đảng ủy. Ban Thường vụ Đảng ủy tổng hợp kết quả tại 03 chi bộ được kiểm tra như sau:

@table
STT | Đơn vị | Nội dung đã cam kết | Kết quả | Xếp loại
1 | Chi bộ bản Na Sang 1 | Trồng cà phê xen mắc ca | 15,5/15 ha | Vượt kế hoạch
2 | Chi bộ bản Na Sang 1 | Giảm hộ nghèo | Giảm 03/05 hộ | Chưa hoàn thành
3 | Chi bộ bản Na Sang 1 | Đường bê tông nội bản | 800 m, bàn giao tháng 5/2018 | Hoàn thành
4 | Chi bộ bản Khá | Kết nạp đảng viên | Kết nạp 01/02 quần chúng | Không hoàn thành
5 | Chi bộ bản Khá | Xóa nhà tạm cho hộ nghèo | 06 nhà | Hoàn thành
6 | Chi bộ bản Che Căn | Bảo vệ rừng đầu nguồn | Không để xảy ra cháy rừng | Hoàn thành tốt
7 | Chi bộ bản Che Căn | Công trình nước sạch sinh hoạt | Đang thi công, đạt 60% khối lượng | Đang thực hiện

Ban Thường vụ Đảng ủy đề nghị các chi bộ chưa hoàn thành cam kết xây dựng kế hoạch khắc phục trong Quý I/2019.

@sign
L: Nơi nhận: | - Ban Thường vụ Huyện ủy Điện Biên; | - Các chi bộ; | - Lưu VP.
R: T/M ĐẢNG ỦY | BÍ THƯ | (đã ký) | Lò Văn Phanh
""", kind="evaluation", number="56-BC/ĐU", date="2018-12-26", issuer=DU, year=2018,
    signer=("Lò Văn Phanh", "Bí thư"),
    units=["Đảng bộ huyện Điện Biên", DU, NS, "Chi bộ bản Khá", "Chi bộ bản Che Căn"],
    leaders=[("Lò Văn Phanh", "Bí thư", DU)],
    pledges=[
        P("Trồng cà phê xen mắc ca", NS, status="completed", topics=["nong_nghiep"], link=(C, 1)),
        P("Giảm hộ nghèo", NS, status="not_completed", topics=["giam_ngheo"], link=(C, 2)),
        P("Đường bê tông nội bản", NS, status="completed", topics=["giao_thong", "nong_thon_moi"], link=(C, 3)),
        P("Kết nạp đảng viên", "Chi bộ bản Khá", status="not_completed", topics=["xay_dung_dang"], link=None),
        P("Xóa nhà tạm cho hộ nghèo", "Chi bộ bản Khá", status="completed", topics=["giam_ngheo"], link=None),
        P("Bảo vệ rừng đầu nguồn", "Chi bộ bản Che Căn", status="completed", topics=["moi_truong"], link=None),
        P("Công trình nước sạch sinh hoạt", "Chi bộ bản Che Căn", status="in_progress",
          topics=["nong_thon_moi"], link=None),
    ])
