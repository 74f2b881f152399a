"""Layout settings: defaults follow GB/T 9704-2012, settings tables override them."""
from __future__ import annotations

import pytest

from reportgen.errors import TemplateError
from reportgen.writers.layout import Layout


def test_layout_defaults_are_the_gbt9704_text_block():
    layout = Layout.from_mapping({})
    assert (layout.text_width_mm, layout.text_height_mm) == (156, 225)
    assert (layout.grid_lines, layout.grid_chars) == (22, 28)
    assert layout.sizes.body == 16 and layout.sizes.title == 22
    assert layout.page_number == "— {n} —"
    assert layout.fonts.body[0] == "仿宋_GB2312"


def test_layout_reads_every_table():
    layout = Layout.from_mapping({
        "page": {"size": "a5", "margin_top_mm": 20, "margin_bottom_mm": 20,
                 "margin_left_mm": 15, "margin_right_mm": 15},
        "grid": {"lines": 0, "type": "lines"},
        "fonts": {"body": "宋体", "heading1": ["微软雅黑", "黑体"], "latin": "Arial"},
        "sizes": {"body": 12},
        "colors": {"masthead": "#123456"},
        "header": {"text": "{title}"},
        "footer": {"page_number": "第{n}页"},
        "headings": {"numbered": False, "numbering": ["{n}."]},
        "pdf": {"cover": False, "notes_title": "注释"},
        "masthead": {"name": "ignored: another engineer's table"},
    })
    assert layout.page_mm == (148, 210) and layout.text_width_mm == 118
    assert layout.grid_lines == 0 and layout.line_height_pt == 18 and layout.grid_type == "lines"
    assert layout.fonts.body == ("宋体",) and layout.fonts.heading1 == ("微软雅黑", "黑体")
    assert layout.fonts.latin == "Arial" and layout.sizes.body == 12
    assert layout.colors.masthead == "#123456" and layout.header_text == "{title}"
    assert layout.page_number == "第{n}页" and not layout.headings_numbered
    assert layout.heading_numbering == ("{n}.",) and not layout.pdf_cover
    assert layout.notes_title == "注释"


@pytest.mark.parametrize("settings, words", [
    ({"page": {"size": "A3x"}}, "size"),
    ({"page": {"margin_top_mm": "wide"}}, "margin_top_mm"),
    ({"colors": {"rule": "red"}}, "rule"),
    ({"fonts": "仿宋"}, "[fonts] must be a table"),
    ({"sizes": {"body": -1}}, "body"),
    ({"grid": {"type": "chars"}}, "type"),
], ids=["page-size", "margin", "colour", "fonts-not-table", "negative-size", "grid-type"])
def test_layout_bad_settings_name_the_key(settings, words):
    with pytest.raises(TemplateError, match=words.replace("[", r"\[").replace("]", r"\]")):
        Layout.from_mapping(settings)
