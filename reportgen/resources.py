"""Where the shipped data lives: the embedded seeds and the built-in templates.

In an installed wheel they sit inside the package (``reportgen/seeds``,
``reportgen/templates``); in a source checkout or an editable install they are
the top-level ``seeds/`` and ``templates/`` folders beside the package.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import ReportgenError
from .messages import N_

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """Return the folder ``name`` inside the package, else beside it in the checkout."""
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def seeds_dir() -> Path:
    """Return the folder of the embedded default corpus."""
    return _shipped("seeds")


def templates_dir() -> Path:
    """Return the folder of the built-in audiences."""
    return _shipped("templates")


def data_path(name: str) -> Path:
    """Return a data file shipped inside the package (taxonomy, lexicons)."""
    return PACKAGE_DIR / name


def load_data(name: str) -> dict[str, Any]:
    """Return the parsed TOML data file ``name`` shipped in the package ("measure_words.toml").

    Every stage keeps its rules as data; one loader finds them the same way and
    turns a missing or damaged file (a broken install) into a clear error.
    """
    path = data_path(name)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReportgenError(N_("cannot load reportgen's data file {path}: {error}; reinstall reportgen"),
                             path=path, error=exc) from None
