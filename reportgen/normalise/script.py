"""Traditional script to Simplified, with the official OpenCC library."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..nodes import Document, Heading, Para, Text


@lru_cache(maxsize=None)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(document: Document) -> Document:
    """Return ``document`` with Traditional characters converted to Simplified."""
    convert = _converter().convert
    blocks = []
    for block in document.blocks:
        if isinstance(block, (Para, Heading)):
            block = replace(block, content=(Text(convert(block.text)),))
        blocks.append(block)
    return replace(document, blocks=tuple(blocks))
