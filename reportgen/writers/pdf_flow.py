"""Where the PDF's pages end: the 版记 at the foot of the last page, and no page left with a line or two.

GB/T 9704-2012 (7.4) puts the 版记's last rule on the bottom edge of the text
block of the document's last page, whatever the height of the text above it,
and that page shows no page number. reportlab lays flowables out top down, so
``foot_flowable`` is one that, when it fits, takes all the height left in the
frame and draws its ruled lines at the bottom of that height; when it does not
fit it goes whole to the next page (the only case in which it makes a page of
its own). What follows the last rule (共印N份) is drawn below the text block,
where that page's number would have gone, as the Word writer's text box does.

A section that ends (at a page break, or at the end of the document) must not
leave its last line or two alone at the top of a page: a reader takes such a
page for a stray. ``keep_tails`` groups a section's closing paragraphs into a
``TailGroup`` that, when it has to break, carries at least ``min_tail`` points
of them onto the next page, taking them from the page before (never adding a
page). Inside a paragraph, reportlab's own widow and orphan rules apply
(``allowWidows=0``): no single line is left behind or carried over. A page
break never leaves a page less than half full (``page_break``).
"""
from __future__ import annotations

from typing import Any, Callable

TAIL_LINES = 3              # a section's last page carries at least this many body lines
TAIL_REACH = 8              # closing flowables looked at; a longer run of short items keeps its own layout
MIN_PAGE_FILL = 0.5         # a page break ends only a page filled to this part of its height or more


def page_break(text_height: float) -> Any:
    """Return the flowable of a page break (``\\pagebreak``): it ends the page only when the page holds
    ``MIN_PAGE_FILL`` of the text block's height or more; a page holding less (a short section of a few
    lines) is not left nearly empty: what follows (the appendix) flows on under it.

    At the top of a page it does nothing, as a page break right after a page end would print an empty
    page. A figure waiting to float (``pdf_float``) never passes it: a section's chart stays in its section.
    """
    from reportlab.platypus import CondPageBreak

    class SectionBreak(CondPageBreak):
        rg_barrier = True
        rg_section_end = True     # ``keep_tails``: the section before it closes here

    return SectionBreak(text_height * (1 - MIN_PAGE_FILL))


def foot_flowable(ruled: Any, below: list, on_drawn: Callable[[int], None]) -> Any:
    """Return a flowable that sets ``ruled`` (one flowable) on the foot of the text block and ``below`` under it.

    ``on_drawn`` is called with the page number of the page it lands on (the
    page that gets no page number).
    """
    from reportlab.platypus import Flowable

    class AtFoot(Flowable):
        """The 版记: as tall as the room left on its page, its content drawn at the bottom."""

        rg_barrier = True    # a floating chart never passes it (``pdf_float``)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            _, self.ruled_height = ruled.wrap(availWidth, availHeight)
            self.width = availWidth
            self.height = max(self.ruled_height, availHeight)
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
            return []    # never in pieces: the whole 版记 goes to the next page

        def draw(self) -> None:
            ruled.drawOn(self.canv, 0, 0)
            y = 0.0
            for flowable in below:
                _, height = flowable.wrap(self.width, 1e6)
                y -= height
                flowable.drawOn(self.canv, 0, y)
            on_drawn(self.canv.getPageNumber())

    return AtFoot()


def tail_group(flowables: list, min_tail: float) -> Any:
    """Return ``flowables`` as one group that, broken over pages, leaves at least ``min_tail`` points to the last."""
    from reportlab.platypus import Flowable
    from reportlab.platypus.doctemplate import FrameBreak

    class TailGroup(Flowable):
        """A section's closing flowables: split like running text, except that the last page is never a stub."""

        def __init__(self, content: list):
            super().__init__()
            self.content = content

        def _heights(self, aw: float, ah: float) -> list[float]:
            out = []
            for n, f in enumerate(self.content):
                _, h = f.wrap(aw, ah)
                out.append(h + f.getSpaceAfter() + (f.getSpaceBefore() if n else 0))
            return out

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            self.width = availWidth
            self.height = sum(self._heights(availWidth, 1e6))
            return self.width, self.height

        def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
            return self.content[0].getSpaceBefore() if self.content else 0

        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
            heights = self._heights(availWidth, 1e6)
            limit = min(availHeight, sum(heights) - min_tail)   # what this page may take
            first: list = []
            used = 0.0
            for n, (f, h) in enumerate(zip(self.content, heights)):
                if used + h <= limit:
                    first.append(f)
                    used += h
                    continue
                room = limit - used - (f.getSpaceBefore() if n else 0)
                parts = f.split(availWidth, room) if room > 0 else []
                if len(parts) >= 2 and parts[0].wrap(availWidth, room)[1] <= room:
                    first.append(parts[0])
                    rest = list(parts[1:]) + self.content[n + 1:]
                else:
                    rest = self.content[n:]
                break
            else:
                return list(self.content)
            if not first:
                return []     # nothing may stay here: the whole group starts the next page
            return first + [FrameBreak(), TailGroup(rest)]   # the rest may break again, by the same rule

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
            top = y + self.height
            for n, f in enumerate(self.content):
                _, h = f.wrap(self.width, 1e6)
                top -= f.getSpaceBefore() if n else 0
                f.drawOn(canvas, x, top - h, _sW)
                top -= h + f.getSpaceAfter()

    return TailGroup(list(flowables))


def keep_tails(story: list, is_end: Callable[[Any], bool], min_tail: float, width: float) -> list:
    """Return ``story`` with the closing paragraphs of each section grouped by ``tail_group``.

    A section closes before a flowable for which ``is_end`` holds (a page break)
    and at the end of the story. The group is the shortest run of paragraphs
    before the close that is at least ``min_tail`` high: when the close comes
    early on a page, the lines of its first paragraph make up the difference;
    headings, tables and images end the run (they keep their own rules,
    and a heading must pass through the page template as itself, for its bookmark).
    """
    from reportlab.platypus import Paragraph

    out = list(story)
    closes = [n for n, f in enumerate(out) if is_end(f)] + [len(out)]
    for close in reversed(closes):
        start, height = close, 0.0
        while (start > 0 and close - start < TAIL_REACH and isinstance(out[start - 1], Paragraph)
               and not hasattr(out[start - 1], "_rg_outline")):    # a heading is a bookmark: laid out alone
            start -= 1
            height += out[start].wrap(width, 1e6)[1]
            if height >= min_tail:
                break
        if start < close and height >= min_tail:
            out[start:close] = [tail_group(out[start:close], min_tail)]
    return out
