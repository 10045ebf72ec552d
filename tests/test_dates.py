"""nlp.dates: the issue-date line and the deadline grammar, table-driven plus round trips."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.dates import DateMatch, find_deadlines, last_day, parse_deadline, parse_issue_date

# (text, document year, the expression as found, its ISO date)
DEADLINES: list[tuple[str, int | None, str, str | None]] = [
    # quarters
    ("Quý II/2020", 2020, "Quý II/2020", "2020-06-30"),
    ("Quý I/2021", None, "Quý I/2021", "2021-03-31"),
    ("Quý III/2020", None, "Quý III/2020", "2020-09-30"),
    ("Quý IV/2019", 2020, "Quý IV/2019", "2019-12-31"),
    ("quý 2 năm 2020", None, "quý 2 năm 2020", "2020-06-30"),
    ("Quý 3 năm 2022", None, "Quý 3 năm 2022", "2022-09-30"),
    ("Quý 4 năm 2021", None, "Quý 4 năm 2021", "2021-12-31"),
    ("Quý IV", 2020, "Quý IV", "2020-12-31"),
    ("Quý IV", None, "Quý IV", None),
    ("QUÝ III/2022", None, "QUÝ III/2022", "2022-09-30"),
    ("Quy II/2020", None, "Quy II/2020", "2020-06-30"),
    ("Quí II/2020", None, "Quí II/2020", "2020-06-30"),
    ("Quý  II / 2020", None, "Quý  II / 2020", "2020-06-30"),
    ("Quý II-2020", None, "Quý II-2020", "2020-06-30"),
    ("quý I và quý II/2021", 2020, "quý I và quý II/2021", "2021-06-30"),
    ("Quý I, II/2021", None, "Quý I, II/2021", "2021-06-30"),
    ("Quý I/2020 - Quý III/2020", None, "Quý I/2020 - Quý III/2020", "2020-09-30"),
    ("Quý II/2020 – Quý IV/2020", None, "Quý II/2020 – Quý IV/2020", "2020-12-31"),
    ("trong quý III", 2021, "trong quý III", "2021-09-30"),
    ("Hoàn thành trong Quý II năm 2020.", None, "trong Quý II năm 2020", "2020-06-30"),
    ("cuối quý III/2020", None, "cuối quý III/2020", "2020-09-30"),
    # parts of a year
    ("6 tháng đầu năm 2020", None, "6 tháng đầu năm 2020", "2020-06-30"),
    ("06 tháng đầu năm 2021", None, "06 tháng đầu năm 2021", "2021-06-30"),
    ("6 tháng cuối năm", 2020, "6 tháng cuối năm", "2020-12-31"),
    ("6 tháng cuối năm 2020", None, "6 tháng cuối năm 2020", "2020-12-31"),
    ("9 tháng đầu năm", 2021, "9 tháng đầu năm", "2021-09-30"),
    ("3 tháng đầu năm 2020", None, "3 tháng đầu năm 2020", "2020-03-31"),
    ("sáu tháng đầu năm", 2020, "sáu tháng đầu năm", "2020-06-30"),
    ("6 thang dau nam 2020", None, "6 thang dau nam 2020", "2020-06-30"),
    ("trong năm 2020", None, "trong năm 2020", "2020-12-31"),
    ("Trong năm 2021", 2020, "Trong năm 2021", "2021-12-31"),
    ("năm 2020", None, "năm 2020", "2020-12-31"),
    ("Năm 2022", None, "Năm 2022", "2022-12-31"),
    ("NĂM 2020", None, "NĂM 2020", "2020-12-31"),
    ("cuối năm 2020", None, "cuối năm 2020", "2020-12-31"),
    ("Cuối năm", 2020, "Cuối năm", "2020-12-31"),
    ("cuối năm", None, "cuối năm", None),
    ("đầu năm 2021", 2020, "đầu năm 2021", "2021-03-31"),
    ("giữa năm", 2020, "giữa năm", "2020-06-30"),
    ("giữa năm 2021", None, "giữa năm 2021", "2021-06-30"),
    ("trong năm", 2021, "trong năm", "2021-12-31"),
    ("trong năm nay", 2021, "trong năm nay", "2021-12-31"),
    ("Cả năm", 2020, "Cả năm", "2020-12-31"),
    ("cả năm 2021", None, "cả năm 2021", "2021-12-31"),
    ("đến hết năm 2022", None, "đến hết năm 2022", "2022-12-31"),
    ("hết năm 2022", None, "hết năm 2022", "2022-12-31"),
    ("đến năm 2025", None, "đến năm 2025", "2025-12-31"),
    ("đến 2025", None, "đến 2025", "2025-12-31"),
    ("Hoàn thành cuối năm 2020", None, "cuối năm 2020", "2020-12-31"),
    ("6 tháng đầu năm và cả năm 2020", None, "6 tháng đầu năm và cả năm 2020", "2020-12-31"),
    ("9 tháng năm 2022", None, "9 tháng năm 2022", "2022-09-30"),
    # recurring and ongoing: yearly ends with the year, the rest names no time
    ("Hằng năm", 2021, "Hằng năm", "2021-12-31"),
    ("hàng năm", 2021, "hàng năm", "2021-12-31"),
    ("Thường xuyên", 2020, "Thường xuyên", None),
    ("thường xuyên hằng tháng", 2022, "thường xuyên hằng tháng", None),
    ("Hàng quý", 2021, "Hàng quý", None),
    ("Liên tục", 2020, "Liên tục", None),
    # multi-year
    ("giai đoạn 2020-2025", None, "giai đoạn 2020-2025", "2025-12-31"),
    ("giai đoạn 2020 - 2025", None, "giai đoạn 2020 - 2025", "2025-12-31"),
    ("Giai đoạn 2021–2025", None, "Giai đoạn 2021–2025", "2025-12-31"),
    ("nhiệm kỳ 2020 - 2025", None, "nhiệm kỳ 2020 - 2025", "2025-12-31"),
    ("từ 2020 đến 2025", None, "từ 2020 đến 2025", "2025-12-31"),
    ("từ năm 2020 đến năm 2025", None, "từ năm 2020 đến năm 2025", "2025-12-31"),
    ("năm học 2020-2021", None, "năm học 2020-2021", "2021-05-31"),
    ("Năm học 2019 - 2020", 2020, "Năm học 2019 - 2020", "2020-05-31"),
    ("cuối năm học 2020-2021", None, "năm học 2020-2021", "2021-05-31"),
    # months
    ("tháng 10/2020", None, "tháng 10/2020", "2020-10-31"),
    ("tháng 10 năm 2020", None, "tháng 10 năm 2020", "2020-10-31"),
    ("Tháng 10", 2020, "Tháng 10", "2020-10-31"),
    ("Tháng 02", 2020, "Tháng 02", "2020-02-29"),
    ("tháng 2/2021", None, "tháng 2/2021", "2021-02-28"),
    ("Tháng 10-2020", None, "Tháng 10-2020", "2020-10-31"),
    ("trong tháng 3", 2020, "trong tháng 3", "2020-03-31"),
    ("tuần đầu tháng 4/2020", None, "tuần đầu tháng 4/2020", "2020-04-30"),
    ("cuối tháng 6", 2021, "cuối tháng 6", "2021-06-30"),
    ("chậm nhất tháng 9/2022", None, "chậm nhất tháng 9/2022", "2022-09-30"),
    ("10/2020", None, "10/2020", "2020-10-31"),
    ("Thời gian: 06/2021", None, "06/2021", "2021-06-30"),
    ("từ tháng 3 đến tháng 6/2020", None, "từ tháng 3 đến tháng 6/2020", "2020-06-30"),
    ("tháng 6 và tháng 12/2020", None, "tháng 6 và tháng 12/2020", "2020-12-31"),
    ("từ tháng 10/2020 đến tháng 3", None, "từ tháng 10/2020 đến tháng 3", "2021-03-31"),
    ("thang 10 nam 2020", None, "thang 10 nam 2020", "2020-10-31"),
    # "trước tháng N" is before month N begins: due at the end of month N-1
    ("xong trước tháng 7/2019", None, "trước tháng 7/2019", "2019-06-30"),
    ("Trước tháng 1/2023", None, "Trước tháng 1/2023", "2022-12-31"),
    ("trước tháng 4", 2021, "trước tháng 4", "2021-03-31"),
    ("trước cuối tháng 7/2019", None, "trước cuối tháng 7/2019", "2019-07-31"),
    ("trong tháng 7/2019", None, "trong tháng 7/2019", "2019-07-31"),
    # days
    ("trước ngày 30/9/2020", None, "trước ngày 30/9/2020", "2020-09-30"),
    ("Trước ngày 30/9/2020", 2019, "Trước ngày 30/9/2020", "2020-09-30"),
    ("trước 30/9", 2020, "trước 30/9", "2020-09-30"),
    ("trước 30/9", None, "trước 30/9", None),
    # an occasion names its day: "dịp", "nhân dịp" cue a day/month
    ("khai trương nhân dịp kỷ niệm 26/3", 2022, "26/3", "2022-03-26"),
    ("tổ chức vào dịp 30/4", 2023, "30/4", "2023-04-30"),
    ("đến ngày 15/11/2020", None, "đến ngày 15/11/2020", "2020-11-15"),
    ("chậm nhất ngày 31/10/2020", None, "chậm nhất ngày 31/10/2020", "2020-10-31"),
    ("chậm nhất là ngày 31/10/2020", None, "chậm nhất là ngày 31/10/2020", "2020-10-31"),
    ("chậm nhất 15/11", 2021, "chậm nhất 15/11", "2021-11-15"),
    ("31/12/2020", None, "31/12/2020", "2020-12-31"),
    ("30-6-2020", None, "30-6-2020", "2020-06-30"),
    ("30.6.2020", None, "30.6.2020", "2020-06-30"),
    ("01/02/2021", None, "01/02/2021", "2021-02-01"),
    ("ngày 5/3/2021", None, "ngày 5/3/2021", "2021-03-05"),
    ("ngày 29/2/2020", None, "ngày 29/2/2020", "2020-02-29"),
    ("ngày 10 tháng 01 năm 2020", None, "ngày 10 tháng 01 năm 2020", "2020-01-10"),
    ("ngày  10  tháng  1  năm 2020", None, "ngày  10  tháng  1  năm 2020", "2020-01-10"),
    ("ngày 10 tháng 01năm 2020", None, "ngày 10 tháng 01năm 2020", "2020-01-10"),
    ("ngày 15 tháng 11", 2020, "ngày 15 tháng 11", "2020-11-15"),
    ("ngày 30/4", 2021, "ngày 30/4", "2021-04-30"),
    ("ngày 29/2", 2021, "ngày 29/2", None),  # 2021 is not a leap year
    ("xong trước 31/12", 2020, "trước 31/12", "2020-12-31"),
    ("hoàn thành 30/6", 2020, "30/6", "2020-06-30"),
    ("Thời hạn: 30/9", 2020, "30/9", "2020-09-30"),
    ("hạn chót 15/10", 2020, "15/10", "2020-10-15"),
    ("đến 30/6/2020", None, "đến 30/6/2020", "2020-06-30"),
    ("30/6/2020 và 31/12/2020", None, "30/6/2020 và 31/12/2020", "2020-12-31"),
    # unaccented and NFD-typed input
    ("truoc ngay 30/9/2020", None, "truoc ngay 30/9/2020", "2020-09-30"),
    ("cuoi nam 2020", None, "cuoi nam 2020", "2020-12-31"),
    ("den het nam 2022", None, "den het nam 2022", "2022-12-31"),
    ("Nǎm 2020", None, "Nǎm 2020", "2020-12-31"),  # ǎ (caron) typed for ă
]


@pytest.mark.parametrize(("text", "year", "found", "iso"), DEADLINES)
def test_deadline_table(text: str, year: int | None, found: str, iso: str | None) -> None:
    got = parse_deadline(text, year)
    assert got is not None, text
    assert (got.text, got.date) == (found, iso)
    assert text[got.start : got.end] == got.text


def test_table_is_big_enough() -> None:
    assert len(DEADLINES) >= 80


@pytest.mark.parametrize(("text", "year", "found", "iso"), DEADLINES)
def test_deadline_table_nfd(text: str, year: int | None, found: str, iso: str | None) -> None:
    """Decomposed (macOS) text finds the same thing; offsets index the decomposed text."""
    nfd = unicodedata.normalize("NFD", text)
    got = parse_deadline(nfd, year)
    assert got is not None
    assert (unicodedata.normalize("NFC", got.text), got.date) == (found, iso)
    assert nfd[got.start : got.end] == got.text


NOT_DATES = [
    "10/10 huyện",
    "24/24 chỉ tiêu",
    "3/5 xã",
    "đạt 10/10 xã",
    "tăng từ 8/10 lên 10/10 đơn vị",
    "đến 3/5 xã hoàn thành",
    "100%",
    "đạt 85% kế hoạch",
    "15 km",
    "Số 05-CK/HU",
    "Số: 123/BC-SGTVT",
    "Kết luận số 12-KL/TU",
    "Nghị quyết 26/NQ-TW",
    "Quyết định số 12/2020/QĐ-UBND",
    "Nghị định 30/2020/NĐ-CP",
    "Số: 10/2020",
    "ngày 31/2/2020",
    "31/2/2020",
    "32/1/2020",
    "30/13/2020",
    "ngày 15/11/1975",
    "năm 1945",
    "tháng 13",
    "Quý V/2020",
    "chiến thắng 30/4",
    "nằm 2020",
    "Việt Nam 2020",
    "trong năm ngày",
    "trong 2/3 thời gian",
    "quy định 2020",
    "quy hoạch",
    "1/2 số hộ",
    "thu gom rác thải tại nguồn từ tháng 6/2020",  # when work starts, not a deadline
    # one school year after "từ", or after "từ" and its term, is a start too
    "dạy tiếng Anh cho học sinh lớp 3 từ năm học 2020-2021",
    "dạy bơi cho học sinh từ học kỳ II năm học 2019-2020",
    "kể từ ngày 01/01/2021",
    "Chi bộ hoàn thành 3/5 nội dung cam kết",
    "hoàn thành 10/10 chỉ tiêu",
    "nâng số hộ tham gia lên đến 2020 hộ",
    "Kế hoạch số 12-KH/HU ngày 5/3/2020",
    "Nghị quyết số 26-NQ/TW ngày 19/5/2018",
    "2,5/10 điểm",
    "tỷ lệ 1.5/2020",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_deadlines(text, 2020) == []
    assert parse_deadline(text, 2020) is None


def test_find_every_deadline_in_a_sentence() -> None:
    text = (
        "Hoàn thành trước ngày 30/6/2020, báo cáo kết quả trước 15/12 về Ban Thường vụ; "
        "đạt 10/10 xã nông thôn mới trong năm 2020; Quý I/2021 tổng kết."
    )
    got = find_deadlines(text, 2020)
    assert [(m.text, m.date) for m in got] == [
        ("trước ngày 30/6/2020", "2020-06-30"),
        ("trước 15/12", "2020-12-15"),
        ("trong năm 2020", "2020-12-31"),
        ("Quý I/2021", "2021-03-31"),
    ]
    assert all(text[m.start : m.end] == m.text for m in got)


def test_parts_join_only_within_a_cell_and_a_phrase() -> None:
    row = "Giảm 10% biên chế so với năm 2021\tĐến năm 2025\tTrần Quốc Bình"
    assert [(m.text, m.date) for m in find_deadlines(row, 2021)] == [
        ("năm 2021", "2021-12-31"),
        ("Đến năm 2025", "2025-12-31"),
    ]
    lines = "Quý II/\n2020"
    assert [m.text for m in find_deadlines(lines, None)] == ["Quý II"]
    two = "kết quả năm 2021 trước ngày 31/01/2022"
    assert [m.text for m in find_deadlines(two, None)] == ["năm 2021", "trước ngày 31/01/2022"]


def test_a_verb_cue_needs_the_date_to_end_the_phrase() -> None:
    assert [m.text for m in find_deadlines("hoàn thành 30/6.", 2020)] == ["30/6"]
    got = find_deadlines("xong 30/6 hằng năm", 2020)
    assert [(m.text, m.date) for m in got] == [("30/6 hằng năm", "2020-06-30")]
    assert find_deadlines("hoàn thành 3/5 công trình trọng điểm", 2020) == []


def test_cited_document_date_is_not_a_deadline() -> None:
    text = "Thực hiện Kế hoạch số 12-KH/HU ngày 5/3/2020 của Huyện ủy, hoàn thành Quý III/2020"
    assert [m.text for m in find_deadlines(text, 2020)] == ["Quý III/2020"]


def test_parse_deadline_prefers_the_latest() -> None:
    got = parse_deadline("Triển khai từ quý I, hoàn thành trước 30/9/2020; sơ kết 6 tháng", 2020)
    assert got == DateMatch(32, 47, "trước 30/9/2020", "2020-09-30")
    got = parse_deadline("trong năm 2020, báo cáo trước ngày 15/12/2020", None)
    assert got is not None and got.date == "2020-12-31"


def test_parse_deadline_bare_year_cell() -> None:
    got = parse_deadline(" 2021 ", None)
    assert got == DateMatch(1, 5, "2021", "2021-12-31")
    assert parse_deadline("2021 hộ", None) is None


def test_no_year_keeps_the_words() -> None:
    got = parse_deadline("Quý IV", None)
    assert got == DateMatch(0, 6, "Quý IV", None)


@pytest.mark.parametrize(
    ("year", "month", "iso"),
    [(2020, 2, "2020-02-29"), (2021, 2, "2021-02-28"), (2100, 2, "2100-02-28"),
     (2000, 2, "2000-02-29"), (2020, 4, "2020-04-30"), (2020, 12, "2020-12-31")],
)  # fmt: skip
def test_last_day(year: int, month: int, iso: str) -> None:
    assert last_day(year, month) == iso


# -- properties: date → phrase → date -------------------------------------------------------
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


@given(dates, st.booleans())
def test_written_dates_parse_back(d: dt.date, pad: bool) -> None:
    dd, mm = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    for phrase in (
        f"ngày {dd} tháng {mm} năm {d.year}",
        f"{dd}/{mm}/{d.year}",
        f"trước ngày {dd}/{mm}/{d.year}",
        f"{dd}-{mm}-{d.year}",
        f"Hoàn thành chậm nhất ngày {dd}.{mm}.{d.year}.",
    ):
        got = parse_deadline(phrase, 2000)
        assert got is not None, phrase
        assert got.date == d.isoformat(), phrase


@given(dates)
def test_day_month_takes_the_document_year(d: dt.date) -> None:
    got = parse_deadline(f"trước {d.day}/{d.month}", d.year)
    assert got is not None and got.date == d.isoformat()


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@given(st.integers(1, 4), st.integers(1990, 2100), st.sampled_from(["/", " năm ", " / ", "-"]))
def test_quarters_end_on_their_last_day(q: int, year: int, sep: str) -> None:
    expected = last_day(year, 3 * q)
    for phrase in (f"Quý {ROMAN[q]}{sep}{year}", f"quý {q}{sep}{year}"):
        got = parse_deadline(phrase, None)
        assert got is not None and got.date == expected, phrase
        assert got.text == phrase


@given(st.integers(1, 12), st.integers(1990, 2100))
def test_months_end_on_their_last_day(month: int, year: int) -> None:
    for phrase in (f"tháng {month}/{year}", f"tháng {month} năm {year}", f"{month:02d}/{year}"):
        got = parse_deadline(phrase, None)
        assert got is not None and got.date == last_day(year, month), phrase


@given(st.integers(1, 12), st.integers(1, 12), st.integers(2000, 2030))
def test_ranges_end_at_their_latest_part(a: int, b: int, year: int) -> None:
    lo, hi = sorted((a, b))
    got = parse_deadline(f"từ tháng {lo} đến tháng {hi}/{year}", None)
    assert got is not None and got.date == last_day(year, hi)


def test_fast_on_a_long_text() -> None:
    text = (
        "Ban Thường vụ Huyện ủy cam kết hoàn thành Quý II/2020 các nhiệm vụ; đạt 10/10 xã "
        "nông thôn mới, trước ngày 30/9/2020 xong 24/24 chỉ tiêu, Số 05-CK/HU. "
    ) * 200
    t = time.process_time()
    got = find_deadlines(text, 2020)
    assert len(got) == 400
    assert time.process_time() - t < 2.0


# -- the header's place and date line -------------------------------------------------------
ISSUE_DATES: list[tuple[str, str | None, str | None, str | None]] = [
    # (line, place, date, the phrase the offsets cover when not the whole line)
    ("Cam Lộ, ngày 10 tháng 01 năm 2020", "Cam Lộ", "2020-01-10", None),
    ("Đông Hà, ngày 5/3/2021", "Đông Hà", "2021-03-05", None),
    ("Cam Lộ, ngày  10  tháng  1  năm 2020", "Cam Lộ", "2020-01-10", None),
    ("Cam Lộ, ngày 10 tháng 01năm 2020", "Cam Lộ", "2020-01-10", None),
    ("Hà Nội, ngày … tháng … năm 2021", "Hà Nội", None, None),
    ("Hà Nội, ngày ... tháng ... năm 2021", "Hà Nội", None, None),
    ("Hà Nội, ngày     tháng     năm 2021", "Hà Nội", None, None),
    ("HUYỆN ỦY CAM LỘ Cam Lộ, ngày 10 tháng 01 năm 2020", "Cam Lộ", "2020-01-10",
     "Cam Lộ, ngày 10 tháng 01 năm 2020"),
    ("Số 05-CK/HU\tCam Lộ, ngày 10 tháng 01 năm 2020", "Cam Lộ", "2020-01-10",
     "Cam Lộ, ngày 10 tháng 01 năm 2020"),
    ("Bản cam kết ký tại Cam Lộ, ngày 10 tháng 01 năm 2020", "Cam Lộ", "2020-01-10",
     "Cam Lộ, ngày 10 tháng 01 năm 2020"),
    ("Thành phố Hồ Chí Minh, ngày 2 tháng 9 năm 2020", "Thành phố Hồ Chí Minh", "2020-09-02", None),
    ("Quảng Trị, ngày 31 tháng 02 năm 2020", "Quảng Trị", None, None),
    ("Gio Linh, ngày 15-02-2019", "Gio Linh", "2019-02-15", None),
    ("Quảng Trị ngày 10 tháng 1 năm 2020", "Quảng Trị", "2020-01-10", None),
    ("Triệu Phong, ngày 10 tháng 01 năm 2020.", "Triệu Phong", "2020-01-10",
     "Triệu Phong, ngày 10 tháng 01 năm 2020"),
    ("Hướng Hóa, ngày 20 tháng 12 năm 2019", "Hướng Hóa", "2019-12-20", None),
    ("Đakrông, ngày 02 tháng 3 năm 2021", "Đakrông", "2021-03-02", None),
    ("Cam Lo, ngay 10 thang 01 nam 2020", "Cam Lo", "2020-01-10", None),
    ("ngày 10 tháng 01 năm 2020", None, "2020-01-10", None),
    ("Mai Lộc 2, ngày 15 tháng 12 năm 2020", "Mai Lộc 2", "2020-12-15", None),
    ("CHI BỘ THÔN MAI LỘC 2 Mai Lộc 2, ngày 20 tháng 02 năm 2020", "Mai Lộc 2", "2020-02-20",
     "Mai Lộc 2, ngày 20 tháng 02 năm 2020"),
    # a press article's dateline
    ("Thứ Tư, 19/01/2022", None, "2022-01-19", None),
    ("Thời sự - Chính trị | Thứ Ba, 14/02/2017 10:25", None, "2017-02-14", "Thứ Ba, 14/02/2017"),
    ("Cập nhật lúc 16:40, 05/03/2022", None, "2022-03-05", None),
    # Central Highlands names keep their apostrophe
    ("Krông Pa, ngày 08 tháng 3 năm 2022", "Krông Pa", "2022-03-08", None),
    ("Ea H'leo, ngày 12 tháng 01 năm 2023", "Ea H'leo", "2023-01-12", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "place", "iso", "phrase"), ISSUE_DATES)
def test_issue_date(line: str, place: str | None, iso: str | None, phrase: str | None) -> None:
    got = parse_issue_date(line)
    assert got is not None
    assert got[:2] == (place, iso)
    assert line[got[2] : got[3]] == (phrase or line)


def test_issue_date_in_an_nfd_header() -> None:
    line = unicodedata.normalize("NFD", "Cam Lộ, ngày 10 tháng 01 năm 2020")
    got = parse_issue_date(line)
    assert got is not None
    assert (unicodedata.normalize("NFC", got[0] or ""), got[1]) == ("Cam Lộ", "2020-01-10")
    assert line[got[2] : got[3]] == line


@pytest.mark.parametrize(
    "line",
    [
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ",
        "HUYỆN ỦY CAM LỘ",
        "Số 05-CK/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Ngày tháng năm sinh",
        "Quý II/2020",
        "thực hiện nhiệm vụ trọng tâm năm 2020",
        "- Giải phóng mặt bằng, bàn giao đất sạch trước ngày 30/6/2017;",
        "(Báo Quảng Trị) - Ngày 18/01/2022, Ban Thường vụ Huyện ủy tổ chức ký cam kết",
        "",
    ],
)
def test_not_an_issue_date(line: str) -> None:
    assert parse_issue_date(line) is None


@given(dates)
def test_issue_date_round_trip(d: dt.date) -> None:
    line = f"Cam Lộ, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    assert parse_issue_date(line) == ("Cam Lộ", d.isoformat(), 0, len(line))
