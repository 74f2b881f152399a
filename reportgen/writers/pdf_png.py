"""A PNG in the PDF as the PNG's own compressed rows, not decoded and compressed again.

reportlab draws a PNG by decoding it, hashing its pixels for a name and
compressing them again (zlib, in Python's thread): about a tenth of a second for
a page-tall chart. A PDF's Flate filter with the PNG predictor reads the rows of
a PNG's image data as they are, so an 8-bit grey or RGB PNG without interlacing
(what ``render.charts`` writes) goes in byte for byte and reads the same.
Any other PNG, and any other image, is drawn by reportlab as before.
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from typing import Any

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: 1, 2: 3}   # PNG colour type → colour components: grey, RGB (no palette, no alpha)


@dataclass(frozen=True)
class PngRows:
    """A PNG's size, colour components and image data (its IDAT chunks joined: zlib, one filter byte a row)."""

    width: int
    height: int
    colours: int
    data: bytes


def png_rows(path: str) -> PngRows | None:
    """Return the image data of the PNG at ``path`` if a PDF can take it as it is, else None."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    if not raw.startswith(_SIGNATURE):
        return None
    at, header, data = len(_SIGNATURE), None, []
    while at + 8 <= len(raw):
        length, kind = struct.unpack(">I4s", raw[at:at + 8])
        body = raw[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            data.append(body)
        elif kind in (b"IEND", b"tRNS"):   # a transparent colour needs a mask: leave it to reportlab
            if kind == b"tRNS":
                return None
            break
        at += 12 + length
    if header is None or not data:
        return None
    width, height, depth, colour, compression, filtering, interlace = header
    if depth != 8 or colour not in _COLOURS or compression or filtering or interlace:
        return None
    return PngRows(width, height, _COLOURS[colour], b"".join(data))


def png_flowable(path: str, rows: PngRows, width: float, height: float) -> Any:
    """Return a platypus image of the PNG at ``path`` drawn ``width`` × ``height`` points from ``rows``."""
    from reportlab.platypus import Image

    class PngImage(Image):
        def draw(self) -> None:
            _draw_rows(self.canv, rows, getattr(self, "_offs_x", 0), getattr(self, "_offs_y", 0),
                       self.drawWidth, self.drawHeight)

    return PngImage(path, width=width, height=height)


def _draw_rows(canvas: Any, rows: PngRows, x: float, y: float, width: float, height: float) -> None:
    """Draw ``rows`` on ``canvas`` as an image XObject, made once per document (as ``Canvas.drawImage`` does)."""
    name = "png" + hashlib.sha1(rows.data).hexdigest()
    document = canvas._doc
    registered = document.getXObjectName(name)
    if document.idToObject.get(registered) is None:
        image = _xobject(name, rows)
        canvas._setXObjects(image)
        document.Reference(image, registered)
        document.addForm(name, image)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


def _xobject(name: str, rows: PngRows) -> Any:
    """Return the image XObject of ``rows``: Flate with the PNG predictor, so the rows are read as they are."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream

    class PngXObject(PDFImageXObject):
        def format(self, document: Any) -> bytes:
            stream = PDFStream(content=rows.data)
            entries = stream.dictionary
            entries["Type"], entries["Subtype"] = PDFName("XObject"), PDFName("Image")
            entries["Width"], entries["Height"], entries["BitsPerComponent"] = rows.width, rows.height, 8
            entries["ColorSpace"] = PDFName("DeviceRGB" if rows.colours == 3 else "DeviceGray")
            entries["Filter"] = PDFName("FlateDecode")   # one filter: its parameters are one dictionary
            entries["DecodeParms"] = PDFDictionary({"Predictor": 15, "Colors": rows.colours,
                                                    "BitsPerComponent": 8, "Columns": rows.width})
            entries["Length"] = len(rows.data)
            return stream.format(document)

    image = PngXObject(name)
    image.width, image.height = rows.width, rows.height
    return image
