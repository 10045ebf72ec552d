"""Text helpers the unit and leader finders need beyond nlp/text.py.

NFC, tone placement and the folded matching key come from nlp/text.py; what stays here is
what the token layer needs besides: NFD→NFC with an offset map, a fold that keeps case and
length (capitals tell names and units apart), and per-word capitalisation. Every function
that returns text of "the same length" keeps offsets valid, so a match found on a
normalised copy can be reported on the original string.
"""

from __future__ import annotations

import unicodedata

from nlp.text import fold, nfc, normalize_tones

__all__ = ["fold", "nfc", "normalize_tones", "nfc_with_map", "fold_chars", "norm",
           "is_upper_word", "capitalize_word", "capitalize_words"]


def nfc_with_map(text: str) -> tuple[str, list[int]]:
    """NFC text plus, for each of its characters (and one past the end), the original offset.

    Files from macOS arrive in NFD; matches are found on the NFC copy and mapped back.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return "".join(out), offsets


def _fold_char(c: str) -> str:
    if c in "đĐ":  # đ has no decomposition: map it by hand
        return "d" if c == "đ" else "D"
    if c.isascii():
        return c
    base = unicodedata.normalize("NFD", c)[0]
    return base if base.isascii() else c


_FOLD_TABLE: dict[str, str] = {}


def fold_chars(text: str) -> str:
    """Strip diacritics (đ→d) character by character, keeping case and length."""
    out = []
    for c in text:
        f = _FOLD_TABLE.get(c)
        if f is None:
            f = _FOLD_TABLE[c] = _fold_char(c)
        out.append(f)
    return "".join(out)


def norm(text: str) -> str:
    """Comparison form that keeps diacritics: NFC, tones normalised, lower case."""
    return normalize_tones(nfc(text)).lower()


def is_upper_word(word: str) -> bool:
    return word.isupper() and any(c.isalpha() for c in word)


def capitalize_word(word: str) -> str:
    """"LỘC" → "Lộc"; only the first letter is raised ("H'LEO" → "H'leo"). A word with no
    vowel is no syllable but an abbreviation, and keeps its capitals ("PTDT", "MTV")."""
    if word.isupper() and not any(fold_chars(c).lower() in "aeiouy" for c in word):
        return word
    return word[:1].upper() + word[1:].lower()


def capitalize_words(text: str) -> str:
    return " ".join(capitalize_word(w) for w in text.split(" "))
