"""Evaluation verdicts: the status a report gives a task, the percentage reached, the reason.

The vocabulary is small and formal (DOMAIN.md, "Evaluation vocabulary") but sentences mix
verdicts with measures: "đã hoàn thành 8/10 km, đạt 80%, chậm tiến độ" is in progress, not
completed — a "hoàn thành" followed by a quantity, or announced for the future, measures
or plans rather than judges. Matching runs on folded text (no diacritics, lower case), so
"HOÀN THÀNH", "hoàn thành" and "hoan thanh" read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.text import fold_chars

# (status, folded pattern); the first family to match at a position wins, so the
# longer, more specific phrases come first.
_VERDICTS: list[tuple[str, str]] = [
    ("not_completed", r"chua\s+(?:hoan\s+thanh|dat|thuc\s+hien|trien\s+khai|xong)"),
    ("not_completed", r"khong\s+(?:hoan\s+thanh|dat)"),
    ("in_progress", r"co\s+ban\s+hoan\s+thanh"),
    ("in_progress", r"dang\s+(?:tiep\s+tuc\s+)?(?:trien\s+khai|thuc\s+hien|tien\s+hanh|hoan\s+thien|"
                    r"xay\s+dung|thi\s+cong)"),
    ("in_progress", r"cham\s+(?:tien\s+do|so\s+voi)"),
    ("in_progress", r"tiep\s+tuc\s+(?:thuc\s+hien|trien\s+khai)"),
    ("in_progress", r"chua\s+dung\s+tien\s+do"),
    ("completed", r"hoan\s+thanh\s+(?:xuat\s+sac|tot|vuot\s+(?:muc|ke\s+hoach|chi\s+tieu))"),
    ("completed", r"vuot\s+(?:ke\s+hoach|muc|chi\s+tieu)"),
    ("completed", r"dat\s+va\s+vuot"),
    ("completed", r"(?:da\s+)?hoan\s+thanh"),
]
_PATTERN = re.compile("|".join(f"(?P<v{i}>{p})" for i, (_, p) in enumerate(_VERDICTS)))
# A "hoàn thành" that measures ("hoàn thành 8/10 km", "hoàn thành 60%") or plans
# ("dự kiến hoàn thành", "phấn đấu hoàn thành") is not a verdict.
_MEASURE_AFTER = re.compile(r"\s*(?:duoc\s+)?(?!100\s*%)\d")
_PLAN_BEFORE = re.compile(r"(?:du\s+kien|phan\s+dau|se|nham|de|can|phai|kip|moi|nhung|tren)\s+$")
_CUE = re.compile(r"(?:danh\s+gia|ket\s+qua|muc\s+do(?:\s+hoan\s+thanh)?|xep\s+loai|tu\s+danh\s+gia)"
                  r"\s*[:\-–]\s*")
# the answer to a cue: "Đạt", "Đạt yêu cầu", "Vượt" (over the target), "Đạt 100%." (the
# whole target, said alone: "đạt 100% số hộ" measures; a smaller share is _reached's)
_PASS = re.compile(r"(?:dat(?:\s+yeu\s+cau)?|vuot)\b(?!\s*\d)"
                   r"|dat\s+[1-9]\d{2,}(?:[.,]\d+)?\s*%(?=\s*(?:[.;,)]|$))")
# "Kết quả: Không thực hiện": as the answer to a cue, the task was not carried out (in a
# report's facts "không thực hiện" may name what someone failed to do, so only there)
_NOT_DONE = re.compile(r"khong\s+(?:thuc\s+hien|trien\s+khai)\b")
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
_REASON = re.compile(r"(?:nguyen\s+nhan\s*[:\-–]?|(?<![a-z])do\s+|(?<![a-z])vi\s+|ly\s+do\s*[:\-–]?)")


@dataclass(frozen=True)
class Verdict:
    status: str  # completed | in_progress | not_completed
    start: int
    end: int


def verdicts(text: str) -> list[Verdict]:
    """Every verdict phrase in `text` (NFC), with offsets into it."""
    f = fold_chars(text)
    out = []
    for m in _PATTERN.finditer(f):
        idx = int(m.lastgroup[1:]) if m.lastgroup else 0
        status = _VERDICTS[idx][0]
        if status == "completed" and idx == len(_VERDICTS) - 1:
            if _MEASURE_AFTER.match(f, m.end()) or _PLAN_BEFORE.search(f[max(0, m.start() - 14) : m.start()]):
                continue
        out.append(Verdict(status, m.start(), m.end()))
    return out


def classify(text: str, *, cued: bool = False) -> Verdict | None:
    """The verdict a sentence, paragraph or table cell gives: an explicitly cued one
    ("Đánh giá: …", "Kết quả: …") if any, else the first. `cued`: the text is itself the
    answer to such a cue (a "Đánh giá" column, a "Tự đánh giá:" line), so "Đạt" counts."""
    if cued:
        v = classify("danh gia: " + text)
        return Verdict(v.status, max(0, v.start - 11), max(0, v.end - 11)) if v else None
    vs = verdicts(text)
    f = fold_chars(text)
    for cue in _CUE.finditer(f):
        undone = _NOT_DONE.match(f, cue.end())
        if undone:
            return Verdict("not_completed", cue.end(), undone.end())
        # a bare "Đạt" is a verdict only where the report gives one ("Tự đánh giá: Đạt");
        # elsewhere "đạt 85%" measures
        ok = _PASS.match(f, cue.end())
        if ok and not any(v.start == cue.end() for v in vs):
            return Verdict("completed", cue.end(), ok.end())
    closing = _CLOSING_PASS.search(f)
    if closing and not any(v.end > closing.start(1) for v in vs):
        # "…: kết nạp 02 đồng chí. Đạt.": the report's verdict as a sentence of its own
        return Verdict("completed", closing.start(1), closing.end(1))
    if not vs:
        return _reached(f)
    for cue in _CUE.finditer(f):
        for v in vs:
            if v.start == cue.end() or (v.start > cue.end() and v.start - cue.end() < 6):
                return v
    last = vs[-1]
    if len(vs) > 1 and _CLOSING_BEFORE.search(f, 0, last.start) and _CLOSING_AFTER.match(f, last.end):
        # "… chưa thực hiện được do hạn hán; chậm tiến độ." / "… . Cơ bản hoàn thành.": the
        # report's verdict closes the item in a clause of its own, after the facts it weighs
        return last
    first = vs[0]
    if first.status == "completed":
        # "đã hoàn thành rà soát …; quy hoạch mới … đang triển khai": part done, part open
        for v in vs[1:]:
            if v.status != "completed" and not _SENTENCE_END.search(f, first.end, v.start):
                return Verdict("in_progress", v.start, v.end)
    return first


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_CLOSING_PASS = re.compile(r"[.;!?]\s*(dat(?:\s+yeu\s+cau)?|vuot)\s*[.!]?\s*$")
_CLOSING_BEFORE = re.compile(r"(?:^|[.;!?])\s*$")
_CLOSING_AFTER = re.compile(r"[^.;!?]{0,30}[.;!?]?\s*$")
# "…: đạt 80%." with no verdict word: a share of the target reached, so in progress (a
# share of 100% or more is left to the reader: "đạt 100% số hộ" may measure, not judge)
# "đạt 80% kế hoạch", "đạt 70% so với chỉ tiêu đề ra": the share named against the plan
_REACHED = re.compile(
    r"(?:^|[:;,.]\s*)(?:(?:moi|chi|da)\s+)?dat\s+(\d{1,2}(?:[.,]\d+)?)\s*%"
    r"(?:\s*(?:so\s+voi\s+)?(?:ke\s+hoach|chi\s+tieu)(?:\s+(?:de\s+ra|duoc\s+giao|giao|nam))?)?"
    r"\s*[.;]?\s*$")


def _reached(f: str) -> Verdict | None:
    m = _REACHED.search(f)
    if not m:
        return None
    return Verdict("in_progress", m.start(1) - 4, m.end())


def percent(text: str) -> float | None:
    m = _PERCENT.search(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    return value if value <= 1000 else None


def reason(text: str) -> str | None:
    """The reason given for a shortfall: the clause after "do", "vì", "nguyên nhân"."""
    f = fold_chars(text)
    for m in _REASON.finditer(f):
        word = text[m.start() : m.start() + 2].lower()
        # folding merges "do" (because) with "độ" (degree: "tiến độ") and "vì" with "vi"
        if f[m.start() : m.start() + 2] == "do" and word != "do":
            continue
        if f[m.start() : m.start() + 2] == "vi" and word != "vì":
            continue
        break
    else:
        return None
    rest = text[m.end() :]
    end = re.search(r"[.;\n]", rest)
    clause = rest[: end.start()] if end else rest
    clause = clause.strip(" ,:-–")
    return clause or None
