# Chi bộ Trường THCS Nha Trang (Thái Nguyên city, school Party cell), school year 2023-2024
CB = "Chi bộ Trường THCS Nha Trang"
SCH = "Trường THCS Nha Trang"
C = "h3-14-cb-thcsnhatrang-2023-dangky.pdf"
doc(C, """
@format pdf
@header
L: ĐẢNG BỘ PHƯỜNG HOÀNG VĂN THỤ
L: CHI BỘ TRƯỜNG THCS NHA TRANG
L: *
L: Số 07-ĐK/CB
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Thái Nguyên, ngày 18 tháng 9 năm 2023

@title ĐĂNG KÝ
@subtitle thực hiện nhiệm vụ trọng tâm năm học 2023-2024 của Chi bộ Trường THCS Nha Trang

Căn cứ Nghị quyết Đảng ủy phường Hoàng Văn Thụ và kế hoạch năm học 2023-2024 của Phòng Giáo dục và Đào tạo thành phố Thái Nguyên, Chi bộ đăng ký với Ban Thường vụ Đảng ủy phường các nội dung sau:

@table
STT | Nội dung đăng ký | Chỉ tiêu | Thời gian | Người phụ trách
1 | Nâng tỷ lệ học sinh lớp 9 đỗ vào lớp 10 THPT công lập | Trên 85% | Tháng 6/2024 | Đ/c Đỗ Thị Hồng Vân, Hiệu trưởng
2 | Trường được công nhận đạt chuẩn quốc gia mức độ 2 | Quyết định công nhận | Trước 30/12/2023 | Đ/c Đỗ Thị Hồng Vân, Hiệu trưởng
3 | Sử dụng sổ điểm điện tử, học bạ số | 24/24 lớp | Tháng 01/2024 | Đ/c Hà Minh Quân, Phó Hiệu trưởng
4 | Kết nạp đảng viên mới là giáo viên trẻ | 02 đảng viên | Năm học 2023-2024 | Đ/c Dương Văn Tú, Bí thư Chi bộ

@sign
L: T/M ĐẢNG ỦY PHƯỜNG | BÍ THƯ | (đã ký) | Nguyễn Thanh Bình
R: T/M CHI BỘ | BÍ THƯ | (đã ký) | Dương Văn Tú
""", kind="commitment", number="07-ĐK/CB", date="2023-09-18", issuer=CB, year=2023,
    signer=("Dương Văn Tú", "Bí thư"),
    units=["Đảng bộ phường Hoàng Văn Thụ", CB, "Đảng ủy phường Hoàng Văn Thụ",
           "Phòng Giáo dục và Đào tạo thành phố Thái Nguyên", SCH],
    leaders=[("Đỗ Thị Hồng Vân", "Hiệu trưởng", SCH), ("Hà Minh Quân", "Phó Hiệu trưởng", SCH),
             ("Dương Văn Tú", "Bí thư", CB), ("Nguyễn Thanh Bình", "Bí thư", "Đảng ủy phường Hoàng Văn Thụ")],
    pledges=[
        P("Nâng tỷ lệ học sinh lớp 9 đỗ vào lớp 10 THPT công lập", CB, "Đỗ Thị Hồng Vân", "2024-06-30",
          "Tháng 6/2024", "completed", ["giao_duc"]),
        P("Trường được công nhận đạt chuẩn quốc gia mức độ 2", CB, "Đỗ Thị Hồng Vân", "2023-12-30",
          "Trước 30/12/2023", "not_completed", ["giao_duc"]),
        P("Sử dụng sổ điểm điện tử, học bạ số", CB, "Hà Minh Quân", "2024-01-31", "Tháng 01/2024",
          "completed", ["giao_duc", "chuyen_doi_so"]),
        P("Kết nạp đảng viên mới là giáo viên trẻ", CB, "Dương Văn Tú", "2024-05-31", "Năm học 2023-2024",
          "not_completed", ["xay_dung_dang"]),
    ])

doc("h3-15-cb-thcsnhatrang-2023-kiemdiem.docx", """
@format docx
@header
L: ĐẢNG BỘ PHƯỜNG HOÀNG VĂN THỤ
L: CHI BỘ TRƯỜNG THCS NHA TRANG
L: *
L: Số 11-BC/CB
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Thái Nguyên, ngày 28 tháng 6 năm 2024

@title BÁO CÁO
@subtitle kiểm điểm việc thực hiện đăng ký nhiệm vụ năm học 2023-2024

@table
TT | Nội dung | Chỉ tiêu | Thực hiện | % | Đánh giá
1 | Tuyển sinh vào lớp 10 THPT công lập | Trên 85% | 88,6% học sinh đỗ | 104 | Đạt
2 | Trường chuẩn quốc gia mức độ 2 | Có quyết định công nhận | Đoàn thẩm định của tỉnh kiểm tra tháng 4/2024, chưa có quyết định | | Chưa hoàn thành
3 | Sổ điểm điện tử, học bạ số | 24/24 lớp | 24/24 lớp | 100 | Đạt
4 | Phát triển đảng viên | 02 | Kết nạp 01 đồng chí | 50 | Chưa đạt
5 | Học sinh giỏi cấp tỉnh | | 21 giải, tăng 6 giải so với năm học trước | | Vượt

Năm học 2024-2025, Chi bộ tiếp tục đăng ký hoàn thành trường chuẩn quốc gia mức độ 2 trước ngày 31/12/2024.

@sign
L: Nơi nhận: | - Đảng ủy phường; | - Lưu Chi bộ.
R: T/M CHI BỘ | BÍ THƯ | (đã ký) | Dương Văn Tú
""", kind="evaluation", number="11-BC/CB", date="2024-06-28", issuer=CB, year=2023,
    signer=("Dương Văn Tú", "Bí thư"),
    units=["Đảng bộ phường Hoàng Văn Thụ", CB],
    leaders=[("Dương Văn Tú", "Bí thư", CB)],
    pledges=[
        P("Tuyển sinh vào lớp 10 THPT công lập", CB, status="completed", topics=["giao_duc"], link=(C, 1)),
        P("Trường chuẩn quốc gia mức độ 2", CB, status="not_completed", topics=["giao_duc"], link=(C, 2)),
        P("Sổ điểm điện tử, học bạ số", CB, status="completed", topics=["giao_duc", "chuyen_doi_so"], link=(C, 3)),
        P("Phát triển đảng viên", CB, status="not_completed", topics=["xay_dung_dang"], link=(C, 4)),
        P("Học sinh giỏi cấp tỉnh", CB, status="completed", topics=["giao_duc"], link=None),
    ])

# Đảng ủy Bệnh viện Đa khoa tỉnh Cà Mau (hospital Party committee), 2017: .doc prose with group leaders
DB = "Đảng ủy Bệnh viện Đa khoa tỉnh Cà Mau"
BV = "Bệnh viện Đa khoa tỉnh Cà Mau"
C2 = "h3-16-dubv-camau-2017-camket.doc"
doc(C2, """
@format doc
@header
L: ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH CÀ MAU
L: ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH
L: *
L: Số 03-CK/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Cà Mau, ngày 08 tháng 02 năm 2017

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ chính trị năm 2017 của Đảng ủy Bệnh viện Đa khoa tỉnh Cà Mau

Đảng ủy Bệnh viện Đa khoa tỉnh cam kết với Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh thực hiện các nội dung sau:
1. Về chuyên môn
a) Giảm tỷ lệ chuyển viện lên tuyến trên xuống dưới 3% trong năm 2017.
b) Triển khai kỹ thuật chạy thận nhân tạo và can thiệp tim mạch tại chỗ, hoàn thành trước ngày 02/9/2017.
c) Chỉ số hài lòng của người bệnh nội trú đạt trên 85% đến Quý IV/2017.
Người chịu trách nhiệm: đồng chí Trương Minh Sang, Phó Giám đốc Bệnh viện.
2. Về xây dựng Đảng
a) 100% chi bộ trực thuộc được xếp loại hoàn thành tốt nhiệm vụ trở lên.
b) Kết nạp 05 đảng viên mới là bác sĩ, điều dưỡng trẻ.
Người chịu trách nhiệm: đồng chí Lâm Thị Thúy, Phó Bí thư Đảng ủy.

@sign
L: T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI | BÍ THƯ | (đã ký) | Nguyễn Văn Hiếu
R: T/M ĐẢNG ỦY | BÍ THƯ | (đã ký) | Trần Quốc Việt
""", kind="commitment", number="03-CK/ĐU", date="2017-02-08", issuer=DB, year=2017,
    signer=("Trần Quốc Việt", "Bí thư"),
    units=["Đảng bộ Khối các cơ quan tỉnh Cà Mau", DB, "Đảng ủy Khối các cơ quan tỉnh Cà Mau", BV],
    leaders=[("Trương Minh Sang", "Phó Giám đốc", BV), ("Lâm Thị Thúy", "Phó Bí thư", DB),
             ("Nguyễn Văn Hiếu", "Bí thư", "Đảng ủy Khối các cơ quan tỉnh Cà Mau"), ("Trần Quốc Việt", "Bí thư", DB)],
    pledges=[
        P("Giảm tỷ lệ chuyển viện lên tuyến trên xuống dưới 3% trong năm 2017", DB, "Trương Minh Sang",
          "2017-12-31", "trong năm 2017", "completed", ["y_te"]),
        P("Triển khai kỹ thuật chạy thận nhân tạo và can thiệp tim mạch tại chỗ, hoàn thành trước ngày 02/9/2017", DB,
          "Trương Minh Sang", "2017-09-02", "trước ngày 02/9/2017", "in_progress", ["y_te"]),
        P("Chỉ số hài lòng của người bệnh nội trú đạt trên 85% đến Quý IV/2017", DB, "Trương Minh Sang",
          "2017-12-31", "đến Quý IV/2017", "completed", ["y_te"]),
        P("100% chi bộ trực thuộc được xếp loại hoàn thành tốt nhiệm vụ trở lên", DB, "Lâm Thị Thúy",
          None, None, "unknown", ["xay_dung_dang"]),
        P("Kết nạp 05 đảng viên mới là bác sĩ, điều dưỡng trẻ", DB, "Lâm Thị Thúy", None, None,
          "completed", ["xay_dung_dang"]),
    ])

doc("h3-17-dubv-camau-2017-kiemdiem.txt", """
@format txt
@encoding utf-8-sig
@header
L: ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH CÀ MAU
L: ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH
L: *
L: Số 41-BC/ĐU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Cà Mau, ngày 22 tháng 12 năm 2017

@title BÁO CÁO
@subtitle kiểm điểm thực hiện Bản cam kết năm 2017

1. Về giảm tỷ lệ chuyển viện: tỷ lệ chuyển tuyến trên cả năm là 2,7%; hoàn thành.
2. Về chạy thận nhân tạo, can thiệp tim mạch: đơn nguyên chạy thận hoạt động từ tháng 8/2017 với 32 máy; can thiệp tim mạch chưa thực hiện được do chưa được cấp máy chụp mạch (DSA). Cơ bản hoàn thành.
3. Về sự hài lòng của người bệnh: kết quả khảo sát Quý IV đạt 87,5%; hoàn thành.
4. Về phát triển đảng viên: kết nạp 05/05 quần chúng ưu tú; hoàn thành.
5. Về thực hiện tự chủ tài chính: Bệnh viện tự bảo đảm chi thường xuyên từ ngày 01/7/2017; hoàn thành tốt.
Đánh giá chung: Đảng ủy Bệnh viện tự xếp loại hoàn thành tốt nhiệm vụ năm 2017.

@sign
L: Nơi nhận: | - Đảng ủy Khối (b/c); | - Các chi bộ; | - Lưu.
R: T/M ĐẢNG ỦY | PHÓ BÍ THƯ | (đã ký) | Lâm Thị Thúy
""", kind="evaluation", number="41-BC/ĐU", date="2017-12-22", issuer=DB, year=2017,
    signer=("Lâm Thị Thúy", "Phó Bí thư"),
    units=["Đảng bộ Khối các cơ quan tỉnh Cà Mau", DB, BV],
    leaders=[("Lâm Thị Thúy", "Phó Bí thư", DB)],
    pledges=[
        P("Giảm tỷ lệ chuyển viện", DB, status="completed", topics=["y_te"], link=(C2, 1)),
        P("Chạy thận nhân tạo, can thiệp tim mạch", DB, status="in_progress", topics=["y_te"], link=(C2, 2)),
        P("Sự hài lòng của người bệnh", DB, status="completed", topics=["y_te"], link=(C2, 3)),
        P("Phát triển đảng viên", DB, status="completed", topics=["xay_dung_dang"], link=(C2, 5)),
        P("Thực hiện tự chủ tài chính", DB, status="completed", topics=["y_te"], link=None),
    ])

# Chi bộ of a joint-stock water company (Thái Bình, enterprise cell), 2016: no report here
CTY = "Chi bộ Công ty Cổ phần Nước sạch Thái Bình"
doc("h3-18-cb-nuocsachthaibinh-2016-camket.doc", """
@format doc
@header
L: ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH THÁI BÌNH
L: CHI BỘ CÔNG TY CỔ PHẦN NƯỚC SẠCH THÁI BÌNH
L: *
L: Số 01-CK/CB
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Thái Bình, ngày 25 tháng 01 năm 2016

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ chính trị năm 2016

Chi bộ Công ty Cổ phần Nước sạch Thái Bình cam kết với Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh:
1. Cung cấp nước sạch đạt QCVN 01:2009/BYT cho thêm 4.500 hộ dân tại các xã ven thành phố. Thời gian hoàn thành: trước 30/11/2016.
2. Giảm tỷ lệ thất thoát nước xuống dưới 18%. Thời gian hoàn thành: cuối năm 2016.
3. Doanh thu đạt 210 tỷ đồng, nộp ngân sách nhà nước 12 tỷ đồng.
4. Kết nạp 03 đảng viên mới là công nhân trực tiếp sản xuất. Thời gian hoàn thành: trong năm 2016.
Đồng chí Phạm Văn Thành, Bí thư Chi bộ chịu trách nhiệm chỉ đạo thực hiện các nội dung trên.

@sign
L: T/M BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI | PHÓ BÍ THƯ | (đã ký) | Vũ Thị Hạnh
R: T/M CHI BỘ | BÍ THƯ | (đã ký) | Phạm Văn Thành

Nơi nhận:
- Đảng ủy Khối (b/c);
- Hội đồng quản trị Công ty;
- Lưu Chi bộ.
""", kind="commitment", number="01-CK/CB", date="2016-01-25", issuer=CTY, year=2016,
    signer=("Phạm Văn Thành", "Bí thư"),
    units=["Đảng bộ Khối Doanh nghiệp tỉnh Thái Bình", CTY, "Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình"],
    leaders=[("Phạm Văn Thành", "Bí thư", CTY), ("Vũ Thị Hạnh", "Phó Bí thư", "Đảng ủy Khối Doanh nghiệp tỉnh Thái Bình")],
    pledges=[
        P("Cung cấp nước sạch đạt QCVN 01:2009/BYT cho thêm 4.500 hộ dân tại các xã ven thành phố. Thời gian hoàn thành: trước 30/11/2016",
          CTY, "Phạm Văn Thành", "2016-11-30", "trước 30/11/2016", topics=["nong_thon_moi"]),
        P("Giảm tỷ lệ thất thoát nước xuống dưới 18%. Thời gian hoàn thành: cuối năm 2016", CTY, "Phạm Văn Thành",
          "2016-12-31", "cuối năm 2016", topics=[]),
        P("Doanh thu đạt 210 tỷ đồng, nộp ngân sách nhà nước 12 tỷ đồng", CTY, "Phạm Văn Thành",
          topics=["thu_ngan_sach"]),
        P("Kết nạp 03 đảng viên mới là công nhân trực tiếp sản xuất. Thời gian hoàn thành: trong năm 2016", CTY,
          "Phạm Văn Thành", "2016-12-31", "trong năm 2016", topics=["xay_dung_dang"]),
    ])
