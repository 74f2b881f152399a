"""The command line; the one place errors are printed (``错误：…``, exit code).

A thin layer over the Python API (``reportgen.api``) and the project file
(``reportgen.project``): options left out come from ``reportgen.toml``, and
what the clerk reads is in Chinese unless ``--lang en`` or an English locale
(``reportgen.messages``). Heavy libraries (pandas, jieba, reportlab,
python-docx) are imported inside the commands that need them, so
``reportgen --help`` answers at once.

Exit codes (``EXIT_CODES``, also in ``reportgen --help`` and the README):
0 every input read; 3 documents written but some inputs skipped or failed
(listed on stderr); 8 nothing readable (no document written, no 期号 used);
2 usage; 4 taxonomy; 5 template or settings; 6 output cannot be written;
7 history store refused; 70 unexpected error (a bug: a short message, the
traceback only with ``--debug``); 130 interrupted.
"""
from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__, click_words
from .errors import ReportgenError, ReportgenWarning, UsageError
from .messages import N_, _, language, set_language

PROGRESS_MIN_FILES = 4
EXIT_PARTIAL = 3        # documents written, some inputs skipped or failed
EXIT_NOTHING_READ = 8   # errors.NothingReadable
EXIT_UNEXPECTED = 70    # a bug (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_CODES = N_("""\b
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
  130  interrupted""")
HELP_OPTION_HELP = N_("Show this message and exit.")  # click's words, as click writes them
VERSION_OPTION_HELP = N_("Show the version and exit.")
SHORT_HELP_BREAKS = ("。", "：")  # a Chinese help's short form ends at its first full stop, else its first colon
REPORT_BUG = N_("this is a bug in reportgen; please report it to its maintainers with the command you ran, "
                "the output of 'reportgen --version' and of the same command run with 'reportgen --debug'")

click_words.install()  # click's own words (Usage:, Options, usage errors) follow --lang too


class Command(click.Command):
    """A click command that prints errors as ``错误：…`` and exits with their code (``EXIT_CODES``)."""

    def invoke(self, ctx: click.Context):
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _show_warning
                return super().invoke(ctx)
        except ReportgenError as exc:
            click.echo(_("Error: {message}").format(message=exc), err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo(_("Interrupted; the previous outputs and the history were left as they were."), err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - the one place an unexpected error becomes a message
            if _debug(ctx):
                raise
            click.echo(_("Error: unexpected {kind}: {message}").format(kind=type(exc).__name__,
                                                                       message=str(exc)[:300])
                       + "\n" + _(REPORT_BUG), err=True)
            ctx.exit(EXIT_UNEXPECTED)


    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _help_in_language(self):
            super().format_help(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _help_in_language(self):
            if language() == "zh" and self.help and not self.short_help:
                return _chinese_short_help(self.help, limit)
            return super().get_short_help_str(limit)

    def get_help_option(self, ctx: click.Context):
        """Return the --help option, its help in the language current now (click keeps the first one it made)."""
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _(HELP_OPTION_HELP)
        return option


def _chinese_short_help(text: str, limit: int) -> str:
    """Return a command's help cut for the list of commands: click cuts at spaces, which Chinese has none of."""
    first = text.strip().split("\n")[0]
    for mark in SHORT_HELP_BREAKS:
        if len(first) > limit and mark in first:
            first = first.split(mark)[0] + ("。" if mark == "。" else "")
    return first if len(first) <= limit else first[:limit - 1] + "…"


class LanguagePath(click.Path):
    """``click.Path`` whose name (the ``FILE`` of the help, the first word of its errors) is in the language
    current when it is shown: click translates it once, when the command line is built."""

    @property
    def name(self) -> str:
        words = {(True, False): N_("file"), (False, True): N_("directory")}
        return _(words.get((self.file_okay, self.dir_okay), N_("path")))

    @name.setter
    def name(self, _value: str) -> None:
        """click sets the name it translated on construction; it is worked out when asked instead."""


class Group(Command, click.Group):
    command_class = Command
    group_class = type


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print reportgen's coded warnings as ``警告：W501：…`` (no source path); others as Python does."""
    if isinstance(message, ReportgenWarning):
        click.echo(_("Warning: {message}").format(message=message), err=True)
    else:
        click.echo(warnings.formatwarning(message, category, filename, lineno, line).rstrip(), err=True)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.find_root().params.get("debug"))


def _exit_for_statuses(extractions) -> None:
    """List the inputs not read on stderr and exit 3; return if every input was read.

    A run that read nothing has already stopped (``summary.require_readable``, exit 8).
    """
    from .summary import reason

    missed = [e for e in extractions if e.source.status != "ok"]
    if not missed:
        return
    click.echo(_("{n} of {total} inputs were not read:").format(n=len(missed), total=len(extractions)), err=True)
    for e in missed:
        click.echo("  " + _("{path}: {reason}").format(path=e.source.path, reason=reason(e)), err=True)
    click.get_current_context().exit(EXIT_PARTIAL)


@contextmanager
def _help_in_language(command: click.Command) -> Iterator[None]:
    """Show a command's and its options' help (written in English, marked ``N_``) in the current language."""
    originals = [(command, "help", command.help), (command, "epilog", command.epilog)]
    originals += [(p, "help", getattr(p, "help", None)) for p in command.params]
    try:
        for owner, name, text in originals:
            if text:
                setattr(owner, name, _(text))
        yield
    finally:
        for owner, name, text in originals:
            setattr(owner, name, text)


def _remember(ctx: click.Context, param: click.Parameter, value):
    """Keep --config/--lang given before or after the command name for ``_project``."""
    if value is not None:
        ctx.find_root().meta[f"reportgen.{param.name}"] = value
        if param.name == "lang":
            set_language(value)
    return value


def project_options(f):
    """Add --config and --lang (also accepted before the command name)."""
    f = click.option("--lang", type=click.Choice(["zh", "en"]), expose_value=False, callback=_remember,
                     is_eager=True, help=N_("Language of messages: zh (default) or en."))(f)
    return click.option("--config", type=LanguagePath(dir_okay=False, path_type=Path), expose_value=False,
                        callback=_remember, help=N_("Project file (default: reportgen.toml here or above)."))(f)


def _project():
    """Return the project of this run (--config, else the nearest reportgen.toml) and set the language."""
    from .project import load_project

    meta = click.get_current_context().find_root().meta
    set_language(meta.get("reportgen.lang"))
    project = load_project(meta.get("reportgen.config"))
    set_language(meta.get("reportgen.lang") or project.lang)
    return project


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES,
             help=N_("Turn Chinese work reports into comparable data, a Word briefing and a PDF digest."))
@click.version_option(__version__, prog_name="reportgen", help=VERSION_OPTION_HELP)
@click.option("--debug", is_flag=True, help=N_("Show the traceback of an unexpected error."))
@project_options
def main(debug: bool) -> None:
    """The ``reportgen`` command group."""


def _options(taxonomy: Path | None, max_mb: float, jobs: int | None = None, scheduler: str | None = None):
    import math

    from .pipeline import Options

    if not math.isfinite(max_mb):
        raise UsageError(_("--max-mb {value}: give a number of megabytes, such as 20").format(value=max_mb))
    # jobs None: one worker per core once the input is large enough (``parallel.default_jobs``)
    return Options(taxonomy=taxonomy, max_bytes=int(max_mb * 1024 * 1024), jobs=jobs, scheduler=scheduler,
                   debug=_debug(click.get_current_context()))


@contextmanager
def _progress(total: int) -> Iterator:
    """Yield a callback that advances a progress bar on stderr when there are enough files."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    # redrawn on each file rather than by rich's refresh thread: a process running one
    # thread can fork its extraction workers (``parallel.start_method``)
    with Progress(transient=True, auto_refresh=False) as bar:
        task = bar.add_task(_("reading"), total=total)
        yield lambda path: bar.update(task, advance=1, description=path.name[:30], refresh=True)


@contextmanager
def _font_notices() -> Iterator[None]:
    """Print the one-time font preparation notices (the ``reportgen.fonts`` log) on stderr while inside."""
    import logging

    class Echo(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            click.echo(record.getMessage(), err=True)

    logger, handler = logging.getLogger("reportgen.fonts"), Echo(logging.INFO)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def _run_extract(paths: tuple[Path, ...], options):
    from .ingest import collect
    from .pipeline import extract_paths
    from .summary import require_files

    files = collect(list(paths))  # walked once here; the pipeline gets the files themselves
    require_files(list(paths), files)
    with _progress(len(files)) as progress:
        return extract_paths(files, options, progress)


taxonomy_option = click.option("--taxonomy", type=LanguagePath(dir_okay=False, path_type=Path),
                               help=N_("Use this taxonomy TOML instead of the built-in one."))
jobs_option = click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
                           help=N_("Extract in this many worker processes (default: one per core, "
                                   "once the input is large enough to gain)."))
scheduler_option = click.option("--scheduler", metavar="tcp://HOST:PORT",
                                help=N_("Extract on this Dask cluster (needs reportgen[dask]; "
                                        "the workers must see the input files)."))
max_mb_option = click.option("--max-mb", type=click.FloatRange(min=0, min_open=True, max=1e6), default=20.0,
                             metavar="MB", show_default=True,
                             help=N_("Skip input files larger than this many megabytes."))


@main.command(help=N_("Extract articles, measures and figures from report files as JSON.\n\n"
                      "Every input appears in the export with its status; the run summary goes to standard "
                      "error, and the exit code is 3 when no report could be read."))
@click.argument("paths", nargs=-1, required=True, type=LanguagePath(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--output", "-o", type=LanguagePath(dir_okay=False, path_type=Path),
              help=N_("Write the export here instead of standard output."))
@taxonomy_option
@max_mb_option
@jobs_option
@scheduler_option
@project_options
def extract(paths, fmt, output, taxonomy, max_mb, jobs, scheduler):
    from .ingest import collect
    from .pipeline import iter_extractions, write_export_file
    from .summary import require_files, require_readable, summary_lines

    project = _project()
    options = _options(taxonomy or project.taxonomy, max_mb, jobs, scheduler)
    files = collect(list(paths))  # walked once here; the pipeline gets the files themselves
    require_files(list(paths), files)
    extractions = []  # kept for the summary; the export is written as each file is done

    def extracted():
        for extraction in iter_extractions(files, options, progress):
            extractions.append(extraction)
            yield extraction

    with _progress(len(files)) as progress:
        if output:
            from .atomic import write_atomic

            write_atomic(output, lambda out: write_export_file(extracted(), out))
        else:
            sys.stdout.flush()
            write_export_file(extracted(), sys.stdout.buffer)
            sys.stdout.buffer.flush()
    for line in summary_lines(extractions):
        click.echo(line, err=True)
    require_readable(list(paths), extractions)
    _exit_for_statuses(extractions)


@main.command(help=N_("Read, extract, compare and render: the briefing and digest "
                      "(default: the embedded seeds)."))
@click.argument("paths", nargs=-1, type=LanguagePath(path_type=Path))
@click.option("--out", "out_dir", type=LanguagePath(file_okay=False, path_type=Path),
              help=N_("Folder to write the documents into (default: [build] out of reportgen.toml, "
                      "else ./output)."))
@click.option("--audience", "audiences", multiple=True,
              help=N_("Audience to render (repeatable; default: weekly and digest). "
                      "See 'reportgen templates list'."))
@click.option("--template", "template_dirs", multiple=True, type=LanguagePath(file_okay=False, path_type=Path),
              help=N_("Render the audience in this template folder (repeatable)."))
@click.option("--format", "formats",
              help=N_("Comma-separated output formats, e.g. docx,pdf (default: each audience's own)."))
@click.option("--db", type=LanguagePath(dir_okay=False, path_type=Path),
              help=N_("History store (SQLite); default: [history] db of reportgen.toml, "
                   "else reportgen-history.sqlite in the project folder."))
@click.option("--period",
              help=N_("The period this build reports on, e.g. 2014-W21 (default: ISO week of the reports' dates)."))
@click.option("--date", "issue_date",
              help=N_("The 印发日期 printed on the documents, e.g. 2014-05-23 (default: today)."))
@click.option("--corrections", type=LanguagePath(dir_okay=False, path_type=Path),
              help=N_("Apply the editor's corrections (the sheet 'reportgen review' wrote, edited); "
                      "kept in the history store for later builds."))
@click.option("--refresh-fields/--no-refresh-fields", "refresh", default=None,
              help=N_("Fill the contents and page numbers of the Word documents through LibreOffice, when it is "
                      "installed (default: [build] refresh_fields, else each audience's refresh_fields)."))
@taxonomy_option
@max_mb_option
@jobs_option
@scheduler_option
@project_options
def build(paths, out_dir, audiences, template_dirs, formats, db, period, issue_date, corrections, refresh, taxonomy,
          max_mb, jobs, scheduler):
    from .ingest import collect
    from .pipeline import BuildRequest, build_report
    from .resources import seeds_dir
    from .summary import require_files, summary_lines

    project = _project()
    given = list(paths) or [seeds_dir()]
    files = collect(given)  # walked once here; the pipeline gets the files themselves
    require_files(given, files)
    request = BuildRequest(
        paths=files, out_dir=out_dir or project.out_dir,
        audiences=list(audiences) or ([] if template_dirs else project.audiences),  # --template alone: just it
        template_dirs=list(template_dirs),
        formats=[f.strip() for f in formats.split(",")] if formats else project.formats,
        db=db or project.history, period=period, options=_options(taxonomy or project.taxonomy, max_mb, jobs, scheduler),
        file_name=project.file_name, first_issue=project.first_issue, series=project.series,
        date=_date(issue_date), settings=project.document_settings(), corrections=corrections,
        refresh_fields=refresh if refresh is not None else project.refresh_fields,
    )
    with _progress(len(files)) as progress, _font_notices():
        report = build_report(request, progress)
    _print_written(report.written)
    for line in summary_lines(report.extractions, report.recorded):
        click.echo(line)
    if report.fields is not None and report.fields.missing:
        click.echo(_("LibreOffice is not installed, so the contents were not filled at build time: "
                     "Word fills them when the document is opened"))
    elif report.fields is not None and report.fields.refreshed:
        click.echo(_("contents and page numbers filled by LibreOffice in {n} Word document(s)").format(
            n=len(report.fields.refreshed)))
    _exit_for_statuses(report.extractions)


def _date(text: str | None):
    """Return the --date value as a date, or raise UsageError showing the form."""
    if not text:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(_("--date {value!r} is not a date: write it as 2014-05-23").format(value=text)) from None


def _print_written(paths: list[Path]) -> None:
    """Print the table of files a build wrote: what each is, its size, where it is."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=_("reportgen build wrote"), title_justify="left")
    table.add_column(_("file"), overflow="fold")
    table.add_column(_("kind"))
    table.add_column(_("size"), justify="right")
    kinds = {".docx": "Word", ".pdf": "PDF", ".xlsx": "Excel", ".json": _("data (JSON)"), ".csv": _("data (CSV)")}
    for path in paths:
        size = path.stat().st_size if path.exists() else 0
        shown = path.relative_to(Path.cwd()) if path.is_absolute() and path.is_relative_to(Path.cwd()) else path
        table.add_row(str(shown), kinds.get(path.suffix, path.suffix.lstrip(".")), f"{size / 1024:,.0f} KB")
    Console(soft_wrap=True).print(table)


@main.command(help=N_("Compare units across indicators and export the tables (csv, xlsx or json)."))
@click.argument("paths", nargs=-1, required=True, type=LanguagePath(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="xlsx", show_default=True)
@click.option("--output", "-o", required=True, type=LanguagePath(path_type=Path),
              help=N_("File to write (for csv: a folder, one file per table)."))
@click.option("--db", type=LanguagePath(dir_okay=False, path_type=Path),
              help=N_("Fill the week-over-week tables from this history store (read only; "
                   "default: the project's store when it exists)."))
@click.option("--period",
              help=N_("The period the reports are for, e.g. 2014-W21 (default: ISO week of their dates)."))
@taxonomy_option
@max_mb_option
@jobs_option
@scheduler_option
@project_options
def compare(paths, fmt, output, db, period, taxonomy, max_mb, jobs, scheduler):
    from .api import compare as build_comparison
    from .aggregate.exports import export_comparison
    from .summary import require_readable, summary_lines

    project = _project()
    extractions = _run_extract(paths, _options(taxonomy or project.taxonomy, max_mb, jobs, scheduler))
    require_readable(list(paths), extractions)
    if db is None and project.history.is_file():
        db = project.history
    comparison = build_comparison(extractions, taxonomy or project.taxonomy, db=db, period=period,
                                  series=project.series)
    for path in export_comparison(comparison, fmt, output):
        click.echo(_("wrote {path}").format(path=path))
    for line in summary_lines(extractions):
        click.echo(line, err=True)
    _exit_for_statuses(extractions)


@main.command(help=N_("Write one sheet of every judgement the documents depend on, for the editor to correct: "
                      "each article's unit and whether it is a row, each filled cell with its value and sentence. "
                      "Fill the 更正 columns and pass the sheet to 'reportgen build --corrections FILE'."))
@click.argument("paths", nargs=-1, required=True, type=LanguagePath(path_type=Path))
@click.option("--output", "-o", type=LanguagePath(dir_okay=False, path_type=Path), default=Path("review.xlsx"),
              show_default=True, help=N_("The review sheet to write."))
@click.option("--db", type=LanguagePath(dir_okay=False, path_type=Path),
              help=N_("History store whose kept corrections the sheet shows applied "
                      "(default: the project's store when it exists)."))
@taxonomy_option
@max_mb_option
@project_options
def review(paths, output, db, taxonomy, max_mb):
    from .aggregate import compare as build_comparison
    from .aggregate import load_rules
    from .aggregate.corrections import Corrections, review_sheet
    from .aggregate.corrections_store import load_corrections
    from .atomic import write_bytes_atomic
    from .summary import require_readable
    from .taxonomy import load_taxonomy

    project = _project()
    extractions = _run_extract(paths, _options(taxonomy or project.taxonomy, max_mb))
    require_readable(list(paths), extractions)
    if db is None and project.history.is_file():
        db = project.history
    comparison = build_comparison(extractions, load_taxonomy(taxonomy or project.taxonomy),
                                  Corrections(load_corrections(db)), load_rules())
    click.echo(_("wrote {path}").format(path=write_bytes_atomic(output, review_sheet(comparison))))
    _exit_for_statuses(extractions)


@main.command(help=N_("Write a commented reportgen.toml into the working folder."))
@click.option("--force", is_flag=True, help=N_("Replace an existing reportgen.toml."))
@project_options
def init(force):
    from .project import write_init

    _project_language_only()
    click.echo(_("created {path}: edit it, then run 'reportgen build'").format(path=write_init(Path.cwd(), force)))


def _project_language_only() -> None:
    meta = click.get_current_context().find_root().meta
    set_language(meta.get("reportgen.lang"))


@main.group(cls=Group, help=N_("List, show or remove the issues recorded in the history store."))
def history():
    """The ``history`` command group."""


history_db_option = click.option("--db", type=LanguagePath(dir_okay=False, path_type=Path),
                                 help=N_("History store (default: the project's)."))
series_option = click.option("--series", help=N_("Issue series (default: the project's, weekly)."))


@history.command("list", help=N_("List the issues: 期号, period, when built, reports, revisions."))
@history_db_option
@series_option
@project_options
def history_list(db, series):
    from .aggregate.issues import list_issues
    from .summary import period_words

    project = _project()
    db = db or project.history
    issues = list_issues(db, series or project.series)
    click.echo(_("History store: {path}").format(path=db))
    if not issues:
        click.echo(_("no issues recorded yet"))
    for issue in issues:
        click.echo(_("No. {issue}  {period}  built {built}  {reports} reports  revision {revision}").format(
            issue=issue.issue_no, period=period_words(issue.period), built=_when(issue.built_at),
            reports=len(issue.reports), revision=issue.revision))


@history.command("show", help=N_("Show one issue: its period, reports and earlier revisions."))
@click.argument("issue_no", type=int)
@history_db_option
@series_option
@project_options
def history_show(issue_no, db, series):
    from .aggregate.issues import show_issue
    from .summary import period_words

    project = _project()
    issue = show_issue(db or project.history, issue_no, series or project.series)
    click.echo(_("No. {issue} ({series}): {period}").format(issue=issue.issue_no, series=issue.series,
                                                            period=period_words(issue.period)))
    click.echo(_("built {built}, revision {revision}, {cells} headline figures").format(
        built=_when(issue.built_at), revision=issue.revision, cells=issue.cells))
    click.echo(_("reports ({n}):").format(n=len(issue.reports)))
    for path in issue.reports:
        click.echo(f"  {path}")
    for rev in issue.revisions:
        click.echo(_("revision {revision}: built {built}, {reports} reports, replaced by a later build").format(
            revision=rev["revision"], built=_when(rev["built_at"]), reports=len(rev["reports"])))


@history.command("remove", help=N_("Remove one issue (its figures no longer count as the previous period)."))
@click.argument("issue_no", type=int)
@history_db_option
@series_option
@click.option("--yes", is_flag=True, help=N_("Do not ask for confirmation."))
@project_options
def history_remove(issue_no, db, series, yes):
    from .aggregate.issues import remove_issue, show_issue
    from .summary import period_words

    project = _project()
    db, series = db or project.history, series or project.series
    issue = show_issue(db, issue_no, series)
    words = _("No. {issue}, {period}").format(issue=issue.issue_no, period=period_words(issue.period))
    if not yes and not click.confirm(_("Remove {issue} from {path}?").format(issue=words, path=db)):
        raise UsageError(_("nothing removed"))
    remove_issue(db, issue_no, series)
    click.echo(_("removed {issue}").format(issue=words))


def _when(stamp: str) -> str:
    from .summary import local_time

    return local_time(stamp)


@main.group(help=N_("List, copy (as Markdown or Word) and check the audiences; list the names a template can use."))
def templates():
    """The ``templates`` command group."""


@templates.command("list", help=N_("List the built-in audiences and those under ./templates."))
def templates_list():
    from .render.audiences import list_audiences

    for audience in list_audiences():
        click.echo(f"{audience.name:12s} {', '.join(audience.formats):12s} {audience.description}")


@templates.command("new", help=N_("Copy an audience to ./templates/NAME for editing."))
@click.argument("name")
@click.option("--from", "base", default="weekly", show_default=True, help=N_("Audience to copy."))
@click.option("--word", is_flag=True, help=N_("Lay it out as a Word document with docxtpl tags (template.docx)."))
@project_options
def templates_new(name, base, word):
    from .render.audiences import new_audience
    from .render.word_layout import new_word_audience

    _project_language_only()
    click.echo(_("created {path}").format(path=(new_word_audience if word else new_audience)(name, base)))


def _template_contexts(name: str, paths: tuple[Path, ...], taxonomy: Path | None, max_mb: float):
    """Return the audience named (or in folder) ``name`` and its clean and review contexts from ``paths``
    (default: the seeds)."""
    from .ingest import collect
    from .pipeline import template_contexts
    from .render import load_audience
    from .resources import seeds_dir

    audience = load_audience(name)
    files = collect(list(paths) or [seeds_dir()])
    return audience, template_contexts(audience, files, _options(taxonomy, max_mb))


@templates.command("check", help=N_("Render audience NAME (or a template folder) against the seeds or PATHS "
                                    "and report every problem; nothing is written."))
@click.argument("name")
@click.argument("paths", nargs=-1, type=LanguagePath(path_type=Path))
@taxonomy_option
@max_mb_option
@project_options
def templates_check(name, paths, taxonomy, max_mb):
    from .errors import TemplateError
    from .render.template_check import check_audience

    _project_language_only()
    audience, contexts = _template_contexts(name, paths, taxonomy, max_mb)
    problems = list(dict.fromkeys(p for context in contexts for p in check_audience(audience, context)))
    context = contexts[0]
    for problem in problems:
        click.echo(str(problem))
    words = {"name": audience.name, "body": audience.body, "n": len(problems), "reports": len(context.values["inputs"])}
    if problems:
        raise TemplateError(_("template {name} ({body}): {n} problem(s), listed above").format(**words))
    click.echo(_("template {name} ({body}): no problems; rendered from {reports} reports, nothing written").format(**words))


@templates.command("vars", help=N_("List the names audience NAME's template can use, with their types and an "
                                   "example from the seeds (or PATHS)."))
@click.argument("name", default="weekly")
@click.argument("paths", nargs=-1, type=LanguagePath(path_type=Path))
@taxonomy_option
@max_mb_option
@project_options
def templates_vars(name, paths, taxonomy, max_mb):
    from .render.environment import FILTERS
    from .render.template_check import template_values
    from .render.template_vars import describe

    _project_language_only()
    audience, (_clean, context) = _template_contexts(name, paths, taxonomy, max_mb)  # the review copy's: every name set
    rows = describe(template_values(audience, context))
    width = max(len(v.path) for v in rows)
    click.echo(_("Names the template of {name} can use (examples from {reports} reports; "
                 "settings is its settings.toml):").format(name=audience.name, reports=len(context.values["inputs"])))
    for v in rows:
        click.echo(f"  {v.path:<{width}}  {v.kind}  {v.example}")
    click.echo(_("Filters: {names}").format(names=", ".join(sorted(FILTERS))) + "  ({{ t|sourced }}, {{ n|num }})")


if __name__ == "__main__":  # pragma: no cover
    main()
