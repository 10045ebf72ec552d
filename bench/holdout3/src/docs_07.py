# Hội Nông dân huyện Krông Pắc (Đắk Lắk, Central Highlands), 2023: "Chỉ tiêu N:" labels, Ê Đê names
HN = "Hội Nông dân huyện Krông Pắc"
doc("h3-23-hnd-krongpac-2023-dangky.txt", """
@format txt
@header
L: HỘI NÔNG DÂN TỈNH ĐẮK LẮK
L: BCH HỘI NÔNG DÂN HUYỆN KRÔNG PẮC
L: Số: 18-ĐK/HND
R: HỘI NÔNG DÂN VIỆT NAM
R: Krông Pắc, ngày 16 tháng 01 năm 2023

@title BẢN ĐĂNG KÝ THI ĐUA
@subtitle thực hiện các chỉ tiêu trọng tâm năm 2023

Ban Thường vụ Hội Nông dân huyện Krông Pắc đăng ký với Hội Nông dân tỉnh Đắk Lắk thực hiện các chỉ tiêu sau:
Chỉ tiêu 1: Phát triển mới 600 hội viên; 100% chi hội có quỹ hội, hoàn thành đến 31/12/2023.
Chỉ tiêu 2: Vận động 1.500 hộ đăng ký và đạt danh hiệu sản xuất kinh doanh giỏi các cấp.
Chỉ tiêu 3: Xây dựng 03 mô hình liên kết trồng sầu riêng đạt chứng nhận VietGAP, được cấp mã số vùng trồng xuất khẩu, hoàn thành trong Quý II/2023.
Chỉ tiêu 4: Giải ngân 5 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 120 hộ vay trong 6 tháng đầu năm 2023.

@sign
L: XÁC NHẬN CỦA HỘI NÔNG DÂN TỈNH | PHÓ CHỦ TỊCH | (đã ký) | H'Liên Niê
R: TM. BAN THƯỜNG VỤ | CHỦ TỊCH | (đã ký) | Y Khu Niê
""", kind="commitment", number="18-ĐK/HND", date="2023-01-16", issuer=HN, year=2023,
    signer=("Y Khu Niê", "Chủ tịch"),
    units=["Hội Nông dân tỉnh Đắk Lắk", HN],
    leaders=[("H'Liên Niê", "Phó Chủ tịch", "Hội Nông dân tỉnh Đắk Lắk"), ("Y Khu Niê", "Chủ tịch", HN)],
    pledges=[
        P("Phát triển mới 600 hội viên; 100% chi hội có quỹ hội, hoàn thành đến 31/12/2023", HN, None,
          "2023-12-31", "đến 31/12/2023", topics=["xay_dung_dang"]),
        P("Vận động 1.500 hộ đăng ký và đạt danh hiệu sản xuất kinh doanh giỏi các cấp", HN, topics=["nong_nghiep"]),
        P("Xây dựng 03 mô hình liên kết trồng sầu riêng đạt chứng nhận VietGAP, được cấp mã số vùng trồng xuất khẩu, hoàn thành trong Quý II/2023",
          HN, None, "2023-06-30", "Quý II/2023", topics=["nong_nghiep"]),
        P("Giải ngân 5 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 120 hộ vay trong 6 tháng đầu năm 2023", HN, None,
          "2023-06-30", "6 tháng đầu năm 2023", topics=["nong_nghiep", "giam_ngheo"]),
    ])

# Hội Cựu chiến binh huyện Hải Hậu (Nam Định, Red River delta), 2020: table commitment + prose .doc review
CCB = "Hội Cựu chiến binh huyện Hải Hậu"
C = "h3-24-hccb-haihau-2020-camket.docx"
doc(C, """
@format docx
@header
L: HỘI CCB TỈNH NAM ĐỊNH
L: HỘI CCB HUYỆN HẢI HẬU
L: Số: 03/CK-CCB
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Hải Hậu, ngày 10 tháng 01 năm 2020

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ năm 2020 của Hội Cựu chiến binh huyện Hải Hậu

Ban Thường vụ Hội Cựu chiến binh huyện cam kết với Ban Thường vụ Huyện ủy Hải Hậu:

@table
STT | Nội dung cam kết | Thời gian hoàn thành | Người chịu trách nhiệm
1 | Phát triển 250 hội viên mới; 100% cơ sở Hội đạt trong sạch, vững mạnh, không có cơ sở yếu kém | Cả năm | Đ/c Trần Văn Khiêm, Chủ tịch Hội
2 | Giúp 40 hội viên thoát nghèo, xóa 100% nhà tạm của hội viên | Trước 31/10/2020 | Đ/c Vũ Đình Cường, Phó Chủ tịch Hội
3 | 100% cơ sở Hội xây dựng mô hình "Cựu chiến binh tham gia tự quản đường làng, ngõ xóm" | Quý II/2020 | Đ/c Vũ Đình Cường, Phó Chủ tịch Hội
4 | Tham gia xây dựng huyện Hải Hậu đạt chuẩn huyện nông thôn mới kiểu mẫu | Năm 2020 | Đ/c Trần Văn Khiêm, Chủ tịch Hội

@sign
L: T/M BAN THƯỜNG VỤ HUYỆN ỦY | PHÓ BÍ THƯ | (đã ký) | Trần Quang Minh
R: T/M BAN THƯỜNG VỤ | CHỦ TỊCH | (đã ký) | Trần Văn Khiêm
""", kind="commitment", number="03/CK-CCB", date="2020-01-10", issuer=CCB, year=2020,
    signer=("Trần Văn Khiêm", "Chủ tịch"),
    units=["Hội CCB tỉnh Nam Định", CCB, "Huyện ủy Hải Hậu"],
    leaders=[("Trần Văn Khiêm", "Chủ tịch", CCB), ("Vũ Đình Cường", "Phó Chủ tịch", CCB),
             ("Trần Quang Minh", "Phó Bí thư", "Huyện ủy Hải Hậu")],
    pledges=[
        P("Phát triển 250 hội viên mới; 100% cơ sở Hội đạt trong sạch, vững mạnh, không có cơ sở yếu kém", CCB,
          "Trần Văn Khiêm", "2020-12-31", "Cả năm", "completed", ["xay_dung_dang"]),
        P("Giúp 40 hội viên thoát nghèo, xóa 100% nhà tạm của hội viên", CCB, "Vũ Đình Cường", "2020-10-31",
          "Trước 31/10/2020", "in_progress", ["giam_ngheo"]),
        P('100% cơ sở Hội xây dựng mô hình "Cựu chiến binh tham gia tự quản đường làng, ngõ xóm"', CCB,
          "Vũ Đình Cường", "2020-06-30", "Quý II/2020", "in_progress", ["quoc_phong_an_ninh"]),
        P("Tham gia xây dựng huyện Hải Hậu đạt chuẩn huyện nông thôn mới kiểu mẫu", CCB, "Trần Văn Khiêm",
          "2020-12-31", "Năm 2020", "completed", ["nong_thon_moi"]),
    ])

doc("h3-25-hccb-haihau-2020-tongket.doc", """
@format doc
@header
L: HỘI CCB TỈNH NAM ĐỊNH
L: HỘI CCB HUYỆN HẢI HẬU
L: Số: 27/BC-CCB
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Hải Hậu, ngày 18 tháng 12 năm 2020

@title BÁO CÁO
@subtitle Tổng kết thực hiện Bản cam kết năm 2020

Thứ nhất, về công tác phát triển hội viên: kết nạp 281 hội viên mới, đạt 112% chỉ tiêu; 35/35 cơ sở Hội đạt trong sạch, vững mạnh. Hoàn thành vượt mức.
Thứ hai, về giúp hội viên thoát nghèo, xóa nhà tạm: 43 hội viên thoát nghèo; còn 02 nhà tạm do hội viên chưa có đất ở. Cơ bản hoàn thành.
Thứ ba, về mô hình tự quản đường làng, ngõ xóm: mới có 31/35 cơ sở Hội xây dựng mô hình; đang triển khai ở các cơ sở còn lại.
Thứ tư, về tham gia công tác tuyển quân: vận động 48 con em hội viên lên đường nhập ngũ. Hoàn thành.
Thứ năm, về tham gia xây dựng nông thôn mới kiểu mẫu: huyện Hải Hậu đã được công nhận đạt chuẩn huyện nông thôn mới kiểu mẫu. Hoàn thành tốt.
Phương hướng năm 2021:
1. Phát triển 200 hội viên mới trong năm 2021.
2. Xóa 02 nhà tạm còn lại trước ngày 30/6/2021.

@sign
L: Nơi nhận: | - Thường trực Huyện ủy; | - Hội CCB tỉnh; | - Lưu VP.
R: T/M BAN THƯỜNG VỤ | CHỦ TỊCH | (đã ký) | Trần Văn Khiêm
""", kind="evaluation", number="27/BC-CCB", date="2020-12-18", issuer=CCB, year=2020,
    signer=("Trần Văn Khiêm", "Chủ tịch"),
    units=["Hội CCB tỉnh Nam Định", CCB],
    leaders=[("Trần Văn Khiêm", "Chủ tịch", CCB)],
    pledges=[
        P("Công tác phát triển hội viên", CCB, status="completed", topics=["xay_dung_dang"], link=(C, 1)),
        P("Giúp hội viên thoát nghèo, xóa nhà tạm", CCB, status="in_progress", topics=["giam_ngheo"], link=(C, 2)),
        P("Mô hình tự quản đường làng, ngõ xóm", CCB, status="in_progress", topics=["quoc_phong_an_ninh"], link=(C, 3)),
        P("Tham gia công tác tuyển quân", CCB, status="completed", topics=["quoc_phong_an_ninh"], link=None),
        P("Tham gia xây dựng nông thôn mới kiểu mẫu", CCB, status="completed", topics=["nong_thon_moi"], link=(C, 4)),
    ])

# Báo Cần Thơ, 2024: a press article; pledges run together in one sentence
AK = "Đảng ủy phường An Khánh"
doc("h3-26-baocantho-2024-baiviet.txt", """
@format txt
@title Ninh Kiều: 11 đảng ủy phường ký cam kết thực hiện nhiệm vụ trọng tâm năm 2024
Thứ Năm, 14/3/2024 - 06:30
(Báo Cần Thơ) - Chiều 13/3/2024, Ban Thường vụ Quận ủy Ninh Kiều tổ chức ký cam kết thực hiện nhiệm vụ trọng tâm năm 2024 với 11/11 đảng ủy phường trực thuộc.
Tại phường An Khánh, nơi có nhiều dự án chỉnh trang đô thị, Đảng ủy phường cam kết hoàn thành chỉnh trang 03 tuyến hẻm trên đường Nguyễn Văn Cừ nối dài trước ngày 30/4/2024, vận động 100% hộ kinh doanh sử dụng hóa đơn điện tử trong năm 2024 và kết nạp 15 đảng viên mới.
Ông Lê Văn Toàn, Bí thư Đảng ủy phường An Khánh, cho biết: "Năm 2023, phường mới kết nạp được 9 đảng viên, chưa đạt chỉ tiêu. Năm nay, chúng tôi giao chỉ tiêu cụ thể cho từng chi bộ khu vực".
Cũng theo bà Trần Thị Ngọc Hà, Phó Chủ tịch UBND phường An Khánh, việc bàn giao mặt bằng mở rộng hẻm 91 đã đạt 90%, phường phấn đấu khởi công trong tháng 4.
Phát biểu chỉ đạo, ông Nguyễn Thanh Phong, Bí thư Quận ủy Ninh Kiều, đề nghị các đảng ủy phường cụ thể hóa bản cam kết thành chương trình hành động, định kỳ báo cáo kết quả trước ngày 20 hằng tháng.
Bài, ảnh: THANH TRÚC
""", kind="other", number=None, date="2024-03-14", issuer="Báo Cần Thơ", year=2024, signer=None,
    units=["Báo Cần Thơ", "Quận ủy Ninh Kiều", AK, "UBND phường An Khánh"],
    leaders=[("Lê Văn Toàn", "Bí thư", AK), ("Trần Thị Ngọc Hà", "Phó Chủ tịch", "UBND phường An Khánh"),
             ("Nguyễn Thanh Phong", "Bí thư", "Quận ủy Ninh Kiều")],
    pledges=[
        P("Hoàn thành chỉnh trang 03 tuyến hẻm trên đường Nguyễn Văn Cừ nối dài trước ngày 30/4/2024", AK, None,
          "2024-04-30", "trước ngày 30/4/2024", topics=["giao_thong"]),
        P("Vận động 100% hộ kinh doanh sử dụng hóa đơn điện tử trong năm 2024", AK, None, "2024-12-31",
          "trong năm 2024", topics=["chuyen_doi_so", "thu_ngan_sach"]),
        P("Kết nạp 15 đảng viên mới", AK, topics=["xay_dung_dang"]),
    ])
