"""The Word font table: only the faces the document uses, each Chinese one with a stock fallback.

python-docx's blank document lists its template's faces (ＭＳ 明朝, ＭＳ ゴシック,
Cambria …), which a Chinese office sees in Word's font list and which tell Word
to substitute Japanese faces. The table written here names the Latin face and
every Chinese face the layout uses; a face stock Word on Windows lacks
(仿宋_GB2312, 方正小标宋简体 …) gets ``w:altName`` naming the one it has (仿宋,
宋体 …) with that face's PANOSE number, so Word draws the text in it where the
first is missing. The table of fallbacks is ``fonttable.toml``.
"""
from __future__ import annotations

from typing import Any, Iterable
from xml.sax.saxutils import quoteattr

from ..resources import load_data

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GB2312_CHARSET = "86"


def font_table_xml(latin: str, east_asian: Iterable[str], table: dict[str, Any]) -> bytes:
    """Return word/fontTable.xml naming ``latin`` and each face of ``east_asian`` (in order, once)."""
    fallback, faces = table.get("fallback", {}), table.get("faces", {})
    entries = [f'<w:font w:name={quoteattr(latin)}><w:charset w:val="00"/><w:family w:val="roman"/>'
               '<w:pitch w:val="variable"/></w:font>']
    seen = {latin}
    for name in east_asian:
        if name in seen:
            continue
        seen.add(name)
        alt = fallback.get(name)
        face = faces.get(alt or name, {})
        parts = [f"<w:altName w:val={quoteattr(alt)}/>" if alt else ""]
        if face.get("panose"):
            parts.append(f'<w:panose1 w:val="{face["panose"]}"/>')
        parts.append(f'<w:charset w:val="{GB2312_CHARSET}"/>')
        parts.append(f'<w:family w:val="{face.get("family", "auto")}"/>')
        parts.append(f'<w:pitch w:val="{face.get("pitch", "variable")}"/>')
        entries.append(f"<w:font w:name={quoteattr(name)}>{''.join(parts)}</w:font>")
    xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:fonts xmlns:w=\"{W_NS}\">"
           + "".join(entries) + "</w:fonts>")
    return xml.encode("utf-8")


def used_faces(document: Any) -> list[str]:
    """Return every w:eastAsia face the document's styles, body, headers and footers name, in order."""
    from docx.oxml.ns import qn

    names: list[str] = []
    parts = [document.styles.element, document.element]
    for section in document.sections:
        for hf in (section.header, section.footer, section.even_page_header, section.even_page_footer):
            if hf.is_linked_to_previous is False or hf._has_definition:
                parts.append(hf._element)
    for part in parts:
        for rfonts in part.iter(qn("w:rFonts")):
            name = rfonts.get(qn("w:eastAsia"))
            if name and name not in names:
                names.append(name)
    return names


def write_font_table(document: Any, latin: str) -> None:
    """Replace the document's font table with the faces it uses and their stock fallbacks."""
    table = load_data("writers/fonttable.toml")
    xml = font_table_xml(latin, used_faces(document), table)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            part._blob = xml
            return
