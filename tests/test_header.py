"""Document fields from header blocks, both layouts (synthetic dossiers, table-driven)."""

from __future__ import annotations

import pytest

from nlp.header import HeaderReader
from pipeline.document import Block, Dossier, Source


def _dossier(left: list[str] | None, right: list[str] | None, body: list[str],
             sign: list[str] | None = None) -> Dossier:
    d = Dossier(Source("x", "0" * 64, 1))
    if left is not None:
        d.add_block(Block("\n".join(left), 1, region="header-left"))
    if right is not None:
        d.add_block(Block("\n".join(right), 1, region="header-right"))
    for line in body:
        d.add_block(Block(line, 1))
    for i, col in enumerate(sign or []):
        d.add_block(Block(col, 1, region="sign-left" if i == 0 else "sign-right"))
    return HeaderReader()(d)


CASES = [
    # Party layout, commitment
    (["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY CAM LỘ", "*", "Số 05-CK/HU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cam Lộ, ngày 10 tháng 01 năm 2020"],
     ["BẢN CAM KẾT", "thực hiện nhiệm vụ trọng tâm năm 2020 của Ban Thường vụ Huyện ủy"],
     ["T/M BAN THƯỜNG VỤ TỈNH ỦY\nBÍ THƯ\n(đã ký)\nLê Văn Hải",
      "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)\nNguyễn Hữu Thắng"],
     dict(kind="commitment", number="05-CK/HU", date="2020-01-10", issuer="Huyện ủy Cam Lộ",
          year=2020, signer=("Nguyễn Hữu Thắng", "Bí thư"))),
    # state layout, year-end report about the year before its date; K/T signature
    (["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "Số: 45/BC-SNN"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Hà Tĩnh, ngày 05 tháng 01 năm 2024"],
     ["BÁO CÁO", "Kết quả thực hiện cam kết năm 2023 của Giám đốc Sở"],
     ["", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nPhan Đình Quý"],
     dict(kind="evaluation", number="45/BC-SNN", date="2024-01-05",
          issuer="Sở Nông nghiệp và Phát triển nông thôn", year=2023,
          signer=("Phan Đình Quý", "Phó Giám đốc"))),
    # an office under its committee is named with it
    (["TỈNH ỦY THỪA THIÊN HUẾ", "BAN TỔ CHỨC", "*", "Số 12-CK/BTCTU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Huế, ngày 15 tháng 01 năm 2020"],
     ["BẢN CAM KẾT", "thực hiện nhiệm vụ trọng tâm năm 2020"], None,
     dict(kind="commitment", issuer="Ban Tổ chức Tỉnh ủy Thừa Thiên Huế", year=2020)),
    # an official letter: no title, its subject on the V/v line
    (["UBND HUYỆN DIỄN CHÂU", "UBND XÃ DIỄN KIM", "Số: 18/UBND",
      "V/v đăng ký cam kết thực hiện nhiệm vụ trọng tâm năm 2019"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Diễn Kim, ngày 14 tháng 02 năm 2019"],
     ["Kính gửi: Ủy ban nhân dân huyện Diễn Châu."], None,
     dict(kind="commitment", number="18/UBND", issuer="UBND xã Diễn Kim", year=2019)),
    # a press article: the paper named in the dateline, no number, kind other
    (None, None,
     ["Cam Thành: Ký cam kết thực hiện nhiệm vụ trọng tâm", "Thứ Tư, 19/01/2022",
      "(Báo Quảng Trị) - Ngày 18/01/2022, Ban Thường vụ Huyện ủy Cam Lộ tổ chức ký cam kết."],
     None, dict(kind="other", number=None, issuer="Báo Quảng Trị", year=2022)),
    # a plan that organises the signing is about commitments, not one
    (["ĐẢNG BỘ TỈNH YÊN BÁI", "HUYỆN ỦY LỤC YÊN", "*", "Số 61-KH/HU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lục Yên, ngày 03 tháng 02 năm 2023"],
     ["KẾ HOẠCH", "tổ chức ký cam kết và đánh giá kết quả thực hiện nhiệm vụ năm 2023"], None,
     dict(kind="other", number="61-KH/HU", issuer="Huyện ủy Lục Yên", year=2023)),
    # the lower line is the issuer, its province from the body above; a bilingual title
    # under the signature; the receiving committee's column does not sign for the issuer
    (["UBND TỈNH HẢI DƯƠNG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 09/CK-BQL"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hải Dương, ngày 12 tháng 01 năm 2024"],
     ["BẢN CAM KẾT", "Thực hiện nhiệm vụ năm 2024"],
     ["T/M BAN THƯỜNG VỤ TỈNH ỦY\nBÍ THƯ\n(đã ký)\nTrần Đức Thắng",
      "TRƯỞNG BAN / DIRECTOR\n(đã ký)\nPhạm Minh Khôi"],
     dict(issuer="Ban Quản lý các khu công nghiệp tỉnh Hải Dương",
          superior="UBND tỉnh Hải Dương", signer=("Phạm Minh Khôi", "Trưởng ban"))),
    # a body's standing board under its name is the body itself
    (["ỦY BAN MTTQ VIỆT NAM", "HUYỆN CHƯ SÊ", "BAN THƯỜNG TRỰC", "Số: 31/ĐK-MT"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Chư Sê, ngày 02 tháng 3 năm 2022"],
     ["ĐĂNG KÝ", "Nhiệm vụ trọng tâm năm 2022"], None,
     dict(issuer="Ủy ban MTTQ Việt Nam huyện Chư Sê")),
    # a personal self-review: the paper's name and the signer's role are not the issuer;
    # the signer's title comes from the "Chức vụ:" line
    (["UBND HUYỆN ĐỊNH QUÁN", "UBND XÃ PHÚ NGỌC"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Ngọc, ngày 08 tháng 12 năm 2023"],
     ["BẢN TỰ KIỂM ĐIỂM", "Kết quả thực hiện cam kết năm 2023",
      "Họ và tên: Lâm Văn Tài. Chức vụ: Phó Chủ tịch UBND xã Phú Ngọc.",
      "NGƯỜI TỰ KIỂM ĐIỂM", "(đã ký)", "Lâm Văn Tài"], None,
     dict(issuer="UBND xã Phú Ngọc", signer=("Lâm Văn Tài", "Phó Chủ tịch"))),
    # a personal commitment countersigned by the superior's committee: the person signs
    (["UBND HUYỆN ĐỊNH QUÁN", "UBND XÃ PHÚ NGỌC"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Ngọc, ngày 10 tháng 01 năm 2023"],
     ["BẢN CAM KẾT CÁ NHÂN", "Họ và tên: Lâm Văn Tài", "Chức vụ: Chủ tịch UBND xã Phú Ngọc"],
     ["XÁC NHẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n(đã ký)\nĐỗ Thị Hà",
      "NGƯỜI CAM KẾT\n(đã ký)\nLâm Văn Tài"],
     dict(issuer="UBND xã Phú Ngọc", signer=("Lâm Văn Tài", "Chủ tịch"))),
    # a bare "ĐĂNG KÝ" title is a registration of tasks: a commitment
    (["ĐẢNG BỘ XÃ TÂN HÒA", "CHI BỘ TRƯỜNG TIỂU HỌC TÂN HÒA", "*", "Số 03-ĐK/CB"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tân Hòa, ngày 12 tháng 9 năm 2022"],
     ["ĐĂNG KÝ", "thực hiện nhiệm vụ trọng tâm năm học 2022-2023"], None,
     dict(kind="commitment", number="03-ĐK/CB", year=2022)),
    # a personal self-review of a commitment judges it, though "cam kết" is in its summary
    (["UBND HUYỆN ĐỊNH QUÁN", "UBND XÃ PHÚ TÂN"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phú Tân, ngày 15 tháng 12 năm 2021"],
     ["BẢN TỰ KIỂM ĐIỂM", "Kết quả thực hiện cam kết năm 2021 của Phó Chủ tịch UBND xã"], None,
     dict(kind="evaluation", issuer="UBND xã Phú Tân", year=2021)),
    # a party member's yearly self-review, no commitment named: not an evaluation of one
    (["ĐẢNG BỘ XÃ PHÚ TÂN", "CHI BỘ ẤP 3", "*"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Tân, ngày 15 tháng 12 năm 2021"],
     ["BẢN KIỂM ĐIỂM", "của đảng viên năm 2021"], None,
     dict(kind="other", year=2021)),
    # plain text, no number of its own: a number cited in the first sentence is not it
    (None, None,
     ["ĐẢNG BỘ XÃ TẢ PHÌN", "CHI BỘ THÔN SÍN CHẢI", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Sín Chải, ngày 02 tháng 3 năm 2019", "BẢN CAM KẾT", "thực hiện nhiệm vụ năm 2019",
      "Thực hiện Kế hoạch số 12-KH/ĐU ngày 15/01/2019 của Đảng ủy xã, Chi bộ cam kết:"], None,
     dict(kind="commitment", number=None, year=2019)),
    # a PDF's left column ends after its first line: the rest of the issuer and the number
    # come out as loose lines between the two columns' lines
    (["UBND TỈNH GIA LAI"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 17/CK-STNMT", "Độc lập - Tự do - Hạnh phúc",
      "Gia Lai, ngày 08 tháng 02 năm 2021", "BẢN CAM KẾT",
      "của Giám đốc Sở về thực hiện nhiệm vụ năm 2021"], None,
     dict(kind="commitment", number="17/CK-STNMT", date="2021-02-08", year=2021)),
    # a superior whose name holds a comma, wrapped over two lines
    (["ĐẢNG BỘ KHỐI Y TẾ, DƯỢC", "THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY BỆNH VIỆN THANH NHÀN", "*",
      "Số 21-CK/ĐU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 12 tháng 01 năm 2022"],
     ["BẢN CAM KẾT", "thực hiện nhiệm vụ năm 2022"], None,
     dict(kind="commitment", superior="Đảng bộ Khối Y tế, Dược thành phố Hà Nội",
          year=2022)),
    # a hospital's director signs beside its Party committee: the Party's paper is signed
    # for its committee, whichever column comes first
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH NINH BÌNH", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH", "*",
      "Số 09-CK/ĐU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Bình, ngày 20 tháng 01 năm 2019"],
     ["BẢN CAM KẾT", "thực hiện nhiệm vụ năm 2019"],
     ["T/M BAN THƯỜNG VỤ ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nĐỗ Thị Hạnh",
      "NGƯỜI ĐỨNG ĐẦU\nGIÁM ĐỐC\n(đã ký)\nVũ Đức Long"],
     dict(kind="commitment", signer=("Đỗ Thị Hạnh", "Bí thư"))),
    # a narrow right column wraps the dateline before the year
    (["HUYỆN ỦY THẠCH HÀ", "ĐẢNG ỦY XÃ THẠCH LẠC", "*", "Số 40-BC/ĐU"],
     ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thạch Lạc, ngày 28 tháng 11", "năm 2022"],
     ["BÁO CÁO", "kết quả thực hiện cam kết năm 2022 của Đảng ủy xã"], None,
     dict(kind="evaluation", number="40-BC/ĐU", date="2022-11-28", year=2022)),
]


@pytest.mark.parametrize(("left", "right", "body", "sign", "want"), CASES)
def test_header_fields(left, right, body, sign, want) -> None:
    f = _dossier(left, right, body, sign).fields
    for key, value in want.items():
        if key == "signer":
            assert f.signer is not None and (f.signer.name, f.signer.title) == value
        else:
            assert getattr(f, key) == value, key


@pytest.mark.parametrize("rest_of_list", [[], ["- Lưu Văn phòng Huyện ủy."]])
def test_signer_name_alone_on_the_next_page(rest_of_list: list[str]) -> None:
    """A page break between "(đã ký)" and the name: the name is the last block, maybe
    after the end of the "Nơi nhận:" list of the left column."""
    d = Dossier(Source("x", "0" * 64, 1))
    d.add_block(Block("HUYỆN ỦY BẮC HÀ\n*\nSố 20-BC/HU", 1, region="header-left"))
    d.add_block(Block("BÁO CÁO", 1))
    d.add_block(Block("kết quả thực hiện cam kết năm 2021", 1))
    d.add_block(Block("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,", 1, region="sign-left"))
    d.add_block(Block("T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n(đã ký)", 1,
                      region="sign-right"))
    for line in rest_of_list:
        d.add_block(Block(line, 2))
    d.add_block(Block("Vàng Seo Dìn", 2))
    f = HeaderReader()(d).fields
    assert f.signer is not None and (f.signer.name, f.signer.title) == ("Vàng Seo Dìn",
                                                                        "Phó Bí thư")


@pytest.mark.parametrize(("body", "issuer"), [
    # the paper spells out the short header name with its place: that is the issuer
    (["Ban Thường vụ Đảng ủy Cục Hải quan tỉnh Hà Tĩnh cam kết thực hiện:"],
     "Đảng ủy Cục Hải quan tỉnh Hà Tĩnh"),
    # two different places: no telling which, the header's name stays
    (["Đảng ủy Cục Hải quan tỉnh Hà Tĩnh và Đảng ủy Cục Hải quan tỉnh Nghệ An phối hợp."],
     "Đảng ủy Cục Hải quan"),
])
def test_issuer_spelt_out_in_the_paper(body: list[str], issuer: str) -> None:
    from nlp.stages import UnitFinder

    d = _dossier(["ĐẢNG BỘ KHỐI CƠ QUAN", "ĐẢNG ỦY CỤC HẢI QUAN", "Số 07-CK/ĐU"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 12 tháng 02 năm 2021"],
                 ["BẢN CAM KẾT", *body])
    assert UnitFinder()(d).fields.issuer == issuer


@pytest.mark.parametrize(("left", "body", "issuer", "gone"), [
    # the body's official name has no level word: the paper's spelling is the issuer, and
    # the name the superior's province completed is no second unit
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH HÀ TĨNH", "ĐẢNG ỦY KHO BẠC NHÀ NƯỚC TỈNH"],
     "Đảng ủy Kho bạc Nhà nước Hà Tĩnh cam kết thực hiện các nội dung sau:",
     "Đảng ủy Kho bạc Nhà nước Hà Tĩnh", "dang uy kho bac nha nuoc tinh ha tinh"),
    # the level word kept, its place found only in the paper
    (["ĐẢNG BỘ SỞ Y TẾ", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH"],
     "Đảng ủy Bệnh viện Đa khoa tỉnh Nghệ An đăng ký thực hiện các nội dung sau:",
     "Đảng ủy Bệnh viện Đa khoa tỉnh Nghệ An", "dang uy benh vien da khoa tinh"),
    # another province than the header's: not the issuer's name
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH HÀ TĨNH", "ĐẢNG ỦY KHO BẠC NHÀ NƯỚC TỈNH"],
     "Học tập kinh nghiệm của Đảng ủy Kho bạc Nhà nước Nghệ An.",
     "Đảng ủy Kho bạc Nhà nước tỉnh Hà Tĩnh", None),
])
def test_header_name_ending_on_a_level_word_spelt_out(left: list[str], body: str, issuer: str,
                                                     gone: str | None) -> None:
    from nlp.stages import UnitFinder

    d = _dossier([*left, "*", "Số 03-CK/ĐU"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vinh, ngày 12 tháng 02 năm 2016"],
                 ["BẢN CAM KẾT", body])
    d = UnitFinder()(d)
    assert d.fields.issuer == issuer
    assert gone is None or gone not in {u.key for u in d.units}


def test_distribution_list_goes_on_past_the_other_signature_column() -> None:
    """A PDF reads the two signature columns line by line: the list's last line ("- Lưu
    Văn phòng Huyện ủy.") comes after the right column's first; it names no unit of the
    paper."""
    from nlp.stages import UnitFinder

    d = _dossier(["HUYỆN ỦY ĐỨC THỌ", "*", "Số 11-BC/HU"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Thọ, ngày 02 tháng 7 năm 2020"],
                 ["BÁO CÁO", "Kết quả 6 tháng đầu năm như sau."],
                 ["Nơi nhận:\n- Ban Thường vụ Tỉnh ủy;", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"])
    d.add_block(Block("- Lưu Văn phòng Huyện ủy.", 1, region="sign-left"))
    d.add_block(Block("(đã ký)\nTrần Văn Hòa", 1, region="sign-right"))
    keys = {u.key for u in UnitFinder()(d).units}
    assert "huyen uy duc tho" in keys
    assert not any(k.startswith("van phong") for k in keys)


def test_article_names_a_bare_office_by_the_committee_named_lines_before() -> None:
    """An article has no issuer: "Ủy ban Kiểm tra Huyện ủy" some lines after "Huyện ủy
    Đức Thọ" is that Huyện ủy's; the nearest committee named wins."""
    from nlp.stages import UnitFinder

    d = _dossier(None, None, [
        "Sáng 5/3, Huyện ủy Nghi Xuân tổ chức hội nghị sơ kết.",
        "Chiều cùng ngày, Huyện ủy Đức Thọ tổ chức ký cam kết với 28 tổ chức cơ sở đảng.",
        "Dịp này, Ban Thường vụ giao Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện.",
    ])
    assert d.fields.issuer is None
    keys = {u.key for u in UnitFinder()(d).units}
    assert "uy ban kiem tra huyen uy duc tho" in keys
    assert not any(k.startswith("uy ban kiem tra huyen uy nghi") for k in keys)


def _units_of(left: list[str], body: list[str]) -> Dossier:
    from nlp.stages import UnitFinder

    d = _dossier(left, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vinh, ngày 05 tháng 7 năm 2022"], body)
    return UnitFinder()(d)


@pytest.mark.parametrize(("closing", "listed"), [
    ("Đồng chí Lê Văn An, Bí thư Chi bộ, Giám đốc Trung tâm chịu trách nhiệm thực hiện.", True),
    # the head of another centre is no head of the cell's body
    ("Mời đồng chí Giám đốc Trung tâm Văn hóa huyện phối hợp.", False),
])
def test_body_of_the_issuing_cell_named_by_its_head(closing: str, listed: bool) -> None:
    d = _units_of(["ĐẢNG BỘ HUYỆN ĐỨC THỌ", "CHI BỘ TRUNG TÂM Y TẾ", "*", "Số 01-CK/CB"],
                  ["BẢN CAM KẾT", "thực hiện nhiệm vụ năm 2019 của Chi bộ Trung tâm Y tế "
                   "huyện Đức Thọ", closing])
    assert d.fields.issuer == "Chi bộ Trung tâm Y tế huyện Đức Thọ"
    assert ("trung tam y te huyen duc tho" in {u.key for u in d.units}) is listed


def test_office_cell_of_a_sor_takes_the_place_the_paper_gives() -> None:
    """"CHI BỘ VĂN PHÒNG SỞ" under "ĐẢNG BỘ SỞ CÔNG THƯƠNG": the Sở of the line above;
    the paper names the cell with its province, which is the Sở's province too."""
    d = _units_of(["ĐẢNG BỘ SỞ CÔNG THƯƠNG", "CHI BỘ VĂN PHÒNG SỞ", "*", "Số 03-BC/CB"],
                  ["BÁO CÁO", "sơ kết 6 tháng thực hiện cam kết của Chi bộ Văn phòng Sở "
                   "Công Thương tỉnh Nghệ An"])
    assert d.fields.issuer == "Chi bộ Văn phòng Sở Công Thương tỉnh Nghệ An"
    assert {u.key for u in d.units} == {
        "chi bo van phong so cong thuong tinh nghe an", "dang bo so cong thuong tinh nghe an"}


def test_youth_union_executive_committee_heads_its_paper() -> None:
    d = _units_of(["ĐẢNG BỘ XÃ NGHI PHONG", "BCH ĐOÀN XÃ NGHI PHONG", "***", "Số 02-CK/ĐTN"],
                  ["BẢN CAM KẾT", "thực hiện công trình thanh niên năm 2022"])
    assert (d.fields.issuer, d.fields.superior) == ("Đoàn xã Nghi Phong",
                                                    "Đảng bộ xã Nghi Phong")


def test_wrapped_superior_is_one_unit_and_paper_spelling_shows() -> None:
    """A narrow column wraps "ĐẢNG BỘ KHỐI DOANH NGHIỆP" / "TỈNH NGHỆ AN"; the header's
    "HTX" in capitals shows as the paper writes the cooperative."""
    d = _units_of(["ĐẢNG BỘ KHỐI DOANH NGHIỆP", "TỈNH NGHỆ AN", "CHI BỘ HTX NÔNG NGHIỆP",
                   "NGHI PHONG", "*", "Số 04-CK/CB"],
                  ["BẢN CAM KẾT", "năm 2022",
                   "Chi bộ Hợp tác xã nông nghiệp Nghi Phong đăng ký các nội dung:"])
    assert d.fields.superior == "Đảng bộ Khối Doanh nghiệp tỉnh Nghệ An"
    assert d.fields.issuer == "Chi bộ Hợp tác xã nông nghiệp Nghi Phong"
    assert {u.key for u in d.units} == {"dang bo khoi doanh nghiep tinh nghe an",
                                        "chi bo hop tac xa nong nghiep nghi phong"}


def test_the_issuers_body_takes_the_place_the_paper_gives() -> None:
    """"ĐẢNG ỦY CHI CỤC THUẾ" spelt out with its place in the paper: "Chi cục Thuế", named
    bare later, is the one in that place."""
    d = _units_of(["ĐẢNG BỘ HUYỆN NGHI LỘC", "ĐẢNG ỦY CHI CỤC THUẾ", "*", "Số 11-BC/ĐU"],
                  ["BÁO CÁO", "kết quả thực hiện cam kết năm 2022",
                   "Đảng ủy Chi cục Thuế huyện Nghi Lộc tự đánh giá như sau:",
                   "Lãnh đạo Chi cục Thuế chỉ đạo thu đạt 112% dự toán."])
    assert d.fields.issuer == "Đảng ủy Chi cục Thuế huyện Nghi Lộc"
    assert "chi cuc thue huyen nghi loc" in {u.key for u in d.units}
    assert "chi cuc thue" not in {u.key for u in d.units}


def test_bare_committee_takes_the_place_named_before_it_in_the_sentence() -> None:
    """An article has no issuing body to resolve "Huyện ủy": the unit named before it in
    the same sentence gives the district."""
    from nlp.stages import UnitFinder

    d = Dossier(Source("x", "0" * 64, 1))
    d.add_block(Block("(Báo Nghệ An) - Hội Nông dân huyện Nghi Lộc ký cam kết với Ban "
                      "Thường vụ Huyện ủy về 4 nội dung.", 1))
    d.add_block(Block("Ban Thường vụ Huyện ủy sẽ kiểm tra vào cuối năm.", 1))
    keys = {u.key for u in UnitFinder()(HeaderReader()(d)).units}
    assert "huyen uy nghi loc" in keys
    assert "huyen uy" not in keys


def test_a_bodys_head_in_its_party_papers_holds_the_bodys_office() -> None:
    """"Đ/c X, Hiệu trưởng" in the paper of the school's Party cell: the head of the
    school, which is then a unit of the paper; a Bí thư stays the cell's."""
    from nlp.stages import LeaderFinder, UnitFinder

    d = Dossier(Source("x", "0" * 64, 1))
    d.add_block(Block("ĐẢNG BỘ HUYỆN KỲ ANH\nCHI BỘ TRƯỜNG THPT KỲ LÂM\n*\nSố 02-CK/CB", 1,
                      region="header-left"))
    d.add_block(Block("BẢN CAM KẾT", 1))
    d.add_block(Block("năm học 2023-2024", 1))
    for col, cell in enumerate(["STT", "Nội dung cam kết", "Người chịu trách nhiệm"]):
        d.add_block(Block(cell, 1, kind="cell", table=0, row=0, col=col))
    for col, cell in enumerate(["1", "Tỷ lệ tốt nghiệp THPT đạt 99%",
                                "Đ/c Phan Thị Ngọc Hà, Hiệu trưởng"]):
        d.add_block(Block(cell, 1, kind="cell", table=0, row=1, col=col))
    d.add_block(Block("Người chịu trách nhiệm: đồng chí Trần Văn Nam, Phó Hiệu trưởng.", 1))
    d.add_block(Block("T/M CHI BỘ\nBÍ THƯ\n(đã ký)\nLê Văn Khánh", 1, region="sign-right"))
    d = LeaderFinder()(UnitFinder()(HeaderReader()(d)))
    by_name = {lead.name: (lead.title, lead.unit) for lead in d.leaders}
    assert by_name["Phan Thị Ngọc Hà"] == ("Hiệu trưởng", "Trường THPT Kỳ Lâm")
    assert by_name["Trần Văn Nam"] == ("Phó Hiệu trưởng", "Trường THPT Kỳ Lâm")
    assert by_name["Lê Văn Khánh"][0] == "Bí thư"
    assert by_name["Lê Văn Khánh"][1] != "Trường THPT Kỳ Lâm"
    assert "truong thpt ky lam" in {u.key for u in d.units}


def test_rule_read_as_a_dash_does_not_split_a_wrapped_name() -> None:
    """OCR reads the short rule printed under a body's name as "-", on a line of its own
    between the two lines of the wrapped name."""
    d = _units_of(["UBND TỈNH QUẢNG NGÃI", "SỞ TÀI NGUYÊN", "-", "VÀ MÔI TRƯỜNG",
                   "Số: 77/CK-STNMT"],
                  ["BẢN CAM KẾT", "năm 2024"])
    assert d.fields.issuer == "Sở Tài nguyên và Môi trường"


def test_superior_ending_on_a_level_word_takes_the_issuers_place() -> None:
    """"ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH" over "ĐẢNG ỦY BẢO HIỂM XÃ HỘI TỈNH", the paper spelling
    the issuer out with its province: the Khối is that province's."""
    d = _units_of(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY BẢO HIỂM XÃ HỘI TỈNH", "*",
                   "Số 03-CK/ĐU"],
                  ["BẢN CAM KẾT",
                   "thực hiện nhiệm vụ năm 2023 của Đảng ủy Bảo hiểm xã hội tỉnh Phú Yên",
                   "Đảng ủy Bảo hiểm xã hội tỉnh Phú Yên cam kết thực hiện các nội dung sau:"])
    assert d.fields.issuer == "Đảng ủy Bảo hiểm xã hội tỉnh Phú Yên"
    assert d.fields.superior == "Đảng bộ Khối các cơ quan tỉnh Phú Yên"
    assert "dang bo khoi cac co quan tinh phu yen" in {u.key for u in d.units}
    assert "dang bo khoi cac co quan tinh" not in {u.key for u in d.units}
