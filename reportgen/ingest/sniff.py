"""Decide which reader a file needs, from its extension checked against its first bytes.

The extension is what the user meant; the first bytes are what the file is. A
Word package or a web page saved as ``.txt`` is read for what it is; a text
file renamed ``.docx`` is an error the user can fix; anything else is skipped
with a reason (see ``formats.toml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..reasons import Reason
from ..resources import load_data

HEAD_BYTES = 1024
"""How many leading bytes ``sniff`` needs to see."""

#: a page, or a fragment of one copied as it was scraped: markup opening with a block or line tag
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*"
    rb"<(!doctype\s+html|html[\s>]|(h[1-6]|p|div|table|body|section|article|br)[\s/>])",
    re.IGNORECASE | re.DOTALL)
_BOMS = (b"\xef\xbb\xbf",)


@dataclass(frozen=True)
class Verdict:
    """Which reader to use (``format``), or the status and reason when there is none."""

    format: str | None
    status: str = "ok"
    reason: Reason | None = None
    suffix: str | None = None
    """For a file converted by LibreOffice: the extension that tells it the format (".doc")."""


@cache
def _table() -> dict:
    return load_data("ingest/formats.toml")


def content_kind(head: bytes) -> str | None:
    """Return what the leading bytes say the file is ("zip", "pdf", "ole", "html", "rtf"), or None."""
    for entry in _table()["magic"]:
        if head.startswith(bytes.fromhex(entry["hex"])):
            return entry["kind"]
    for bom in _BOMS:
        head = head.removeprefix(bom)
    if _HTML_START.match(head):
        return "html"
    return None


def sniff(path: Path, head: bytes) -> Verdict:
    """Return the reader for ``path`` given its first ``HEAD_BYTES`` bytes ``head``."""
    table = _table()
    ext = path.suffix.lower()
    claimed = table["extensions"].get(ext)
    if claimed is None:
        if ext in table["unsupported"]:
            return Verdict(None, "skipped", Reason.of(table["unsupported"][ext]))
        return Verdict(None, "skipped", Reason.of("unsupported_format", ext=ext) if ext else Reason.of("no_extension"))
    kind = content_kind(head)
    if claimed == "docx":
        if kind == "zip":
            return Verdict("docx")
        if kind == "ole":
            return Verdict("office", suffix=".doc")  # an old .doc renamed .docx
        return Verdict(None, "error", Reason.of("not_a_docx"))
    if claimed == "pdf":
        if kind == "pdf":
            return Verdict("pdf")
        return Verdict(None, "error", Reason.of("not_a_pdf"))
    if claimed == "office":
        if kind == "zip" and ext not in table["packages"]["convert"]:
            return Verdict("docx")  # a .docx saved under an old name
        if kind == "pdf":
            return Verdict("pdf")
        return Verdict("office", suffix=ext)
    if kind == "zip":
        return Verdict("docx")
    if kind in table["kinds"]:
        entry = table["kinds"][kind]
        return Verdict(entry["reader"], suffix=entry.get("suffix"))
    if claimed == "text" and kind == "html":
        return Verdict("html")
    return Verdict(claimed)


def is_litter(name: str) -> bool:
    """Return whether a file name is office litter (a Word lock file ``~$x.docx``, Thumbs.db, desktop.ini)."""
    litter = _table()["litter"]
    lowered = name.lower()
    return lowered in litter["names"] or lowered.startswith(tuple(litter["prefixes"]))
