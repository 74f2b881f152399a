"""An article's measures: section headings and enumerated points, with level and stage."""
from __future__ import annotations

from ..nodes import Block
from ..records import Measure
from ..taxonomy import Taxonomy


def find_measures(blocks: tuple[Block, ...], taxonomy: Taxonomy) -> list[Measure]:
    """Return the measures of an article's blocks, in order (not yet implemented: none)."""
    return []
