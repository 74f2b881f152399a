"""Reports sent twice: the second copy is noted as a duplicate of the first and not read again.

Offices re-send a report (the same file twice, or the .doc and then the .docx
or the PDF of it). A copy is recognised by its bytes (``Source.sha256``) or,
across formats, by its text: every article's title and body paragraphs with
all whitespace removed, so a PDF's re-wrapped lines still match. The later
copy keeps its place in the export, skipped, with the first copy's path as
the reason; the comparison then counts the report once.
"""
from __future__ import annotations

import hashlib
import re

from .reasons import Reason
from .records import Extraction

_SPACE = re.compile(r"\s+")


def text_key(extraction: Extraction) -> str | None:
    """Return a fingerprint of a document's text (titles and body paragraphs), or None when it has none."""
    parts = [_SPACE.sub("", part) for a in extraction.articles for part in (a.title or "", *a.paragraphs)]
    text = "\n".join(p for p in parts if p)
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None


class DuplicateNotes:
    """The reports seen so far in one run, by bytes and by text; ``note`` marks a later copy."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def note(self, extraction: Extraction) -> Extraction:
        """Mark ``extraction`` skipped when it repeats a report seen earlier in the run; return it."""
        source = extraction.source
        if source.status != "ok":
            return extraction
        text = text_key(extraction)
        keys = [key for key in (source.sha256 and f"bytes:{source.sha256}", text and f"text:{text}") if key]
        first = next((self._first[k] for k in keys if k in self._first), None)
        if first is not None:
            source.refuse("skipped", Reason.of("duplicate", first=first))
            extraction.articles = []
            return extraction
        for key in keys:
            self._first.setdefault(key, source.path)
        return extraction
