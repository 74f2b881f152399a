"""Audiences: folders holding a body template and a settings file.

The built-in ones ship in ``templates/`` (``reportgen.resources.templates_dir``);
an office's own copies live in ``./templates/NAME`` (made by
``reportgen templates new``) or in any folder passed with ``--template DIR``.
A local copy with a built-in's name wins, so an edited ``weekly`` is used.
"""
from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TemplateError, UsageError
from ..messages import N_
from ..oserrors import os_problem
from ..tomlerrors import toml_problem
from ..resources import templates_dir
from .confine import BODY_MAX_BYTES, REFERENCE_DOCX_MAX_BYTES, WORD_TEMPLATE_MAX_BYTES, confined_file
from .settings import validate_settings

SETTINGS_FILE = "settings.toml"
DEFAULT_BODY = "body.md.j2"
FORMATS = ("docx", "pdf", "xlsx")
SCRIPTS = ("simplified", "traditional")
LOCAL_DIR = Path("templates")
_NAME = re.compile(r"[^\W][\w-]*")


@dataclass(frozen=True)
class Audience:
    """One audience: its folder, parsed settings and the fields every build reads."""

    name: str
    folder: Path
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def description(self) -> str:
        return str(self.settings.get("description", ""))

    @property
    def refresh_fields(self) -> bool:
        """Whether a build fills this audience's Word contents through LibreOffice (``refresh_fields``)."""
        return bool(self.settings.get("refresh_fields", False))

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(self.settings.get("formats", ("docx",)))

    @property
    def body(self) -> str:
        return str(self.settings.get("body", DEFAULT_BODY))

    @property
    def script(self) -> str:
        return str(self.settings.get("script", "simplified"))

    @property
    def reference_docx(self) -> Path | None:
        """Return the audience's reference .docx for Word styles, if it has one (confined to its folder)."""
        name = self.settings.get("reference_docx")
        if not name:
            return None
        return confined_file(self.folder, str(name), f"{self.folder / SETTINGS_FILE}: reference_docx",
                             REFERENCE_DOCX_MAX_BYTES)

    def search_dirs(self) -> list[Path]:
        """Return the folders its templates may load from: its own, then the built-ins."""
        dirs = [self.folder.resolve()]
        builtin = templates_dir().resolve()
        return dirs if builtin in dirs else dirs + [builtin]


def _read_settings(folder: Path) -> dict[str, Any]:
    """Return a folder's parsed settings, checked; errors name the file."""
    path = folder / SETTINGS_FILE
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(N_("{folder} is not an audience: it has no {settings_file}"),
                            folder=folder, settings_file=SETTINGS_FILE) from None
    except OSError as exc:
        raise TemplateError(N_("cannot read {path}: {error}"), path=path, error=os_problem(exc)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(N_("{path} is not valid TOML: {error}"), path=path, error=toml_problem(exc)) from None
    return _check_settings(path, settings)


def _check_settings(path: Path, settings: dict[str, Any]) -> dict[str, Any]:
    """Return the settings checked against the schema (``settings.Settings``), with the files they
    name confined to the audience's folder; TemplateError naming ``path`` and the key otherwise."""
    settings = validate_settings(path, settings)
    body = str(settings.get("body", DEFAULT_BODY))
    confined_file(path.parent, body, f"{path}: body",
                  WORD_TEMPLATE_MAX_BYTES if body.lower().endswith(".docx") else BODY_MAX_BYTES)
    if settings.get("reference_docx"):
        confined_file(path.parent, str(settings["reference_docx"]), f"{path}: reference_docx",
                      REFERENCE_DOCX_MAX_BYTES)
    return settings


def _is_audience(folder: Path) -> bool:
    return (folder / SETTINGS_FILE).is_file()


def _candidates() -> list[Path]:
    """Return audience folders: the built-ins, then ./templates/*, each once."""
    seen: set[Path] = set()
    out = []
    for root in (templates_dir(), LOCAL_DIR):
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if _is_audience(folder) and folder.resolve() not in seen:
                seen.add(folder.resolve())
                out.append(folder)
    return out


def list_audiences() -> list[Audience]:
    """Return every audience found, built-ins first; a local copy replaces a built-in of its name."""
    by_name: dict[str, Audience] = {}
    for folder in _candidates():
        by_name[folder.name] = Audience(folder.name, folder, _read_settings(folder))
    return list(by_name.values())


def load_audience(name_or_dir: str | Path) -> Audience:
    """Return the audience in folder ``name_or_dir``, or the one named so (./templates first)."""
    path = Path(name_or_dir)
    if path.is_dir():
        return Audience(path.resolve().name, path, _read_settings(path))
    for root in (LOCAL_DIR, templates_dir()):
        folder = root / str(name_or_dir)
        if _NAME.fullmatch(str(name_or_dir)) and _is_audience(folder):
            return Audience(folder.name, folder, _read_settings(folder))
    known = ", ".join(a.name for a in list_audiences())
    raise UsageError(N_("no audience {name_or_dir!r}; known: {known} (or pass --template DIR)"),
                     name_or_dir=str(name_or_dir), known=known)


def new_audience(name: str, base: str = "weekly") -> Path:
    """Copy audience ``base`` to ./templates/NAME for editing; return the new folder."""
    if not _NAME.fullmatch(name):
        raise UsageError(N_("audience name {name!r} must be letters, digits, '_' or '-' (no slashes or dots)"),
                         name=name)
    source = load_audience(base)
    target = LOCAL_DIR / name
    if target.exists():
        raise UsageError(N_("{target} already exists; choose another name or delete it first"), target=target)
    try:
        shutil.copytree(source.folder, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    except OSError as exc:
        raise UsageError(N_("cannot create {target}: {error}"), target=target, error=os_problem(exc)) from None
    return target
