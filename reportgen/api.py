"""The Python API: what the command line does, for a notebook or a script.

``extract`` reads report files into extractions, ``compare`` turns them into
the ``Comparison`` (pandas tables), ``tables`` gives those tables with Chinese
or English headers, and ``build`` writes the documents and returns their
paths. The command line is a thin layer over these functions; nothing here
reads ``reportgen.toml`` or prints.

    >>> import reportgen
    >>> docs = reportgen.extract(["reports/"])
    >>> comparison = reportgen.compare(docs)
    >>> reportgen.tables(comparison, labels="zh")["display"]
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import UsageError
from .messages import N_

PathLike = str | Path


def _paths(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def _taxonomy(taxonomy: Any):
    """Return a loaded taxonomy from one, a TOML path, or None (the built-in)."""
    from .taxonomy import load_taxonomy

    if taxonomy is None or isinstance(taxonomy, (str, Path)):
        return load_taxonomy(Path(taxonomy) if taxonomy is not None else None)
    return taxonomy


def extract(paths: PathLike | Iterable[PathLike], *, taxonomy: PathLike | None = None,
            max_mb: float = 20.0) -> list:
    """Return one ``records.Extraction`` per input file (folders walked), in input order.

    Every file appears once with its ``source.status`` (ok, skipped, error)
    and, when not ok, ``source.error`` saying why in English and
    ``source.reason`` the same as a code (``source.reason.text("zh")`` in Chinese).
    """
    from .ingest import collect
    from .pipeline import Options, extract_paths

    options = Options(taxonomy=Path(taxonomy) if taxonomy else None, max_bytes=int(max_mb * 1024 * 1024))
    return extract_paths(collect(_paths(paths)), options)


def compare(extraction: list, taxonomy: Any = None, *, db: PathLike | None = None, period: str | None = None,
            series: str = "weekly"):
    """Return the ``aggregate.Comparison`` of extractions (from ``extract``, or a path to read first).

    ``taxonomy``: a loaded taxonomy, a TOML path, or None for the built-in.
    With ``db``, the editor's corrections kept in that history store are
    applied and the ``changes`` tables compare against its previous period
    (nothing is recorded).
    """
    from .aggregate import compare as aggregate_compare
    from .aggregate import load_rules
    from .aggregate.corrections import Corrections
    from .aggregate.corrections_store import load_corrections

    if isinstance(extraction, (str, Path)):
        extraction = extract(extraction)
    kept = Corrections(load_corrections(Path(db)) if db is not None else [])
    comparison = aggregate_compare(list(extraction), _taxonomy(taxonomy), kept, load_rules())
    if db is not None:
        from .aggregate.history import with_history

        comparison = with_history(comparison, list(extraction), Path(db), period, series)
    return comparison


def tables(comparison, labels: str = "zh") -> dict:
    """Return the comparison's tables as DataFrames by name; ``labels="zh"`` gives Chinese headers and labels.

    ``labels="en"`` returns the tables with their stable English column ids
    (the ``Comparison`` attributes themselves).
    """
    if labels == "zh":
        from .aggregate.exports import export_tables, load_labels

        return export_tables(comparison, load_labels())
    if labels == "en":
        from .aggregate.exports import SHEETS

        return {name: comparison.display_matrix().reset_index() if name == "display"
                else comparison.matrix.reset_index() if name == "matrix" else getattr(comparison, name)
                for name in SHEETS}
    raise UsageError(N_("labels={labels!r}: choose 'zh' or 'en'"), labels=labels)


def build(paths: PathLike | Iterable[PathLike], *, out: PathLike, audiences: Iterable[str] = (),
          period: str | None = None, db: PathLike | None = None, templates: Iterable[PathLike] = (),
          formats: Iterable[str] = (), date: dt.date | str | None = None, first_issue: int = 1,
          series: str = "weekly", file_name: str | None = None, taxonomy: PathLike | None = None,
          max_mb: float = 20.0) -> list[Path]:
    """Build the documents for ``audiences`` (default weekly and digest) into ``out``; return the paths written.

    ``db`` is the history store that numbers the issues (default:
    ``reportgen-history.sqlite`` in the working folder, never in ``out``).
    """
    from .ingest import collect
    from .pipeline import BuildRequest, Options, build_report
    from .project import DEFAULT_FILE_NAME, DEFAULT_HISTORY, check_file_name

    file_name = file_name or DEFAULT_FILE_NAME
    check_file_name(file_name)
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    from .summary import require_files

    files = collect(_paths(paths))
    require_files(_paths(paths), files)
    request = BuildRequest(
        paths=files, out_dir=Path(out), audiences=list(audiences),
        template_dirs=[Path(t) for t in templates], formats=list(formats),
        db=Path(db) if db is not None else Path(DEFAULT_HISTORY), period=period,
        options=Options(taxonomy=Path(taxonomy) if taxonomy else None, max_bytes=int(max_mb * 1024 * 1024)),
        file_name=file_name, first_issue=first_issue, series=series, date=date,
    )
    return build_report(request).written
