"""An article's metadata: title, unit, locality, date, source, authors, framework.

Reads the roles ``split_articles`` set: the title lines, the byline, the page
header (dateline) and the body. Date and source come from the document's
metadata (page boilerplate) first, then from the article's own header lines;
a date counts only with its year, a source only where the text names it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..nodes import Block, Heading, ListBlock, Para, block_text
from ..records import Article
from .articles import EDITION_LINE, ISSUE_LINE, is_column
from .bylines import (PUBLICATION_ENDINGS, closing_byline, closing_sender, dateline_byline, parse_byline,
                      publication_byline)
from .lexicon import Lexicon
from .framework import find_framework
from .headlines import is_headline_like
from .numerals import chinese_value
from .reporting_unit import UnitEvidence, find_unit

HEADLINE_ROLES = ("title", "kicker", "deck", "column")
DATE = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
# a date written in Chinese numerals, its year digit by digit (二〇〇八年十二月二日; O and ○ stand for 〇)
CHINESE_DATE = re.compile(r"([〇○零OＯ0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
                          r"\s*([一二三四五六七八九十]{1,3})\s*日")
YEAR_DIGITS = str.maketrans("〇○零OＯ一二三四五六七八九", "00000123456789")
# a title naming a bulletin and its issue (某某活动简报(5), 某某简报第12期): the bulletin, not its report
BULLETIN_TITLE = re.compile(r"(?:简\s*报|快\s*报)\s*(?:第\s*[\d一二三四五六七八九十]+\s*期|[(（]\s*[\d一二三四五六七八九十]+\s*[)）])?\s*$")
# the issue after a bulletin's name (第12期, (5)): no part of the name
ISSUE_AFTER_NAME = re.compile(r"\s*(?:第\s*[\d一二三四五六七八九十]+\s*期|[(（]\s*[\d一二三四五六七八九十]+\s*[)）])\s*$")
# a line that is a full date alone, perhaps bracketed: (2009年4月10日), 二〇〇九年四月十日
DATE_ALONE = re.compile(r"[(（]?\s*(\S{6,16}?)\s*[)）]?")
# a bulletin's issue alone on its line (第5期, (第5期), 总第12期): the masthead's, never part of a title
ISSUE_ALONE = re.compile(r"\s*[(（]?\s*(?:总\s*)?第\s*[\d一二三四五六七八九十]+\s*期\s*[)）]?\s*")
# the masthead lines a bulletin's date line may stand under (its issuer, its name, its issue)
MASTHEAD_LINES_ABOVE_DATE = 3
# a bulletin's name line this short is the word 简报 alone: the line above it names whose campaign it is
BARE_BULLETIN_NAME = 2
# the longest line a bulletin's masthead names its issuer on (中共某某大学某某学院委员会)
ISSUER_MAX = 30
HAN = re.compile(r"[\u4e00-\u9fff]")
SPACE_RUN_ALL = re.compile(r"\s+")
# where a page header's fields run into the text: its first mark of a sentence or quotation
RUN_ON_FIELDS_END = re.compile(r"[，,。；;“”\"！？!?]")
# a scraped page's stamp with the year last and a time of day (08.09.2014 13:21): its day and month are
# in the page's order, which the page does not say; the date counts only where both orders agree or
# only one is a date
YEAR_LAST_STAMP = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*\d{1,2}[:：]\d{2}")
LEAD_MIN_CHARS = 50
# a page's closing credits (来源 / 某某网, 责任编辑 / 某某, 审核 / 某某) are at most this many lines at its end
CREDIT_LINES = 5
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
# a site's dateline word before its colon or bracketed byline (某某网消息：, 某某网某地5月3日消息（记者 某某）)
SITE_NEWS = r"消息\s*(?:[:：]|(?=[(（]))"
# a dateline naming its publication, perhaps with a place or channel and a date before 讯 (某某日报讯,
# 中国某县网4月23日讯, 某某网消息（记者 某某）, 某某网某地4月23日消息（记者 某某）); 电 closes a dateline only after its date (某某网某地新闻8月5日电)
# (a site's name may be one character and 网: 红网时刻某地5月3日讯)
PUBLICATION = re.compile(r"^[(（]?(?:《)?([\u4e00-\u9fff]网|[\u4e00-\u9fff]{2,10}?" + PUBLICATION_ENDINGS + r")(?:》)?"
                         r"[\u4e00-\u9fff]{0,6}?(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[讯电]|" + SITE_NEWS + r")|讯|" + SITE_NEWS + r")")
# the dateline opens one of the first paragraphs (a deck or a photo's caption may come before it)
DATELINE_PARAGRAPHS = 3
# a headline a site reprinted, its paper named before a colon (某某日报:某某标题): no sentence closed in it
REPRINT_HEADLINE = re.compile(r"^《?([\u4e00-\u9fff]{2,10}?" + PUBLICATION_ENDINGS + r")》?\s*[:：]\s*([^。！？!?：:]{4,40})$")
# a closing credit line: a publication, perhaps its channel, and the writer (某某网财经:某某某)
CLOSING_CREDIT = re.compile(r"^《?([\u4e00-\u9fff]{2,10}?" + PUBLICATION_ENDINGS + r")》?[\u4e00-\u9fff]{0,4}\s*[:：]\s*"
                            r"([\u4e00-\u9fff·]{2,4})$")
# a page's stamp (date and time of day) opening the text of a scraped page: 2020-11-25 10:06今年以来……
STAMP_OPENING = re.compile(r"^\s*((?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)\s*\d{1,2}[:：]\d{2}")
# a bracketed tag after a headline (某某标题(某栏目·某专题)): the page's column, not the title; a series' tag,
# its parts set apart by a middle dot, may run longer (某某标题(某某路 某某程·某某史 某某想))
TRAILING_TAG = re.compile(r"\s*[(（](?:[^()（）]{2,24}|[^()（）·]{2,24}·[^()（）]{2,24})[)）]\s*$")
# a web page's mark of what a story carries (某某标题（图）, （组图）, [视频]): never part of the title
MEDIA_MARK = re.compile(r"\s*[(（\[【](?:组图|多图|附图|图文|图|视频|附视频)[)）\]】]\s*$")
TITLE_BEFORE_TAG_MIN = 8
# a deck run onto its headline's line after a blank and a dash (某某标题 ——某地某某工作扎实推进): the blank is
# the line break a scraper lost, and the deck is no part of the title; a dash set close to the headline
# (某某标题——某地活动纪实) is one headline as written
RUN_ON_DECK = re.compile(r"\s+——\s*[^—\s]{4,}.*$")
# a column tag in black brackets before a headline (【某栏目】某某标题): the page's column, not the title
LEADING_TAG = re.compile(r"^\s*[【〔\[][^【】〔〕\[\]]{2,12}[】〕\]]\s*")
# a page header opening with the publication that carried the text, its date or its next field after a
# blank (某某日报 2018-11-20 09:26, 某某门户网站 发布时间: …)
HEADER_PUBLICATION = re.compile(r"^\s*《?([\u4e00-\u9fff]{2,16})》?\s+(?=(?:19|20)\d{2}\s*[-./年]|[\u4e00-\u9fff]{2,4}\s*[:：])")
# a page header (the publication that carried the text and its date) that a scraper ran into the text's first
# paragraph (某某日报数字报 2021-10-20日前，某镇…): its publication and date, as a header line's
HEADER_OPENING = re.compile(r"^\s*《?([\u4e00-\u9fff]{2,16})》?\s+((?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})")
AGENCY = re.compile(r"^(新华社|中新社|中国新闻社)")
# as long as a person's name: a source this short must end like a publication
NAME_LIKE = re.compile(r"[\u4e00-\u9fff]{2,3}")
# marks before a line's text: list bullets, mojibake question marks, stray blanks
LEADING_MARKS = re.compile(r"^[\s•·▪◆●■□?？�—\-－]+")
# a list page's date stamp set before a headline (02.03 某某标题, 2020-02-03 某某标题): never part of it
LEADING_STAMP = re.compile(r"^\s*(?:(?:19|20)\d{2}[-./])?\d{1,2}[-./]\d{1,2}\s+(?=\D)")
# a page's separator bar left after a headline by a scraper (某某标题 |): never part of it
TRAILING_BARS = re.compile(r"[\s|｜]+$")
# a document's page-number mark a converter left before its title (第1页共8页)
PAGE_MARK = r"第\s*\d{1,3}\s*页\s*[，,/]?\s*共\s*\d{1,3}\s*页"
# the most characters between a run-on document title and its bracketed date (a subtitle, the issuer)
RUN_ON_HEAD_MAX = 60
# a newspaper page's header stands among its first lines
EDITION_LINES = 3
# a title ending like a document (某某情况说明) is at least this long
DOCUMENT_TITLE_MIN = 8


def _role(block: Block) -> str | None:
    return block.role if isinstance(block, Para) else None


def body_paragraphs(blocks: tuple[Block, ...]) -> list[str]:
    """Return the texts of the body, in order: paragraphs, section headings and list items."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading) or (isinstance(block, Para) and block.role is None):
            text = block.text.strip()
        elif isinstance(block, ListBlock):
            out.extend(block_text(b).strip() for item in block.items for b in item if block_text(b).strip())
            continue
        else:
            continue
        if text:
            out.append(text)
    return out


def _chinese_date(text: str) -> str | None:
    """Return the date a document's issuing line writes in Chinese numerals (二〇〇八年十二月二日) in ISO form."""
    m = CHINESE_DATE.fullmatch(text.strip())
    if not m:
        return None
    year = int(m.group(1).translate(YEAR_DIGITS))
    month, day = chinese_value(m.group(2)), chinese_value(m.group(3))
    if month and day and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{int(month):02d}-{int(day):02d}"
    return None


def _issuing_line(paragraphs: list[str], lex: Lexicon) -> tuple[int, str] | None:
    """Return where a bulletin's issuing line stands among ``paragraphs`` and its date, else None.

    The line closes with an organisation's name, a blank and a full date
    (某某领导小组办公室  二〇〇八年十二月二日); the bulletin's report follows it.
    """
    issuing = lex.pattern("meta-issuing-line", lambda: rf"(?:{lex.cues.org_suffix_alternation})\s+(\S{{6,16}})\s*$")
    for i, text in enumerate(paragraphs):
        # the blank before the date is inside the line: most paragraphs hold none, and are not searched
        m = issuing.search(text) if len(text.split(None, 1)) == 2 else None
        if m:
            date = iso_date(m.group(1)) or _chinese_date(m.group(1))
            if date:
                return i, date
        # or the date on a line of its own under the masthead's organisation or the bulletin's name and issue
        alone = DATE_ALONE.fullmatch(text.strip())
        above = paragraphs[max(0, i - MASTHEAD_LINES_ABOVE_DATE):i]
        if alone and any(line.endswith(lex.cues.org_suffixes) or BULLETIN_TITLE.search(line) or ISSUE_ALONE.fullmatch(line)
                         for line in above):
            date = iso_date(alone.group(1)) or _chinese_date(alone.group(1))
            if date:
                return i, date
    return None


def _opening_lines(blocks: tuple[Block, ...]) -> list[str]:
    """Return the texts of an article's lines up to its first full paragraph, whatever their roles (a
    bulletin's masthead lines may read as a headline group or as body)."""
    out = []
    for block in blocks:
        if isinstance(block, (Para, Heading)) and block.text.strip():
            out.append(block.text.strip())
            if len(out[-1]) >= LEAD_MIN_CHARS:
                break
    return out


@dataclass(frozen=True)
class Masthead:
    """A bulletin's masthead over the report it carries (see ``_masthead``)."""

    headline: str | None  # the report's headline, right under the issuing line
    name: str | None  # the bulletin's name (某某活动简报), the publication that carries the report
    issuer: str | None  # the organisation whose bulletin it is, as its first line names it


def _masthead(title: str | None, blocks: tuple[Block, ...], lex: Lexicon) -> Masthead | None:
    """Return the masthead of a bulletin (某某委员会 / 某某活动 / 简报 / 第13期 / 某某领导小组 2009年5月6日),
    where the page's title names the bulletin (某某活动简报(5)) or a line above the issuing line does; else None.

    The report's headline is the first line with words under the issuing line
    (a rule of ━ between); the bulletin's name is its 简报 line without the
    issue, after the line above it where 简报 stands alone; its issuer is the
    first line above that ending like an organisation.
    """
    lines = _opening_lines(blocks)
    issued = _issuing_line(lines, lex)
    if issued is None:
        return None
    above = lines[:issued[0]]
    named = next((i for i, line in enumerate(above) if BULLETIN_TITLE.search(line)), None)
    if named is None and title and not BULLETIN_TITLE.search(title):
        return None
    below = next((line for line in lines[issued[0] + 1:] if HAN.search(line)), None)
    name = None
    if named is not None:
        name = re.sub(r"\s+", "", ISSUE_AFTER_NAME.sub("", above[named]))
        if len(name) <= BARE_BULLETIN_NAME and named > 0:
            name = re.sub(r"\s+", "", above[named - 1]) + name  # 某某活动 / 简 报: the campaign's bulletin
    issuer = next((line for line in above[:named] if named is not None and len(line) <= ISSUER_MAX
                   and line.endswith(lex.cues.org_suffixes)), None)
    return Masthead(headline=below if below and is_headline_like(below) else None, name=name, issuer=issuer)


def iso_date(text: str) -> str | None:
    """Return the first full date of ``text`` (with its year) in ISO form, else None."""
    for m in DATE.finditer(text):
        year, month, day = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    for m in YEAR_LAST_STAMP.finditer(text):
        a, b, year = (int(g) for g in m.groups())
        readings = {(month, day) for month, day in ((a, b), (b, a)) if 1 <= month <= 12 and 1 <= day <= 31}
        if len(readings) == 1:
            month, day = readings.pop()
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _source_in_header(text: str, lex: Lexicon) -> str | None:
    """Return the publication a page header names after 来源: (or as a periodical's issue line)."""
    c = lex.cues
    issue = ISSUE_LINE.match(text)
    if issue:
        return issue.group(1)
    opening = HEADER_PUBLICATION.match(text)
    if opening and opening.group(1).endswith(c.header_publication_endings) and _is_publication(opening.group(1), lex):
        return opening.group(1)
    for cue in c.source_cues:
        m = lex.pattern(("meta-source-cue", cue), lambda: rf"{cue}\s*[:：]\s*《?([^\s》|｜]+)").search(text)
        if m:
            value = m.group(1)
            value = _titled(value, lex)
            labels = lex.pattern("meta-field-label", lambda: rf"(?:{'|'.join(map(re.escape, c.field_labels))})\s*[:：]")
            value = labels.split(value)[0]  # 某报发布时间:… — the next field glued on
            if re.search(r"[:：]", value):
                return None  # 来源: 已访问:… — the field is empty, the next one's label follows
            return value if _is_publication(value, lex) else None
    return None


def _run_on_fields(body: list[str], lex: Lexicon) -> str | None:
    """Return the page header's fields that open the text's first paragraph (来源:某某日报 作者:某某 发布时间:2021-04-09
    字号: 大 中 小“希望……), up to the text's first mark of a sentence, else None: a header whose line break a
    scraper lost, read as the header it is."""
    c = lex.cues
    first = body[0].strip() if body else ""
    labels = "|".join(map(re.escape, c.source_cues + c.field_labels))
    if not lex.pattern("meta-run-on-fields", lambda: rf"(?:{labels})\s*[:：]").match(first):
        return None
    return RUN_ON_FIELDS_END.split(first, maxsplit=1)[0]


def _reprinted_from(lines: list[str], lex: Lexicon) -> str | None:
    """Return the publication a headline line opens with before a colon (某某日报:某某标题, 《某某报》：某某标题), the
    paper a site reprinted the text from, else None. The line is a headline: short, no sentence closed in it."""
    for line in lines:
        m = REPRINT_HEADLINE.match(line.strip())
        if m and _is_publication(m.group(1), lex):
            return m.group(1)
    return None


def _titled(value: str, lex: Lexicon) -> str:
    """Return the publication a source value names: the one it sets in title marks (某网-《某某日报》 ->
    某某日报), else the site before a channel of it (某某网-某省频道 -> 某某网), else the value."""
    if "《" in value:
        return value.rsplit("《", 1)[1].strip("》 ")
    parts = re.split(r"\s*[-—－]\s*", value.strip(), maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[0] and parts[1].endswith(lex.cues.channel_endings) else value


def _is_publication(name: str, lex: Lexicon) -> bool:
    """Return whether a source's value names a publication, not a person (来源: 某某) or a department (来源: 某局).

    A value as short as a name is a publication where it ends like one (某某网) or opens with a common word
    (文明 + 风): a person's name opens with a family name.
    """
    c = lex.cues
    if not name or not HAN.search(name) or is_department(name, lex):
        return False  # a value with no Chinese (SRC-389, a link) is a code or an address, not a name
    if not NAME_LIKE.fullmatch(name) or name.endswith(c.source_endings):
        return True
    first = lex.words(name)[0]
    return len(first) >= 2 and len(name) > len(first) and lex.frequency(first) >= c.source_word_frequency


def is_department(name: str, lex: Lexicon) -> bool:
    """Return whether a page's 来源 value is the department that posted it (某区某局, 中共某区工委)."""
    return name.endswith(lex.cues.department_endings)


def _department(headers: list[str], document_meta: dict[str, str], lex: Lexicon) -> str:
    """Return the department a page names as its 来源, evidence of the unit (not the source)."""
    named = _titled(document_meta.get("source") or "", lex)
    if is_department(named, lex):
        return named
    for text in headers:
        for cue in lex.cues.department_cues:
            # the value runs to a blank or a bar; a label with its own colon is the next field, not a value
            for m in lex.pattern(("meta-department-cue", cue),
                                 lambda: rf"{cue}\s*[:：]\s*([^\s|｜:：]+)(?=[\s|｜]|$)").finditer(text):
                if is_department(m.group(1), lex):
                    return m.group(1)
    return ""


def _inline_title(first: str, lex: Lexicon) -> str | None:
    """Return a document's title run into its first paragraph (1、某年全镇某工作总结 某年我镇…), else None.

    Only a phrase ending like a document (总结, 报告) and set apart from the
    text after it by a blank, or followed by the date the text opens with
    (某某工作总结6月14日,我院…), counts.
    """
    def source() -> str:
        kinds = "|".join(map(re.escape, lex.cues.document_kinds))
        return (rf"^\s*(?:\d{{1,2}}\s*[、.．]\s*)?([^\s，,。；;：:！？!?]{{4,40}}?(?:{kinds}))"
                rf"(?:\s+\S|(?=(?:(?:19|20)\d{{2}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日))")
    m = lex.pattern("meta-inline-title", source).match(first)
    return m.group(1) if m else (_run_on_head(first, lex) or (None, None))[0]


def _run_on_head(first: str, lex: Lexicon) -> tuple[str, str] | None:
    """Return the title and the date of a document whose head a converter ran into one line with its text
    (第1页共8页某某工作情况汇报某某副题某某单位(2010年9月20日)尊敬的各位领导:…), else None.

    The line opens (after a page-number mark) with a phrase ending like a
    document (汇报, 报告); the head closes, with no clause mark before it,
    on the document's date in brackets, a full date with its year.
    """
    def source() -> str:
        kinds = "|".join(map(re.escape, lex.cues.document_kinds))
        return (rf"^\s*(?:{PAGE_MARK})?([^\s，,。；;：:！？!?]{{4,40}}?(?:{kinds}))"
                rf"[^，,。；;！？!?]{{0,{RUN_ON_HEAD_MAX}}}?[(（]\s*((?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*[)）]")
    m = lex.pattern("meta-run-on-head", source).match(first)
    return (m.group(1), iso_date(m.group(2)) or "") if m else None


def _title(blocks: tuple[Block, ...], document_meta: dict[str, str], headers: list[str], masthead: Masthead | None,
           lex: Lexicon) -> str | None:
    """Return the article's title: its title lines, else the document's or a page field's (文件名称:).

    A reprint's 原标题: prefix, a list bullet, a category tag after a
    document's title and a series label before a headline are left out.
    """
    body = body_paragraphs(blocks)
    if masthead and masthead.headline:
        return masthead.headline
    page_title = document_meta.get("title")
    if page_title and is_column(page_title, lex):
        page_title = None  # a page titled by its column (工作动态): the column, not the article's title
    title = (_above_header(blocks) or _joined_title([b.text.strip() for b in blocks if _role(b) == "title"], lex) or page_title
             or _title_field(headers, lex) or (_inline_title(body[0], lex) if body else None))
    if not title:
        return None
    title = TRAILING_BARS.sub("", LEADING_MARKS.sub("", LEADING_STAMP.sub("", title)))
    column = LEADING_TAG.match(title)
    if column and len(title) - column.end() >= TITLE_BEFORE_TAG_MIN:
        title = title[column.end():]
    title = _without_byline(title, lex)
    deck = RUN_ON_DECK.search(title)
    if deck and deck.start() >= TITLE_BEFORE_TAG_MIN:
        title = title[:deck.start()]
    title = MEDIA_MARK.sub("", title)
    tag = TRAILING_TAG.search(title)
    if tag and tag.start() >= TITLE_BEFORE_TAG_MIN:
        title = title[:tag.start()]
    reprint = REPRINT_HEADLINE.match(title)
    if reprint and _is_publication(reprint.group(1), lex):
        title = reprint.group(2)  # 某某日报:某某标题, a site's reprint naming its paper before the headline
    for prefix in lex.cues.title_prefixes:
        m = lex.pattern(("meta-title-prefix", prefix), lambda: rf"{prefix}\s*[:：]\s*").match(title)
        if m and len(title) > m.end():
            title = title[m.end():]
            break
    title = _without_tags(title, lex)
    if SPACE_RUN_ALL.sub("", title) in lex.cues.reporter_roles:
        return None  # (■ 本报记者): a byline whose names the page lost, no headline
    return title or None


def _above_header(blocks: tuple[Block, ...]) -> str | None:
    """Return the headline-like line standing right above the page's header line (作者: 发布时间:) below the
    lines read as the title, the header above the text's first paragraph, else None.

    A scraped page sets the article's title right above its header; lines
    above that taken for the title are the page's furniture (a template's
    field names, a search form's prompts), not the article's headline.
    """
    lines = [b for b in blocks if isinstance(b, (Para, Heading)) and b.text.strip()]
    header = next((i for i, b in enumerate(lines) if _role(b) == "dateline"), None)
    titled = [i for i, b in enumerate(lines) if _role(b) == "title"]
    if not header or (titled and max(titled) >= header - 1):
        return None  # (a page with no line read as a title still sets its headline right above its header)
    if any(len(b.text.strip()) >= LEAD_MIN_CHARS for b in lines[:header]):
        return None  # a header line below the text's first paragraph closes the article, not heads it
    above = lines[header - 1]
    return above.text.strip() if _role(above) is None and is_headline_like(above.text) else None


def _without_byline(title: str, lex: Lexicon) -> str:
    """Return a headline line without the byline a scraper glued after it (某某标题 记者 某某 通讯员 某某)."""
    m = lex.pattern("meta-byline-after-title",
                    lambda: rf"\s+(?:{'|'.join(map(re.escape, lex.cues.reporter_roles))})(?:\s|[:：])").search(title)
    return title[:m.start()] if m and m.start() >= TITLE_BEFORE_TAG_MIN else title


def _joined_title(lines: list[str], lex: Lexicon) -> str:
    """Return the title its lines make: one headline broken over lines is joined again, but lines that
    each end like a whole document's title (某某情况汇报 / 某某工作总结) are separate titles, of which
    the one over the text (the last) is the article's. A line the next one opens with again (a unit's
    name set above its own 某单位某年工作总结) is that page's label, not a part of the title."""
    lines = [line for line in lines if line and not ISSUE_ALONE.fullmatch(line)]  # a bulletin's issue (第5期)
    lines = [line for line, below in zip(lines, lines[1:] + [""]) if not below.startswith(line)]
    whole = [len(line) >= DOCUMENT_TITLE_MIN and line.endswith(lex.cues.document_kinds) for line in lines]
    if len(lines) > 1 and all(whole):
        return lines[-1]
    return "".join(lines)


def _title_field(headers: list[str], lex: Lexicon) -> str | None:
    """Return the value of a page's title field (文件名称:…, 标题:…) among its header lines."""
    for text in headers:
        for label in lex.cues.title_fields:
            m = lex.pattern(("meta-title-field", label), lambda: rf"\s*{label}\s*[:：]\s*(\S.*)$").match(text)
            if m:
                return m.group(1).strip()
    return None


def _without_tags(title: str, lex: Lexicon) -> str:
    """Return a title line without a category tag after it or a series label before it.

    ``某某情况说明 某某教育活动``: a phrase after a phrase ending like a
    document (情况说明, 总结) is the page's category tag. ``某地某某成果展示
    某某标题``: a first phrase ending like a series label is a kicker.
    """
    c = lex.cues
    phrases = title.split()
    if len(phrases) < 2:
        return title
    for i, phrase in enumerate(phrases[:-1]):
        if len(phrase) >= DOCUMENT_TITLE_MIN and phrase.endswith(c.document_kinds):
            return " ".join(phrases[: i + 1])
    if phrases[0].endswith(c.series_endings):
        return " ".join(phrases[1:])
    return title


def _authors_in_header(text: str, lex: Lexicon) -> list[str]:
    """Return the people a page header names after 作者: or 作者(来源): (up to the header's next field)."""
    m = re.search(r"(?:作者|记者|通讯员)(?:[(（][\u4e00-\u9fff]{1,4}[)）])?\s*[:：]\s*(.+)", text)
    return _names(re.split(r"\s+\S+[:：]", m.group(1))[0], lex) if m else []


def _names(text: str, lex: Lexicon) -> list[str]:
    """Return the authors of a bare list of names (李四 王五) as a bracketed byline reads it."""
    byline = parse_byline(f"({text.strip()})", lex)
    return list(byline.authors) if byline else []


def _source_in_dateline(lead: str, lex: Lexicon) -> str | None:
    """Return the publication a dateline names (某某日报讯, 新华社电, 某某融媒（记者 某某）, 某某网(某某)); 本报讯
    names none."""
    s = LEADING_MARKS.sub("", lead.strip())
    if s.startswith("本报") or s[:1] in lex.cues.quantifiers:
        return None  # 本报讯, 本网讯: the page's own paper or site, which the dateline does not name
    m = PUBLICATION.match(s) or AGENCY.match(s)
    if m:
        return m.group(1)
    # a publication's name right before its bracketed byline, with no 讯 between
    published = publication_byline(s, lex)
    return published[0] if published else None


def _source_in_closing(last: str, lex: Lexicon) -> str | None:
    """Return the publication a closing byline names before its reporters (……。（某某晚报 记者 张三）) or a
    closing credit line names before its writer (某某网财经:某某某), else None."""
    def source() -> str:
        roles = "|".join(map(re.escape, lex.cues.reporter_roles))
        return rf"[（(]\s*《?([\u4e00-\u9fff]{{2,10}}?{PUBLICATION_ENDINGS})》?\s*(?:{roles})[^（()）]{{0,30}}[)）][\s|｜]*$"
    # (a scraper's separator bar may follow the bracket)
    m = lex.pattern("meta-closing-source", source).search(last.strip())
    if m:
        return m.group(1)
    m = CLOSING_CREDIT.match(last.strip())
    return m.group(1) if m else None


def _source_in_credits(lines: list[str], lex: Lexicon) -> str | None:
    """Return the publication a page's closing credit lines name, each a field of its own (来源 / 某某网,
    责任编辑 / 某某), else None."""
    for text in lines:
        for cue in lex.cues.source_cues:
            m = lex.pattern(("meta-credit-line", cue), lambda: rf"\s*{cue}\s*[/／:：|｜]\s*《?([^\s》]+)》?\s*").fullmatch(text)
            if m and _is_publication(_titled(m.group(1), lex), lex):
                return _titled(m.group(1), lex)
    return None


def _lead(body: list[str]) -> str:
    """Return the lead: the body up to and including its first full paragraph."""
    out = []
    for text in body:
        out.append(text)
        if len(WEB_ADDRESS.sub("", text)) >= LEAD_MIN_CHARS:
            break  # a line of a link (某某 https://…) is no full paragraph, however long its address
    return "\n".join(out)


def page_edition(blocks: tuple[Block, ...]) -> dict[str, str]:
    """Return the date and the paper a newspaper page's header states for every article on the page (某某日报
    2014年5月20日 第3版), as document metadata; empty where the page opens with no such line."""
    for block in blocks[:EDITION_LINES]:
        m = EDITION_LINE.match(block.text) if isinstance(block, (Para, Heading)) else None
        date = iso_date(block.text) if m else None
        if m and date:
            return {"date": date, "source": m.group(1)}
    return {}


def read_meta(blocks: tuple[Block, ...], document_meta: dict[str, str], lex: Lexicon) -> Article:
    """Return an ``Article`` with its metadata and body paragraphs filled in."""
    headers = [b.text for b in blocks if _role(b) == "dateline"]
    body = body_paragraphs(blocks)
    fields = _run_on_fields(body, lex)
    if fields:
        headers.append(fields)  # a page header a scraper ran into the text's first paragraph
    masthead = _masthead(_joined_title([b.text.strip() for b in blocks if _role(b) == "title"], lex)
                         or document_meta.get("title"), blocks, lex)
    title = _title(blocks, document_meta, headers, masthead, lex)
    headline = "\n".join(b.text.strip() for b in blocks if _role(b) in HEADLINE_ROLES)
    lead = _lead(body)

    authors: list[str] = []
    for b in blocks:
        if _role(b) == "byline":
            byline = parse_byline(b.text, lex)
            if byline:
                authors.extend(a for a in byline.authors if a not in authors)
    if not authors:
        authors = next((a for a in (_authors_in_header(h, lex) for h in headers) if a), [])
    if not authors:
        authors = next((_names(document_meta[k], lex) for k in ("authors", "author") if document_meta.get(k)), [])
    if not authors and body:
        byline = dateline_byline(body[0], lex) or closing_byline(body[-1], lex)
        authors = list(byline.authors) if byline else []
    if not authors and body:
        credit = CLOSING_CREDIT.match(body[-1].strip())  # 某某网财经:某某某, the writer after the publication
        authors = [credit.group(2)] if credit else []
    if not authors and document_meta.get("header_authors"):
        # the page header's 作者 field: the writers of the page, weaker than any byline the article sets itself
        authors = _names(document_meta["header_authors"], lex)

    date = document_meta.get("date") or next((d for d in (iso_date(h) or _chinese_date(h.strip("()（） ")) for h in headers)
                                              if d), None)
    opening = HEADER_OPENING.match(body[0]) if body else None
    if opening and not (opening.group(1).endswith(lex.cues.header_publication_endings)
                        and _is_publication(opening.group(1), lex)):
        opening = None
    if date is None and body:
        stamp = STAMP_OPENING.match(body[0]) or opening
        date = iso_date(stamp.group(stamp.lastindex)) if stamp else None
    if date is None:
        issued = _issuing_line(_opening_lines(blocks), lex)
        date = issued[1] if issued else None
    if date is None and body:
        head = _run_on_head(body[0], lex)
        date = head[1] if head and head[1] else None
    named = _titled(document_meta.get("source") or "", lex) or None
    source = ((named if named and _is_publication(named, lex) else None) or next((s for s in (_source_in_header(h, lex) for h in headers) if s), None)
              or next((s for s in (_source_in_dateline(p, lex) for p in body[:DATELINE_PARAGRAPHS]) if s), None)
              or (_source_in_closing(body[-1], lex) if body else None) or (opening.group(1) if opening else None)
              or _source_in_credits(body[-CREDIT_LINES:], lex) or (masthead.name if masthead else None)
              or _reprinted_from(headline.split("\n") + body[:DATELINE_PARAGRAPHS], lex))
    unit, locality = find_unit(UnitEvidence(title=title or "", headline=headline, lead=lead, body="\n".join(body),
                                            department=_department(headers, document_meta, lex),
                                            owner=document_meta.get("owner") or "", source=source or "",
                                            issuer=(masthead.issuer if masthead else None) or "",
                                            sender=(closing_sender(body[-1], lex) if body else None) or ""), lex)
    framework = find_framework(title or "", lead, body, lex)
    return Article(title=title, unit=unit, locality=locality, date=date, source=source,
                   authors=authors, framework=framework, paragraphs=body)
