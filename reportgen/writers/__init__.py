"""Writers: turn a Document into an output file (Word, PDF).

``WRITERS`` maps a format name to its writer, each
``write_x(doc: Document, out: BinaryIO, layout: Layout) -> None``; the heavy
libraries (python-docx, reportlab) are imported only when a writer runs.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from ..errors import UsageError
from ..messages import N_
from ..nodes import Document
from .docx import write_docx
from .layout import Layout
from .pdf import write_pdf

Writer = Callable[[Document, BinaryIO, Layout], None]

WRITERS: dict[str, Writer] = {"docx": write_docx, "pdf": write_pdf}


def writer_for(fmt: str) -> Writer:
    """Return the writer of format ``fmt`` or say which formats exist."""
    try:
        return WRITERS[fmt.lower().lstrip(".")]
    except KeyError:
        raise UsageError(N_("unknown output format {fmt!r}; known formats: {known}"),
                         fmt=fmt, known=', '.join(sorted(WRITERS))) from None


__all__ = ["WRITERS", "Layout", "write_docx", "write_pdf", "writer_for"]
