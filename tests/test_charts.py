"""Charts stay one page tall whatever the number of units."""
from __future__ import annotations

from PIL import Image as PILImage

from reportgen.render.charts import DPI, MAX_UNITS, WIDTH_IN, draw_coverage, draw_indicators


def _values(n_units: int) -> dict:
    indicators = [{"label": "党员人数"}, {"label": "走访群众"}]
    rows = []
    for i in range(n_units):
        cells = [{"value": 10 + i, "shown": f"{10 + i}名", "unit_word": "名"},
                 {"value": 5 * i, "shown": f"{5 * i}户", "unit_word": "户"} if i % 2 else None]
        rows.append({"unit": f"第{i}单位", "cells": cells})
    return {"indicators": indicators, "rows": rows, "not_reported": "未报送",
            "stages": [{"label": "学习"}, {"label": "查摆"}],
            "coverage": [{"unit": f"第{i}单位", "counts": [i % 3, i % 5]} for i in range(n_units)]}


def test_charts_of_many_units_are_no_taller_than_charts_of_the_chart_limit(tmp_path):
    at_limit = PILImage.open(draw_indicators(_values(MAX_UNITS), tmp_path / "a.png", None, str)).size
    many = PILImage.open(draw_indicators(_values(300), tmp_path / "b.png", None, str)).size
    assert many[1] <= at_limit[1]
    few = PILImage.open(draw_coverage(_values(MAX_UNITS), tmp_path / "c.png", None, str)).size
    lots = PILImage.open(draw_coverage(_values(300), tmp_path / "d.png", None, str)).size
    assert lots[1] <= few[1]


def test_a_chart_is_an_opaque_png_at_print_resolution(tmp_path):
    """Drawn once on the Agg canvas and saved without an alpha channel: the PDF embeds no soft mask beside it."""
    for draw in (draw_indicators, draw_coverage):
        image = PILImage.open(draw(_values(6), tmp_path / f"{draw.__name__}.png", None, str))
        assert image.mode == "RGB"
        assert image.size[0] == round(WIDTH_IN * DPI)
        assert round(image.info["dpi"][0]) == DPI
        assert image.getextrema() != ((255, 255), (255, 255), (255, 255))   # something was drawn


def _bar_lengths(path) -> list[int]:
    """Return, per pixel row that holds bar colour, how many of its pixels are bar colour (top to bottom)."""
    from reportgen.render.charts import BAR_COLOR

    red = tuple(int(BAR_COLOR[i:i + 2], 16) for i in (1, 3, 5))
    with PILImage.open(path) as image:
        width, height = image.size
        pixels = image.load()
        rows = [sum(pixels[x, y] == red for x in range(width)) for y in range(height)]
    return [n for n in rows if n]


def test_bars_are_as_long_as_their_values_in_the_order_of_the_units(tmp_path):
    values = {"indicators": [{"label": "座谈会"}], "not_reported": "未报送",
              "rows": [{"unit": "甲县", "cells": [{"value": 10, "shown": "10场", "unit_word": "场"}]},
                       {"unit": "乙县", "cells": [{"value": 30, "shown": "30场", "unit_word": "场"}]},
                       {"unit": "丙县", "cells": [None]}]}
    lengths = _bar_lengths(draw_indicators(values, tmp_path / "bars.png", None, str))
    first, second = lengths[0], lengths[-1]          # the first unit's bar is drawn above the second's
    assert abs(second / first - 3) < 0.1


def test_a_unit_name_longer_than_the_chart_leaves_the_panels_room(tmp_path):
    values = _values(3)
    values["rows"][0]["unit"] = "某" * 200
    lengths = _bar_lengths(draw_indicators(values, tmp_path / "long.png", None, str))
    assert lengths and max(lengths) > WIDTH_IN * DPI * 0.05
