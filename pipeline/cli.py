"""The `camket` command: a thin click layer over pipeline.run and store.

Results go to stdout, logs and progress to stderr, so `camket export --format jsonl | jq`
always works. This is the only place where exceptions become exit codes.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.errors import CamketError
from pipeline.settings import PIPELINE_VERSION, Settings

log = logging.getLogger("camket")


class Ctx:
    def __init__(self, db: str | None, verbose: int) -> None:
        self.settings = Settings.from_env(db=db)
        self.verbose = verbose
        self._store: Any = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from store.db import open_store

            self._store = open_store(self.settings.db)
        return self._store


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="URL", help="SQLAlchemy URL of the store (default sqlite:///camket.db, "
              "or $CAMKET_DB).")
@click.option("-v", "--verbose", count=True, help="-v for info, -vv for debug logs on stderr.")
@click.version_option(PIPELINE_VERSION, prog_name="camket")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: int) -> None:
    """camket: Vietnamese commitment papers (bản cam kết) and their evaluations,
    turned into a searchable, trackable record.

    \b
    Example:
      camket ingest samples/
      camket export --format jsonl | jq .
    """
    _setup_logging(verbose)
    ctx.obj = Ctx(db, verbose)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--reprocess", is_flag=True, help="Re-run extraction from the stored text of every "
              "document (no file is re-read).")
@click.option("--since-version", metavar="V", help="With --reprocess: only documents produced by "
              "pipeline version V or older.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file with its error.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr "
              "(default: when stderr is a terminal).")
@click.pass_obj
def ingest(obj: Ctx, paths: tuple[Path, ...], reprocess: bool, since_version: str | None,
           strict: bool, progress: bool | None) -> None:
    """Read files and folders (recursively) into the store.

    Files are identified by the SHA-256 of their bytes: what is already in the store is
    skipped, the same bytes under another name are noted as a duplicate. Exit status is 1
    if any file failed.

    \b
    Example:
      camket ingest samples/ archive/2020/ extra.pdf
      camket --db postgresql+psycopg://postgres@127.0.0.1/camket ingest /mnt/archive
      camket ingest --reprocess
    """
    from dataclasses import replace

    from pipeline import run

    settings = replace(obj.settings, strict=strict or obj.settings.strict)
    if not paths and not reprocess:
        raise click.UsageError("give at least one file or folder, or --reprocess")
    show = sys.stderr.isatty() if progress is None else progress
    bar: Any = None

    def on_file(path: Path, outcome: str, dossier: Any) -> None:
        if outcome == "failed" and dossier is not None and dossier.problems:
            p = dossier.problems[0]
            click.echo(f"camket: {path}: {p.code}: {p.message}", err=True)
        if bar is not None:
            bar.update(1)

    try:
        if reprocess:
            summary = run.reprocess(obj.store, settings, since_version=since_version,
                                    progress=on_file)
        else:
            from pipeline.discover import discover

            files = list(discover(list(paths)))
            if show:
                bar = click.progressbar(length=len(files), label="ingesting", file=sys.stderr)
                bar.__enter__()
            try:
                summary = run.ingest(files, obj.store, settings, progress=on_file,
                                     batch_params={"paths": [str(p) for p in paths]})
            finally:
                if bar is not None:
                    bar.__exit__(None, None, None)
    except CamketError as e:
        _fail(e)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


def _fail(e: CamketError) -> None:
    msg = f"camket: {e.message}"
    if e.hint:
        msg += f" (hint: {e.hint})"
    click.echo(msg, err=True)
    sys.exit(e.exit_code)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE instead of stdout.")
@click.pass_obj
def export(obj: Ctx, fmt: str, output: Path | None) -> None:
    """Export every ingested document in the export contract.

    jsonl: one object per document with the keys file, sha256, kind, number, date, issuer,
    year, ocr, signer, units, leaders, pledges. csv: one row per pledge.

    \b
    Example:
      camket export --format jsonl | jq '.pledges[].task'
      camket export --format csv -o pledges.csv
    """
    from store import export as ex

    rows = ex.export_documents(obj.store)
    fh = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        (ex.write_jsonl if fmt == "jsonl" else ex.write_csv)(rows, fh)
    finally:
        if output:
            fh.close()


@cli.command()
@click.argument("ident")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.pass_obj
def show(obj: Ctx, ident: str, fmt: str) -> None:
    """Show a document (D12, a sha256 prefix or a file name) or a pledge (P34 or 34)
    with the source snippets every fact came from.

    \b
    Example:
      camket show P3
      camket show D1
      camket show 2020-sgtvt-camket.docx
    """
    from store import queries

    try:
        data = queries.show(obj.store, ident)
    except LookupError as e:
        click.echo(f"camket: {e.args[0]}", err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(_render(data))


def _render(data: Any, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(data, dict):
        lines = []
        for k, v in data.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{k}:")
                lines.append(_render(v, indent + 1))
            else:
                lines.append(f"{pad}{k}: {'' if v is None else v}")
        return "\n".join(lines)
    if isinstance(data, list):
        out = []
        for item in data:
            body = _render(item, indent + 1).lstrip()
            out.append(f"{pad}- {body}")
        return "\n".join(out)
    return f"{pad}{data}"


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.pass_obj
def stats(obj: Ctx, fmt: str) -> None:
    """Counts of what the store holds: documents by status, kind and format, pledges,
    evaluations and how many are linked, units, leaders.

    \b
    Example:
      camket stats
      camket --db sqlite:///archive.db stats --format json
    """
    from store import queries

    data = queries.stats(obj.store)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(_render(data))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "jsonl"]), default="text",
              show_default=True)
@click.pass_obj
def problems(obj: Ctx, fmt: str) -> None:
    """List files that failed or were read only in part, with the reason.

    \b
    Example:
      camket problems
      camket problems --format csv > failed.csv
    """
    import csv

    from store import queries

    rows = queries.problems(obj.store)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=["path", "status", "stage", "code", "message"],
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        for r in rows:
            click.echo(f"{r['status']:8} {r['code']:12} {r['path']}: {r['message']}")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--blocks/--no-blocks", default=False, help="Include the text blocks.")
@click.pass_obj
def read(obj: Ctx, path: Path, blocks: bool) -> None:
    """Read one file and print its dossier as JSON, without touching the store.

    \b
    Example:
      camket read samples/2021-hu-camlo-camket.docx | jq .pledges
    """
    from dataclasses import replace

    from pipeline.run import Reader

    try:
        d = Reader(replace(obj.settings, strict=True)).read(path)
    except CamketError as e:
        click.echo(f"camket: {path}: {e.code}: {e.message}", err=True)
        sys.exit(e.exit_code)
    data = d.to_dict()
    if not blocks:
        data.pop("blocks", None)
        data.pop("text", None)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


from pipeline import cli_followup  # noqa: E402  (search, flag, report; show with history)

cli_followup.register(cli)


def main() -> None:
    cli(prog_name="camket")


if __name__ == "__main__":
    main()
