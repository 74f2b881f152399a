"""The command line; the one place errors are printed (``Error: …``, exit code).

Exit codes (``EXIT_CODES``, also in ``reportgen --help`` and the README):
0 every input read; 3 documents written but some inputs skipped or failed
(listed on stderr); 8 nothing readable (no document written, no 期号 used);
2 usage; 4 taxonomy; 5 template or settings; 6 output cannot be written;
7 history store refused; 70 unexpected error (a bug: a short message, the
traceback only with ``--debug``); 130 interrupted.

Heavy libraries (pandas, jieba, reportlab, python-docx) are imported inside
the commands that need them, so ``reportgen --help`` answers at once.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import ReportgenError

PROGRESS_MIN_FILES = 4
EXIT_PARTIAL = 3        # documents written, some inputs skipped or failed
EXIT_NOTHING_READ = 8   # errors.NothingReadable
EXIT_UNEXPECTED = 70    # a bug (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_CODES = """\b
Exit codes:
  0    every input was read
  3    documents written, but some inputs were skipped or failed (listed)
  8    nothing readable: no document written, no issue number used
  2    usage error (an option or argument)
  4    taxonomy error
  5    template or settings error
  6    an output could not be written
  7    the history store was refused (not reportgen's, or newer)
  70   unexpected error (a bug; --debug shows the traceback)
  130  interrupted"""
REPORT_BUG = ("this is a bug in reportgen; please report it to its maintainers with the command you ran, "
              "the output of 'reportgen --version' and of the same command run with 'reportgen --debug'")


class Command(click.Command):
    """A click command that prints errors as ``Error: …`` and exits with their code (``EXIT_CODES``)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ReportgenError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; the previous outputs and the history were left as they were.", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place an unexpected error becomes a message
            if _debug(ctx):
                raise
            click.echo(f"Error: unexpected {type(exc).__name__}: {str(exc)[:300]}\n{REPORT_BUG}", err=True)
            ctx.exit(EXIT_UNEXPECTED)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.find_root().params.get("debug"))


def _exit_for_statuses(extractions) -> None:
    """List the inputs not read on stderr and exit 3 (some) or 8 (all); return if every input was read."""
    missed = [e for e in extractions if e.source.status != "ok"]
    if extractions and not missed:
        return
    if not extractions:
        click.echo("Error: no input files found; name report files or folders (.txt, .docx, .html)", err=True)
    elif len(missed) == len(extractions):
        click.echo(f"Error: none of the {len(extractions)} inputs could be read:", err=True)
    else:
        click.echo(f"{len(missed)} of {len(extractions)} inputs were not read:", err=True)
    for e in missed:
        click.echo(f"  {e.source.path}: {e.source.status}: {e.source.error or ''}", err=True)
    click.get_current_context().exit(EXIT_PARTIAL if len(missed) < len(extractions) else EXIT_NOTHING_READ)


class Group(click.Group):
    command_class = Command
    group_class = type


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="reportgen")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Turn Chinese work reports into comparable data, a Word briefing and a PDF digest."""


def _options(taxonomy: Path | None, max_mb: float):
    import math

    from .errors import UsageError
    from .pipeline import Options

    if not math.isfinite(max_mb):
        raise UsageError(f"--max-mb {max_mb}: give a number of megabytes, such as 20")

    return Options(taxonomy=taxonomy, max_bytes=int(max_mb * 1024 * 1024))


@contextmanager
def _progress(total: int) -> Iterator:
    """Yield a callback that advances a progress bar on stderr when there are enough files."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("reading", total=total)
        yield lambda path: bar.update(task, advance=1, description=path.name[:30])


def _run_extract(paths: tuple[Path, ...], options):
    from .ingest import collect
    from .pipeline import extract_paths

    files = collect(list(paths))  # walked once here; the pipeline gets the files themselves
    with _progress(len(files)) as progress:
        return extract_paths(files, options, progress)


taxonomy_option = click.option("--taxonomy", type=click.Path(dir_okay=False, path_type=Path),
                               help="Use this taxonomy TOML instead of the built-in one.")
max_mb_option = click.option("--max-mb", type=click.FloatRange(min=0, min_open=True, max=1e6), default=20.0,
                             show_default=True,
                             help="Skip input files larger than this many megabytes.")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the export here instead of standard output.")
@taxonomy_option
@max_mb_option
def extract(paths, fmt, output, taxonomy, max_mb):
    """Extract articles, measures and figures from report files as JSON."""
    from .pipeline import export_json

    extractions = _run_extract(paths, _options(taxonomy, max_mb))
    text = export_json(extractions)
    if output:
        from .atomic import write_bytes_atomic

        write_bytes_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)
    _exit_for_statuses(extractions)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder to write the documents into.")
@click.option("--audience", "audiences", multiple=True,
              help="Audience to render (repeatable; default: weekly and digest). See 'reportgen templates list'.")
@click.option("--template", "template_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Render the audience in this template folder (repeatable).")
@click.option("--format", "formats", help="Comma-separated output formats, e.g. docx,pdf (default: each audience's own).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="History store (SQLite); default: history.sqlite in the output folder.")
@click.option("--period", help="The period this build reports on, e.g. 2014-W21 (default: ISO week of the reports' dates).")
@taxonomy_option
@max_mb_option
def build(paths, out_dir, audiences, template_dirs, formats, db, period, taxonomy, max_mb):
    """Read, extract, compare and render: the briefing and digest (default: the embedded seeds)."""
    from .ingest import collect
    from .pipeline import BuildRequest, build_report
    from .resources import seeds_dir

    files = collect(list(paths) or [seeds_dir()])  # walked once here; the pipeline gets the files themselves
    request = BuildRequest(
        paths=files, out_dir=out_dir, audiences=list(audiences),
        template_dirs=list(template_dirs), formats=[f.strip() for f in formats.split(",")] if formats else [],
        db=db, period=period, options=_options(taxonomy, max_mb),
    )
    with _progress(len(files)) as progress:
        report = build_report(request, progress)
    _print_written(report.written)
    _exit_for_statuses(report.extractions)


def _print_written(paths: list[Path]) -> None:
    """Print the table of files a build wrote: what each is, its size, where it is."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="reportgen build wrote", title_justify="left")
    table.add_column("file", overflow="fold")
    table.add_column("kind")
    table.add_column("size", justify="right")
    kinds = {".docx": "Word", ".pdf": "PDF", ".xlsx": "Excel", ".json": "data (JSON)", ".csv": "data (CSV)"}
    for path in paths:
        size = path.stat().st_size if path.exists() else 0
        shown = path.relative_to(Path.cwd()) if path.is_absolute() and path.is_relative_to(Path.cwd()) else path
        table.add_row(str(shown), kinds.get(path.suffix, path.suffix.lstrip(".")), f"{size / 1024:,.0f} KB")
    Console(soft_wrap=True).print(table)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="xlsx", show_default=True)
@click.option("--output", "-o", required=True, type=click.Path(path_type=Path),
              help="File to write (for csv: a folder, one file per table).")
@taxonomy_option
@max_mb_option
def compare(paths, fmt, output, taxonomy, max_mb):
    """Compare units across indicators and export the tables (csv, xlsx or json)."""
    from .aggregate import compare as build_comparison
    from .aggregate.exports import export_comparison
    from .taxonomy import load_taxonomy

    options = _options(taxonomy, max_mb)
    extractions = _run_extract(paths, options)
    comparison = build_comparison(extractions, load_taxonomy(options.taxonomy))
    for path in export_comparison(comparison, fmt, output):
        click.echo(f"wrote {path}")
    _exit_for_statuses(extractions)


@main.group()
def templates():
    """List the audiences, or copy one to edit."""


@templates.command("list")
def templates_list():
    """List the built-in audiences and those under ./templates."""
    from .render.audiences import list_audiences

    for audience in list_audiences():
        click.echo(f"{audience.name:12s} {', '.join(audience.formats):12s} {audience.description}")


@templates.command("new")
@click.argument("name")
@click.option("--from", "base", default="weekly", show_default=True, help="Audience to copy.")
def templates_new(name, base):
    """Copy an audience to ./templates/NAME for editing."""
    from .render.audiences import new_audience

    click.echo(f"created {new_audience(name, base)}")


if __name__ == "__main__":  # pragma: no cover
    main()
