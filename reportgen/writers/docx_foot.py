"""A text box set at the foot of a Word page: where the 版记 goes (GB/T 9704-2012, 7.4).

GB/T 9704 puts the 版记's last rule on the bottom edge of the text block of the
last page, whatever the height of the text above it, and gives that page no
page number. Word and LibreOffice both place a DrawingML text box anchored to a
paragraph at a fixed position on the anchor's page and wrap the text above and
below it; built this way the box lands at the foot of the page on which the
document's last paragraph (its anchor) falls.
"""
from __future__ import annotations

from typing import Any, Sequence

from .layout import Layout

EMU_PER_PT = 12700
EMU_PER_MM = 36000
NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def foot_box(content: Sequence[Any], layout: Layout, above_foot_pt: float, shape_id: int) -> Any:
    """Return a ``w:drawing`` holding ``content`` (paragraph elements) at the foot of the page.

    The box is as wide as the text block. Its top is ``above_foot_pt`` above the
    text block's bottom edge, so content of that height ends on the edge; it runs
    on to the page's bottom edge, white, so the page number under it is covered
    (the 版记 page carries none) and what follows the ruled lines (共印N份) has
    room there. Text wraps above and below it: when the text leaves no room, the
    last paragraph, and the box with it, goes to the next page.
    """
    from docx.oxml import parse_xml

    page_h_mm = layout.page_mm[1]
    top_emu = round((page_h_mm - layout.margin_bottom_mm) * EMU_PER_MM - above_foot_pt * EMU_PER_PT)
    width_emu = round(layout.text_width_mm * EMU_PER_MM)
    height_emu = round(page_h_mm * EMU_PER_MM) - top_emu
    drawing = parse_xml(
        f'<w:drawing {NAMESPACES}>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{top_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="版记"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent/></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    box = drawing.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent")
    for element in content:
        box.append(element)
    return drawing
