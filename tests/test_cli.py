"""The `camket` command end to end on the real samples: ingest, re-ingest, duplicates,
failed files, export contract, show, stats, problems, help texts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHECK_EXPORT = ROOT.parent / "shared" / "tools" / "check-export"
DOC_KEYS = {"file", "sha256", "kind", "number", "date", "issuer", "year", "ocr", "signer",
            "units", "leaders", "pledges"}
PLEDGE_KEYS = {"id", "task", "unit", "leader", "deadline", "deadline_text", "status", "topics", "page"}


def _golds() -> dict[str, dict]:
    out = {}
    for g in sorted(SAMPLES.glob("*.gold.json")):
        out[g.name[: -len(".gold.json")]] = json.loads(g.read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, object]:
    tmp = tmp_path_factory.mktemp("cli")
    db = f"sqlite:///{tmp}/camket.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "ingest", "--no-progress", str(SAMPLES)])
    return db, result


def test_ingest_samples_reports_broken_files_and_loads_the_rest(ingested) -> None:
    db, result = ingested
    golds = _golds()
    broken = {f for f, g in golds.items() if "error" in g}
    good = {f for f, g in golds.items() if "error" not in g}
    assert broken and len(good) >= 15
    assert result.exit_code == 1, result.output
    err = result.stderr
    for f in broken:
        code = golds[f]["error"]
        line = next((ln for ln in err.splitlines() if f"/{f}:" in ln), None)
        assert line is not None, f"no error line for {f}"
        assert line.startswith("camket: ") and f": {code}: " in line, line
    summary = err.strip().splitlines()[-1]
    assert f"{len(broken)} failed" in summary


def test_reingest_changes_nothing(ingested) -> None:
    db, _ = ingested
    runner = CliRunner()
    before = runner.invoke(cli, ["--db", db, "export", "--format", "jsonl"]).stdout
    again = runner.invoke(cli, ["--db", db, "ingest", "--no-progress", str(SAMPLES)])
    n = len(list(_golds()))
    assert f"{n} already ingested" in again.stderr.strip().splitlines()[-1]
    assert again.exit_code == 0
    after = runner.invoke(cli, ["--db", db, "export", "--format", "jsonl"]).stdout
    assert before == after


def test_same_bytes_under_another_name_is_a_duplicate(ingested, tmp_path: Path) -> None:
    db, _ = ingested
    src = next(p for p in sorted(SAMPLES.glob("*.docx")) if "error" not in _golds()[p.name])
    copy = tmp_path / "renamed-copy.docx"
    shutil.copy(src, copy)
    result = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-progress", str(copy)])
    assert "1 duplicate" in result.stderr
    again = CliRunner().invoke(cli, ["--db", db, "ingest", "--no-progress", str(copy)])
    assert "1 already ingested" in again.stderr


def test_export_contract(ingested) -> None:
    db, _ = ingested
    out = CliRunner().invoke(cli, ["--db", db, "export", "--format", "jsonl"]).stdout
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(docs) == sum(1 for g in _golds().values() if "error" not in g)
    for d in docs:
        assert set(d) == DOC_KEYS
        assert d["kind"] in ("commitment", "evaluation", "other")
        for p in d["pledges"]:
            assert set(p) == PLEDGE_KEYS
            assert p["status"] in ("completed", "not_completed", "in_progress", "unknown")
    if CHECK_EXPORT.exists():
        r = subprocess.run([sys.executable, str(CHECK_EXPORT)], input=out, text=True,
                           capture_output=True)
        assert r.returncode == 0, r.stdout
        assert r.stdout.strip().endswith("0 problems")


def test_document_fields_match_gold(ingested) -> None:
    from nlp.text import fold
    from nlp.units import unit_key

    db, _ = ingested
    out = CliRunner().invoke(cli, ["--db", db, "export", "--format", "jsonl"]).stdout
    got = {d["file"]: d for d in map(json.loads, out.splitlines())}
    wrong = []
    for name, gold in _golds().items():
        if "error" in gold:
            continue
        d = got[name]
        for key in ("kind", "number", "date", "year"):
            if d[key] != gold[key]:
                wrong.append(f"{name}: {key} {d[key]!r} != {gold[key]!r}")
        if unit_key(d["issuer"] or "") != unit_key(gold["issuer"] or ""):
            wrong.append(f"{name}: issuer {d['issuer']!r} != {gold['issuer']!r}")
        gs, ds = gold["signer"] or {}, d["signer"] or {}
        if (fold(gs.get("name", "")), fold(gs.get("title", ""))) != \
                (fold(ds.get("name", "")), fold(ds.get("title", ""))):
            wrong.append(f"{name}: signer {ds} != {gs}")
    assert wrong == []


def test_export_csv_and_file_output(ingested, tmp_path: Path) -> None:
    db, _ = ingested
    target = tmp_path / "out.csv"
    r = CliRunner().invoke(cli, ["--db", db, "export", "--format", "csv", "-o", str(target)])
    assert r.exit_code == 0 and r.stdout == ""
    head = target.read_text(encoding="utf-8").splitlines()[0]
    assert "task" in head and "file" in head


def test_show_stats_problems(ingested) -> None:
    db, _ = ingested
    runner = CliRunner()
    stats = json.loads(runner.invoke(cli, ["--db", db, "stats", "--format", "json"]).stdout)
    assert stats
    doc = runner.invoke(cli, ["--db", db, "show", "D1", "--format", "json"])
    assert doc.exit_code == 0, doc.output
    assert json.loads(doc.stdout)
    pledge = runner.invoke(cli, ["--db", db, "show", "P1"])
    assert pledge.exit_code == 0 and "task" in pledge.stdout
    missing = runner.invoke(cli, ["--db", db, "show", "P999999"])
    assert missing.exit_code == 2 and missing.stderr.startswith("camket: ")
    probs = runner.invoke(cli, ["--db", db, "problems", "--format", "jsonl"])
    codes = {json.loads(x)["code"] for x in probs.stdout.splitlines()}
    assert {"empty", "encrypted"} <= codes


def _commands(group) -> list[list[str]]:
    return [[name] for name in group.commands]


@pytest.mark.parametrize("args", [[]] + _commands(cli))
def test_every_command_has_help_with_an_example(args: list[str]) -> None:
    r = CliRunner().invoke(cli, [*args, "--help"])
    assert r.exit_code == 0
    assert "Example" in r.stdout


def test_ingest_without_paths_is_a_usage_error() -> None:
    r = CliRunner().invoke(cli, ["--db", "sqlite://", "ingest"])
    assert r.exit_code == 2
