"""Word reports (.docx): paragraphs and tables in document order, heading styles as levels.

The package is checked (``zipguard``) before python-docx inflates anything.
python-docx's XML parser does not resolve entities, so a hostile DOCTYPE
cannot pull in local files or the network. Text is taken as written: runs,
tracked insertions and field results, with Word's list labels put back in front
of numbered paragraphs (``numbering``); text boxes after the paragraph that
anchors them; footnotes and endnotes as paragraphs of role "note"; headers and
footers as metadata (``furniture``). Deleted text, hidden text (``w:vanish``),
comments and the result of a table-of-contents field are left out.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from ..nodes import Block, Document, Heading, Para, Table, Text
from .furniture import page_furniture_meta
from .numbering import NumberFormats, Numbering
from .zipguard import open_package

HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
TITLE_STYLES = {"title", "标题"}
MAX_LEVEL = 6
DATA_CELL_MAX_CHARS = 60
"""A table whose cells are all this short holds data; longer cells mean prose laid out in a table."""
BODY_OUTLINE_LEVEL = 9
"""``w:outlineLvl`` 0..8 are heading levels 1..9; 9 means body text."""

_TEXT_PARTS = " | ".join(f".//w:{tag}" for tag in ("t", "tab", "br", "cr", "fldChar", "instrText"))
SKIPPED_FIELD = re.compile(r"(?:TOC|INDEX|TOA)\b", re.IGNORECASE)
"""Fields whose result is furniture, not text: a table of contents, an index."""
MAX_FIELD_PARAGRAPHS = 300
"""Longest table of contents read as one field (in paragraphs)."""
SKIPPED_GALLERIES = {"table of contents", "bibliographies"}
SKIPPED_STYLE_PREFIXES = ("toc ", "index ", "table of figures", "目录 ")
"""Paragraph styles of generated furniture (contents lines) read as nothing."""
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(data: bytes) -> tuple[Document, None]:
    """Return the document of a Word file (no text encoding to report)."""
    open_package(data).close()
    import docx
    from docx.opc.exceptions import OpcError
    from lxml import etree

    try:
        word = docx.Document(io.BytesIO(data))
        context = _Context(word, _numbering(word))
        blocks = tuple(_blocks(word.element.body, context)) + tuple(_footnotes(word, context))
        meta = page_furniture_meta(word, paragraph_lines)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise InputError("docx_damaged", detail=_short(exc)) from None
    except KeyError as exc:
        raise InputError("docx_incomplete", detail=_short(exc)) from None
    except (ValueError, OpcError) as exc:
        raise InputError("docx_unreadable", detail=_short(exc)) from None
    except Exception as exc:  # noqa: BLE001 - python-docx assumes a well-formed package; a hostile one fails anywhere
        raise InputError("docx_unreadable", detail=f"{type(exc).__name__}: {_short(exc)}") from None
    return Document(meta=meta, blocks=blocks), None


def _short(exc: Exception) -> str:
    text = str(exc).strip().strip("\"'") or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass
class _Context:
    """What reading one document's paragraphs in order needs: the package, the list
    counters, and the complex fields (``w:fldChar``) open across paragraphs."""

    word: object
    numbering: Numbering
    fields: list[list[str]] = field(default_factory=list)
    """open fields, outermost first: [instruction, phase] with phase "code" or "result"."""

    skipped_paragraphs: int = 0

    def in_skipped_field(self) -> bool:
        return any(phase == "result" and SKIPPED_FIELD.match(code) for code, phase in self.fields)

    def paragraph_done(self) -> None:
        """Count a paragraph read inside a skipped field; a field left open (a damaged file)
        is closed after ``MAX_FIELD_PARAGRAPHS`` so the text after it is not lost."""
        if not self.in_skipped_field():
            self.skipped_paragraphs = 0
            return
        self.skipped_paragraphs += 1
        if self.skipped_paragraphs > MAX_FIELD_PARAGRAPHS:
            self.fields.clear()
            self.skipped_paragraphs = 0


def _related_xml(part, reltype: str):
    """Return the XML element of the part ``part`` relates to by ``reltype``, or None."""
    try:
        target = part.part_related_by(reltype)
    except KeyError:
        return None
    element = getattr(target, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    return parse_xml(target.blob)


def _numbering(word) -> Numbering:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return Numbering.read(_related_xml(word.part, RT.NUMBERING), _related_xml(word.part, RT.STYLES), NumberFormats())


def _blocks(container, context: _Context) -> Iterator[Block]:
    """Yield the blocks of a body (or content control, cell, text box) in document order."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield from _paragraph(Paragraph(child, context.word), context)
        elif child.tag == qn("w:tbl"):
            yield from _table(child, context)
        elif child.tag == qn("w:sdt"):
            gallery = child.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
            if gallery is not None and (gallery.get(qn("w:val")) or "").lower() in SKIPPED_GALLERIES:
                continue
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, context)
        elif child.tag in (qn("w:ins"), qn("w:moveTo"), qn("w:customXml"), qn("w:smartTag")):
            yield from _blocks(child, context)  # a tracked insertion of whole paragraphs or tables


def paragraph_lines(p, context: _Context | None = None) -> list[str]:
    """Return the lines of a ``w:p`` element: its text split at line and page breaks.

    Text inside text boxes is left to ``_text_boxes``; the result of a table of
    contents or index field (``TOC``, ``INDEX``) is left out.
    """
    from docx.oxml.ns import qn

    fields = context.fields if context is not None else []
    lines, current = [], []
    for part in p.xpath(_TEXT_PARTS):
        if _in_text_box(part, p):
            continue
        tag = part.tag
        if tag == qn("w:fldChar"):
            kind = part.get(qn("w:fldCharType"))
            if kind == "begin":
                fields.append(["", "code"])
            elif kind == "separate" and fields:
                fields[-1][1] = "result"
            elif kind == "end" and fields:
                fields.pop()
            continue
        if tag == qn("w:instrText"):
            if fields and fields[-1][1] == "code":
                fields[-1][0] = (fields[-1][0] + (part.text or "")).lstrip()
            continue
        if context is not None and context.in_skipped_field():
            continue
        if _hidden(part):
            continue
        if tag == qn("w:t"):
            current.append(part.text or "")
        elif tag == qn("w:tab"):
            current.append("\t")
        else:
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return [line.strip() for line in lines if line.strip()]


def _hidden(node) -> bool:
    """Return whether ``node`` sits in a run formatted as hidden text (``w:vanish``), which Word does not show."""
    from docx.oxml.ns import qn

    run = node.getparent()
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}") if run is not None and run.tag == qn("w:r") else None
    return vanish is not None and vanish.get(qn("w:val")) not in ("0", "false", "off")


def _in_text_box(node, p) -> bool:
    """Return whether ``node`` lies in a text box anchored inside the paragraph ``p``."""
    from docx.oxml.ns import qn

    return any(a.tag == qn("w:txbxContent") for a in _ancestors_below(node, p))


def _paragraph(paragraph, context: _Context) -> Iterator[Block]:
    p = paragraph._p
    label = context.numbering.label(p)
    style_name = _style_name(paragraph)
    if not style_name.startswith(SKIPPED_STYLE_PREFIXES):
        lines = paragraph_lines(p, context)
        if lines:
            if label is not None:
                text, separator = label
                lines[0] = f"{text}{separator}{lines[0]}"
            level = heading_level(paragraph)
            if level:
                yield Heading.of(level, "".join(lines))
            else:
                yield from (Para.of(line) for line in lines)
    else:
        paragraph_lines(p, context)  # keep the open fields in step
    context.paragraph_done()
    yield from _text_boxes(p, context)


def _footnotes(word, context: _Context) -> Iterator[Block]:
    """Yield the footnotes and endnotes as paragraphs of role "note": read, but not body text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    for reltype, tag in ((RT.FOOTNOTES, "w:footnote"), (RT.ENDNOTES, "w:endnote")):
        notes = _related_xml(word.part, reltype)
        if notes is None:
            continue
        for note in notes.iterchildren(qn(tag)):
            if note.get(qn("w:type")) not in (None, "normal"):
                continue  # the separator lines
            text = "".join(line for p in note.iter(qn("w:p")) for line in paragraph_lines(p))
            if text:
                yield Para.of(text, role="note")


def _style_name(paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "").strip().lower() if style is not None else ""


def _text_boxes(p, context: _Context) -> Iterator[Block]:
    """Yield the paragraphs of the text boxes anchored in ``p`` (mastheads, sidebars).

    A text box is stored twice (``mc:Choice`` and its VML ``mc:Fallback``);
    only the outermost boxes of the first form are read.
    """
    from docx.oxml.ns import qn

    for box in p.iter(qn("w:txbxContent")):
        if not any(a.tag in (qn("w:txbxContent"), MC_FALLBACK) for a in _ancestors_below(box, p)):
            yield from _blocks(box, context)


def _ancestors_below(node, top) -> Iterator:
    """Yield the ancestors of ``node`` up to, not including, ``top``."""
    for ancestor in node.iterancestors():
        if ancestor is top:
            return
        yield ancestor


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


def _table(tbl, context: _Context) -> Iterator[Block]:
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
                yield from _blocks(tc, context)
        return
    texts = [_grid_row(tr, row, context) for tr, row in zip(tbl.iterchildren(qn("w:tr")), rows)]
    header, body = ((), texts)
    if len(texts) > 1 and _has_header_row(tbl):
        header, body = texts[0], texts[1:]
    cell = lambda text: (Text(text),) if text else ()  # noqa: E731
    yield Table(header=tuple(cell(t) for t in header), rows=tuple(tuple(cell(t) for t in row) for row in body))


def _grid_row(tr, cells, context: _Context) -> tuple[str, ...]:
    """Return a row's cell texts on the table's grid: a cell spanning n columns (``w:gridSpan``)
    is followed by n-1 empty cells and skipped grid columns (``w:gridBefore``) lead as empty
    cells, so every row's column i lies under the header's column i."""
    from docx.oxml.ns import qn

    def count(node, tag: str) -> int:
        found = node.find(tag) if node is not None else None
        value = found.get(qn("w:val")) if found is not None else None
        return max(1, min(int(value), 64)) if value and value.isdigit() else 1

    before = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    out = [""] * (count(tr.find(qn("w:trPr")), qn("w:gridBefore")) if before is not None else 0)
    for tc in cells:
        out.append(_cell_text(tc, context))
        out += [""] * (count(tc.find(qn("w:tcPr")), qn("w:gridSpan")) - 1)
    return tuple(out)


def _is_layout(tbl, texts: list[tuple[str, ...]]) -> bool:
    from docx.oxml.ns import qn

    if sum(len(row) for row in texts) <= 1:
        return True
    if any(True for _ in tbl.iterdescendants(qn("w:tbl"))):
        return True
    return any(len(text) > DATA_CELL_MAX_CHARS for row in texts for text in row)


def _cell_text(tc, context: _Context | None = None) -> str:
    """Return a cell's text; with ``context``, numbered paragraphs carry their labels
    (the list counters advance, so a cell is read with a context once)."""
    from docx.oxml.ns import qn

    lines = []
    for p in tc.iterchildren(qn("w:p")):
        label = context.numbering.label(p) if context is not None else None
        own = paragraph_lines(p, context)
        if own and label is not None:
            own[0] = label[0] + label[1] + own[0]
        lines += own
    return " ".join(lines)


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
