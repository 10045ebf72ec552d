"""extractors.ocrfix: marks of known phrases restored, nothing invented."""

from __future__ import annotations

import pytest

from extractors.ocrfix import _fix_quarter, fix_tokens, fold, restore_level_word, strip_stray_quote


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # Marks misread inside a known phrase: the phrase's marks, the scan's case.
        ("ĐẲNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Hoàn thành để án", "Hoàn thành đề án"),
        ("Bàn giao mặt băng sạch", "Bàn giao mặt bằng sạch"),
        ("huyện uÿ, thị uỷ", "huyện uỷ, thị uỷ"),  # ÿ is no Vietnamese letter
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("kỷ luật đẳng năm 2018", "kỷ luật đảng năm 2018"),
        # Both tone placements are right: left as read.
        ("Huyện uỷ Lệ Thuỷ", "Huyện uỷ Lệ Thuỷ"),
        ("Huyện ủy Cam Lộ", "Huyện ủy Cam Lộ"),
        # Never invented: single words (đang/đảng are both words), runs read without any
        # mark, a comma inside the run, words outside the vocabulary.
        ("đang thực hiện", "đang thực hiện"),
        ("đang", "đang"),
        ("BAN CAM KET", "BAN CAM KET"),
        ("bí, thư", "bí, thư"),
        ("Trương Văn Bảy", "Trương Văn Bảy"),
        ("dân dẫn", "dân dẫn"),
        # A vowel with two marks read twice, inside a known phrase: read once.
        ("PHÓ BÍ THƯ THƯỜNG TRỤỰC", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
        ("Thường trựực Tỉnh ủy", "Thường trực Tỉnh ủy"),
        # ... but a doubled vowel outside a phrase, or a real ưu, is left alone.
        ("trụực", "trụực"),
        ("Lưu Văn phòng", "Lưu Văn phòng"),
        ("Hội Cựu chiến binh", "Hội Cựu chiến binh"),
    ],
)  # fmt: skip
def test_fix_tokens(read: str, fixed: str) -> None:
    assert " ".join(fix_tokens(read.split())) == fixed


def test_fix_keeps_punctuation_and_token_count() -> None:
    tokens = ["(ĐẲNG", "CỘNG", "SẢN", "VIỆT", "NAM)"]
    assert fix_tokens(tokens) == ["(ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM)"]


@pytest.mark.parametrize(
    ("word", "folded"), [("Đảng", "dang"), ("ĐẲNG", "dang"), ("Thuỷ", "thuy"), ("ủy", "uy")]
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("BÍ THƯ”", "BÍ THƯ"),
        ("theo “Nghị quyết”", "theo “Nghị quyết”"),
        ('gọi là "khu dân cư kiểu mẫu"', 'gọi là "khu dân cư kiểu mẫu"'),
        ("”", "”"),
        ("Chi bộ.", "Chi bộ."),
        ("'T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"),
        ("“Nghị quyết”", "“Nghị quyết”"),
        ("“Dân vận khéo” năm 2020", "“Dân vận khéo” năm 2020"),
    ],
)
def test_stray_closing_quote(read: str, fixed: str) -> None:
    assert " ".join(strip_stray_quote(read.split())) == fixed


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("BÍTHƯ", "BÍ THƯ"),  # a narrow space lost: a known phrase's letters run together
        ("(đãkỹ)", "(đã ký)"),
        ("Bíthư", "Bí thư"),
        ("camkết", "cam kết"),
        ("bithu", "bithu"),  # no mark read: left alone
        ("Thuỷ", "Thuỷ"),
    ],
)
def test_run_together_phrases_are_split(read: str, fixed: str) -> None:
    assert " ".join(fix_tokens([read])) == fixed


def test_rule_remnants_stuck_to_words_are_dropped() -> None:
    assert fix_tokens(["_T/M", "BAN", "|Quý", "II/2020|"]) == ["T/M", "BAN", "Quý", "II/2020"]


@pytest.mark.parametrize(
    ("read", "fixed"),
    [("II/2020", "II/2020"), ("1I/2020", "II/2020"), ("l1l/2021", "III/2021"),
     ("IIH/2021", "III/2021"), ("IH/2021", "IH/2021"), ("H", "H"), ("IV.", "IV.")],
)  # fmt: skip
def test_quarter_numerals(read: str, fixed: str) -> None:
    assert _fix_quarter("Quý", read) == fixed
    assert _fix_quarter("Năm", read) == read


@pytest.mark.parametrize(
    ("read", "conf", "after", "fixed"),
    [
        ("HUYN", 0.2, "TAM", "HUYỆN"),  # the Ệ lost, read with little confidence
        ("huyƒn", 0.9, "Diễn", "huyện"),  # ƒ is no Vietnamese letter
        ("tnh", 0.3, "Quảng", "tỉnh"),
        ("Huypn", 0.3, "Đông", "Huyện"),  # the Ệ read as p
        ("HUYPN", 0.7, "ĐÔNG", "HUYỆN"),  # read confidently, but no Vietnamese syllable
        ("huypen", 0.3, "Diễn", "huyện"),
        # Never invented: a confident reading, no place name after, a real word (Tĩnh Gia),
        # or a reading two level words fit.
        ("HUYN", 0.9, "TAM", "HUYN"),
        ("huyƒn", 0.9, "dien", "huyƒn"),
        ("TĨNH", 0.3, "GIA", "TĨNH"),
        ("Thnh", 0.3, "Hóa", "Thnh"),
        ("tren", 0.3, "Địa", "tren"),  # trên, not trấn: a vowel read is a vowel
    ],
)  # fmt: skip
def test_restore_level_word(read: str, conf: float, after: str, fixed: str) -> None:
    assert restore_level_word(read, conf, after) == fixed


def test_unit_names_in_the_vocabulary() -> None:
    assert fix_tokens("Sở nông nghiệp và phát trien nông thoòn".split()) == (
        "Sở nông nghiệp và phát triển nông thôn".split()
    )
