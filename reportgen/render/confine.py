"""Files a template or its settings names, confined to the template's folder.

Templates and settings are edited by hand and shared between offices, so a
name in them is untrusted: ``reference_docx = "/dev/zero"`` must not make a
build read until the machine runs out of memory, and ``"../../etc/passwd"``
must not be opened at all. Every such name goes through ``confined_file``:

* it resolves (symlinks followed) to a place inside the template's folder;
* it is a regular file (not a device, FIFO, socket or folder);
* it is no larger than the cap for its kind.

Anything else is a ``TemplateError`` naming the setting and the file.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import TemplateError
from ..messages import N_
from ..oserrors import os_problem

MB = 1024 * 1024
BODY_MAX_BYTES = 1 * MB        # a Jinja template is text a person writes
REFERENCE_DOCX_MAX_BYTES = 20 * MB
WORD_TEMPLATE_MAX_BYTES = 20 * MB  # a body that is a Word document (docxtpl), images and all
IMAGE_MAX_BYTES = 20 * MB


def confined_file(folder: Path, name: str, key: str, max_bytes: int, roots: tuple[Path, ...] = ()) -> Path:
    """Return the resolved path of ``name`` inside ``folder`` (or one of ``roots``), checked.

    ``key`` is the setting or template reference the name came from; it is
    named in every refusal so the author knows which line to fix.
    """
    allowed = tuple(Path(r).resolve() for r in (folder, *roots))
    text = str(name)
    if not text.strip() or "\x00" in text:
        raise TemplateError(N_("{key} = {text!r}: not a file name; name a file in {folder}"),
                            key=key, text=text, folder=folder)
    candidate = Path(text)
    where = f"{key} = {text!r}"
    if candidate.is_absolute():
        raise TemplateError(N_("{where}: an absolute path is not allowed; put the file in {folder} and give its "
                               "name relative to that folder"), where=where, folder=folder)
    lexical = Path(os.path.normpath(Path(folder).resolve() / candidate))
    if not any(lexical.is_relative_to(root) for root in allowed):
        raise TemplateError(N_("{where}: {lexical} is outside the template folder {folder}; only files inside "
                               "it may be named"), where=where, lexical=lexical, folder=folder)
    try:
        resolved = (Path(folder) / candidate).resolve(strict=True)
    except FileNotFoundError:
        raise TemplateError(N_("{where}: no such file in {folder}"), where=where, folder=folder) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
        raise TemplateError(N_("{where}: cannot be resolved ({error}); name a plain file in {folder}"),
                            where=where, error=exc, folder=folder) from None
    if not any(resolved.is_relative_to(root) for root in allowed):
        raise TemplateError(N_("{where}: {resolved} is outside the template folder {folder}; only files inside "
                               "it may be named"), where=where, resolved=resolved, folder=folder)
    return check_regular_file(resolved, where, max_bytes)


def check_regular_file(path: Path, where: str, max_bytes: int) -> Path:
    """Return ``path`` if it is a regular file of at most ``max_bytes``; else TemplateError naming ``where``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise TemplateError(N_("{where}: cannot read {path} ({error})"),
                            where=where, path=path, error=os_problem(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise TemplateError(N_("{where}: {path} is not a regular file (a folder, device or pipe); name a file"),
                            where=where, path=path)
    if info.st_size > max_bytes:
        raise TemplateError(N_("{where}: {path} is {size:.1f} MB, more than the {limit:.0f} MB allowed for it"),
                            where=where, path=path, size=info.st_size / MB, limit=max_bytes / MB)
    return path


def read_confined_text(path: Path, where: str, max_bytes: int) -> str:
    """Return the text of an already confined file, reading no more than ``max_bytes`` + 1 bytes.

    The size is checked again while reading, so a file that grows after the
    check (or a name swapped for a device in between) is still bounded.
    """
    check_regular_file(path, where, max_bytes)
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TemplateError(N_("{where}: {path} is more than the {limit:.0f} MB allowed for it"),
                            where=where, path=path, limit=max_bytes / MB)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(N_("{where}: {path} is not UTF-8 text ({error}); save it as UTF-8"),
                            where=where, path=path, error=exc) from None
