"""What a rendered Word template still needs after docxtpl: comments, script, table widths.

* ``{{ x | sourced }}`` travels through docxtpl as the figure's text between
  private-use marks carrying its note id; ``add_comments`` cuts it into a run
  of its own (same formatting) and attaches the source sentence as a Word
  comment, as the Markdown path's writer does.
* ``convert_text`` applies the audience's script to every text.
* ``fit_data_tables``: a table whose rows or cells a loop repeats gets its
  columns measured from the rendered text (``writers.tables.column_widths``,
  as the Markdown weekly's tables), within the table's width.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from .tag_repair import W_NS

NOTE_OPEN, NOTE_MID, NOTE_CLOSE = "\ue000", "\ue001", "\ue002"
_NOTED = re.compile(f"{NOTE_OPEN}(\\d+){NOTE_MID}(.*?){NOTE_CLOSE}", re.DOTALL)
_ANY_MARK = re.compile(f"[{NOTE_OPEN}{NOTE_MID}{NOTE_CLOSE}]|{NOTE_OPEN}\\d+{NOTE_MID}")
HEADER_RELS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
               "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer")
TABLE_TEXT_PT = 10.5
CELL_PADDING_TWIPS = 216  # Word's default cell margins, 0.19 cm each side
DATA_TABLE = "{urn:reportgen:word}data-table"  # set before rendering, removed after


def _w(name: str) -> str:
    return f"{{{W_NS}}}{name}"


def mark_note(note_id: int, text: str) -> str:
    """Return a figure's text marked with its note id, for ``add_comments`` to find after rendering."""
    return f"{NOTE_OPEN}{note_id}{NOTE_MID}{text}{NOTE_CLOSE}"


def parts_of(document) -> list[tuple[str, Any]]:
    """Return (label, XML root) for the body (label ``""``), then each header and footer (``header``/``footer``)."""
    parts = [("", document.element.body)]
    for rel in document.part.rels.values():
        if rel.reltype in HEADER_RELS and not rel.is_external:
            parts.append(("header" if rel.reltype.endswith("header") else "footer", rel.target_part.element))
    return parts


def add_comments(document, notes: list[str], comments: bool = True) -> None:
    """Give each marked figure its own run and its source as a comment; marks elsewhere are removed.

    ``comments`` False (the clean copy, for distribution): the figures stay as text, without comments.
    """
    from docx.text.run import Run

    from ..writers.docx import COMMENT_AUTHOR, COMMENT_INITIALS

    for _label, root in parts_of(document):
        for t in list(root.iter(_w("t"))):
            if not t.text or NOTE_OPEN not in t.text:
                continue
            run = t.getparent()
            if not comments or [c for c in run if c.tag != _w("rPr")] != [t] or _label:
                t.text = _ANY_MARK.sub("", _NOTED.sub(lambda m: m.group(2), t.text))  # no comments in headers
                continue
            pieces, pos = [], 0
            for m in _NOTED.finditer(t.text):
                pieces += [(t.text[pos:m.start()], None), (m.group(2), int(m.group(1)))]
                pos = m.end()
            pieces.append((t.text[pos:], None))
            anchor, noted = run, []
            for text, note in pieces:
                if not text:
                    continue
                new = copy.deepcopy(run)
                for child in [c for c in new if c.tag != _w("rPr")]:
                    new.remove(child)
                Run(new, None).text = text
                anchor.addnext(new)
                anchor = new
                if note is not None and 0 <= note < len(notes):
                    noted.append((new, notes[note]))
            run.getparent().remove(run)
            # comments last: each one's range end and reference go right after its run, before the next text
            for new, note in noted:
                document.add_comment(Run(new, None), text=note, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)


def convert_text(document, convert: Callable[[str], str]) -> None:
    """Apply the audience's script to every text of the rendered document."""
    for _label, root in parts_of(document):
        for t in root.iter(_w("t")):
            if t.text:
                t.text = convert(t.text)


def _cell_text(cell) -> str:
    return "\n".join("".join(t.text or "" for t in p.iter(_w("t"))) for p in cell.iter(_w("p")))


def mark_data_tables(document) -> int:
    """Before rendering: mark the tables whose rows or cells a ``{%tr %}``/``{%tc %}`` loop repeats."""
    marked = 0
    for table in document.element.body.iter(_w("tbl")):
        text = "".join(t.text or "" for t in table.iter(_w("t")))
        if "{%tr " in text or "{%tc " in text:
            table.set(DATA_TABLE, "1")
            marked += 1
    return marked


def fit_data_tables(document) -> None:
    """After rendering: measure the columns of marked tables from their text, within the table's width.

    The template's widths were set for its tags, not for the data: a unit
    name or a file name is longer than ``{{ row.unit }}``, and a ``{%tc %}``
    loop adds columns while docxtpl only rescales the grid (each cell keeps
    its template width, and the rows overrun the page).
    """
    from lxml import etree

    from ..writers.tables import column_widths

    for table in document.element.body.iter(_w("tbl")):
        if table.get(DATA_TABLE) is None:
            continue
        del table.attrib[DATA_TABLE]
        etree.cleanup_namespaces(table)
        grid = table.find(_w("tblGrid"))
        cols = grid.findall(_w("gridCol")) if grid is not None else []
        total = sum(int(float(c.get(_w("w"), 0))) for c in cols)
        rows = [r.findall(_w("tc")) for r in table.findall(_w("tr"))]
        if not total or not rows or any(c.find(f"{_w('tcPr')}/{_w('gridSpan')}") is not None for r in rows for c in r):
            continue
        texts = [[_cell_text(c) for c in r] for r in rows]
        widths = column_widths(texts[0], texts[1:], total, TABLE_TEXT_PT * 20, CELL_PADDING_TWIPS)
        for col, width in zip(cols, widths):
            col.set(_w("w"), str(int(width)))
        for r in rows:
            for cell, width in zip(r, widths):
                for w in cell.iter(_w("tcW")):
                    w.set(_w("w"), str(int(width)))
                    w.set(_w("type"), "dxa")
