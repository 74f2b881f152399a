"""Where a build writes each file: the output folder and a name that carries the issue.

The name comes from the project's file-name pattern (``project.file_stem``;
default ``{masthead}第{issue}期-{audience}``), so one output folder holds
every week's documents side by side and week 2 never overwrites week 1.
"""
from __future__ import annotations

from typing import Any

from .project import file_stem


def masthead_name(audience: Any) -> str:
    """Return the name an audience's documents go by: its masthead name, else its title, else its name."""
    if audience is None:
        return ""
    settings = audience.settings
    masthead = settings.get("masthead")
    if isinstance(masthead, dict) and masthead.get("name"):
        return str(masthead["name"])
    return str(settings.get("title") or audience.name)


def output_name(request: Any, audience: Any, name: str, recorded: Any, suffix: str) -> str:
    """Return the file name of one output of a build (``request`` a ``pipeline.BuildRequest``)."""
    stem = file_stem(request.file_name, masthead=masthead_name(audience), audience=name,
                     issue=recorded.issue_no if recorded else "", period=recorded.period if recorded else "",
                     series=recorded.series if recorded else "")
    return f"{stem}.{suffix}"
