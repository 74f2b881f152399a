"""Build Word files the way Word builds them: list labels in numbering.xml, not in the text.

``numbered_report`` turns a plain-text report into a .docx whose typed labels
(一、 （一） 一是 1.) are replaced by Word lists: one abstractNum per label
shape, a ``w:num`` per series, and each later series restarted with
``w:lvlOverride/w:startOverride`` as Word's "Restart at 1" writes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHINESE_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Shape:
    """One label shape: how to find it typed, and the Word level that writes it."""

    name: str
    typed: re.Pattern
    fmt: str
    lvl_text: str
    suffix: str = "nothing"


SHAPES = (
    Shape("chapter", re.compile(r"^([一二三四五六七八九十]{1,3})、"), "chineseCounting", "%1、"),
    Shape("section", re.compile(r"^（([一二三四五六七八九十]{1,3})）"), "chineseCounting", "（%1）"),
    Shape("shi", re.compile(r"^([一二三四五六七八九十]{1,3})是"), "chineseCountingThousand", "%1是"),
    Shape("arabic", re.compile(r"^(\d{1,2})[.．、]"), "decimal", "%1.", "tab"),
)


def chinese_value(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CHINESE_DIGITS.index(text[1]) + 1
    if len(text) == 1:
        return CHINESE_DIGITS.index(text) + 1
    tens = CHINESE_DIGITS.index(text[0]) + 1
    return tens * 10 + (CHINESE_DIGITS.index(text[2]) + 1 if len(text) == 3 else 0)


def w(tag: str, **attrs):
    from lxml import etree

    node = etree.Element(f"{{{W}}}{tag}")
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", str(value))
    return node


def sub(parent, tag: str, **attrs):
    node = w(tag, **attrs)
    parent.append(node)
    return node


def abstract_num(abstract_id: int, levels: list[tuple[str, str, str]], *, start: int = 1,
                 style_link: str | None = None, num_style_link: str | None = None, styles: dict[int, str] | None = None):
    """Return a ``w:abstractNum`` with one ``w:lvl`` per (numFmt, lvlText, suffix), as Word writes it."""
    node = w("abstractNum", abstractNumId=abstract_id)
    sub(node, "nsid", val=f"{0x1A2B3C00 + abstract_id:08X}")
    sub(node, "multiLevelType", val="hybridMultilevel" if len(levels) > 1 else "singleLevel")
    sub(node, "tmpl", val="04090019")
    if style_link:
        sub(node, "styleLink", val=style_link)
    if num_style_link:
        sub(node, "numStyleLink", val=num_style_link)
        return node
    for ilvl, (fmt, text, suffix) in enumerate(levels):
        lvl = sub(node, "lvl", ilvl=ilvl, tplc="04090019")
        sub(lvl, "start", val=start)
        sub(lvl, "numFmt", val=fmt)
        if styles and ilvl in styles:
            sub(lvl, "pStyle", val=styles[ilvl])
        if suffix != "tab":
            sub(lvl, "suff", val=suffix)
        sub(lvl, "lvlText", val=text)
        sub(lvl, "lvlJc", val="left")
        ppr = sub(lvl, "pPr")
        sub(ppr, "ind", left=420 * (ilvl + 1), hanging=420)
    return node


def num(num_id: int, abstract_id: int, starts: dict[int, int] | None = None):
    """Return a ``w:num``; ``starts`` restarts levels (``w:lvlOverride/w:startOverride``)."""
    node = w("num", numId=num_id)
    sub(node, "abstractNumId", val=abstract_id)
    for ilvl, value in (starts or {}).items():
        override = sub(node, "lvlOverride", ilvl=ilvl)
        sub(override, "startOverride", val=value)
    return node


def set_numbering(document, abstracts: list, nums: list) -> None:
    """Replace a python-docx document's numbering definitions (abstractNums first, as the schema wants)."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for node in abstracts + nums:
        numbering.append(node)


def number_paragraph(paragraph, num_id: int, ilvl: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = w("numPr")
    sub(numpr, "ilvl", val=ilvl)
    sub(numpr, "numId", val=num_id)
    ppr.insert(0 if ppr.find(f"{{{W}}}pStyle") is None else 1, numpr)


def numbered_report(text: str, path, *, restart: str = "override") -> int:
    """Write ``text`` as a Word report whose typed labels become Word list numbering; return how many.

    ``restart`` says how a later series starts again at 一: "override" (a new
    ``w:num`` with ``w:startOverride``, Word's "Restart at 1") or "new_list"
    (a new abstractNum, as a list started afresh is stored).
    """
    import docx

    document = docx.Document()
    abstracts = [abstract_num(i + 1, [(s.fmt, s.lvl_text, s.suffix)]) for i, s in enumerate(SHAPES)]
    nums: list = []
    current: dict[str, tuple[int, int]] = {}   # shape -> (numId, last value)
    count = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for index, shape in enumerate(SHAPES):
            m = shape.typed.match(line)
            if not m or not line[m.end():].strip():
                continue
            value = chinese_value(m.group(1))
            num_id, last = current.get(shape.name, (0, 0))
            if shape.name not in current or value != last + 1:
                num_id = len(nums) + 1
                if restart == "new_list":
                    abstracts.append(abstract_num(len(abstracts) + 1, [(shape.fmt, shape.lvl_text, shape.suffix)], start=value))
                    nums.append(num(num_id, len(abstracts)))
                else:
                    again = shape.name in current or value != 1
                    nums.append(num(num_id, index + 1, {0: value} if again else None))
            current[shape.name] = (num_id, value)
            paragraph = document.add_paragraph(line[m.end():].lstrip())
            number_paragraph(paragraph, num_id)
            count += 1
            break
        else:
            document.add_paragraph(line)
    set_numbering(document, abstracts, nums)
    document.save(path)
    return count
