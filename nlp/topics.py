"""Topics from the taxonomy in nlp/data/topics.toml (data, editable without code).

Terms and task text are compared as sequences of underthesea words, folded (no
diacritics, lower case, đ→d), so "giao thông" matches "GIAO THÔNG" and "giao thong" but the
term "cầu" (bridge) does not match inside "yêu cầu" (one word, "requirement").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from nlp.text import fold
from pipeline.document import Dossier


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    terms: tuple[tuple[str, ...], ...]  # each term as a tuple of folded words
    # phrases that do not count for this topic though they hold one of its terms ("!" terms)
    unless: tuple[tuple[str, ...], ...] = ()


# quotation marks around a name ('nhà "Đại đoàn kết"') must not split the phrase it belongs to
_QUOTES = frozenset('"\'“”‘’«»')


def _words(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    return tuple(w for w in (fold(t) for t in word_tokenize(text)) if w and w not in _QUOTES)


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> tuple[Topic, ...]:
    raw = (Path(path).read_bytes() if path
           else resources.files("nlp").joinpath("data/topics.toml").read_bytes())
    data = tomllib.loads(raw.decode("utf-8"))
    return tuple(
        Topic(slug, spec.get("name", slug),
              tuple(_words(t) for t in spec.get("terms", []) if not t.startswith("!")),
              tuple(_words(t[1:]) for t in spec.get("terms", []) if t.startswith("!")))
        for slug, spec in data.items()
    )


def _marked(words: tuple[str, ...]) -> str:
    # Syllables inside one segmented word are joined by "_", words by " ", so a match can
    # tell whether it starts or ends inside a word of the segmentation.
    return " " + " ".join(w.replace(" ", "_") for w in words) + " "


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Folded two-syllable words of underthesea's own dictionary (Viet74K, read offline)."""
    import underthesea

    src = Path(underthesea.__file__).parent / "corpus/data/Viet74K.txt"
    out = (fold(line) for line in src.read_text("utf-8").splitlines())
    return frozenset(w for w in out if w.count(" ") == 1)


@lru_cache(maxsize=4096)
def _pattern(term: tuple[str, ...]) -> re.Pattern[str]:
    # a term may be segmented as one word ("nong thon") or several ("nong", "thon") in the
    # text: between its syllables either joiner will do
    syllables = [re.escape(s) for w in term for s in w.split(" ")]
    return re.compile(r"(?<=[ _])" + "[ _]".join(syllables) + r"(?=[ _])")


def _cuts_a_word(marked: str, start: int, end: int) -> bool:
    """Whether a match splits a word of the segmentation that the dictionary knows.

    The term "cầu" (bridge) is no part of "yêu cầu" (requirement), nor "dân vận" of
    "nhân dân vận động", nor "dân số" of "công dân số": the syllable before the match and
    its first one make a word. A match that only meets a word the segmenter glued wrongly
    ("đích nông thôn", "ngân sách xã") still counts: no such word is in the dictionary.
    """
    if marked[start - 1] == "_":
        before = marked[:start - 1].rsplit(" ", 1)[-1].rsplit("_", 1)[-1]
        if f"{before} {marked[start:end].split()[0].split('_')[0]}" in _lexicon():
            return True
    if marked[end] == "_":
        after = marked[end + 1:].split(" ", 1)[0].split("_", 1)[0]
        if f"{marked[start:end].replace('_', ' ').rsplit(' ', 1)[-1]} {after}" in _lexicon():
            return True
    return False


def _spans(marked: str, term: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _pattern(term).finditer(marked)
            if not _cuts_a_word(marked, m.start(), m.end())]


def _has_topic(marked: str, topic: Topic) -> bool:
    for phrase in topic.unless:
        for start, end in reversed(_spans(marked, phrase) if phrase else []):
            marked = marked[:start] + "|" + marked[end:]
    return any(term and _spans(marked, term) for term in topic.terms)


# units of length and area (folded) that follow a number in a task: "2,5 km", "15 ha"
_UNITS = frozenset({"km", "m", "m2", "m3", "ha", "met", "cay so", "hecta", "hec ta"})
_NUMBER = re.compile(r"\d[\d.,]*")


def _without_quantities(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without measured quantities, which sit between a verb and its object
    ("cứng hóa 2,5 km kênh mương", "trồng 50 ha rừng") and would split the phrase a term
    or an exception names; bare numbers stay ("lớp 10", "Đề án 06")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if (_NUMBER.fullmatch(words[i]) and i + 1 < len(words) and words[i + 1] in _UNITS):
            i += 2
            continue
        out.append(words[i])
        i += 1
    return tuple(out)


def topics_of(text: str, taxonomy: tuple[Topic, ...] | None = None) -> list[str]:
    marked = _marked(_without_quantities(_words(text)))
    return [t.slug for t in (taxonomy or load_taxonomy()) if _has_topic(marked, t)]


class TopicTagger:
    def __init__(self, path: str | None = None) -> None:
        self.taxonomy = load_taxonomy(path)

    def __call__(self, dossier: Dossier) -> Dossier:
        for p in dossier.pledges:
            p.topics = topics_of(p.task + (" " + p.target if p.target else ""), self.taxonomy)
        return dossier
