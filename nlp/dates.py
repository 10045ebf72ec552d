"""Dates and deadlines in Vietnamese documents.

Two jobs:
- `parse_issue_date`: the place and date line of a header ("Cam Lộ, ngày 10 tháng 01 năm 2020").
- `find_deadlines` / `parse_deadline`: the time frame of a pledged task. It is written as a
  period more often than a date ("Quý II/2020", "6 tháng đầu năm", "cuối năm 2020"), and a
  period resolves to its LAST day, as an ISO date. The words are kept as written.

Rules run on the folded text (`fold_chars`: lower case, no diacritics, same length), so
"Quý", "QUÝ" and "Quy" are one pattern and offsets still index the original. A keyword whose
original spelling is another word (thắng, nằm, hãng …) is masked out first, so folding does
not invent cues. The choices where the language is vague:
- "đầu năm" (start of the year) ends with Q1 (03-31), "giữa năm" at 06-30;
- "N tháng đầu năm" ends with month N, "N tháng cuối năm" at 12-31;
- "năm học 2020-2021" (school year) ends on 2021-05-31;
- "Hằng năm", "Cả năm" end with the document's year, 12-31 (a yearly commitment is judged at
  year end); "Thường xuyên", "liên tục", "hằng tháng" name no time: found, with date None;
- "N tháng năm 2022" (the first N months) ends with month N;
- "từ tháng 6/2020" alone says when work starts, not a deadline: it is not returned (but
  "từ tháng 3 đến tháng 6/2020" is a range);
- a preposition does not move the date: "trước ngày 30/9" → 09-30, "trước năm 2025" → 2025-12-31;
- a range or list of periods ("từ tháng 3 đến tháng 6/2020", "Quý I, II/2021") is one match
  ending at its latest part; parts without a year take the year written next to them;
- a day/month without a year (30/9) is only a date after a cue (ngày, trước, đến, hạn, chậm
  nhất, xong, hoàn thành …): "10/10 huyện" and "3/5 xã" are counts;
- with no year written and `year` None, the match is kept with `date=None`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from nlp.text import fold_chars, nfc, norm_space

YEAR_MIN, YEAR_MAX = 1990, 2100
SCHOOL_YEAR_END = 5  # a school year (năm học) ends in May


@dataclass(frozen=True)
class DateMatch:
    """A date or deadline expression: offsets into the text given, the words, the ISO date."""

    start: int
    end: int
    text: str
    date: str | None  # ISO YYYY-MM-DD, the last day of a period


def last_day(year: int, month: int) -> str:
    """ISO date of the last day of a month: last_day(2020, 2) == "2020-02-29"."""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _iso(year: int, month: int, day: int | None) -> str | None:
    """ISO date, or None when the day does not exist (31/2)."""
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        return None
    if day is None:
        return last_day(year, month)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# -- the folded view ------------------------------------------------------------------------
# Keywords of the grammar, folded, and the spellings that really are that keyword. A folded
# token outside its list (thắng, nằm, đèn, hãng …) is masked so no rule sees it.
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "ngay": ("ngày",),
    "thang": ("tháng",),
    "nam": ("năm", "nǎm"),
    "quy": ("quý",),
    "qui": ("quí",),
    "den": ("đến", "dến"),
    "toi": ("tới",),
    "truoc": ("trước",),
    "cuoi": ("cuối",),
    "dau": ("đầu",),
    "giua": ("giữa",),
    "het": ("hết",),
    "han": ("hạn",),
    "tuan": ("tuần",),
    "hang": ("hằng", "hàng"),
    "ca": ("cả",),
    "tu": ("từ", "tư"),  # tư: "Thứ Tư" in a dateline
    "trong": ("trong",),
    "hoc": ("học",),
    "nua": ("nửa",),
    "nay": ("nay",),
}
_KEYWORD_RE = re.compile(r"\b(?:" + "|".join(_KEYWORDS) + r")\b")


def _accepts(key: str, written: str) -> bool:
    w = nfc(written).lower().replace("ǎ", "ă")
    # no diacritics at all (typed without them) also counts
    return w == key or w in _KEYWORDS[key] or w.replace("đ", "d") in _KEYWORDS[key]


class _View:
    """The folded text and the map from its offsets back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        if unicodedata.is_normalized("NFC", text):
            folded, self.idx = fold_chars(text), None
        else:  # NFD (macOS): drop combining marks, remember where each base char was
            chars: list[str] = []
            idx: list[int] = []
            for i, c in enumerate(text):
                if not unicodedata.combining(c):
                    chars.append(fold_chars(c))
                    idx.append(i)
            idx.append(len(text))
            folded, self.idx = "".join(chars), idx
        out = list(folded)
        for m in _KEYWORD_RE.finditer(folded):
            if not _accepts(m[0], self.original(m.start(), m.end())):
                out[m.start() : m.end()] = "#" * (m.end() - m.start())
        self.folded = "".join(out)

    def pos(self, i: int) -> int:
        return i if self.idx is None else self.idx[i]

    def original(self, start: int, end: int) -> str:
        return self.text[self.pos(start) : self.pos(end)]


# -- the grammar ----------------------------------------------------------------------------
_YEAR = r"(?<!\d)(?:199\d|20\d\d|2100)(?!\d)"
# Prepositions kept in the match: "trước ngày 30/9", "đến hết năm 2022", "trong tháng 3".
_PREP = (
    r"cho den het|cho den|den het|toi het|truoc|den|toi|het|cham nhat(?:\s+la)?|"
    r"trong suot|trong|tu"
)
_PRE = rf"(?:\b(?P<prep>{_PREP})\s*:?\s*)?"
# Prepositions that make a bare day/month a date (not "trong", "từ": "trong 2/3 thời gian").
_DM_PREPS = {
    "cho den het", "cho den", "den het", "toi het", "truoc", "den", "toi", "het", "cham nhat",
    "cham nhat la",
}  # fmt: skip
# "dịp Quốc khánh 2/9", "nhân dịp 19/5": an occasion names its day (up to 3 words between).
_DM_CUE_BEFORE = re.compile(
    r"(?:\bngay|\bhan|\bhan chot|\bthoi han|\bthoi gian|\bcham nhat(?:\s+la)?|"
    r"\bdip(?:\s+[a-z]+){0,3})\s*:?\s*$"
)
# A verb is a weaker cue ("hoàn thành 3/5 nội dung" is a count): the date must end the phrase.
_DM_VERB_BEFORE = re.compile(r"(?:\bxong|\bhoan thanh|\bket thuc)\s*:?\s*$")
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:)\]\n\t]|(?:va|hoac|hang nam|nam)\b)")
# Count nouns: "đến 3/5 xã" is a ratio however it is introduced.
_COUNT_AFTER = re.compile(
    r"\s*(?:huyen|xa|phuong|thi tran|thon|khu pho|to dan pho|don vi|chi tieu|tieu chi|"
    r"nhiem vu|chi bo|dang bo|co so|truong|hoc sinh|ho|nguoi|dang vien|cong trinh|du an|"
    r"diem|phong|lan|thanh vien|nganh|dia phuong|co quan|noi dung|van ban|ke hoach|%)(?![a-z])"
)
_DOC_NUMBER_BEFORE = re.compile(r"(?:\bso|\bso hieu|\bky hieu)\s*:?\s*$")
# "Kế hoạch số 12-KH/HU ngày 5/3/2020": the date of a cited document, not a deadline.
_CITED_BEFORE = re.compile(r"(?:\d+\s*[-/]\s*[a-z]{1,8}[a-z0-9/-]*|\bso\s*\d+)\s*,?\s*$")

_Q = r"(?:iv|iii|ii|i|[1-4])(?![a-z0-9])"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_COUNT_WORDS = {"ba": 3, "sau": 6, "chin": 9}
_YEAR_WORD_MONTH = {  # the month a "<word> năm" period ends with
    None: 12, "trong": 12, "cuoi": 12, "ca": 12, "het": 12, "suot": 12, "quanh": 12,
    "dau": 3, "giua": 6, "nua dau": 6, "nua cuoi": 12,
}  # fmt: skip


@dataclass
class _Atom:
    start: int  # folded offsets
    end: int
    year: int | None  # as written
    month: int
    day: int | None = None  # None: the last day of the month
    roll: bool = True  # may take the next year when it follows a later part of a range
    timeless: bool = False  # "thường xuyên", "hằng tháng": a frame that names no time
    ongoing: bool = False  # "hằng năm", "thường xuyên": qualifies the parts next to it
    start_only: bool = False  # "từ tháng 6/2020" alone: when work starts, not a deadline
    prep: str = ""  # the folded preposition the match opens with

    def resolve(self, year: int | None) -> str | None:
        y = self.year if self.year is not None else year
        return None if y is None or self.timeless else _iso(y, self.month, self.day)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _before(v: _View, m: re.Match[str], n: int = 30) -> str:
    return v.folded[max(0, m.start() - n) : m.start()]


def _full_date(v: _View, m: re.Match[str]) -> _Atom | None:
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if _iso(y, mo, d) is None or _DOC_NUMBER_BEFORE.search(_before(v, m)):
        return None
    if m["ngay"] and not m["prep"] and _CITED_BEFORE.search(_before(v, m, 50)):
        return None
    return _Atom(m.start(), m.end(), y, mo, d)


def _day_month(v: _View, m: re.Match[str]) -> _Atom | None:
    d, mo = int(m["d"]), int(m["m"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    prep = " ".join((m["prep"] or "").split())
    before = _before(v, m)
    cued = bool(m["ngay"]) or prep in _DM_PREPS or bool(_DM_CUE_BEFORE.search(before))
    if not cued and _DM_VERB_BEFORE.search(before):
        cued = bool(_PHRASE_END.match(v.folded, m.end()))
    if not cued or _COUNT_AFTER.match(v.folded, m.end()):
        return None
    if m["ngay"] and not m["prep"] and _CITED_BEFORE.search(_before(v, m, 50)):
        return None
    if mo == 2 and d == 29:  # valid only in a leap year, known when resolved
        return _Atom(m.start(), m.end(), None, 2, 29)
    if _iso(2001, mo, d) is None:  # no such day in any year (31/4)
        return None
    return _Atom(m.start(), m.end(), None, mo, d)


def _month(v: _View, m: re.Match[str]) -> _Atom | None:
    mo = int(m["m"])
    if not 1 <= mo <= 12:
        return None
    y = _int(m["y"])
    # "trước tháng 9/2016" is before September begins: due by the end of August. Not when
    # the month is qualified ("trước cuối tháng 9" is due in September).
    bare = v.folded[m.start() : m.end()].split()[1:2] == ["thang"]
    if " ".join((m["prep"] or "").split()) == "truoc" and bare:
        if mo > 1:
            mo -= 1
        elif y is not None:
            mo, y = 12, y - 1
    return _Atom(m.start(), m.end(), y, mo)


def _month_year(v: _View, m: re.Match[str]) -> _Atom | None:
    mo = int(m["m"])
    if not 1 <= mo <= 12 or _DOC_NUMBER_BEFORE.search(_before(v, m)):
        return None
    return _Atom(m.start(), m.end(), int(m["y"]), mo)


def _quarter(v: _View, m: re.Match[str]) -> _Atom | None:
    last = max(_ROMAN[q] for q in re.findall(r"[a-z0-9]+", m["q"]) if q in _ROMAN)
    return _Atom(m.start(), m.end(), _int(m["y"]), 3 * last)


def _months_into(v: _View, m: re.Match[str]) -> _Atom | None:
    n = _COUNT_WORDS.get(m["n"]) or int(m["n"])
    if not 1 <= n <= 12:
        return None
    if not m["half"] and (not m["y"] or re.search(r"\bngay\s*$", _before(v, m))):
        return None  # "ngày 10 tháng năm 2020" is a date with its month left blank
    return _Atom(m.start(), m.end(), _int(m["y"]), 12 if m["half"] == "cuoi" else n)


def _year(v: _View, m: re.Match[str]) -> _Atom | None:
    y = m.groupdict().get("y")
    if y and not m["w"] and not m["prep"]:
        # "Việt Nam 2020", "Quảng Nam 2021": a capitalised Nam after a capitalised word
        word = v.original(m.start(), m.start() + 3)
        at = v.pos(m.start())
        prev = re.search(r"(\S+)\s*$", v.text[max(0, at - 40) : at])
        if word == "Nam" and prev and prev[1][:1].isupper():
            return None
    month = _YEAR_WORD_MONTH.get(m["w"], 12)
    return _Atom(m.start(), m.end(), _int(y), month, roll=False)


def _bare_year(v: _View, m: re.Match[str]) -> _Atom | None:
    if _COUNT_AFTER.match(v.folded, m.end()):
        return None  # "tăng đến 2020 hộ" is a count
    return _year(v, m)


# "từ học kỳ II năm học 2021-2022", "từ năm học 2021-2022": one school year is no range;
# "từ" before it (or before its term) says when the work starts
_TERM_START = re.compile(r"\btu\s+(?:hoc ky\s+(?:i{1,2}|[12])\s*(?:,\s*)?)?$")


def _school_year_start(v: _View, m: re.Match[str]) -> bool:
    if not (m.groupdict().get("w") or "").endswith("hoc"):
        return False
    return (m.groupdict().get("prep") or "") == "tu" or \
        bool(_TERM_START.search(_before(v, m).rstrip()))


def _year_range(v: _View, m: re.Match[str]) -> _Atom | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if (m["w"] or "").endswith("hoc"):  # năm học / niên học
        return _Atom(m.start(), m.end(), y2, SCHOOL_YEAR_END) if y2 == y1 + 1 else None
    if not y1 < y2 <= y1 + 30 or (not m["w"] and not m["prep"] and y2 > y1 + 10):
        return None
    return _Atom(m.start(), m.end(), y2, 12, roll=False)


def _ongoing(v: _View, m: re.Match[str]) -> _Atom | None:
    yearly = m[0].endswith("nam")
    return _Atom(m.start(), m.end(), None, 12, roll=False, timeless=not yearly, ongoing=True)


def _rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule whose spaces never cross a cell (tab) or a line: a deadline is
    written within one cell or line, and a table row's cells are joined by tabs."""
    return re.compile(pattern.replace(r"\s", r"[^\S\t\n]"))


_Rule = tuple[re.Pattern[str], Callable[[_View, re.Match[str]], "_Atom | None"]]
_RULES: list[_Rule] = [
    (  # ngày 10 tháng 01 năm 2020 / 10 tháng 1, 2020
        _rule(
            rf"{_PRE}(?:\b(?P<ngay>ngay)\s*)?(?<![\d/.,-])(?P<d>\d{{1,2}})\s*thang\s*"
            rf"(?P<m>\d{{1,2}})(?!\d)\s*(?:[,/-]\s*)?(?:nam\s*)?(?P<y>{_YEAR})"
        ),
        _full_date,
    ),
    (  # 31/12/2020, 30-6-2020, 30.6.2020, ngày 5/3/2021
        _rule(
            rf"{_PRE}(?:\b(?P<ngay>ngay)\s*)?(?<![\d/.,-])(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*"
            rf"(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>{_YEAR})(?![\d/])"
        ),
        _full_date,
    ),
    (  # ngày 15 tháng 11 (no year)
        _rule(
            rf"{_PRE}\b(?P<ngay>ngay)\s*(?P<d>\d{{1,2}})\s*thang\s*(?P<m>\d{{1,2}})"
            r"(?!\d|\s*[,/-]?\s*(?:nam\s*)?\d)"
        ),
        _day_month,
    ),
    (  # trước 30/9, ngày 30/4 (no year; needs a cue)
        _rule(
            rf"{_PRE}(?:\b(?P<ngay>ngay)\s*)?(?<![\d/.,-])(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            r"(?![\d/]|\s*%|[.,]\d)"
        ),
        _day_month,
    ),
    (  # tháng 10/2020, tháng 10 năm 2020, Tháng 10, tuần đầu tháng 4/2020, cuối tháng 6
        _rule(
            rf"{_PRE}(?:\b(?:tuan(?:\s+le)?\s*(?:dau|cuoi|thu\s*\d|\d)\s*(?:cua\s*)?|dau|cuoi|"
            rf"giua|het)\s*)?\bthang\s*(?P<m>\d{{1,2}})(?!\d)(?:\s*(?:[/-]|,?\s*nam|,)\s*"
            rf"(?P<y>{_YEAR}))?(?!\s*[/.]\s*\d)"
        ),
        _month,
    ),
    (  # 10/2020 (month/year without "tháng")
        _rule(rf"{_PRE}(?<![\d/.,-])(?P<m>\d{{1,2}})\s*/\s*(?P<y>{_YEAR})(?![\d/])"),
        _month_year,
    ),
    (  # Quý II/2020, quý 2 năm 2020, Quý IV, cuối quý III
        _rule(
            rf"{_PRE}(?:\b(?:dau|cuoi|giua|het)\s*)?\bqu[yi]\s*(?P<q>{_Q}(?:\s*(?:,|va)\s*{_Q})*)"
            rf"(?:\s*(?:[/-]|nam)\s*(?P<y>{_YEAR}))?"
        ),
        _quarter,
    ),
    (  # 6 tháng đầu năm 2020, 6 tháng cuối năm, sáu tháng đầu năm, 9 tháng năm 2022
        _rule(
            rf"{_PRE}(?<![\d/.,])(?P<n>\d{{1,2}}|\bba|\bsau|\bchin)\s*thang\s*(?:(?P<half>dau|cuoi)\s*)?"
            rf"nam\b(?:\s*[/-]?\s*(?P<y>{_YEAR}))?"
        ),
        _months_into,
    ),
    (  # năm 2020, trong năm 2020, cuối năm 2020, đầu năm 2021, đến hết năm 2022, năm nay
        _rule(
            rf"{_PRE}(?:\b(?P<w>cuoi|dau|giua|ca|het|nua dau|nua cuoi|suot|quanh)\s*)?"
            rf"\bnam\s*(?:/\s*)?(?:(?P<y>{_YEAR})|nay\b)"
        ),
        _year,
    ),
    (  # đến 2025, trước 2021 (a bare year after a preposition)
        _rule(
            rf"\b(?P<prep>den het|den|toi|truoc|trong)\s+(?P<w>)(?P<y>{_YEAR})"
            r"(?![/.,-]?\d|\s*[-\u2013\u2014]\s*\d)"
        ),
        _bare_year,
    ),
    (  # cuối năm, giữa năm, trong năm, cả năm (the document's year)
        _rule(
            rf"{_PRE}\b(?P<w>cuoi|dau|giua|ca|het|nua dau|nua cuoi|suot|quanh|trong)\s*nam\b"
            r"(?!\s*(?:hoc|ngay|thang|tuan|gio|phut|nam|qua|truoc|sau|toi|ke|moi|\d))"
        ),
        _year,
    ),
    (  # giai đoạn 2020-2025, nhiệm kỳ 2020 - 2025, năm học 2020-2021, từ 2020 đến 2025
        _rule(
            rf"{_PRE}(?:\b(?P<w>giai doan|nhiem ky|thoi ky|nam hoc|nien hoc|nam)\s*)?(?<![\d/.,-])"
            rf"(?P<y1>{_YEAR})\s*(?:[-\u2013\u2014]|den|toi)\s*(?:nam\s*)?(?P<y2>{_YEAR})(?![\d/])"
        ),
        _year_range,
    ),
    (  # Thường xuyên, Hằng năm, hàng quý, liên tục
        _rule(r"\b(?:thuong xuyen|lien tuc|hang (?:nam|quy|thang))\b"),
        _ongoing,
    ),
]
# Between two parts of one range or list: "-", "và", "đến", ",", "hoặc" (not ";": a new clause).
_JOIN = re.compile(r"[ ,]*(?:[-\u2013\u2014]|va|den het|den|toi|hoac)? *")
_RANGE_END_PREPS = {"den", "den het", "toi", "toi het", "cho den", "cho den het"}


def _joins(gap: str, prev: _Atom, nxt: _Atom) -> bool:
    """Is `nxt` the next part of the same range or list? Never across a cell or a line; a
    bare space joins only before a range end ("từ tháng 3 đến tháng 6"), not before a new
    phrase ("năm 2021 trước ngày 31/01/2022")."""
    if not _JOIN.fullmatch(gap):
        return False
    if gap.strip(" ,") or nxt.prep in _RANGE_END_PREPS or prev.ongoing or nxt.ongoing:
        return True  # a connector word or dash, "đến …", "30/6 hằng năm"
    return "," in gap and not nxt.prep  # "Quý I, Quý II/2021"


def _atoms(v: _View) -> list[_Atom]:
    found: list[_Atom] = []
    for pattern, build in _RULES:
        for m in pattern.finditer(v.folded):
            atom = build(v, m)
            if atom is not None:
                # "từ X" alone is a start; "từ 2020 đến 2025" is a range in one rule
                atom.prep = " ".join((m.groupdict().get("prep") or "").split())
                atom.start_only = (atom.prep == "tu" and build is not _year_range) or \
                    _school_year_start(v, m)
                found.append(atom)
    # The longest reading wins where readings overlap ("ngày 10 tháng 01 năm 2020" over
    # "năm 2020"); then in text order.
    found.sort(key=lambda a: (a.start - a.end, a.start))
    taken: list[_Atom] = []
    for a in found:
        if all(a.end <= t.start or a.start >= t.end for t in taken):
            taken.append(a)
    return sorted(taken, key=lambda a: a.start)


def _group_dates(group: list[_Atom], year: int | None) -> list[str | None]:
    """Resolve the parts of one range: a part without a year takes the next part's year, or
    failing that the previous part's (rolling over: "tháng 10/2020 đến tháng 3" → 2021)."""
    dates: list[str | None] = []
    for i, a in enumerate(group):
        if a.year is not None:
            dates.append(a.resolve(None))
            continue
        after = next((b.year for b in group[i + 1 :] if b.year is not None), None)
        before = next((b for b in reversed(group[:i]) if b.year is not None), None)
        if after is not None:
            dates.append(a.resolve(after))
        elif before is not None:
            d = a.resolve(before.year)
            prev = before.resolve(None)
            if d is not None and prev is not None and d < prev and a.roll:
                d = a.resolve(before.year + 1)  # type: ignore[operator]
            dates.append(d)
        else:
            dates.append(a.resolve(year))
    return dates


def find_deadlines(text: str, year: int | None = None) -> list[DateMatch]:
    """Every date or deadline expression in `text`, in order.

    `year` is the document's year, given to expressions that write none ("Quý IV",
    "cuối năm", "trước 30/9"); without it their `date` is None but they are still found.
    """
    if not text:
        return []
    v = _View(text)
    groups: list[list[_Atom]] = []
    for a in _atoms(v):
        prev = groups[-1][-1] if groups else None
        if prev and _joins(v.folded[prev.end : a.start], prev, a):
            groups[-1].append(a)
        else:
            groups.append([a])
    out = []
    for g in groups:
        if len(g) == 1 and g[0].start_only:
            continue
        # "30/6 hằng năm" is due on 30/6: a recurrence word dates nothing beside a date
        g_dated = [a for a in g if not a.ongoing] or g
        dates = [d for d in _group_dates(g_dated, year) if d is not None]
        s, e = v.pos(g[0].start), v.pos(g[-1].end)
        out.append(DateMatch(s, e, text[s:e], max(dates) if dates else None))
    return out


_BARE_YEAR = re.compile(rf"\s*(?P<y>{_YEAR})\s*\.?\s*")


def parse_deadline(text: str, year: int | None = None) -> DateMatch | None:
    """The deadline in a short text (a table cell, a sentence's tail): the latest-ending one."""
    found = find_deadlines(text, year)
    if found:
        return max(found, key=lambda m: m.date or "")  # max keeps the first of equals
    m = _BARE_YEAR.fullmatch(text)  # a cell that is only a year: "2020"
    if m:
        s, e = m.start("y"), m.end("y")
        return DateMatch(s, e, text[s:e], last_day(int(m["y"]), 12))
    return None


# -- the issue date of a header -------------------------------------------------------------
_BLANK = r"[.\u2026_\s]*"
_ISSUE = re.compile(
    rf"\bngay\s*(?:(?P<d>\d{{1,2}})|{_BLANK})\s*"
    rf"(?:thang\s*(?:(?P<m>\d{{1,2}})(?!\d)|{_BLANK})\s*,?\s*(?:nam\s*)?"
    rf"(?:(?P<y>{_YEAR})|20[.\u2026_]+|[.\u2026_]{{2,}})"
    rf"|(?P<sep>[/.-])\s*(?P<m2>\d{{1,2}})\s*(?P=sep)\s*(?P<y2>{_YEAR}))(?![\d/])"
)
# A press article's dateline: "Thứ Tư, 19/01/2022", "Cập nhật lúc 16:40, 05/03/2022".
_DATELINE = re.compile(
    r"(?:\bthu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|\bchu\s*nhat|"
    r"\bcap\s*nhat(?:\s*luc)?(?:\s*\d{1,2}\s*[:h]\s*\d{2})?)\s*[,|-]?\s*(?:ngay\s*)?"
    rf"(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>{_YEAR})(?![\d/])"
)
# "Cư M'gar", "Ea H'leo", "Đắk R'Lấp": Central Highlands names keep an apostrophe
_PLACE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _place(before: str) -> tuple[str | None, int]:
    """The place name ending `before` ("HUYỆN ỦY CAM LỘ Cam Lộ," → "Cam Lộ") and its offset.

    Capitalised words, read backwards; one lower-case word may sit inside ("Thành phố Hồ Chí
    Minh") and a number may close it ("Mai Lộc 2"); an all-capitals word, another number or
    punctuation ends it (the interleaved left header column, "Số 05-CK/HU").
    """
    s = re.sub(r"[\s,]*$", "", before)
    words = list(re.finditer(r"\S+", s))
    taken: list[re.Match[str]] = []
    lower_run = 0
    for w in reversed(words):
        t = nfc(w[0])  # NFD marks are not word characters
        if not taken and re.fullmatch(r"\d{1,3}", t):
            taken.append(w)  # a numbered village ends the name: "Mai Lộc 2"
            continue
        if not _PLACE_WORD.fullmatch(t) or len(taken) >= 6:
            break
        if t[0].isupper() and (len(t) == 1 or not t[1:].replace("-", "").isupper()):
            lower_run = 0
        elif t.islower() and taken and lower_run == 0:
            lower_run = 1
        else:
            break
        taken.append(w)
    taken.reverse()
    while taken and not nfc(taken[0][0])[0].isupper():
        taken.pop(0)  # a leading lower-case word, or a lone number

    if not taken:
        return None, len(before)
    return norm_space(s[taken[0].start() : taken[-1].end()]), taken[0].start()


def parse_issue_date(text: str) -> tuple[str | None, str | None, int, int] | None:
    """Place and ISO date of a header's date line, with the offsets of the whole phrase.

    "Cam Lộ, ngày 10 tháng 01 năm 2020" → ("Cam Lộ", "2020-01-10", 0, 33). A blank or
    impossible date ("Hà Nội, ngày … tháng … năm 2021") gives date None; no date line, None.
    Without a place, a "ngày …" date counts only when it opens its line ("trước ngày 30/6" in a
    sentence is a deadline), and a press dateline ("Thứ Tư, 19/01/2022") counts too.
    """
    if not text:
        return None
    v = _View(text)
    best: tuple[str | None, str | None, int, int] | None = None
    for m in _ISSUE.finditer(v.folded):
        if m["m2"]:
            iso = _iso(int(m["y2"]), int(m["m2"]), int(m["d"])) if m["d"] else None
        elif m["d"] and m["m"] and m["y"]:
            iso = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        else:
            iso = None
        s, e = v.pos(m.start()), v.pos(m.end())
        e = len(text[:e].rstrip(" .\u2026_\t"))
        line_start = max(text.rfind("\n", 0, s), text.rfind("\t", 0, s)) + 1
        place, at = _place(text[line_start:s])
        got = (place, iso, line_start + at if place else s, e)
        if place:
            return got
        opens_line = not re.search(r"\w", text[line_start:s])
        if best is None and (iso or m["y"] or m["y2"]) and opens_line:
            best = got
    if best is None:
        d = _DATELINE.search(v.folded)
        if d:
            iso = _iso(int(d["y"]), int(d["m"]), int(d["d"]))
            best = (None, iso, v.pos(d.start()), v.pos(d.end()))
    return best
