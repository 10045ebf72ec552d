"""Leaders: table-driven rules for nlp.leaders (cells, signature blocks, prose, titles)."""

from __future__ import annotations

import pytest

from nlp.leaders import (
    find_in_prose,
    find_personal,
    find_signatures,
    parse_person,
    split_title_unit,
)
from nlp.units import unit_key

# one table cell: text, context → name, title, unit
CELLS = [
    ("Đ/c Nguyễn Văn An, Phó Bí thư Thường trực", None,
     "Nguyễn Văn An", "Phó Bí thư Thường trực", None),
    ("Đ/c Nguyễn Văn An, Phó Bí thư Thường trực", "Huyện ủy Cam Lộ",
     "Nguyễn Văn An", "Phó Bí thư Thường trực", "Huyện ủy Cam Lộ"),
    ("Đồng chí Lê Văn Bình - Chủ tịch UBND xã", None, "Lê Văn Bình", "Chủ tịch", "UBND xã"),
    ("Trần Thị Hoa (Trưởng Ban Tổ chức Huyện ủy)", None,
     "Trần Thị Hoa", "Trưởng ban", "Ban Tổ chức Huyện ủy"),
    ("Bí thư Huyện ủy: Nguyễn Hữu Thắng", "Huyện ủy Cam Lộ",
     "Nguyễn Hữu Thắng", "Bí thư", "Huyện ủy Cam Lộ"),
    ("Phó Chủ tịch UBND huyện Bố Trạch - Đ/c Phan Văn Gòn", None,
     "Phan Văn Gòn", "Phó Chủ tịch", "UBND huyện Bố Trạch"),
    ("đ/c Hoàng Đăng Khoa, Giám đốc Sở Nội vụ", None, "Hoàng Đăng Khoa", "Giám đốc", "Sở Nội vụ"),
    ("Đ/C VÕ VĂN HƯNG - CHỦ TỊCH UBND TỈNH", None, "Võ Văn Hưng", "Chủ tịch", "UBND tỉnh"),
    ("Dong chi Nguyen Van Hai, Pho Bi thu Huyen uy", None,
     "Nguyen Van Hai", "Phó Bí thư", "Huyện ủy"),
    ("Đồng chí Đặng Thị Thuỷ, Chủ tịch Hội LHPN xã Kỳ Tân", None,
     "Đặng Thị Thủy", "Chủ tịch", "Hội LHPN xã Kỳ Tân"),
    ("Ông Bùi Quang Huy, Trưởng thôn Tân Lịch", None,
     "Bùi Quang Huy", "Trưởng thôn", "thôn Tân Lịch"),
    ("Nguyễn Đình Tuấn\tBí thư Chi bộ", None, "Nguyễn Đình Tuấn", "Bí thư", "Chi bộ"),
    ("Ngô Thị Lan - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", None,
     "Ngô Thị Lan", "Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy"),
    ("Đồng chí Dương Văn Tám", None, "Dương Văn Tám", None, None),
    # titles of courts, procuracies, corporations and the army's political officers
    ("Đ/c Vũ Minh Hải - Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Ninh Bình", None,
     "Vũ Minh Hải", "Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Ninh Bình"),
    ("Đồng chí Lò Thị Mai, Chánh án", None, "Lò Thị Mai", "Chánh án", None),
    ("Phạm Quang Tuấn - Phó Tổng Giám đốc", None, "Phạm Quang Tuấn", "Phó Tổng Giám đốc", None),
    ("Đại tá Nguyễn Hữu Lộc, Chính ủy", None, "Nguyễn Hữu Lộc", "Chính ủy", None),
    # a Gia Rai or Ê Đê name opens on no known family name: "Name - Title" vouches for it
    ("Ksor H Nhi - Phó Bí thư Chi bộ", None, "Ksor H Nhi", "Phó Bí thư", "Chi bộ"),
    ("Rơ Châm Tuyết, Chi ủy viên", None, "Rơ Châm Tuyết", "Chi ủy viên", None),
]


@pytest.mark.parametrize(("text", "context", "name", "title", "unit"), CELLS)
def test_parse_person(text, context, name, title, unit):
    m = parse_person(text, context)
    assert m is not None
    assert (m.name, m.title, m.unit, m.source) == (name, title, unit, "table")
    assert 0 <= m.start < m.end <= len(text)


@pytest.mark.parametrize(
    "text",
    ["Phó Bí thư Thường trực", "BÍ THƯ", "Nơi nhận:", "Ban Thường vụ Huyện ủy", "Bí Thư Chủ Tịch",
     "Quý II/2020", "Hoàn thành", "Văn phòng Huyện ủy chủ trì", "",
     # a body before the title, not a person
     "Phòng Kinh tế - Trưởng phòng", "Đoàn Thanh niên - Bí thư Đoàn", "Công an xã - Trưởng Công an"],
)
def test_parse_person_none(text):
    assert parse_person(text) is None


# title and unit
SPLITS = [
    ("Phó Chủ tịch UBND tỉnh Quảng Trị", None, "Phó Chủ tịch", "UBND tỉnh Quảng Trị"),
    ("Bí thư Chi bộ thôn Mai Lộc 2", None, "Bí thư", "Chi bộ thôn Mai Lộc 2"),
    ("Giám đốc Sở Tài chính", None, "Giám đốc", "Sở Tài chính"),
    ("Trưởng Ban Tổ chức Tỉnh ủy", None, "Trưởng ban", "Ban Tổ chức Tỉnh ủy"),
    ("Phó Trưởng Ban Tuyên giáo Huyện ủy", "Huyện ủy Hương Khê",
     "Phó Trưởng ban", "Ban Tuyên giáo Huyện ủy Hương Khê"),
    ("Chánh Văn phòng Huyện ủy", None, "Chánh Văn phòng", "Văn phòng Huyện ủy"),
    ("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Cam Lộ", None, "Chủ nhiệm",
     "Ủy ban Kiểm tra Huyện ủy Cam Lộ"),
    ("PHÓ BÍ THƯ THƯỜNG TRỰC", None, "Phó Bí thư Thường trực", None),
    ("Bí thư Đảng ủy xã Quảng Phú", None, "Bí thư", "Đảng ủy xã Quảng Phú"),
    ("Phó Giám đốc Sở Giao thông vận tải tỉnh Nghệ An", None, "Phó Giám đốc",
     "Sở Giao thông vận tải tỉnh Nghệ An"),
    ("Bí thư Huyện ủy", "Huyện ủy Đức Thọ", "Bí thư", "Huyện ủy Đức Thọ"),
    ("Trưởng phòng Nội vụ huyện", None, "Trưởng phòng", "Phòng Nội vụ huyện"),
    ("Chủ tịch UBMTTQ Việt Nam tỉnh Bắc Giang", None, "Chủ tịch",
     "UBMTTQ Việt Nam tỉnh Bắc Giang"),
]


@pytest.mark.parametrize(("text", "context", "title", "unit"), SPLITS)
def test_split_title_unit(text, context, title, unit):
    assert split_title_unit(text, context) == (title, unit)


# signature blocks: text, context → [(name, title, unit)]
PERSONAL = [
    ("Họ và tên: Trịnh Thị Nga. Chức vụ: Phó Chủ tịch UBND xã An Hòa.", None,
     ("Trịnh Thị Nga", "Phó Chủ tịch", "UBND xã An Hòa")),
    ("Họ tên: Lò Văn Pánh\nChức vụ: Phó Hiệu trưởng Trường THCS Chiềng Sinh", None,
     ("Lò Văn Pánh", "Phó Hiệu trưởng", "Trường THCS Chiềng Sinh")),
    ("Họ và tên: Đinh Công Sứ\nNgày sinh: 12/5/1975\nChức vụ: Bí thư Đảng ủy", "Đảng ủy xã Ea Tu",
     ("Đinh Công Sứ", "Bí thư", "Đảng ủy xã Ea Tu")),
    # a party member's form names the office in the party
    ("Họ và tên: Mạc Văn Tiến\nChức vụ trong Đảng: Chi ủy viên Chi bộ thôn Đông", None,
     ("Mạc Văn Tiến", "Chi ủy viên", "Chi bộ thôn Đông")),
]


@pytest.mark.parametrize(("text", "context", "expected"), PERSONAL)
def test_find_personal(text, context, expected):
    (m,) = find_personal(text, context)
    assert (m.name, m.title, m.unit) == expected
    assert text[m.start : m.end] == m.name


SIGNATURES = [
    ("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nNguyễn Hữu Thắng", "Huyện ủy Cam Lộ",
     [("Nguyễn Hữu Thắng", "Bí thư", "Huyện ủy Cam Lộ")]),
    ("T/M BAN THƯỜNG VỤ\nK/T BÍ THƯ\nPHÓ BÍ THƯ\n(đã ký)\nLê Quang Chiến", "Tỉnh ủy Quảng Bình",
     [("Lê Quang Chiến", "Phó Bí thư", "Tỉnh ủy Quảng Bình")]),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\n Lê Văn Cường", "Sở Giao thông vận tải",
     [("Lê Văn Cường", "Phó Giám đốc", "Sở Giao thông vận tải")]),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVõ Văn Hưng", "UBND tỉnh Quảng Trị",
     [("Võ Văn Hưng", "Chủ tịch", "UBND tỉnh Quảng Trị")]),
    ("T/M BAN THƯỜNG VỤ TỈNH ỦY\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(đã ký)\nNGUYỄN VĂN HÙNG",
     "Huyện ủy Gio Linh",
     [("Nguyễn Văn Hùng", "Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị")]),
    ("T/M ĐẢNG ỦY\nBÍ THƯ\n\nHồ Văn Thuỷ", "Đảng ủy xã Vĩnh Lâm",
     [("Hồ Văn Thủy", "Bí thư", "Đảng ủy xã Vĩnh Lâm")]),
    ("T/M CHI BỘ\nBÍ THƯ\nTrần Văn Bảng", "Chi bộ thôn Mai Lộc 2",
     [("Trần Văn Bảng", "Bí thư", "Chi bộ thôn Mai Lộc 2")]),
    # two columns side by side: the receiving body and the committing body
    ("T/M BAN THƯỜNG VỤ TỈNH ỦY\tT/M BAN THƯỜNG VỤ HUYỆN ỦY\n"
     "PHÓ BÍ THƯ THƯỜNG TRỰC\tBÍ THƯ\n(đã ký)\t(đã ký)\nNguyễn Văn Hùng\tNguyễn Hữu Thắng",
     "Huyện ủy Cam Lộ",
     [("Nguyễn Văn Hùng", "Phó Bí thư Thường trực", "Tỉnh ủy Quảng Trị"),
      ("Nguyễn Hữu Thắng", "Bí thư", "Huyện ủy Cam Lộ")]),
    # a scan: a stamp's remnant or a page number read as a line with no letter
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n2\n(đã ký)\n.\nLê Đức Tiến", "UBND tỉnh Quảng Trị",
     [("Lê Đức Tiến", "Phó Chủ tịch", "UBND tỉnh Quảng Trị")]),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC.\n(đã ký)\nTrần Quốc Khánh", "Sở Nông nghiệp và Phát triển nông thôn",
     [("Trần Quốc Khánh", "Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn")]),
    # a bare state layout with no context: the unit stays unknown
    ("GIÁM ĐỐC\n(Đã ký)\nPhạm Văn Tâm", None, [("Phạm Văn Tâm", "Giám đốc", None)]),
    # Ê Đê names: "Y" for men, "H'" for women; a syllable may also be a place type (Khu)
    ("TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n(đã ký)\nY Khu Êban", "Hội Cựu chiến binh huyện Lắk",
     [("Y Khu Êban", "Chủ tịch", "Hội Cựu chiến binh huyện Lắk")]),
    ("PHÓ CHỦ TỊCH\n(đã ký)\nH'HEN NIÊ", "Hội Nông dân huyện Cư Kuin",
     [("H'Hen Niê", "Phó Chủ tịch", "Hội Nông dân huyện Cư Kuin")]),
    # an English gloss after the title
    ("GIÁM ĐỐC / DIRECTOR\n(đã ký)\nĐào Văn Bình", None, [("Đào Văn Bình", "Giám đốc", None)]),
    # a family name that is also a unit word ("Đoàn xã …", the youth union): a name here
    ("T/M BAN CHẤP HÀNH\nBÍ THƯ\n(đã ký)\nĐoàn Thị Quỳnh", "Đoàn xã Hải Thượng",
     [("Đoàn Thị Quỳnh", "Bí thư", "Đoàn xã Hải Thượng")]),
    # the confirming column names the confirming person's title in its heading
    ("XÁC NHẬN CỦA GIÁM ĐỐC SỞ NỘI VỤ\n(đã ký)\nLê Văn Minh Hoàng", "Phòng Tổ chức cán bộ",
     [("Lê Văn Minh Hoàng", "Giám đốc", "Sở Nội vụ")]),
    # a family name that is also a stop word ("Lưu VT") opens a name alone on its line
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(đã ký)\nLưu Quang Hải", "Huyện ủy Cam Lộ",
     [("Lưu Quang Hải", "Phó Bí thư", "Huyện ủy Cam Lộ")]),
    ("T/M ỦY BAN KIỂM TRA\nPHÓ CHỦ NHIỆM THƯỜNG TRỰC\n(đã ký)\nLa Thị Thu", "Huyện ủy Cam Lộ",
     [("La Thị Thu", "Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Huyện ủy Cam Lộ")]),
    # a personal paper signs by role: no title in the block
    ("NGƯỜI CAM KẾT\n(đã ký)\nTrịnh Thị Nga", "UBND xã An Hòa",
     [("Trịnh Thị Nga", None, "UBND xã An Hòa")]),
]


@pytest.mark.parametrize(("text", "context", "expected"), SIGNATURES)
def test_find_signatures(text, context, expected):
    found = find_signatures(text, context)
    assert [(m.name, m.title, m.unit) for m in found] == expected
    for m in found:
        assert m.source == "signature"
        assert unit_key(m.name.split()[-1]) in unit_key(text[m.start : m.end])


@pytest.mark.parametrize(
    "text",
    [
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Huyện ủy.",
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nLưu VT",  # a filing note, no name
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)",  # no name: a title-only block
        "BÍ THƯ\nBan Thường vụ Huyện ủy\nNguyễn Hữu Thắng",  # name too far from the title
    ],
)
def test_find_signatures_none(text):
    assert find_signatures(text, "Huyện ủy Cam Lộ") == []


# prose: text → [(name, title, unit)]
PROSE = [
    ("Ông Trần Văn Bảng, Bí thư Chi bộ thôn Mai Lộc 2, cho biết thôn đã về đích.",
     [("Trần Văn Bảng", "Bí thư", "Chi bộ thôn Mai Lộc 2")]),
    ("Theo đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh, việc này quan trọng.",
     [("Nguyễn Văn A", "Phó Chủ tịch", "UBND tỉnh")]),
    ("Bí thư Huyện ủy Cam Lộ Nguyễn Hữu Thắng cho rằng cần làm tốt.",
     [("Nguyễn Hữu Thắng", "Bí thư", "Huyện ủy Cam Lộ")]),
    ("Phát biểu tại hội nghị, bà Lê Thị B, Chủ tịch Hội Phụ nữ xã, nhấn mạnh.",
     [("Lê Thị B", "Chủ tịch", "Hội Phụ nữ xã")]),
    ("Chủ tịch UBND tỉnh Quảng Bình, ông Trần Thắng, chỉ đạo quyết liệt.",
     [("Trần Thắng", "Chủ tịch", "UBND tỉnh Quảng Bình")]),
    ("Ông Hồ Xuân Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Hà Tĩnh "
     "nhấn mạnh.", [("Hồ Xuân Hòa", "Trưởng ban", "Ban Tổ chức Tỉnh ủy Hà Tĩnh")]),
    ("Phó Bí thư Thường trực Tỉnh ủy Nghệ An Hoàng Nghĩa Hiếu dự và chỉ đạo.",
     [("Hoàng Nghĩa Hiếu", "Phó Bí thư Thường trực", "Tỉnh ủy Nghệ An")]),
    ("Đồng chí Phạm Thị Hương - Giám đốc Sở Y tế tỉnh Thừa Thiên Huế báo cáo.",
     [("Phạm Thị Hương", "Giám đốc", "Sở Y tế tỉnh Thừa Thiên Huế")]),
    ("Theo ông Đinh Văn Toàn, Bí thư Đảng ủy xã Vũ Xá (Bắc Giang), xã đã hoàn thành.",
     [("Đinh Văn Toàn", "Bí thư", "Đảng ủy xã Vũ Xá")]),
    ("Ong Nguyen Van Binh, Chu tich UBND xa Cam Thanh cho biet.",
     # typed without diacritics: unit words are restored; "Cam Thanh" is ambiguous
     [("Nguyen Van Binh", "Chủ tịch", "UBND xã Cam Thanh")]),
    ("Dự có đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND "
     "tỉnh.", [("Nguyễn Văn Hùng", "Bí thư", "Tỉnh ủy")]),
    ("Ông Lê Văn Hoà cho biết gia đình đã hiến đất.", [("Lê Văn Hòa", None, None)]),
    # a military or police rank stands before the name like an honorific
    ("Đại tá Trần Quốc Dũng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, phát biểu.",
     [("Trần Quốc Dũng", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh")]),
    # a border guard post's commander
    ("Người chịu trách nhiệm: đồng chí Thiếu tá Hà Văn Tùng, Đồn trưởng.",
     [("Hà Văn Tùng", "Đồn trưởng", None)]),
    # a name NER knows although the family name is rare: Ksor
    ("Ông Ksor Phước, Trưởng thôn Plei Ring, cho biết.",
     [("Ksor Phước", "Trưởng thôn", "thôn Plei Ring")]),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_find_in_prose(text, expected):
    found = find_in_prose(text)
    assert [(m.name, m.title, m.unit) for m in found] == expected
    for m in found:
        assert m.source == "prose"
        assert text[m.start : m.end].strip()


@pytest.mark.parametrize(
    "text",
    [
        "Bà con nông dân rất phấn khởi.",
        "Ông bà ta có câu: có công mài sắt.",
        "Ban Thường vụ Huyện ủy đã chỉ đạo Bí thư các chi bộ.",
        "Đồng chí Bí Thư đã phát biểu.",
        "Anh em trong chi bộ đoàn kết.",
        "Huyện ủy Cam Lộ Cam Kết Thực Hiện",
        # a place named after its type word, before a title: not a person
        "của UBND huyện Yên Mô, tỉnh Ninh Bình, Chủ tịch UBND xã Yên Từ cam kết",
    ],
)
def test_find_in_prose_none(text):
    assert find_in_prose(text) == []


def test_offsets_in_a_longer_text():
    text = "Mở đầu.\nSau đó, ông Trần Văn Bảng, Bí thư Chi bộ thôn Mai Lộc 2, cho biết."
    (m,) = find_in_prose(text)
    assert text[m.start : m.end] == "ông Trần Văn Bảng, Bí thư Chi bộ thôn Mai Lộc 2"


def test_title_of_the_first_mention_wins():
    # one person, two offices: named "Chính trị viên" in the list, "Bí thư" as the signer;
    # the signature is read first, but the paper first names him by the list
    from nlp.stages import _merge
    from pipeline.document import Leader, Span

    found = [
        Leader("Vi Văn Mạnh", "Bí thư", "Đảng ủy Đồn Biên phòng Na Mèo", None, "signature",
               Span(900, 920, 1, "Vi Văn Mạnh")),
        Leader("Vi Văn Mạnh", "Chính trị viên", None, None, "prose",
               Span(300, 320, 1, "Vi Văn Mạnh")),
    ]
    (lead,) = _merge(found)
    assert (lead.title, lead.unit) == ("Chính trị viên", "Đảng ủy Đồn Biên phòng Na Mèo")


@pytest.mark.parametrize(("heading", "role"), [
    # a column for "a unit or an individual" holds the person in charge
    ("Đơn vị/cá nhân chủ trì", "leader"),
    ("Cá nhân phụ trách", "leader"),
    ("Cơ quan chủ trì", "agency"),
    ("Kết quả của tập thể, cá nhân", "result"),
    # plain words, as a village cell heads its columns; only as the whole heading
    ("Việc cần làm", "task"),
    ("Ai phụ trách", "leader"),
    ("Bao giờ xong?", "deadline"),
    ("Xong trước ngày", "deadline"),
    ("Số người có việc làm", None),
    # who the task is assigned to; only as the whole heading
    ("Phân công thực hiện", "leader"),
    ("PHÂN CÔNG", "leader"),
    # a heading naming the tasks with their figures heads the tasks; the figures alone do not
    ("Nhiệm vụ, chỉ tiêu", "task"),
    ("Mục tiêu/nội dung công việc", "task"),
    ("Chỉ tiêu", "target"),
    # the unit a figure is counted in is no task, however wide the column
    ("Đơn vị tính", "measure"),
    ("ĐVT", "measure"),
    # a report's columns in plain words
    ("Những việc đã hứa", "task"),
    ("Đã làm được", "result"),
])
def test_table_column_naming_a_person(heading: str, role: str | None) -> None:
    from nlp.tables import role_of

    assert role_of(heading) == role


@pytest.mark.parametrize(("block", "name", "title"), [
    ("T/M BAN GIÁM HIỆU\nHIỆU TRƯỞNG\n(đã ký)\nTS. Đỗ Quang Vinh", "Đỗ Quang Vinh", "Hiệu trưởng"),
    ("K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(đã ký)\nBSCKII. Lò Thị Mai", "Lò Thị Mai", "Phó Giám đốc"),
    ("T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nGS.TS. Vương Đình Khải", "Vương Đình Khải", "Bí thư"),
])
def test_a_degree_before_the_signers_name_is_not_the_name(block: str, name: str, title: str) -> None:
    (sig,) = find_signatures(block)
    assert (sig.name, sig.title) == (name, title)
