"""Where a TOML file a user wrote is broken, said in the clerk's language.

``tomllib`` says what is wrong in English and where as "(at line 3, column
5)"; the clerk needs the where most (it finds the line), so the place is
taken out and said through the catalogue, and the parser's own words follow
it unchanged (a library's message, not one of ours).
"""
from __future__ import annotations

import re
import tomllib

from .messages import _

_PLACE = re.compile(r"^(?P<what>.*?) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|(?P<end>end of document))\)$",
                    re.DOTALL)


def toml_problem(exc: tomllib.TOMLDecodeError | UnicodeDecodeError) -> str:
    """Return ``第 3 行第 5 列：Invalid value`` (``line 3, column 5: Invalid value``) for a TOML parse error."""
    if isinstance(exc, UnicodeDecodeError):
        return _("not UTF-8 text; save it as UTF-8")
    match = _PLACE.match(str(exc))
    if match is None:
        return str(exc)
    if match["end"]:
        return _("at the end of the file: {what}").format(what=match["what"])
    return _("line {line}, column {column}: {what}").format(line=match["line"], column=match["column"],
                                                            what=match["what"])
