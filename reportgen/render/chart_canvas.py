"""A chart's canvas: an opaque RGB image at print resolution that Pillow draws on, sized in points.

A chart is a few dozen bars, tick marks and short labels. Pillow draws them
with FreeType directly, a few milliseconds a chart, where a plotting
library's artists, tick machinery and tight layout cost about half a second
each. Sizes (fonts, line widths, paddings) are in points like the documents'
and turned into pixels at the canvas's resolution; positions are in pixels
from the top left corner.
"""
from __future__ import annotations

from pathlib import Path

#: zlib level of the PNGs: a chart's flat colours pack about as small at 3 as at the default 6, in two thirds the time
PNG_COMPRESSION = 3

#: ColorBrewer's sequential "Reds" scheme (nine stops, light to dark), the heat scale of count grids
REDS = ("#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d")


def reds(share: float) -> tuple[int, int, int]:
    """Return the colour of ``share`` (0 lightest … 1 darkest, clipped) on the Reds scale, in 256 steps."""
    step = min(255, max(0, int(share * 256))) / 255 * (len(REDS) - 1)
    low = min(int(step), len(REDS) - 2)
    a, b = _rgb(REDS[low]), _rgb(REDS[low + 1])
    t = step - low
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    """Return ``#rrggbb`` as an (r, g, b) triple."""
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


class Canvas:
    """A white RGB image ``width_in`` × ``height_in`` inches at ``dpi``, drawn in the face at ``font``.

    Without a font file (``None``) Pillow's own scalable face is used: Latin
    text reads, Chinese does not, as with any face lacking the glyphs.
    """

    def __init__(self, width_in: float, height_in: float, dpi: int, font: Path | None) -> None:
        from PIL import Image, ImageDraw

        self.dpi = dpi
        self.image = Image.new("RGB", (round(width_in * dpi), round(height_in * dpi)), "white")
        self._draw = ImageDraw.Draw(self.image)
        self._font_file = font
        self._faces: dict[float, object] = {}   # size in points → the face at that size, for this canvas

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def px(self, points: float) -> float:
        """Return ``points`` (1/72 inch) in pixels."""
        return points * self.dpi / 72

    def face(self, size: float):
        """Return the face at ``size`` points."""
        if size not in self._faces:
            from PIL import ImageFont

            pixels = self.px(size)
            self._faces[size] = (ImageFont.truetype(str(self._font_file), pixels) if self._font_file is not None
                                 else ImageFont.load_default(pixels))
        return self._faces[size]

    def text_width(self, text: str, size: float) -> float:
        """Return how wide ``text`` is at ``size`` points, in pixels."""
        return self.face(size).getlength(text) if text else 0.0

    def line_height(self, size: float) -> float:
        """Return the face's ascent plus descent at ``size`` points, in pixels."""
        ascent, descent = self.face(size).getmetrics()
        return ascent + descent

    def text(self, x: float, y: float, text: str, size: float, anchor: str, fill: str = "black") -> None:
        """Draw ``text`` at ``size`` points, its ``anchor`` (Pillow's two letters: ``rm``, ``ms``…) at (x, y)."""
        if text:
            self._draw.text((x, y), text, font=self.face(size), anchor=anchor, fill=fill)

    def box(self, x0: float, y0: float, x1: float, y1: float, fill) -> None:
        """Fill the rectangle between (x0, y0) and (x1, y1)."""
        self._draw.rectangle((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), fill=fill)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float, fill: str = "black") -> None:
        """Draw a straight line ``width`` points wide."""
        self._draw.line((x0, y0, x1, y1), fill=fill, width=max(1, round(self.px(width))))

    def frame(self, x0: float, y0: float, x1: float, y1: float, width: float) -> None:
        """Draw the outline of a rectangle, lines ``width`` points wide."""
        self._draw.rectangle((x0, y0, x1, y1), outline="black", width=max(1, round(self.px(width))))

    def copy(self) -> Canvas:
        """Return a canvas holding a copy of this one's image (same face, same resolution)."""
        other = Canvas.__new__(Canvas)
        from PIL import ImageDraw

        other.dpi, other._font_file, other._faces = self.dpi, self._font_file, self._faces
        other.image = self.image.copy()
        other._draw = ImageDraw.Draw(other.image)
        return other

    def save(self, out: Path) -> Path:
        """Write the image to ``out`` as an opaque (RGB) PNG at the canvas's resolution.

        A chart has no transparency, while an RGBA PNG makes the PDF writer embed
        a soft mask beside every chart.
        """
        self.image.save(out, format="PNG", dpi=(self.dpi, self.dpi), compress_level=PNG_COMPRESSION)
        return out
