"""An article's figures: every quantity, with value, unit, qualifier, object and sentence."""
from __future__ import annotations

from ..nodes import Block
from ..records import Figure
from ..taxonomy import Taxonomy


def find_figures(blocks: tuple[Block, ...], taxonomy: Taxonomy) -> list[Figure]:
    """Return the figures of an article's body blocks, in order (not yet implemented: none)."""
    return []
