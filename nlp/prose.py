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
_MODALS = {"phải", "cần", "là", "được", "bị", "nên", "gắn"}
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
    # the cue as a verb: not "bản cam kết", "ký cam kết" (nouns), not "cam kết phải …" (modal)
    m.add("PLEDGE", [[{"LOWER": {"IN": CUES}},
                      {"TAG": "V", "LOWER": {"NOT_IN": sorted(_MODALS)}}]])
    return m


def _sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


def find(text: str) -> list[ProsePledge]:
    """Pledged tasks in a paragraph of prose, with offsets into it."""
    if not any(c in fold(text) for c in ("cam ket", "dang ky", "phan dau", "dat hang", "quyet tam")):
        return []
    from nlp.vi import vietnamese

    nlp = vietnamese()
    out: list[ProsePledge] = []
    for s0, s1 in _sentences(text):
        sentence = text[s0:s1]
        if not any(c in fold(sentence) for c in ("cam ket", "dang ky", "phan dau", "dat hang",
                                                   "quyet tam")):
            continue
        doc = nlp(sentence)
        for _, start, _end in _matcher()(doc):
            if start > 0 and doc[start - 1].lower_ in _NOUN_BEFORE:
                continue
            pieces = _split(doc, start + 1)
            for a, b in pieces:
                first, last = doc[a], doc[b - 1]
                if first._.start is None or last._.start is None:
                    continue
                ca, cb = first._.start, last._.start + len(last.text)
                task = sentence[ca:cb].strip(" ,;.:")
                if len(task.split()) < 4 or _META.search(fold(task)):
                    continue
                out.append(ProsePledge(s0 + ca, s0 + ca + len(task), task, s0, s1))
            break  # one pledged clause per sentence
    return out


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
        if t.lower_ in _JOINERS and j + 1 < n:
            nxt = j + 1
            if doc[nxt].lower_ == "và" and nxt + 1 < n:
                nxt += 1
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
    return pieces
