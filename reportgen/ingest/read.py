"""Read one input file into a ``Document``, recording what became of it.

Cheap checks come first so memory stays bounded whatever the input: the size
from ``stat`` (empty, over the limit, not a regular file), then the first bytes
(``sniff``), and only then the whole file, read by the reader its format needs.
"""
from __future__ import annotations

import errno
import hashlib
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..nodes import Document, block_text
from ..reasons import Reason
from ..records import Source
from .office import ConverterMissing
from .pdf import ScannedPdf
from .sniff import HEAD_BYTES, Verdict, sniff

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[bytes], tuple[Document, str | None]]

_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _readers() -> dict[str, Reader]:
    from .docx import read_docx
    from .html import read_html
    from .pdf import read_pdf
    from .text import read_text

    return {"text": read_text, "docx": read_docx, "html": read_html, "pdf": read_pdf}


def _reader(verdict: Verdict) -> Reader:
    """Return the reader a verdict names; an office file is read through its LibreOffice conversion."""
    if verdict.format == "office":
        from .office import read_office

        return lambda data: read_office(data, verdict.suffix or ".doc")
    return _readers()[verdict.format]


@dataclass
class Ingested:
    """One input file: its source record, and its document when it could be read."""

    source: Source
    document: Document | None


def read(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """Return the ingested form of ``path``; never raises for a bad file."""
    source = Source(path=str(path))
    try:
        info = path.stat()
    except OSError as exc:
        return _fail(source, "error", _os_reason(exc))
    if stat.S_ISDIR(info.st_mode):
        return _fail(source, "error", Reason.of("unlistable_folder"))
    if not stat.S_ISREG(info.st_mode):
        return _fail(source, "skipped", Reason.of("not_regular"))
    if info.st_size == 0:
        return _fail(source, "skipped", Reason.of("empty"))
    if info.st_size > max_bytes:
        return _fail(source, "skipped", Reason.of("too_large", size=_size(info.st_size), limit=_size(max_bytes)))
    try:
        data = _read_bounded(path, max_bytes)
    except OSError as exc:
        return _fail(source, "error", _os_reason(exc))
    if len(data) > max_bytes:
        return _fail(source, "skipped", Reason.of("grew_past_limit", limit=_size(max_bytes)))
    source.sha256 = hashlib.sha256(data).hexdigest()
    verdict = sniff(path, data[:HEAD_BYTES])
    if verdict.format is None:
        return _fail(source, verdict.status, verdict.reason or Reason.of("unsupported_format", ext=path.suffix))
    source.format = verdict.format if verdict.format != "office" else (verdict.suffix or ".doc").lstrip(".")
    try:
        document, source.encoding = _reader(verdict)(data)
    except (ConverterMissing, ScannedPdf) as exc:
        return _fail(source, "skipped", exc.reason)
    except InputError as exc:
        return _fail(source, "error", exc.reason)
    except Exception as exc:  # noqa: BLE001 - the contract: one bad file never stops the run
        return _fail(source, "error", Reason.of("reader_failed", detail=f"{type(exc).__name__}: {exc}"))
    source.warning = document.meta.pop("warning", None)  # a Reason: bytes repaired to read it; meta keeps text only
    if not any(_HANZI.search(block_text(b)) for b in document.blocks):
        return _fail(source, "skipped", Reason.of("no_chinese"))
    return Ingested(source, document)


def _os_reason(exc: OSError) -> Reason:
    """Return why the system would not let the file be read: missing, forbidden, or its own words."""
    if exc.errno == errno.ENOENT:
        return Reason.of("not_found")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Reason.of("no_permission")
    return Reason.of("unreadable", detail=exc.strerror or exc)


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """Return at most ``max_bytes + 1`` bytes of ``path`` (one more tells it grew)."""
    with open(path, "rb", buffering=0) as handle:
        chunks, left = [], max_bytes + 1
        while left > 0:
            chunk = handle.read(min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    return b"".join(chunks)


def _size(size: int) -> str:
    """Return a file size as a reader says it, in units that need no translation (20.0 MB, 12 KB, 900 B)."""
    if size >= 2**20:
        return f"{size / 2**20:.1f} MB"
    return f"{size / 2**10:.1f} KB" if size >= 2**10 else f"{size} B"


def _fail(source: Source, status: str, reason: Reason) -> Ingested:
    source.refuse(status, reason)  # type: ignore[arg-type]
    return Ingested(source, None)
