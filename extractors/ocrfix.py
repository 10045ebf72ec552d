"""OCR post-correction: restore the marks of known Vietnamese phrases, never invent text.

Tesseract's commonest errors on these papers are in the marks, not the letters: ĐẲNG for
ĐẢNG (hook read as breve), "uÿ" for "uỷ", a tone dropped or swapped on a small capital. A
fix is made only when a run of two or more words on one line has exactly the letters of a
phrase from the administrative vocabulary below (same letters once marks and đ/d are
folded) but different marks; the phrase's marks are then copied, keeping the scan's case
and punctuation. Single words are never changed (đang/đảng, dân/dẫn are both real words);
a phrase of two or more words from this vocabulary has no homograph in these documents.

A vowel carrying two marks is sometimes read twice ("TRỤỰC" for "TRỰC": the dot below and
the horn recognised as two letters). Inside a run that is otherwise a known phrase, a word
whose letters are the phrase word's with one vowel doubled is read as the phrase word; a
doubled vowel alone is never touched (ưu, as in "lưu", "cứu", is real).

Characters Vietnamese never uses but Tesseract outputs for look-alike letters (ÿ, ð) are
mapped to the letter they stand for, always.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.legacy import is_syllable

if TYPE_CHECKING:
    from extractors.ocr import OcrWord

# Both tone placements (ủy/uỷ, hòa/hoà) are listed where both are in use: a scan that has
# either is left as it is; a fix takes the variant closest to what was read.
PHRASES: tuple[str, ...] = (
    "đảng cộng sản việt nam", "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam", "độc lập", "tự do", "hạnh phúc",
    "đảng bộ", "đảng ủy", "đảng uỷ", "huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ",
    "thành ủy", "thành uỷ", "thị ủy", "thị uỷ", "quận ủy", "quận uỷ",
    "ban thường vụ", "ban chấp hành", "thường trực", "ủy ban nhân dân", "uỷ ban nhân dân",
    "hội đồng nhân dân", "ủy ban kiểm tra", "uỷ ban kiểm tra", "mặt trận tổ quốc",
    "đoàn thanh niên", "hội liên hiệp phụ nữ", "hội nông dân", "hội cựu chiến binh",
    "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
    "trưởng ban", "phó trưởng ban", "trưởng phòng", "chánh văn phòng", "đồng chí",
    "bản cam kết", "cam kết", "báo cáo", "kết quả", "thực hiện", "nhiệm vụ", "trọng tâm",
    "trách nhiệm", "hoàn thành", "chưa hoàn thành", "đang thực hiện", "người chịu",
    "thời hạn", "nội dung", "công việc", "sản phẩm", "kiểm tra", "giám sát",
    "nông thôn mới", "sở giao thông vận tải", "sở nông nghiệp", "ban quản lý dự án",
    "tổ dân phố", "địa bàn", "trên địa bàn", "người đứng đầu", "ký cam kết",
    "đề án", "mặt bằng", "đảng viên", "chi bộ", "đã ký", "nơi nhận", "kỷ luật đảng",
    "đảng bộ tỉnh", "đảng bộ huyện", "đảng bộ xã", "tổ chức đảng", "ban tổ chức",
    "phát triển nông thôn", "nông nghiệp và phát triển nông thôn", "ủy ban nhân dân huyện",
    "uỷ ban nhân dân huyện", "ủy ban nhân dân tỉnh", "uỷ ban nhân dân tỉnh",
)  # fmt: skip

# Not Vietnamese letters; what Tesseract means by them.
_LOOKALIKE = str.maketrans({"ÿ": "ỷ", "Ÿ": "Ỷ", "ð": "đ", "Ð": "Đ", "ı": "i"})
_MARKS = re.compile("[\u0300-\u036f]")
_EDGE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def fold(s: str) -> str:
    """Lower case, marks removed, đ → d: the letters alone."""
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return _MARKS.sub("", s)


def _index() -> dict[str, list[list[str]]]:
    idx: dict[str, list[list[str]]] = {}
    for p in PHRASES:
        words = p.split()
        idx.setdefault(" ".join(fold(w) for w in words), []).append(words)
    return idx


_DOUBLED_VOWEL = re.compile(r"([aeiouy])\1+")


def _undouble(folded: str) -> str:
    """Folded letters with every run of one vowel cut to one letter."""
    return _DOUBLED_VOWEL.sub(r"\1", folded)


_INDEX = _index()
# The same phrases keyed with doubled vowels cut, for runs where Tesseract read one twice.
_UNDOUBLED: dict[str, list[list[str]]] = {}
for _k, _v in _INDEX.items():
    _UNDOUBLED.setdefault(_undouble(_k), []).extend(_v)
# Phrases Tesseract reads as one word when the space is narrow ("BÍTHƯ", "(đãkỹ)"): the
# letters, run together, of the phrases whose folded letters are long enough to be unique.
_JOINED = {k.replace(" ", ""): v for k, v in _INDEX.items() if len(k.replace(" ", "")) >= 4}
_MAX_N = max(len(p.split()) for p in PHRASES)


def _with_case(model: str, seen: str) -> str:
    """`model`'s letters and marks in `seen`'s case (all capitals, capitalised, lower)."""
    if seen.isupper():
        return model.upper()
    if seen[:1].isupper():
        return model[:1].upper() + model[1:]
    return model


def _distance(a: list[str], b: list[str]) -> int:
    return sum(x != y for wa, wb in zip(a, b, strict=True) for x, y in zip(wa, wb, strict=False))


def fix_tokens(tokens: list[str]) -> list[str]:
    """Correct the marks of known phrases in a line's tokens (punctuation kept)."""
    tokens = [unicodedata.normalize("NFC", t).translate(_LOOKALIKE) for t in tokens]
    # "_" and "|" stuck to a word are what is left of a ruling line or a table border.
    tokens = [t.strip("_|") or t for t in tokens]
    parts = [_EDGE.match(t).groups() for t in tokens]  # type: ignore[union-attr]
    cores = [p[1] for p in parts]
    out = list(tokens)
    for k, (pre, core, post) in enumerate(parts):
        joined = _JOINED.get(fold(core)) if not core.isascii() else None
        if joined and " " not in core:
            model = min(joined, key=lambda v: _distance([" ".join(v)], [core.lower()]))
            rest = [m.upper() if core.isupper() else m for m in model[1:]]
            out[k] = pre + " ".join([_with_case(model[0], core), *rest]) + post
    i = 0
    while i < len(cores):
        for n in range(min(_MAX_N, len(cores) - i), 1, -1):
            seen = cores[i : i + n]
            # Punctuation inside the run (a comma after its first word) ends a phrase.
            if any(parts[k][2] for k in range(i, i + n - 1)) or any(
                parts[k][0] for k in range(i + 1, i + n)
            ):
                continue
            folded = " ".join(fold(w) for w in seen)
            variants = _INDEX.get(folded)
            if not variants and _DOUBLED_VOWEL.search(folded):
                variants = _UNDOUBLED.get(_undouble(folded))
            if not variants:
                continue
            low = [w.lower() for w in seen]
            # A run read without any mark may be unaccented on the page (an ASCII file
            # name, a telegram-style heading): only marks Tesseract saw are corrected.
            if low not in variants and not all(w.isascii() for w in seen):
                best = min(variants, key=lambda v: _distance(v, low))
                for k, word in enumerate(best):
                    pre, core, post = parts[i + k]
                    out[i + k] = pre + _with_case(word, core) + post
            i += n - 1
            break
        i += 1
    return out


# "Quý" (quarter) is followed by a Roman numeral; Tesseract reads I as 1, l or |, and two
# I's close together as H.
_QUARTER = re.compile(r"^[IVHl1|]{1,4}(?=[/.,]|$)")
_QUARTERS = frozenset({"I", "II", "III", "IV"})


def _numerals(read: str) -> set[str]:
    """Every numeral `read` may stand for: I for l, 1, |; I or II for H."""
    out = {""}
    for ch in read.translate(str.maketrans("l1|", "III")):
        out = {o + x for o in out for x in (("I", "II") if ch == "H" else (ch,))}
    return out


def _fix_quarter(prev: str, token: str) -> str:
    if fold(prev) != "quy":
        return token
    m = _QUARTER.match(token)
    if not m:
        return token
    # Only a reading that leaves exactly one quarter (I–IV) is taken: "IIH" is III (IIII
    # is no quarter), "IH" could be II or III and is left as read.
    valid = _numerals(m[0]) & _QUARTERS
    return next(iter(valid)) + token[m.end() :] if len(valid) == 1 else token


_QUOTES = "\"'`“”‘’„"
_OPENING = "\"“‘„"


def strip_stray_quote(tokens: list[str]) -> list[str]:
    """Drop a quote mark that ends a line holding no opening one, or that starts a line
    holding no other: a speck of a signature or of the letter above, read as a quote
    ("BÍ THƯ”", "'T/M BAN THƯỜNG VỤ")."""
    if not tokens:
        return tokens
    last = tokens[-1]
    body = last.rstrip(_QUOTES)
    if body and body != last:
        rest = " ".join([*tokens[:-1], body])
        if not any(q in rest for q in _OPENING):
            tokens = [*tokens[:-1], body]
    first = tokens[0]
    body = first.lstrip(_QUOTES)
    if body and body != first:
        rest = " ".join([body, *tokens[1:]])
        if not any(q in rest for q in _QUOTES):
            tokens = [body, *tokens[1:]]
    return tokens


# The words that name a unit's level, before its place name ("HUYỆN TAM NÔNG"). Four
# letters or more: a shorter word is one edit away from too many others.
# ("thành" is left out: "Thnh Hóa" may be Thanh Hóa.)
LEVEL_WORDS = ("huyện", "tỉnh", "quận", "phường", "trấn")
DOUBTFUL = 0.6  # OCR confidence under which a word may have lost a letter
_VI_LETTER = re.compile(r"[a-zđ]")


_VOWELS = "aeiouy"


def _level_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each level word's folded letters as Tesseract damages its marked vowel (the Ệ of
    HUYỆN, the Ỉ of TỈNH): lost ("huyn"), read as a letter that is no vowel ("huypn",
    "huyƒn"), or with such a letter before it ("huypen")."""
    out = []
    for word in LEVEL_WORDS:
        f = fold(word)
        k = next(i for i, (a, b) in enumerate(zip(word, f, strict=True)) if a != b)
        # not h, g, n either: with the letter before they spell another word's onset or
        # rhyme ("Thnh" may be Thanh)
        blot = f"[^{_VOWELS}hgn\\s]"
        out.append((re.compile(f"{f[:k]}(?:{blot}?{f[k]}?|{blot}){f[k + 1 :]}"), word))
    return out


_LEVEL_PATTERNS = _level_patterns()


def restore_level_word(token: str, conf: float, next_token: str) -> str:
    """A level word Tesseract read with a vowel lost ("HUYN") or a letter no Vietnamese word
    has ("huyƒn"), before a capitalised place name: the level word, in the token's case.
    Only doubtful readings are touched (little confidence, a foreign letter, or no
    Vietnamese syllable: "HUYPN"), and only when one level word fits."""
    pre, core, post = _EDGE.match(token).groups()  # type: ignore[union-attr]
    folded = fold(core)
    odd = any(not _VI_LETTER.match(c) for c in folded)
    doubtful = odd or conf < DOUBTFUL or not is_syllable(core)
    if not core or not doubtful or not next_token[:1].isupper():
        return token
    if folded in {fold(w) for w in LEVEL_WORDS}:
        return token  # the letters are right; a single word's marks are never changed
    found = {w for p, w in _LEVEL_PATTERNS if p.fullmatch(folded)}
    return pre + _with_case(found.pop(), core) + post if len(found) == 1 else token


_VI_MARKED = frozenset(
    unicodedata.normalize("NFC", v + t)
    for v in "aăâeêioôơuưy"
    for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
)


def foreign_letter(c: str) -> bool:
    """A letter the Vietnamese alphabet (Latin a–z, đ and the marked vowels) does not have:
    ö, ñ, ƒ. Tesseract outputs them for specks and stray marks."""
    low = c.lower()
    return c.isalpha() and not ("a" <= low <= "z" or low == "đ" or low in _VI_MARKED)


def fix_words(words: list[OcrWord]) -> list[OcrWord]:
    """`fix_tokens` over each Tesseract line of OCR words, boxes kept."""
    out: list[OcrWord] = []
    k = 0
    while k < len(words):
        j = k
        while j < len(words) and words[j].line == words[k].line:
            j += 1
        fixed = strip_stray_quote(fix_tokens([w.text for w in words[k:j]]))
        fixed = [fixed[0]] + [_fix_quarter(a, b) for a, b in zip(fixed, fixed[1:], strict=False)]
        fixed = [
            restore_level_word(t, w.conf, nxt) if nxt else t
            for t, w, nxt in zip(fixed, words[k:j], [*fixed[1:], ""], strict=True)
        ]
        out += [replace(w, text=t) for w, t in zip(words[k:j], fixed, strict=True)]
        k = j
    return out
