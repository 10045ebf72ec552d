"""Private Vietnamese text helpers for units.py and leaders.py.

A shared `nlp/text.py` is being written in parallel; these few functions are kept here
so the unit and leader finders stay independent of it until the two are merged.
Every function that returns text of "the same length" keeps offsets valid, so a match
found on a normalised copy can be reported on the original string.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (grave, acute, hook above, tilde, dot below): the marks that the
# old and new orthographies place on different vowels of "oa", "oe", "uy".
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_LETTER = r"[^\W\d_]"
# A tone on the second vowel of a final "oa"/"oe"/"uy" (no consonant after it, not "qu").
_OLD_TONE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?!{_LETTER}|[\u0300-\u036f])"
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


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


def normalize_tones(text: str) -> str:
    """Move old-style tone marks to the traditional vowel: hoà→hòa, uỷ→ủy, khoẻ→khỏe.

    Same length for NFC input, so offsets survive.
    """
    if not text.isascii():
        d = unicodedata.normalize("NFD", text)
        moved = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), d)
        if moved != d:
            return unicodedata.normalize("NFC", moved)
    return text


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


def fold(text: str) -> str:
    """Search key: NFC, no diacritics, đ→d, lower case, single spaces."""
    return " ".join(fold_chars(nfc(text)).lower().split())


def norm(text: str) -> str:
    """Comparison form that keeps diacritics: NFC, tones normalised, lower case."""
    return normalize_tones(nfc(text)).lower()


def is_upper_word(word: str) -> bool:
    return word.isupper() and any(c.isalpha() for c in word)


def capitalize_word(word: str) -> str:
    """"LỘC" → "Lộc"; only the first letter is raised ("H'LEO" → "H'leo")."""
    return word[:1].upper() + word[1:].lower()


def capitalize_words(text: str) -> str:
    return " ".join(capitalize_word(w) for w in text.split(" "))
