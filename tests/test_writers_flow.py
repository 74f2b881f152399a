"""Page breaks right after a page end are dropped, so no writer prints an empty page."""
from __future__ import annotations

import pytest

from reportgen.nodes import Div, Heading, PageBreak, Para
from reportgen.writers.flow import collapse_page_breaks

COVER, CONTENTS, BREAK, TEXT = Div("cover"), Div("contents"), PageBreak(), Para.of("正文")


@pytest.mark.parametrize("blocks, expected", [
    ((COVER, CONTENTS, BREAK, TEXT), (COVER, CONTENTS, TEXT)),
    ((TEXT, BREAK, BREAK, TEXT), (TEXT, BREAK, TEXT)),
    ((COVER, BREAK, TEXT), (COVER, TEXT)),
    ((TEXT, BREAK, Heading.of(1, "附录")), (TEXT, BREAK, Heading.of(1, "附录"))),
    ((BREAK, TEXT), (BREAK, TEXT)),
    ((Div("note"), BREAK, TEXT), (Div("note"), BREAK, TEXT)),
], ids=["after-contents", "doubled", "after-cover", "kept-before-heading", "leading", "after-other-div"])
def test_collapse_page_breaks(blocks, expected):
    assert tuple(collapse_page_breaks(blocks)) == expected
