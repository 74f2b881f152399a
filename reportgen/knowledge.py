"""The run's knowledge for reading reports: loaded once per run (and once per worker), passed to every file.

Reading a report takes two stages' rule tables: normalise's (``NormaliseRules``:
furniture lines, captions, script converters) and extract's (``Lexicon``: the
taxonomy, extract's rule tables, the segmenter). Both are loaded here, once,
and handed to ``pipeline.extract_file`` for every file; worker processes and
Dask workers build their own once, from the taxonomy they are sent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import Lexicon
    from .normalise import NormaliseRules
    from .taxonomy import Taxonomy


@dataclass(frozen=True, eq=False)
class RunKnowledge:
    """Normalise's rule tables and extract's lexicon, for one run."""

    normalise_rules: NormaliseRules
    lexicon: Lexicon


def knowledge_of(taxonomy: Taxonomy) -> RunKnowledge:
    """Return the run's knowledge for a loaded ``taxonomy``."""
    from .extract import load_lexicon
    from .normalise import load_normalise_rules

    return RunKnowledge(normalise_rules=load_normalise_rules(), lexicon=load_lexicon(taxonomy))
