"""The indicator taxonomy: indicators, campaign stages, unit aliases, domain words.

Held as data (``default.toml``) so an office can pass its own with
``--taxonomy FILE`` instead of editing code.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import TaxonomyError
from ..resources import data_path

DEFAULT_PATH = data_path("taxonomy/default.toml")


@dataclass(frozen=True)
class Taxonomy:
    """The parsed taxonomy file; ``raw`` keeps every table for the stages that read it."""

    path: str
    raw: dict = field(default_factory=dict)

    def indicator_for(self, obj: str | None, unit: str) -> str | None:
        """Return the id of the indicator a figure counting ``obj`` in ``unit`` maps to, else None."""
        return None

    def stage_for(self, text: str) -> str | None:
        """Return the campaign stage whose cue words ``text`` carries, else None."""
        return None


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Return the taxonomy at ``path`` (default: the shipped one)."""
    path = path or DEFAULT_PATH
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(f"cannot read taxonomy file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"taxonomy file {path} is not valid TOML: {exc}") from None
    return Taxonomy(path=str(path), raw=raw)
