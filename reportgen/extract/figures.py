"""An article's figures: every quantity, with value, unit, qualifier, object and sentence.

A figure is a number with its measure word or unit, or a percentage
(``annotation-guide.md``, "Figures"). Reading one takes three steps:

1. mask what only looks like a quantity: idioms (一清二楚), names and
   slogans (八项规定, short quoted text, 《titles》), dates and times;
2. match number + unit in what is left, with qualifiers on either side
   (``约7万名``, ``3000多名``, ``70%以上``) and ranges (``1至3名``), and drop
   ordinals (第一批), the indefinite 一 (一个章), words that start with a
   unit (2014年度), time references (两个月前), and Chinese numerals the
   segmenter reads as part of a longer word (七台河市, 三天两头);
3. find the counted object (``objects.py``) and the indicator it maps to.

The word lists live in ``measure_words.toml`` and ``data/figures.toml``
(compiled by ``figure_rules.py``, held by the run's ``Lexicon``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nodes import Block, Heading, ListBlock, Para
from ..records import Figure
from .context_objects import objects_in_context
from .figure_rules import PERCENT_WORD, FigureRules
from .lexicon import Lexicon
from .numerals import DIGITS, is_chinese_numeral, multiplier_value, neighbour_range, number_value
from .objects import find_objects, inside_word, names_a_document
from ..required_chars import required_chars
from .sentences import sentence_spans

_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "《": "》", "〈": "〉"}
_SENTENCE_END = set("。！？!?")
#: headline roles whose figures are read too: the gold lists a headline's figure
#: (as optional) beside the body's repetition of it, and a briefing reader sees both
HEADLINE_ROLES = ("title", "kicker", "deck")


# -- masking -----------------------------------------------------------------

#: the 第 of an ordinal list before a number: `第二、三期`, `第3、4批`
_ORDINAL_LIST = re.compile(r"第[0-9一二三四五六七八九十]+(?:[、，,][0-9一二三四五六七八九十]+)*[、，,]\s*$")
#: a year right before a number: `2021年12期` is an issue, not twelve of them
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s?年\s*(?:第\s*)?$")
#: a Latin letter, digit or code mark right before a number: part of a code (A3, v2.1)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9._/+]")
_LATIN = re.compile(r"[A-Za-z]")
#: a Chinese character (a word going on after a measure word)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a number written in Arabic digits
_ARABIC_START = re.compile(rf"\s*[{DIGITS}]")
#: Chinese digits written one after another with no 十, 百 or 千 between (五一, 二七, 三八): a name, not a number
_BARE_DIGITS = re.compile("[一二三四五六七八九][〇零一二三四五六七八九]+")
#: a month right after a year's 年 (2019年3月): a date
_MONTH = re.compile(r"[0-9一二三四五六七八九十]{1,2}月")

_DATE_PATTERNS = [
    # 2014-05-26, 2014/5, 2014.05.26, 2014.5 -- a year, so 4739.2万元 and 61116.2平方米 stay amounts
    re.compile(r"(?<![\d.])(?:19|20)\d{2}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2}"
               r"|\.(?:0?[1-9]|1[0-2])(?![\d.]|\s?[百千万亿]))"),
    re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"),                  # 15:15:03
]
#: each date pattern with the characters it cannot match without
_DATE_SCANS = tuple((p, required_chars(p)) for p in _DATE_PATTERNS)


def masked_positions(text: str, lex: FigureRules) -> list[bool]:
    """Return, per character of ``text``, whether it lies in an idiom, name, slogan or date."""
    mask = [False] * len(text)

    def cover(start: int, end: int) -> None:
        mask[start:end] = [True] * (end - start)

    chars = set(text)
    for pattern, needs in lex.mask_scans + _DATE_SCANS:
        if needs is not None and needs.isdisjoint(chars):
            continue  # the pattern needs a character the text does not hold: it matches nothing here
        for m in pattern.finditer(text):
            cover(m.start(), m.end())
    for start, end in _slogan_spans(text, lex.cues["exclude"]["max_slogan_chars"]):
        cover(start, end)
    return mask


#: a character that opens a quote or a title (the keys of ``_QUOTES``)
_OPENING = re.compile("[" + re.escape("".join(_QUOTES)) + "]")


def _slogan_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Return spans of quoted names and slogans: 《titles》, and short quotes without a sentence end."""
    spans = []
    opening = _OPENING.search(text)
    while opening:
        i = opening.start()
        resume = i + 1  # an unclosed or long quote: look for the next opening after its mark
        j = text.find(_QUOTES[text[i]], i + 1)
        if j >= 0:
            inner = text[i + 1:j]
            if text[i] in "《〈" or (len(inner) <= max_chars and not _SENTENCE_END & set(inner)):
                spans.append((i, j + 1))
                resume = j + 1
        opening = _OPENING.search(text, resume)
    return spans


# -- one match ---------------------------------------------------------------

@dataclass
class Span:
    """A figure found in a sentence, before its object is known."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    qualifier: str | None
    core: tuple[int, int] = (0, 0)  # the number and its unit, qualifiers left out


def _value_of(number: str, lex: FigureRules) -> tuple[float | None, bool]:
    """Return a number's value and whether it is vague (`十几` -> 10, True)."""
    number = number.strip()
    if not number.startswith(lex.vague_words):
        return number_value(number), False  # most numbers: none of the vague ones
    for word, base in lex.vague_numbers:
        if number.startswith(word):
            rest = number[len(word):]
            return float(base) * (multiplier_value(rest) if rest else 1), True
    return number_value(number), False


def _has_multiplier(number: str) -> bool:
    """Return True when a number is written with a trailing 万/亿/千/百 (`3万`, `十万`)."""
    return bool(number) and number[-1] in "百千万亿" and not number.endswith(("十百",))


def _multiplier_in_unit(n1: str, n2: str | None, mult: str | None, unit: str,
                        lex: FigureRules) -> tuple[str, str | None, str | None, str]:
    """Return the number's parts and unit, a multiplier that begins a unit given back to it.

    千米, 千克, 千瓦 are units: in `3千米` the 千 is the unit's, not a
    multiplier of the number (value 3, unit 千米); the number's last written
    part (multiplier, range end or number) is the one before the unit.
    """
    last = mult or n2 or n1
    head = last.rstrip()[-1:]
    if not head or head + unit not in lex.multiplier_units:
        return n1, n2, mult, unit
    cut = last.rstrip()[:-1]
    if mult:
        return n1, n2, cut or None, head + unit
    if n2:
        return n1, cut, mult, head + unit
    return cut, n2, mult, head + unit


def _read_match(m: re.Match[str], text: str, mask: list[bool], lex: FigureRules) -> Span | None:
    """Return the figure a pattern match stands for, or None when it is not a figure."""
    cues, units = lex.cues, lex.measure_words
    n1, n2, unit = m["n1"], m["n2"], m["unit"]
    num_start = m.start("n1")
    end = m.end()
    if any(mask[num_start:m.end("unit")]):
        return None
    start, pre = _qualifier_before(m, text, num_start, lex)
    before = text[max(0, start - 4):start].rstrip()  # 第 13 期: a scraped page spaces the label out
    if before.endswith(lex.excluded_before):
        return None
    if n1.lstrip().startswith(lex.uncounted_vague):
        return None  # 数百名群众: an order of magnitude, no count stated
    if _ORDINAL_LIST.search(text, max(0, start - 64), start):
        return None  # 第二、三期: the 第 of a list numbers every item
    if unit in cues["exclude"]["issue_units"] and _YEAR_BEFORE.search(text, max(0, start - 16), start):
        return None  # 2021年12期: a journal's issue
    if _measured_unit(unit, lex) in lex.time_units and _points_at_a_period(text, start, pre, lex):
        return None  # 近两年,…; 今后三年: a period of the calendar, not the work's length
    if num_start > 0 and _LATIN_OR_DIGIT.match(text[num_start - 1]) and not is_chinese_numeral(n1):
        return None
    if unit[-1:].isascii() and _LATIN.match(text[m.end("unit"):m.end("unit") + 1]):
        return None  # 12KMS: a Latin unit is a whole word
    if m["big"] and (not (is_chinese_numeral(n1) or unit in cues["big_units"])
                     or "大" + unit in cues["exclude"]["big_names"]):
        return None  # 四大类, 30大类; but not 3大队 nor 三大队
    n1, n2, mult, unit = _multiplier_in_unit(n1, n2, m["mult"], unit, lex)
    if not n1.strip():
        return None
    chinese_lone = is_chinese_numeral(n1.strip())
    if unit in lex.arabic_only and not _ARABIC_START.match(n1):
        return None  # 三方: the parties to something, not cubic metres
    if n1.strip() == "一" and not (n2 or mult or m["ins"] or m["ins2"] or unit in lex.half_units):
        return None  # the indefinite article: 一个章, 一套资料 (but 一年半, 一个半月: one and a half)
    if (n1.strip() in lex.label_numerals and unit in lex.label_units and _HAN.match(text, end)
            and not (n2 or mult or m["ins"] or m["ins2"] or pre or m["post"])):
        return None  # 二次创业, 二类地区: the second one, a label
    after = text[end:]
    if not m["post"]:
        clashes = units.get("clashes", {}).get(unit, [])
        if after and after[0] in clashes and not after.startswith(tuple(units.get("clash_words", {}).get(unit, ()))):
            return None
        if unit == "届" and after[:1] and is_chinese_numeral(after[:1]):
            return None  # 十八届三中全会: a session's name
    if _measured_unit(unit, lex) in lex.time_units and \
            after.lstrip("多余").startswith(tuple(cues["exclude"]["time_reference_after"])):
        return None  # 两个月前, 三年多来: a time referred to
    value, vague1 = _value_of(n1, lex)
    value_max = None
    vague2 = False
    neighbours = None if n2 else neighbour_range(n1)
    if neighbours:
        value, value_max = neighbours  # 三四个, 五六十名: a round range
    elif _BARE_DIGITS.fullmatch(n1.strip()):
        return None  # 五一路, 八一路: digits read one by one name a day or a road; a count says 五十一
    if value is None and (pre or m["ins"] or m["ins2"]) and n1.strip() in ("万", "亿"):
        value = float(multiplier_value(n1.strip()))  # 近万名, 万余名: a magnitude on its own, qualified
    if value is None:
        return None
    if n2:
        value_max, vague2 = _value_of(n2, lex)
        if value_max is None:
            return None
        if _has_multiplier(n2.strip()) and not _has_multiplier(n1.strip()) and not chinese_lone:
            value *= multiplier_value(n2.strip()[-1])
    if mult:
        factor = multiplier_value(mult)
        value = round(value * factor, 6)
        if value_max is not None:
            value_max = round(value_max * factor, 6)
    if unit == "年" and (value >= 1900 or _MONTH.match(after)):
        return None  # a year (or a garbled one, 202223年), not a number of years: no work spans 1900 years
    if value_max is not None and value_max <= value:
        return None  # not a range: a date (2月14—16日 is masked elsewhere) or a code
    half = lex.half_units.get(unit)
    if half:
        value += 0.5  # 1个半小时: one and a half hours
        if value_max is not None:
            value_max += 0.5
        unit = half
    split = lex.split_units.get(unit)
    qualifier = (cues["qualifiers"]["before"].get(pre or "")
                 or ("over" if (m["ins"] or m["ins2"] or vague1 or vague2 or split) else None)
                 or cues["qualifiers"]["after"].get(m["post"] or ""))
    unit = lex.rename.get(split or unit, split or unit)
    if m["per"]:
        unit = f"{unit}/{m['per']}"  # 2500元/年: a rate per year, reported with what it is per
    return Span(start, end, value, value_max, unit, qualifier, (num_start, m.end("unit")))


def _qualifier_before(m: re.Match[str], text: str, num_start: int, lex: FigureRules) -> tuple[int, str | None]:
    """Return where a match's figure starts and the qualifier written before its number, if any.

    A qualifier's character that ends a word of its own (附近6个村, 节约资金20万元)
    qualifies nothing: the figure starts at its number.
    """
    pre = m["pre"]
    if pre and text[max(0, m.start() - 3):m.end("pre")].endswith(lex.qualifier_lookalikes):
        return num_start, None
    return m.start(), pre


def _measured_unit(unit: str, lex: FigureRules) -> str:
    """Return the unit a written one is read as, a qualifier or a half inside it left out (个多月 -> 个月)."""
    return lex.split_units.get(unit) or lex.half_units.get(unit) or unit


def _points_at_a_period(text: str, start: int, pre: str | None, lex: FigureRules) -> bool:
    """Return whether a span of time starting at ``start`` points at a period of the calendar.

    近两年,全县新建… and 今后三年 say when, not how long the work took; a verb of
    lasting before the span (历时近两年, 用了近两个月) makes it the work's duration.
    """
    before = text[max(0, start - 6):start].rstrip()
    if pre:
        return pre in lex.period_pointers and not before.endswith(lex.duration_verbs)
    return before.endswith(lex.period_pointers)


def _read_percent(m: re.Match[str], mask: list[bool], lex: FigureRules) -> Span | None:
    """Return the figure a `百分之七十` match stands for, or None."""
    if any(mask[m.start():m.end()]):
        return None
    value = number_value(m["n1"])
    if value is None:
        return None
    quals = lex.cues["qualifiers"]
    qualifier = quals["before"].get(m["pre"] or "") or quals["after"].get(m["post"] or "")
    return Span(m.start(), m.end(), value, None, "%", qualifier, (m.start("n1") - 3, m.end("n1")))


#: a run of this many numeral characters (digits, Chinese numerals, number
#: punctuation) is no number anyone writes: a code, an ID, debris. It is
#: blanked before matching, which also keeps the number patterns, that
#: backtrack over a run, linear in the length of the text. (Spelled as one numeral and 29 more: a pattern
#: opening with a class gives the regex engine a first character to skip ahead to; one opening with a
#: repetition is tried at every offset.)
_NUMERAL = "[0-9０-９零〇一二两三四五六七八九十百千万亿,，.．]"
_NUMERAL_RUN = re.compile(rf"{_NUMERAL}{_NUMERAL}{{29,}}")


def _without_numeral_runs(text: str) -> str:
    """Return ``text`` with each run of 30+ numeral characters replaced by as many ``x`` (not a number, not a unit)."""
    return _NUMERAL_RUN.sub(lambda m: "x" * len(m.group()), text)


def find_spans(text: str, lexicon: Lexicon) -> list[Span]:
    """Return the figures written in ``text`` (one sentence or paragraph), in order, objects not yet read."""
    return _spans_in(_without_numeral_runs(text), lexicon)  # same length: the spans index the text given


def _spans_in(text: str, lexicon: Lexicon, bare: bool = False) -> list[Span]:
    """Return the figures written in ``text``, which holds no run of numeral characters (``_without_numeral_runs``).

    With ``bare``, a number of 万 or 亿 right before its noun, with no measure word, is read too (unit "").
    """
    lex = lexicon.figure_rules
    matches = list(lex.pattern.finditer(text))
    percents = list(lex.percent_pattern.finditer(text)) if PERCENT_WORD in text else []  # most sentences: none
    bares = list(lex.bare_pattern.finditer(text)) if bare and lex.bare_pattern and _BIG.search(text) else []
    if not matches and not percents and not bares:
        return []  # most sentences: the mask is only read to refuse a match
    mask = masked_positions(text, lex)
    spans = [s for m in matches if (s := _read_match(m, text, mask, lex))]
    taken = [(s.start, s.end) for s in spans]
    for m in percents:
        if not any(a < m.end() and m.start() < b for a, b in taken):
            s = _read_percent(m, mask, lex)
            if s:
                spans.append(s)
                taken.append((s.start, s.end))
    for m in bares:
        if not any(a < m.end() and m.start() < b for a, b in taken):
            s = _read_bare(m, text, mask, lexicon)
            if s:
                spans.append(s)
    spans.sort(key=lambda s: s.start)
    return spans


#: a multiplier that may end a number written without a measure word
_BIG = re.compile("[万亿]")


def _read_bare(m: re.Match[str], text: str, mask: list[bool], lexicon: Lexicon) -> Span | None:
    """Return the figure a number of 万 or 亿 right before its noun stands for (惠及100余万群众), or None.

    The noun must be one the segmenter tags as a noun and not a sum's or a
    measure's word; a Chinese numeral needs a qualifier or a vague number
    (近百万群众, 上万群众), since a bare round one (百万党员) names a campaign.
    """
    lex = lexicon.figure_rules
    if any(mask[m.start():m.end()]) or not (m["arabic"] or m["chinese"]):
        return None
    num_start = m.start("arabic") if m["arabic"] else m.start("chinese")
    start, pre = _qualifier_before(m, text, num_start, lex)
    if text[max(0, start - 4):start].rstrip().endswith(lex.excluded_before):
        return None
    if num_start > 0 and _LATIN_OR_DIGIT.match(text[num_start - 1]):
        return None  # part of a code
    chinese = m["chinese"]
    if chinese:
        if chinese.startswith(lex.uncounted_vague):
            return None  # 数十万群众: an order of magnitude
        value, vague = _value_of(chinese, lex)
        if not (pre or m["ins2"] or vague):
            return None
        if value is None and chinese in ("万", "亿"):
            value = float(multiplier_value(chinese))  # 近万群众, 万余群众: a magnitude on its own, qualified
    else:
        value, vague = number_value(m["arabic"]), False
        if value is not None:
            value = round(value * multiplier_value(m["mult"]), 6)
    if value is None:
        return None
    cues = lex.cues["bare"]
    words = lexicon.words(text[m.end():m.end() + 8])
    noun = words[0] if words else ""
    if (not noun or noun.startswith(tuple(cues["not_counted"])) or noun[0] in lex.measure_chars
            or lexicon.tag_of(noun) not in cues["noun_tags"]):
        return None
    quals = lex.cues["qualifiers"]
    qualifier = quals["before"].get(pre or "") or ("over" if (m["ins"] or m["ins2"] or vague) else None)
    return Span(start, m.end(), value, None, "", qualifier, (num_start, m.end()))


# -- the article -------------------------------------------------------------

def body_texts(blocks: tuple[Block, ...]) -> list[tuple[str, bool]]:
    """Return the texts figures are read from, each with whether it is a headline or a heading:
    headlines, headings, body paragraphs and lists.

    Captions, bylines, columns and other furniture (``Para.role``) are skipped.
    A heading titles its section as a headline does its article: a bare round
    number there names a campaign too (二、百名党员进社区).
    """
    out: list[tuple[str, bool]] = []
    for block in blocks:
        if isinstance(block, Heading) or (isinstance(block, Para) and block.role in (None, *HEADLINE_ROLES)):
            out.append((block.text, isinstance(block, Heading) or block.role in HEADLINE_ROLES))
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.extend(body_texts(item))
    return out


def _slogan_count(sentence: str, span: Span, lex: Lexicon) -> bool:
    """Return whether a headline's figure is a slogan's round number (百名党员进社区, 千名干部联千户).

    A headline counts in digits (120名党员); a bare round numeral there names a campaign.
    """
    if span.qualifier is not None:
        return False
    core = sentence[span.core[0]:span.core[1]]
    exclude = lex.figure_rules.cues["exclude"]
    return core.startswith(tuple(exclude["slogan_numbers"])) or (
        core[:1] in exclude["slogan_round_numerals"] and core[1:].strip() == span.unit)


#: a short quoted word right after a count (四个“聚焦”)
_QUOTED_VERB = re.compile(r"“([\u4e00-\u9fff]{2,4})”")


def _set_of_acts(sentence: str, span: Span, lex: Lexicon) -> bool:
    """Return whether a figure counts bare verbs, a slogan's set of commitments (四个确保的目标, “三个到位”).

    A count of things asks for a noun after its measure word; a Chinese numeral
    and its 个 before a verb that stands alone (before 的, a mark or the end)
    name a set, not a quantity.
    """
    core = sentence[span.core[0]:span.core[1]]
    if span.qualifier or span.value_max is not None or not is_chinese_numeral(core[0]) \
            or span.unit not in lex.figure_rules.cues["exclude"]["act_set_units"]:
        return False
    after = sentence[span.end:span.end + 8]
    quoted = _QUOTED_VERB.match(after)
    if quoted:
        return lex.tag_of(quoted.group(1)) == "v"  # 四个“聚焦”: a quoted verb alone is the slogan's
    words = lex.words(after)
    if not words or lex.tag_of(words[0]) != "v" or len(words[0]) < 2:
        return False
    return len(words) == 1 or words[1] == "的" or not _HAN.match(words[1])


#: a place's ending a few characters after a unit (乌齐县 after 28类): the only case a place's name can run on
_PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?[县市区镇乡村州旗盟]")


def _unit_opens_place(sentence: str, span: Span, lex: Lexicon) -> bool:
    """Return whether the measure word is the first character of a place's name (28类乌齐县: 类乌齐县).

    The segmenter reads the name whole across the unit's end; a number before a
    place's name is debris (a page's spam, a code), not a count.
    """
    start, end = span.core
    if not _PLACE_AFTER.match(sentence, end):
        return False  # most figures: no place's ending a few characters on, so no name to read
    pos = start
    for word in lex.words(sentence[start:end + 8]):
        w_start, pos = pos, pos + len(word)
        if w_start < end < pos:
            return w_start > start and lex.tag_of(word).startswith("ns")  # the name runs on past the unit's end
        if pos >= end:
            return False
    return False


def find_figures(blocks: tuple[Block, ...], lexicon: Lexicon) -> list[Figure]:
    """Return the figures of an article's body blocks, in order of appearance."""
    time_units = lexicon.figure_rules.time_units
    taxonomy = lexicon.taxonomy

    figures: list[Figure] = []
    for text, headline in body_texts(blocks):
        readable = _without_numeral_runs(text)  # before cutting: a cut must not make a long run short
        for s_start, s_end in sentence_spans(text):
            sentence = text[s_start:s_end]
            # 近千名: a word the qualifier and the numeral make (近千) is still the figure
            # (a sentence of a paragraph without long numeral runs holds none)
            spans = [s for s in _spans_in(readable[s_start:s_end], lexicon, bare=True)
                     if not (is_chinese_numeral(sentence[s.core[0]])
                             and inside_word(sentence, (s.start, s.core[1]), lexicon))]
            spans = [s for s in spans if not (_set_of_acts(sentence, s, lexicon) or _unit_opens_place(sentence, s, lexicon))]
            if headline:
                spans = [s for s in spans if not _slogan_count(sentence, s, lexicon)]
            if not spans:
                continue
            found = [(s.start, s.end, s.unit.split("/")[0]) for s in spans]  # 元/年 reads as 元 does
            objects = objects_in_context(sentence, found, find_objects(sentence, found, lexicon), lexicon)
            for span, obj in zip(spans, objects):
                if span.unit in time_units and names_a_document(sentence[span.end:], lexicon):
                    continue  # 三年行动计划: a span of time in a plan's name
                figures.append(Figure(
                    text=sentence[span.start:span.end].strip(),
                    value=span.value,
                    value_max=span.value_max,
                    unit=span.unit or None,  # a number with no measure word (100余万群众) has none
                    qualifier=span.qualifier,
                    object=obj,
                    indicator=taxonomy.indicator_for(obj, span.unit),
                    sentence=sentence,
                ))
    return figures
