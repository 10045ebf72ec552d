"""Link an evaluated task to the pledge it judges.

An evaluation names the task in its own words, so tasks are compared on folded words with
the furniture removed (numbering, "nhiệm vụ", "về việc" …), by a blend of token-set and
partial similarity (rapidfuzz). Assignment is one-to-one, best pairs first, above a
threshold; the score is kept so a reviewer can see how sure the link is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from nlp.text import fold

THRESHOLD = 55.0
# the words that open a place after a body's name: "Sở Y tế" + "tỉnh Lâm Đồng"
_LEVELS = ("tinh", "thanh pho", "tp", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong")
_FURNITURE = re.compile(
    r"\b(?:nhiem vu|noi dung|cam ket|ve viec|ve|doi voi|thuc hien|tiep tuc|phan dau|tap trung|"
    r"lanh dao|chi dao|cong tac|dam bao|trong nam|nam \d{4}|\d+)\b"
)


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(phrase, the phrase it is read as) from nlp/data/task_synonyms.txt, longest first so
    "gọi công dân nhập ngũ" is read whole before "nhập ngũ" inside it."""
    raw = resources.files("nlp").joinpath("data/task_synonyms.txt").read_text("utf-8")
    pairs: list[tuple[str, str]] = []
    for line in raw.splitlines():
        names = [fold(n) for n in line.split("#", 1)[0].split("|") if n.strip()]
        pairs += [(n, names[0]) for n in names[1:]]
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((re.compile(rf"\b{re.escape(n)}\b"), same) for n, same in pairs)


def _norm(text: str) -> str:
    folded = fold(text)
    for phrase, same in _synonyms():
        folded = phrase.sub(same, folded)
    return re.sub(r"\s+", " ", _FURNITURE.sub(" ", folded)).strip()


def _opens_place(words: list[str]) -> bool:
    return any(words[: len(lv.split())] == lv.split() for lv in _LEVELS)


# organs every place has: bare, they name no one body
_GENERIC = frozenset({"dang uy", "dang bo", "chi bo", "uy ban nhan dan", "hoi dong nhan dan",
                      "ban thuong vu", "ban chap hanh", "mat tran to quoc", "ubnd", "hdnd"})


def is_bare(unit_key: str) -> bool:
    """A body's key with no place in it ("so y te"): the header under "UBND TỈNH …" names
    it bare, another paper of the same body may qualify it."""
    w = unit_key.split()
    return len(w) >= 2 and unit_key not in _GENERIC and \
        not any(_opens_place(w[k:]) for k in range(1, len(w)))


def qualifies(bare_key: str, key: str) -> bool:
    """`key` is `bare_key` followed by a place: "so y te tinh lam dong" for "so y te"."""
    return key.startswith(bare_key + " ") and _opens_place(key[len(bare_key) + 1 :].split())


def bare_forms(key: str) -> list[str]:
    """The keys `key` qualifies: "so y te tinh lam dong" → ["so y te"]."""
    w = key.split()
    return [" ".join(w[:k]) for k in range(1, len(w))
            if _opens_place(w[k:]) and is_bare(" ".join(w[:k]))]


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
    used |= {pid for pid, _ in out.values()}
    out.update(_shared_word(tasks, pledges, out, used))
    return out


TOPIC_THRESHOLD = 35.0


def _same_topic(tasks: list[str], pledges: list[tuple[int, str]],
                done: dict[int, tuple[int, float]], used: set[int]) -> dict[int, tuple[int, float]]:
    """A report may name a task by its field alone ("Xây dựng nông thôn mới" for "Có thêm 02
    xã đạt chuẩn"; names of one task are read as one before, see task_synonyms.txt): a task
    and a pledge left over, about the same topics and with no rival on either side, are
    linked at a lower similarity. The pledges already linked count as rivals too:
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


WORD_THRESHOLD = 35.0
# compound words any task may hold: they tell no task from another
_COMMON_WORDS = frozenset({
    "thuc hien", "nhiem vu", "hoan thanh", "dam bao", "to chuc", "trien khai", "tiep tuc",
    "nang cao", "tang cuong", "xay dung", "van dong", "huong dan", "cam ket", "ket qua",
    "chi tieu", "tren dia ban", "dia ban", "nhan dan", "nguoi dan", "can bo", "ho gia dinh",
    "gia dinh", "phan dau", "quan ly", "kiem tra", "chi dao", "lanh dao", "cong tac",
})


def _compounds(text: str) -> frozenset[str]:
    from nlp.topics import _words

    return frozenset(w for w in _words(text)
                     if " " in w and w.replace(" ", "").isalpha() and w not in _COMMON_WORDS)


def _shared_word(tasks: list[str], pledges: list[tuple[int, str]],
                 done: dict[int, tuple[int, float]], used: set[int]) -> dict[int, tuple[int, float]]:
    """A report shortens a task to its key word ("Trật tự lòng đường, vỉa hè" for "Vận động
    hộ kinh doanh không lấn chiếm vỉa hè"): a task and a pledge left over that share a
    compound word no other pledge holds, and no other task left over shares with that
    pledge, are linked at a lower similarity."""
    words = {pid: _compounds(text) for pid, text in pledges}
    left = {i: _compounds(t) for i, t in enumerate(tasks) if i not in done}
    holders: dict[int, set[int]] = {}
    for i, tw in left.items():
        hits = {pid for pid, pw in words.items() if tw & pw}
        if len(hits) == 1:
            holders[i] = hits
    out: dict[int, tuple[int, float]] = {}
    for i, hits in holders.items():
        (pid,) = hits
        if pid in used or any(pid in h for j, h in holders.items() if j != i):
            continue
        text = dict(pledges)[pid]
        score = similarity(tasks[i], text)
        if score >= WORD_THRESHOLD:
            out[i] = (pid, round(score, 1))
    return out
