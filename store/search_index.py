"""The search index: folded text per pledge and per page, kept in step with the rows.

Folding is a storage concern, so it lives here and not in nlp/: the store must give the
same answer to `nong thon moi`, `NÔNG THÔN MỚI` and `nông thôn mới` whoever wrote the rows.
The text is folded ONCE, in Python, and the same folded words are handed to both
databases; neither database folds anything. That is what makes SQLite and PostgreSQL agree
token for token (FTS5's `remove_diacritics` leaves `đ` alone and PostgreSQL's `unaccent`
has its own table; a second fold in SQL would be a second opinion).

Folded text is lower case ASCII letters and digits separated by single spaces: every mark
is stripped (so the old and new tone placement, hoà/hòa, fold to the same word), đ→d, and
every other character is a word break. Matching is on whole syllables; a multi-syllable
Vietnamese word is matched as a phrase (`giao thông` is the phrase "giao thong", never
`thông` alone).

Index objects (created by migration 0002):
- SQLite: FTS5 tables `pledge_fts` (rowid = pledge id; columns body and meta, the filter
  tokens of meta_tokens) and `page_fts` (rowid = document id
  × PAGE_SPAN + page), with triggers removing a pledge's / document's entries with the row;
- PostgreSQL: `pledge_search` / `page_search` with a stored `tsvector` (`simple` config,
  of body and meta, and for a pledge its id block's token: PG_PLEDGE_TSV, migration 0006)
  and a GIN index each; rows go with their pledge/document (ON DELETE CASCADE);
- both: `search_terms`, the vocabulary, which typo correction picks from.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# A document has at most Settings.max_pages (2000) pages: its page rows live in one rowid
# range, so a re-save clears them with one range delete.
PAGE_SPAN = 100_000

# gin_pending_list_limit of the pledge index on PostgreSQL (kB; migration 0003)
PG_PENDING_KB = 256

# PostgreSQL: every pledge's tsvector also holds the token zc<pledge id >> CHUNK_BITS>, its
# block of 16,384 consecutive ids (migration 0006). A GIN index answers with every match at
# once, unordered, and fetches each from the table; ANDed with the newest blocks' tokens it
# answers with the newest matches only (store.search._pg_candidates). Small blocks: the
# index steps through every id of the blocks asked for.
CHUNK_BITS = 14
PG_PLEDGE_TSV = ("to_tsvector('simple'::regconfig,"
                 f" body || ' ' || meta || ' zc' || (pledge_id >> {CHUNK_BITS})::text)")


def chunk_token(chunk: int) -> str:
    return f"zc{chunk}"


# Tables and indexes that exist outside the SQLAlchemy models (virtual tables, tsvector
# columns, GIN indexes, and the PostgreSQL-only expression index of store.filters' twin
# lookup, migration 0007): the schema-vs-models comparison leaves these out.
INDEX_OBJECTS = frozenset(
    [f"{t}{part}" for t in ("pledge_fts", "page_fts")
     for part in ("", "_config", "_content", "_data", "_docsize", "_idx")]
    + ["pledge_search", "page_search", "search_terms", "ix_pledge_search_tsv",
       "ix_page_search_tsv", "ix_pledges_twin"]
)

_D = str.maketrans(dict.fromkeys("đĐðÐ", "d"))
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Every mark Vietnamese uses decomposes into this block (tones, circumflex, breve, horn);
# any other mark is a word break below, like any other non-letter.
_MARKS = re.compile("[\u0300-\u036f]+")


def fold(s: str) -> str:
    """The matching form of a text: lower, no marks, đ→d, ASCII words joined by one space."""
    if s.isascii():
        return _NON_WORD.sub(" ", s.lower()).strip()
    d = _MARKS.sub("", unicodedata.normalize("NFD", s.lower().translate(_D)))
    return _NON_WORD.sub(" ", d).strip()


def words(s: str) -> list[str]:
    f = fold(s)
    return f.split(" ") if f else []


def pledge_body(task: str, target: str | None) -> str:
    """What a pledge is searched by: its task and its target (chỉ tiêu), folded."""
    return fold(task + (" " + target if target else ""))


# -- words of several syllables --------------------------------------------------------------

WORDS_FILE = Path(__file__).parent / "data" / "words.txt"  # built by bench/build_words.py
MAX_SYLLABLES = 4


@functools.cache
def lexicon() -> frozenset[str]:
    """Folded Vietnamese words of 2-4 syllables ("giao thong", "an ninh")."""
    lines = WORDS_FILE.read_text("utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


_END = ""  # marks a word's last syllable in the trie (no syllable is empty)


@functools.cache
def _trie() -> dict[str, Any]:
    # nested dicts syllable by syllable: matching a sentence is dict lookups, no string joins
    # (a million pledges are segmented at index build time)
    root: dict[str, Any] = {}
    for w in lexicon():
        node = root
        for s in w.split():
            node = node.setdefault(s, {})
        node[_END] = True
    return root


def _words_at(syllables: Sequence[str]) -> list[list[int]]:
    """For each position, the lengths (≥2) of the words of the word list starting there."""
    trie, n = _trie(), len(syllables)
    out: list[list[int]] = []
    for i in range(n):
        found, node, j = [], trie.get(syllables[i]), i + 1
        while node is not None and j < n and j - i < MAX_SYLLABLES:
            node = node.get(syllables[j])
            j += 1
            if node is not None and _END in node:
                found.append(j - i)
        out.append(found)
    return out


def segment(syllables: Sequence[str], at: list[list[int]] | None = None
            ) -> list[tuple[str, ...]]:
    """The syllables grouped into words: the fewest words the word list allows, then the
    fewest left as single syllables, then the longer word last, so "dat chuan nong thon moi"
    is dat | chuan | nong thon | moi and "an ninh tay nguyen" is an ninh | tay nguyen (on a
    tie, matching from the end is the usual better guess for Vietnamese).

    Dynamic programming over the sentence, not greedy longest match: greedy takes "an ninh
    tay" out of "an ninh tay nguyen" and leaves "nguyen" alone.
    """
    at = _words_at(syllables) if at is None else at
    n = len(syllables)
    # best[i]: (words, single syllables, length of the first word) for syllables[i:]
    best: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)
    for i in range(n - 1, -1, -1):
        w, s1, _ = best[i + 1]
        choice = (w + 1, s1 + 1, 1)
        for k in at[i]:
            w, s1, _ = best[i + k]
            choice = min(choice, (w + 1, s1, k))
        best[i] = choice
    out, i = [], 0
    while i < n:
        k = best[i][2]
        out.append(tuple(syllables[i : i + k]))
        i += k
    return out


def word_token(word: Sequence[str]) -> str:
    """The index token of a word: zw + its syllables joined by 0 (a digit keeps it one token
    for both FTS5 and PostgreSQL, and no folded syllable of a dictionary word has one)."""
    return "zw" + "0".join(word)


def word_tokens(body: str) -> str:
    """The word tokens of a folded text: every word of the word list that occurs in it, and
    each syllable that stands as a word of its own in segment(). So "thong" alone finds
    "thong tin tuyen truyen" only through the word "thong tin", never as "thong": a query of
    one syllable does not match inside a word of several.
    """
    syl = body.split()
    at = _words_at(syl)
    out: dict[str, None] = {}
    for i, lengths in enumerate(at):
        for k in lengths:
            out[word_token(syl[i : i + k])] = None
    for w in segment(syl, at):
        if len(w) == 1:
            out[word_token(w)] = None
    return " ".join(out)


# -- writing ------------------------------------------------------------------------------


def _add_terms(conn: Connection | Session, bodies: Iterable[str]) -> None:
    terms = sorted({w for b in bodies for w in b.split(" ") if w})
    if not terms:
        return
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    verb = "INSERT OR IGNORE INTO" if dialect == "sqlite" else "INSERT INTO"
    tail = "" if dialect == "sqlite" else " ON CONFLICT DO NOTHING"
    for i in range(0, len(terms), 5000):
        conn.execute(
            text(f"{verb} search_terms (term) VALUES (:t){tail}"),
            [{"t": t} for t in terms[i : i + 5000]],
        )


def _h(key: str) -> str:
    return hashlib.blake2s(key.encode("utf-8"), digest_size=6).hexdigest()


def meta_tokens(year: int | None, unit_key: str | None, kind: str | None,
                topics: Iterable[str], level: str | None = None, status: str | None = None
                ) -> str:
    """The filters a pledge answers to, as index tokens (z… never folds out of a word list a
    user types for a task): zy<year>, zu<hash of unit key>, zk<kind>, zt<topic>, zl<level>,
    zs<status> (its status now, "unknown" when nothing judged it).

    They let the text index apply every filter but dates itself: with a million pledges
    "giải phóng mặt bằng" in one unit is a few rows there, not thousands of matches checked
    one by one against the pledges table. Level and status are learnt after the pledge is
    saved: store.search_meta keeps them up to date.
    """
    out = []
    if year is not None:
        out.append(f"zy{year}")
    if unit_key:
        out.append(meta_unit(unit_key))
    if kind:
        out.append(f"zk{kind}")
    out += [meta_topic(t) for t in topics]
    if level:
        out.append(f"zl{_NON_WORD.sub('', level.lower())}")
    if status:
        out.append(meta_status(status))
    return " ".join(out)


def meta_status(status: str) -> str:
    return "zs" + _NON_WORD.sub("", status.lower())


def meta_unit(unit_key: str) -> str:
    return "zu" + _h(unit_key)


def meta_topic(slug: str) -> str:
    return "zt" + _NON_WORD.sub("", slug.lower())


def index_pledges(conn: Connection | Session,
                  rows: Sequence[tuple[int, str, str | None, str]]) -> None:
    """Index (pledge id, task, target, meta_tokens(…)) rows, in the caller's transaction."""
    if not rows:
        return
    data = []
    for pid, task, target, meta in rows:
        body = pledge_body(task, target)
        data.append({"id": pid, "body": body, "meta": f"{meta} {word_tokens(body)}".strip()})
    if _dialect(conn) == "sqlite":
        conn.execute(
            text("INSERT INTO pledge_fts (rowid, body, meta) VALUES (:id, :body, :meta)"), data)
    else:
        conn.execute(
            text("INSERT INTO pledge_search (pledge_id, body, meta) VALUES (:id, :body, :meta) "
                 "ON CONFLICT (pledge_id) DO UPDATE SET body = excluded.body, "
                 "meta = excluded.meta"),
            data,
        )
    _add_terms(conn, (str(d["body"]) for d in data))


def index_pages(conn: Connection | Session, doc_id: int, pages: dict[int, str]) -> None:
    """Replace a document's page index with {page number: page text}."""
    data = [
        {"doc": doc_id, "page": n, "id": doc_id * PAGE_SPAN + n, "body": fold(t)}
        for n, t in sorted(pages.items())
        if 0 <= n < PAGE_SPAN and t.strip()
    ]
    if _dialect(conn) == "sqlite":
        lo, hi = doc_id * PAGE_SPAN, doc_id * PAGE_SPAN + PAGE_SPAN - 1
        conn.execute(text("DELETE FROM page_fts WHERE rowid BETWEEN :lo AND :hi"),
                     {"lo": lo, "hi": hi})
        if data:
            conn.execute(text("INSERT INTO page_fts (rowid, body) VALUES (:id, :body)"), data)
    else:
        conn.execute(text("DELETE FROM page_search WHERE document_id = :d"), {"d": doc_id})
        if data:
            conn.execute(
                text("INSERT INTO page_search (document_id, page, body) "
                     "VALUES (:doc, :page, :body)"),
                data,
            )
    _add_terms(conn, (str(d["body"]) for d in data))


def page_texts(text_: str, blocks: Iterable[Any]) -> dict[int, str]:
    """Page number → the text of its blocks, from the dossier's blocks (start/end/page)."""
    out: dict[int, list[str]] = {}
    for b in blocks:
        piece = text_[b.start : b.end] if b.end > b.start else b.text
        out.setdefault(b.page, []).append(piece or b.text)
    return {n: "\n".join(parts) for n, parts in out.items()}


StatusesOf = Callable[[Connection, list[int]], dict[int, str]]


def rebuild(conn: Connection, *, statuses: StatusesOf | None, batch: int = 20_000) -> int:
    """Index every pledge from scratch (migration of an existing store, bulk loads).

    `statuses`: each pledge's status now (store.search_meta.statuses), for its status token.
    None only for the migrations written before status tokens existed (0002, 0003): the
    store's tables then lack what a status is read from, and 0010 indexes again with them."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM pledge_fts"))
    else:
        conn.execute(text("DELETE FROM pledge_search"))
    last, n = 0, 0
    while True:
        rows = conn.execute(
            text("SELECT p.id, p.task, p.target, p.year, p.unit_key, d.kind, u.level "
                 "FROM pledges p JOIN documents d ON d.id = p.document_id "
                 "LEFT JOIN units u ON u.key = p.unit_key "
                 # a failed paper's pledges are never searched (store.load)
                 "WHERE p.id > :last AND d.status != 'failed' ORDER BY p.id LIMIT :n"),
            {"last": last, "n": batch},
        ).all()
        if not rows:
            break
        topics: dict[int, list[str]] = {}
        for pid, topic in conn.execute(
            text("SELECT pledge_id, topic FROM pledge_topics WHERE pledge_id BETWEEN :a AND :b "
                 "ORDER BY pledge_id, position"),
            {"a": rows[0][0], "b": rows[-1][0]},
        ):
            topics.setdefault(pid, []).append(topic)
        status = statuses(conn, [r[0] for r in rows]) if statuses else {}
        index_pledges(conn, [
            (r[0], r[1], r[2], meta_tokens(r[3], r[4], r[5], topics.get(r[0], []), r[6],
                                           status.get(r[0], "unknown") if statuses else None))
            for r in rows
        ])
        last, n = rows[-1][0], n + len(rows)
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO pledge_fts (pledge_fts) VALUES ('optimize')"))
    else:
        # A bulk insert leaves up to gin_pending_list_limit of unsorted entries in the GIN
        # index, which every search then reads in full (hundreds of pages after a rebuild):
        # merge them into the index now.
        conn.execute(text("SELECT gin_clean_pending_list('ix_pledge_search_tsv')"))
    return n


def _dialect(conn: Connection | Session) -> str:
    return conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name


# -- DDL (migration 0002; 0006 redefines pledge_search.tsv as PG_PLEDGE_TSV) ------------

SQLITE_DDL = (
    # The folded text is ASCII words already: the tokenizer only has to split on spaces.
    "CREATE VIRTUAL TABLE pledge_fts USING fts5(body, meta,"
    " tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    "CREATE VIRTUAL TABLE page_fts USING fts5(body, tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER pledge_fts_forget AFTER DELETE ON pledges BEGIN "
    "DELETE FROM pledge_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER page_fts_forget AFTER DELETE ON documents BEGIN "
    f"DELETE FROM page_fts WHERE rowid BETWEEN old.id * {PAGE_SPAN} "
    f"AND old.id * {PAGE_SPAN} + {PAGE_SPAN - 1}; END",
    "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
)

SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS pledge_fts_forget",
    "DROP TRIGGER IF EXISTS page_fts_forget",
    "DROP TABLE IF EXISTS pledge_fts",
    "DROP TABLE IF EXISTS page_fts",
    "DROP TABLE IF EXISTS search_terms",
)

PG_DDL = (
    "CREATE TABLE pledge_search ("
    " pledge_id integer PRIMARY KEY REFERENCES pledges(id) ON DELETE CASCADE,"
    " body text NOT NULL,"
    " meta text NOT NULL DEFAULT '',"
    " tsv tsvector GENERATED ALWAYS AS"
    " (to_tsvector('simple'::regconfig, body || ' ' || meta)) STORED)",
    "CREATE INDEX ix_pledge_search_tsv ON pledge_search USING gin (tsv)",
    "CREATE TABLE page_search ("
    " document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " page integer NOT NULL,"
    " body text NOT NULL,"
    " tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED,"
    " PRIMARY KEY (document_id, page))",
    "CREATE INDEX ix_page_search_tsv ON page_search USING gin (tsv)",
    "CREATE TABLE search_terms (term text PRIMARY KEY)",
)

PG_DROP = (
    "DROP TABLE IF EXISTS pledge_search",
    "DROP TABLE IF EXISTS page_search",
    "DROP TABLE IF EXISTS search_terms",
)
