"""The pattern tables shipped beside the passes (``*.toml`` in this package)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..resources import load_data

#: a Simplified-to-Traditional converter (OpenCC's ``s2t``), loaded once per run by ``rules.load_normalise_rules``
ToTraditional = Callable[[str], str]


def load_table(name: str) -> dict[str, Any]:
    """Return the parsed TOML table ``name`` (e.g. ``"boilerplate"``) of this package."""
    return load_data(f"normalise/{name}.toml")


def both_scripts(patterns: list[str], to_traditional: ToTraditional) -> list[str]:
    """Return ``patterns`` plus their Traditional spellings where they differ.

    The tables are written in Simplified; matching the Traditional spelling
    too lets boilerplate and captions be found before the script conversion,
    which then judges a document by its report text alone.
    """
    out = list(patterns)
    for pattern in patterns:
        # the phrase's spelling and each character's own (发布 is 發佈 as a phrase, yet pages write 發布)
        for traditional in (to_traditional(pattern), "".join(map(to_traditional, pattern))):
            if traditional != pattern and traditional not in out:
                out.append(traditional)
    return out


#: a pattern's leading global flags (``(?i)``), which inside an alternation must become a scoped group
_GLOBAL_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """Return one compiled pattern that matches where any of ``patterns`` does.

    A line is tested against a whole table of patterns; one alternation is a
    single scan in the regex engine instead of a Python loop over the table
    (``fullmatch`` and ``search`` find a match exactly when one of the
    patterns alone would). A pattern's leading global flags apply to its own
    branch only. An empty table matches nothing. A backreference would point
    at another branch's group, so a pattern holding one is refused.
    """
    branches = []
    for pattern in patterns:
        if _BACKREFERENCE.search(pattern):
            raise ValueError(f"pattern {pattern!r} holds a backreference: it cannot be joined into one alternation")
        flags = _GLOBAL_FLAGS.match(pattern)
        branches.append(f"(?{flags.group(1)}:{pattern[flags.end():]})" if flags else f"(?:{pattern})")
    return re.compile("|".join(branches) if branches else "(?!)")
