"""The pattern tables shipped beside the passes (``*.toml`` in this package)."""
from __future__ import annotations

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
