"""Tokens and phrase lexicons shared by the unit and leader finders.

Text is tokenised once into words and punctuation marks. Each token keeps its offsets in
the caller's string, its form with tones normalised, lower-cased and folded (no
diacritics), and the line it sits on: names never run across a line or a table cell.
A lexicon phrase matches a token run when every word is equal with diacritics, or, for a
word written without any diacritics, equal once folded ("Huyen uy" = "Huyện ủy"), so
"Số" never matches "Sở" but unaccented text still works.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from nlp._vi import fold_chars, nfc_with_map, normalize_tones

DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
P = TypeVar("P")


@dataclass
class Tokens:
    """Parallel arrays over the tokens of one text (arrays keep the scan loop cheap)."""

    text: str  # NFC, tones normalised: same length as the NFC of the input
    offsets: list[int]  # NFC offset → offset in the caller's string
    raw: list[str]
    low: list[str]
    fold: list[str]
    start: list[int]
    end: list[int]
    line: list[int]
    loose: bool = False  # written (almost) without diacritics: compare words folded
    original: str = ""  # the caller's string, which `span` offsets index

    def __len__(self) -> int:
        return len(self.raw)

    def same_line(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.raw) and 0 <= j < len(self.raw) and self.line[i] == self.line[j]

    def is_word(self, i: int) -> bool:
        return self.raw[i][0].isalnum()

    def is_cap(self, i: int) -> bool:
        """Capitalised word or a number: the shape of a proper name's syllable."""
        c = self.raw[i][0]
        return c.isupper() or c.isdigit()

    def is_upper(self, i: int) -> bool:
        w = self.raw[i]
        return w.isupper() and w[0].isalpha()

    def plain(self, i: int) -> bool:
        """Written without diacritics (folding leaves it unchanged)."""
        return self.low[i] == self.fold[i]

    def loose_at(self, i: int) -> bool:
        """Compare this word folded: the text lacks diacritics, so "Nam" may be "Năm".

        In accented text a plain word is taken as written ("Việt Nam" is not "năm")."""
        return self.loose and self.low[i] == self.fold[i]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Caller's offsets of tokens i..j-1."""
        return self.offsets[self.start[i]], self.offsets[self.end[j - 1]]

    def source(self, i: int, j: int) -> str:
        return self.text[self.start[i] : self.end[j - 1]]


def tokenize(text: str) -> Tokens:
    t, offsets = nfc_with_map(text)
    t = normalize_tones(t)
    folded = fold_chars(t).lower()
    lowered = t.lower()
    raw, low, fld, st, en, ln = [], [], [], [], [], []
    line, prev = 0, 0
    for m in _TOKEN.finditer(t):
        s, e = m.span()
        gap = t[prev:s]
        if "\n" in gap or "\t" in gap or "\f" in gap:
            line += 1
        prev = e
        raw.append(m.group())
        low.append(lowered[s:e])
        fld.append(folded[s:e])
        st.append(s)
        en.append(e)
        ln.append(line)
    alpha = [x for x in range(len(raw)) if raw[x][0].isalpha()]
    marked = sum(1 for x in alpha if low[x] != fld[x])
    # Vietnamese marks most syllables; below 15 % the text was typed without them
    loose = bool(alpha) and marked < 0.15 * len(alpha)
    return Tokens(t, offsets, raw, low, fld, st, en, ln, loose, text)


def words(phrase: str) -> list[str]:
    """Tokenise a lexicon phrase the way texts are tokenised (lower case, tones normalised)."""
    return [m.group() for m in _TOKEN.finditer(normalize_tones(phrase).lower())]


@dataclass(frozen=True)
class Entry(Generic[P]):
    low: tuple[str, ...]
    fold: tuple[str, ...]
    payload: P


class PhraseIndex(Generic[P]):
    """Longest-match lookup of lexicon phrases at a token position."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[Entry[P]]] = {}

    def add(self, phrase: str, payload: P) -> None:
        low = tuple(words(phrase))
        if not low:
            return
        fld = tuple(fold_chars(w) for w in low)
        bucket = self._by_first.setdefault(fld[0], [])
        bucket.append(Entry(low, fld, payload))
        bucket.sort(key=lambda e: -len(e.low))

    def match(self, tok: Tokens, i: int, stop: int | None = None) -> tuple[int, P] | None:
        """(end token index, payload) of the longest phrase starting at token i, on one line."""
        if i >= len(tok):
            return None
        bucket = self._by_first.get(tok.fold[i])
        if not bucket:
            return None
        n = len(tok) if stop is None else stop
        for e in bucket:
            k = len(e.low)
            if i + k > n or tok.line[i + k - 1] != tok.line[i]:
                continue
            if all(
                tok.low[i + x] == e.low[x] or (tok.loose_at(i + x) and tok.fold[i + x] == e.fold[x])
                for x in range(k)
            ):
                return i + k, e.payload
        return None

    def __contains__(self, folded_first: str) -> bool:
        return folded_first in self._by_first


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def index_of(phrases: Iterable[str]) -> PhraseIndex[str]:
    idx: PhraseIndex[str] = PhraseIndex()
    for p in phrases:
        idx.add(p, p)
    return idx


@cache
def surnames() -> PhraseIndex[str]:
    return index_of(read_lines("surnames.txt"))


@cache
def middle_names() -> frozenset[str]:
    return frozenset(fold_chars(w).lower() for w in read_lines("middle_names.txt"))


def person_at(tok: Tokens, i: int, j: int) -> bool:
    """Family name, middle name, given name (2–4 words): the shape of a person."""
    if not 2 <= j - i <= 4 or surnames().match(tok, i) is None:
        return False
    return j - i >= 3 and tok.fold[i + 1].lower() in middle_names()


def person_start(tok: Tokens, i: int, j: int, known: int) -> int:
    """Where a person's name begins in the capitalised run i..j-1 that a place name opens
    (j if none): "Huyện ủy Cam Lộ Nguyễn Hữu Thắng". `known` ends the longest known place
    at i; a name right after it needs no middle name."""
    for p in range(i + 1, j - 1):
        if surnames().match(tok, p) is None or tok.raw[p].isdigit():
            continue
        rest = j - p
        middle = tok.fold[p + 1].lower() in middle_names()
        if 2 <= rest <= 4 and (middle or known == p or rest >= 3):
            return p
    return j
