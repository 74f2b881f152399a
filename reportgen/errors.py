"""Errors users see, each with an exit code, and coded warnings.

Only ``cli.py`` catches ``ReportgenError`` and prints it (``Error: …``). A
problem with one input file is never an exception that stops the run: the
reader records it on that file's ``Source`` (status ``error`` or ``skipped``).
"""
from __future__ import annotations

import warnings


class ReportgenError(Exception):
    """A failure the user can act on; ``str(e)`` says what, where and what next."""

    exit_code = 1


class UsageError(ReportgenError):
    """The command line asks for something that cannot be done."""

    exit_code = 2


class InputError(ReportgenError):
    """An input file cannot be read; the reader turns it into a status, not a stop."""

    exit_code = 3


class TaxonomyError(ReportgenError):
    """A taxonomy file is missing, malformed or inconsistent."""

    exit_code = 4


class TemplateError(ReportgenError):
    """A template is missing, invalid or tried something it may not; names file and line."""

    exit_code = 5


class OutputError(ReportgenError):
    """An output file or the history store cannot be written."""

    exit_code = 6


class StoreError(ReportgenError):
    """The history store is not reportgen's, is newer than this reportgen, or cannot be read or migrated."""

    exit_code = 7


class NothingReadable(ReportgenError):
    """No input could be read: no document is written and no issue number used."""

    exit_code = 8


class ReportgenWarning(UserWarning):
    """A coded warning: something was lost or guessed, and the run went on."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def __reduce__(self):
        """Pickle by (code, message), so a warning raised in a worker process reaches the parent."""
        return type(self), (self.code, self.message)


def warn(code: str, message: str) -> None:
    """Issue a coded warning (``W001: …``); ``--strict`` turns them into errors."""
    warnings.warn(ReportgenWarning(code, message), stacklevel=2)
