"""The private text helpers units and leaders rely on (nlp/_vi.py)."""

from __future__ import annotations

import unicodedata

import pytest

from nlp._vi import fold, fold_chars, nfc_with_map, normalize_tones


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("Thuỷ", "Thủy"), ("uỷ", "ủy"), ("khoẻ", "khỏe"), ("Thanh Hoá", "Thanh Hóa"),
     ("HUYỆN UỶ", "HUYỆN ỦY"), ("tuý", "túy"), ("luỹ", "lũy"),
     # unchanged: a final consonant or vowel follows, or "qu" owns the u
     ("hoàng", "hoàng"), ("ngoài", "ngoài"), ("quý", "quý"), ("quỷ", "quỷ"), ("tuyến", "tuyến"),
     ("hòa", "hòa")],
)
def test_normalize_tones(old, new):
    assert normalize_tones(old) == new
    assert len(normalize_tones(old)) == len(old)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Đảng ủy", "dang uy"), ("HUYỆN ỦY CAM LỘ", "huyen uy cam lo"), ("Huyện uỷ", "huyen uy"),
     ("  Cam   Lộ ", "cam lo"), (unicodedata.normalize("NFD", "Quảng Trị"), "quang tri")],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_chars_keeps_length_and_case():
    assert fold_chars("Đông Hà") == "Dong Ha"


def test_nfc_with_map_points_back():
    nfd = unicodedata.normalize("NFD", "Lộ x")
    text, offsets = nfc_with_map(nfd)
    assert text == "Lộ x"
    assert nfd[offsets[text.index("x")]] == "x"
    assert offsets[len(text)] == len(nfd)


def test_an_abbreviation_in_capitals_keeps_them() -> None:
    from nlp._vi import capitalize_word

    # no vowel: no Vietnamese syllable, but the initials of one ("THCS", "BQL")
    assert [capitalize_word(w) for w in ("THCS", "BQL", "QUẢNG", "Y", "K'BANG")] == [
        "THCS", "BQL", "Quảng", "Y", "K'bang"]
