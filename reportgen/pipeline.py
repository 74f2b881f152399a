"""The whole job, stage by stage: ingest -> normalise -> extract -> aggregate -> render.

This module only wires the stages together; each stage lives in its own
package and hands the next plain dataclasses.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES, collect, read
from .records import Extraction, to_export

Progress = Callable[[Path], None]


@dataclass
class Options:
    """Settings every command shares."""

    taxonomy: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def extract_file(path: Path, options: Options) -> Extraction:
    """Return the extraction of one file: read, normalise, extract."""
    from .extract import extract
    from .normalise import normalise
    from .taxonomy import load_taxonomy

    ingested = read(path, max_bytes=options.max_bytes)
    if ingested.document is None:
        return Extraction(source=ingested.source)
    document = normalise(ingested.document)
    articles = extract(document, load_taxonomy(options.taxonomy))
    if not articles:
        ingested.source.status = "skipped"
        ingested.source.error = "no report text found (empty, or no Chinese text); check the file's content"
    return Extraction(source=ingested.source, articles=articles)


def extract_paths(paths: list[Path], options: Options, progress: Progress | None = None) -> list[Extraction]:
    """Return one extraction per input file, in input order."""
    results = []
    for path in collect(paths):
        results.append(extract_file(path, options))
        if progress:
            progress(path)
    return results


def export_json(extractions: list[Extraction]) -> str:
    """Return the JSON export (``extract-output.md``) as text."""
    return json.dumps(to_export(extractions), ensure_ascii=False, indent=2) + "\n"


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


DEFAULT_AUDIENCES = ("weekly", "digest")


def build(request: BuildRequest, progress: Progress | None = None) -> list[Path]:
    """Run the whole job: read, extract, compare, record, render each audience; return the files written."""
    import tempfile

    from .aggregate import compare, record_build
    from .aggregate.history import DEFAULT_DB_NAME
    from .atomic import write_bytes_atomic
    from .render import load_audience
    from .taxonomy import load_taxonomy

    audiences = [load_audience(d) for d in request.template_dirs]
    audiences += [load_audience(n) for n in request.audiences or ([] if audiences else DEFAULT_AUDIENCES)]
    extractions = extract_paths(request.paths, request.options, progress)
    written = [write_bytes_atomic(request.out_dir / "extract.json", export_json(extractions).encode("utf-8"))]
    comparison = compare(extractions, load_taxonomy(request.options.taxonomy))
    comparison = record_build(comparison, extractions, request.db or request.out_dir / DEFAULT_DB_NAME, request.period)
    with tempfile.TemporaryDirectory(prefix="reportgen-charts-") as charts:
        for audience in audiences:
            written += write_audience(audience, comparison, extractions, request, Path(charts))
    return written


def write_audience(audience, comparison, extractions: list[Extraction], request: BuildRequest,
                   chart_dir: Path) -> list[Path]:
    """Render one audience and write it in each format asked for (else the audience's own)."""
    from .aggregate import export_comparison
    from .atomic import write_atomic
    from .render import build_context, render
    from .writers import Layout, writer_for

    document = render(audience, build_context(comparison.to_records(), extractions, audience.settings), chart_dir)
    layout = Layout.from_mapping(audience.settings)
    if audience.reference_docx is not None:
        layout = replace(layout, reference_docx=str(audience.reference_docx))
    written = []
    for fmt in request.formats or audience.formats:
        target = request.out_dir / f"{audience.name}.{fmt}"
        if fmt == "xlsx":
            written += [Path(p) for p in export_comparison(comparison, "xlsx", target)]
            continue
        write = writer_for(fmt)
        written.append(write_atomic(target, lambda out, write=write: write(document, out, layout)))
    return written
