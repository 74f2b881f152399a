"""The whole job, stage by stage: ingest -> normalise -> extract -> aggregate -> render.

This module only wires the stages together; each stage lives in its own
package and hands the next plain dataclasses.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from .ingest import DEFAULT_MAX_BYTES, collect, read
from .knowledge import RunKnowledge, knowledge_of
from .messages import N_
from .reasons import Reason
from .records import Extraction, to_export, write_export

Progress = Callable[[Path], None]


@dataclass
class Options:
    """Settings every command shares."""

    taxonomy: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int | None = 1  # worker processes for extraction (``--jobs``); 1: this process; None: one per core
    scheduler: str | None = None  # a Dask scheduler's address (``--scheduler``): extract on that cluster
    # ``--debug``: an unexpected error while extracting a file stops the run with its traceback, instead of
    # failing that file alone with a note asking for a report
    debug: bool = False


def load_run_knowledge(options: Options) -> RunKnowledge:
    """Return the run's knowledge: normalise's rules, and the taxonomy of ``options`` with extract's rule tables."""
    from .taxonomy import load_taxonomy

    return knowledge_of(load_taxonomy(options.taxonomy))


def extract_file(path: Path, options: Options, knowledge: RunKnowledge | None = None) -> Extraction:
    """Return the extraction of one file: read, normalise, extract.

    ``knowledge`` is the run's (``load_run_knowledge``); a caller extracting one
    file alone may leave it out and it is loaded for this file.
    """
    from .extract import extract
    from .normalise import normalise

    ingested = read(path, max_bytes=options.max_bytes)
    if ingested.document is None:
        return Extraction(source=ingested.source)
    knowledge = knowledge if knowledge is not None else load_run_knowledge(options)
    try:
        document = normalise(ingested.document, knowledge.normalise_rules)
        articles = extract(document, knowledge.lexicon)
    except Exception as error:  # a defect met on one report's text fails that file, not the other files of the run
        if options.debug:
            raise
        ingested.source.refuse("error", Reason.of("extraction_defect", error=type(error).__name__))
        return Extraction(source=ingested.source)
    if not articles:
        ingested.source.refuse("skipped", Reason.of("no_report_text"))
    return Extraction(source=ingested.source, articles=articles)


def extract_paths(paths: list[Path], options: Options, progress: Progress | None = None) -> list[Extraction]:
    """Return one extraction per input file, in input order."""
    return list(iter_extractions(collect(paths), options, progress))


def iter_extractions(files: list[Path], options: Options, progress: Progress | None = None) -> Iterator[Extraction]:
    """Yield the extraction of each file in input order, a later copy of a report noted as a duplicate."""
    from .duplicates import DuplicateNotes

    duplicates = DuplicateNotes()
    for extraction in _extract_each(files, options, progress):
        yield duplicates.note(extraction)


def _extract_each(files: list[Path], options: Options, progress: Progress | None) -> Iterator[Extraction]:
    """Yield the extraction of each file in order: here, in ``options.jobs`` worker processes, or on a Dask cluster."""
    from .parallel import default_jobs

    if options.scheduler:
        from .distributed import extract_with_scheduler

        yield from extract_with_scheduler(files, options, progress, extract_file)
        return
    jobs = options.jobs if options.jobs is not None else default_jobs(files)
    if jobs > 1 and len(files) > 1:
        from .parallel import extract_in_processes

        yield from extract_in_processes(files, options, min(jobs, len(files)), progress, load_run_knowledge, extract_file)
        return
    knowledge = None
    for path in files:
        knowledge = knowledge or load_run_knowledge(options)  # once per run, and only when there is a file
        yield extract_file(path, options, knowledge)
        if progress:
            progress(path)


def archive_totals(files: list[Path], options: Options, client):
    """Return an archive's per-unit, per-indicator totals computed on a Dask cluster (``distributed.archive_totals``)."""
    from .distributed import archive_totals as on_cluster

    return on_cluster(files, options, client, extract_file)


def export_json(extractions: list[Extraction]) -> str:
    """Return the JSON export (``extract-output.md``) as text."""
    return json.dumps(to_export(extractions), ensure_ascii=False, indent=2) + "\n"


def write_export_file(extractions: Iterable[Extraction], out: BinaryIO) -> None:
    """Write the JSON export to a binary file as UTF-8, streamed (the text of ``export_json``)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    try:
        write_export(extractions, text)
        text.flush()
    finally:
        text.detach()  # leave ``out`` open, whatever happened: its owner closes it


@dataclass
class BuildRequest:
    """What ``reportgen build`` was asked for."""

    paths: list[Path]
    out_dir: Path
    audiences: list[str]
    template_dirs: list[Path]
    formats: list[str]
    db: Path | None
    period: str | None
    options: Options
    file_name: str = "{masthead}第{issue}期-{audience}"  # see project.file_stem
    first_issue: int = 1
    series: str = "weekly"
    date: dt.date | None = None  # the 印发日期; default today
    settings: dict[str, Any] = field(default_factory=dict)  # overrides of every audience's settings
    corrections: Path | None = None  # the editor's review sheet (reportgen review), applied and kept
    refresh_fields: bool | None = None  # fill Word contents through LibreOffice; None: each audience's setting


@dataclass
class BuildReport:
    """What a build did: the files it wrote, every input with its status, and how the issue was recorded."""

    written: list[Path]
    extractions: list[Extraction]
    recorded: Any = None  # aggregate.history.Recorded
    fields: Any = None  # writers.refresh_fields.FieldRefresh: Word contents filled, or LibreOffice missing


def build(request: BuildRequest, progress: Progress | None = None) -> list[Path]:
    """Run the whole job (``build_report``); return the files written."""
    return build_report(request, progress).written


def build_report(request: BuildRequest, progress: Progress | None = None) -> BuildReport:
    """Check, read, extract, compare, render each audience, then publish and record; return what was done.

    Validate first, then work, then commit: everything that can be checked
    without the reports is checked before any is read (``preflight``); every
    output is written into a stage folder (``staging``); only when all
    rendered are they moved in, inside the history's transaction, which
    commits last. A build that fails anywhere leaves the previous outputs
    and the history as they were; one with no readable input writes nothing
    and uses no 期号 (``NothingReadable``). Output names carry the issue
    (``outputs.output_name``), so one folder holds every week's documents.
    """
    from .heap import LongLived
    from .preflight import check_build

    checked = check_build(request)
    audiences = [with_overrides(a, request.settings) for a in checked.audiences]
    with LongLived() as long_lived:
        return _build(request, checked, audiences, progress, long_lived)


def _build(request: BuildRequest, checked, audiences: list, progress: Progress | None, long_lived) -> BuildReport:
    """Do ``build_report``'s work once its request is checked; ``long_lived`` keeps the data that lasts the build."""
    import tempfile

    from .aggregate import compare, load_rules
    from .aggregate.history import recording
    from .atomic import write_atomic
    from .outputs import output_name
    from .render import ChartBook
    from .render.environment import compiled_templates
    from .staging import Staging
    from .summary import require_readable
    from .taxonomy import load_taxonomy
    from .writers.refresh_fields import refresh_fields

    extractions = extract_paths(request.paths, request.options, progress)
    require_readable(request.paths, extractions)
    long_lived.keep()   # the extractions last the whole build
    corrections = load_corrections(extractions, checked.db, request.corrections)  # a bad one stops before any write
    comparison = compare(extractions, load_taxonomy(request.options.taxonomy), corrections, load_rules())
    with Staging(request.out_dir) as stage, \
            recording(comparison, extractions, checked.db, request.period, request.series,
                      request.first_issue) as record:
        data_name = output_name(request, audiences[0] if audiences else None, "extract", record.recorded, "json")
        write_atomic(stage.path(data_name), lambda out: write_export_file(extractions, out))
        to_refresh: list[Path] = []
        basis = context_basis(record.comparison)  # every audience's copies render from the same data
        book = ChartBook()                        # and a chart they show alike is drawn once
        compiled = compiled_templates()           # and a template they share is compiled once
        long_lived.keep()   # and so do the comparison and its records
        with tempfile.TemporaryDirectory(prefix="reportgen-charts-") as charts:
            for audience in audiences:
                written = write_audience(audience, record.comparison, request, Path(charts), stage.path,
                                         record.recorded, basis, book, keep=long_lived.keep, compiled=compiled)
                if request.refresh_fields if request.refresh_fields is not None else audience.refresh_fields:
                    to_refresh += [p for p in written if p.suffix == ".docx"]
        fields = refresh_fields(to_refresh)  # in the stage folder: a failure leaves the outputs as they were
        keep_corrections(record)
        record.commit(extractions, publish=stage.publish)
    return BuildReport(list(stage.published), extractions, record.recorded, fields)


def with_overrides(audience, overrides: dict[str, Any]):
    """Return the audience with the project's settings laid over its own (tables merged one level deep)."""
    if not overrides:
        return audience
    settings = dict(audience.settings)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(settings.get(key), dict):
            settings[key] = {**settings[key], **value}
        else:
            settings[key] = value
    return replace(audience, settings=settings)


def load_corrections(extractions: list[Extraction], db: Path | None, sheet: Path | None):
    """Return the corrections of a build: those the history store kept, then the editor's new sheet's."""
    from .aggregate.corrections import Corrections, read_corrections, resolve
    from .aggregate.corrections_store import load_corrections as stored

    new = []
    if sheet is not None:
        documents = {e.source.path: (e.source.sha256, e.articles) for e in extractions if e.source.status == "ok"}
        new = resolve(read_corrections(sheet), documents)
    return Corrections(stored(db) + new)


def keep_corrections(record) -> None:
    """Keep the editor's new corrections this build applied, in the build's own history transaction."""
    from .aggregate.corrections import Correction
    from .aggregate.corrections_store import store_corrections
    from .errors import OutputError

    comparison = record.comparison
    new = [Correction(**r) for r in comparison.corrections.to_dict(orient="records") if r["where"]]
    try:
        store_corrections(record.conn, new, comparison.period)
    except sqlite3.Error as exc:
        raise OutputError(N_("cannot keep the corrections in {db_path}: {error}; nothing was changed"),
                          db_path=record.db_path, error=exc) from None


def context_basis(comparison):
    """Return what every audience's context of one build is built from (``render.ContextBasis``)."""
    from .render import ContextBasis
    from .render.prose import ProseRules

    return ContextBasis(comparison.to_records(), ProseRules.load())


def write_audience(audience, comparison, request: BuildRequest,
                   chart_dir: Path, target: Callable[[str], Path] | None = None, recorded=None,
                   basis=None, charts=None, keep: Callable[[], None] = lambda: None, compiled=None) -> list[Path]:
    """Render one audience and write it in each format asked for (else the audience's own).

    ``target`` maps a file name to where it is written (a stage folder);
    by default, the output folder. ``recorded`` (``history.Recorded``) gives
    the issue the file names carry. ``basis`` (``context_basis(comparison)``)
    and ``charts`` (``render.ChartBook``) are the build's, shared by its
    audiences; without them they are made here, as is ``compiled``
    (``render.environment.compiled_templates()``), the build's compiled templates. ``keep`` (``LongLived.keep``)
    is called once the copies are rendered: their documents last until their files
    are written, and the writers make and drop millions of objects, so the
    collector's full passes should not walk them (nor the fonts and libraries
    the first copy loaded) again and again.
    """
    from .aggregate import export_comparison
    from .atomic import write_atomic
    from .render import ChartBook, render
    from .render.environment import compiled_templates
    from .writers import Layout, writer_for

    from .outputs import output_name
    from .render.word_template import is_word_template, write_word_audience

    target = target or (lambda name: request.out_dir / name)
    basis = basis if basis is not None else context_basis(comparison)
    charts = charts if charts is not None else ChartBook()
    compiled = compiled if compiled is not None else compiled_templates()
    if is_word_template(audience):  # the clean copy, and beside it the review copy, as for Markdown audiences
        name = output_name(request, audience, audience.name, recorded, "docx")
        copies = [(target(n), basis.context(audience.settings, today=request.date, review=r))
                  for n, r in ((name, False), (review_name(name), True))]
        return write_word_audience(audience, copies, request.formats or audience.formats, chart_dir, charts)
    formats = request.formats or audience.formats
    with charts.together():   # the copies' charts, alike but for how they name some units, are drawn as one
        document = render(audience, basis.context(audience.settings, today=request.date), chart_dir, charts, compiled)
        review = None
        if "docx" in formats:  # beside the copy to send, the review copy the editor checks it with
            review_charts = chart_dir / "review"   # the clean copy's charts stay for its other formats
            review_charts.mkdir(exist_ok=True)
            review = render(audience, basis.context(audience.settings, today=request.date, review=True), review_charts,
                            charts, compiled)
    keep()
    layout = Layout.from_mapping(audience.settings)
    if audience.reference_docx is not None:
        layout = replace(layout, reference_docx=str(audience.reference_docx))
    written = []
    for fmt in formats:
        path = target(output_name(request, audience, audience.name, recorded, fmt))
        if fmt == "xlsx":
            written += [Path(p) for p in export_comparison(comparison, "xlsx", path)]
            continue
        write = writer_for(fmt)
        written.append(write_atomic(path, lambda out, write=write: write(document, out, layout)))
        if fmt == "docx":
            written.append(write_atomic(target(review_name(path.name)),
                                        lambda out, write=write: write(review, out, layout)))
    return written


REVIEW_MARK = "审阅"


def review_name(name: str) -> str:
    """Return the file name of a document's review copy: ``weekly.docx`` → ``weekly-审阅.docx``.

    The review copy carries every number's sentence and file as a Word comment,
    the data-quality notes and the list of input files; the copy to send has none.
    """
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}-{REVIEW_MARK}{dot}{suffix}" if dot else f"{name}-{REVIEW_MARK}"


def template_contexts(audience, paths: list[Path], options: Options) -> list:
    """Return the render contexts of ``audience`` for ``paths``: its clean copy's, then its review copy's.

    No history is read or written, and nothing is written at all.
    """
    from .aggregate import compare, load_rules
    from .taxonomy import load_taxonomy

    extractions = extract_paths(paths, options)
    basis = context_basis(compare(extractions, load_taxonomy(options.taxonomy), rules=load_rules()))
    return [basis.context(audience.settings, review=review) for review in (False, True)]
