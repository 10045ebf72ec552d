# Sở Y tế Nghệ An (province department, state layout), 2023: registration + mid-year + year end
U = "Sở Y tế"
C = "h3-03-syt-nghean-2023-dangky.pdf"
BV = "Bệnh viện Hữu nghị Đa khoa Nghệ An"
HDR = """
@header
L: UBND TỈNH NGHỆ AN
L: SỞ Y TẾ
L: Số: {num}
R: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
R: Độc lập - Tự do - Hạnh phúc
R: Nghệ An, ngày {day}
"""
doc(C, "@format pdf\n" + HDR.format(num="215/ĐK-SYT", day="06 tháng 02 năm 2023") + """
@title BẢN ĐĂNG KÝ
@subtitle nhiệm vụ trọng tâm, đột phá năm 2023 của Giám đốc Sở Y tế

Thực hiện Quyết định số 105/QĐ-UBND ngày 12/01/2023 của UBND tỉnh ban hành Kế hoạch đánh giá kết quả thực hiện nhiệm vụ của người đứng đầu các sở, ban, ngành năm 2023, Giám đốc Sở Y tế đăng ký với Chủ tịch UBND tỉnh các nhiệm vụ sau:

@table
STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Lãnh đạo phụ trách
1 | Triển khai bệnh án điện tử tại Bệnh viện Hữu nghị Đa khoa Nghệ An | Bệnh viện được công nhận không sử dụng bệnh án giấy | Quý III/2023 | Ông Phan Đức Toàn, Phó Giám đốc
2 | Hoàn thành đấu thầu tập trung thuốc cấp tỉnh, khắc phục tình trạng thiếu thuốc, vật tư y tế | Quyết định phê duyệt kết quả lựa chọn nhà thầu | Trước 30/6/2023 | Bà Nguyễn Thị Thu Hằng, PGĐ Sở
3 | Nâng tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% | Số liệu của Bảo hiểm xã hội tỉnh | 31/12/2023 | Bà Nguyễn Thị Thu Hằng, PGĐ Sở
4 | Sắp xếp Trung tâm Dân số - Kế hoạch hóa gia đình cấp huyện vào Trung tâm Y tế huyện, thành phố, thị xã | Quyết định của UBND tỉnh | 6 tháng đầu năm 2023 | Ông Hồ Sỹ Lâm, Giám đốc
5 | 100% trạm y tế xã thực hiện khám chữa bệnh bảo hiểm y tế trên phần mềm, liên thông dữ liệu với cơ quan bảo hiểm xã hội | 460/460 trạm y tế kết nối | Tháng 9/2023 | Ông Phan Đức Toàn, Phó Giám đốc

Giám đốc Sở Y tế chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các nhiệm vụ đã đăng ký.

@sign
L: CHỦ TỊCH UBND TỈNH | (đã ký) | Lê Hồng Vinh
R: GIÁM ĐỐC | (đã ký) | Hồ Sỹ Lâm

Nơi nhận:
- Văn phòng UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, TCCB.
""", kind="commitment", number="215/ĐK-SYT", date="2023-02-06", issuer=U, year=2023,
    signer=("Hồ Sỹ Lâm", "Giám đốc"),
    units=["UBND tỉnh Nghệ An", U, BV, "Bảo hiểm xã hội tỉnh Nghệ An"],
    leaders=[("Phan Đức Toàn", "Phó Giám đốc", U), ("Nguyễn Thị Thu Hằng", "Phó Giám đốc", U),
             ("Hồ Sỹ Lâm", "Giám đốc", U), ("Lê Hồng Vinh", "Chủ tịch", "UBND tỉnh Nghệ An")],
    pledges=[
        P("Triển khai bệnh án điện tử tại Bệnh viện Hữu nghị Đa khoa Nghệ An", U, "Phan Đức Toàn",
          "2023-09-30", "Quý III/2023", "in_progress", ["y_te", "chuyen_doi_so"]),
        P("Hoàn thành đấu thầu tập trung thuốc cấp tỉnh, khắc phục tình trạng thiếu thuốc, vật tư y tế", U,
          "Nguyễn Thị Thu Hằng", "2023-06-30", "Trước 30/6/2023", "completed", ["y_te"]),
        P("Nâng tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%", U, "Nguyễn Thị Thu Hằng",
          "2023-12-31", "31/12/2023", "completed", ["y_te"]),
        P("Sắp xếp Trung tâm Dân số - Kế hoạch hóa gia đình cấp huyện vào Trung tâm Y tế huyện, thành phố, thị xã", U,
          "Hồ Sỹ Lâm", "2023-06-30", "6 tháng đầu năm 2023", "completed", ["to_chuc_bo_may", "y_te"]),
        P("100% trạm y tế xã thực hiện khám chữa bệnh bảo hiểm y tế trên phần mềm, liên thông dữ liệu với cơ quan bảo hiểm xã hội", U,
          "Phan Đức Toàn", "2023-09-30", "Tháng 9/2023", "not_completed", ["y_te", "chuyen_doi_so"]),
    ])

S = "h3-04-syt-nghean-2023-soket.txt"
doc(S, "@format txt\n@encoding utf-16\n" + HDR.format(num="1890/BC-SYT", day="10 tháng 7 năm 2023") + """
@title BÁO CÁO
@subtitle Sơ kết 6 tháng đầu năm 2023 thực hiện các nhiệm vụ đã đăng ký với Chủ tịch UBND tỉnh

I. KẾT QUẢ THỰC HIỆN
1. Về đấu thầu tập trung thuốc cấp tỉnh: Sở đã phê duyệt kết quả lựa chọn nhà thầu ngày 26/6/2023, cơ bản khắc phục tình trạng thiếu thuốc tại các cơ sở khám chữa bệnh. Hoàn thành.
2. Về bệnh án điện tử: Bệnh viện Hữu nghị Đa khoa Nghệ An đã triển khai tại 18/42 khoa, phòng; đang triển khai.
3. Về bảo hiểm y tế toàn dân: tỷ lệ bao phủ đến 30/6/2023 đạt 92,1%; đang thực hiện.
4. Về sắp xếp Trung tâm Dân số - Kế hoạch hóa gia đình: UBND tỉnh đã ban hành Quyết định số 1650/QĐ-UBND ngày 02/6/2023; việc bàn giao tài sản, viên chức còn dở dang. Cơ bản hoàn thành.
5. Về khám chữa bệnh bảo hiểm y tế trên phần mềm tại trạm y tế xã: đạt 80%.
II. KHÓ KHĂN, VƯỚNG MẮC
Nhân lực công nghệ thông tin của các bệnh viện còn thiếu; kinh phí mua sắm máy chủ chưa được bố trí.
III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM
1. Hoàn thành bệnh án điện tử tại Bệnh viện Hữu nghị Đa khoa Nghệ An trong Quý III/2023.
2. Phối hợp với Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế hộ gia đình trước ngày 30/11/2023.

@sign
L: Nơi nhận: | - UBND tỉnh (b/c); | - Sở Nội vụ; | - Lưu: VT, KHTC.
R: KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | (đã ký) | Nguyễn Thị Thu Hằng
""", kind="evaluation", number="1890/BC-SYT", date="2023-07-10", issuer=U, year=2023,
    signer=("Nguyễn Thị Thu Hằng", "Phó Giám đốc"),
    units=["UBND tỉnh Nghệ An", U, BV, "Bảo hiểm xã hội tỉnh Nghệ An"],
    leaders=[("Nguyễn Thị Thu Hằng", "Phó Giám đốc", U)],
    pledges=[
        P("Đấu thầu tập trung thuốc cấp tỉnh", U, status="completed", topics=["y_te"], link=(C, 2)),
        P("Bệnh án điện tử", U, status="in_progress", topics=["y_te", "chuyen_doi_so"], link=(C, 1)),
        P("Bảo hiểm y tế toàn dân", U, status="in_progress", topics=["y_te"], link=(C, 3)),
        P("Sắp xếp Trung tâm Dân số - Kế hoạch hóa gia đình", U, status="in_progress",
          topics=["to_chuc_bo_may", "y_te"], link=(C, 4)),
        P("Khám chữa bệnh bảo hiểm y tế trên phần mềm tại trạm y tế xã", U, status="in_progress",
          topics=["y_te", "chuyen_doi_so"], link=(C, 5)),
    ])

doc("h3-05-syt-nghean-2023-tongket.docx", "@format docx\n" + HDR.format(num="3542/BC-SYT", day="20 tháng 12 năm 2023") + """
@title BÁO CÁO
@subtitle Kết quả thực hiện nhiệm vụ trọng tâm, đột phá năm 2023 của Giám đốc Sở Y tế

Căn cứ Bản đăng ký số 215/ĐK-SYT ngày 06/02/2023, Sở Y tế báo cáo kết quả như sau:

@table
STT | Nội dung đăng ký | Kết quả | Tự đánh giá
1 | Bảo hiểm y tế toàn dân | Tỷ lệ bao phủ đạt 95,3% dân số | Hoàn thành
2 | Bệnh án điện tử tại Bệnh viện Hữu nghị Đa khoa Nghệ An | Triển khai 38/42 khoa; dự kiến nghiệm thu trong Quý I/2024 | Chậm tiến độ
3 | Sắp xếp Trung tâm Dân số - KHHGĐ vào Trung tâm Y tế cấp huyện | 21/21 trung tâm đã sáp nhập, ổn định hoạt động | Hoàn thành tốt
4 | Liên thông dữ liệu khám chữa bệnh tại trạm y tế xã | 412/460 trạm (89,6%) kết nối | Chưa đạt
5 | Phòng, chống dịch sốt xuất huyết | Số ca mắc giảm 31% so với năm 2022, không có tử vong | Hoàn thành

Năm 2024, Sở Y tế tiếp tục đăng ký hoàn thành bệnh án điện tử và liên thông dữ liệu trạm y tế xã.

@sign
L: Nơi nhận: | - Chủ tịch UBND tỉnh (b/c); | - Sở Nội vụ; | - Lưu: VT.
R: GIÁM ĐỐC | (đã ký) | Hồ Sỹ Lâm
""", kind="evaluation", number="3542/BC-SYT", date="2023-12-20", issuer=U, year=2023,
    signer=("Hồ Sỹ Lâm", "Giám đốc"),
    units=["UBND tỉnh Nghệ An", U, BV],
    leaders=[("Hồ Sỹ Lâm", "Giám đốc", U)],
    pledges=[
        P("Bảo hiểm y tế toàn dân", U, status="completed", topics=["y_te"], link=(C, 3)),
        P("Bệnh án điện tử tại Bệnh viện Hữu nghị Đa khoa Nghệ An", U, status="in_progress",
          topics=["y_te", "chuyen_doi_so"], link=(C, 1)),
        P("Sắp xếp Trung tâm Dân số - KHHGĐ vào Trung tâm Y tế cấp huyện", U, status="completed",
          topics=["to_chuc_bo_may", "y_te"], link=(C, 4)),
        P("Liên thông dữ liệu khám chữa bệnh tại trạm y tế xã", U, status="not_completed",
          topics=["y_te", "chuyen_doi_so"], link=(C, 5)),
        P("Phòng, chống dịch sốt xuất huyết", U, status="completed", topics=["y_te"], link=None),
    ])
