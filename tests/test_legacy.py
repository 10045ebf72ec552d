"""extractors.legacy: TCVN3/VNI tables, detection, fonts; legacy-encoded twins of Unicode files."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.legacy import decode_legacy, detect_legacy, font_encoding, is_syllable, nfc

VI_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("Bản", True), ("nghiêng", True), ("khuỷu", True), ("người", True), ("quốc", True),
        ("giữa", True), ("Nguyễn", True), ("thuyền", True), ("oanh", True), ("xoong", True),
        ("B¶n", False), ("keát", False), ("Baỷn", False), ("élève", False), ("hello", False),
        ("schưn", False), ("ảá", False),
    ],
)  # fmt: skip
def test_is_syllable(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok


# -- legacy encodings: independent encoders for the round trips ------------------------------
# TCVN3 (VN3) bytes, written out from the code chart: per vowel, huyền hỏi ngã sắc nặng.
TCVN3_BYTES: dict[str, int] = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}  # fmt: skip


def encode_tcvn3(s: str) -> str:
    """Unicode → TCVN3 bytes → the text an extractor gets when it reads them as cp1252."""
    out = bytearray()
    for c in nfc(s):
        if c in TCVN3_BYTES:
            out.append(TCVN3_BYTES[c])
        elif ord(c) < 128:
            out.append(ord(c))
        else:
            raise ValueError(f"{c!r} has no TCVN3 byte")
    return out.decode("cp1252")


# VNI: base letter then one mark byte; a capital takes the capital mark (byte - 0x20).
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
VNI_TONE = {_ACUTE: 0xF9, _GRAVE: 0xF8, _HOOK: 0xFB, _TILDE: 0xF5, _DOT: 0xEF}
VNI_HAT = {None: 0xE2, _ACUTE: 0xE1, _GRAVE: 0xE0, _HOOK: 0xE5, _TILDE: 0xE3, _DOT: 0xE4}
VNI_BREVE = {None: 0xEA, _ACUTE: 0xE9, _GRAVE: 0xE8, _HOOK: 0xFA, _TILDE: 0xFC, _DOT: 0xEB}
VNI_I = {None: ord("i"), _ACUTE: 0xED, _GRAVE: 0xEC, _HOOK: 0xE6, _TILDE: 0xF3, _DOT: 0xF2}
VNI_HORN = {"o": 0xF4, "u": 0xF6}  # ơ, ư
VNI_D = 0xF1  # đ


def encode_vni(s: str) -> str:
    out = bytearray()
    for c in nfc(s):
        if ord(c) < 128:
            out.append(ord(c))
            continue
        upper = c.isupper()
        shift = 0x20 if upper else 0
        if c in "đĐ":
            out.append(VNI_D - shift)
            continue
        d = unicodedata.normalize("NFD", c.lower())
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in VNI_TONE), None)
        if base == "i":
            out.append(VNI_I[tone] - shift if tone else ord("I" if upper else "i"))
        elif "\u031b" in marks:
            out.append(VNI_HORN[base] - shift)
            if tone:
                out.append(VNI_TONE[tone] - shift)
        elif "\u0302" in marks:
            out += bytes([ord(base.upper() if upper else base), VNI_HAT[tone] - shift])
        elif "\u0306" in marks:
            out += bytes([ord(base.upper() if upper else base), VNI_BREVE[tone] - shift])
        else:
            out += bytes([ord(base.upper() if upper else base), VNI_TONE[tone] - shift])
    return out.decode("cp1252")


VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ["", _GRAVE, _HOOK, _TILDE, _ACUTE, _DOT]
ALL_VOWELS = [nfc(v + t) for v in VOWELS for t in TONE_MARKS]  # 72 letters

SENTENCES = [
    "Bản cam kết thực hiện nhiệm vụ trọng tâm năm 2020 của Ban Thường vụ Huyện ủy Cam Lộ",
    "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc",
    "Đảng bộ tỉnh Quảng Trị, Huyện ủy Hướng Hóa, Đảng ủy xã Đakrông",
    "Hoàn thành Quý II/2020; 6 tháng đầu năm đạt 85% kế hoạch",
    "giải phóng mặt bằng, thu hút đầu tư, xây dựng nông thôn mới kiểu mẫu",
    "Ông Trần Văn Bảng, Bí thư Chi bộ thôn Mai Lộc 2, cho biết: nước sạch đã về tới bản",
    "chậm tiến độ do vướng mắc; chưa hoàn thành; không hoàn thành; cơ bản hoàn thành",
    "quốc phòng, an ninh; y tế; giáo dục; chuyển đổi số; giảm nghèo bền vững",
    "khuỷu tay, nghiêng ngả, thuở ấy, ngoằn ngoèo, khuya khoắt, quẫy đạp, suối nguồn",
    "Ủy ban Kiểm tra, Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN THƯỜNG VỤ TỈNH ỦY QUẢNG TRỊ",
    "Đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới 3%; trước ngày 30/9/2020 phải xong.",
    "Ẩn Ẳng Ẵng Ặc Ấp Ầm Ẫm Ậy Ễnh Ệ Ỉ Ĩ Ị Ỏ Õ Ọ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ",
    " ".join(ALL_VOWELS),
    " ".join(v.upper() for v in ALL_VOWELS),
]


def _untoned_capitals(s: str) -> str:
    """TCVN3 has no toned capitals (those are set in .VnTimeH): lower-case them for it."""
    return "".join(
        c.lower() if c.isupper() and c not in TCVN3_BYTES and ord(c) > 127 else c for c in nfc(s)
    )


def test_encoders_cover_every_vowel() -> None:
    for v in ALL_VOWELS:
        assert decode_legacy(encode_tcvn3(v), "tcvn3") == v
        assert decode_legacy(encode_vni(v), "vni") == v
        assert decode_legacy(encode_vni(v.upper()), "vni") == v.upper()
    assert len(set(encode_tcvn3(v) for v in ALL_VOWELS)) == 72


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tcvn3_round_trip(sentence: str) -> None:
    s = _untoned_capitals(sentence)
    legacy = encode_tcvn3(s)
    assert legacy != s
    assert decode_legacy(legacy, "tcvn3") == s
    # a .VnTimeH heading: lower-case bytes drawn as capitals
    assert decode_legacy(encode_tcvn3(sentence.lower()), "tcvn3", capitals=True) == (
        nfc(sentence).upper()
    )


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vni_round_trip(sentence: str) -> None:
    legacy = encode_vni(sentence)
    assert decode_legacy(legacy, "vni") == nfc(sentence)


@given(st.text(alphabet=VI_LETTERS + VI_LETTERS.upper() + " ,.;:-/0123456789", max_size=60))
def test_legacy_round_trip_property(s: str) -> None:
    assert decode_legacy(encode_vni(s), "vni") == s
    t = _untoned_capitals(s)
    assert decode_legacy(encode_tcvn3(t), "tcvn3") == t


@pytest.mark.parametrize(
    ("legacy", "encoding", "unicode"),
    [
        ("B¶n cam kÕt", "tcvn3", "Bản cam kết"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
        ("Th\u00adêng vô", "tcvn3", "Thường vụ"),
        ("nhµ n\u2212íc, Thñ t\u2212íng", "tcvn3", "nhà nước, Thủ tướng"),  # PDF glyph for ư
        ("gi¶m 5 \u2212 3", "tcvn3", "giảm 5 \u2212 3"),  # a real minus stays
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Baûn cam keát", "vni", "Bản cam kết"),
        ("Ñaø Naüng, nöôùc", "vni", "Đà Nẵng, nước"),
        ("BAÛN CAM KEÁT", "vni", "BẢN CAM KẾT"),
        ("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "vni", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ],
)
def test_decode_known(legacy: str, encoding: str, unicode: str) -> None:
    assert decode_legacy(legacy, encoding) == unicode


def test_decode_vnitimeh_capitals() -> None:
    assert decode_legacy("b¶n cam kÕt", "tcvn3", capitals=True) == "BẢN CAM KẾT"
    assert decode_legacy("®¶ng céng s¶n viÖt nam", "tcvn3", capitals=True) == (
        "ĐẢNG CỘNG SẢN VIỆT NAM"
    )


def test_decode_unknown_encoding_names_the_known() -> None:
    with pytest.raises(ValueError, match="tcvn3, vni"):
        decode_legacy("x", "viscii")


# -- detection ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", SENTENCES[:13])
def test_detect_encoded_sentences(sentence: str) -> None:
    assert detect_legacy(encode_tcvn3(_untoned_capitals(sentence))) == "tcvn3"
    assert detect_legacy(encode_vni(sentence)) == "vni"
    assert detect_legacy(sentence) is None
    assert detect_legacy(unicodedata.normalize("NFD", sentence)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B¶n cam kÕt", "tcvn3"),
        ("Baûn cam keát", "vni"),
        ("HuyÖn ñy Cam Lé", "tcvn3"),
        ("Huyeän uûy Cam Loä", "vni"),
        # not legacy: Unicode Vietnamese, even with only Latin-1 letters, and other languages
        ("Bản cam kết", None),
        ("cà phê", None),
        ("Cà Mau, Tây Ninh, Hà Tĩnh", None),
        ("The quick brown fox jumps over the lazy dog.", None),
        ("© 2020 Company® «quoted» ¶ 3 · 4", None),
        ("Le maître a dû répéter la leçon à l'élève près de la fenêtre.", None),
        ("Müller und Söhne: schöne Grüße aus München, straße", None),
        ("El niño comió piña en la montaña después de la canción.", None),
        ("São Paulo é uma cidade grande; a educação não é fácil.", None),
        ("", None),
        ("12/2020 - 15 km - 100%", None),
    ],
)
def test_detect_legacy(text: str, expected: str | None) -> None:
    assert detect_legacy(text) == expected


# -- fonts and files ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)),
        (".VnArial", ("tcvn3", False)), (".VnArialH", ("tcvn3", True)),
        (".VnTimeH,Bold", ("tcvn3", True)), ("ABCDEF+.VnTime", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)), ("VNI-Helve", ("vni", False)),
        ("Times New Roman", None), ("Arial", None), ("", None), (None, None),
        ("Vn", None), ("Vni", None),
    ],
)  # fmt: skip
def test_font_encoding(font: str | None, expected: tuple[str, bool] | None) -> None:
    assert font_encoding(font) == expected


def _blocks(name: str) -> list[tuple[object, ...]]:
    import hashlib
    from pathlib import Path

    from extractors import extract
    from pipeline.document import Dossier, Source
    from pipeline.settings import Settings

    path = Path(__file__).parent / "files" / name
    d = Dossier(Source(str(path), hashlib.sha256(path.read_bytes()).hexdigest(), 0))
    extract(path, d, Settings(strict=True))
    return [(b.kind, b.region, b.table, b.row, b.col, b.page, b.text) for b in d.blocks]


@pytest.mark.parametrize("twin", ["legacy_tcvn3.txt", "legacy_vni.txt"])
def test_legacy_text_file_extracts_like_its_unicode_twin(twin: str) -> None:
    unicode = _blocks("legacy_unicode.txt")
    assert any("Huyện ủy Cam Lộ" in b[-1] for b in unicode)  # the twin is real Vietnamese
    assert _blocks(twin) == unicode


@pytest.mark.parametrize("twin", ["legacy_tcvn3.docx", "legacy_vni.docx"])
def test_legacy_docx_extracts_like_its_unicode_twin(twin: str) -> None:
    """Per-run fonts: .VnTime runs, .VnTimeH capitals stored at lower-case code points
    (ĐẢNG CỘNG SẢN VIỆT NAM), and VNI-Times runs all come out as the Unicode document."""
    unicode = _blocks("legacy_unicode.docx")
    assert ("paragraph", "", None, None, None, 1, "BẢN CAM KẾT") in unicode
    assert _blocks(twin) == unicode


def test_legacy_pdf_text_layer_is_decoded_from_the_text_itself() -> None:
    """LibreOffice replaced the missing .VnTime font, so only the text says TCVN3. Known
    loss: without the font name .VnTimeH capitals come out lower case, and the producer
    dropped the soft hyphen that is TCVN3's ư ("Thờng" for "Thường")."""
    texts = [b[-1] for b in _blocks("legacy_tcvn3.pdf")]
    assert "Cam Lộ, ngày 10 tháng 01 năm 2020" in "\n".join(texts)
    assert any("Đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực" in t for t in texts)
    assert not any("¸" in t or "Õ" in t for t in texts)


def test_unicode_text_is_never_taken_for_legacy() -> None:
    assert all(detect_legacy(b[-1]) is None for b in _blocks("legacy_unicode.docx"))
