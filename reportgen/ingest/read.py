"""Read one input file into a ``Document``, recording what became of it.

Cheap checks come first so memory stays bounded whatever the input: the size
from ``stat`` (empty, over the limit, not a regular file), then the first bytes
(``sniff``), and only then the whole file, read by the reader its format needs.
"""
from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..nodes import Document, block_text
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
        return _fail(source, "error", f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    if stat.S_ISDIR(info.st_mode):
        return _fail(source, "error", "cannot list the folder; check that it is readable")
    if not stat.S_ISREG(info.st_mode):
        return _fail(source, "skipped", "not a regular file (a device, pipe or socket); give reportgen files or folders")
    if info.st_size == 0:
        return _fail(source, "skipped", "the file is empty")
    if info.st_size > max_bytes:
        return _fail(source, "skipped", f"the file is larger than the limit ({_mb(info.st_size)} > {_mb(max_bytes)}); "
                                        "raise --max-mb to read it")
    try:
        data = _read_bounded(path, max_bytes)
    except OSError as exc:
        return _fail(source, "error", f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    if len(data) > max_bytes:
        return _fail(source, "skipped", f"the file grew past the limit ({_mb(max_bytes)}) while being read; raise --max-mb to read it")
    source.sha256 = hashlib.sha256(data).hexdigest()
    verdict = sniff(path, data[:HEAD_BYTES])
    if verdict.format is None:
        return _fail(source, verdict.status, verdict.reason or "not a supported file")
    source.format = verdict.format if verdict.format != "office" else (verdict.suffix or ".doc").lstrip(".")
    try:
        document, source.encoding = _reader(verdict)(data)
    except (ConverterMissing, ScannedPdf) as exc:
        return _fail(source, "skipped", str(exc))
    except InputError as exc:
        return _fail(source, "error", str(exc))
    except Exception as exc:  # noqa: BLE001 - the contract: one bad file never stops the run
        return _fail(source, "error", f"reportgen could not read this file ({type(exc).__name__}: {exc}); "
                                      "re-save it as UTF-8 text or .docx, and please report the problem")
    source.warning = document.meta.get("warning")  # bytes repaired to read it (encoding.decode_damaged)
    if not any(_HANZI.search(block_text(b)) for b in document.blocks):
        source.status = "skipped"
        source.error = "no Chinese text; reportgen reads Chinese reports"
        return Ingested(source, None)
    return Ingested(source, document)


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


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size} bytes"


def _fail(source: Source, status: str, message: str) -> Ingested:
    source.status = status  # type: ignore[assignment]
    source.error = message
    return Ingested(source, None)
