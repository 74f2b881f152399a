"""Normalise's knowledge, loaded once per run and handed to ``normalise``.

``NormaliseRules`` holds every table the passes match against, parsed and
compiled once (``load_normalise_rules``), the way extract's ``Lexicon`` holds
extract's: no pass loads a table on its own, so a run loads each once and
nothing lingers in a module between runs.

- ``boilerplate``: furniture lines and page-header fields (``boilerplate.toml``);
- ``captions``: photo-caption evidence (``captions.toml``);
- ``measure_start``: a measure word opening a paragraph (``measure_words.toml``),
  evidence that a page break split a number from its unit;
- ``script``: OpenCC's converters, which judge and convert Traditional text.

The tables are written in Simplified; each is compiled in both scripts with
one ``s2t`` converter, used while loading only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import BoilerplatePatterns, load_boilerplate_patterns
from .captions import CaptionPatterns, load_caption_patterns
from .paragraphs import load_measure_start
from .script import ScriptConverters, load_script_converters


@dataclass(frozen=True, eq=False)
class NormaliseRules:
    """Every rule table the normalise passes read, for one run."""

    boilerplate: BoilerplatePatterns = field(repr=False)
    captions: CaptionPatterns = field(repr=False)
    measure_start: re.Pattern[str] = field(repr=False)
    script: ScriptConverters = field(repr=False)

    def clear_cache(self) -> None:
        """Forget the caption verdicts kept so far (a benchmark does this between documents, so that
        a paragraph repeated across its copies is judged again as a new report's would be)."""
        self.captions.verdicts.clear()


def load_normalise_rules() -> NormaliseRules:
    """Return normalise's rule tables, each parsed and compiled once."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    return NormaliseRules(
        boilerplate=load_boilerplate_patterns(to_traditional),
        captions=load_caption_patterns(to_traditional),
        measure_start=load_measure_start(to_traditional),
        script=load_script_converters(),
    )
