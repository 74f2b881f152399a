"""Write a Document as a Word file with python-docx: the 工作简报 after GB/T 9704-2012.

The only module that imports python-docx for writing (lazily). Page, grid,
faces, sizes and colours come from the ``Layout``. python-docx's ``Font.name``
sets only the Latin faces, so every style and run here also gets ``w:eastAsia``
and loses the theme-font attributes, or Word would draw Chinese in the theme's
face. Noted inlines become Word comments anchored on their text, except in a
clean copy (``meta["copy"] == "clean"``), the one sent out, which has none.
"""
from __future__ import annotations

import math
import os
from typing import Any, BinaryIO

from ..errors import TemplateError, warn
from ..messages import N_
from ..nodes import (Block, Div, Document, Emph, Heading, Image, Inline, ListBlock, Noted,
                     PageBreak, Para, Strong, Table, Text, plain)
from .flow import collapse_page_breaks, headings
from .docx_fields import set_update_fields
from .docx_foot import foot_box
from .fonttable import write_font_table
from .layout import Layout, document_title
from .numbering import HeadingNumbers, list_mark
from .tables import column_widths

THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
COMMENT_AUTHOR, COMMENT_INITIALS = "数据来源", "源"  # the review copy's comments: a figure's sentence and file
TWIPS_PER_PT = 20
PAGE_NUMBER_GAP_MM = 7          # GB/T 9704: the page number's line is 7 mm below the text block
PAGE_NUMBER_FACE = "宋体"       # GB/T 9704: page numbers in 4号 半角宋体
TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u'      # headings 1–2, hyperlinked, outline levels too
RULE_THICK_EIGHTHS, RULE_THIN_EIGHTHS = 8, 6   # GB/T 9704 版记 rules: 0.35 mm and 0.25 mm
RULE_SPACE_PT = 1              # the gap between a 版记 line and its rule
NOTE_GAP_PT = 2                # the 按语's box this far inside the text block
CELL_PADDING_PT = 10.8          # Word's default cell margins, 0.19 cm each side
PPR_AFTER_SNAP = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                  "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                  "w:snapToGrid") + PPR_AFTER_SNAP
TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
                     "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                     "w:eastAsianLayout", "w:specVanish", "w:oMath")


# -- low-level XML helpers ----------------------------------------------------------

def set_fonts(rpr_owner: Any, east_asia: str, latin: str) -> None:
    """Set ascii/hAnsi to ``latin`` and eastAsia to ``east_asia``; drop theme fonts."""
    from docx.oxml.ns import qn

    rpr = rpr_owner.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _el(tag: str, **attrs: str) -> Any:
    """Return a new WordprocessingML element with ``w:`` attributes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    return el


def _border(paragraph: Any, sides: tuple[str, ...], size_eighths: int, color: str,
            space_pt: dict[str, int] | None = None) -> None:
    """Draw borders on the given sides of a paragraph (size in eighths of a point), each ``space_pt[side]``
    (default ``RULE_SPACE_PT``) from the text."""
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = _el("w:pBdr")
    for side in sides:
        space = (space_pt or {}).get(side, RULE_SPACE_PT)
        pbdr.append(_el(f"w:{side}", val="single", sz=str(size_eighths), space=str(space), color=color.lstrip("#")))
    ppr.insert_element_before(pbdr, *PPR_AFTER_PBDR)


def off_grid(ppr_owner: Any, single: bool = False) -> None:
    """Keep a paragraph (or paragraph style) off the document grid; ``single`` also makes its spacing auto.

    On a line grid every line of a paragraph takes a whole grid line (29 pt in
    GB/T 9704), which spreads 10.5 pt table text and the big masthead apart.
    An image sits in one line of its paragraph, so a fixed ("exact") line
    height inherited from the body style would crop it to that height.
    """
    from docx.oxml.ns import qn

    ppr = ppr_owner.get_or_add_pPr()
    for old in ppr.findall(qn("w:snapToGrid")):
        ppr.remove(old)
    ppr.insert_element_before(_el("w:snapToGrid", val="0"), *PPR_AFTER_SNAP)
    if single:
        spacing = ppr.get_or_add_spacing()
        spacing.set(qn("w:line"), "240")
        spacing.set(qn("w:lineRule"), "auto")


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    """Append a field (PAGE …) with its cached result ``shown`` to a paragraph."""
    _field_start(paragraph, instruction)
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_el("w:fldChar", fldCharType="end"))


def _field_start(paragraph: Any, instruction: str) -> None:
    """Append a complex field's begin, instruction and separator; its result and end follow.

    The result may run over several paragraphs (a TOC's entries) before the end mark.
    """
    paragraph.add_run()._r.append(_el("w:fldChar", fldCharType="begin"))
    instr = _el("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_el("w:fldChar", fldCharType="separate"))


# -- styles and page ----------------------------------------------------------------

def _names(layout: Layout, role: str) -> str:
    """Return the face Word should use for ``role``: the first preferred name."""
    return layout.fonts.for_role(role)[0]


def setup_styles(document: Any, layout: Layout) -> None:
    """Define Normal, Title, Heading 1–3, Caption and the note style from the layout."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    styles = document.styles
    sz, latin = layout.sizes, layout.fonts.latin

    def style(name: str, role: str, size: float, bold: bool = False, base: str | None = "Normal") -> Any:
        try:
            st = styles[name]
        except KeyError:
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            if base:
                st.base_style = styles[base]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = False
        st.font.color.rgb = RGBColor.from_string(layout.colors.text.lstrip("#"))
        set_fonts(st.element, _names(layout, role), latin)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        return st

    _set_defaults(document, layout)
    normal = style("Normal", "body", sz.body, base=None)
    normal.paragraph_format.first_line_indent = Pt(layout.first_line_indent_chars * sz.body)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if layout.line_pt:
        normal.paragraph_format.line_spacing = Pt(layout.line_pt)
    ind = normal.element.get_or_add_pPr().get_or_add_ind()
    ind.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}firstLineChars",
            str(int(layout.first_line_indent_chars * 100)))

    title = style("Title", "title", sz.title)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Pt(0)
    _drop_style_borders(title)
    for level, role, size in ((1, "heading1", sz.heading1), (2, "heading2", sz.heading2), (3, "body", sz.body)):
        h = style(f"Heading {level}", role, size)
        h.font.color.rgb = RGBColor.from_string(layout.colors.heading.lstrip("#"))
        h.paragraph_format.keep_with_next = True
        h.paragraph_format.first_line_indent = Pt(2 * sz.body)
    for name, role, size in (("Caption", "heading1", sz.small), ("RG Note", "note", sz.note),
                             ("RG Table", "body", sz.table), ("RG Small", "body", sz.small),
                             ("RG Distribution", "body", sz.distribution)):
        st = style(name, role, size)
        st.paragraph_format.first_line_indent = Pt(2 * size) if name == "RG Note" else Pt(0)
    styles["Caption"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles["RG Table"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    off_grid(styles["RG Table"].element, single=True)
    drop_theme_fonts(document.styles.element)


def drop_theme_fonts(styles_element: Any) -> None:
    """Remove theme-font attributes from every style in the package.

    The default template's other styles (Heading 4–9, Subtitle, the linked
    "Heading N Char" styles Word applies to part of a heading) name theme fonts,
    which win over ``w:eastAsia`` and set Chinese in the theme's face. Without
    them a style inherits the document defaults: the layout's body faces.
    """
    from docx.oxml.ns import qn

    for rfonts in styles_element.iter(qn("w:rFonts")):
        for attr in THEME_ATTRS:
            rfonts.attrib.pop(qn(attr), None)


def _set_defaults(document: Any, layout: Layout) -> None:
    """Make the document defaults the body face and size with no spacing.

    Word and LibreOffice size the character grid from these defaults, and
    python-docx's template has 11 pt theme fonts and 10 pt after each paragraph.
    """
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr, value in (("ascii", layout.fonts.latin), ("hAnsi", layout.fonts.latin),
                        ("eastAsia", _names(layout, "body"))):
        rfonts.set(qn(f"w:{attr}"), value)
    for tag in ("w:sz", "w:szCs"):
        rpr.find(qn(tag)).set(qn("w:val"), str(round(layout.sizes.body * 2)))
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    squeeze = _grid_squeeze_twips(layout)
    if squeeze:
        rpr.insert_element_before(_el("w:spacing", val=str(-squeeze)), *RPR_AFTER_SPACING)
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _grid_squeeze_twips(layout: Layout) -> int:
    """Return how much (in 1/20 pt) to condense characters so ``grid_chars`` of them fit a line.

    GB/T 9704 asks 28 characters of 16 pt in 156 mm (442 pt), so each must
    advance 15.8 pt. Word squeezes them itself for a negative ``charSpace``;
    LibreOffice instead gives each character two grid cells (14 a line) unless
    the characters are condensed to fit, so condense them explicitly.
    """
    if not (layout.grid_lines and layout.grid_chars):
        return 0
    pitch_pt = layout.text_width_mm / 25.4 * 72 / layout.grid_chars
    return max(0, math.ceil((layout.sizes.body - pitch_pt) * 20))


def _drop_style_borders(style: Any) -> None:
    """Remove the paragraph border python-docx's default Title style carries."""
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    for el in ppr.findall(qn("w:pBdr")):
        ppr.remove(el)


def setup_page(document: Any, layout: Layout, title: str = "") -> None:
    """Set page size, margins, the line/character grid, the running header and the page-number footer.

    ``title`` replaces ``{title}`` in the header text, as in the PDF writer.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in layout.page_mm)
    section.top_margin, section.bottom_margin = Mm(layout.margin_top_mm), Mm(layout.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(layout.margin_left_mm), Mm(layout.margin_right_mm)
    number_mm = layout.sizes.page_number * 1.2 / 72 * 25.4
    section.header_distance = Mm(15)
    # GB/T 9704: the page number's line sits 7 mm below the text block
    section.footer_distance = Mm(max(layout.margin_bottom_mm - PAGE_NUMBER_GAP_MM - number_mm, 5))
    sect = section._sectPr
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    if layout.grid_lines:
        grid = {"type": "lines", "linePitch": str(math.floor(layout.line_height_pt * TWIPS_PER_PT + 1e-6))}
        if layout.grid_chars and layout.grid_type == "linesAndChars":
            pitch_pt = layout.text_width_mm / 25.4 * 72 / layout.grid_chars
            grid.update(type="linesAndChars", charSpace=str(round((pitch_pt - layout.sizes.body) * 4096)))
        sect.append(_el("w:docGrid", **grid))
    outer = layout.page_number_side == "outer"
    if layout.page_number and outer:
        document.settings.odd_and_even_pages_header_footer = True
    footers = [(section.footer, "odd"), (section.even_page_footer, "even")] if outer else [(section.footer, "")]
    for footer, side in footers if layout.page_number else ():
        _page_number(footer.paragraphs[0], layout, side)
    headers = [section.header, section.even_page_header] if layout.page_number and outer else [section.header]
    for part in headers if layout.header_text else ():
        header = part.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.paragraph_format.first_line_indent = Pt(0)
        run = header.add_run(layout.running_header(title))
        run.font.size = Pt(layout.sizes.small)


def _page_number(footer: Any, layout: Layout, side: str) -> None:
    """Write the page number into a footer paragraph in 4号 宋体: odd pages right and even pages
    left, one character in (GB/T 9704), or centred (``side`` "")."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    fmt = footer.paragraph_format
    fmt.first_line_indent = Pt(0)
    footer.alignment = {"odd": WD_ALIGN_PARAGRAPH.RIGHT, "even": WD_ALIGN_PARAGRAPH.LEFT}.get(
        side, WD_ALIGN_PARAGRAPH.CENTER)
    one_char = Pt(layout.sizes.body)
    if side == "odd":
        fmt.right_indent = one_char
    elif side == "even":
        fmt.left_indent = one_char
    before, _, after = layout.page_number.partition("{n}")
    for text in (before, None, after):
        if text is None:
            _field(footer, "PAGE", "1")
        elif text:
            footer.add_run(text)
    for run in footer.runs:
        run.font.size = Pt(layout.sizes.page_number)
        set_fonts(run._r, PAGE_NUMBER_FACE, layout.fonts.latin)


# -- AST to Word -------------------------------------------------------------------

def _format_like(tc: Any, p: Any, tc_pr: Any, p_pr: Any) -> bool:
    """Give a new cell ``tc`` and its empty paragraph ``p`` copies of another cell's properties.

    Returns False (and changes nothing) when the cell is not as python-docx's
    ``add_table`` makes it, so the caller formats it step by step instead.
    """
    import copy

    if tc.tcPr is None or tc_pr is None or p_pr is None or p.pPr is not None:
        return False
    tc.replace(tc.tcPr, copy.deepcopy(tc_pr))
    p.insert(0, copy.deepcopy(p_pr))
    return True


class CommentAdder:
    """Adds a document's comments in constant time each.

    python-docx's ``Document.add_comment`` picks a free id by reading the id
    of every comment already there, which makes a briefing with thousands of
    noted figures quadratic. This writer adds every comment of the document
    it builds, so it numbers them itself, past any the template brought. The
    first comment is built as python-docx builds one (same element, same
    styles, same range marks); each later one is a copy of it with its own id
    and text, all dated when the document was begun. Where python-docx's
    comments part is not laid out as expected, it falls back to ``add_comment``.
    """

    def __init__(self, document: Any):
        import datetime as dt

        self.document = document
        self.next_id: int | None = None
        self.date = dt.datetime.now(dt.timezone.utc)
        self.blank: Any = None          # a comment element with no text, to copy
        self.marks: tuple | None = None  # commentRangeStart, commentRangeEnd, reference run, to copy

    def add(self, run: Any, text: str) -> None:
        """Anchor a comment holding ``text`` (one paragraph a line) on ``run``."""
        comments = self.document.comments
        elements, part = getattr(comments, "_comments_elm", None), getattr(comments, "_comments_part", None)
        if elements is None or part is None:
            self.document.add_comment(run, text=text, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)
            return
        import copy

        from docx.comments import Comment
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls, qn

        if self.next_id is None:
            self.next_id = max((int(i) for i in elements.xpath("./w:comment/@w:id")), default=-1) + 1
        comment_id = str(self.next_id)
        self.next_id += 1
        if self.blank is None:
            self.blank = parse_xml(
                f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author="">'
                '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
                '</w:comment>')
            self.blank.author, self.blank.initials, self.blank.date = COMMENT_AUTHOR, COMMENT_INITIALS, self.date
        element = copy.deepcopy(self.blank)
        element.set(qn("w:id"), comment_id)
        elements.append(element)
        self._mark(run._r, comment_id)
        if not text:
            return
        first, *rest = text.split("\n")
        if "\t" in first or "\r" in first or rest:
            comment = Comment(element, part)
            comment.paragraphs[0].add_run(first)
            for line in rest:
                comment.add_paragraph(text=line)
        elif first:
            element.find(qn("w:p")).add_r().add_t(first)

    def _mark(self, r: Any, comment_id: str) -> None:
        """Put the comment's range marks around run element ``r`` and its reference run after them."""
        import copy

        from docx.oxml.ns import qn

        if self.marks is None:
            r.insert_comment_range_start_above(comment_id)
            r.insert_comment_range_end_and_reference_below(comment_id)
            start, end = r.getprevious(), r.getnext()
            self.marks = (copy.deepcopy(start), copy.deepcopy(end), copy.deepcopy(end.getnext()))
            return
        start, end, reference = (copy.deepcopy(el) for el in self.marks)
        for el in (start, end, reference[-1]):
            el.set(qn("w:id"), comment_id)
        r.addprevious(start)
        r.addnext(reference)
        r.addnext(end)


class DocxBuilder:
    """Append blocks to a python-docx Document, numbering headings and adding comments."""

    def __init__(self, document: Any, layout: Layout, ast: Document):
        self.document, self.layout, self.ast = document, layout, ast
        self.numbers = HeadingNumbers(layout)
        self.has_contents = False  # a contents field was written: Word should refresh fields on opening
        # a copy for distribution carries no comments; the review copy gets each source sentence
        self.comments = CommentAdder(document) if ast.meta.get("copy") != "clean" else None
        self.style_ids: dict[str, str | None] = {}
        # python-docx builds each paragraph and run in many small schema-ordered steps; a body paragraph of
        # one style and indent, or a run of one face and weight, starts out the same every time, so the
        # first is built that way and the others are copies of it, empty (``paragraph``, ``run``)
        self.blank_paragraphs: dict[tuple[str, bool], Any] = {}
        self.blank_runs: dict[tuple[str | None, bool], Any] = {}

    def style_id(self, name: str) -> str | None:
        """Return the paragraph style id python-docx writes for style ``name`` (None for the default style).

        python-docx resolves a style name on every paragraph by scanning every
        style the document defines (``Styles.default``), which made the styles
        the largest cost of a long document; the styles do not change while
        the blocks are written, so each name is resolved once.
        """
        if name not in self.style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            self.style_ids[name] = self.document.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self.style_ids[name]

    def set_style(self, paragraph: Any, name: str) -> None:
        """Give ``paragraph`` the style ``name``, as ``paragraph.style = name`` does."""
        paragraph._p.style = self.style_id(name)

    # inlines
    def inline(self, paragraph: Any, nodes: tuple[Inline, ...], role: str | None = None,
               bold: bool = False, italic_role: bool = False) -> None:
        """Append runs for ``nodes``; a Noted inline also gets a comment with its source."""
        for node in nodes:
            if isinstance(node, Text):
                self.run(paragraph, node.text, role, bold)
            elif isinstance(node, Strong):
                self.inline(paragraph, node.children, role, True)
            elif isinstance(node, Emph):
                self.inline(paragraph, node.children, "note", bold)
            elif isinstance(node, Noted):
                run = self.run(paragraph, node.text, role, bold)
                if self.comments is not None:
                    self.comments.add(run, node.note)

    def run(self, paragraph: Any, text: str, role: str | None = None, bold: bool = False) -> Any:
        """Append one run; ``role`` overrides the paragraph style's faces.

        Text with no tab or line break is one ``w:t``, as python-docx would write
        it, without python-docx's walk over every character looking for them.
        """
        import copy

        from docx.oxml.ns import qn
        from docx.text.run import Run

        special = "\t" in text or "\n" in text or "\r" in text
        blank = None if special else self.blank_runs.get((role, bold))
        if blank is None:
            run = paragraph.add_run()
            if bold:
                run.bold = True
            if role:
                set_fonts(run._r, _names(self.layout, role), self.layout.fonts.latin)
            if not special:
                self.blank_runs[(role, bold)] = copy.deepcopy(run._r)
        else:
            run = Run(copy.deepcopy(blank), paragraph)
            paragraph._p.append(run._r)
        if special:
            run.text = text
        elif text:
            t = run._r.makeelement(qn("w:t"))
            t.text = text
            if len(text.strip()) < len(text):   # as python-docx's add_t
                t.set(qn("xml:space"), "preserve")
            run._r.append(t)
        return run

    def paragraph(self, style: str = "Normal", indent: bool = True) -> Any:
        """Add an empty paragraph of ``style``; ``indent=False`` drops the first-line indent."""
        import copy

        from docx.shared import Pt
        from docx.text.paragraph import Paragraph

        blank = self.blank_paragraphs.get((style, indent))
        if blank is not None:
            body = self.document._body
            return Paragraph(body._element._insert_p(copy.deepcopy(blank)), body)
        p = self.document.add_paragraph()
        self.set_style(p, style)
        if not indent:
            p.paragraph_format.first_line_indent = Pt(0)
            ind = p._p.get_or_add_pPr().get_or_add_ind()
            ind.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}firstLineChars", "0")
        self.blank_paragraphs[(style, indent)] = copy.deepcopy(p._p)
        return p

    # blocks
    def blocks(self, blocks: tuple[Block, ...]) -> None:
        """Append every block (a page break right after a page end is dropped)."""
        for block in collapse_page_breaks(blocks):
            self.block(block)

    def block(self, block: Block) -> None:
        """Append one block."""
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, ListBlock):
            self.list_block(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Image):
            self.image(block)
        elif isinstance(block, PageBreak):
            from docx.enum.text import WD_BREAK
            self.paragraph(indent=False).add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, Div):
            self.div(block)
        else:
            warn("W502", N_("the Word writer has no rendering for {kind}; it was left out"),
                         kind=type(block).__name__)

    def heading(self, block: Heading) -> None:
        """Append a heading with its number (一、 （一） …) in the heading style."""
        level = max(1, min(block.level, 3))
        p = self.paragraph(f"Heading {level}")
        prefix = self.numbers.prefix(block.level, block.text)
        if prefix:
            self.run(p, prefix)
        self.inline(p, block.content)

    def para(self, block: Para) -> None:
        """Append a paragraph; roles title/subtitle/caption/byline get their own layout."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        role = block.role or ""
        if role == "title":
            self.inline(self.paragraph("Title", indent=False), block.content)
        elif role == "caption":
            self.inline(self.paragraph("Caption", indent=False), block.content)
        elif role in ("subtitle", "byline"):
            p = self.paragraph(indent=False)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.inline(p, block.content, "note" if role == "subtitle" else None)
        else:
            self.inline(self.paragraph(), block.content)

    def list_block(self, block: ListBlock, depth: int = 0) -> None:
        """Append list items as paragraphs with a hanging number: 1. at the top level, （1） below it."""
        from docx.shared import Pt

        size = self.layout.sizes.body
        for n, item in enumerate(block.items, 1):
            mark = list_mark(n, depth)
            hang = (1.5 if depth == 0 else 2.5) * size
            left = 2 * size + depth * 2 * size + hang
            for i, child in enumerate(item):
                if isinstance(child, Para):
                    p = self.paragraph(indent=False)
                    p.paragraph_format.left_indent = Pt(left)
                    p.paragraph_format.first_line_indent = Pt(-hang if i == 0 else 0)
                    if i == 0:
                        self.run(p, f"{mark}\t")
                        p.paragraph_format.tab_stops.add_tab_stop(Pt(left))
                    self.inline(p, child.content)
                elif isinstance(child, ListBlock):
                    self.list_block(child, depth + 1)
                else:
                    self.block(child)

    def table(self, block: Table) -> None:
        """Append a bordered table whose header row repeats on each page, caption above."""
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        rows = ([block.header] if block.header else []) + list(block.rows)
        ncols = max((len(r) for r in rows), default=0)
        if ncols == 0:
            return
        if block.caption:
            caption = self.paragraph("Caption", indent=False)
            caption.paragraph_format.keep_with_next = True
            self.run(caption, block.caption)
        table = self.document.add_table(rows=len(rows), cols=ncols)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = self._column_widths(block, ncols)
        for column, width in zip(table.columns, widths):
            column.width = Pt(width)
        # python-docx formats a cell in many small steps; the body cells of a column are formatted
        # alike, so the first body row is formatted through python-docx and the rest get copies
        body_format: list[tuple[Any, Any]] | None = None   # per column: the cell's tcPr, its paragraph's pPr
        for r, (table_row, row) in enumerate(zip(table.rows, rows)):  # rows[r] would re-list every row: quadratic
            cells = table_row.cells
            is_head = bool(block.header) and r == 0
            for c in range(ncols):
                p = cells[c].paragraphs[0]
                if is_head or body_format is None or not _format_like(cells[c]._tc, p._p, *body_format[c]):
                    cells[c].width = Pt(widths[c])
                    cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    self.set_style(p, "RG Table")
                if c < len(row):
                    self.inline(p, row[c], "heading1" if is_head else None)
                if is_head:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    shading = _el("w:shd", val="clear", color="auto",
                                  fill=self.layout.colors.table_header_fill.lstrip("#"))
                    cells[c]._tc.get_or_add_tcPr().insert_element_before(shading, *TCPR_AFTER_SHD)
            tr_pr = table_row._tr.get_or_add_trPr()
            tr_pr.append(_el("w:cantSplit", val="true"))
            if is_head:
                tr_pr.append(_el("w:tblHeader", val="true"))
            elif body_format is None:
                body_format = [(cell._tc.tcPr, cell.paragraphs[0]._p.pPr) for cell in cells[:ncols]]

    def _column_widths(self, block: Table, ncols: int) -> list[float]:
        """Return the columns' widths in points (see ``tables.py``), filling the text width."""
        header = [plain(c) for c in block.header] if block.header else None
        rows = [[plain(c) for c in row] for row in block.rows]
        total = self.layout.text_width_mm / 25.4 * 72
        widths = column_widths(header, rows, total, self.layout.sizes.table, CELL_PADDING_PT)
        return widths + [0.0] * (ncols - len(widths))

    def image(self, block: Image) -> None:
        """Append an image at its width (at most the text width), caption below."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.image.exceptions import UnrecognizedImageError
        from docx.image.image import Image as DocxImage
        from docx.shared import Mm, Pt

        p = self.paragraph(indent=False)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = bool(block.caption)
        p.paragraph_format.space_before = Pt(6)
        off_grid(p._p, single=True)
        try:
            picture = DocxImage.from_file(block.path)
            width, height = self.layout.image_size_mm(picture.px_width, picture.px_height, block.width_mm)
            p.add_run().add_picture(block.path, width=Mm(width), height=Mm(height))
        except (OSError, UnrecognizedImageError, ValueError) as exc:
            warn("W503", N_("image {path} cannot be read ({error}); a placeholder was put in its place"),
                         path=block.path, error=exc)
            self.run(p, f"［图片缺失：{os.path.basename(block.path)}］")
        if block.caption:
            self.run(self.paragraph("Caption", indent=False), block.caption)

    # named blocks
    def div(self, block: Div) -> None:
        """Append a named block (masthead, note, contents, cover, distribution)."""
        handler = getattr(self, f"div_{block.name}", None)
        if handler is None:
            warn("W504", N_("unknown block {name!r}: its contents are shown without special layout"),
                         name=block.name)
            self.blocks(block.children)
        else:
            handler(block)

    def div_masthead(self, block: Div) -> None:
        """Append the red briefing name, 第N期 centred, issuer left and date right, a red rule."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Mm, Pt, RGBColor

        red = RGBColor.from_string(self.layout.colors.masthead.lstrip("#"))
        size = max(self.layout.sizes.title * 1.6, 30)
        p = self.paragraph(indent=False)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(size / 2)
        p.paragraph_format.space_after = Pt(size / 3)
        off_grid(p._p, single=True)
        run = self.run(p, block.attr("title", "") or "", "title")
        run.font.size, run.font.color.rgb = Pt(size), red
        if block.attr("issue"):
            p = self.paragraph(indent=False)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            off_grid(p._p)
            self.run(p, block.attr("issue"))
        p = self.paragraph(indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(self.layout.text_width_mm), WD_TAB_ALIGNMENT.RIGHT)
        off_grid(p._p)
        self.run(p, f"{block.attr('issuer', '') or ''}\t{block.attr('date', '') or ''}")
        _border(p, ("bottom",), 24, self.layout.colors.rule)
        self.paragraph(indent=False)
        self.blocks(block.children)

    def div_note(self, block: Div) -> None:
        """Append the 按语 in 楷体 inside a box that holds its text.

        A paragraph's border is drawn ``space`` outside its indents. Word and
        LibreOffice let a line-final ，。 hang past the right indent (CJK
        overflow punctuation; LibreOffice 7.4 reads ``w:overflowPunct`` the
        other way round from Word, so it cannot be switched off for both), so
        the box keeps a character's width plus a little between the text and
        its border, on both sides to look even.
        """
        from docx.shared import Pt

        pad = self.layout.sizes.note + NOTE_GAP_PT
        for child in block.children:
            if isinstance(child, Para):
                p = self.paragraph("RG Note")
                p.paragraph_format.left_indent = p.paragraph_format.right_indent = Pt(pad + NOTE_GAP_PT)
                side_space = min(31, round(pad))  # Word's most
                _border(p, ("top", "left", "bottom", "right"), 6, "#000000",
                        {"left": side_space, "right": side_space, "top": NOTE_GAP_PT, "bottom": NOTE_GAP_PT})
                self.inline(p, child.content)
            else:
                self.block(child)

    def div_contents(self, block: Div) -> None:
        """Append a TOC field over the level 1–2 headings whose cached result lists them.

        Word and LibreOffice show the cached list as it is and rebuild it, page
        numbers included, when the field is updated (F9, or Tools ▸ Update).
        A page break follows, as in the PDF.
        """
        from docx.enum.text import WD_BREAK
        from docx.shared import Pt

        self.has_contents = True
        self.run(self.paragraph("Title", indent=False), block.attr("title", "目　录") or "目　录")
        self.blocks(block.children)
        numbers = HeadingNumbers(self.layout)
        entries = []
        for heading in headings(self.ast.blocks):
            prefix = numbers.prefix(heading.level, heading.text)
            if heading.level <= 2:
                entries.append((heading.level, prefix + heading.text))
        for i, (level, text) in enumerate(entries):
            p = self.paragraph(indent=False)
            p.paragraph_format.left_indent = Pt(2 * self.layout.sizes.body * (level - 1))
            if i == 0:
                _field_start(p, TOC_FIELD)
            self.run(p, text)
            if i == len(entries) - 1:
                p.add_run()._r.append(_el("w:fldChar", fldCharType="end"))
        self.paragraph(indent=False).add_run().add_break(WD_BREAK.PAGE)

    def div_cover(self, block: Div) -> None:
        """Append a cover page: title, subtitle, issuer and date, then a page break."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

        for _ in range(6):
            self.paragraph(indent=False)
        self.run(self.paragraph("Title", indent=False), block.attr("title", "") or "")
        for key in ("subtitle", "issuer", "date"):
            if block.attr(key):
                p = self.paragraph(indent=False)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.run(p, block.attr(key), "note" if key == "subtitle" else None)
        self.blocks(block.children)
        self.paragraph(indent=False).add_run().add_break(WD_BREAK.PAGE)

    def div_distribution(self, block: Div) -> None:
        """Append the 版记 at the foot of the last page: 报/送/发 lines and the 印发 line between
        rules, then 共印N份 flush right.

        Thick rules open and close it, thin ones part its lines; the 印发 line
        has the issuer left and the date right (the block's ``issuer`` and
        ``date``), as GB/T 9704 draws it, in 4号, one character in on each side.
        GB/T 9704 puts its last rule on the foot of the text block of the last
        page, and the page that carries it shows no page number. The lines go
        into a text box anchored to the document's last paragraph and placed on
        the page (not after the text), so Word and LibreOffice both set it at
        the foot of the page where the text ends; text wraps above and below it,
        so when the text leaves no room it moves, with its anchor, to the foot
        of a page of its own. The box runs on down to the page's edge with a
        white fill, covering that page's page number. (A floating table or a
        paragraph frame at the bottom margin does this in Word only: LibreOffice
        7.4 ignores the table's float and sets the frame at the top of a new
        page; a last-page footer is a section of its own, which LibreOffice
        starts on a new page.)
        """
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
        from docx.shared import Pt

        small, pitch = self.layout.sizes.distribution, self.layout.line_height_pt
        body = self.document.element.body
        first_new = len(body) - 1          # python-docx adds paragraphs before the closing sectPr
        lines: list[tuple[Para | None, tuple[str, str] | None]] = [
            (child, None) for child in block.children if isinstance(child, Para)]
        if block.attr("issuer") or block.attr("date"):
            lines.append((None, (block.attr("issuer", "") or "", f"{block.attr('date', '') or ''}印发")))
        ruled_pt = 0.0
        for n, (child, left_right) in enumerate(lines):
            p = self._distribution_line(small, pitch)
            fmt = p.paragraph_format
            fmt.left_indent = fmt.right_indent = Pt(small)
            thick = n in (0, len(lines) - 1)
            # "between": Word and LibreOffice merge neighbours with equal borders and draw only the group's last
            sides = ("top", "bottom") if n == 0 else ("bottom", "between")
            _border(p, sides, RULE_THICK_EIGHTHS if thick else RULE_THIN_EIGHTHS, "#000000")
            ruled_pt += pitch + (2 if n == 0 else 1) * (RULE_SPACE_PT + (RULE_THICK_EIGHTHS if thick else
                                                                         RULE_THIN_EIGHTHS) / 8)
            if left_right:
                fmt.tab_stops.add_tab_stop(Pt(self.layout.text_width_mm / 25.4 * 72 - 2 * small), WD_TAB_ALIGNMENT.RIGHT)
                self.run(p, f"{left_right[0]}\t{left_right[1]}")
            elif child is not None:
                self.inline(p, child.content)
        for child in block.children:
            if not isinstance(child, Para):
                self.block(child)
        copies = block.attr("copies")
        if copies:
            text = f"共印{copies}份" if copies.isdigit() else copies
            p = self._distribution_line(small, pitch)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(small)
            self.run(p, f"（{text}）" if not text.startswith("（") else text)
        content = list(body)[first_new:-1]
        if not content:   # nothing to distribute to and no 印发 line: no box (Word refuses an empty one)
            return
        for element in content:
            body.remove(element)
        anchor = self.paragraph(indent=False)
        off_grid(anchor._p)
        anchor.paragraph_format.line_spacing = Pt(1)
        anchor.add_run()._r.append(foot_box(content, self.layout, ruled_pt, self.document.part.next_id))

    def _distribution_line(self, size: float, pitch: float) -> Any:
        """Add one line of the 版记: 4号, exactly one grid line high, so the box's height is known."""
        from docx.shared import Pt

        p = self.paragraph("RG Distribution", indent=False)
        off_grid(p._p)
        p.paragraph_format.line_spacing = Pt(pitch)
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        return p


def _base_document(reference: str | None) -> Any:
    """Return the document to write into: a copy of the reference .docx, else python-docx's blank one."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not reference:
        return docx.Document()
    try:
        return docx.Document(reference)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise TemplateError(N_("{reference}: the reference_docx of settings.toml cannot be opened as a Word "
                               "file ({kind}: {error}); fix the name or save the file again as .docx"),
                            reference=reference, kind=type(exc).__name__, error=exc) from None


def _own_styles(document: Any) -> list[Any]:
    """Return copies of the document defaults and every style the reference .docx defines.

    Styles belong in a reference document when an office has one (pandoc's
    reference doc): its definitions of Normal, Title, Heading 1 … win over the
    settings' fonts and sizes; the settings only add what it lacks (RG Note ...).
    """
    import copy

    return [copy.deepcopy(el) for el in document.styles.element
            if el.tag.endswith("}docDefaults") or el.tag.endswith("}style")]


def _restore_style(document: Any, kept: Any) -> None:
    """Put a reference document's own definition back in place of the one the settings wrote."""
    from docx.oxml.ns import qn

    root = document.styles.element
    if kept.tag == qn("w:docDefaults"):
        current = root.find(qn("w:docDefaults"))
    else:
        style_id = kept.get(qn("w:styleId"))
        current = next((el for el in root.iterchildren(qn("w:style")) if el.get(qn("w:styleId")) == style_id), None)
    if current is not None:
        root.replace(current, kept)


def write_docx(doc: Document, out: BinaryIO, layout: Layout) -> None:
    """Write ``doc`` to ``out`` as a .docx laid out by ``layout``."""
    document = _base_document(layout.reference_docx)
    kept = _own_styles(document) if layout.reference_docx else []
    setup_styles(document, layout)
    for fresh_copy in kept:
        _restore_style(document, fresh_copy)
    title = document_title(doc)
    setup_page(document, layout, title)
    props = document.core_properties
    props.title = title
    props.author = doc.meta.get("issuer", "")
    body = document.element.body
    for child in list(body):  # a reference document's sample content goes; its section settings stay
        if child.tag != "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr":
            body.remove(child)
    builder = DocxBuilder(document, layout, doc)
    builder.blocks(doc.blocks)
    if builder.has_contents:  # the contents' cached entries carry no page numbers until Word refreshes them
        set_update_fields(document)
    write_font_table(document, layout.fonts.latin)
    document.save(out)
