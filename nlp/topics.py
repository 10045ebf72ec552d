"""Topics from the taxonomy in nlp/data/topics.toml (data, editable without code).

Terms and task text are compared as sequences of underthesea words, folded (no
diacritics, lower case, đ→d), so "giao thông" matches "GIAO THÔNG" and "giao thong" but the
term "cầu" (bridge) does not match inside "yêu cầu" (one word, "requirement").
"""

from __future__ import annotations

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


def _words(text: str) -> tuple[str, ...]:
    from underthesea import word_tokenize

    return tuple(w for w in (fold(t) for t in word_tokenize(text)) if w)


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


def _joined(words: tuple[str, ...]) -> str:
    # a term may be segmented as one word ("nong thon") or several ("nong", "thon"): compare
    # on the joined syllables while requiring the term to start and end on word boundaries
    return " " + " ".join(words) + " "


def _has_topic(joined: str, topic: Topic) -> bool:
    for phrase in topic.unless:
        if phrase:
            joined = joined.replace(_joined(phrase), " | ")
    return any(term and _joined(term) in joined for term in topic.terms)


def topics_of(text: str, taxonomy: tuple[Topic, ...] | None = None) -> list[str]:
    joined = _joined(_words(text))
    return [t.slug for t in (taxonomy or load_taxonomy()) if _has_topic(joined, t)]


class TopicTagger:
    def __init__(self, path: str | None = None) -> None:
        self.taxonomy = load_taxonomy(path)

    def __call__(self, dossier: Dossier) -> Dossier:
        for p in dossier.pledges:
            p.topics = topics_of(p.task + (" " + p.target if p.target else ""), self.taxonomy)
        return dossier
