"""Write output files atomically: a temporary file beside the target, then a rename.

An interrupted build therefore leaves either the old file or the new one,
never half a document.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError
from .messages import N_
from .oserrors import os_problem


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` on a temporary file, then move it to ``path``; return ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(N_("cannot write to {parent}: {error}; choose another output folder"),
                          parent=path.parent, error=os_problem(exc)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    """Return the process umask (reading it means setting it, so set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; return ``path``."""
    return write_atomic(path, lambda out: out.write(data))
