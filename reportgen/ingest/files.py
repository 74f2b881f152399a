"""Walk the user's paths into a sorted list of input files."""
from __future__ import annotations

import os
from pathlib import Path

from .sniff import is_litter


def collect(paths: list[Path]) -> list[Path]:
    """Return every file under ``paths``, each once: directories walked recursively in
    sorted order, hidden entries and office litter (``~$`` lock files, Thumbs.db,
    desktop.ini) skipped, symlinked directories followed once (no loops).

    A path given explicitly is kept even when it is missing or unreadable, so that
    ``read`` reports it; an entry that cannot be examined (a symlink loop, a
    dangling link) is kept for the same reason.
    """
    out: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        if path.is_dir():
            _walk(path, out, seen_dirs)
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def _walk(folder: Path, out: list[Path], seen: set[tuple[int, int]]) -> None:
    try:
        st = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        out.append(folder)
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return
    seen.add(key)
    for entry in entries:
        if entry.name.startswith(".") or is_litter(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            _walk(child, out, seen)
        else:
            out.append(child)
