"""Legacy 8-bit Vietnamese encodings: TCVN3 (ABC, the ".Vn" fonts) and VNI → Unicode NFC.

Old files keep these everywhere: a DOCX whose runs are set in .VnTime/.VnTimeH or VNI-Times,
a TXT saved from such a document, a PDF whose text layer carries the font's 8-bit codes. Read
as cp1252/Latin-1 they look like "B¶n cam kÕt". Decoding bytes is extraction's job, so the
tables live here: `detect_legacy` recognises an encoding by decoding trial words and checking
that the result is a well-formed Vietnamese syllable, `decode_legacy` converts, and
`font_encoding` names the encoding a font implies (per-run font info beats guessing).

The PyPI package viparse (0.1.31) was tried first and not used: its VNI table lacks ẳ/Ẳ, its
content detector misses short TCVN3 text ("B¶n cam kÕt") yet reads Spanish as VNI, and it has
no switch for .VnTimeH capitals. The tables below are small and checked by round trips.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_COMBINING = "\u0300-\u036f"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# -- legacy 8-bit encodings -----------------------------------------------------------------
# TCVN3 (TCVN 5712:1993 VN3, the ".Vn" fonts). Each toned lower-case vowel has one byte; the
# rows below list, per vowel, the bytes for huyền, hỏi, ngã, sắc, nặng as the characters they
# become when the byte is read as cp1252/Latin-1 (the same for 0xA0–0xFF). There are no toned
# capitals: a capital heading is set in the ".VnTimeH" font with these same lower-case bytes.
_TCVN3_ROWS = {
    "a": "µ¶·¸¹",
    "ă": "»¼½¾Æ",
    "â": "ÇÈÉÊË",
    "e": "ÌÎÏÐÑ",
    "ê": "ÒÓÔÕÖ",
    "i": "×ØÜÝÞ",
    "o": "ßáâãä",
    "ô": "åæçèé",
    "ơ": "êëìíî",
    "u": "ïñòóô",
    "ư": "õö÷øù",
    "y": "úûüýþ",
}
_TCVN3_PLAIN = {
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
    "¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
}  # fmt: skip
_TONE_ORDER = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng


def _tcvn3_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _TCVN3_PLAIN.items()}
    for vowel, row in _TCVN3_ROWS.items():
        for ch, tone in zip(row, _TONE_ORDER, strict=True):
            table[ord(ch)] = nfc(vowel + tone)
    return table


_TCVN3 = _tcvn3_table()
# A PDF text layer resolves some .VnTime glyphs to other code points: 0xAD (ư) as U+2212
# MINUS SIGN, 0xB7 (ã) as U+2219 BULLET OPERATOR. Only next to a letter are they letters.
_PDF_GLYPHS = re.compile(r"(?<=[^\W\d_])[\u2212\u2219]|[\u2212\u2219](?=[^\W\d_])")

# VNI (VNI-Windows, "VNI-Times" fonts): a toned vowel is its base letter followed by one mark
# character. Marks, as their cp1252 characters (lower case; the capital form follows a capital
# letter) and the combining sequence each stands for:
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {  # circumflex, alone or with a tone: after a, e, o
    "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309",
    "ã": "\u0302\u0303", "ä": "\u0302\u0323",
}  # fmt: skip
_VNI_BREVE = {  # breve, alone or with a tone: after a only
    "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309",
    "ü": "\u0306\u0303", "ë": "\u0306\u0323",
}  # fmt: skip
# Letters VNI writes as one character: ơ ư đ and the toned i's (Latin-1 has no dotless i to
# hang a mark on); ì and í are themselves.
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}


def _vni_table() -> dict[str, str]:
    """Every VNI sequence → its NFC letter, both cases."""
    pairs: dict[str, str] = {}
    for base, marks in (
        ("a", _VNI_TONE | _VNI_HAT | _VNI_BREVE),
        ("e", _VNI_TONE | _VNI_HAT),
        ("o", _VNI_TONE | _VNI_HAT),
        ("u", _VNI_TONE),
        ("y", _VNI_TONE),
        ("ô", _VNI_TONE),  # ơ + tone
        ("ö", _VNI_TONE),  # ư + tone
    ):
        letter = _VNI_SINGLE.get(base, base)
        for mark, comb in marks.items():
            uni = nfc(letter + comb)
            # Capitals take capital marks; accept a lower-case mark after a capital too.
            pairs[base + mark] = uni
            pairs[base.upper() + mark.upper()] = uni.upper()
            pairs[base.upper() + mark] = uni.upper()
    for single, uni in _VNI_SINGLE.items():
        pairs[single] = uni
        pairs[single.upper()] = uni.upper()
    return pairs


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

LEGACY_ENCODINGS = ("tcvn3", "vni")


def decode_legacy(s: str, encoding: str, *, capitals: bool = False) -> str:
    """Convert text in a legacy Vietnamese encoding (read as cp1252/Latin-1) to Unicode NFC.

    `capitals=True` for runs set in a capitals font (.VnTimeH): TCVN3 has no toned capitals,
    so those fonts draw the lower-case code points as capitals.
    """
    if encoding == "tcvn3":
        out = _PDF_GLYPHS.sub(lambda m: "\u00ad" if m[0] == "\u2212" else "·", s).translate(_TCVN3)
    elif encoding == "vni":
        out = _VNI_RE.sub(lambda m: _VNI[m[0]], s)
    else:
        known = ", ".join(LEGACY_ENCODINGS)
        raise ValueError(f"unknown legacy encoding {encoding!r}; known: {known}")
    out = nfc(out)
    return out.upper() if capitals else out


# -- detection ------------------------------------------------------------------------------
# A Vietnamese syllable: onset, then either an open-only rhyme (ends in a semivowel) or a
# nucleus with an optional final consonant. Checked on the lower-cased, toneless form.
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]"
_OPEN = (
    "iêu|yêu|uôi|ươi|ươu|oai|oay|oao|oeo|uây|uya|uyu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|uơ"
)
_CLOSABLE = "uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|[aăâeêioôơuưy]"
_CODA = "ch|ng|nh|[cmnpt]"
_SYLLABLE = re.compile(rf"(?:{_ONSET})?(?:(?:{_OPEN})|(?:{_CLOSABLE})(?:{_CODA})?)")
_TONE_SET = frozenset(_TONES)


def is_syllable(word: str) -> bool:
    """True when `word` is one well-formed Vietnamese syllable (at most one tone mark)."""
    d = unicodedata.normalize("NFD", word.lower())
    base = "".join(c for c in d if c not in _TONE_SET)
    if len(d) - len(base) > 1:
        return False
    return _SYLLABLE.fullmatch(nfc(base)) is not None


# Words: split on whitespace and ASCII punctuation only, because TCVN3 letters read as
# Latin-1 symbols («, ¨, ©, soft hyphen …) that a Unicode-aware tokenizer would cut off.
_TOKEN = re.compile(r"[^\s!-/:-@\[-`{-~]+")
# Vietnamese letters outside Latin-1: real Unicode Vietnamese has them, legacy text never does.
_UNICODE_VI = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def detect_legacy(s: str) -> str | None:
    """Name the legacy encoding ("tcvn3", "vni") of text read as cp1252/Latin-1, or None.

    Each word the decoder would change is a vote for the encoding when the decoded word is a
    Vietnamese syllable and the word as read is not, and a vote against when the decoded word
    is not a syllable. Real Unicode Vietnamese (letters beyond Latin-1) and other languages
    with Latin-1 accents (French, German, Spanish decode to non-syllables) do not fire.
    """
    s = nfc(s)
    words = _TOKEN.findall(s)
    unicode_words = sum(1 for w in words if _UNICODE_VI.search(w))
    scores: dict[str, int] = {}
    for encoding in LEGACY_ENCODINGS:
        good = bad = 0
        for w in words:
            if w.isascii():
                continue
            dec = decode_legacy(w, encoding)
            if dec == w:
                continue
            if is_syllable(dec):
                # A word of legacy symbols only ("©", "®") is too weak alone.
                if not is_syllable(w) and re.search("[A-Za-z]", w):
                    good += 1
            else:
                bad += 1
        if good > bad and good > unicode_words:
            scores[encoding] = good
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # both read equally well: too ambiguous to convert
    return max(scores, key=lambda e: scores[e])


# -- fonts ----------------------------------------------------------------------------------
# Font families that imply an encoding. TCVN3 fonts start with ".Vn" (".VnTime",
# ".VnTimeH", ".VnArial"); a trailing "H" marks the capitals-only variant. VNI fonts start
# with "VNI-" ("VNI-Times", "VNI-Helve"); VNI has real capitals, no such variant.
_TCVN3_FONT = re.compile(r"^\.?Vn[A-Z]", re.I)
_VNI_FONT = re.compile(r"^VNI[- ]", re.I)


def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals) that text in this font uses, or None for a Unicode font."""
    if not font:
        return None
    name = font.strip().split("+")[-1]  # PDF subset prefix "ABCDEF+.VnTime"
    if _VNI_FONT.match(name):
        return "vni", False
    if name.startswith(".") and _TCVN3_FONT.match(name) or name.lower().startswith(".vn"):
        base = re.split(r"[,-]", name)[0]  # ".VnTimeH,Bold" → ".VnTimeH"
        return "tcvn3", base.endswith("H")
    return None


def decode_text(s: str) -> tuple[str, str | None]:
    """Decode a whole text when it reads as a legacy encoding: (text, encoding or None)."""
    enc = detect_legacy(s)
    return (decode_legacy(s, enc), enc) if enc else (s, None)
