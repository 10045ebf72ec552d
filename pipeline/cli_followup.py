"""`camket search`, `camket flag`, `camket report`, and `camket show` with a pledge's history.

Registered on the main group by `register(cli)` (one line at the end of pipeline/cli.py).
The commands are thin: the work is in store/search.py, store/followup.py, store/report.py.
The topic taxonomy (nlp/data/topics.toml) is read here, the one layer allowed to know both
nlp's data and the store, and handed to the store as {folded term: slugs}.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import tomllib
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import click

STATUSES = ("completed", "not_completed", "in_progress", "unknown")
KINDS = ("commitment", "evaluation", "other")
LEVELS = ("province", "district", "commune", "village", "department", "office", "org")


@lru_cache(maxsize=1)
def topic_terms() -> dict[str, frozenset[str]]:
    """{folded slug, name or term: the topic slugs it names} from the taxonomy file."""
    from store.search_index import fold

    data = tomllib.loads(resources.files("nlp").joinpath("data/topics.toml").read_text("utf-8"))
    out: dict[str, set[str]] = {}
    for slug, spec in data.items():
        for t in [slug.replace("_", " "), spec.get("name", slug), *spec.get("terms", [])]:
            if fold(t):
                out.setdefault(fold(t), set()).add(slug)
    return {k: frozenset(v) for k, v in out.items()}


def _date(value: str | None, end: bool) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a year or month stands for its first or last day."""
    if value is None:
        return None
    v = value.strip()
    try:
        if len(v) == 4 and v.isdigit():
            return dt.date(int(v), 12, 31) if end else dt.date(int(v), 1, 1)
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            first = dt.date(y, m, 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
        return dt.date.fromisoformat(v)
    except ValueError:
        raise click.BadParameter(f"{value!r}: use YYYY, YYYY-MM or YYYY-MM-DD") from None


def _topics(values: Sequence[str]) -> tuple[str, ...]:
    from store.search_index import fold

    terms = topic_terms()
    out: list[str] = []
    for v in values:
        slugs = terms.get(fold(v)) or (frozenset({v}) if v in _slugs() else None)
        if not slugs:
            known = ", ".join(sorted(_slugs()))
            raise click.BadParameter(f"unknown topic {v!r}; known: {known}", param_hint="--topic")
        out.extend(sorted(slugs))
    return tuple(dict.fromkeys(out))


def _slugs() -> set[str]:
    return {s for v in topic_terms().values() for s in v}


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The filters every follow-up command takes."""
    opts = [
        click.option("--unit", "units", multiple=True, metavar="NAME",
                     help="Any name of a unit (repeatable); diacritics and case ignored."),
        click.option("--with-subordinates", is_flag=True,
                     help="With --unit: also the units below it (documents naming it superior)."),
        click.option("--level", type=click.Choice(LEVELS), help="Level of the pledging unit."),
        click.option("--year", type=int, help="The year pledged for."),
        click.option("--from", "date_from", metavar="DATE",
                     help="Deadline on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--to", "date_to", metavar="DATE", help="Deadline on or before DATE."),
        click.option("--topic", "topics", multiple=True, metavar="TOPIC",
                     help="Topic slug, name or term of the taxonomy (repeatable)."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
                     help="Latest evaluated status (repeatable)."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help="Kind of document (repeatable)."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def make_filters(kw: dict[str, Any]) -> Any:
    from store.filters import Filters

    return Filters(
        units=tuple(kw.pop("units")),
        subordinates=kw.pop("with_subordinates"),
        level=kw.pop("level"),
        year=kw.pop("year", None),
        date_from=_date(kw.pop("date_from"), end=False),
        date_to=_date(kw.pop("date_to"), end=True),
        topics=_topics(kw.pop("topics")),
        statuses=tuple(kw.pop("statuses")),
        kinds=tuple(kw.pop("kinds")),
    )


def _write(rows: Sequence[Any], fmt: str, columns: Sequence[str]) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r.to_json(), ensure_ascii=False))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(columns)
        for r in rows:
            w.writerow(["|".join(v) if isinstance(v, list) else v
                        for v in (getattr(r, c) for c in columns)])
        return
    for r in rows:
        deadline = r.deadline or "-"
        head = f"P{r.id:<6} {r.score:>6.2f}  {r.status:<13} {deadline:<10}  {r.unit or '-'}"
        if getattr(r, "reason", ""):
            head += f"  [{r.reason}]"
        click.echo(head)
        click.echo(f"        {r.task}")
        topics = ", ".join(r.topics) if r.topics else "-"
        click.echo(f"        topics: {topics}; {r.file} p.{r.page or '?'}; "
                   f"leader: {r.leader or '-'}")


HIT_COLUMNS = ("id", "task", "unit", "leader", "deadline", "status", "topics", "file", "page",
               "score")


def search(obj: Any, query: str, fmt: str, limit: int, documents: bool, **kw: Any) -> None:
    """Search pledges (or, with --documents, pages of documents) for words or a phrase.

    Diacritics, case and tone placement are ignored (`nong thon moi` finds `nông thôn mới`,
    `đ` is `d`); the words are looked for as a phrase first, then anywhere in the task; a
    typo is corrected to the nearest known word; "quoted words" must occur as a phrase and
    a trailing * makes a prefix. A query naming a topic also finds the pledges tagged with it.

    \b
    Example:
      camket search "nông thôn mới" --unit "Cam Lộ" --year 2021
      camket search giai phong mat bang --status not_completed --format jsonl | jq .task
      camket search "chuyển đổi số" --documents
    """
    from store import search as sr
    from store import search_pages as sp

    filters = make_filters(kw)
    try:
        if documents:
            if filters.statuses or filters.topics or filters.level:
                raise click.UsageError("--documents takes --unit, --year, --from, --to, --kind")
            pages = sp.search_documents(obj.store, query, filters, limit=limit)
            if fmt == "table":
                for p in pages:
                    click.echo(f"D{p.document_id:<6} {p.score:>6.2f}  {p.kind:<10} "
                               f"{p.year or '-'}  {p.file} p.{p.page}  {p.issuer or '-'}")
            elif fmt == "jsonl":
                for p in pages:
                    click.echo(json.dumps(p.to_json(), ensure_ascii=False))
            else:
                w = csv.DictWriter(sys.stdout, fieldnames=list(sp.PageHit.__dataclass_fields__))
                w.writeheader()
                w.writerows(p.to_json() for p in pages)
            return
        hits = sr.search_pledges(obj.store, query, filters, limit=limit,
                                 topic_terms=topic_terms())
    except sr.QueryError as e:
        click.echo(f"camket: {e}", err=True)
        sys.exit(2)
    _write(hits, fmt, HIT_COLUMNS)
    if not hits and fmt == "table":
        click.echo("camket: no pledge matches", err=True)


def flag(obj: Any, as_of: str | None, fmt: str, **kw: Any) -> None:
    """List every pledge unfinished at a date, with the reason.

    overdue_no_evaluation: the deadline passed and nothing judged it;
    evaluated_not_completed: the latest evaluation says not completed;
    in_progress_past_deadline: the latest says in progress and the deadline passed.
    A pledge with no deadline is due at the end of its year.

    \b
    Example:
      camket flag --as-of 2021-12-31
      camket flag --as-of 2022-01-31 --unit "Cam Lộ" --with-subordinates --format jsonl
    """
    from store import followup

    when = _date(as_of, end=True) if as_of else dt.date.today()
    assert when is not None
    flags = followup.flag(obj.store, when, make_filters(kw))
    _write(flags, fmt, (*HIT_COLUMNS, "reason"))


def report(obj: Any, year: int, as_of: str | None, fmt: str, output: Path | None,
           chart: Path | None, **kw: Any) -> None:
    """Per unit: pledges made, completed, not completed, in progress, overdue, and the
    completion rate, for one year. --format xlsx writes a workbook (one sheet per level and
    a Remediation sheet of the flagged pledges) to --output; --chart writes a PNG of the
    completion rate per unit over the last five years.

    \b
    Example:
      camket report --year 2021
      camket report --year 2021 --format xlsx -o bao-cao-2021.xlsx --chart ty-le.png
    """
    from store import report as rp

    when = _date(as_of, end=True) if as_of else None
    lines, flags, history = rp.report(obj.store, year, when, make_filters(kw))
    if fmt == "xlsx":
        if output is None:
            raise click.UsageError("--format xlsx needs --output FILE")
        rp.write_xlsx(lines, flags, output)
        click.echo(f"camket: wrote {output}", err=True)
    else:
        fh = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            (rp.write_csv if fmt == "csv" else rp.write_table)(lines, fh)
        finally:
            if output:
                fh.close()
    if chart is not None:
        rp.write_chart(history, chart)
        click.echo(f"camket: wrote {chart}", err=True)


def show(obj: Any, ident: str, fmt: str) -> None:
    """Show a document (D12, a sha256 prefix or a file name) or a pledge (P34 or 34) with
    the source snippets every fact came from; a pledge also with every evaluation that
    judged it (or its twin in another format) and the next year's pledges carrying it over.

    \b
    Example:
      camket show P3
      camket show D1
      camket show 2020-sgtvt-camket.docx
    """
    from pipeline.cli import _render
    from store import followup, queries

    ident = ident.strip()
    num = ident[1:] if ident[:1] in "pP" else ident
    try:
        if num.isdigit():
            data = followup.history(obj.store, int(num))
        else:
            data = queries.show(obj.store, ident)
    except (KeyError, LookupError) as e:
        click.echo(f"camket: {e.args[0]}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(_render(data))


def register(cli: click.Group) -> None:
    """Add search, flag and report to the group, and give `show` a pledge's history."""
    fmt = click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
                       default="table", show_default=True)
    pass_obj = click.pass_obj

    cmd = click.argument("query")(filter_options(search))
    cmd = click.option("--limit", type=click.IntRange(1, 10_000), default=20,
                       show_default=True)(cmd)
    cmd = click.option("--documents", is_flag=True, help="Search pages of whole documents.")(cmd)
    cli.command("search")(fmt(pass_obj(cmd)))

    cmd = click.option("--as-of", metavar="DATE", help="Date to judge at (default: today).")(
        filter_options(flag))
    cli.command("flag")(fmt(pass_obj(cmd)))

    cmd = filter_options(report)
    cmd = click.option("--year", "year", type=int, required=True, help="The year to report.")(
        _drop_year(cmd))
    cmd = click.option("--as-of", metavar="DATE",
                       help="Date to judge overdue at (default: 31 January after the year, "
                            "or today if earlier).")(cmd)
    cmd = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                       help="Write to FILE (required for xlsx).")(cmd)
    cmd = click.option("--chart", type=click.Path(dir_okay=False, path_type=Path),
                       help="Also write a PNG chart of completion rates to FILE.")(cmd)
    cmd = click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx"]),
                       default="table", show_default=True)(cmd)
    cli.command("report")(pass_obj(cmd))

    cmd = click.argument("ident")(show)
    cmd = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                       show_default=True)(cmd)
    cli.add_command(click.command("show")(pass_obj(cmd)))


def _drop_year(fn: Callable[..., Any]) -> Callable[..., Any]:
    # report's --year is required and is the report's own: remove the filter's --year
    params = getattr(fn, "__click_params__", [])
    fn.__click_params__ = [p for p in params if p.name != "year"]  # type: ignore[attr-defined]
    return fn
