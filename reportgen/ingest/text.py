"""Plain-text reports: detect the encoding, one paragraph per non-empty line."""
from __future__ import annotations

from ..nodes import Document, Para
from .encoding import decode


def paragraphs(text: str) -> list[str]:
    """Return the non-empty lines of ``text``, stripped: one paragraph each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def read_text(data: bytes) -> tuple[Document, str]:
    """Return the document of a plain-text file and its encoding."""
    text, encoding = decode(data)
    return Document(meta={}, blocks=tuple(Para.of(p) for p in paragraphs(text))), encoding
