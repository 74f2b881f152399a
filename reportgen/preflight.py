"""Everything a build can check before it reads a single report.

Extraction is the slow part of a build, so a mistake in what was asked
(``--format exe``, an unknown audience, a settings file with a misspelt key,
a template that does not compile, an indicator id the taxonomy lacks, a
history store that is not reportgen's, an output folder that cannot be
written) is found here, first, and stops the build before it has read or
changed anything.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import OutputError, TemplateError, UsageError
from .messages import N_

if TYPE_CHECKING:
    from .pipeline import BuildRequest

OUTPUT_FORMATS = ("docx", "pdf", "xlsx")
DEFAULT_AUDIENCES = ("weekly", "digest")


@dataclass(frozen=True)
class CheckedBuild:
    """What a build was found able to do: its audiences (loaded, compiled) and its history store."""

    audiences: list[Any]
    db: Path


def check_build(request: BuildRequest) -> CheckedBuild:
    """Return the checked build, or raise the first problem found (nothing read, nothing changed)."""
    from .aggregate.history import DEFAULT_DB_NAME, normalise_period
    from .aggregate.store import inspect_store
    from .render import load_audience
    from .render.word_template import check_formats as check_word_formats, is_word_template
    from .taxonomy import load_taxonomy

    unknown = [f for f in request.formats if f not in OUTPUT_FORMATS]
    if unknown:
        raise UsageError(N_("--format {formats}: not an output format; choose from {known}"),
                         formats=','.join(unknown), known=', '.join(OUTPUT_FORMATS))
    if request.period:
        normalise_period(request.period)
    taxonomy = load_taxonomy(request.options.taxonomy)
    audiences = [load_audience(d) for d in request.template_dirs]
    audiences += [load_audience(n) for n in request.audiences or ([] if audiences else DEFAULT_AUDIENCES)]
    known = {i.id for i in taxonomy.indicators}
    for audience in audiences:
        check_audience(audience, known)
        if is_word_template(audience):
            check_word_formats(audience, request.formats or audience.formats)
    _check_writable(request.out_dir)
    db = request.db or Path(DEFAULT_DB_NAME)  # the working folder's, never the output folder's
    inspect_store(db)
    return CheckedBuild(audiences, db)


def check_audience(audience: Any, known_indicators: set[str]) -> None:
    """Raise TemplateError if the audience names unknown indicators or its body template does not compile."""
    from .render.environment import compile_template
    from .render.settings import unknown_indicators
    from .render.word_template import is_word_template, precheck as precheck_word_template

    settings_file = audience.folder / "settings.toml"
    missing = unknown_indicators(audience.settings, known_indicators)
    if missing:
        raise TemplateError(N_("{settings_file}: indicators: {missing} is not in the taxonomy; known ids: {known}")
                            if len(missing) == 1 else
                            N_("{settings_file}: indicators: {missing} are not in the taxonomy; known ids: {known}"),
                            settings_file=settings_file, missing=', '.join(repr(m) for m in missing),
                            known=', '.join(sorted(known_indicators)))
    if is_word_template(audience):
        precheck_word_template(audience)  # opened, tags repaired and compiled; problems named by paragraph
    else:
        compile_template(audience.search_dirs(), audience.body)


def _check_writable(out_dir: Path) -> None:
    """Raise OutputError unless ``out_dir`` is (or can be made as) a folder this process may write."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise OutputError(N_("--out {folder} is a file, not a folder; choose a folder"), folder=folder)
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(N_("cannot write to {folder}; choose another output folder with --out"), folder=folder)
