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
"""
from __future__ import annotations

import gc
from types import TracebackType


class LongLived:
    """A block within which ``keep()`` freezes the objects made so far; they are unfrozen at its end."""

    def __init__(self) -> None:
        self._ours = False
        self._kept = False

    def __enter__(self) -> LongLived:
        self._ours = gc.get_freeze_count() == 0   # someone else's frozen objects are theirs to unfreeze
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
