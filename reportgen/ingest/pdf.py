"""PDF reports with a text layer, read with pdfminer.six; a scanned PDF is skipped with a reason.

A PDF holds lines placed on pages, not paragraphs. The lines are joined back
into paragraphs by their geometry, as a reader sees them: a paragraph ends at
a line that stops short of the text block's right edge (the last line of a
paragraph, a heading), and starts at an indented line. A paragraph running
over a page break continues on the next page. Lines that are only a page
number are left out, and so are a running header and footer (the same line
at the top or bottom of two pages or more), which are kept as metadata.

Lines are rebuilt from the glyphs themselves (``_page_lines``): a space is
read where the file writes one or where glyphs stand a space apart.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

from ..errors import InputError
from ..nodes import Document, Para

MIN_TEXT_CHARS_PER_PAGE = 10
"""Fewer characters than this per page on average: the pages are images (a scan)."""
SHORT_LINE_EMS = 2.5
"""A line ending this many character widths before the right edge ends its paragraph (text set
ragged-right wraps up to two characters early, to keep punctuation off a line's start)."""
PARAGRAPH_GAP = 1.3
"""A line further below the previous one than this many usual line distances starts a paragraph
(the space a paragraph style leaves before or after it)."""

INDENT_EMS = 1.0
"""A line starting this many character widths right of the left edge starts a paragraph."""
SPACE_EMS = 0.2
"""A gap between two glyphs wider than this many character widths is a space."""
LINE_EMS = 0.5
"""Glyphs whose middles lie closer than this many character heights are on one line."""
_PAGE_NUMBER = re.compile(r"^[\s\-—–·]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/共]\s*\d{1,4}\s*页?)?[\s\-—–·]*$")
_LATIN = re.compile(r"[A-Za-z0-9]")


class ScannedPdf(InputError):
    """The PDF has no text layer: the file is skipped, not failed."""


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    size: float
    middle: float
    """the line's vertical middle on its page (PDF units, growing upwards)"""


def read_pdf(data: bytes) -> tuple[Document, None]:
    """Return the document of a PDF's text layer."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    pages: list[list[_Line]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            pages.append(_page_lines(page))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError("pdf_password") from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise InputError("pdf_damaged", detail=type(exc).__name__) from None
    chars = sum(len(line.text) for lines in pages for line in lines)
    if not pages or chars < MIN_TEXT_CHARS_PER_PAGE * len(pages):
        raise ScannedPdf("pdf_scanned")
    pages, meta = _without_running_lines(pages)
    return Document(meta=meta, blocks=tuple(Para.of(p) for p in _paragraphs(pages))), None


def _without_running_lines(pages: list[list[_Line]]) -> tuple[list[list[_Line]], dict[str, str]]:
    """Return the pages without their running header and footer (the same first or last line on
    two pages or more), and those lines as metadata evidence, as a Word file's headers are."""
    from collections import Counter

    tops = Counter(lines[0].text for lines in pages if len(lines) > 1)
    bottoms = Counter(lines[-1].text for lines in pages if len(lines) > 1)
    header = {t for t, n in tops.items() if n >= 2}
    footer = {t for t, n in bottoms.items() if n >= 2}
    kept = []
    for lines in pages:
        if len(lines) > 1 and lines[0].text in header:
            lines = lines[1:]
        if len(lines) > 1 and lines[-1].text in footer:
            lines = lines[:-1]
        kept.append(lines)
    meta = {}
    if header:
        meta["page_header"] = "\n".join(sorted(header))
    if footer:
        meta["page_footer"] = "\n".join(sorted(footer))
    return kept, meta


def _page_lines(page) -> list[_Line]:
    """Return a page's lines top to bottom, each built from its glyphs left to right.

    Glyphs are grouped into lines by their vertical middle (pdfminer's own
    boxes split a line where the font changes, as at Chinese quotes); a gap
    wider than ``SPACE_EMS`` between two glyphs is a space. A page is read as
    one column of text, as a report is set.
    """
    from pdfminer.layout import LTChar

    glyphs = []

    def visit(node) -> None:
        if isinstance(node, LTChar):
            glyphs.append(node)
        elif hasattr(node, "__iter__"):
            for child in node:
                visit(child)

    visit(page)
    rows: list[list] = []
    for glyph in sorted(glyphs, key=lambda g: -(g.y0 + g.y1) / 2):
        middle = (glyph.y0 + glyph.y1) / 2
        if rows and abs(rows[-1][0] - middle) <= LINE_EMS * max(glyph.size, rows[-1][1]):
            rows[-1][2].append(glyph)
        else:
            rows.append([middle, glyph.size, [glyph]])
    lines = []
    for middle, _, row in rows:
        row.sort(key=lambda g: g.x0)
        size = max(g.size for g in row)
        parts, previous = [], None
        for glyph in row:
            text = glyph.get_text()
            apart = previous is not None and glyph.x0 - previous.x1 > SPACE_EMS * size
            if apart and text.strip() and _same_script(previous.get_text()[-1:], text[:1]):
                parts.append(" ")  # the gap between Chinese and Latin is typesetting, not a space
            parts.append(" " if not text.strip() else text)
            previous = glyph
        text = re.sub(r"\s+", " ", "".join(parts)).strip()
        if text and not _PAGE_NUMBER.match(text):
            lines.append(_Line(text, min(g.x0 for g in row), max(g.x1 for g in row), size, middle))
    return lines


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Join lines into paragraphs by where they start and end on their page.

    A paragraph starts after a wider gap than the page's usual line distance;
    it ends at a line that stops short of the right edge (by
    ``SHORT_LINE_EMS``; a sentence end alone does not tell, since a line
    wraps up to a character early wherever it ends). Its second
    line sets where its lines start; a later line starting further right (the
    next paragraph's first-line indent) or further left (the next item of a
    hanging-indent list) starts a new paragraph.
    """
    out: list[str] = []
    current: list[str] = []
    body_x0: float | None = None
    previous: _Line | None = None
    for lines in pages:
        if not lines:
            continue
        left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
        pitch = _line_pitch(lines)
        for index, line in enumerate(lines):
            new = not current
            spaced = index > 0 and pitch is not None and lines[index - 1].middle - line.middle > PARAGRAPH_GAP * pitch
            if spaced:
                new = True
            elif previous is not None and current:
                gap = right - previous.x1
                ended = gap > SHORT_LINE_EMS * previous.size
                moved = body_x0 is not None and abs(line.x0 - body_x0) > INDENT_EMS * line.size
                # a one-line paragraph with a first-line indent, and the next line indented as well
                both_indented = (body_x0 is None and previous.x0 - left > INDENT_EMS * previous.size
                                 and line.x0 - left > INDENT_EMS * line.size)
                new = ended or moved or both_indented
            if new:
                if current:
                    out.append(_join(current))
                current, body_x0 = [], None
            elif body_x0 is None:
                body_x0 = line.x0
            current.append(line.text)
            previous = line
    if current:
        out.append(_join(current))
    return out


def _line_pitch(lines: list[_Line]) -> float | None:
    """Return the usual distance from one line to the next on a page (the median), or None."""
    steps = sorted(a.middle - b.middle for a, b in zip(lines, lines[1:]) if a.middle > b.middle)
    return steps[len(steps) // 2] if steps else None


def _same_script(a: str, b: str) -> bool:
    return bool(_LATIN.match(a)) == bool(_LATIN.match(b))


def _join(lines: list[str]) -> str:
    """Return wrapped lines as one paragraph: Chinese runs on, Latin words keep a space."""
    text = lines[0]
    for line in lines[1:]:
        text += (" " if _LATIN.match(text[-1:]) and _LATIN.match(line[:1]) else "") + line
    return text
