"""Errors users see, each with an exit code, and coded warnings.

Only ``cli.py`` catches ``ReportgenError`` and prints it (``Error: …``). A
problem with one input file is never an exception that stops the run: the
reader records it on that file's ``Source`` (status ``error`` or ``skipped``).

An error is raised with its message in English, marked for the catalogue, and
the values it names: ``StoreError(N_("{path} is not …"), path=path)``. The
sentence is looked up in the gettext catalogue (``messages``) when it is
shown, so it is in the language of whoever reads it, and ``params`` keep the
values for a program.
"""
from __future__ import annotations

import warnings
from typing import Any


class ReportgenError(Exception):
    """A failure the user can act on; ``str(e)`` says what, where and what next, in the current language."""

    exit_code = 1

    def __init__(self, message: str, /, **params: Any):
        super().__init__(message)
        self.message = message
        """The English message (the catalogue's msgid), with ``{name}`` fields for ``params``."""
        self.params = params

    def __str__(self) -> str:
        from .messages import _

        text = _(self.message)
        return text.format(**self.params) if self.params else text

    def __reduce__(self):
        """Pickle with the params, so an error raised in a worker process reaches the parent whole."""
        return _rebuild, (type(self), self.message, self.params)


def _rebuild(cls: type[ReportgenError], message: str, params: dict[str, Any]) -> ReportgenError:
    return cls(message, **params)


class UsageError(ReportgenError):
    """The command line asks for something that cannot be done."""

    exit_code = 2


class InputError(ReportgenError):
    """An input file cannot be read; the reader turns its ``reason`` into a status, not a stop."""

    exit_code = 3

    def __init__(self, code: str, /, **params: Any):
        from .reasons import MESSAGES, Reason

        self.reason = Reason.of(code, **params)
        super().__init__(MESSAGES[code], **params)
        self.code = code

    def __reduce__(self):
        return _rebuild_input, (type(self), self.code, dict(self.reason.params))


def _rebuild_input(cls: type[InputError], code: str, params: dict[str, Any]) -> InputError:
    return cls(code, **params)


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
    """A coded warning: something was lost or guessed, and the run went on; said in the current language."""

    def __init__(self, code: str, message: str, /, **params: Any):
        super().__init__(code, message)
        self.code = code
        self.message = message
        """The English message (the catalogue's msgid), with ``{name}`` fields for ``params``."""
        self.params = params

    def __str__(self) -> str:
        from .messages import _

        text = _(self.message)
        return _("{code}: {message}").format(code=self.code, message=text.format(**self.params) if self.params else text)

    def __reduce__(self):
        """Pickle with the params, so a warning raised in a worker process reaches the parent whole."""
        return _rebuild_warning, (type(self), self.code, self.message, self.params)


def _rebuild_warning(cls: type[ReportgenWarning], code: str, message: str, params: dict[str, Any]) -> ReportgenWarning:
    return cls(code, message, **params)


def warn(code: str, message: str, /, **params: Any) -> None:
    """Issue a coded warning (``W001: …``) of a message marked ``N_`` and its values; ``--strict`` makes it an error."""
    warnings.warn(ReportgenWarning(code, message, **params), stacklevel=2)
