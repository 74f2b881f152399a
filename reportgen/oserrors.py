"""What the operating system said when a file or folder could not be used, in the clerk's language.

``OSError.strerror`` is the C library's English ("No such file or
directory"). An error message names the file and what to do in its own
words; the system's reason is one of its values, said through the
catalogue for the common cases and as the system wrote it otherwise.
"""
from __future__ import annotations

import errno
from dataclasses import dataclass

from .messages import N_, _

OS_WORDS = {
    errno.ENOENT: N_("there is no such file or folder"),
    errno.EACCES: N_("no permission"),
    errno.EPERM: N_("no permission"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("it already exists"),
    errno.ENAMETOOLONG: N_("the name is too long"),
}


@dataclass(frozen=True)
class SystemReason:
    """Why the system refused, kept as its error number and its own words; ``str`` says it in the current language."""

    number: int | None
    words: str

    def __str__(self) -> str:
        known = OS_WORDS.get(self.number)
        return _(known) if known else self.words


def os_problem(exc: BaseException) -> SystemReason:
    """Return why ``exc`` (an OSError, or any other failure to use a file) happened, for a message's value."""
    if isinstance(exc, OSError):
        return SystemReason(exc.errno, exc.strerror or str(exc))
    return SystemReason(None, str(exc))
