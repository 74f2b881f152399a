"""Where a TOML file a user wrote is broken and what to do, said in the clerk's language.

``tomllib`` says what is wrong in English and where as "(at line 3, column
5)"; the clerk needs the where most (it finds the line) and what to look
for there, so both are said through the catalogue, and the parser's own
words follow in brackets (a library's detail, never the whole message).
"""
from __future__ import annotations

import re
import tomllib

from .messages import _

_PLACE = re.compile(r"^(?P<what>.*?) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|(?P<end>end of document))\)$",
                    re.DOTALL)


def toml_problem(exc: tomllib.TOMLDecodeError | UnicodeDecodeError) -> str:
    """Return ``第 3 行第 5 列有误（Invalid value）；…`` (``line 3, column 5 (Invalid value); …``) for a TOML
    parse error."""
    if isinstance(exc, UnicodeDecodeError):
        return _("not UTF-8 text; save it as UTF-8")
    match = _PLACE.match(str(exc))
    if match is None:
        return _("it cannot be read as TOML ({what}); check the lines edited last").format(what=exc)
    if match["end"]:
        return _("the file ends too early ({what}); check that the last line has its value, closing quote "
                 "and closing bracket").format(what=match["what"])
    return _("line {line}, column {column} ({what}); check that text there is in quotes, brackets are closed "
             "and each key is written key = value").format(line=match["line"], column=match["column"],
                                                            what=match["what"])
