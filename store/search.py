"""`camket search`: ranked full-text search over pledges (and pages of documents).

How a query is read (any string a user can type is a valid query):
- it is folded like the index (store.search_index.fold): case, diacritics, đ, tone
  placement and punctuation do not matter; emoji and symbols are word breaks;
- "quoted words" are a phrase that must occur; a trailing `*` makes a word a prefix;
  `AND`, `OR`, `NOT`, parentheses are read as nothing (every word counts anyway);
- the unquoted words are read as Vietnamese words, not syllables (store.search_index.segment
  over a word list from underthesea: `giao thông nông thôn` is two words); they are looked
  for first as one phrase, then all of them anywhere in the task, then (when a word has
  several syllables) all the syllables anywhere, then (for three words or more) at least two
  of them, and only when all that finds nothing, any one of them; a word
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
from store.search_index import fold, meta_topic, meta_unit, segment, word_token

MAX_QUERY = 2000  # characters kept of a query; a pasted page is cut, not refused
MAX_WORDS = 32
HALF_WORDS = 5


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


def _ts_phrase(ws: tuple[str, ...], prefix: frozenset[str]) -> str:
    parts = [w + (":*" if i == len(ws) - 1 and w in prefix else "") for i, w in enumerate(ws)]
    return "(" + " <-> ".join(parts) + ")"


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


def match_expr(readings: list[Query], mode: str, dialect: str, *, words: bool = True
               ) -> str | None:
    """One FTS5 MATCH string / tsquery for `mode` over the readings.

    phrase: the unquoted words as one phrase; all: every word; syllables: every syllable,
    anywhere (for a query of two syllables or more: the word list may cut the query where
    the task does not, "giám hộ | nghèo" against "giảm tỷ lệ hộ nghèo"); half: at least two
    of the words (any pair of the first five: ten pairs; more costs the index too much on a large
    store); any: one word (in a query of several words, a one-syllable word as a syllable). Quoted
    phrases are required in all modes but "any".

    With `words` (the pledge index), a word is its word token (store.search_index.word_tokens):
    a word of several syllables is found wherever its syllables stand together, a word of one
    syllable only where it is not part of a longer word ("thông" is not found in "giao
    thông"). The page index has no word tokens: there (`words=False`) a word is a syllable.
    """
    ph = _fts_phrase if dialect == "sqlite" else _ts_phrase
    and_, or_ = (" AND ", " OR ") if dialect == "sqlite" else (" & ", " | ")

    def body(ws: tuple[str, ...], prefix: frozenset[str]) -> str:
        return f"body : {ph(ws, prefix)}" if words and dialect == "sqlite" else ph(ws, prefix)

    def word(w: tuple[str, ...], q: Query) -> str:
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
        if mode == "half" and len(units) < 3:
            return None  # with one or two words, "half" is "all" or "any"
        if mode == "syllables" and (not words or len(q.words) < 2):
            return None  # the same as "all", or a one-syllable query: never inside a word
        required = [body(p, frozenset()) for p in q.phrases]
        if mode == "phrase":
            # the words of several syllables in it are implied by the phrase (every one is
            # indexed wherever it occurs) and far rarer than its syllables: the index
            # intersects them first and checks positions on few rows
            groups = [body(q.words, q.prefix)] + [word(w, q) for w in units
                                                  if words and len(w) > 1]
        elif mode == "syllables":
            groups = [body((w,), q.prefix) for w in dict.fromkeys(q.words)]
        elif mode == "half":
            first = units[:HALF_WORDS]
            pairs = [f"({word(a, q)}{and_}{word(b, q)})"
                     for i, a in enumerate(first) for b in first[i + 1 :]]
            groups = [f"({or_.join(pairs)})"]
        elif mode == "any" and len(q.words) >= 2:
            # the last resort of a query of several words: its one-syllable words as syllables
            # (the task may have them inside a longer word); its longer words stay words
            groups = [word(w, q) if len(w) > 1 else body(w, q.prefix) for w in units]
        else:
            groups = [word(w, q) for w in units]
        if mode == "any":
            alts.append(or_.join(groups + required))
        else:
            alts.append(and_.join(groups + required))
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


def meta_expr(s: Session, f: Filters, unit_keys: set[str] | None = None) -> list[list[str]]:
    """The filters the text index can apply itself, as groups of alternative meta tokens
    (store.search_index.meta_tokens): year, unit (up to 64 unit keys), topic, kind, level.

    The SQL conditions stay as well: the tokens only narrow the text index's work (a unit
    whose level became known after its pledges were indexed still answers through SQL once
    the index is rebuilt; until then a --level search can miss its older pledges).
    """
    groups = []
    if f.year is not None:
        groups.append([f"zy{f.year}"])
    if f.units:
        keys = (unit_keys if unit_keys is not None
                else resolve_units(s, f.units, f.subordinates))
        if 0 < len(keys) <= 64:
            groups.append(sorted(meta_unit(k) for k in keys))
    if f.topics:
        groups.append(sorted(meta_topic(t) for t in f.topics))
    if f.kinds:
        groups.append(sorted(f"zk{k}" for k in f.kinds))
    if f.level:
        groups.append([f"zl{f.level}"])
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


def _candidates(session: Session, dialect: str, expr: str, cond: list[Any], n: int) -> list[int]:
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
        return _pg_candidates(session, expr, cond, n)
    return list(session.connection().scalars(stmt, {"m": expr}))


# up to n × _PG_FEW matches are read whole; beyond, id windows of n × each of _PG_WINDOWS
# are tried before the whole table (see _pg_candidates)
_PG_FEW = 5
_PG_WINDOWS: tuple[float, ...] = (20, 200)


def _pg_candidates(session: Session, expr: str, cond: list[Any], n: int) -> list[int]:
    """The newest n matches that pass the filters, exactly as FTS5 gives them on SQLite.

    A GIN index has no order, so "newest first, stop after n" cannot be asked of it
    directly, and cutting its matches at an arbitrary count would keep other pledges than
    SQLite does. When there are more than a few: pledge ids grow with time, the newest ids
    are searched first (the GIN
    bitmap ANDed with the primary key's range), and the window widens only when it holds
    fewer than n; a window that does hold n holds the newest n overall."""
    conn = session.connection()
    # Most queries match few pledges: read them all at once, no window needed.
    cap = n * _PG_FEW
    few = list(conn.scalars(text("SELECT pledge_id FROM pledge_search "
                                 "WHERE tsv @@ to_tsquery('simple', :m) LIMIT :cap"),
                            {"m": expr, "cap": cap + 1}))
    if len(few) <= cap:
        if not few:
            return []
        stmt = (
            select(PledgeRow.id)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(PledgeRow.id == any_(bindparam("few", few, type_=ARRAY(Integer))), *cond)
            .order_by(PledgeRow.id.desc())
            .limit(n)
        )
        return list(conn.scalars(stmt))
    top = conn.scalar(text("SELECT max(pledge_id) FROM pledge_search")) or 0
    windows = [top - k * n for k in _PG_WINDOWS if top - k * n > 0] + [None]
    for low in windows:
        where = "tsv @@ to_tsquery('simple', :m)" + ("" if low is None else " AND pledge_id > :low")
        ps = text(f"SELECT pledge_id FROM pledge_search WHERE {where}").columns(
            column("pledge_id")).subquery("ps")
        stmt = (
            select(PledgeRow.id)
            .select_from(ps)
            .join(PledgeRow, PledgeRow.id == ps.c.pledge_id)
            .join(DocumentRow, DocumentRow.id == PledgeRow.document_id)
            .where(*cond)
            .order_by(PledgeRow.id.desc())
            .limit(n)
        )
        found = list(conn.scalars(stmt, {"m": expr, "low": low}))
        if len(found) >= n or low is None:
            return found
    return []


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
        # the units once: matching the typed names against every unit's aliases costs ms
        keys = resolve_units(s, f.units, f.subordinates) if f.units else None
        cond, possible = sql_conditions(s, f, per_row=True, unit_keys=keys)
        if not possible:
            return []
        dialect = store.dialect
        best, readings = _correct(s, q)
        penalty = 1.0 if best == q else 0.9
        n = max(200, limit * 10) * (3 if f.statuses else 1)
        meta = meta_expr(s, f, keys)
        found: dict[int, None] = {}
        complete = 0  # how many were found with every word
        for mode in ("phrase", "all", "syllables", "half", "any"):
            # "any" is the last resort: a single shared syllable ("mới") is mostly noise
            if mode == "any" and found:
                break
            expr = match_expr(readings, mode, dialect)
            if expr is None:
                continue
            found.update(dict.fromkeys(
                _candidates(s, dialect, full_expr(expr, meta, dialect), cond, n)))
            if mode in ("phrase", "all", "syllables"):
                complete = len(found)
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
                tagged = _candidates(s, dialect, expr, cond, n)
            else:
                tagged = _tagged(s, slug, cond, n)
            for pid in tagged:
                topical[pid] = max(weight, topical.get(pid, 0.0))
        found.update(dict.fromkeys(sorted(topical)))
        return _hits(s, list(found), readings, topical, penalty, f, limit)


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
          penalty: float, f: Filters, limit: int) -> list[Hit]:
    if not ids:
        return []
    scored = []
    # the folded body as the index holds it: folding hundreds of candidates again in Python
    # cost more than the text search itself
    sql = ("SELECT rowid, body FROM pledge_fts WHERE rowid IN :ids" if _dialect(s) == "sqlite"
           else "SELECT pledge_id, body FROM pledge_search WHERE pledge_id IN :ids")
    for pid, body in s.connection().execute(text(sql).bindparams(bindparam("ids", expanding=True)),
                               {"ids": ids}):
        sc = round(max(_score(body, q, topical.get(pid, 0.0)) for q in readings) * penalty, 4)
        scored.append((sc, pid))
    scored.sort(key=lambda x: (-x[0], x[1]))
    # The status never orders, it only filters: look it up best first, a slice at a time,
    # until enough hits pass (without a status filter, only for the hits shown).
    step = 100 if f.statuses else limit
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
