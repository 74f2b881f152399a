"""A build's outputs staged in a hidden folder and moved into place only when all of them are made.

The output folder holds the last good documents (and usually the history
store). A build writes every file into ``.reportgen-stage-XXXX`` inside that
folder (same file system, so moving in is a rename), and only when every
document rendered does ``publish`` move them in, keeping the files they
replace until the history has committed too (``history.Recording.commit``).
A build that fails at any point leaves the folder as it was.

At the start of a build, what killed builds left behind is removed: stray
``.NAME.XXXXXXXX.part`` files (``atomic.write_atomic``) and stage folders
whose build is no longer running.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError
from .messages import N_
from .oserrors import os_problem

STAGE_PREFIX = ".reportgen-stage-"
OWNER_FILE = ".owner-pid"
PART_FILE = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")  # mkstemp's eight random characters


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Remove partial files and abandoned stage folders from ``out_dir``; return what was removed."""
    removed: list[Path] = []
    if not out_dir.is_dir():
        return removed
    for entry in out_dir.iterdir():
        try:
            if entry.is_file() and not entry.is_symlink() and PART_FILE.match(entry.name):
                entry.unlink()
                removed.append(entry)
            elif entry.is_dir() and not entry.is_symlink() and entry.name.startswith(STAGE_PREFIX) \
                    and not _owner_alive(entry):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
        except OSError:
            continue  # another build's file, or a permission problem: not this build's to clear
    return removed


def _owner_alive(stage: Path) -> bool:
    """Return whether the build that made ``stage`` is still running."""
    try:
        pid = int((stage / OWNER_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Staging:
    """Context manager: a stage folder in ``out_dir``; ``publish`` moves its files in; the folder goes on exit."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.dir: Path | None = None
        self.names: list[str] = []
        self.published: list[Path] = []

    def __enter__(self) -> Staging:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            remove_leftovers(self.out_dir)
            self.dir = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=self.out_dir))
            (self.dir / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
        except OSError as exc:
            raise OutputError(N_("cannot write to {out_dir}: {error}; choose another output folder with --out"),
                              out_dir=self.out_dir, error=os_problem(exc)) from None
        return self

    def __exit__(self, *exc) -> None:
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, name: str) -> Path:
        """Return where to write output ``name`` now (it is moved to ``out_dir/name`` on publish)."""
        assert self.dir is not None, "Staging used outside its with-block"
        if name not in self.names:
            self.names.append(name)
        return self.dir / name

    def publish(self) -> Callable[[], None]:
        """Move every staged file into ``out_dir``; return a function that puts the previous files back."""
        assert self.dir is not None
        kept = self.dir / ".previous"
        kept.mkdir()
        moved: list[tuple[Path, Path | None]] = []  # (target, its previous file kept aside, if any)

        def restore() -> None:
            for target, previous in reversed(moved):
                try:
                    if previous is not None:
                        os.replace(previous, target)
                    else:
                        target.unlink(missing_ok=True)
                except OSError:
                    continue
            self.published = []

        try:
            for name in self.names:
                staged, target = self.dir / name, self.out_dir / name
                if not staged.exists():
                    continue
                previous = None
                if target.exists() or target.is_symlink():
                    previous = kept / name
                    os.replace(target, previous)
                moved.append((target, previous))
                os.replace(staged, target)
                self.published.append(target)
        except OSError as exc:
            restore()
            raise OutputError(N_("cannot move the new documents into {out_dir}: {error}; the previous ones were "
                                 "kept"), out_dir=self.out_dir, error=os_problem(exc)) from None
        return restore
