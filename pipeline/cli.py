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
@click.option("--retry-failed", is_flag=True, help="Read again the files stored as failed (all "
              "of them, or those under PATHS), e.g. with a longer --timeout.")
@click.option("-j", "--workers", type=click.IntRange(min=0), metavar="N", help="Worker processes "
              "(default: one per core, or $CAMKET_WORKERS); 0 reads in this process, unisolated.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Wall-clock limit per document (default 300, $CAMKET_TIMEOUT).")
@click.option("--memory", "memory_mb", type=click.IntRange(min=0), metavar="MIB",
              help="Address space a document may take (default 2048, $CAMKET_MEMORY_MB; 0: none).")
@click.option("--max-pages", type=click.IntRange(min=1), metavar="N",
              help="Pages above which a file is refused as too_large (default 2000).")
@click.option("--executor", type=click.Choice(["local", "celery"]), default="local",
              show_default=True, help="celery: send one task per file to `camket worker`s "
              "(needs a PostgreSQL --db).")
@click.option("--broker", metavar="URL", help="With --executor celery: the broker "
              "(default redis://127.0.0.1:6379/0, $CAMKET_BROKER).")
@click.option("--wait/--no-wait", default=True, help="With --executor celery: follow the batch "
              "in the store until every file is in (default) or only submit.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file with its error.")
@click.option("--progress/--no-progress", default=None, help="Progress bar with rate and ETA on "
              "stderr (default: when stderr is a terminal).")
@click.pass_obj
def ingest(obj: Ctx, paths: tuple[Path, ...], reprocess: bool, since_version: str | None,
           retry_failed: bool, workers: int | None, timeout: float | None,
           memory_mb: int | None, max_pages: int | None, executor: str, broker: str | None,
           wait: bool, strict: bool, progress: bool | None) -> None:
    """Read files and folders (recursively) into the store.

    Files are identified by the SHA-256 of their bytes: what is already in the store is
    skipped, the same bytes under another name are noted as a duplicate. Each file is read
    in a child process with a time and memory limit, so a hostile file only fails itself.
    A killed run resumes when the same command is run again. Exit status is 1 if any file
    failed.

    \b
    Example:
      camket ingest samples/ archive/2020/ extra.pdf
      camket ingest --workers 4 --timeout 600 /mnt/archive
      camket ingest --retry-failed --timeout 1800
      camket --db postgresql+psycopg://postgres@127.0.0.1/camket ingest /mnt/archive
      camket --db postgresql://… ingest --executor celery /mnt/shared/archive
      camket ingest --reprocess
    """
    from dataclasses import replace

    from pipeline import run

    settings = replace(obj.settings, strict=strict or obj.settings.strict)
    limits = {"workers": workers, "timeout": timeout, "memory_mb": memory_mb,
              "max_pages": max_pages, "broker": broker}
    settings = replace(settings, **{k: v for k, v in limits.items() if v is not None})  # type: ignore[arg-type]
    if not paths and not reprocess and not retry_failed:
        raise click.UsageError("give at least one file or folder, --retry-failed or --reprocess")
    show = sys.stderr.isatty() if progress is None else progress
    bar: Any = None

    def on_file(path: Path, outcome: str, dossier: Any) -> None:
        if outcome == "failed" and dossier is not None and dossier.problems:
            p = dossier.problems[0]
            if bar is not None:
                sys.stderr.write("\r\033[K")
            click.echo(f"camket: {path}: {p.code}: {p.message}", err=True)
        if bar is not None:
            bar.update(1)

    try:
        if reprocess:
            summary = run.reprocess(obj.store, settings, since_version=since_version,
                                    progress=on_file)
        else:
            from pipeline.discover import discover
            from pipeline.progress import Progress

            targets = list(paths)
            if retry_failed:
                targets = _failed_paths(obj.store, paths)
            files = list(discover(targets))
            if show:
                bar = Progress(len(files), sys.stderr)
            params = {"command": "ingest", "paths": sorted(str(p) for p in paths),
                      "retry_failed": retry_failed, "executor": executor}
            try:
                if executor == "celery":
                    from pipeline import worker

                    summary = worker.submit(files, obj.store, settings, batch_params=params,
                                            wait=wait, progress=bar.update if bar else None)
                    for f, code, message in summary.failures:
                        click.echo(f"camket: {f}: {code}: {message}", err=True)
                else:
                    summary = run.ingest(files, obj.store, settings, progress=on_file,
                                         batch_params=params, retry_failed=retry_failed)
            finally:
                if bar is not None:
                    bar.close()
    except CamketError as e:
        _fail(e)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


def _failed_paths(store: Any, paths: tuple[Path, ...]) -> list[Path]:
    """Existing files recorded as failed, restricted to those under `paths` if any are given."""
    from sqlalchemy import select

    from store.schema import DocumentPathRow, DocumentRow

    roots = [p.resolve() for p in paths]
    with store.session() as s:
        rows = s.scalars(select(DocumentPathRow.path)
                         .join(DocumentRow, DocumentPathRow.document_id == DocumentRow.id)
                         .where(DocumentRow.status == "failed")
                         .order_by(DocumentPathRow.path)).all()
    out = []
    for r in dict.fromkeys(rows):
        p = Path(r)
        if not p.is_file():
            continue
        rp = p.resolve()
        if roots and not any(rp == root or root in rp.parents for root in roots):
            continue
        out.append(p)
    return out


@cli.command()
@click.option("-c", "--concurrency", type=click.IntRange(min=1), metavar="N",
              help="Pool processes (default: one per core).")
@click.option("--broker", metavar="URL", help="Broker URL (default redis://127.0.0.1:6379/0, "
              "$CAMKET_BROKER; RabbitMQ: amqp://guest@host:5672//).")
@click.option("--queue", metavar="NAME", help="Queue to consume (default camket, $CAMKET_QUEUE).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Wall-clock limit per document (default 300).")
@click.option("--memory", "memory_mb", type=click.IntRange(min=0), metavar="MIB",
              help="Address space a document may take (default 2048).")
@click.pass_obj
def worker(obj: Ctx, concurrency: int | None, broker: str | None, queue: str | None,
           timeout: float | None, memory_mb: int | None) -> None:
    """Run a Celery worker for `camket ingest --executor celery` batches.

    Start one per machine; every machine must see the originals under the same paths and
    reach the PostgreSQL store and the broker. Stops on Ctrl-C (warm shutdown).

    \b
    Example:
      camket worker --concurrency 4
      CAMKET_BROKER=amqp://guest@10.0.0.5:5672// camket worker
    """
    from dataclasses import replace

    from pipeline.worker import run_worker

    limits = {"broker": broker, "queue": queue, "timeout": timeout, "memory_mb": memory_mb}
    settings = replace(obj.settings, **{k: v for k, v in limits.items() if v is not None})  # type: ignore[arg-type]
    try:
        run_worker(settings, concurrency,
                   loglevel="DEBUG" if obj.verbose > 1 else "INFO" if obj.verbose else "WARNING")
    except CamketError as e:
        _fail(e)


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
