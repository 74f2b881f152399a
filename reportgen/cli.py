"""The command line; the one place errors are printed (``Error: …``, exit code).

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


class Command(click.Command):
    """A click command that prints ``ReportgenError`` as ``Error: …`` with its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ReportgenError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


class Group(click.Group):
    command_class = Command
    group_class = type


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportgen")
def main() -> None:
    """Turn Chinese work reports into comparable data, a Word briefing and a PDF digest."""


def _options(taxonomy: Path | None, max_mb: float):
    from .pipeline import Options

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
max_mb_option = click.option("--max-mb", type=float, default=20.0, show_default=True,
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

    text = export_json(_run_extract(paths, _options(taxonomy, max_mb)))
    if output:
        from .atomic import write_bytes_atomic

        write_bytes_atomic(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)


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
    from .pipeline import BuildRequest, build as run_build
    from .resources import seeds_dir

    files = collect(list(paths) or [seeds_dir()])  # walked once here; the pipeline gets the files themselves
    request = BuildRequest(
        paths=files, out_dir=out_dir, audiences=list(audiences),
        template_dirs=list(template_dirs), formats=[f.strip() for f in formats.split(",")] if formats else [],
        db=db, period=period, options=_options(taxonomy, max_mb),
    )
    with _progress(len(files)) as progress:
        written = run_build(request, progress)
    _print_written(written)


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
    comparison = build_comparison(_run_extract(paths, options), load_taxonomy(options.taxonomy))
    for path in export_comparison(comparison, fmt, output):
        click.echo(f"wrote {path}")


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
