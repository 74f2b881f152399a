"""What the PDF page tests share: a weekly's GB/T 9704 layout, a 版记, filler text of the genre,
and the poppler tools they read pages with (skipped where poppler-utils is missing)."""
from __future__ import annotations

import shutil

import pytest

from reportgen.nodes import Div, Para

FILLER = "各单位坚持问题导向，深入基层一线开展调研，逐项建立台账、明确整改时限，做到件件有着落。"
WEEKLY = {"page": {"margin_top_mm": 37, "margin_bottom_mm": 35, "margin_left_mm": 28, "margin_right_mm": 26},
          "grid": {"lines": 22, "chars": 28}, "sizes": {"body": 16}, "footer": {"page_number": "— {n} —"}}
DISTRIBUTION = Div("distribution", (Para.of("报：市委办公室"), Para.of("发：各乡镇党委")),
                   attrs=(("copies", "30"), ("issuer", "县委办公室"), ("date", "2024年3月15日")))


def poppler_tool(name: str) -> str:
    """Return the path of a poppler-utils tool, or skip the test where it is not installed."""
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} is not installed (poppler-utils)")
    return path
