"""Keep a build's long-lived data out of the cyclic garbage collector's passes while it renders.

A build holds its extractions, comparison and context data from the moment
they are made to its end: at a few hundred units, hundreds of thousands of
objects. Rendering and writing then make and drop millions of short-lived
ones, and every full pass of the collector walks all tracked objects, so
the same long-lived data is walked again and again (about a fifth of a
200-unit build's render and write time). ``LongLived.keep`` moves everything
made so far to the collector's permanent generation (``gc.freeze``); on
leaving the block it goes back (``gc.unfreeze``) and is collected as usual.
Garbage is still collected in between: only the objects that existed at a
``keep`` are passed over. A caller that froze objects itself keeps control:
then nothing is frozen or unfrozen here.

The collector's youngest pass also runs less often inside the block: every
``YOUNG_PASS_EVERY`` new container objects, not Python's default 700. The writers'
objects (flowables, XML elements, frags) mostly live for a page or a
paragraph; at 700 many of them outlive a few young passes, are moved to the
middle generation and walked again there, so a 200-unit build ran some 580
young and 50 middle passes (about 4 % of its time); at 10,000 about 30 and 1,
in half the collector's time. Cycles are still collected, only later: the
objects made between two passes take a megabyte or two. The thresholds the block
found are restored when it ends.
"""
from __future__ import annotations

import gc
from types import TracebackType

YOUNG_PASS_EVERY = 10_000   # new container objects between two of the collector's youngest passes, in a build


class LongLived:
    """A block within which ``keep()`` freezes the objects made so far; they are unfrozen at its end."""

    def __init__(self) -> None:
        self._ours = False
        self._kept = False
        self._thresholds: tuple[int, ...] | None = None

    def __enter__(self) -> LongLived:
        self._ours = gc.get_freeze_count() == 0   # someone else's frozen objects are theirs to unfreeze
        self._thresholds = gc.get_threshold()
        young, *older = self._thresholds
        if 0 < young < YOUNG_PASS_EVERY:   # 0: automatic collection is off, and stays so
            gc.set_threshold(YOUNG_PASS_EVERY, *older)
        return self

    def keep(self) -> None:
        """Pass over every object that exists now in the collector's passes until the block ends."""
        if self._ours:
            gc.freeze()
            self._kept = True

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._kept:
            gc.unfreeze()
            self._kept = False
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            self._thresholds = None
