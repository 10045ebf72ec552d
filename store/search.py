"""`camket search`: ranked full-text search over pledges (and pages of documents).

How a query is read (any string a user can type is a valid query):
- it is folded like the index (store.search_index.fold): case, diacritics, đ, tone
  placement and punctuation do not matter; emoji and symbols are word breaks;
- "quoted words" are a phrase that must occur; a trailing `*` makes a word a prefix;
  `AND`, `OR`, `NOT`, parentheses are read as nothing (every word counts anyway);
- the unquoted words are read as Vietnamese words, not syllables (store.search_index.segment
  over a word list from underthesea: `giao thông nông thôn` is two words); they are looked
  for first as one phrase, then all of them anywhere in the task, then (when a word has
  several syllables) all the syllables anywhere, then (for three words or more) all of them
  but one, and only when all that finds nothing, any one of them; a word
  of several syllables is found where its syllables stand together, a word of one syllable
  only where it is a word of its own: `thông` finds neither `giao thông` nor `thông tin`;
- a word the index has never seen is taken for a typo and replaced by its nearest known
  words (rapidfuzz edit distance over the vocabulary, the same code on both databases);
- a query that is, or contains, a topic's name or one of its terms also finds the pledges
  tagged with that topic (the caller passes the taxonomy as {folded term: slugs}).

The database only finds candidates (FTS5 MATCH on SQLite, tsvector @@ tsquery on
PostgreSQL), each word looked up as one token of the index (rarer than its syllables, so a
common word like `an ninh` is one short list instead of the intersection of two long ones),
with the year, unit, topic and kind filters applied inside the text index through the
pledge's meta tokens; the score that orders the results is computed here from
the folded text, so both databases give the same order. With more matches than the
candidate budget (200, or 600 with a status filter) the newest are kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, any_, bindparam, column, select, table, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from store.db import Store
from store.filters import Filters, resolve_units, sql_conditions, statuses_at
from store.queries import pledge_topics
from store.rows import iso
from store.schema import DocumentRow, PledgeRow, PledgeTopicRow
from store.search_index import (
    CHUNK_BITS,
    chunk_token,
    fold,
    meta_status,
    meta_topic,
    meta_unit,
    segment,
    word_token,
)

MAX_QUERY = 2000  # characters kept of a query; a pasted page is cut, not refused
MAX_WORDS = 32
MOST_WORDS = 5  # the words the "most" stage weighs: the first five


class QueryError(ValueError):
    """A query that cannot be searched, with a message for the user."""


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # unquoted words, in order
    phrases: tuple[tuple[str, ...], ...] = ()  # quoted phrases
    prefix: frozenset[str] = frozenset()  # words typed with a trailing *
    raw: str = ""

    @property
    def all_words(self) -> tuple[str, ...]:
        return self.words + tuple(w for p in self.phrases for w in p)


_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def parse(raw: str) -> Query:
    """Read a user's query; QueryError if it holds no word to search for."""
    raw = raw[:MAX_QUERY]
    phrases = []
    for m in _QUOTED.finditer(raw):
        p = tuple(fold(m[1] if m[1] is not None else m[2]).split())
        if p:
            phrases.append(p)
    rest = _QUOTED.sub(" ", raw)
    words: list[str] = []
    prefix: set[str] = set()
    for tok in rest.split():
        if tok in _OPERATORS:  # upper case only: "và" is never typed as "AND"
            continue
        parts = fold(tok).split()
        # a one-letter prefix stands for half the vocabulary: read it as the letter
        if parts and len(parts[-1]) >= 2 and tok.rstrip("\"')]}").endswith("*"):
            prefix.add(parts[-1])
        words.extend(parts)
    q = Query(tuple(words[:MAX_WORDS]), tuple(phrases[:8]), frozenset(prefix), raw)
    if not q.all_words:
        raise QueryError(f"nothing to search for in {raw[:60]!r}: type some words")
    return q


# -- typo correction ------------------------------------------------------------------------


def _known(session: Session, terms: set[str]) -> set[str]:
    if not terms:
        return set()
    rows = session.connection().execute(
        text("SELECT term FROM search_terms WHERE term IN :t").bindparams(
            bindparam("t", expanding=True)
        ),
        {"t": sorted(terms)},
    )
    return {r[0] for r in rows}


def _near(session: Session, word: str, limit: int = 3) -> list[str]:
    """Known words within one edit (two for long words) of `word`, nearest first; a swap of
    two neighbouring letters is one edit (OSA distance)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    vocab = [r[0] for r in session.connection().execute(text("SELECT term FROM search_terms"))]
    cutoff = 1 if len(word) < 6 else 2
    found = process.extract(word, vocab, scorer=OSA.distance, score_cutoff=cutoff,
                            limit=None)
    found.sort(key=lambda m: (m[1], m[0]))
    return [m[0] for m in found[:limit]]


def _correct(session: Session, q: Query) -> tuple[Query, list[Query]]:
    """The query with unknown words replaced: the best reading, and up to 9 readings."""
    # words of one or two letters ("c", "3", "ii") are too short to tell a typo from a word
    unknown = {w for w in q.all_words if w not in q.prefix and len(w) >= 3} - _known(
        session, set(q.all_words))
    if not unknown:
        return q, [q]
    options = {w: (_near(session, w) or [w]) for w in unknown}
    readings = [q]
    for w, alts in options.items():
        readings = [_swap(r, w, a) for r in readings for a in alts][:9]
    return readings[0], readings


def _swap(q: Query, old: str, new: str) -> Query:
    def sub(ws: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(new if w == old else w for w in ws)

    return Query(sub(q.words), tuple(sub(p) for p in q.phrases), q.prefix, q.raw)


# -- match expressions ----------------------------------------------------------------------


def _fts_phrase(ws: tuple[str, ...], prefix: frozenset[str]) -> str:
    star = "*" if ws and ws[-1] in prefix else ""
    return '"' + " ".join(ws) + '"' + star  # folded words are [a-z0-9]: nothing to escape


def _ts_phrase(ws: tuple[str, ...], prefix: frozenset[str],
               expand: Mapping[str, tuple[str, ...]] | None = None) -> str:
    def part(i: int, w: str) -> str:
        if i < len(ws) - 1 or w not in prefix:
            return w
        alts = (expand or {}).get(w)
        if not alts:
            return w + ":*"
        return alts[0] if len(alts) == 1 else "(" + " | ".join(alts) + ")"

    return "(" + " <-> ".join(part(i, w) for i, w in enumerate(ws)) + ")"


# a prefix that starts more known words than this stays a GIN prefix match
MAX_EXPAND = 64


def prefix_words(session: Session, q: Query) -> dict[str, tuple[str, ...]]:
    """{prefix typed: the known words it starts} for PostgreSQL, up to MAX_EXPAND each.

    A GIN index answers `th:*` by merging the lists of every entry that starts with "th"
    into one bitmap before anything else is looked at (hundreds of thousands of rows on a
    large store, even when the query also names a rare word or a unit); named as words, the
    entries are intersected with the rest like any other. The words are the vocabulary of the
    task texts (search_terms), so the match is the one FTS5 makes on the body column; a
    prefix no word starts matches nothing, as there."""
    out: dict[str, tuple[str, ...]] = {}
    for p in sorted(q.prefix):
        terms = tuple(session.connection().scalars(
            text("SELECT term FROM search_terms WHERE term LIKE :p ORDER BY term LIMIT :k"),
            {"p": p + "%", "k": MAX_EXPAND + 1}))
        if len(terms) <= MAX_EXPAND:
            out[p] = terms or (p,)
    return out


def query_words(q: Query) -> list[tuple[str, ...]]:
    """The unquoted words of a query as Vietnamese words (store.search_index.segment): "giao
    thông nông thôn" is two words, not four syllables. A word typed as a prefix (`thon*`)
    stays a syllable of its own: it is matched by its start, not as a word."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for w in q.words:
        if w in q.prefix:
            out += segment(run) + [(w,)]
            run = []
        else:
            run.append(w)
    return list(dict.fromkeys(out + segment(run)))


def match_expr(readings: list[Query], mode: str, dialect: str, *, words: bool = True,
               expand: Mapping[str, tuple[str, ...]] | None = None,
               wide: bool = False) -> str | None:
    """One FTS5 MATCH string / tsquery for `mode` over the readings.

    phrase: the unquoted words as one phrase; all: every word; syllables: every syllable,
    anywhere (for a query of two syllables or more: the word list may cut the query where
    the task does not, "giám hộ | nghèo" against "giảm tỷ lệ hộ nghèo"); most: all the words
    but one (of the first five; two of three). Not "any two": a pair of common words ("chỉ đạo",
    "quyết liệt") matches tens of thousands of tasks about anything else, which no ranking
    brings up and which the index of a large store reads in full; any: one word (in a
    query of several words, a one-syllable word as a syllable). Quoted
    phrases are required in all modes but "any". `expand`: prefix_words, on PostgreSQL.

    With `words` (the pledge index), a word is its word token (store.search_index.word_tokens):
    a word of several syllables is found wherever its syllables stand together, a word of one
    syllable only where it is not part of a longer word ("thông" is not found in "giao
    thông"). The page index has no word tokens: there (`words=False`) a word is a syllable.

    `wide`: the same with every word typed as a prefix taken as found, so a superset of its
    matches with no prefix in it (see _pg_candidates); None where that is every pledge.
    """
    def ph(ws: tuple[str, ...], prefix: frozenset[str]) -> str:
        return _fts_phrase(ws, prefix) if dialect == "sqlite" else _ts_phrase(ws, prefix, expand)

    and_, or_ = (" AND ", " OR ") if dialect == "sqlite" else (" & ", " | ")

    def body(ws: tuple[str, ...], prefix: frozenset[str]) -> str | None:
        if wide and ws and ws[-1] in prefix:  # only a phrase's last word is a prefix
            ws, prefix = ws[:-1], frozenset()
            if not ws:
                return None
        return f"body : {ph(ws, prefix)}" if words and dialect == "sqlite" else ph(ws, prefix)

    def all_of(parts: Iterable[str | None]) -> str | None:
        kept = [x for x in parts if x is not None]
        return and_.join(kept) if kept else None  # nothing left: true of every pledge

    def word(w: tuple[str, ...], q: Query) -> str | None:
        # next to a prefix (`nong thon*`) a syllable may belong to the word the prefix
        # completes: with a prefix in the query, a one-syllable word is a syllable
        if not words or (len(w) == 1 and q.prefix):
            return body(w, q.prefix)
        tok = word_token(w)
        return f'meta : "{tok}"' if dialect == "sqlite" else tok

    alts = []
    for q in readings:
        if mode == "phrase" and len(q.words) < 2:
            return None
        units = query_words(q) if words else [(w,) for w in dict.fromkeys(q.words)]
        if mode == "most" and len(units) < 3:
            return None  # with one or two words, "most" is "all" or "any"
        if mode == "syllables" and (not words or len(q.words) < 2):
            return None  # the same as "all", or a one-syllable query: never inside a word
        required: list[str | None] = [body(p, frozenset()) for p in q.phrases]
        groups: list[str | None]
        if mode == "phrase":
            # the words of several syllables in it are implied by the phrase (every one is
            # indexed wherever it occurs) and far rarer than its syllables: the index
            # intersects them first and checks positions on few rows
            groups = [body(q.words, q.prefix)] + [word(w, q) for w in units
                                                  if words and len(w) > 1]
        elif mode == "syllables":
            groups = [body((w,), q.prefix) for w in dict.fromkeys(q.words)]
        elif mode == "most":
            first = units[:MOST_WORDS]
            sets = [all_of(word(w, q) for w in c)
                    for c in itertools.combinations(first, len(first) - 1)]
            if None in sets:
                return None
            groups = [f"({or_.join(f'({x})' for x in sets)})"]
        elif mode == "any" and len(q.words) >= 2:
            # the last resort of a query of several words: its one-syllable words as syllables
            # (the task may have them inside a longer word); its longer words stay words
            groups = [word(w, q) if len(w) > 1 else body(w, q.prefix) for w in units]
        else:
            groups = [word(w, q) for w in units]
        if mode == "any":
            if None in groups:
                return None
            alts.append(or_.join([x for x in groups + required if x is not None]))
        else:
            alt = all_of(groups + required)
            if alt is None:
                return None
            alts.append(alt)
    return or_.join(f"({a})" for a in dict.fromkeys(alts))


# -- search ---------------------------------------------------------------------------------


@dataclass
class Hit:
    id: int
    task: str
    unit: str | None
    leader: str | None
    deadline: str | None
    status: str
    file: str
    page: int | None
    score: float
    topics: list[str] = field(default_factory=list)
    year: int | None = None
    document_id: int = 0

    def to_json(self) -> dict[str, Any]:
        """The jsonl contract: id, task, unit, leader, deadline, status, file, page, score."""
        keys = ("id", "task", "unit", "leader", "deadline", "status", "file", "page", "score")
        return {k: getattr(self, k) for k in keys}


# a unit filter is given to the text index as up to this many unit tokens (more: SQL only)
META_UNITS = 64


def meta_expr(s: Session, f: Filters, unit_keys: set[str] | None = None) -> list[list[str]]:
    """The filters the text index can apply itself, as groups of alternative meta tokens
    (store.search_index.meta_tokens): year, unit (up to META_UNITS keys), topic, kind, level,
    status (level and status as store.search_meta keeps them: up to date with the store).
    """
    groups = []
    if f.year is not None:
        groups.append([f"zy{f.year}"])
    if f.units:
        keys = (unit_keys if unit_keys is not None
                else resolve_units(s, f.units, f.subordinates))
        if 0 < len(keys) <= META_UNITS:
            groups.append(sorted(meta_unit(k) for k in keys))
    if f.topics:
        groups.append(sorted(meta_topic(t) for t in f.topics))
    if f.kinds:
        groups.append(sorted(f"zk{k}" for k in f.kinds))
    if f.level:
        groups.append([f"zl{f.level}"])
    if f.statuses:
        groups.append(sorted(meta_status(x) for x in f.statuses))
    return groups


def full_expr(body: str | None, meta: list[list[str]], dialect: str) -> str:
    """A body expression and the meta groups as one MATCH string / tsquery."""
    if dialect == "sqlite":
        parts = [f"({body})"] if body else []
        parts += ["meta : (" + " OR ".join(f'"{t}"' for t in g) + ")" for g in meta]
        return " AND ".join(parts)
    parts = [f"({body})"] if body else []
    parts += ["(" + " | ".join(g) + ")" for g in meta]
    return " & ".join(parts)


def _candidates(session: Session, dialect: str, expr: str, cond: list[Any], n: int,
                wide: str | None = None) -> list[int]:
    # Newest first, not by the database's rank: the text index can stop after n rows
    # instead of ranking every match; the order that counts is computed afterwards (_score).
    if dialect == "sqlite":
        fts = table("pledge_fts", column("rowid"))
        stmt = (
            select(PledgeRow.id)
            .select_from(fts)
            .join(PledgeRow, PledgeRow.id == fts.c.rowid)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(text("pledge_fts MATCH :m"), *cond)
            .order_by(fts.c.rowid.desc())
            .limit(n)
        )
    else:
        return _pg_candidates(session, expr, cond, n, wide)
    return list(session.connection().scalars(stmt, {"m": expr}))


# The newest _PG_PROBE × n pledges are read first; see _pg_candidates.
_PG_PROBE: float = 10
# What the GIN index costs, in rows walked by the primary key (~0.7 µs each on 1,000,000
# pledges, ~11 rows to a page). A match is a page read of its own (~7 µs) unless matches are
# dense enough to share pages; an OR merges its words' whole lists; a phrase fetches every
# row with its words anywhere to check their positions; stepping through the ids of a span
# of blocks costs ~0.15 µs an id, more with each OR the index evaluates for every id; a
# search of the whole index has a fixed cost (~1.5 ms).
_PG_MATCH = 10
_PG_OR_MATCH = 12
_PG_RECHECK = 10
_PG_STEP = 0.25
_PG_WHOLE = 2000
# A prefix's words ORed (`th*`: 25 words) cost the GIN index a lookup in each of their lists
# for every row its other words leave (40 ms for "đơn th*" in a year); the rows matching the
# rest of the query are fewer than this, fetched and checked against the whole expression
# (~3 µs a row), cost less.
_PG_WIDE_ROWS = 5000


def _pg_candidates(session: Session, expr: str, cond: list[Any], n: int,
                   wide: str | None = None) -> list[int]:
    """The newest n matches that pass the filters, exactly as FTS5 gives them on SQLite.

    A GIN index has no order: it answers with a bitmap of every match and fetches each from
    the table, so "newest n" of a common word costs thousands of page reads, and cutting it
    at an arbitrary count would keep other pledges than SQLite does. So the ids are read
    from the newest down, a span at a time. The first span is a probe: the newest rows,
    walked by the primary key with each tsvector tested. What it found tells how far back
    the missing matches lie (they / the share that matched and passed the filters), and the
    next span is read either by walking on or by the GIN index restricted to the span's
    blocks of ids (their zc tokens, store.search_index.CHUNK_BITS), whichever costs less:
    a walk costs every row, the index every match (and for a phrase every row with its
    words anywhere: GIN cannot check positions, each such row is fetched again) plus a
    little for each id it steps through. When the span would be most of what is left, every
    match below it is read at once. The SQL filters are checked on the matches, newest
    first, only as many as it takes.

    `wide` (match_expr(…, wide=True)): a superset of `expr` without its prefixes' words. When
    the probe says it holds fewer than _PG_WIDE_ROWS rows, the GIN index is asked for it and
    its rows are checked against `expr` one by one."""
    conn = session.connection()
    top = conn.scalar(text("SELECT max(pledge_id) FROM pledge_search")) or 0
    rows = max(1, int(n * _PG_PROBE))
    lo, ids, seen = _pg_walk(conn, expr, top, rows, wide)
    kept = _pg_keep(conn, ids, cond, n)
    hi, read = lo - 1, top - lo + 1
    wide_share = seen / read if read > 0 else 0.0  # of the ids, the share `wide` matches
    walked, matched = read, len(ids)  # what the walks saw, before the filters
    check = None
    if wide is not None and wide_share * hi <= _PG_WIDE_ROWS:
        check = expr  # the index reads `wide`; each of its rows is fetched and checked
    gin = wide if check is not None and wide is not None else expr
    per_match = _PG_OR_MATCH if "|" in gin else _PG_MATCH
    loose = (len(_pg_walk(conn, _PHRASE_OP.sub(" & ", expr), top, rows)[1]) / rows
             if check is None and "<->" in expr and len(kept) < n and hi > 0 else 0.0)
    step = _PG_STEP * (1 + gin.count("|") / 3)
    while len(kept) < n and hi > 0:
        need = n - len(kept)
        span = min(hi, int(1.5 * need * read / len(kept)) if kept else hi)  # slack: few seen
        first = (hi - span + 1) >> CHUNK_BITS  # the lowest block the span reaches
        # per id: a page read for each row the index returns (for a phrase, also every row
        # with its words anywhere, fetched to check positions)
        heap = min(1.0, per_match * wide_share if check else
                   per_match * matched / walked + _PG_RECHECK * loose)
        by_blocks = (hi - (first << CHUNK_BITS) + 1) * (step + heap)
        whole = _PG_WHOLE + hi * heap
        if whole <= min(span, by_blocks) or span * 2 >= hi:
            kept += _pg_gin(conn, gin, cond, need, hi, check)  # every match below hi at once
            break
        if span <= by_blocks:
            lo, ids, _ = _pg_walk(conn, expr, hi, span)
            kept += _pg_keep(conn, ids, cond, need)
            walked, matched = walked + hi - lo + 1, matched + len(ids)
        else:
            blocks = " | ".join(chunk_token(b) for b in range(hi >> CHUNK_BITS, first - 1, -1))
            lo = first << CHUNK_BITS
            kept += _pg_gin(conn, f"({gin}) & ({blocks})", cond, need, hi, check)
        read, hi = read + hi - lo + 1, lo - 1
    return kept[:n]


def _pg_walk(conn: Any, expr: str, hi: int, rows: int,
             wide: str | None = None) -> tuple[int, list[int], int]:
    """Walk the `rows` newest pledges with an id ≤ hi by the primary key: (the lowest id
    walked, the matches among them, newest first, and how many of them match `wide`)."""
    count_wide = "count(*) FILTER (WHERE tsv @@ to_tsquery('simple', :w))" if wide else "0"
    lo, ids, seen = conn.execute(text(
        "SELECT min(pledge_id), array_agg(pledge_id ORDER BY pledge_id DESC)"
        f" FILTER (WHERE tsv @@ to_tsquery('simple', :m)), {count_wide}"
        " FROM (SELECT pledge_id, tsv FROM pledge_search WHERE pledge_id <= :hi"
        " ORDER BY pledge_id DESC LIMIT :rows) newest"),
        {"m": expr, "w": wide, "hi": hi, "rows": rows}
    ).one()
    return (lo if lo is not None else 1), list(ids or []), int(seen or 0)


def _pg_gin(conn: Any, expr: str, cond: list[Any], n: int, hi: int,
            check: str | None = None) -> list[int]:
    """The newest n matches with an id ≤ hi that pass the filters, by the GIN index: all
    matches are found anyway, but only as many ids as the filters need are sent back.
    `check`: the expression the index's rows must match as well (see _pg_candidates)."""
    limit = 2 * n
    while True:
        ids = _pg_match(conn, expr, hi, limit, check)
        kept = _pg_keep(conn, ids, cond, n)
        if len(kept) >= n or len(ids) < limit:
            return kept
        limit *= 8


_PHRASE_OP = re.compile(r"\s*<->\s*")


def _pg_match(conn: Any, expr: str, hi: int, limit: int, check: str | None = None
              ) -> list[int]:
    """Ids of the matches with an id ≤ hi by the GIN index, newest first; the first `limit`.
    `pledge_id + 0`: ordered by the key, the planner may walk the primary key instead and
    test every row, which the caller has already weighed against this. `check` is tested on
    the rows the index found (OFFSET 0 keeps the planner from giving it to the index)."""
    if check is None:
        return list(conn.scalars(text(
            "SELECT pledge_id FROM pledge_search WHERE tsv @@ to_tsquery('simple', :m)"
            " AND pledge_id <= :hi ORDER BY pledge_id + 0 DESC LIMIT :limit"),
            {"m": expr, "hi": hi, "limit": limit}))
    return list(conn.scalars(text(
        "SELECT pledge_id FROM (SELECT pledge_id, tsv FROM pledge_search"
        " WHERE tsv @@ to_tsquery('simple', :m) AND pledge_id <= :hi OFFSET 0) found"
        " WHERE tsv @@ to_tsquery('simple', :c) ORDER BY pledge_id DESC LIMIT :limit"),
        {"m": expr, "c": check, "hi": hi, "limit": limit}))


def _pg_keep(conn: Any, ids: list[int], cond: list[Any], n: int) -> list[int]:
    """The first n of `ids` (newest first) that pass the SQL filters."""
    if not cond:
        return ids[:n]
    kept: list[int] = []
    read = 0
    step = 2 * n
    while read < len(ids) and len(kept) < n:
        part = ids[read : read + step]
        read += len(part)
        stmt = (
            select(PledgeRow.id)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(PledgeRow.id == any_(bindparam("part", part, type_=ARRAY(Integer))), *cond)
            .order_by(PledgeRow.id.desc())
            .limit(n - len(kept))
        )
        kept += conn.scalars(stmt)
        step *= 4
    return kept


def _tagged(session: Session, slug: str, cond: list[Any], n: int) -> list[int]:
    """The newest n pledges tagged `slug` (and not of a failed document), for a search with
    no filter the text index applies. Read from pledge_topics on its (topic, pledge_id)
    index, newest first, stopping at n: in the text index the topic's token is on tens of
    thousands of pledges of a large store, which a GIN index reads in full (tens of ms) and
    then keeps an arbitrary n of; this is the same SQL, and the same pledges, on both
    databases. With a year or unit filter the text index's intersection stays cheaper: a
    year's pledges are spread over the whole topic list."""
    stmt = (
        select(PledgeTopicRow.pledge_id)
        .join(PledgeRow, PledgeRow.id == PledgeTopicRow.pledge_id)
        .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
        .where(PledgeTopicRow.topic == slug, *cond)
        .order_by(PledgeTopicRow.pledge_id.desc())
        .limit(n)
    )
    return list(session.connection().scalars(stmt))


def _score(body: str, q: Query, topical: float) -> float:
    """1.5 × the share of the words found + 2 for the whole phrase + 1 per quoted phrase
    + 0.5 × the share of the query naming a topic the pledge is tagged with + up to 0.5 for
    a short task. Words found weigh most: a tag without the words is a weaker hint."""
    toks = body.split()
    tokset = set(toks)
    padded = f" {body} "
    words = q.words or q.all_words

    def has(w: str) -> bool:
        return w in tokset or (w in q.prefix and any(t.startswith(w) for t in toks))

    score = 1.5 * sum(1 for w in words if has(w)) / len(words)
    if len(q.words) >= 2 and f" {' '.join(q.words)} " in padded:
        score += 2.0
    score += sum(1.0 for p in q.phrases if f" {' '.join(p)} " in padded)
    score += 0.5 * topical
    # of two tasks that both match, the one that is mostly the query ranks first
    score += 0.5 * min(1.0, len(q.all_words) / max(1, len(toks)))
    return score


def search_pledges(
    store: Store,
    raw: str,
    filters: Filters | None = None,
    *,
    limit: int = 20,
    topic_terms: Mapping[str, Iterable[str]] | None = None,
) -> list[Hit]:
    """Pledges matching `raw`, best first. QueryError for a query with no word in it."""
    f = filters or Filters()
    q = parse(raw)
    with store.session() as s:
        if store.dialect == "postgresql":
            # a search is a few dozen small statements, each a few ms: starting parallel
            # workers for one (the planner does, for a join over a few thousand rows) costs
            # more than the statement
            s.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        # the units once: matching the typed names against every unit's aliases costs ms
        keys = resolve_units(s, f.units, f.subordinates) if f.units else None
        cond, possible = sql_conditions(s, f, per_row=True, unit_keys=keys)
        if not possible:
            return []
        dialect = store.dialect
        best, readings = _correct(s, q)
        penalty = 1.0 if best == q else 0.9
        n = max(200, limit * 10)
        meta = meta_expr(s, f, keys)
        # the text index applies these filters itself (meta_expr) and holds no pledge of a
        # failed paper (store.load): on PostgreSQL checking them again costs two row
        # lookups a match. Dates are checked in SQL, and so is a unit list too long for
        # the index.
        exact = dialect == "postgresql" and not (f.date_from or f.date_to) and (
            not f.units or (keys is not None and 0 < len(keys) <= META_UNITS))
        match_cond = [] if exact else cond
        expand = prefix_words(s, q) if dialect == "postgresql" and q.prefix else None
        texts: dict[int, tuple[str, str]] = {}
        found = _complete_matches(s, dialect, readings, meta, match_cond, n, limit, expand,
                                  texts)
        complete = len(found)  # how many were found with every word
        for mode in ("most", "any") if complete < limit else ():
            # "any" is the last resort: a single shared syllable ("mới") is mostly noise
            if mode == "any" and found:
                break
            found.update(dict.fromkeys(
                _stage(s, dialect, readings, mode, meta, match_cond, n, expand) or ()))
            if len(found) >= limit:
                break
        topical: dict[int, float] = {}
        named = _topics_named(q, topic_terms or {})
        if named and complete >= limit:
            # enough hits have every word: a pledge with the tag but not the words cannot
            # pass them, so the tag only adds its bonus to the hits already found
            for pid, topic in s.connection().execute(
                select(PledgeTopicRow.pledge_id, PledgeTopicRow.topic).where(
                    PledgeTopicRow.pledge_id.in_(list(found)),
                    PledgeTopicRow.topic.in_(sorted(named)))
            ):
                topical[pid] = max(named[topic], topical.get(pid, 0.0))
        for slug, weight in sorted(named.items()) if complete < limit else ():
            if meta:  # a filter the topic's pledges must pass: intersect in the text index
                expr = full_expr(None, [*meta, [meta_topic(slug)]], dialect)
                tagged = _candidates(s, dialect, expr, match_cond, n)
            else:
                tagged = _tagged(s, slug, cond, n)
            for pid in tagged:
                topical[pid] = max(weight, topical.get(pid, 0.0))
        found.update(dict.fromkeys(sorted(topical)))
        return _hits(s, list(found), readings, topical, penalty, f, limit, texts)


def _stage(s: Session, dialect: str, readings: list[Query], mode: str, meta: list[list[str]],
           cond: list[Any], n: int, expand: Mapping[str, tuple[str, ...]] | None
           ) -> list[int] | None:
    """The newest n matches of one stage (match_expr's `mode`) that pass the filters; None
    where the mode does not apply to the query. With a prefix on PostgreSQL (`expand`), the
    stage without it goes along (_pg_candidates' `wide`)."""
    expr = match_expr(readings, mode, dialect, expand=expand)
    if expr is None:
        return None
    wide = None
    if expand:
        body = match_expr(readings, mode, dialect, expand=expand, wide=True)
        wide = full_expr(body, meta, dialect) if body not in (None, expr) else None
    return _candidates(s, dialect, full_expr(expr, meta, dialect), cond, n, wide)


def _complete_matches(s: Session, dialect: str, readings: list[Query], meta: list[list[str]],
                      cond: list[Any], n: int, limit: int,
                      expand: Mapping[str, tuple[str, ...]] | None,
                      texts: dict[int, tuple[str, str]]) -> dict[int, None]:
    """The matches with every word: the whole phrase first, then every word, then every
    syllable, a stage only while the ones before found fewer than `limit`.

    Each stage is a text-index query of its own, and a narrow query runs all three for the
    same few rows (a phrase of common syllables with a year filter cost FTS5 50 ms). The
    widest stage (every syllable) contains the other two: when it has fewer than n matches,
    it has them all, and the phrase and word stages are picked out of its rows here (texts:
    their folded body and index tokens, kept for scoring). A filter makes that likely, so
    with one the widest stage is asked first; without, the phrase is (a common phrase
    fills the page at once)."""
    found: dict[int, None] = {}

    def run(mode: str) -> list[int] | None:
        return _stage(s, dialect, readings, mode, meta, cond, n, expand)

    if not meta:
        found.update(dict.fromkeys(run("phrase") or ()))
        if len(found) >= limit:
            return found
    wide = run("syllables")
    if wide is not None and len(wide) < n:
        texts.update(_texts(s, wide))
        for mode in ("phrase", "all"):
            found.update(dict.fromkeys(
                i for i in wide if any(_has_all(texts[i], q, mode) for q in readings)))
            if len(found) >= limit:
                return found
        found.update(dict.fromkeys(wide))
        return found
    for mode in ("phrase", "all") if meta else ("all",):
        found.update(dict.fromkeys(run(mode) or ()))
        if len(found) >= limit:
            return found
    found.update(dict.fromkeys(wide or ()))
    return found


def _texts(s: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """{pledge id: (folded body, index tokens)} as the text index holds them."""
    if not ids:
        return {}
    if _dialect(s) == "sqlite":
        stmt = text("SELECT rowid, body, meta FROM pledge_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True))
    else:  # one array, not hundreds of parameters to send and plan
        stmt = text("SELECT pledge_id, body, meta FROM pledge_search WHERE pledge_id = ANY(:ids)"
                    ).bindparams(bindparam("ids", type_=ARRAY(Integer)))
    rows = s.connection().execute(stmt, {"ids": ids})
    return {int(pid): (body, meta) for pid, body, meta in rows}


def _has_phrase(toks: list[str], ws: tuple[str, ...], prefix: frozenset[str]) -> bool:
    """`ws` stand together in `toks` (the last one as a prefix if it was typed so)."""
    k = len(ws)
    last = ws[-1] in prefix
    for i in range(len(toks) - k + 1):
        if toks[i : i + k - 1] == list(ws[:-1]) and (
            toks[i + k - 1].startswith(ws[-1]) if last else toks[i + k - 1] == ws[-1]
        ):
            return True
    return False


def _has_all(row: tuple[str, str], q: Query, mode: str) -> bool:
    """What match_expr(…, mode) asks of the text index, for "phrase" and "all", on one row:
    the same rule read in Python (tests/test_search.py checks both give the same rows)."""
    toks, tokens = row[0].split(), set(row[1].split())
    if not all(_has_phrase(toks, p, frozenset()) for p in q.phrases):
        return False
    if mode == "phrase":
        return len(q.words) >= 2 and _has_phrase(toks, q.words, q.prefix)
    for w in query_words(q):
        if len(w) == 1 and q.prefix:
            if not _has_phrase(toks, w, q.prefix):
                return False
        elif word_token(w) not in tokens:
            return False
    return True


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


def _topics_named(q: Query, topic_terms: Mapping[str, Iterable[str]]) -> dict[str, float]:
    """{topic: share of the query's words its term covers} for the taxonomy terms the query
    is or contains ("giảm hộ nghèo" contains "hộ nghèo": giam_ngheo, 2/3). A one-syllable term
    counts only as the whole query ("cầu" alone is a bridge; inside a query it is any "cầu")."""
    ws = q.all_words
    out: dict[str, float] = {}
    for i in range(len(ws)):
        for j in range(i + 1, min(len(ws), i + 8) + 1):
            if j - i < 2 and len(ws) > 1:
                continue
            for slug in topic_terms.get(" ".join(ws[i:j]), ()):
                out[slug] = max(out.get(slug, 0.0), (j - i) / len(ws))
    return out


def _hits(s: Session, ids: list[int], readings: list[Query], topical: dict[int, float],
          penalty: float, f: Filters, limit: int,
          texts: dict[int, tuple[str, str]] | None = None) -> list[Hit]:
    if not ids:
        return []
    # the folded body as the index holds it: folding hundreds of candidates again in Python
    # cost more than the text search itself
    texts = dict(texts or {})
    texts.update(_texts(s, [i for i in ids if i not in texts]))
    scored = []
    for pid in ids:
        if pid not in texts:
            continue  # not in the text index (yet): nothing to score it on
        body = texts[pid][0]
        sc = round(max(_score(body, q, topical.get(pid, 0.0)) for q in readings) * penalty, 4)
        scored.append((sc, pid))
    scored.sort(key=lambda x: (-x[0], x[1]))
    # The text index has filtered by status already (meta_expr); the status shown is read
    # from the evaluations, and a hit whose status changed since its token was written (a
    # store written to by other means than camket's) is left out rather than shown wrong.
    step = limit
    chosen: list[tuple[float, int, str]] = []
    for i in range(0, len(scored), step):
        part = scored[i : i + step]
        statuses = statuses_at(s, [pid for _, pid in part])
        for sc, pid in part:
            status = statuses.get(pid, "unknown")
            if not f.statuses or status in f.statuses:
                chosen.append((sc, pid, status))
        if len(chosen) >= limit:
            break
    chosen = chosen[:limit]
    rows = {
        p.id: (p, file)
        for p, file in s.execute(
            select(PledgeRow, DocumentRow.basename)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(PledgeRow.id.in_([pid for _, pid, _ in chosen]))
        )
    }
    topics = pledge_topics(s, [pid for _, pid, _ in chosen])
    out = []
    for sc, pid, status in chosen:
        p, file = rows[pid]
        out.append(Hit(p.id, p.task, p.unit, p.leader, iso(p.deadline), status, file, p.page,
                       sc, topics.get(p.id, []), p.year, p.document_id))
    return out
