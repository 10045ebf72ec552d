"""nlp.text: normal forms, tone placement, folding, case."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.text import (
    capitalize_words,
    fold,
    fold_chars,
    nfc,
    norm_space,
    normalize_tones,
    sentence_case,
)

# -- normal form and tone placement ---------------------------------------------------------


def test_nfc_composes_macos_text() -> None:
    nfd = unicodedata.normalize("NFD", "Huyện ủy Cam Lộ")
    assert nfd != "Huyện ủy Cam Lộ"
    assert nfc(nfd) == "Huyện ủy Cam Lộ"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("uỷ", "ủy"),
        ("khoẻ", "khỏe"),
        ("Hoà", "Hòa"),
        ("HOÀ", "HÒA"),
        ("toạ đàm", "tọa đàm"),
        ("hoạ", "họa"),
        ("xoá", "xóa"),
        ("loè", "lòe"),
        ("Thuý", "Thúy"),
        ("Huyện uỷ Cam Lộ", "Huyện ủy Cam Lộ"),
        ("HUYỆN UỶ", "HUYỆN ỦY"),
        ("Cộng hoà xã hội", "Cộng hòa xã hội"),
        ("uỷ ban, hoà.", "ủy ban, hòa."),
        # a final consonant or vowel after the pair: both styles agree, nothing moves
        ("hoàn thành", "hoàn thành"),
        ("khoét", "khoét"),
        ("hoài", "hoài"),
        ("khuỷu", "khuỷu"),
        ("tuyết", "tuyết"),
        ("luỹ", "lũy"),
        # qu is an onset: the tone of quý / quỳ / quả is already on the only vowel
        ("quý", "quý"),
        ("Quỳ", "Quỳ"),
        ("quả", "quả"),
        ("QUÝ II", "QUÝ II"),
        # already new style, or no tone: unchanged
        ("hòa", "hòa"),
        ("thủy", "thủy"),
        ("hoa", "hoa"),
        ("oà", "òa"),
    ],
)
def test_normalize_tones(old: str, new: str) -> None:
    assert normalize_tones(old) == new
    assert normalize_tones(unicodedata.normalize("NFD", old)) == new


def test_normalize_tones_is_idempotent_and_nfc() -> None:
    s = "Ban Thường vụ Huyện uỷ, Uỷ ban nhân dân, hoà giải, khoẻ mạnh, thuỷ lợi"
    once = normalize_tones(s)
    assert once == normalize_tones(once)
    assert unicodedata.is_normalized("NFC", once)
    assert once == "Ban Thường vụ Huyện ủy, Ủy ban nhân dân, hòa giải, khỏe mạnh, thủy lợi"


# -- folding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Huyện ủy Cam Lộ", "huyen uy cam lo"),
        ("Huyện uỷ Cam Lộ", "huyen uy cam lo"),
        ("HUYỆN ỦY CAM LỘ", "huyen uy cam lo"),
        ("Đảng ủy xã Đakrông", "dang uy xa dakrong"),
        ("ĐĂNG  KÝ\t\tđăng\u00a0ký ", "dang ky dang ky"),
        ("Quý II/2020", "quy ii/2020"),
        ("  nông   thôn mới\n", "nong thon moi"),
        ("Phó Chủ tịch UBND tỉnh", "pho chu tich ubnd tinh"),
        (unicodedata.normalize("NFD", "Thường vụ Tỉnh ủy"), "thuong vu tinh uy"),
        ("Nǎm 2020", "nam 2020"),
        ("ÐẢNG ỦY xã", "dang uy xa"),  # eth (U+00D0) typed for Đ
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_chars_keeps_offsets() -> None:
    s = "Đông Hà, ngày 05 tháng 3 năm 2021"
    f = fold_chars(s)
    assert f == "dong ha, ngay 05 thang 3 nam 2021"
    i = f.index("thang")
    assert s[i : i + 5] == "tháng"


VI_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
VI_ALPHABET = VI_LETTERS + VI_LETTERS.upper() + "0123456789 ,./-:%()\t\n"


@given(st.text(alphabet=VI_ALPHABET, max_size=80))
def test_fold_chars_same_length_and_agrees_with_fold(s: str) -> None:
    f = fold_chars(s)
    assert len(f) == len(s)
    assert f.isascii()
    assert norm_space(f) == fold(s)


@given(st.text(alphabet=VI_ALPHABET, max_size=80))
def test_fold_ignores_tone_style_and_normal_form(s: str) -> None:
    assert fold(s) == fold(normalize_tones(s)) == fold(unicodedata.normalize("NFD", s))


# -- spaces and case ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a  b ", "a b"),
        ("a\u00a0\u00a0b", "a b"),
        ("a\t\tb\nc", "a b c"),
        ("a\u202fb\u200b c", "a b c"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_norm_space(text: str, expected: str) -> None:
    assert norm_space(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NGUYỄN VĂN AN", "Nguyễn Văn An"),
        ("ĐẶNG THỊ ÚT", "Đặng Thị Út"),
        ("đỗ đức đạt", "Đỗ Đức Đạt"),
        ("trần  VĂN  bảng", "Trần  Văn  Bảng"),
        (unicodedata.normalize("NFD", "HUỲNH ĐỨC THẮNG"), "Huỳnh Đức Thắng"),
        ("LÊ THỊ THU-HÀ", "Lê Thị Thu-Hà"),
        ("ỦY BAN NHÂN DÂN", "Ủy Ban Nhân Dân"),
    ],
)
def test_capitalize_words(text: str, expected: str) -> None:
    assert capitalize_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PHÓ BÍ THƯ", "Phó bí thư"),
        ("BẢN CAM KẾT", "Bản cam kết"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng cộng sản việt nam"),
        ("1. THỰC HIỆN", "1. Thực hiện"),
        ("", ""),
    ],
)
def test_sentence_case(text: str, expected: str) -> None:
    assert sentence_case(text) == expected
