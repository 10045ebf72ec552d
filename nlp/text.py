"""Vietnamese text basics: Unicode normal form, tone placement, folding, case.

Everything here is a pure function over `str`, cheap enough to call per block. The rules:
- keep the original text; normalise only for matching (`fold`, `fold_chars`);
- `fold_chars` keeps one output code point per input code point so a regex can run on the
  folded text and its offsets still index the original;

Legacy 8-bit encodings (TCVN3, VNI) are decoded where the bytes are read: extractors.legacy.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The five Vietnamese tone marks as Unicode combining characters.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_COMBINING = "\u0300-\u036f"


def nfc(s: str) -> str:
    """Unicode NFC: files from macOS arrive decomposed (NFD), everything else composed."""
    return unicodedata.normalize("NFC", s)


# -- tone placement -------------------------------------------------------------------------
# Old style puts the tone of an open oa/oe/uy rhyme on the second vowel (hoà, khoẻ, thuỷ), the
# new style (and the one we store for matching) on the first (hòa, khỏe, thủy). Only when the
# rhyme ends the syllable: with a final consonant both styles agree (hoàn, khoét, tuyết).
# "qu" is an onset, so in quý/quỳ the y is the only vowel and the tone stays on it.
_OLD_TONE = re.compile(rf"(?<![qQ])([oO][aAeE]|[uU][yY])([{_TONES}])(?![^\W\d_]|[{_COMBINING}])")


def normalize_tones(s: str) -> str:
    """Move old-style tone marks to the new-style vowel (hoà→hòa, thuỷ→thủy); NFC, case kept."""
    d = unicodedata.normalize("NFD", s)
    # In NFD the pair is base, base, tone: re-emit as base, tone, base.
    d = _OLD_TONE.sub(lambda m: m[1][0] + m[2] + m[1][1], d)
    return unicodedata.normalize("NFC", d)


# -- folding --------------------------------------------------------------------------------
_SPACE = re.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")


def norm_space(s: str) -> str:
    """Collapse runs of spaces, tabs, newlines, no-break and zero-width spaces; strip."""
    return _SPACE.sub(" ", s).strip()


# đ/Đ, and the Icelandic eth (ð/Ð) that some converters and fonts put in their place.
_D_LETTERS = "đĐðÐ"
_D_TABLE = str.maketrans(dict.fromkeys(_D_LETTERS, "d"))


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _D_LETTERS:  # đ has no decomposition: map it by hand
        return "d"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


def fold_chars(s: str) -> str:
    """Lower-case, strip diacritics, đ→d, one code point out per code point in.

    Meant for NFC input: then `fold_chars(s)[i]` is the folded `s[i]`, so a match on the
    folded text has the same offsets in the original. A stray combining mark (NFD input)
    is kept as it is rather than dropped, to keep the length.
    """
    if s.isascii():
        return s.lower()
    return "".join(_fold_char(c) for c in s)


def fold(s: str) -> str:
    """The matching key of a text: NFC, new tone style, lower, no diacritics, đ→d, one space."""
    d = unicodedata.normalize("NFD", normalize_tones(s).lower())
    d = "".join(c for c in d if not unicodedata.combining(c))
    return norm_space(d.translate(_D_TABLE))


# -- case -----------------------------------------------------------------------------------
_LETTERS = re.compile(r"[^\W\d_]+")


def capitalize_words(s: str) -> str:
    """Title-case each word: "NGUYỄN VĂN AN" → "Nguyễn Văn An", "ĐẶNG" → "Đặng".

    Works on NFC so a tone mark never splits a word (in NFD "Ễ" would be E + two marks and
    the letter after them would wrongly start a new word).
    """
    return _LETTERS.sub(lambda m: m[0][0].upper() + m[0][1:].lower(), nfc(s))


def sentence_case(s: str) -> str:
    """First letter upper, every other letter lower: "PHÓ BÍ THƯ" → "Phó bí thư"."""
    s = nfc(s).lower()
    m = _LETTERS.search(s)
    return s if m is None else s[: m.start()] + s[m.start()].upper() + s[m.start() + 1 :]
