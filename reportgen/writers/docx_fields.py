"""Word's field settings: ask Word to refresh contents and page fields when a file opens.

Both Word routes need it (the Markdown writer's digest contents and the Word
templates), so it lives beside the writer that the template route also uses.
Once the fields have been filled at build time (``refresh_fields``) the request
is taken back: Word would otherwise still ask the reader, on every opening,
whether to update fields that are already right.
"""
from __future__ import annotations

# w:settings children that must follow w:updateFields (ECMA-376 CT_Settings order).
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
                        "decimalSymbol", "listSeparator")


def set_update_fields(document) -> None:
    """Set ``w:updateFields``: Word refreshes contents and page references when it opens the file."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is not None:
        existing.set(qn("w:val"), "true")
        return
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    later = next((el for el in settings if el.tag.rsplit("}", 1)[-1] in _AFTER_UPDATE_FIELDS), None)
    if later is not None:
        later.addprevious(flag)
    else:
        settings.append(flag)


def clear_update_fields(document) -> None:
    """Remove ``w:updateFields``: the fields are filled already and Word need not ask to refresh them."""
    from docx.oxml.ns import qn

    settings = document.settings.element
    for flag in settings.findall(qn("w:updateFields")):
        settings.remove(flag)
