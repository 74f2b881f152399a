"""Write a Document as a PDF with reportlab platypus: the digest anyone can open.

With ``pdf_contents.py`` (its one-pass table of contents) and ``pdf_flow.py``
(the 版记 at the foot of the last page, sections that never end on a stub
page), the only modules that import reportlab (lazily, inside functions). Fonts are
subset-embedded TrueType faces from ``fonts.py``; every string is checked
against its font's cmap and drawn in the fallback face, or warned about, where
a glyph is missing (reportlab would draw an empty box silently). Lines break
only between the clusters of ``linebreak.py`` so Chinese 禁则 hold. Noted
inlines become bracketed superscript numbers (``[3]``, so a copied figure
never gains a digit) and a numbered notes appendix at the end.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import OutputError, warn
from ..nodes import (Block, Div, Document, Emph, Heading, Image, Inline, ListBlock, Noted,
                     PageBreak, Para, Strong, Table, Text, plain)
from . import fonts
from ..messages import N_
from .flow import collapse_page_breaks, headings
from .layout import FONT_ROLES, Layout, document_title
from .numbering import HeadingNumbers, list_mark
from .pdf_contents import ContentsEntries, contents_flowable, define_page_forms
from .pdf_flow import TAIL_LINES, foot_flowable, keep_tails, page_break
from .pdf_float import FloatingFigures, figure_flowable
from .pdf_frags import FragMaker, Span
from .pdf_png import png_flowable, png_rows
from .tables import column_widths

MM = 72 / 25.4
NOTE_MARK = "[{n}]"         # a raised note number in brackets: copied text reads 39657名[1], never 39657名1
PAGE_NUMBER_GAP_MM = 7      # GB/T 9704: the page number's line is 7 mm below the text block
TOC_LEADING = (1.6, 1.4)    # contents lines, in body sizes, for levels 1 and 2
TOC_PADDING = 1             # points above and below each contents line
HEADING_ROOM_LINES = 3      # body lines that must fit below a heading, or it starts the next page
TABLE_MIN_ROWS = 2          # body rows a table leaves on a page, and carries to the next, when it breaks
RULE_THICK_PT, RULE_THIN_PT = 0.35 * MM, 0.25 * MM   # GB/T 9704 版记: first and last rules, the rules between


# -- fonts ----------------------------------------------------------------------

@dataclass
class FontSet:
    """reportlab font names per role, and the cmaps to check coverage against."""

    regular: dict[str, str] = field(default_factory=dict)
    bold: dict[str, str] = field(default_factory=dict)
    cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    shown: dict[str, set[str]] = field(default_factory=dict)   # per font, the characters it was found to show
    warned: set[str] = field(default_factory=set)
    fallback: str = ""


def _register(name: str, face: fonts.Face, fs: FontSet) -> str:
    """Register ``face`` with reportlab under ``name`` (once) and remember its cmap."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.index))
        except (TTFError, OSError) as exc:
            raise OutputError(N_("cannot load font {path}: {error}; remove it from [fonts] in the settings"),
                              path=face.path, error=exc) from None
    font = pdfmetrics.getFont(name)
    fs.cmaps[name] = frozenset(font.face.charToGlyph)
    return name


def _face_key(face: fonts.Face) -> str:
    """Return a reportlab font name unique to a face file and index."""
    return f"rg-{face.path.stem}-{face.index}".replace(" ", "_")


def register_fonts(layout: Layout) -> FontSet:
    """Resolve and register the regular and bold face of every role."""
    from reportlab.lib.fonts import addMapping

    fs = FontSet()
    fallback = fonts.fallback_face("regular")
    fs.fallback = _register(_face_key(fallback), fallback, fs)
    for role in FONT_ROLES:
        pair = fonts.resolve(layout.fonts.for_role(role))
        regular = _register(_face_key(pair.regular), pair.regular, fs)
        bold = _register(_face_key(pair.bold), pair.bold, fs)
        fs.regular[role], fs.bold[role] = regular, bold
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
    return fs


def covered(text: str, font: str, fs: FontSet) -> list[Span]:
    """Return ``text`` as spans in ``font``, each character ``font`` lacks in the fallback face (a span of its own)."""
    cmap = fs.cmaps.get(font, frozenset())
    shown = fs.shown.setdefault(font, set())   # a document repeats few characters: each is looked up once
    chars = set(text)
    if chars <= shown:   # the common case: one span for the lot
        return [Span(text, (font,))]
    new = chars - shown
    if all(ord(ch) in cmap or ch.isspace() for ch in new):
        shown |= new
        return [Span(text, (font,))]
    out: list[Span] = []
    run: list[str] = []
    missing: set[str] = set()
    for ch in text:
        if ord(ch) in cmap or ch.isspace() or ord(ch) not in fs.cmaps[fs.fallback]:
            if not (ord(ch) in cmap or ch.isspace()):
                missing.add(ch)
            run.append(ch)
            continue
        if run:
            out.append(Span("".join(run), (font,)))
            run = []
        out.append(Span(ch, (font, fs.fallback)))
    if run:
        out.append(Span("".join(run), (font,)))
    new = "".join(sorted(missing - fs.warned))
    if new:
        fs.warned.update(new)
        warn("W501", N_("no PDF font has a glyph for {chars!r} ({codes}); they will show as empty boxes; "
                        "install a font that covers them and name it in [fonts]"),
                     chars=new, codes=', '.join(f'U+{ord(c):04X}' for c in new))
    return out


# -- paragraphs that obey Chinese line-breaking rules ---------------------------

def _paragraph_class():
    """Return a Paragraph subclass whose CJK wrapping breaks only between 禁则 clusters.

    Line breaking is the writer's hot path, so it measures each distinct
    cluster once per document (a Chinese text repeats few characters), groups
    a frag's clusters as they are cut (only a frag's first cluster can join
    the one before it) and hands reportlab's line maker one unmeasured run of
    text per style (``_Run``).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    from .linebreak import cluster_pattern, clusters, rules

    widths: dict[tuple[str, str, float], float] = {}   # (cluster, font, size) -> width, for this document
    cannot_start, cannot_end = rules()
    one_cluster = cluster_pattern(cannot_start, cannot_end)

    def groups_of(frags: list) -> list[list[Piece]]:
        """Return the frags' text cut into clusters, each with its frag and width, in groups a line never breaks.

        ``clusters`` works inside one frag; a closing mark in a frag of its own (after
        bold text, or a character in the fallback font) still needs its predecessor,
        and a raised note number (``<super>``) stays with the figure it annotates.
        """
        groups: list[list[Piece]] = []
        for frag in frags:
            text = frag.text or ""
            if not text or hasattr(frag, "cbDefn") or hasattr(frag, "lineBreak"):
                unit = cjkU(text, frag, "utf8")
                join_or_start(groups, Piece(text, frag, unit.width, unit), bool(getattr(frag, "rise", 0)))
                continue
            font, size = frag.fontName, frag.fontSize
            rise = bool(getattr(frag, "rise", 0))
            first = True
            for cluster in clusters(text, one_cluster):
                key = (cluster, font, size)
                width = widths.get(key)
                if width is None:
                    width = widths[key] = stringWidth(cluster, font, size)
                piece = Piece(cluster, frag, width)
                if first:
                    join_or_start(groups, piece, rise)
                    first = False
                elif rise:          # a raised note number stays whole with what it annotates
                    groups[-1].append(piece)
                else:               # inside a frag ``clusters`` has glued what must stay together
                    groups.append([piece])
        return groups

    def join_or_start(groups: list[list[Piece]], piece: Piece, rise: bool) -> None:
        """Append ``piece`` to the last group if it may not start a line after it, else as a group of its own."""
        text = piece.text
        if groups and text:
            last = groups[-1][-1].text[-1:]
            if last and (text[0] in cannot_start or rise or last in cannot_end):
                groups[-1].append(piece)
                return
        groups.append([piece])

    def units(line: list[Piece]) -> list:
        """Return a line's pieces as reportlab's units, one per run of pieces of the same frag."""
        out: list = []
        run: list[str] = []
        frag = None
        for piece in line:
            if piece.unit is None and piece.frag is frag:
                run.append(piece.text)
                continue
            if run:
                out.append(_run("".join(run), frag))
            run, frag = [], None
            if piece.unit is not None:
                out.append(piece.unit)
            else:
                run, frag = [piece.text], piece.frag
        if run:
            out.append(_run("".join(run), frag))
        return out

    def split(frags: list, max_widths: list[float], calc_bounds: bool) -> Any:
        lines: list = []
        line: list[Piece] = []
        used = 0.0
        last_width = len(max_widths) - 1
        width = max_widths[0]

        for group in groups_of(frags):
            if len(group) == 1:
                piece = group[0]
                breaks = piece.unit is not None and hasattr(piece.frag, "lineBreak")
                group_width = piece.width
            else:
                breaks = any(p.unit is not None and hasattr(p.frag, "lineBreak") for p in group)
                group_width = sum(p.width for p in group)
            if breaks:
                line.extend(group)
                lines.append(makeCJKParaLine(units(line), width, used, width - used, True, calc_bounds))
                width = max_widths[min(len(lines), last_width)]
                line, used = [], 0.0
                continue
            if line and used + group_width > width + 1e-6:
                lines.append(makeCJKParaLine(units(line), width, used, width - used, False, calc_bounds))
                width = max_widths[min(len(lines), last_width)]
                line, used = [], 0.0
            if not line and "".join(p.text for p in group).isspace():
                continue
            line.extend(group)
            used += group_width
        if line:
            lines.append(makeCJKParaLine(units(line), width, used, width - used, False, calc_bounds))
        return ParaLines(kind=1, lines=lines)

    class CJKParagraph(Paragraph):
        """A Paragraph that breaks CJK text by clusters (see ``linebreak.py``).

        Its lines are kept for the widths they were broken for: reportlab asks a
        paragraph for its lines again whenever it measures it (a table measures
        its cells on every page it is split over), and the answer depends on
        nothing but the paragraph's text and those widths.
        """

        def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 (reportlab's name)
            if not isinstance(maxWidths, (list, tuple)):
                maxWidths = [maxWidths]
            if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
                return self.blPara
            if not self.frags:
                return super().breakLinesCJK(maxWidths)
            self.height = 0
            auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
            key = (tuple(maxWidths), auto not in ("", "off"))
            kept = getattr(self, "_rg_lines", None)
            if kept is None or kept[0] != key:
                kept = self._rg_lines = (key, split(self.frags, list(maxWidths), key[1]))
            return kept[1]

    return CJKParagraph


@dataclass(slots=True)
class Piece:
    """A cluster of a paragraph's text with its frag and width; ``unit`` is set for a frag kept whole (an image, a line break)."""

    text: str
    frag: Any
    width: float
    unit: Any = None


class _Run(str):
    """A run of a line's text in one frag, as reportlab's ``makeCJKParaLine`` reads it: the text and its ``frag``.

    reportlab's own ``cjkU`` also measures the text, which the line maker never reads
    (the line's width is the sum of its clusters' widths, measured once each).
    """

    frag: Any


def _run(text: str, frag: Any) -> _Run:
    """Return ``text`` as a run of ``frag``."""
    run = _Run(text)
    run.frag = frag
    return run


def _table_class():
    """Return a Table subclass that breaks over pages only where each side keeps ``TABLE_MIN_ROWS`` body rows.

    reportlab breaks a table after the last row that fits, which can leave the
    header and one row at a page foot, or carry one row (under the repeated
    header) onto a page of its own.
    """
    from reportlab.platypus import Table

    class WholeRowsTable(Table):
        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
            parts = super().split(availWidth, availHeight)
            while len(parts) == 2:
                kept = len(parts[0]._cellvalues) - self.repeatRows
                carried = len(parts[1]._cellvalues) - self.repeatRows
                if kept < TABLE_MIN_ROWS:
                    return []                   # the whole table starts the next page
                if carried >= TABLE_MIN_ROWS:
                    return parts
                parts[0].wrap(availWidth, availHeight)
                availHeight -= parts[0]._rowHeights[-1]   # hand one more row to the next page
                parts = super().split(availWidth, availHeight)
            return parts

    return WholeRowsTable


# -- styles ----------------------------------------------------------------------

def _styles(layout: Layout, fs: FontSet) -> dict[str, Any]:
    """Return the paragraph styles, all wrapping the CJK way, keyed by role."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    sz, col = layout.sizes, layout.colors
    lead = layout.line_height_pt if layout.grid_lines or layout.line_pt else sz.body * 1.6
    lead = min(lead, sz.body * 1.9)
    base = ParagraphStyle("body", fontName=fs.regular["body"], fontSize=sz.body, leading=lead,
                          wordWrap="CJK", alignment=TA_JUSTIFY, textColor=HexColor(col.text),
                          firstLineIndent=layout.first_line_indent_chars * sz.body, allowWidows=0, allowOrphans=0)

    def derive(name: str, role: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.5)
        kw.setdefault("firstLineIndent", 0)
        return ParagraphStyle(name, parent=base, fontName=fs.regular[role], fontSize=size, **kw)

    heading_color = HexColor(col.heading)
    return {
        "body": base,
        "title": derive("title", "title", sz.title, alignment=TA_CENTER, spaceAfter=sz.title * 0.6),
        "subtitle": derive("subtitle", "note", sz.heading2, alignment=TA_CENTER, spaceAfter=sz.body),
        "h1": derive("h1", "heading1", sz.heading1, spaceBefore=sz.body * 0.6, spaceAfter=sz.body * 0.3,
                     textColor=heading_color),
        "h2": derive("h2", "heading2", sz.heading2, spaceBefore=sz.body * 0.3, textColor=heading_color),
        "h3": derive("h3", "body", sz.body, textColor=heading_color),
        "note": derive("note", "note", sz.note, leading=lead, firstLineIndent=2 * sz.note),
        "table": derive("table", "body", sz.table, leading=sz.table * 1.35, alignment=TA_LEFT),
        "table_head": derive("table_head", "heading1", sz.table, leading=sz.table * 1.35, alignment=TA_CENTER),
        "caption": derive("caption", "heading1", sz.small, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6),
        "small": derive("small", "body", sz.small),
        "small_right": derive("small_right", "body", sz.small, alignment=TA_RIGHT),
        "masthead": derive("masthead", "title", max(sz.title * 1.6, 30), alignment=TA_CENTER,
                           textColor=HexColor(col.masthead), leading=max(sz.title * 1.6, 30) * 1.25),
        "centre": derive("centre", "body", sz.body, alignment=TA_CENTER),
        "toc1": derive("toc1", "body", sz.body, leading=sz.body * TOC_LEADING[0]),
        "toc2": derive("toc2", "body", sz.body * 0.9, leftIndent=2 * sz.body, leading=sz.body * TOC_LEADING[1]),
        "list": derive("list", "body", sz.body, leading=lead),
        "notes": derive("notes", "body", sz.small, leading=sz.small * 1.5, leftIndent=2.2 * sz.small,
                        firstLineIndent=-2.2 * sz.small),
        "distribution": derive("distribution", "body", sz.distribution, leading=sz.distribution * 1.3,
                               alignment=TA_LEFT),
        "distribution_right": derive("distribution_right", "body", sz.distribution,
                                     leading=sz.distribution * 1.3, alignment=TA_RIGHT),
    }


# -- AST to flowables -------------------------------------------------------------

class PdfBuilder:
    """Turn blocks into flowables, collecting notes and heading numbers on the way."""

    def __init__(self, doc: Document, layout: Layout):
        self.doc, self.layout = doc, layout
        self.fs = register_fonts(layout)
        self.styles = _styles(layout, self.fs)
        self.Paragraph = _paragraph_class()
        self.frags = FragMaker()
        self.numbers = HeadingNumbers(layout)
        self.notes: dict[str, int] = {}     # note text -> its number, in order of first use
        self.cover_pages = 0
        self.heading_seq = 0
        self.toc_levels = self._toc_levels(doc)
        self.contents = ContentsEntries()   # filled as headings are made; page numbers as they are laid out
        self.foot: list = []                # the 版记, set after everything else (notes included)
        self.unnumbered: set[int] = set()   # pages that show no page number (the 版记's)

    def _toc_levels(self, doc: Document) -> int:
        """Return the heading levels the contents lists: 1 and 2 when they fit one page, else level 1 only.

        A contents page that spills a few lines onto a page of its own helps nobody;
        the level-2 headings stay in the PDF's bookmarks.
        """
        heads = [h.level for h in headings(doc.blocks) if h.level <= 2]
        size = self.layout.sizes.body
        title = self.layout.sizes.title * 2.1
        rows = [size * TOC_LEADING[0] if level == 1 else size * TOC_LEADING[1] for level in heads]
        rows += [size * TOC_LEADING[0]] * 2   # the notes appendix and a line of slack
        need = title + sum(rows) + 2 * TOC_PADDING * len(rows)
        return 2 if need <= self.layout.text_height_mm * MM else 1

    def outline(self, flowable: Any, level: int, text: str) -> None:
        """Mark ``flowable`` as a heading: a bookmark and outline entry, and a contents entry when its level is listed."""
        self.heading_seq += 1
        key = f"h{self.heading_seq}"
        flowable._rg_outline = (level, text, key)
        if level <= self.toc_levels:
            self.contents.add(level - 1, text, key)

    # inlines
    def inline(self, nodes: tuple[Inline, ...], role: str = "body", bold: bool = False) -> list[Span]:
        """Return the spans of inlines drawn in ``role``'s face."""
        out: list[Span] = []
        for node in nodes:
            if isinstance(node, Text):
                out += self.text(node.text, role, bold)
            elif isinstance(node, Strong):
                out += self.inline(node.children, role, True)
            elif isinstance(node, Emph):
                out += self.inline(node.children, "note", bold)
            elif isinstance(node, Noted):
                number = self.notes.setdefault(node.note, len(self.notes) + 1)
                out += self.text(node.text, role, bold)
                out.append(Span(NOTE_MARK.format(n=number), raised=True))
        return out

    def text(self, text: str, role: str, bold: bool = False) -> list[Span]:
        """Return the spans of plain text in the role's regular or bold face."""
        font = (self.fs.bold if bold else self.fs.regular)[role]
        return covered(text, font, self.fs)

    def para(self, spans: list[Span], style: str | Any) -> Any:
        """Return a CJK-wrapping paragraph of ``spans`` in ``style`` (a name in ``styles``, or a style)."""
        return self.frags.paragraph(self.Paragraph, spans, self.styles[style] if isinstance(style, str) else style)

    def plain_para(self, text: str, style: str, role: str = "body", bold: bool = False) -> Any:
        """Return a paragraph of plain text."""
        return self.para(self.text(text, role, bold), style)

    def table_style(self, commands: list) -> Any:
        """Return a TableStyle whose cells default to our font (reportlab's default, Helvetica, is never embedded)."""
        from reportlab.platypus import TableStyle

        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fs.regular["body"])] + list(commands))

    # blocks
    def blocks(self, blocks: tuple[Block, ...]) -> list:
        """Return the flowables for a sequence of blocks (a page break right after a page end is dropped).

        A heading directly over an image goes to the image's page with it: an image
        cannot split, so the heading's own room check would leave it alone at a page foot.
        A heading directly over another heading makes room for both, so neither is
        left alone at a page foot.
        """
        from reportlab.platypus import KeepTogether

        out: list = []
        pending_heading: list = []
        for block in collapse_page_breaks(blocks):
            flowables = self.block(block)
            if isinstance(block, Image) and pending_heading:
                out[-len(pending_heading):] = [KeepTogether(pending_heading + flowables)]
            elif isinstance(block, Heading) and pending_heading:
                _, heading = flowables
                pending_heading[0].height += heading.style.spaceBefore + heading.style.leading
                out.append(heading)   # the room above the first heading covers this one too
                flowables = pending_heading + [heading]
            else:
                out.extend(flowables)
            pending_heading = flowables if isinstance(block, Heading) else []
        return out

    def block(self, block: Block) -> list:
        """Return the flowables for one block."""
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Para):
            style = {"caption": "caption", "byline": "centre", "title": "title",
                     "subtitle": "subtitle"}.get(block.role or "", "body")
            role = {"title": "title", "caption": "heading1"}.get(block.role or "", "body")
            return [self.para(self.inline(block.content, role), style)]
        if isinstance(block, ListBlock):
            return self.list_block(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Image):
            return self.image(block)
        if isinstance(block, PageBreak):
            return [page_break(self.layout.text_height_mm * MM)]
        if isinstance(block, Div):
            return self.div(block)
        warn("W502", N_("the PDF writer has no rendering for {kind}; it was left out"),
                     kind=type(block).__name__)
        return []

    def heading(self, block: Heading) -> list:
        """Return a numbered heading paragraph that feeds the contents and the outline.

        A conditional page break before it keeps the heading off the foot of a
        page. (reportlab's keepWithNext would instead carry a following table
        whole to the next page, leaving half a page empty.)
        """
        from reportlab.platypus import CondPageBreak

        level = max(1, min(block.level, 3))
        prefix = self.numbers.prefix(block.level, block.text)
        role = {1: "heading1", 2: "heading2"}.get(level, "body")
        flowable = self.para(self.text(prefix, role) + self.inline(block.content, role), f"h{level}")
        self.outline(flowable, level, prefix + block.text)
        room = flowable.style.leading + flowable.style.spaceBefore + HEADING_ROOM_LINES * self.styles["body"].leading
        return [CondPageBreak(room), flowable]

    def list_block(self, block: ListBlock, depth: int = 0) -> list:
        """Return list items as hanging-indent paragraphs with their number: 1. at the top level, （1） below."""
        from reportlab.lib.styles import ParagraphStyle

        size = self.styles["list"].fontSize
        out = []
        for n, item in enumerate(block.items, 1):
            mark = list_mark(n, depth)
            bullet_at = (2 + 2 * depth) * size
            style = ParagraphStyle(f"li{depth}-{n}", parent=self.styles["list"],
                                   leftIndent=bullet_at + (1.6 if depth == 0 else 2.6) * size,
                                   firstLineIndent=0, bulletIndent=bullet_at, bulletFontName=self.fs.regular["body"],
                                   bulletFontSize=size)
            for i, child in enumerate(item):
                if isinstance(child, Para):
                    bullet = [Span(mark, bullet=True)] if i == 0 else []
                    out.append(self.para(bullet + self.inline(child.content), style))
                elif isinstance(child, ListBlock):
                    out.extend(self.list_block(child, depth + 1))
                else:
                    out.extend(self.block(child))
        return out

    def table(self, block: Table) -> list:
        """Return a bordered table whose header row repeats on every page."""
        from reportlab.lib.colors import HexColor, black

        rows = ([tuple(self.para(self.inline(c, "heading1"), "table_head") for c in block.header)] if block.header else [])
        rows += [tuple(self.para(self.inline(c), "table") for c in row) for row in block.rows]
        ncols = max((len(r) for r in rows), default=0)
        if ncols == 0:
            return []
        rows = [list(r) + [""] * (ncols - len(r)) for r in rows]
        widths = self._column_widths(block, ncols)
        t = _table_class()(rows, colWidths=widths, repeatRows=1 if block.header else 0, hAlign="CENTER")
        style = [("GRID", (0, 0), (-1, -1), 0.6, black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if block.header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HexColor(self.layout.colors.table_header_fill)))
        t.setStyle(self.table_style(style))
        out = [self.plain_para(block.caption, "caption", "heading1")] if block.caption else []
        return out + [t]

    def _column_widths(self, block: Table, ncols: int) -> list[float]:
        """Return the columns' widths (see ``tables.py``), filling the text width.

        The padding counts reportlab's 6 pt a side and room for a note's superscript number.
        """
        header = [plain(c) for c in block.header] if block.header else None
        rows = [[plain(c) for c in row] for row in block.rows]
        size = self.layout.sizes.table
        widths = column_widths(header, rows, self.layout.text_width_mm * MM, size, 12 + size)
        return widths + [0.0] * (ncols - len(widths))

    def image(self, block: Image) -> list:
        """Return an image scaled to its width (the text width at most), with its caption below."""
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image as RLImage

        rows = png_rows(block.path)   # a PNG the PDF takes as it is (a chart), else reportlab decodes it
        try:
            iw, ih = (rows.width, rows.height) if rows else ImageReader(block.path).getSize()
        except (OSError, ValueError) as exc:
            warn("W503", N_("image {path} cannot be read ({error}); a placeholder was put in its place"),
                         path=block.path, error=exc)
            return [self.plain_para(f"［图片缺失：{os.path.basename(block.path)}］", "centre")]
        width, height = self.layout.image_size_mm(iw, ih, block.width_mm)
        image = (png_flowable(block.path, rows, width * MM, height * MM) if rows
                 else RLImage(block.path, width=width * MM, height=height * MM))
        caption = self.plain_para(block.caption, "caption", "heading1") if block.caption else None
        return [figure_flowable(image, caption)]

    # named blocks
    def div(self, block: Div) -> list:
        """Return the flowables of a named block (masthead, note, contents, cover, distribution)."""
        handler = getattr(self, f"div_{block.name}", None)
        if handler is None:
            warn("W504", N_("unknown block {name!r}: its contents are shown without special layout"),
                         name=block.name)
            return self.blocks(block.children)
        return handler(block)

    def div_masthead(self, block: Div) -> list:
        """Return the briefing's name in red, the issue number, issuer and date, a red rule."""
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import HRFlowable, Spacer

        out = [self.plain_para(block.attr("title", "") or "", "masthead", "title")]
        if block.attr("issue"):
            out.append(self.plain_para(block.attr("issue"), "centre"))
        out.append(Spacer(1, 6))
        out.append(self._left_right(block.attr("issuer", "") or "", block.attr("date", "") or ""))
        out.append(HRFlowable(width="100%", thickness=2, color=HexColor(self.layout.colors.rule),
                              spaceBefore=2, spaceAfter=12))
        return out + self.blocks(block.children)

    def _left_right(self, left: str, right: str) -> Any:
        """Return one line with ``left`` flush left and ``right`` flush right."""
        from reportlab.platypus import Table as RLTable

        half = self.layout.text_width_mm * MM / 2
        t = RLTable([[self.plain_para(left, "small"), self.plain_para(right, "small_right")]], colWidths=[half, half])
        t.setStyle(self.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    def div_note(self, block: Div) -> list:
        """Return the 按语 in 楷体 inside a thin box."""
        from reportlab.lib.colors import black
        from reportlab.platypus import Table as RLTable

        inner = []
        for child in block.children:
            if isinstance(child, Para):
                inner.append(self.para(self.inline(child.content, "note"), "note"))
            else:
                inner.extend(self.block(child))
        if not inner:
            return []
        t = RLTable([[inner]], colWidths=[self.layout.text_width_mm * MM])
        t.setStyle(self.table_style([("BOX", (0, 0), (-1, -1), 0.6, black), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return [t]

    def div_contents(self, block: Div) -> list:
        """Return a table of contents of the headings, their page numbers filled in after layout (``pdf_contents``)."""
        from reportlab.platypus import PageBreak as RLPageBreak

        toc = contents_flowable(self.contents, [self.styles["toc1"], self.styles["toc2"]],
                                self.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                  ("TOPPADDING", (0, 0), (-1, -1), TOC_PADDING),
                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), TOC_PADDING)]))
        title = block.attr("title", "目　录") or "目　录"
        return [self.plain_para(title, "title", "title"), *self.blocks(block.children), toc, RLPageBreak()]

    def div_cover(self, block: Div) -> list:
        """Return a cover page: title, subtitle, issuer and date, then the body pages."""
        from reportlab.platypus import NextPageTemplate, PageBreak as RLPageBreak, Spacer

        height = self.layout.text_height_mm * MM
        out = [Spacer(1, height * 0.28), self.plain_para(block.attr("title", "") or "", "title", "title")]
        if block.attr("subtitle"):
            out.append(self.plain_para(block.attr("subtitle"), "subtitle", "note"))
        out += self.blocks(block.children)
        out.append(Spacer(1, height * 0.25))
        for key in ("issuer", "date"):
            if block.attr(key):
                out.append(self.plain_para(block.attr(key), "centre"))
        self.cover_pages = 1
        return out + [NextPageTemplate("body"), RLPageBreak()]

    def div_distribution(self, block: Div) -> list:
        """Set the 版记 aside for the foot of the last page: 报/送/发 lines and the 印发 line between rules,
        then the number of copies.

        Thick rules open and close the block and thin ones part its lines; the
        印发 line has the issuer left and the date right (the block's ``issuer``
        and ``date``), in 4号, one character in on each side, as GB/T 9704 draws
        the 版记. It goes after everything else, the notes appendix included
        (``self.foot``), its last rule on the foot of the text block of the last
        page, and that page shows no page number (``pdf_flow``).
        """
        from reportlab.lib.colors import black
        from reportlab.platypus import Table as RLTable

        size = self.layout.sizes.distribution
        rows = [[self.para(self.inline(c.content), "distribution"), ""] for c in block.children if isinstance(c, Para)]
        if block.attr("issuer") or block.attr("date"):
            rows.append([self.plain_para(block.attr("issuer", "") or "", "distribution"),
                         self.plain_para(f"{block.attr('date', '') or ''}印发", "distribution_right")])
        below = [f for child in block.children if not isinstance(child, Para) for f in self.block(child)]
        copies = block.attr("copies")
        if copies:
            text = f"共印{copies}份" if copies.isdigit() else copies
            copies_line = self.plain_para(f"（{text}）" if not text.startswith("（") else text, "distribution_right")
            copies_line.style = copies_line.style.clone("copies", rightIndent=size)
            below.append(copies_line)
        if not rows:
            self.foot = below
            return []
        half = self.layout.text_width_mm * MM / 2
        pitch = max(self.layout.line_height_pt, size * 1.5)
        ruled = RLTable(rows, colWidths=[half, half], rowHeights=[pitch] * len(rows))
        commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), size),
                    ("RIGHTPADDING", (0, 0), (-1, -1), size),
                    ("LINEABOVE", (0, 0), (-1, 0), RULE_THICK_PT, black),
                    ("LINEBELOW", (0, 0), (-1, -2), RULE_THIN_PT, black),
                    ("LINEBELOW", (0, -1), (-1, -1), RULE_THICK_PT, black)]
        commands += [("SPAN", (0, n), (1, n)) for n, row in enumerate(rows) if row[1] == ""]
        ruled.setStyle(self.table_style(commands))
        self.foot = [foot_flowable(ruled, below, self.unnumbered.add)]
        return []

    def notes_appendix(self) -> list:
        """Return the appendix of numbered provenance notes (empty when there are none).

        Each distinct note is listed once; every figure that cites it carries its number.
        """
        if not self.notes:
            return []
        title = self.para(self.text(self.layout.notes_title, "heading1"), "h1")
        self.outline(title, 1, self.layout.notes_title)
        return [title] + [self.para(self.text(f"{NOTE_MARK.format(n=n)} ", "body") + self.text(note, "body"), "notes")
                          for note, n in self.notes.items()]


# -- pages ------------------------------------------------------------------------

def _doc_template(out: BinaryIO, layout: Layout, builder: PdfBuilder, title: str) -> Any:
    """Return a document template with cover and body pages, a running header and page numbers."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    width, height = (v * MM for v in layout.page_mm)
    frame = Frame(layout.margin_left_mm * MM, layout.margin_bottom_mm * MM, layout.text_width_mm * MM,
                  layout.text_height_mm * MM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    font, size = builder.fs.regular["body"], layout.sizes.small
    left, right = layout.margin_left_mm * MM, width - layout.margin_right_mm * MM

    def decorate(canvas: Any, doc: Any) -> None:
        """Draw the running header (as the page begins)."""
        if not layout.header_text:
            return
        canvas.saveState()
        canvas.setFillColor(HexColor(layout.colors.text))
        canvas.setFont(font, size)
        header = layout.running_header(title)
        y = height - layout.margin_top_mm * MM + size * 1.4
        canvas.drawCentredString(width / 2, y, header)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - 4, right, y - 4)
        canvas.restoreState()

    def page_number(canvas: Any, doc: Any) -> None:
        """Draw the page number (as the page ends, when it is known whether the 版记 is on it)."""
        canvas.saveState()
        canvas.setFillColor(HexColor(layout.colors.text))
        if layout.page_number and doc.page not in builder.unnumbered:
            n = doc.page - builder.cover_pages
            text = layout.page_number.replace("{n}", str(n))
            canvas.setFont(font, layout.sizes.page_number)
            y = layout.margin_bottom_mm * MM - PAGE_NUMBER_GAP_MM * MM - layout.sizes.page_number
            if layout.page_number_side == "outer":  # odd pages right, even pages left, one character in
                if n % 2:
                    canvas.drawRightString(right - layout.sizes.body, y, text)
                else:
                    canvas.drawString(left + layout.sizes.body, y, text)
            else:
                canvas.drawCentredString(width / 2, y, text)
        canvas.restoreState()

    class Template(FloatingFigures, BaseDocTemplate):
        rg_line = builder.styles["body"].leading

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
            entry = getattr(flowable, "_rg_outline", None)
            if entry is None:
                return
            level, text, key = entry
            self.canv.bookmarkPage(key)
            if layout.pdf_bookmarks:
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=level > 1)
            builder.contents.pages[key] = self.page - builder.cover_pages

        def _endBuild(self) -> None:  # noqa: N802 (reportlab's name)
            define_page_forms(self.canv, builder.contents)   # every page number is known now
            super()._endBuild()

    # initialFontName: reportlab starts each page in Helvetica, never embedded, unless told otherwise
    doc = Template(out, pagesize=(width, height), title=title, author=builder.doc.meta.get("issuer", ""),
                   creator="reportgen", initialFontName=font, initialFontSize=size, leftMargin=layout.margin_left_mm * MM, rightMargin=layout.margin_right_mm * MM,
                   topMargin=layout.margin_top_mm * MM, bottomMargin=layout.margin_bottom_mm * MM)
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=decorate, onPageEnd=page_number)])
    return doc, frame


def write_pdf(doc: Document, out: BinaryIO, layout: Layout) -> None:
    """Write ``doc`` to ``out`` as a PDF with embedded subset CJK fonts."""
    from reportlab.platypus import PageBreak as RLPageBreak, PageTemplate

    builder = PdfBuilder(doc, layout)
    blocks = doc.blocks
    has_cover = layout.pdf_cover and blocks and isinstance(blocks[0], Div) and blocks[0].name == "cover"
    if blocks and isinstance(blocks[0], Div) and blocks[0].name == "cover" and not layout.pdf_cover:
        blocks = blocks[1:]
    story = keep_tails(builder.blocks(blocks) + builder.notes_appendix(), lambda f: isinstance(f, RLPageBreak) or getattr(f, "rg_section_end", False),
                       TAIL_LINES * builder.styles["body"].leading, layout.text_width_mm * MM) + builder.foot
    title = document_title(doc)
    template, frame = _doc_template(out, layout, builder, title)
    if has_cover:
        template.pageTemplates.insert(0, PageTemplate("cover", [frame]))
    if not story:
        story = [builder.plain_para("", "body")]
    with binary_streams():
        template.build(story)


@contextmanager
def binary_streams():
    """Write the PDF's streams (pages, fonts, images) compressed but not ASCII85-encoded, for this build.

    reportlab's default wraps every stream in ASCII85 (pure Python unless its
    optional C accelerator is installed): a quarter larger and, for a build's
    charts and CJK font subsets, the writer's costliest step. The switch is
    reportlab's global ``rl_config.useA85``; it is restored afterwards.
    """
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before
