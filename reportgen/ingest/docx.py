"""Word reports (.docx): paragraphs and tables in document order, heading styles as levels.

The package is checked (``zipguard``) before python-docx inflates anything.
python-docx's XML parser does not resolve entities, so a hostile DOCTYPE
cannot pull in local files or the network. Text is taken as written: runs,
tracked insertions and field results; no text boxes, no deleted text.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from ..errors import InputError
from ..nodes import Block, Document, Heading, Para, Table, Text
from .zipguard import open_package

HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
TITLE_STYLES = {"title", "标题"}
MAX_LEVEL = 6
DATA_CELL_MAX_CHARS = 60
"""A table whose cells are all this short holds data; longer cells mean prose laid out in a table."""
BODY_OUTLINE_LEVEL = 9
"""``w:outlineLvl`` 0..8 are heading levels 1..9; 9 means body text."""

_TEXT_PARTS = ".//w:t[not(ancestor::w:txbxContent)] | .//w:tab[not(ancestor::w:txbxContent)] | " \
              ".//w:br[not(ancestor::w:txbxContent)] | .//w:cr[not(ancestor::w:txbxContent)]"


def read_docx(data: bytes) -> tuple[Document, None]:
    """Return the document of a Word file (no text encoding to report)."""
    open_package(data).close()
    import docx
    from docx.opc.exceptions import OpcError
    from lxml import etree

    try:
        word = docx.Document(io.BytesIO(data))
        blocks = tuple(_blocks(word.element.body, word))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise InputError(f"the Word file is damaged ({_short(exc)}); open it in Word and save it again") from None
    except KeyError as exc:
        raise InputError(f"the Word file is incomplete ({_short(exc)}); open it in Word and save it again") from None
    except (ValueError, OpcError) as exc:
        raise InputError(f"not a readable Word document ({_short(exc)}); open it in Word and save it as .docx") from None
    except Exception as exc:  # noqa: BLE001 - python-docx assumes a well-formed package; a hostile one fails anywhere
        raise InputError(f"not a readable Word document ({type(exc).__name__}: {_short(exc)}); "
                         "open it in Word and save it as .docx") from None
    return Document(meta={}, blocks=blocks), None


def _short(exc: Exception) -> str:
    text = str(exc).strip().strip("\"'") or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _blocks(container, word) -> Iterator[Block]:
    """Yield the blocks of a body (or content control) in document order."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield from _paragraph(Paragraph(child, word))
        elif child.tag == qn("w:tbl"):
            yield from _table(child, word)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, word)


def paragraph_lines(p) -> list[str]:
    """Return the lines of a ``w:p`` element: its text split at line and page breaks."""
    from docx.oxml.ns import qn

    lines, current = [], []
    for part in p.xpath(_TEXT_PARTS):
        if part.tag == qn("w:t"):
            current.append(part.text or "")
        elif part.tag == qn("w:tab"):
            current.append("\t")
        else:
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return [line.strip() for line in lines if line.strip()]


def _paragraph(paragraph) -> Iterator[Block]:
    lines = paragraph_lines(paragraph._p)
    if not lines:
        return
    level = heading_level(paragraph)
    if level:
        yield Heading.of(level, "".join(lines))
    else:
        yield from (Para.of(line) for line in lines)


def heading_level(paragraph) -> int | None:
    """Return the heading level of a paragraph from its style (or its outline level), else None."""
    outline = _outline_level(paragraph._p.pPr)
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        style = None
    depth = 0
    while style is not None and depth < 10:
        name = (style.name or "").strip().lower()
        match = HEADING_STYLE.match(name)
        if match:
            return min(int(match.group(1)), MAX_LEVEL)
        if name in TITLE_STYLES:
            return 1
        if outline is None:
            outline = _outline_level(style.element.pPr)
        style, depth = style.base_style, depth + 1
    if outline is not None and outline < BODY_OUTLINE_LEVEL:
        return min(outline + 1, MAX_LEVEL)
    return None


def _outline_level(ppr) -> int | None:
    from docx.oxml.ns import qn

    if ppr is None:
        return None
    node = ppr.find(qn("w:outlineLvl"))
    value = node.get(qn("w:val")) if node is not None else None
    return int(value) if value and value.isdigit() else None


def _table(tbl, word) -> Iterator[Block]:
    """Yield a data table as a ``Table``; a layout table (one cell, a nested table or
    prose in its cells: a framed note, a page converted from the web) as its blocks."""
    from docx.oxml.ns import qn

    rows = [list(tr.iterchildren(qn("w:tc"))) for tr in tbl.iterchildren(qn("w:tr"))]
    texts = [tuple(_cell_text(tc) for tc in row) for row in rows]
    if not any(any(row) for row in texts):
        return
    if _is_layout(tbl, texts):
        for row in rows:
            for tc in row:
                yield from _blocks(tc, word)
        return
    header, body = ((), texts)
    if len(texts) > 1 and _has_header_row(tbl):
        header, body = texts[0], texts[1:]
    cell = lambda text: (Text(text),) if text else ()  # noqa: E731
    yield Table(header=tuple(cell(t) for t in header), rows=tuple(tuple(cell(t) for t in row) for row in body))


def _is_layout(tbl, texts: list[tuple[str, ...]]) -> bool:
    from docx.oxml.ns import qn

    if sum(len(row) for row in texts) <= 1:
        return True
    if any(True for _ in tbl.iterdescendants(qn("w:tbl"))):
        return True
    return any(len(text) > DATA_CELL_MAX_CHARS for row in texts for text in row)


def _cell_text(tc) -> str:
    from docx.oxml.ns import qn

    return " ".join(line for p in tc.iterchildren(qn("w:p")) for line in paragraph_lines(p))


def _has_header_row(tbl) -> bool:
    """Return whether the first row is marked as a header: repeated header row, or the
    table style's first-row formatting switched on (``w:tblLook``)."""
    from docx.oxml.ns import qn

    first = tbl.find(qn("w:tr"))
    if first is not None and first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
        return True
    look = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblLook')}")
    if look is None:
        return False
    flag = look.get(qn("w:firstRow"))
    if flag is not None:
        return flag in ("1", "true", "on")
    value = look.get(qn("w:val"))
    return bool(value) and bool(int(value, 16) & 0x0020)
