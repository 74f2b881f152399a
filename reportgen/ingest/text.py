"""Plain-text reports: detect the encoding, one paragraph per non-empty line."""
from __future__ import annotations

from ..nodes import Document, Para
from .encoding import decode_damaged


def paragraphs(text: str) -> list[str]:
    """Return the non-empty lines of ``text``, stripped: one paragraph each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_text(data: bytes) -> tuple[Document, str]:
    """Return the document of a plain-text file and its encoding; a repaired file's meta carries a ``warning``."""
    decoded = decode_damaged(data)
    meta = {"warning": decoded.warning} if decoded.warning else {}
    return Document(meta=meta, blocks=tuple(Para.of(p) for p in paragraphs(decoded.text))), decoded.encoding
