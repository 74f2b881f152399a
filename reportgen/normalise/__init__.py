"""Stage 2, normalise: ordered passes, each ``Document -> Document``.

Every pass is idempotent (running it twice changes nothing) and returns a new
``Document``; ``normalise`` checks that each one did, the way spaCy checks its
pipeline components, so a broken pass fails loudly at its seam.
"""
from __future__ import annotations

from collections.abc import Callable

from ..nodes import Document
from .script import to_simplified

Pass = Callable[[Document], Document]

PASSES: list[tuple[str, Pass]] = [
    ("script", to_simplified),
]


def normalise(document: Document, passes: list[tuple[str, Pass]] | None = None) -> Document:
    """Return ``document`` after every normalisation pass, in order."""
    for name, run in passes if passes is not None else PASSES:
        result = run(document)
        if not isinstance(result, Document):
            raise TypeError(f"normalise pass {name!r} returned {type(result).__name__}, not a Document")
        document = result
    return document
