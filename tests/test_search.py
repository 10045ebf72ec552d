"""Search: folding rules, query reading, and ranked search on SQLite and PostgreSQL for real."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from pipeline.cli import cli
from store.filters import Filters
from store.load import save
from store.search import QueryError, match_expr, parse, search_pledges
from store.search_index import fold, pledge_body
from store.search_pages import search_documents

# -- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "folded"),
    [
        ("Nông thôn mới", "nong thon moi"),
        ("NÔNG THÔN MỚI", "nong thon moi"),
        ("nông  thôn\u00a0mới", "nong thon moi"),
        ("Đường tránh Quốc lộ 9", "duong tranh quoc lo 9"),
        ("đảng ủy", "dang uy"),
        ("ðường", "duong"),  # the eth some converters put for đ
        ("hoà bình", "hoa binh"),  # old tone placement
        ("hòa bình", "hoa binh"),  # new tone placement
        ("thuỷ lợi", "thuy loi"),
        ("thủy lợi", "thuy loi"),
        ("n\u00f4\u0302ng", "nong"),  # stray combining mark
        ("nông thôn mới".encode().decode("utf-8"), "nong thon moi"),
        ("Nghị quyết số 05-NQ/TU", "nghi quyet so 05 nq tu"),
        ("COVID-19", "covid 19"),
        ("tỷ lệ 50%", "ty le 50"),
        ("😀 thuế 🎉", "thue"),
        ("(((", ""),
        ("", ""),
    ],
)
def test_fold(given: str, folded: str) -> None:
    assert fold(given) == folded


def test_fold_nfd_equals_nfc() -> None:
    import unicodedata

    s = "Giải phóng mặt bằng đường tránh"
    assert fold(unicodedata.normalize("NFD", s)) == fold(s)


def test_pledge_body_adds_the_target() -> None:
    assert pledge_body("Thu ngân sách", "vượt 10% dự toán") == "thu ngan sach vuot 10 du toan"


# -- reading a query --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "words", "phrases", "prefix"),
    [
        ("nong thon moi", ("nong", "thon", "moi"), (), ()),
        ('"giao thông" nông thôn', ("nong", "thon"), (("giao", "thong"),), ()),
        ("“giao thông”", (), (("giao", "thong"),), ()),
        ("dang vien AND ket nap", ("dang", "vien", "ket", "nap"), (), ()),
        ("(ket nap) OR (dang vien)", ("ket", "nap", "dang", "vien"), (), ()),
        ("chuyen doi*", ("chuyen", "doi"), (), ("doi",)),
        ("tinh l*", ("tinh", "l"), (), ()),  # one letter is no prefix
        ("thuế 😀", ("thue",), (), ()),
        ('"unbalanced quote', ("unbalanced", "quote"), (), ()),
        ("và hoặc", ("va", "hoac"), (), ()),  # Vietnamese words are words, not operators
        ("x" * 10_000, ("x" * 2000,), (), ()),
    ],
)
def test_parse(raw: str, words, phrases, prefix) -> None:
    q = parse(raw)
    assert q.words == words
    assert q.phrases == phrases
    assert q.prefix == frozenset(prefix)


@pytest.mark.parametrize("raw", ["", "   ", "(((", "*", '""', "AND OR NOT", "😀🎉", "!!! ???"])
def test_parse_nothing_to_search(raw: str) -> None:
    with pytest.raises(QueryError, match="nothing to search for"):
        parse(raw)


@pytest.mark.parametrize(
    ("raw", "mode", "sqlite", "pg"),
    [
        ("giao thông", "phrase", '(body : "giao thong" AND meta : "zwgiao0thong")',
         "((giao <-> thong) & zwgiao0thong)"),
        # one word of two syllables: found as that word, never as "thông" alone
        ("giao thông", "all", '(meta : "zwgiao0thong")', "(zwgiao0thong)"),
        ("giao thông", "any", '(meta : "zwgiao0thong")', "(zwgiao0thong)"),
        ("thông", "all", '(meta : "zwthong")', "(zwthong)"),
        ("thông", "syllables", None, None),
        ("thông", "any", '(meta : "zwthong")', "(zwthong)"),
        ("an ninh thôn", "syllables", '(body : "an" AND body : "ninh" AND body : "thon")',
         "((an) & (ninh) & (thon))"),
        ("giao thông", "syllables", '(body : "giao" AND body : "thong")',
         "((giao) & (thong))"),
        ("an ninh thôn", "any", '(meta : "zwan0ninh" OR body : "thon")',
         "(zwan0ninh | (thon))"),
        ("thuế", "phrase", None, None),
        ('"so hoa" chuyen*', "all", '(body : "chuyen"* AND body : "so hoa")',
         "((chuyen:*) & (so <-> hoa))"),
    ],
)
def test_match_expressions_are_quoted(raw: str, mode: str, sqlite, pg) -> None:
    q = parse(raw)
    assert match_expr([q], mode, "sqlite") == sqlite
    assert match_expr([q], mode, "postgresql") == pg


# -- search on a real store -------------------------------------------------------------------

TASKS_2020 = [
    ("Hoàn thành xây dựng 3 xã đạt chuẩn nông thôn mới", "Quý IV/2020", "2020-12-31",
     ["nong_thon_moi"]),
    ("Giải phóng mặt bằng dự án đường tránh Quốc lộ 9", "trước ngày 30/9/2020", "2020-09-30",
     ["giai_phong_mat_bang", "giao_thong"]),
    ("Nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến lên 50%", "trong năm 2020", "2020-12-31",
     ["cai_cach_hanh_chinh"]),
    ("Đẩy mạnh thông tin tuyên truyền, số hoá hồ sơ lưu trữ", "Quý III/2020", "2020-09-30",
     ["chuyen_doi_so"]),
    ("Nâng cấp đường giao thông liên thôn Cam Thành", "tháng 11/2020", "2020-11-30",
     ["giao_thong"]),
    ("Xây dựng khu dân cư kiểu mẫu ở thôn Tân Tường", "Quý IV/2020", "2020-12-31",
     ["nong_thon_moi"]),
]


@pytest.fixture
def filled(store, commitment, evaluation):
    save(store, commitment(tasks=TASKS_2020))
    save(store, commitment(sha="d" * 64, path="/lưu trữ/2020/CK Gio Linh.pdf",
                           issuer="Huyện ủy Gio Linh", issuer_key="huyen uy gio linh",
                           tasks=[TASKS_2020[0], TASKS_2020[1]]))
    save(store, commitment(sha="f" * 64, path="/lưu trữ/2021/CK Cam Lộ 2021.docx", year=2021))
    save(store, evaluation())
    return store


def ids(hits) -> list[int]:
    return [h.id for h in hits]


def task_of(store, pid: int) -> str:
    with store.session() as s:
        return s.execute(text("SELECT task FROM pledges WHERE id = :i"), {"i": pid}).scalar()


@pytest.mark.parametrize(
    "query", ["nong thon moi", "NÔNG THÔN MỚI", "nông thôn mới", "Nông Thôn  Mới", "nong thon mơi"]
)
def test_diacritics_and_case_do_not_matter(filled, query: str) -> None:
    hits = search_pledges(filled, query, Filters(year=2020))
    assert hits, query
    assert {task_of(filled, h.id) for h in hits[:2]} == {TASKS_2020[0][0]}


def test_d_folds_to_d(filled) -> None:
    hits = search_pledges(filled, "duong tranh quoc lo", Filters(year=2020))
    assert task_of(filled, hits[0].id) == TASKS_2020[1][0]


def test_old_and_new_tone_placement_match(filled) -> None:
    for q in ("số hóa", "số hoá", "so hoa"):
        hits = search_pledges(filled, q)
        assert [h.task for h in hits] == [TASKS_2020[3][0]], q


def test_a_phrase_is_not_its_last_syllable(filled) -> None:
    hits = search_pledges(filled, "giao thông")
    tasks = [h.task for h in hits]
    assert TASKS_2020[4][0] in tasks
    # "thông tin" says thông but not giao thông
    assert TASKS_2020[3][0] not in tasks
    assert tasks[0] == TASKS_2020[4][0]


def test_one_syllable_is_not_found_inside_a_word(filled) -> None:
    # "thông" stands in "giao thông" and "thông tin": both are other words
    assert search_pledges(filled, "thông") == []
    # "thôn" (village) stands alone in "giao thông liên thôn" and "ở thôn Tân Tường"
    tasks = {h.task for h in search_pledges(filled, "thôn")}
    assert tasks == {TASKS_2020[4][0], TASKS_2020[5][0]}
    # "giao thông" never finds a task that only says "thông tin"
    assert TASKS_2020[3][0] not in {h.task for h in search_pledges(filled, "giao thông")}


@pytest.mark.parametrize(
    ("text_", "words"),
    [
        ("dat chuan nong thon moi", ["dat", "chuan", "nong thon", "moi"]),
        # fewest words, then fewest left alone: not "an ninh tay" | "nguyen"
        ("an ninh tay nguyen", ["an ninh", "tay nguyen"]),
        ("nang cap duong giao thong lien thon", ["nang cap", "duong giao thong", "lien", "thon"]),
        ("", []),
    ],
)
def test_segment(text_: str, words: list[str]) -> None:
    from store.search_index import segment

    assert [" ".join(w) for w in segment(text_.split())] == words


def test_word_tokens() -> None:
    from store.search_index import lexicon, word_tokens

    assert {"giao thong", "thong tin", "an ninh"} <= lexicon()
    assert all(len(w.split()) >= 2 for w in lexicon())
    toks = word_tokens("duong giao thong lien thon").split()
    # every word of the list that occurs, and the syllables left alone; not "thong"
    assert set(toks) == {"zwduong0giao0thong", "zwgiao0thong", "zwlien", "zwthon"}


def test_migration_0003_indexes_the_words_of_an_older_store(filled) -> None:
    from store.db import downgrade, upgrade

    downgrade(filled, "0002")
    with filled.engine.begin() as c:  # an index written before word tokens existed
        c.execute(text("DELETE FROM pledge_fts" if filled.dialect == "sqlite"
                       else "DELETE FROM pledge_search"))
    assert search_pledges(filled, "thôn") == []
    upgrade(filled, "head")
    assert {h.task for h in search_pledges(filled, "thôn")} == {TASKS_2020[4][0], TASKS_2020[5][0]}


def test_whole_syllables_only(filled) -> None:
    # "thon" (thôn) is not a prefix match of "thong" (thông), nor is "tra" of "tranh"
    assert all("tranh" not in fold(h.task).split() for h in search_pledges(filled, "tra"))


def test_typo_is_tolerated(filled) -> None:
    for q in ("giao thogn", "giai phong mat bagn", "nong thn moi"):
        hits = search_pledges(filled, q, Filters(year=2020))
        assert hits, q
    assert search_pledges(filled, "giao thogn")[0].task == TASKS_2020[4][0]


def test_topic_name_finds_tagged_pledges(filled) -> None:
    terms = {"nong thon moi": frozenset({"nong_thon_moi"})}
    plain = {h.task for h in search_pledges(filled, "nông thôn mới", Filters(year=2020))}
    tagged = {h.task for h in search_pledges(filled, "nông thôn mới", Filters(year=2020),
                                             topic_terms=terms)}
    # the model-village pledge never says "nông thôn mới" but is tagged with the topic
    assert TASKS_2020[5][0] not in plain
    assert TASKS_2020[5][0] in tagged


def test_filters(filled) -> None:
    q = "giai phong mat bang"
    every = search_pledges(filled, q)
    assert {h.unit for h in every} == {"Huyện ủy Cam Lộ", "Huyện ủy Gio Linh"}
    assert {h.unit for h in search_pledges(filled, q, Filters(units=("GIO LINH",)))} == {
        "Huyện ủy Gio Linh"}
    assert {h.unit for h in search_pledges(filled, q, Filters(units=("huyện ủy cam lộ",)))} == {
        "Huyện ủy Cam Lộ"}
    assert search_pledges(filled, q, Filters(units=("Hải Lăng",))) == []
    assert {h.year for h in search_pledges(filled, q, Filters(year=2021))} == {2021}
    assert {h.year for h in search_pledges(filled, q, Filters(level="district"))} == {2020, 2021}
    assert search_pledges(filled, q, Filters(level="village")) == []
    assert search_pledges(filled, q, Filters(kinds=("evaluation",))) == []
    topical = search_pledges(filled, "xay dung", Filters(topics=("nong_thon_moi",), year=2020))
    assert {h.task for h in topical} == {TASKS_2020[0][0], TASKS_2020[5][0]}
    import datetime as dt

    early = search_pledges(filled, "giai phong mat bang",
                           Filters(date_to=dt.date(2020, 9, 30), date_from=dt.date(2020, 9, 1)))
    assert {h.deadline for h in early} == {"2020-09-30"}


def test_status_filter_uses_the_latest_evaluation(filled) -> None:
    from store.load import set_link

    with filled.session() as s:
        pid = s.execute(text("SELECT id FROM pledges WHERE task LIKE 'Giải phóng%' AND year = 2020 "
                             "ORDER BY id LIMIT 1")).scalar()
        judging = list(s.scalars(text("SELECT id FROM evaluations WHERE \"index\" = 2")))
    unknown = ids(search_pledges(filled, "giai phong mat bang", Filters(statuses=("unknown",))))
    assert pid in unknown
    for e in judging:  # linked the way the link stage links: the index learns the status
        set_link(filled, e, pid, 1.0)
    hits = search_pledges(filled, "giai phong mat bang", Filters(statuses=("not_completed",)))
    assert [h.id for h in hits] == [pid]
    assert hits[0].status == "not_completed"
    others = search_pledges(filled, "giai phong mat bang", Filters(statuses=("unknown",)))
    assert pid not in ids(others) and others
    for e in judging:  # and unlinked, it is unknown again
        set_link(filled, e, None, None)
    assert search_pledges(filled, "giai phong mat bang", Filters(statuses=("not_completed",))) == []
    assert pid in ids(search_pledges(filled, "giai phong mat bang", Filters(statuses=("unknown",))))


def _judged(store, sha: str, path: str, task: str, pid: int, status: str, *, failed: bool = False):
    """A one-task report that judges pledge `pid`, linked as the link stage links (before the
    report is saved)."""
    from tests.conftest import build_evaluation

    d = build_evaluation(sha=sha, path=path, results=[(task, status, None, None)])
    d.pledges[0].pledge_id, d.pledges[0].match_score = pid, 0.9
    if failed:
        d.status = "failed"
    save(store, d)


def test_status_filter_follows_reports_twins_and_failures(store, commitment) -> None:
    """A report saved, a twin arriving later, the report re-read as failed: each time the
    status filter answers as the store now stands, on both databases."""
    task = "Bê tông hóa 12 km kênh mương nội đồng xã Hải Phú"
    save(store, commitment(sha="1" * 64, path="/kho/2022/CK Hải Lăng.docx", year=2022,
                           issuer="Huyện ủy Hải Lăng", issuer_key="huyen uy hai lang",
                           tasks=[(task, "Quý II/2022", "2022-06-30", [])]))
    (pid,) = ids(search_pledges(store, "kênh mương"))
    by = {s: Filters(statuses=(s,)) for s in ("completed", "in_progress", "unknown")}
    assert ids(search_pledges(store, "kênh mương", by["unknown"])) == [pid]
    _judged(store, "2" * 64, "/kho/2022/BC Hải Lăng.pdf", "Kênh mương nội đồng", pid,
            "in_progress")
    assert ids(search_pledges(store, "kênh mương", by["in_progress"])) == [pid]
    assert search_pledges(store, "kênh mương", by["unknown"]) == []
    # the PDF of the same paper, saved after the report: a twin, judged by the same report
    save(store, commitment(sha="3" * 64, path="/kho/2022/CK Hải Lăng.pdf", year=2022,
                           issuer="Huyện ủy Hải Lăng", issuer_key="huyen uy hai lang",
                           tasks=[(task, "Quý II/2022", "2022-06-30", [])]))
    both = ids(search_pledges(store, "kênh mương", by["in_progress"]))
    assert len(both) == 2 and pid in both
    assert search_pledges(store, "kênh mương", by["unknown"]) == []
    # the same report bytes read again, this time failed: it judges nothing any more
    _judged(store, "2" * 64, "/kho/2022/BC Hải Lăng.pdf", "Kênh mương nội đồng", pid,
            "in_progress", failed=True)
    assert search_pledges(store, "kênh mương", by["in_progress"]) == []
    assert sorted(ids(search_pledges(store, "kênh mương", by["unknown"]))) == sorted(both)


def test_level_filter_finds_pledges_saved_before_their_unit_had_a_level(store, commitment
                                                                        ) -> None:
    """A paper that names its body without a level, then a later one that gives the level:
    the earlier pledges answer to the level filter from then on (on PostgreSQL the filter
    is the index's alone)."""
    first = commitment(sha="4" * 64, path="/kho/2019/CK Đông Hà.docx", year=2019,
                       issuer="Thành ủy Đông Hà", issuer_key="thanh uy dong ha",
                       tasks=[("Chỉnh trang vỉa hè các tuyến phố trung tâm", "Quý IV/2019",
                               "2019-12-31", [])])
    first.units = []
    save(store, first)
    district = Filters(level="district")
    assert search_pledges(store, "vỉa hè", district) == []
    save(store, commitment(sha="5" * 64, path="/kho/2020/CK Đông Hà.docx", year=2020,
                           issuer="Thành ủy Đông Hà", issuer_key="thanh uy dong ha",
                           tasks=[("Chỉnh trang vỉa hè khu phố 3", "Quý III/2020",
                                   "2020-09-30", [])]))
    assert {h.year for h in search_pledges(store, "vỉa hè", district)} == {2019, 2020}
    assert search_pledges(store, "vỉa hè", Filters(level="village")) == []


def test_migration_0010_writes_status_tokens_into_an_older_index(filled) -> None:
    from store.db import downgrade, upgrade
    from store.load import set_link
    from store.search_index import rebuild

    with filled.session() as s:
        pid = s.execute(text("SELECT id FROM pledges WHERE task LIKE 'Giải phóng%' AND year = 2020 "
                             "ORDER BY id LIMIT 1")).scalar()
        judging = list(s.scalars(text("SELECT id FROM evaluations WHERE \"index\" = 2")))
    for e in judging:
        set_link(filled, e, pid, 1.0)
    downgrade(filled, "0009")
    with filled.engine.begin() as c:  # an index written before status tokens existed
        rebuild(c, statuses=None)
    late = Filters(statuses=("not_completed",))
    assert search_pledges(filled, "giai phong mat bang", late) == []
    upgrade(filled, "head")
    assert ids(search_pledges(filled, "giai phong mat bang", late)) == [pid]


def test_resaving_replaces_the_index(filled, commitment) -> None:
    before = ids(search_pledges(filled, "kiểu mẫu"))
    save(filled, commitment(tasks=TASKS_2020))  # the same bytes again: rows replaced
    after = ids(search_pledges(filled, "kiểu mẫu"))
    assert len(after) == len(before) == 1
    assert after != before  # new pledge ids, the old ones left the index


def test_a_failed_papers_pledges_are_never_searched(filled, commitment) -> None:
    """Not indexed when saved, taken out of an older store's index by migration 0009, left
    out by a rebuild: a search (which on PostgreSQL no longer looks each hit's paper up)
    cannot show them."""
    from store.db import downgrade, upgrade
    from store.search_index import index_pledges, rebuild
    from store.search_meta import statuses

    broken = commitment(sha="9" * 64, path="/lưu trữ/2020/CK hỏng.docx",
                        tasks=[("Xây dựng nhà văn hóa thôn Bích Giang", "Quý IV/2020",
                                "2020-12-31", [])])
    broken.status = "failed"
    save(filled, broken)
    assert search_pledges(filled, "nhà văn hóa Bích Giang") == []
    (pid,) = _failed_pledges(filled)
    downgrade(filled, "0008")
    with filled.engine.begin() as c:  # an older store indexed it
        index_pledges(c, [(pid, "Xây dựng nhà văn hóa thôn Bích Giang", None, "zy2020")])
    upgrade(filled, "head")
    assert search_pledges(filled, "nhà văn hóa Bích Giang") == []
    with filled.engine.begin() as c:
        rebuild(c, statuses=statuses)
    assert search_pledges(filled, "nhà văn hóa Bích Giang") == []
    assert search_pledges(filled, "nông thôn mới")  # the others are still there


def _failed_pledges(store) -> list[int]:
    with store.session() as s:
        return list(s.scalars(text("SELECT p.id FROM pledges p JOIN documents d"
                                   " ON d.id = p.document_id WHERE d.status = 'failed'")))


HOSTILE = [
    '"', '""', "'", "AND", "OR", "NOT", "*", "**", "(", ")", "()", "NEAR(a b)", "a:b", "-",
    "^", "{}", "[]", "\\", "%", "_", "'; DROP TABLE pledges; --", "giao thông AND (",
    'col:"x"', "😀", "nông thôn 😀 mới", "x" * 10_000, "giao " * 3000, "\x00", "\ud800",
    "ｇｉａｏ ｔｈｏｎｇ", "giao\tthông\nmới", "&|!<->:*",
]


@pytest.mark.parametrize("raw", HOSTILE)
def test_any_string_gives_results_or_a_clear_message(filled, raw: str) -> None:
    try:
        hits = search_pledges(filled, raw)
    except QueryError as e:
        assert "nothing to search for" in str(e)
    else:
        assert isinstance(hits, list)
    try:
        search_documents(filled, raw)
    except QueryError:
        pass


def test_documents_search(filled) -> None:
    pages = search_documents(filled, "đường tránh quốc lộ 9")
    assert pages
    assert all(p.page >= 1 for p in pages)
    assert {p.kind for p in pages} == {"commitment", "evaluation"}
    only = search_documents(filled, "đường tránh quốc lộ 9", Filters(kinds=("evaluation",)))
    assert {p.kind for p in only} == {"evaluation"}


def test_same_ranking_on_both_databases(filled) -> None:
    """A fixed expectation checked on each database: the order is computed by us."""
    got = [(h.task, h.unit, h.year, h.score) for h in search_pledges(filled, "giai phong mat bang")]
    assert got == [
        (TASKS_2020[1][0], "Huyện ủy Cam Lộ", 2020, 3.6818),
        (TASKS_2020[1][0], "Huyện ủy Gio Linh", 2020, 3.6818),
        (TASKS_2020[1][0], "Huyện ủy Cam Lộ", 2021, 3.6818),
    ]


@pytest.mark.parametrize("query", ["giai phong mat bang", "nông thôn mới", "giao thong",
                                   "thông tin*"])
@pytest.mark.parametrize("path", ["gin", "walk"])
def test_every_way_to_the_newest_matches_gives_the_same_hits(filled, monkeypatch, query: str,
                                                              path: str) -> None:
    """PostgreSQL's GIN index has no order: the newest matches are read by walking the newest
    pledges or from the whole GIN list, whichever costs less; both must give the hits SQLite's
    FTS5 gives (newest first, then scored). On a small store the first probe reads it all."""
    import store.search as ss

    expected = ids(search_pledges(filled, query))
    monkeypatch.setattr(ss, "_PG_PROBE", 0.005)  # probe one pledge: the probe decides nothing
    weight = 0 if path == "gin" else 10**9
    monkeypatch.setattr(ss, "_PG_MATCH", weight)
    monkeypatch.setattr(ss, "_PG_RECHECK", weight)
    assert expected and ids(search_pledges(filled, query)) == expected


@pytest.fixture
def spread(store, commitment):
    """On PostgreSQL: the same papers saved in three blocks of pledge ids far apart (the
    sequence moved on between them), so the newest matches lie in several id blocks."""
    if store.dialect != "postgresql":
        pytest.skip("id blocks are PostgreSQL's (store.search_index.CHUNK_BITS)")
    from store.search_index import CHUNK_BITS

    years = (2019, 2020, 2021)
    for k, year in enumerate(years):
        with store.writing() as s:
            s.execute(text("SELECT setval(pg_get_serial_sequence('pledges', 'id'), :v)"),
                      {"v": (2 * k + 1) << CHUNK_BITS})
        for j in range(3):
            save(store, commitment(sha=f"{k}{j}".rjust(64, "e"), path=f"/kho/{year}/CK {j}.docx",
                                   year=year, tasks=TASKS_2020))
    return store


@pytest.mark.parametrize("query", ["giao thông", "nông thôn mới", "giai phong mat bang",
                                   "đường giao*", "ho so truc tuyen"])
def test_newest_matches_read_block_by_block_are_the_newest(spread, monkeypatch, query: str) -> None:
    """Read through the GIN index block of ids by block (newest block first, the span the
    first rows promise), the newest n matches are the same as walking every pledge or reading
    the whole index, and the search gives the same hits."""
    import store.search as ss

    monkeypatch.setattr(ss, "_PG_PROBE", 1)  # the probe reads the newest 8 pledges
    spans: list[str] = []
    gin = ss._pg_gin

    def counted(conn, expr, cond, n, hi, check=None):
        spans.append(expr)
        return gin(conn, expr, cond, n, hi, check)

    monkeypatch.setattr(ss, "_pg_gin", counted)
    got = {}
    for way, (step, match, whole) in {"blocks": (0, 0, 10**9), "walk": (10**9, 10**9, 10**9),
                                       "whole": (10**9, 10**9, 0)}.items():
        monkeypatch.setattr(ss, "_PG_STEP", step)
        monkeypatch.setattr(ss, "_PG_MATCH", match)
        monkeypatch.setattr(ss, "_PG_OR_MATCH", match)
        monkeypatch.setattr(ss, "_PG_RECHECK", match)
        monkeypatch.setattr(ss, "_PG_WHOLE", whole)
        with spread.session() as s:
            expr = ss.match_expr([parse(query)], "syllables", "postgresql",
                                 expand=ss.prefix_words(s, parse(query))) or ss.match_expr(
                [parse(query)], "all", "postgresql", expand=ss.prefix_words(s, parse(query)))
            newest = ss._pg_candidates(s, expr, [], 8)
        got[way] = (newest, ids(search_pledges(spread, query, limit=5)))
    assert any(" zc" in e or "(zc" in e for e in spans)  # the blocks were read
    assert got["blocks"] == got["walk"] == got["whole"]
    assert len(got["blocks"][0]) == 8 and got["blocks"][1]


@pytest.mark.parametrize(
    ("raw", "mode", "wide"),
    [
        # the prefix taken as found: what is left of the phrase, the other words
        ("đường giao*", "phrase", "((duong))"),
        ("giao thong lien th*", "phrase", "((giao <-> thong <-> lien) & zwgiao0thong)"),
        ("nong thon mo*", "syllables", "((nong) & (thon))"),
        ('"so hoa" chuyen*', "all", "((so <-> hoa))"),
        # a branch that was the prefix alone is true of every pledge: no wide form
        ("giao thong nong tho*", "any", None),
        ("tho*", "all", None),
        # no prefix: the expression itself
        ("an ninh thôn", "all", "(zwan0ninh & zwthon)"),
    ],
)
def test_wide_expression_takes_the_prefix_as_found(raw: str, mode: str, wide) -> None:
    q = parse(raw)
    expand = {p: (p + "a", p + "b") for p in q.prefix}
    assert match_expr([q], mode, "postgresql", expand=expand, wide=True) == wide


@pytest.mark.parametrize(("query", "mode"), [
    *[(q, m) for q in ("đường giao*", "giao thông liên th*", "nâng cấp đư*")
      for m in ("phrase", "syllables", "all")],
    ("giao thông liên th*", "most"),
])
def test_prefix_read_through_its_wide_form_gives_the_same_matches(spread, monkeypatch,
                                                                  query: str, mode: str) -> None:
    """On PostgreSQL the index can be asked for the query without its prefix, each row it
    returns then checked against the whole expression: the newest matches are the same."""
    import store.search as ss

    monkeypatch.setattr(ss, "_PG_PROBE", 1)
    checked: list[str | None] = []
    gin = ss._pg_gin

    def counted(conn, expr, cond, n, hi, check=None):
        checked.append(check)
        return gin(conn, expr, cond, n, hi, check)

    monkeypatch.setattr(ss, "_pg_gin", counted)
    q = parse(query)
    got = {}
    for way, rows in {"wide": 10**9, "whole": 0}.items():
        monkeypatch.setattr(ss, "_PG_WIDE_ROWS", rows)
        with spread.session() as s:
            expand = ss.prefix_words(s, q)
            expr = match_expr([q], mode, "postgresql", expand=expand)
            wide = match_expr([q], mode, "postgresql", expand=expand, wide=True)
            assert expr is not None and wide is not None
            got[way] = (ss._pg_candidates(s, expr, [], 8, wide),
                        ids(search_pledges(spread, query, limit=5)))
    assert any(c is not None for c in checked) and None in checked  # both ways were taken
    assert got["wide"] == got["whole"]
    assert got["wide"][0]


@pytest.mark.parametrize(
    "query",
    ["giao thông", "nông thôn mới", "thong tin tuyen truyen", "tuyên truyền thông tin",
     "đường giao*", '"quốc lộ 9" giải phóng', "mat bang giai phong", "xây dựng nông thôn",
     "ho so truc tuyen", "so hoa ho so"],
)
@pytest.mark.parametrize("mode", ["phrase", "all"])
def test_stages_picked_from_the_widest_equal_the_index(filled, query: str, mode: str) -> None:
    """A narrow search asks the text index for every syllable only, and picks the phrase and
    word matches out of those rows in Python: the same rows as asking the index for them."""
    from store.search import _candidates, _has_all, _texts, full_expr, prefix_words

    q = parse(query)
    dialect = filled.dialect
    with filled.session() as s:
        expand = prefix_words(s, q) if dialect == "postgresql" else None

        def index(m: str) -> set[int]:
            expr = match_expr([q], m, dialect, expand=expand)
            return set(_candidates(s, dialect, full_expr(expr, [], dialect), [], 1000)) if expr else set()

        wide = index("syllables")
        texts = _texts(s, sorted(wide))
        picked = {i for i in wide if _has_all(texts[i], q, mode)}
        assert picked == index(mode)
    assert wide  # every query here finds something


# -- the command ------------------------------------------------------------------------------


@pytest.fixture
def db(filled, db_url) -> str:
    return db_url


def test_cli_search_jsonl(db) -> None:
    r = CliRunner().invoke(cli, ["--db", db, "search", "nông thôn mới", "--year", "2020",
                                 "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows
    for row in rows:
        assert list(row) == ["id", "task", "unit", "leader", "deadline", "status", "file",
                             "page", "score"]
    assert rows[0]["task"] == TASKS_2020[0][0]
    assert rows[0]["file"] in ("CK Cam Lộ 2020.docx", "CK Gio Linh.pdf")


def test_cli_search_table_csv_and_topics(db) -> None:
    r = CliRunner().invoke(cli, ["--db", db, "search", "nông thôn mới", "--topic", "Nông thôn mới",
                                 "--unit", "cam lo", "--format", "csv"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "id,task,unit,leader,deadline,status,topics,file,page,score"
    assert len(lines) > 1
    r = CliRunner().invoke(cli, ["--db", db, "search", "giao thông"])
    assert r.exit_code == 0
    assert "Nâng cấp đường giao thông" in r.stdout and "topics: giao_thong" in r.stdout


@pytest.mark.parametrize("raw", ["(((", "", "😀", "AND"])
def test_cli_empty_query_is_a_clear_message(db, raw: str) -> None:
    r = CliRunner().invoke(cli, ["--db", db, "search", raw])
    assert r.exit_code == 2
    assert r.stderr.startswith("camket: nothing to search for")
    assert "Traceback" not in r.output


@pytest.mark.parametrize("raw", HOSTILE[:12] + ["x" * 10_000])
def test_cli_hostile_queries_never_trace(db, raw: str) -> None:
    r = CliRunner().invoke(cli, ["--db", db, "search", "--", raw])
    assert r.exit_code in (0, 2), r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_cli_unknown_topic_lists_known(db) -> None:
    r = CliRunner().invoke(cli, ["--db", db, "search", "x", "--topic", "bóng đá"])
    assert r.exit_code == 2
    assert "unknown topic" in r.stderr and "giao_thong" in r.stderr


@pytest.mark.parametrize("cmd", ["search", "flag", "report"])
def test_help_has_an_example(cmd: str) -> None:
    r = CliRunner().invoke(cli, [cmd, "--help"])
    assert r.exit_code == 0
    assert "Example:" in r.stdout


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("giảm nghèo", {"giam_ngheo": 1.0}),
        ("giảm hộ nghèo", {"giam_ngheo": 2 / 3}),  # contains the term "hộ nghèo"
        ("thuế", {"thu_ngan_sach": 1.0}),  # a one-syllable term, the whole query
        ("yêu cầu", {}),  # … but not inside a longer query
        ("nông thôn", {}),
        ("xây dựng nông thôn mới", {"nong_thon_moi": 0.6}),
    ],
)
def test_topics_named_in_a_query(raw: str, expected: dict[str, float]) -> None:
    from pipeline.cli_followup import topic_terms
    from store.search import _topics_named

    got = _topics_named(parse(raw), topic_terms())
    assert {k: round(v, 4) for k, v in got.items() if k in expected or not expected} == {
        k: round(v, 4) for k, v in expected.items()}


def test_meta_tokens() -> None:
    from store.search_index import meta_tokens, meta_topic, meta_unit

    m = meta_tokens(2021, "huyen uy cam lo", "commitment", ["nong_thon_moi", "giao_thong"])
    assert m.split() == ["zy2021", meta_unit("huyen uy cam lo"), "zkcommitment",
                         "ztnongthonmoi", "ztgiaothong"]
    assert meta_topic("nong_thon_moi") == "ztnongthonmoi"
    assert meta_unit("a") != meta_unit("b") and fold(meta_unit("a")) == meta_unit("a")
    assert meta_tokens(None, None, None, []) == ""
