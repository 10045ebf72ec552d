"""Pledges stated in running prose: press articles and commitments written as letters.

"Ông A, Chủ tịch UBND phường B, cam kết đưa vào sử dụng công trình X trong quý III, xử lý dứt
điểm 100% vi phạm và thu ngân sách đạt 105% dự toán." A pledge cue ("cam kết", "đăng ký",
"phấn đấu", "đặt hàng") directly followed by a verb opens the pledged clause; the clause is
cut into tasks where a comma, "và" or a semicolon is followed by another verb. This needs
words and parts of speech, so it runs on the spaCy `Language` of nlp.vi (underthesea words
and tags) with a `Matcher`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nlp.text import fold

CUES = ["cam kết", "đăng ký", "phấn đấu", "đặt hàng", "quyết tâm"]
# Clauses about the act of committing, not a task ("cam kết thực hiện tốt các nhiệm vụ").
_META = re.compile(
    r"\b(?:cac nhiem vu|cac noi dung|noi dung (?:da )?(?:cam ket|dang ky)|nhiem vu (?:duoc giao|"
    r"trong tam)|noi di doi voi lam|chiu trach nhiem|thuc hien tot|lanh dao, chi dao|ky cam ket)\b"
)
_JOINERS = {",", ";", "và", "đồng thời", "cùng với"}
# "cam kết phải …", "… bản cam kết thành chương trình hành động" (into): not a task verb
_MODALS = {"phải", "cần", "là", "được", "bị", "nên", "gắn", "thành"}
_NOUN_BEFORE = {"ký", "bản", "các", "những", "việc", "nội dung", "lễ", "thực hiện", "theo"}


@dataclass(frozen=True)
class ProsePledge:
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int


@lru_cache(maxsize=1)
def _matcher() -> Any:
    from spacy.matcher import Matcher

    from nlp.vi import vietnamese

    m = Matcher(vietnamese().vocab)
    verb = {"TAG": "V", "LOWER": {"NOT_IN": sorted(_MODALS)}}
    # the cue as a verb: not "bản cam kết", "ký cam kết" (nouns), not "cam kết phải …" (modal)
    m.add("PLEDGE", [[{"LOWER": {"IN": CUES}}, verb]])
    # "phấn đấu đến năm 2025 đạt chuẩn …", "cam kết đến cuối năm 2023 hoàn thành …": the time
    # phrase belongs to the task
    m.add("PLEDGE_BY", [[{"LOWER": {"IN": CUES}}, {"LOWER": {"IN": _BY}},
                         {"TAG": {"IN": ["N", "M", "Nu", "A", "CH"]}, "OP": "{1,5}"},
                         {"LOWER": "sẽ", "OP": "?"}, verb]])
    # "Huyện đoàn đăng ký công trình thanh niên …": a registered work is the task itself
    m.add("WORK", [[{"LOWER": {"IN": ["đăng ký", "nhận"]}}, {"LOWER": {"IN": _WORKS}}]])
    # "Đoàn Thanh niên xã nhận trồng 50 ha rừng …": a body takes a task on
    m.add("TAKE_ON", [[{"TAG": {"IN": ["N", "Np"]}}, {"LOWER": "nhận"}, verb]])
    return m


_BY = ["đến", "trong", "trước", "từ nay đến"]
_WORKS = ["công trình", "phần việc", "mô hình"]
# "Cùng với đó, phường sẽ xử lý …": a sentence that carries the pledge of the one before on
_CARRY_ON = re.compile(r"^\s*(?:cung voi do|ben canh do|dong thoi|ngoai ra)\b")
# ", tạo thuận lợi cho bà con …": the purpose of a task, not another task
_PURPOSE = {"tạo", "góp phần", "nhằm", "để", "giúp", "qua đó", "từ đó"}


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def find(text: str) -> list[ProsePledge]:
    """Pledged tasks in a paragraph of prose, with offsets into it."""
    if not any(c in fold(text) for c in _FOLDED_CUES):
        return []
    from nlp.vi import vietnamese

    nlp = vietnamese()
    out: list[ProsePledge] = []
    pledged = False  # the sentence before stated a pledge
    for s0, s1 in _sentences(text):
        sentence = text[s0:s1]
        f = fold(sentence)
        carry = pledged and bool(_CARRY_ON.match(f))
        pledged = False
        if not carry and not any(c in f for c in _FOLDED_CUES):
            continue
        doc = nlp(sentence)
        for match_id, start, _end in _task_starts(doc, carry):
            kind = doc.vocab.strings[match_id] if match_id else "CARRY"
            # the word segmenter may glue the noun marker to the word before ("hóa bản")
            if kind == "PLEDGE" and start > 0 and (doc[start - 1].lower_ in _NOUN_BEFORE or
                                                   doc[start - 1].lower_.split()[-1] in _NOUN_BEFORE):
                continue
            first_task = {"PLEDGE": start + 1, "PLEDGE_BY": start + 1, "TAKE_ON": start + 2,
                          "WORK": start + 1, "CARRY": start}[kind]
            pieces = _split(doc, first_task)
            for a, b in pieces:
                first, last = doc[a], doc[b - 1]
                if first._.start is None or last._.start is None:
                    continue
                ca, cb = first._.start, last._.start + len(last.text)
                task = sentence[ca:cb].strip(" ,;.:")
                if len(task.split()) < 4 or _META.search(fold(task)):
                    continue
                out.append(ProsePledge(s0 + ca, s0 + ca + len(task), task, s0, s1))
                pledged = True
            break  # one pledged clause per sentence
    return out


_FOLDED_CUES = ("cam ket", "dang ky", "phan dau", "dat hang", "quyet tam", " nhan ")


def _task_starts(doc: Any, carry: bool) -> list[tuple[int, int, int]]:
    """(match id, start, end) of the pledge cues in a sentence, the earliest first; the
    longest match wins at one start. A carried-on sentence starts its task at "sẽ <verb>"."""
    found = sorted(_matcher()(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    if carry and not found:
        for i in range(len(doc) - 1):
            if doc[i].lower_ == "sẽ" and doc[i + 1].tag_ == "V":
                return [(0, i + 1, i + 2)]
    return found


def _split(doc: Any, i: int) -> list[tuple[int, int]]:
    """Token ranges of the tasks in the clause starting at token i."""
    pieces = []
    start = i
    j = i
    n = len(doc)
    while j < n:
        t = doc[j]
        if t.text in ('"', "“", "”") or (t.text in (".", "!", "?")):
            break
        if t.text == "," and j + 1 < n and doc[j + 1].lower_ in _PURPOSE and not (
                j + 2 < n and doc[j + 2].tag_ == "M"):
            break  # ", giúp bà con …" is a purpose; ", giúp 30 hộ thoát nghèo" a task
        if t.lower_ in _JOINERS and j + 1 < n:
            nxt = j + 1
            if doc[nxt].lower_ == "và" and nxt + 1 < n:
                nxt += 1
            if (t.lower_ == "và" and doc[nxt].tag_ in ("A", "R") and nxt + 1 < n
                    and doc[nxt + 1].tag_ == "V"):
                # "… và thường xuyên ra quân dọn vệ sinh": an adverb opens the next task
                pieces.append((start, j))
                start = j = nxt
                continue
            # "hoàn thành bồi thường, giải phóng mặt bằng" is one task: a comma splits only
            # after a verb has its object (three words or more)
            if (doc[nxt].tag_ == "V" and (j - start >= 3 or t.text != ",")) or t.text == ";":
                if j > start:
                    pieces.append((start, j))
                start = nxt
                j = nxt
                continue
        j += 1
    if j > start:
        pieces.append((start, j))
    return _rejoin(doc, pieces)


_DONE = {"hoàn thành", "xong"}
_OFTEN = {"thường xuyên", "liên tục", "hằng năm", "hàng năm", "hằng tháng", "hàng tháng", "định kỳ"}


def _rejoin(doc: Any, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces that are not tasks of their own go back to the one before: ", hoàn thành trong
    quý IV/2021" is the deadline of the task before it, and "tập trung chống thất thu, phấn
    đấu thu ngân sách vượt 10%" is one effort with its target."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        first = doc[a].lower_
        if first in _DONE and b - a > 1 and doc[a + 1].lower_ in {*_BY, "vào"}:
            # ", hoàn thành trước ngày 26/3, dịp kỷ niệm …": the occasion after the date
            # explains it; the deadline clause ends at the comma
            b = next((k for k in range(a + 2, b) if doc[k].text == ","), b)
        when = b - a > 1 and doc[a + 1].lower_ in {*_BY, "vào"} and b - a <= 8
        # ", thực hiện thường xuyên": how often, not another task
        often = first == "thực hiện" and b - a <= 3 and b - a > 1 and doc[a + 1].lower_ in _OFTEN
        if out and (first in _DONE and when or first == "phấn đấu" or often):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
