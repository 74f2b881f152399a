"""Stage 2, normalise: ordered passes, each ``Document -> Document``.

Every pass is idempotent (running it twice changes nothing) and returns a new
``Document``; ``normalise`` checks that each one did, the way spaCy checks its
pipeline components, so a broken pass fails loudly at its seam.

The order matters: markup left as text goes first (an entity may stand for a
blank the next pass folds); characters are cleaned next so every pattern sees one
form; glosses go before the script conversion (a gloss splits the words OpenCC
converts); the page header is read before boilerplate drops it; page-break joins step
over captions by the same evidence the caption pass then marks them with, on
the joined paragraphs; the script is judged
and converted last, on the report text alone (the boilerplate and caption
tables match both scripts).

Every table a pass matches against is in one ``NormaliseRules``
(``load_normalise_rules``), loaded once per run by the caller and passed in.
"""
from __future__ import annotations

from collections.abc import Callable

from ..nodes import Document
from .boilerplate import drop_boilerplate, read_page_header
from .captions import mark_captions
from .characters import clean_characters
from .glosses import remove_pinyin_glosses
from .markup import strip_document_markup
from .paragraphs import join_page_breaks
from .rules import NormaliseRules, load_normalise_rules
from .script import to_simplified

#: a pass: the document and the run's rules in, a new document out
Pass = Callable[[Document, NormaliseRules], Document]

PASSES: list[tuple[str, Pass]] = [
    ("markup", lambda document, rules: strip_document_markup(document)),
    ("characters", lambda document, rules: clean_characters(document)),
    ("glosses", lambda document, rules: remove_pinyin_glosses(document)),
    ("page-header", lambda document, rules: read_page_header(document, rules.boilerplate)),
    ("boilerplate", lambda document, rules: drop_boilerplate(document, rules.boilerplate)),
    ("page-breaks", join_page_breaks),
    ("captions", lambda document, rules: mark_captions(document, rules.captions)),
    ("script", lambda document, rules: to_simplified(document, rules.script)),
]

__all__ = ["PASSES", "NormaliseRules", "Pass", "load_normalise_rules", "normalise"]


def normalise(document: Document, rules: NormaliseRules, passes: list[tuple[str, Pass]] | None = None) -> Document:
    """Return ``document`` after every normalisation pass, in order, each reading the run's ``rules``."""
    for name, run in passes if passes is not None else PASSES:
        result = run(document, rules)
        if not isinstance(result, Document):
            raise TypeError(f"normalise pass {name!r} returned {type(result).__name__}, not a Document")
        document = result
    return document
