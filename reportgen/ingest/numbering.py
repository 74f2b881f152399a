"""Word's automatic list numbering: the label each numbered paragraph shows.

Offices number their points with Word lists (``一、``, ``（一）``, ``1.``,
``一是``); the label lives in ``numbering.xml``, not in the text. This module
works the labels out the way Word does, so the reader can put each one in
front of its paragraph exactly as if it had been typed:

- a paragraph is numbered by its own ``w:numPr`` or by its paragraph style's
  (through ``w:basedOn``); ``w:numId`` 0 switches numbering off;
- a ``w:num`` points to a ``w:abstractNum``, which may borrow its levels from
  a numbering style (``w:numStyleLink`` -> the style's ``w:numId`` -> the
  abstractNum with the matching ``w:styleLink``);
- counters belong to the abstractNum, so lists sharing one continue each
  other (as Word does); a ``w:num`` with ``w:lvlOverride/w:startOverride``
  restarts its level where that num is first used, and a ``w:lvl`` inside the
  override replaces the level's definition for that num;
- a level restarts after any shallower level is used, unless ``w:lvlRestart``
  says otherwise (0: never);
- ``w:lvlText`` ``%1是`` is filled with each level's counter in that level's
  ``w:numFmt`` (decimal with ``w:isLgl``); the formats are in ``numformats.toml``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..resources import load_data

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_LEVELS = 9
MAX_STYLE_DEPTH = 10
MAX_WRITTEN = 99_999
"""A counter above this is written in decimal whatever its format (a hostile ``w:start`` cannot
make a label of a million Roman ``M``s)."""
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
#: a label ending in one of these is followed directly by its text, as a typist writes 一、 or 一是
_CLOSED_LABEL_ENDS = set("、，,：:；;。是．") | {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF00, 0xFFF0)}


def _q(name: str) -> str:
    return f"{{{W}}}{name}"


def _val(node, child: str) -> str | None:
    """Return ``child/@w:val`` of ``node``, or None."""
    if node is None:
        return None
    found = node.find(_q(child))
    return None if found is None else found.get(_q("val"))


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Level:
    """One level of a list: how its counter starts, restarts and is written."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    """``w:lvlRestart``: restart after a level shallower than this (1-based) is used; 0 never; None: any shallower."""
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None


def _level(node) -> Level:
    text_node = node.find(_q("lvlText"))
    return Level(
        start=_int(_val(node, "start"), 1),
        fmt=_val(node, "numFmt") or "decimal",
        text=(text_node.get(_q("val")) or "") if text_node is not None else "",
        restart=_int(_val(node, "lvlRestart")),
        legal=node.find(_q("isLgl")) is not None and _val(node, "isLgl") not in ("0", "false", "off"),
        suffix=_val(node, "suff") or "tab",
        style=_val(node, "pStyle"),
    )


@dataclass
class _Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None
    num_style_link: str | None = None


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


class NumberFormats:
    """The number formats of ``numformats.toml``: a counter written as Word writes it."""

    def __init__(self) -> None:
        self._formats = load_data("ingest/numformats.toml")["formats"]

    def is_bullet(self, fmt: str) -> bool:
        return self._formats.get(fmt, {}).get("kind") == "bullet"

    def write(self, value: int, fmt: str) -> str:
        """Return ``value`` written in the number format ``fmt``."""
        spec = self._formats.get(fmt, {"kind": "decimal"})
        kind = spec["kind"]
        if kind in ("none", "bullet"):
            return ""
        if value > MAX_WRITTEN or (value < 1 and kind in ("cycle", "letter", "roman", "counting", "digits")):
            return str(value)
        if kind == "decimal":
            return str(value).zfill(int(spec.get("width", 1)))
        if kind == "digits":
            return "".join(spec["symbols"][int(d)] for d in str(value))
        if kind == "counting":
            return _counting(value, spec["symbols"], spec["units"], bool(spec.get("ten_one")))
        if kind == "cycle":
            symbols = spec["symbols"]
            if value > len(symbols) and spec.get("overflow") == "decimal":
                return str(value)
            return symbols[(value - 1) % len(symbols)]
        if kind == "letter":
            symbols = spec["symbols"]
            return symbols[(value - 1) % len(symbols)] * ((value - 1) // len(symbols) + 1)
        if kind == "roman":
            out, rest = [], value
            for size, letters in ROMAN:
                while rest >= size:
                    out.append(letters)
                    rest -= size
            text = "".join(out)
            return text.upper() if spec.get("upper") else text
        return str(value)


def _counting(value: int, digits: str, units: str, ten_one: bool) -> str:
    """Return ``value`` in Chinese counting (一、十、十一、二十、一百零五、一千)."""
    if value == 0:
        return digits[0]
    if value >= 10000:
        high, low = divmod(value, 10000)
        head = _counting(high, digits, units, True) + units[3]
        if low == 0:
            return head
        return head + (digits[0] if low < 1000 else "") + _counting(low, digits, units, True)
    out, zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, value = divmod(value, power)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if not (power == 10 and d == 1 and not out and not ten_one):
            out.append(digits[d])
        out.append(unit)
    return "".join(out)


@dataclass
class Numbering:
    """The lists of one Word document, and the counters as the paragraphs are read in order."""

    abstracts: dict[str, _Abstract]
    nums: dict[str, _Num]
    style_numbering: dict[str, tuple[str | None, int | None]]
    """paragraph style id -> its own (numId, ilvl) from its ``w:pPr/w:numPr``."""
    style_parents: dict[str, str]
    formats: NumberFormats
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    pending: dict[str, dict[int, int]] = field(default_factory=dict)
    seen_nums: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, numbering_xml, styles_xml, formats: NumberFormats) -> Numbering:
        """Return the numbering of a document from its ``w:numbering`` and ``w:styles`` elements (either may be None)."""
        abstracts: dict[str, _Abstract] = {}
        nums: dict[str, _Num] = {}
        if numbering_xml is not None:
            for node in numbering_xml.iterchildren(_q("abstractNum")):
                abstract = _Abstract(style_link=_val(node, "styleLink"), num_style_link=_val(node, "numStyleLink"))
                for lvl in node.iterchildren(_q("lvl")):
                    ilvl = _int(lvl.get(_q("ilvl")))
                    if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                        abstract.levels[ilvl] = _level(lvl)
                abstracts[node.get(_q("abstractNumId"))] = abstract
            for node in numbering_xml.iterchildren(_q("num")):
                num = _Num(abstract=_val(node, "abstractNumId") or "")
                for override in node.iterchildren(_q("lvlOverride")):
                    ilvl = _int(override.get(_q("ilvl")))
                    if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                        continue
                    start = _int(_val(override, "startOverride"))
                    if start is not None:
                        num.starts[ilvl] = start
                    lvl = override.find(_q("lvl"))
                    if lvl is not None:
                        num.levels[ilvl] = _level(lvl)
                nums[node.get(_q("numId"))] = num
        style_numbering: dict[str, tuple[str | None, int | None]] = {}
        style_parents: dict[str, str] = {}
        if styles_xml is not None:
            for style in styles_xml.iterchildren(_q("style")):
                sid = style.get(_q("styleId"))
                if not sid:
                    continue
                parent = _val(style, "basedOn")
                if parent:
                    style_parents[sid] = parent
                numpr = style.find(f"{_q('pPr')}/{_q('numPr')}")
                if numpr is not None:
                    style_numbering[sid] = (_val(numpr, "numId"), _int(_val(numpr, "ilvl")))
        return cls(abstracts, nums, style_numbering, style_parents, formats)

    # -- which list and level a paragraph is in -------------------------------

    def _paragraph_list(self, p) -> tuple[str, int] | None:
        """Return the (numId, ilvl) a ``w:p`` is numbered with, or None."""
        ppr = p.find(_q("pPr"))
        num_id = ilvl = None
        numpr = ppr.find(_q("numPr")) if ppr is not None else None
        if numpr is not None:
            num_id, ilvl = _val(numpr, "numId"), _int(_val(numpr, "ilvl"))
        style = _val(ppr, "pStyle")
        if num_id is None:
            num_id, style_ilvl, defining = self._style_list(style)
            if num_id is None:
                return None
            if ilvl is None:
                ilvl = style_ilvl
            if ilvl is None:
                ilvl = self._level_of_style(num_id, defining)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, min(max(ilvl or 0, 0), MAX_LEVELS - 1)

    def _style_list(self, style: str | None) -> tuple[str | None, int | None, str | None]:
        """Return the (numId, ilvl, defining style) a paragraph style numbers with, through ``w:basedOn``."""
        depth = 0
        while style and depth < MAX_STYLE_DEPTH:
            if style in self.style_numbering:
                num_id, ilvl = self.style_numbering[style]
                return num_id, ilvl, style
            style, depth = self.style_parents.get(style), depth + 1
        return None, None, None

    def _level_of_style(self, num_id: str, style: str | None) -> int:
        """Return the level whose ``w:pStyle`` is ``style`` (how a heading style picks its level), else 0."""
        for ilvl, level in sorted(self._levels(num_id).items()):
            if style and level.style == style:
                return ilvl
        return 0

    def _abstract_id(self, num_id: str) -> str | None:
        """Return the abstractNum holding a num's levels, following ``w:numStyleLink`` once."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id = num.abstract
        abstract = self.abstracts.get(abstract_id)
        if abstract is not None and abstract.num_style_link:
            linked_num, _, _ = self._style_list(abstract.num_style_link)
            linked = self.nums.get(linked_num or "")
            if linked is not None and linked.abstract in self.abstracts:
                return linked.abstract
            owner = next((aid for aid, a in self.abstracts.items() if a.style_link == abstract.num_style_link), None)
            if owner is not None:
                return owner
        return abstract_id if abstract_id in self.abstracts else None

    def _levels(self, num_id: str) -> dict[int, Level]:
        abstract_id = self._abstract_id(num_id)
        levels = dict(self.abstracts[abstract_id].levels) if abstract_id else {}
        levels.update(self.nums[num_id].levels)
        return levels

    # -- the label ------------------------------------------------------------

    def label(self, p) -> tuple[str, str] | None:
        """Count the ``w:p`` ``p`` (paragraphs must be given in document order) and return its
        label and the separator that follows it, or None when it is not numbered (or is a bullet)."""
        found = self._paragraph_list(p)
        if found is None:
            return None
        num_id, ilvl = found
        abstract_id = self._abstract_id(num_id)
        if abstract_id is None:
            return None
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(abstract_id, {})
        pending = self.pending.setdefault(abstract_id, {})
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            pending.update(self.nums[num_id].starts)
        if ilvl in pending:
            counters[ilvl] = pending.pop(ilvl)
        elif ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if self.formats.is_bullet(level.fmt):
            return None
        text = self._fill(level, levels, counters)
        if not text.strip():
            return None
        separator = "" if level.suffix == "nothing" or text[-1] in _CLOSED_LABEL_ENDS else " "
        return text, separator

    def _fill(self, level: Level, levels: dict[int, Level], counters: dict[int, int]) -> str:
        out, text, i = [], level.text, 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                k = int(text[i + 1]) - 1
                ref = levels.get(k, Level())
                value = counters.get(k, ref.start)
                out.append(self.formats.write(value, "decimal" if level.legal else ref.fmt))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out)


def empty_numbering(formats: NumberFormats) -> Numbering:
    """Return the numbering of a document without lists."""
    return Numbering({}, {}, {}, {}, formats)

