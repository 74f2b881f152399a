"""The PDF's table of contents, laid out in one pass.

reportlab's ``TableOfContents`` learns its entries while the document is laid
out, so ``multiBuild`` lays the whole document out twice (or more) to print
them with their page numbers. The writer already knows every entry before
layout starts (the headings it made, in order); only the page numbers wait
for layout. So this contents lists its known entries from the start, draws
each entry's dot leader and page number as a PDF form, and fills the forms in
when layout has ended (``define_page_forms``); a PDF may use a form before it
defines it. The entries look as reportlab's own: text, dots, the page number
flush right, the dots and number a link to the heading.

The contents must keep to one page (the writer lists level-2 headings only
when they fit), so the page numbers after it do not depend on its length.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOTS = " . "            # reportlab's own leader
FORM_PREFIX = "rg-toc-"


@dataclass
class ContentsEntries:
    """The entries of the contents in order, and what layout learns about them."""

    entries: list[tuple[int, str, str]] = field(default_factory=list)   # (level from 0, text, bookmark key)
    pages: dict[str, int] = field(default_factory=dict)                  # key -> printed page number
    leaders: dict[str, tuple[float, Any]] = field(default_factory=dict)  # key -> (free width, level style)

    def add(self, level: int, text: str, key: str) -> None:
        """List a heading (``level`` from 0) under bookmark ``key``."""
        self.entries.append((level, text, key))


def contents_flowable(entries: ContentsEntries, level_styles: list, table_style: Any) -> Any:
    """Return the flowable that lists ``entries``; their page numbers come from ``define_page_forms``."""
    from reportlab.platypus.tableofcontents import TableOfContents

    class KnownContents(TableOfContents):
        """A TableOfContents whose entries are known before layout: one pass builds it."""

        def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
            return 0

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            if not entries.entries:   # no headings: the contents is its title alone (reportlab would print a placeholder)
                self.width, self.height = availWidth, 0
                return self.width, self.height
            self._lastEntries = [(level, text, 0, key) for level, text, key in entries.entries]
            size = super().wrap(availWidth, availHeight)
            self.canv.setNamedCB("drawTOCEntryEnd", self._leader(availWidth))
            return size

        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
            return super().split(availWidth, availHeight) if entries.entries else []

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
            if entries.entries:
                super().drawOn(canvas, x, y, _sW)

        def _leader(self, avail_width: float):
            def draw(canvas: Any, kind: str, label: str) -> None:
                """Put the entry's leader form at the end of its text, and a link over it."""
                _, level, key = label.split(",")
                key = key.strip("'\"")
                x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
                style = self.getLevelStyle(int(level))
                entries.leaders[key] = (avail_width - x, style)
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm(FORM_PREFIX + key)
                canvas.restoreState()
                canvas.linkRect("", key, (x, y, avail_width, y + style.leading), relative=1)
            return draw

    return KnownContents(levelStyles=level_styles, dotsMinLevel=0, tableStyle=table_style)


def define_page_forms(canvas: Any, entries: ContentsEntries) -> None:
    """Define each drawn entry's leader form: dots, then its page number flush right.

    Laid out as reportlab's ``drawPageNumbers``: the number shrinks by tenths
    until it fits, and as many dots as fit fill the room before it.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for key, (free, style) in entries.leaders.items():
        page = str(entries.pages.get(key, ""))
        size = style.fontSize
        width = stringWidth(page, style.fontName, size)
        while width > free and size >= 1.0:
            size *= 0.9
            width = stringWidth(page, style.fontName, size)
        dot_width = stringWidth(DOTS, style.fontName, size)
        dots = int((free - width) / dot_width) if dot_width else 0
        canvas.beginForm(FORM_PREFIX + key, lowerx=-1, lowery=-style.leading, upperx=free + 1,
                         uppery=2 * style.leading)
        text = canvas.beginText(free - dots * dot_width - width, 0)
        text.setFont(style.fontName, size)
        text.setFillColor(style.textColor)
        text.textLine(dots * DOTS + page)
        canvas.drawText(text)
        canvas.endForm()
