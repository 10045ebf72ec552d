"""A spaCy `Language` for Vietnamese whose tokens are underthesea's words.

Vietnamese writes syllables, not words, with spaces ("nông thôn mới" is two words of three
syllables), so spaCy's whitespace tokenizer would hand `Matcher` syllables. Here the
tokenizer is underthesea's segmentation (with its POS tags on `token.tag_`), so patterns
and `Span`s work on real words. `spacy.blank("vi")` would pull in pyvi (unmaintained, 233 MB):
the multi-language blank pipeline with this tokenizer needs nothing more.

underthesea rewrites some characters (old tone placement "uỷ" comes back as "ủy"), so each
token is mapped back onto the original text by folded, same-length comparison, and the
`Doc` text is always exactly the input.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from nlp.text import fold_chars


class UndertheseaTokenizer:
    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc
        from underthesea import pos_tag

        tagged = pos_tag(text) if text.strip() else []
        words, spaces, tags = [], [], []
        starts: list[int | None] = []  # each token's offset in `text` (Doc.text may differ in spaces)
        folded = fold_chars(text)
        pos = 0
        for word, tag in tagged:
            start = _find(folded, fold_chars(word), pos)
            if start < 0:
                continue  # underthesea normalised something we cannot place; skip it
            end = start + len(word)
            if start > pos and not text[pos:start].isspace():
                # text underthesea dropped: keep it as its own token so Doc.text == text
                words.append(text[pos:start].strip())
                spaces.append(True)
                tags.append("X")
                starts.append(None)
            elif words and start > pos:
                spaces[-1] = True
            words.append(text[start:end])
            spaces.append(False)
            tags.append(tag)
            starts.append(start)
            pos = end
        rest = text[pos:]
        if rest.strip():
            words.append(rest.strip())
            spaces.append(False)
            tags.append("X")
            starts.append(None)
        elif rest and words:
            spaces[-1] = True
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for tok, tag, at in zip(doc, tags, starts, strict=True):
            tok.tag_ = tag
            tok._.start = at
        return doc


def _find(folded_text: str, folded_word: str, pos: int) -> int:
    """Where a token starts, allowing the spaces inside it to differ."""
    i = folded_text.find(folded_word, pos)
    if i >= 0:
        return i
    first = folded_word.split(" ")[0]
    return folded_text.find(first, pos) if first else -1


@lru_cache(maxsize=1)
def vietnamese() -> Any:
    """The shared Language, built once per process."""
    import spacy
    from spacy.tokens import Token

    if not Token.has_extension("start"):
        Token.set_extension("start", default=None)
    nlp = spacy.blank("xx")
    nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    return nlp
