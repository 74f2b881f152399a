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

    with _progress(len(collect(list(paths)))) as progress:
        return extract_paths(list(paths), options, progress)


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
@taxonomy_option
@max_mb_option
def build(paths, out_dir, taxonomy, max_mb):
    """Read, extract, compare and render: the briefing and digest (default: the embedded seeds)."""
    from .atomic import write_bytes_atomic
    from .pipeline import export_json, summary_text
    from .resources import seeds_dir

    paths = paths or (seeds_dir(),)
    extractions = _run_extract(paths, _options(taxonomy, max_mb))
    written = [
        write_bytes_atomic(out_dir / "extract.json", export_json(extractions).encode("utf-8")),
        write_bytes_atomic(out_dir / "summary.txt", summary_text(extractions).encode("utf-8")),
    ]
    for path in written:
        click.echo(f"wrote {path}")


if __name__ == "__main__":  # pragma: no cover
    main()
