"""The pattern tables shipped beside the passes (``*.toml`` in this package)."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReportgenError

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_table(name: str) -> dict[str, Any]:
    """Return the parsed TOML table ``name`` (e.g. ``"boilerplate"``) of this package."""
    path = DATA_DIR / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReportgenError(f"cannot load the normalise table {path}: {exc}; reinstall reportgen") from exc
