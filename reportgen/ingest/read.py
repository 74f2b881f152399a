"""Read one input file into a ``Document``, recording what became of it."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..nodes import Document
from ..records import Source
from .text import read_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

READERS = {".txt": ("text", read_text)}


@dataclass
class Ingested:
    """One input file: its source record, and its document when it could be read."""

    source: Source
    document: Document | None


def read(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Return the ingested form of ``path``; never raises for a bad file."""
    source = Source(path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fail(source, "error", f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    source.sha256 = hashlib.sha256(data).hexdigest()
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        return _fail(source, "skipped", f"not a supported format ({path.suffix or 'no extension'}); use .txt, .docx or .html")
    source.format, reader = entry
    try:
        document, source.encoding = reader(data)
    except InputError as exc:
        return _fail(source, "error", str(exc))
    return Ingested(source, document)


def _fail(source: Source, status: str, message: str) -> Ingested:
    source.status = status  # type: ignore[assignment]
    source.error = message
    return Ingested(source, None)
