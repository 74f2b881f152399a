"""A Word file's page headers and footers: evidence of who issued it and when, never body text.

An office's report carries its issuer (某县委教育实践活动领导小组办公室) or a
date in the running header or footer. Those lines repeat on every page, so
they are not read as paragraphs; what they say goes into ``Document.meta``:

- ``page_header`` / ``page_footer``: their lines, joined by newlines, for any
  later reader that wants the evidence as written;
- ``date``: the first full date written there (ISO), when the body has none
  in its own header;
- ``source``: the first line that reads as a name (Chinese, no digits or
  punctuation, at most ``NAME_MAX_CHARS``); ``extract.meta`` takes a
  department's name as evidence of the reporting unit and a publication's
  as the source.

Page numbers (the result of a ``PAGE`` field, ``第 1 页``) are left out.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

NAME_MAX_CHARS = 30
_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{4,%d}$" % NAME_MAX_CHARS)
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?")
_PAGE_NUMBER = re.compile(r"^[\s\-—第]*\d+[\s\-—页]*(?:[/共]\s*\d+\s*页?)?$")


def page_furniture_meta(word, paragraph_lines: Callable[[Any], list[str]]) -> dict[str, str]:
    """Return the metadata evidence of a python-docx document's headers and footers.

    ``paragraph_lines`` reads one ``w:p`` as the body reader does (docx.py passes its own),
    so headers see fields, tracked changes and numbering exactly as the body does.
    """
    header, footer = [], []
    for section in word.sections:
        for kind, out in (("header", header), ("footer", footer)):
            for attr in (kind, f"first_page_{kind}", f"even_page_{kind}"):
                part = getattr(section, attr)
                if part.is_linked_to_previous:
                    continue
                for line in _lines(part._element, paragraph_lines):
                    if line not in out:
                        out.append(line)
    meta: dict[str, str] = {}
    if header:
        meta["page_header"] = "\n".join(header)
    if footer:
        meta["page_footer"] = "\n".join(footer)
    for line in header + footer:
        if "date" not in meta and (iso := _iso(line)):
            meta["date"] = iso
        if "source" not in meta and _NAME.match(line):
            meta["source"] = line
    return meta


def _lines(element, paragraph_lines: Callable[[Any], list[str]]) -> list[str]:
    lines = []
    for p in element.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        for line in paragraph_lines(p):
            if not _PAGE_NUMBER.match(line):
                lines.append(line)
    return lines


def _iso(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None
