"""Link an evaluated task to the pledge it judges.

An evaluation names the task in its own words, so tasks are compared on folded words with
the furniture removed (numbering, "nhiệm vụ", "về việc" …), by a blend of token-set and
partial similarity (rapidfuzz). Assignment is one-to-one, best pairs first, above a
threshold; the score is kept so a reviewer can see how sure the link is.
"""

from __future__ import annotations

import re

from nlp.text import fold

THRESHOLD = 55.0
_FURNITURE = re.compile(
    r"\b(?:nhiem vu|noi dung|cam ket|ve viec|ve|doi voi|thuc hien|tiep tuc|phan dau|tap trung|"
    r"lanh dao|chi dao|cong tac|dam bao|trong nam|nam \d{4}|\d+)\b"
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", _FURNITURE.sub(" ", fold(text))).strip()


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    x, y = _norm(a), _norm(b)
    if not x or not y:
        return 0.0
    return 0.5 * fuzz.token_set_ratio(x, y) + 0.5 * fuzz.token_sort_ratio(x, y) * 0.4 + \
        0.5 * fuzz.partial_ratio(x, y) * 0.6


def match(tasks: list[str], pledges: list[tuple[int, str]],
          threshold: float = THRESHOLD) -> dict[int, tuple[int, float]]:
    """{index in tasks: (pledge id, score)} for the pairs that match."""
    scored = sorted(
        ((similarity(t, pt), i, pid) for i, t in enumerate(tasks) for pid, pt in pledges),
        reverse=True,
    )
    out: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, i, pid in scored:
        if score < threshold:
            break
        if i in out or pid in used:
            continue
        out[i] = (pid, round(score, 1))
        used.add(pid)
    out.update(_same_topic(tasks, pledges, out, used))
    return out


TOPIC_THRESHOLD = 35.0


def _same_topic(tasks: list[str], pledges: list[tuple[int, str]],
                done: dict[int, tuple[int, float]], used: set[int]) -> dict[int, tuple[int, float]]:
    """A report may name a task by a synonym ("gọi công dân nhập ngũ" for "chỉ tiêu giao
    quân"): a task and a pledge left over, about the same topics and with no rival on either
    side, are linked at a lower similarity. The pledges already linked count as rivals too:
    in a health department's commitment every pledge is about health, and a topic that names
    several pledges does not tell which one a new item ("phòng, chống dịch") would judge."""
    from nlp.topics import topics_of

    all_p = [(pid, text, frozenset(topics_of(text))) for pid, text in pledges]
    left_t = [(i, frozenset(topics_of(t))) for i, t in enumerate(tasks) if i not in done]
    out: dict[int, tuple[int, float]] = {}
    for i, tt in left_t:
        if not tt:
            continue
        same_p = [(pid, text) for pid, text, pt in all_p if pt == tt]
        if any(pid in used for pid, _ in same_p):
            continue
        same_t = [j for j, t2 in left_t if t2 == tt]
        if len(same_p) == 1 and len(same_t) == 1:
            pid, text = same_p[0]
            score = similarity(tasks[i], text)
            if score >= TOPIC_THRESHOLD:
                out[i] = (pid, round(score, 1))
    return out
