"""The pattern tables shipped beside the passes (``*.toml`` in this package)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resources import load_data


@lru_cache(maxsize=None)
def load_table(name: str) -> dict[str, Any]:
    """Return the parsed TOML table ``name`` (e.g. ``"boilerplate"``) of this package."""
    return load_data(f"normalise/{name}.toml")


@lru_cache(maxsize=None)
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t")


def both_scripts(patterns: list[str]) -> list[str]:
    """Return ``patterns`` plus their Traditional spelling where it differs.

    The tables are written in Simplified; matching the Traditional spelling
    too lets boilerplate and captions be found before the script conversion,
    which then judges a document by its report text alone.
    """
    convert = _to_traditional().convert
    out = list(patterns)
    for pattern in patterns:
        traditional = convert(pattern)
        if traditional != pattern and traditional not in out:
            out.append(traditional)
    return out
