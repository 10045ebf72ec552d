# Huyện ủy Mường Khương (Lào Cai, mountain border district), 2019: commitment + year-end report
U = "Huyện ủy Mường Khương"
C = "h3-01-hu-muongkhuong-2019-camket.docx"
doc(C, """
@format docx
@header
L: ĐẢNG BỘ TỈNH LÀO CAI
L: HUYỆN ỦY MƯỜNG KHƯƠNG
L: *
L: Số 12-CK/HU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Mường Khương, ngày 15 tháng 01 năm 2019

@title BẢN CAM KẾT
@subtitle thực hiện nhiệm vụ trọng tâm, khâu đột phá năm 2019 của Ban Thường vụ Huyện ủy Mường Khương

Thực hiện Kết luận số 27-KL/TU ngày 28/12/2018 của Ban Thường vụ Tỉnh ủy Lào Cai về ký cam kết thực hiện nhiệm vụ năm 2019, Ban Thường vụ Huyện ủy Mường Khương cam kết với Ban Thường vụ Tỉnh ủy thực hiện các nhiệm vụ sau:
Thứ nhất, hoàn thành xây dựng 02 xã đạt chuẩn nông thôn mới (xã Bản Lầu, xã Lùng Vai) trước ngày 15/12/2019. Người chịu trách nhiệm: đồng chí Lù Văn Thắng, Chủ tịch UBND huyện.
Thứ hai, giảm tỷ lệ hộ nghèo từ 34,2% xuống còn 27% trong năm 2019, không để tái nghèo ở các thôn đặc biệt khó khăn. Người chịu trách nhiệm: đồng chí Lù Văn Thắng, Chủ tịch UBND huyện.
Thứ ba, hoàn thành sắp xếp, sáp nhập các thôn, tổ dân phố có quy mô nhỏ theo Nghị quyết số 18-NQ/TW ngày 25/10/2017, xong trong Quý III/2019. Người chịu trách nhiệm: đồng chí Giàng Seo Phử, Phó Bí thư Huyện ủy.
Thứ tư, thu ngân sách nhà nước trên địa bàn đạt 120 tỷ đồng, hoàn thành trước 31/12/2019. Người chịu trách nhiệm: đồng chí Lù Văn Thắng, Chủ tịch UBND huyện.
Thứ năm, giữ vững an ninh trật tự khu vực biên giới, không để hình thành điểm nóng; 16/16 xã duy trì tổ tự quản đường biên, mốc quốc giới hoạt động thường xuyên (cả năm). Người chịu trách nhiệm: đồng chí Nguyễn Văn Đức, Bí thư Huyện ủy.

@sign
L: T/M BAN THƯỜNG VỤ TỈNH ỦY | K/T BÍ THƯ | PHÓ BÍ THƯ | (đã ký) | Nông Văn Hưng
R: T/M BAN THƯỜNG VỤ HUYỆN ỦY | BÍ THƯ | (đã ký) | Nguyễn Văn Đức

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Ban Tổ chức Tỉnh ủy;
- Lưu Văn phòng Huyện ủy.
""", kind="commitment", number="12-CK/HU", date="2019-01-15", issuer=U, year=2019,
    signer=("Nguyễn Văn Đức", "Bí thư"),
    units=["Đảng bộ tỉnh Lào Cai", U, "Tỉnh ủy Lào Cai", "UBND huyện Mường Khương"],
    leaders=[("Lù Văn Thắng", "Chủ tịch", "UBND huyện Mường Khương"),
             ("Giàng Seo Phử", "Phó Bí thư", U), ("Nguyễn Văn Đức", "Bí thư", U),
             ("Nông Văn Hưng", "Phó Bí thư", "Tỉnh ủy Lào Cai")],
    pledges=[
        P("Hoàn thành xây dựng 02 xã đạt chuẩn nông thôn mới (xã Bản Lầu, xã Lùng Vai) trước ngày 15/12/2019",
          U, "Lù Văn Thắng", "2019-12-15", "trước ngày 15/12/2019", "not_completed", ["nong_thon_moi"]),
        P("Giảm tỷ lệ hộ nghèo từ 34,2% xuống còn 27% trong năm 2019, không để tái nghèo ở các thôn đặc biệt khó khăn",
          U, "Lù Văn Thắng", "2019-12-31", "trong năm 2019", "completed", ["giam_ngheo"]),
        P("Hoàn thành sắp xếp, sáp nhập các thôn, tổ dân phố có quy mô nhỏ theo Nghị quyết số 18-NQ/TW ngày 25/10/2017, xong trong Quý III/2019",
          U, "Giàng Seo Phử", "2019-09-30", "Quý III/2019", "completed", ["to_chuc_bo_may"]),
        P("Thu ngân sách nhà nước trên địa bàn đạt 120 tỷ đồng, hoàn thành trước 31/12/2019",
          U, "Lù Văn Thắng", "2019-12-31", "trước 31/12/2019", "not_completed", ["thu_ngan_sach"]),
        P("Giữ vững an ninh trật tự khu vực biên giới, không để hình thành điểm nóng; 16/16 xã duy trì tổ tự quản đường biên, mốc quốc giới hoạt động thường xuyên (cả năm)",
          U, "Nguyễn Văn Đức", "2019-12-31", "cả năm", "unknown", ["quoc_phong_an_ninh"]),
    ])

doc("h3-02-hu-muongkhuong-2019-danhgia.pdf", """
@format pdf
@header
L: ĐẢNG BỘ TỈNH LÀO CAI
L: HUYỆN ỦY MƯỜNG KHƯƠNG
L: *
L: Số 98-BC/HU
R: ĐẢNG CỘNG SẢN VIỆT NAM
R: Mường Khương, ngày 18 tháng 12 năm 2019

@title BÁO CÁO
@subtitle kết quả thực hiện Bản cam kết năm 2019 của Ban Thường vụ Huyện ủy

Căn cứ Bản cam kết số 12-CK/HU ngày 15/01/2019, Ban Thường vụ Huyện ủy tự đánh giá kết quả thực hiện như sau:

@table
STT | Nhiệm vụ | Kết quả đạt được | Mức độ hoàn thành
1 | Sắp xếp, sáp nhập thôn, tổ dân phố | Sáp nhập 31 thôn thành 14 thôn theo Nghị quyết của HĐND tỉnh ban hành tháng 8/2019 | Hoàn thành
2 | Xây dựng xã nông thôn mới | Xã Bản Lầu được công nhận; xã Lùng Vai mới đạt 17/19 tiêu chí | Chưa hoàn thành
3 | Giảm nghèo bền vững | Tỷ lệ hộ nghèo còn 26,4% | Vượt
4 | Thu ngân sách trên địa bàn | Thu 108 tỷ đồng, bằng 90% cam kết do giảm thu từ hoạt động xuất nhập khẩu qua cửa khẩu | Không hoàn thành
5 | Phòng, chống bệnh Dịch tả lợn châu Phi | Khống chế dịch tại 4/16 xã, không để lây lan | Hoàn thành

Nhìn chung Ban Thường vụ Huyện ủy đã hoàn thành 3/5 nội dung; đối với 02 nội dung chưa hoàn thành sẽ đăng ký khắc phục trong Bản cam kết năm 2020.

@sign
L: Nơi nhận: | - Ban Thường vụ Tỉnh ủy (b/c); | - Các đồng chí Huyện ủy viên; | - Lưu VP.
R: T/M BAN THƯỜNG VỤ | K/T BÍ THƯ | PHÓ BÍ THƯ | (đã ký) | Giàng Seo Phử
""", kind="evaluation", number="98-BC/HU", date="2019-12-18", issuer=U, year=2019,
    signer=("Giàng Seo Phử", "Phó Bí thư"),
    units=["Đảng bộ tỉnh Lào Cai", U, "HĐND tỉnh Lào Cai"],
    leaders=[("Giàng Seo Phử", "Phó Bí thư", U)],
    pledges=[
        P("Sắp xếp, sáp nhập thôn, tổ dân phố", U, status="completed", topics=["to_chuc_bo_may"], link=(C, 3)),
        P("Xây dựng xã nông thôn mới", U, status="not_completed", topics=["nong_thon_moi"], link=(C, 1)),
        P("Giảm nghèo bền vững", U, status="completed", topics=["giam_ngheo"], link=(C, 2)),
        P("Thu ngân sách trên địa bàn", U, status="not_completed", topics=["thu_ngan_sach"], link=(C, 4)),
        P("Phòng, chống bệnh Dịch tả lợn châu Phi", U, status="completed", topics=["nong_nghiep"], link=None),
    ])
