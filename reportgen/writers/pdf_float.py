"""Where a chart goes when it does not fit the rest of its page.

A chart cannot split, so reportlab would carry it whole to the next page and
leave the rest of this one empty: a third of a page blank under the table, which
a clerk would not send. A chart is a figure with its caption, read by its
caption, not by its place in the sentence flow, so the clerk's rule applies:

- when a slightly smaller chart still reads (at least ``MIN_SCALE`` of its
  height), it is set smaller, in the room left;
- otherwise, when the room left holds at least ``MIN_ROOM_LINES`` lines of text,
  the chart and its caption float to the top of the next page and the text that
  follows fills this one (as a typesetter's figure does);
- what may not pass a floating chart: the 版记 (it is the document's end, and
  must stay on the foot of the last page) and the end of the document.
A chart under its heading is laid out with the heading (``KeepTogether``) and
does not float: the heading belongs to the reading order.
"""
from __future__ import annotations

from typing import Any

MIN_SCALE = 0.8           # a chart set smaller than this no longer reads (its labels shrink with it)
MIN_ROOM_LINES = 3        # less room than this under a table is no gap worth filling


def figure_flowable(image: Any, caption: Any | None) -> Any:
    """Return ``image`` and its ``caption`` as one flowable that can float and be set at most 20 % smaller."""
    from reportlab.platypus import Flowable

    class Figure(Flowable):
        """A chart and its caption: never split; ``fit`` sets it smaller within ``MIN_SCALE``."""

        rg_float = True

        def __init__(self) -> None:
            super().__init__()
            self.image, self.caption = image, caption
            self.natural = (image.drawWidth, image.drawHeight)

        def _caption_height(self, width: float) -> float:
            if self.caption is None:
                return 0.0
            _, h = self.caption.wrap(width, 1e6)
            return h + self.caption.getSpaceBefore() + self.caption.getSpaceAfter()

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            self.width = availWidth
            self.height = self.image.drawHeight + self._caption_height(availWidth)
            return self.width, self.height

        def fit(self, width: float, room: float) -> bool:
            """Set the chart smaller to fit ``room`` points if it still reads; return whether it fits now."""
            caption = self._caption_height(width)
            w, h = self.natural
            scale = min(1.0, (room - caption) / h) if h else 1.0
            if scale < MIN_SCALE:
                return False
            self.image.drawWidth, self.image.drawHeight = w * scale, h * scale
            return True

        def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
            return []    # never in pieces

        def draw(self) -> None:
            caption = self._caption_height(self.width)
            x = (self.width - self.image.drawWidth) / 2
            self.image.drawOn(self.canv, x, caption)
            if self.caption is not None:
                _, h = self.caption.wrap(self.width, 1e6)
                self.caption.drawOn(self.canv, 0, caption - self.caption.getSpaceBefore() - h)

    return Figure()


class FloatingFigures:
    """A mixin for a ``BaseDocTemplate``: figures that do not fit float to the next page's top.

    ``rg_line`` (the body text's leading) sets how much room is worth filling;
    a flowable with ``rg_barrier`` set (the 版记) is never passed by a float.
    """

    rg_line = 12.0

    def handle_flowable(self, flowables: list) -> None:  # noqa: D102 (reportlab's name)
        pending = self.__dict__.setdefault("_rg_floats", [])
        if getattr(self, "frame", None) is None:     # before the first page begins
            super().handle_flowable(flowables)
            return
        first = flowables[0]
        if pending and (self.frame._atTop or getattr(first, "rg_barrier", False)):
            flowables[0:0] = pending      # the top of a new page, or nothing may pass: the floats go here
            pending.clear()
            first = flowables[0]
        if getattr(first, "rg_float", False) and not self.frame._atTop:
            if pending or self._defer(first, flowables[1:]):
                pending.append(flowables.pop(0))
                if not flowables:
                    flowables.extend(pending)
                    pending.clear()
                return
        super().handle_flowable(flowables)
        if not flowables and pending:
            flowables.extend(pending)
            pending.clear()

    def _defer(self, figure: Any, following: list) -> bool:
        """Return whether ``figure`` floats: it does not fit, not even a little smaller, and text can fill the gap."""
        frame = self.frame
        room = frame._y - frame._y1p - figure.getSpaceBefore()
        width = frame._getAvailableWidth()
        _, height = figure.wrap(width, room)
        if height <= room or figure.fit(width, room):
            return False
        if room < MIN_ROOM_LINES * self.rg_line:
            return False
        return any(not getattr(f, "rg_barrier", False) and not getattr(f, "rg_float", False) for f in following[:1])
