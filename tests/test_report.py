"""`camket report`: counts per unit and year, CSV, XLSX and the PNG chart (both databases)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from click.testing import CliRunner
from test_followup import judged  # noqa: F401  (the fixture: tests/ is on sys.path)

from pipeline.cli import cli
from store.report import COLUMNS, report, unit_lines, write_csv, write_table

D = dt.date


def test_unit_lines_count_a_paper_once(judged) -> None:  # noqa: F811
    store, _, _ = judged
    (line,) = unit_lines(store, [2020], D(2021, 1, 15))
    # three pledges, each in a DOCX and a PDF: counted once
    assert (line.unit, line.level, line.year) == ("Huyện ủy Cam Lộ", "district", 2020)
    assert (line.made, line.completed, line.not_completed, line.in_progress, line.unknown) == (
        3, 1, 1, 1, 0)
    assert line.overdue == 2
    assert line.completion_rate == pytest.approx(1 / 3, abs=1e-4)
    (mid,) = unit_lines(store, [2020], D(2020, 8, 1))
    assert (mid.completed, mid.in_progress, mid.unknown, mid.overdue) == (0, 1, 2, 0)


def test_report_years_and_flags(judged) -> None:  # noqa: F811
    store, _, _ = judged
    lines, flags, history = report(store, 2021, D(2022, 1, 15))
    assert [(x.year, x.made, x.overdue) for x in lines] == [(2021, 2, 2)]
    assert {f.year for f in flags} == {2021} and len(flags) == 2
    assert [(x.year, x.made) for x in history] == [(2020, 3), (2021, 2)]


def test_csv_and_table(judged) -> None:  # noqa: F811
    store, _, _ = judged
    lines = unit_lines(store, [2020], D(2021, 1, 15))
    buf = io.StringIO()
    write_csv(lines, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["made"] == "3" and rows[0]["completion_rate"] == "0.3333"
    buf = io.StringIO()
    write_table(lines, buf)
    assert "Huyện ủy Cam Lộ" in buf.getvalue() and "33%" in buf.getvalue()


def test_cli_report_xlsx_and_chart(judged, db_url, tmp_path) -> None:  # noqa: F811
    from openpyxl import load_workbook

    xlsx, png = tmp_path / "r.xlsx", tmp_path / "r.png"
    r = CliRunner().invoke(cli, ["--db", db_url, "report", "--year", "2020", "--as-of",
                                 "2021-01-15", "--format", "xlsx", "-o", str(xlsx),
                                 "--chart", str(png)])
    assert r.exit_code == 0, r.output
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["district", "Remediation"]
    head, first = [c.value for c in wb["district"][1]], [c.value for c in wb["district"][2]]
    assert head == list(COLUMNS)
    assert first[:4] == ["Huyện ủy Cam Lộ", "district", 2020, 3]
    rem = list(wb["Remediation"].iter_rows(values_only=True))
    assert rem[0] == ("pledge", "unit", "leader", "task", "deadline", "status", "reason",
                      "file", "page")
    assert len(rem) == 5  # four flagged pledges (two papers' formats) + the header
    assert {x[6] for x in rem[1:]} == {"evaluated_not_completed", "in_progress_past_deadline"}
    assert all(x[2] == "Nguyễn Văn Hùng" for x in rem[1:])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = CliRunner().invoke(cli, ["--db", db_url, "report", "--year", "2020", "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == ",".join(COLUMNS)
    r = CliRunner().invoke(cli, ["--db", db_url, "report", "--year", "2020", "--format", "xlsx"])
    assert r.exit_code == 2 and "--output" in r.output
