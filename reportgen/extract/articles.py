"""Split a document into articles: a newspaper page holds several.

Each article opens with a headline group and, on a newspaper page, a byline
(``□记者 某某 报道``) or a dateline (``本报讯``): a byline or dateline with
short headline lines right above it starts a new article. A byline with a
body paragraph above it instead is a displaced byline: the page set the
article's lead and byline apart from its headline (a sidebar in between), so
that lead, byline and what follows go back to the open article that has no
byline yet, and what lay between its headline and the sidebar is a box.

Roles set on paragraphs: title, kicker, deck, column (headline group), byline,
caption, dateline (page header with date and source), box. Body paragraphs
keep role None. Page furniture (navigation, error lines, related links) is
left out of every article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nodes import Block, Document, Heading, Para
from .bylines import dateline_byline, parse_byline
from .lexicon import Lexicon
from .headlines import heading_roles, is_headline_like
from .places import find_organisations, find_places

# a sentence closed by a photo credit: 。某某 摄, 。实习生 某某 摄, （某某 摄）
# an e-paper's page label: 第A05版, 第3版：要闻
EPAPER_PAGE = re.compile(r"^第\s*[A-Za-z]?\s*[0-9一二三四五六七八九十]{1,3}\s*版(?:$|[\s:：])")
# a line that is only a date (perhaps after a list dash or bar a scraper left), perhaps with a time or the authors' names glued on
# (2021-06-22 16:50:06, 2021-12-16某某, 2020-11-23 03:58某某某某某)
DATE_LINE = re.compile(r"^[\s\-–—·•|]*(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
                       r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*[\u4e00-\u9fff· ]{0,10}\s*$"
                       # or a document's date in brackets under its title and issuer: (2014年5月20日)
                       r"|^\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$"
                       # or written in Chinese numerals, its year digit by digit: 二〇一四年五月二十日
                       r"|^\s*[(（]?\s*[〇○零OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
                       r"\s*[一二三四五六七八九十]{1,3}\s*日\s*[)）]?\s*$")
# a page's title bar repeats its headline and adds, after a separator, the column or the site (_工作动态_某某网)
TITLE_BAR_TAIL = re.compile(r"\s*[_|｜\-—–]+\s*\S")
TITLE_BAR_HEADLINE_MIN = 4
# a short line stamped with a date and a time of day is a page header (发布 2023-06-11 19:22:28 阅读 99)
STAMP = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}"
                   r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s*\d{1,2}[:：]\d{2}")  # or day first: 08.09.2014 13:21
STAMP_LINE_MAX = 60
# a periodical's issue line: 某某杂志 2021年12期, 《某刊》2021年第3期, 某刊(某省) 2020年12期
ISSUE_LINE = re.compile(r"^\s*《?([\u4e00-\u9fff]{2,12}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)》?\s*"
                        r"(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期\s*$")
# a newspaper page's header: the paper, the day and the page (某某日报 2014年5月20日 第3版, 某某报 2014-05-20 A3版)
EDITION_LINE = re.compile(r"^\s*《?([\u4e00-\u9fff]{2,12}报)》?\s*(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
                          r"\s*(?:星期[一二三四五六日天])?\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,2}\s*版)"
                          r"\s*(?:[:：]?\s*[\u4e00-\u9fff]{2,8})?\s*$")
# a page's field label standing alone on its line, its value on the next (• 文件名称: / 中共某局关于…)
FIELD_LABEL = re.compile(r"^[\s•·▪◆●\-]*([\u4e00-\u9fff]{2,6})\s*[:：]\s*$")
FIELD_VALUE_MAX = 80
# the longest line that is a unit's name and a colon alone (中共某某县委某某部：)
NAME_KICKER_MAX = 20
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# the bars between the items of a menu set on one line
MENU_BAR = re.compile(r"\s*[|｜]\s*")
# a letter of any script: a line without one (1328, (5), 2/3) is a counter or a page number, never text
LETTER = re.compile(r"[^\W\d_]")
PHOTO_CREDIT = re.compile(r"(?:[。！？.]\s*(?:[\u4e00-\u9fff]{2,4}\s+){1,3}(?:摄影|摄)|[（(][^（()）]{2,20}\s摄[)）])\s*$")


# a title numbered within a series (某某材料一, 某某之二, 某某（3）): its stem and its number
SERIES_TITLE = re.compile(r"^(.{4,}?)(?:之)?[(（]?([一二三四五六七八九十]{1,3}|\d{1,2})[)）]?$")


def _next_in_series(text: str, titles: list[str]) -> bool:
    """Return whether a headline line is the next of a series an earlier article's title opened
    (某某汇报材料一 … 某某汇报材料二): one page holding several numbered reports, each an article."""
    m = SERIES_TITLE.match(_unspaced(text))
    if not m:
        return False
    for title in titles:
        other = SERIES_TITLE.match(_unspaced(title))
        if other and other.group(1) == m.group(1) and other.group(2) != m.group(2):
            return True
    return False


@dataclass
class _Segment:
    """An article being assembled: indices into the document's items."""

    head: list[int]
    rest: list[int] = field(default_factory=list)
    has_byline: bool = False
    box: list[int] = field(default_factory=list)


def _text(block: Block) -> str:
    return block.text.strip() if isinstance(block, (Para, Heading)) else ""


def kind_of(block: Block, lex: Lexicon) -> str:
    """Return what a block is on the page: boilerplate, dateline, byline, caption, headline or body."""
    if isinstance(block, Para) and block.role:
        return block.role
    if not isinstance(block, (Para, Heading)):
        return "body"
    text = _text(block)
    c = lex.cues
    if isinstance(block, Para):
        if (len(text) < 80 and any(cue in text for cue in c.boilerplate)) or _is_furniture(text, lex):
            return "boilerplate"
        if _is_page_header(text, lex):
            return "dateline"
        if not LETTER.search(text):
            return "boilerplate"  # a view counter, a page's or bulletin's number: page furniture
        if parse_byline(text, lex):
            return "byline"
        if text.startswith(c.caption_openers) or ("摄" in text and PHOTO_CREDIT.search(text)):  # a credit ends in 摄
            return "caption"
    if is_headline_like(text) or _is_name_kicker(text, lex):
        return "headline"
    return "body"


def _is_name_kicker(text: str, lex: Lexicon) -> bool:
    """Return whether a line is a unit's or place's name and a colon alone (某区：), the kicker of the headline below."""
    s = text.strip()
    return len(s) <= NAME_KICKER_MAX and s[-1:] in ":：" and _is_unit_name(s[:-1], lex)


def _is_furniture(text: str, lex: Lexicon) -> bool:
    """Return whether a line is page furniture: an e-paper page label, a keyword line, a breadcrumb trail,
    a site's navigation bar (首页 | 新闻中心 | 政务公开)."""
    c = lex.cues
    return (len(text) < 80 and (text.startswith(c.furniture_openers) or EPAPER_PAGE.match(text) is not None
                                or any(mark in text for mark in c.breadcrumb_marks) or _is_menu_bar(text, lex)))


def _is_menu_bar(text: str, lex: Lexicon) -> bool:
    """Return whether a line is a site's menu set on one line: at least ``menu_min_items`` short items
    between bars (首页 | 新闻中心 | 政务公开)."""
    items = [item.strip() for item in MENU_BAR.split(text)]
    items = [item for item in items if item]
    c = lex.cues
    return len(items) >= c.menu_min_items and all(len(item) <= c.menu_item_max for item in items)


def _is_page_header(text: str, lex: Lexicon) -> bool:
    """Return whether a line is a page header stating date or source (日期 来源:某报 责任编辑:某某).

    A line that is only a date (and time, or a short name glued to it) or a
    periodical's issue (某刊 2021年12期) is one too.
    """
    if DATE_LINE.match(text) or ISSUE_LINE.match(text) or EDITION_LINE.match(text):
        return True
    if len(text) <= STAMP_LINE_MAX and STAMP.search(text) and not any(m in text for m in "。，,；;"):
        return True
    if len(text) >= 120:
        return False  # a body paragraph: no need to count its cues
    cued = sum(cue in text for cue in lex.cues.dateline)
    dated = re.search(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}", text) is not None
    return cued >= 2 or (cued >= 1 and dated)


def _opens_with_dateline(text: str, lex: Lexicon) -> bool:
    """Return whether a paragraph opens with a dateline (本报讯, 新华社北京3月5日电)."""
    dateline = lex.pattern("article-dateline", lambda: rf"^\S{{0,14}}[{''.join(lex.cues.dateline_ends)}][\s（(]")
    return bool(dateline.match(text)) or dateline_byline(text, lex) is not None


def _unspaced(text: str) -> str:
    """Return ``text`` without its whitespace (``str.split`` cuts at what ``\\s`` matches, without a regex scan)."""
    return "".join(text.split())


def _is_unit_name(text: str, lex: Lexicon) -> bool:
    """Return whether a line is nothing but an organisation's or place's name (a page's unit label)."""
    s = _unspaced(text)
    s = s.removeprefix(next((p for p in lex.cues.party_prefixes if s.startswith(p)), ""))  # 中共某县委办公室
    places = find_places(s, lex)
    return s in places or any(o.name == s for o in find_organisations(s, places, lex))


def is_column(text: str, lex: Lexicon) -> bool:
    """Return whether a headline line is a column's label (核心阅读, 学习园地, 工作动态), not a title."""
    c = lex.cues
    s = _unspaced(text)
    return s in c.column_labels or (len(s) <= c.column_max and s.endswith(c.column_endings))


def _is_masthead(text: str, lex: Lexicon) -> bool:
    """Return whether a line is only a site's or paper's name (某某网, 某某日报): the page's masthead above
    the headline. A document's own kind (情况通报, 工作汇报) is a title, not a masthead."""
    c = lex.cues
    s = _unspaced(text)
    return (len(s) <= c.masthead_max and s.endswith(c.masthead_endings) and not s.endswith(c.document_kinds)
            and HAN_ONLY.fullmatch(s) is not None)


def _menu(head: list[int], texts: list[str], lex: Lexicon) -> list[int]:
    """Return the lines of a headline group that are a site's navigation menu: a leading run of short
    lines (党建工作 / 党务公开 / 工会工作 …) above a longer line."""
    c = lex.cues
    run = []
    for h in head:
        if len(_unspaced(texts[h])) > c.menu_item_max:
            break
        run.append(h)
    return run if c.menu_min_items <= len(run) < len(head) else []


def _page_list(head: list[int], texts: list[str], lex: Lexicon) -> list[int]:
    """Return the lines of a headline group that are an e-paper page's list of its articles: every line above the
    last one repeating a line above it (标题甲 / 标题乙 / 标题丙 / … / 标题乙 / ——副题 / 本报记者 某某), where they
    are at least ``menu_min_items`` besides the repeated one. The repetition over the text is its headline."""
    lines = [_unspaced(texts[h]) for h in head]
    repeats = [k for k in range(1, len(lines)) if lines[k] and lines[k] in lines[:k]]
    if not repeats:
        return []
    last = repeats[-1]
    return head[:last] if last - 1 >= lex.cues.menu_min_items else []


def _group_above(kinds: list[str], at: int, floor: int) -> list[int]:
    """Return the headline lines right above item ``at`` (datelines inside are kept), not above ``floor``."""
    group: list[int] = []
    i = at - 1
    while i >= floor and kinds[i] in ("headline", "dateline"):
        group.insert(0, i)
        i -= 1
    while group and kinds[group[0]] == "dateline":
        group.pop(0)
    return group


def _segments(kinds: list[str], texts: list[str], lex: Lexicon) -> list[_Segment]:
    """Return the articles of a page as segments of item indices."""
    first_body = next((i for i, k in enumerate(kinds) if k not in ("headline", "dateline")), len(kinds))
    lead_group = _group_above(kinds, first_body, 0)
    segments = [_Segment(head=lead_group)]
    owner = 0  # the segment items go to now
    for i in range(len(kinds)):
        if i in lead_group:
            continue  # a dateline line above the headline group stays with the first article
        kind = kinds[i]
        if kind == "headline" and _next_in_series(texts[i], [texts[h] for seg in segments for h in seg.head]):
            segments.append(_Segment(head=[i]))
            owner = len(segments) - 1
            continue
        opener = kind == "byline" or (kind == "body" and _opens_with_dateline(texts[i], lex) and (i == 0 or kinds[i - 1] != "byline"))
        if opener:
            seg = segments[owner]
            group = [g for g in _group_above(kinds, i, 0) if g in seg.rest]
            if group:
                # headline lines right above: a new article starts at them
                for g in group:
                    seg.rest.remove(g)
                segments.append(_Segment(head=group))
                owner = len(segments) - 1
            elif kind == "byline" and seg.has_byline:
                # a second byline under a body paragraph: the lead and byline of an earlier article
                back = next((j for j in range(owner - 1, -1, -1) if not segments[j].has_byline), None)
                if back is not None:
                    lead = [r for r in seg.rest[-1:] if kinds[r] == "body"]
                    for r in lead:
                        seg.rest.remove(r)
                    target = segments[back]
                    target.box, target.rest = target.rest, lead
                    owner = back
            if kind == "byline":
                segments[owner].has_byline = True
        segments[owner].rest.append(i)
    return [s for s in segments if s.head or any(kinds[r] == "body" for r in s.rest)]


def _head_roles(head: list[int], blocks: list[Block], texts: list[str], lex: Lexicon) -> dict[int, str]:
    """Return the roles of a headline group's lines.

    A heading paragraph (a Word title or heading style, an HTML heading) is a
    whole title: when the group has one, the title is chosen among its
    headings alone, and the plain lines around it (an issuer's line, a date)
    are kickers above it or decks below it, never half of the title.
    """
    headed = [h for h in head if isinstance(blocks[h], Heading)]
    group = headed if headed and len(headed) < len(head) else head
    roles = dict(zip(group, heading_roles([texts[h] for h in group], lambda s: _is_unit_name(s, lex) or _is_name_kicker(s, lex))))
    if group is headed:
        title = max(h for h in headed if roles[h] == "title")
        roles.update({h: "kicker" if h < title else "deck" for h in head if h not in roles})
    return roles


def _body_role(kind: str) -> str | None:
    """Return the role a non-headline item keeps inside an article (None: body)."""
    return None if kind in ("body", "headline") else kind


def _with_role(block: Block, role: str | None) -> Block:
    """Return ``block`` with ``role`` set (a Heading of the headline group becomes a Para)."""
    if isinstance(block, Heading):
        return block if role is None else Para(block.content, role)
    if isinstance(block, Para) and block.role != role:
        return Para(block.content, role)
    return block


def _join_fields(blocks: list[Block], lex: Lexicon) -> list[Block]:
    """Return ``blocks`` with each page field whose label stands alone (• 文件名称:) joined to its value line.

    A government page lists its document's fields as label lines each above
    its value; joined, ``文件名称:…`` and ``成文日期:…`` are page-header lines
    (role dateline) the metadata reader takes the title and date from.
    """
    fields = lex.cues.page_fields
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        m = FIELD_LABEL.match(_text(block)) if isinstance(block, Para) else None
        value = _text(blocks[i + 1]) if i + 1 < len(blocks) else ""
        if m and m.group(1) in fields and isinstance(blocks[i + 1], Para) and 0 < len(value) <= FIELD_VALUE_MAX:
            out.append(Para.of(f"{m.group(1)}:{value}", role="dateline"))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _is_title_bar(block: Block, below: Block | None) -> bool:
    """Return whether a line is a page's title bar over its headline (某某标题_工作动态_某某网, 某某标题 - 某某网):
    the headline below it, then the page's column or site after a separator. It is the page's, no article's."""
    if not isinstance(block, (Para, Heading)) or not isinstance(below, (Para, Heading)):
        return False
    line, headline = block.text.strip(), below.text.strip()
    return (len(headline) >= TITLE_BAR_HEADLINE_MIN and line.startswith(headline)
            and TITLE_BAR_TAIL.match(line, len(headline)) is not None)


def split_articles(document: Document, lex: Lexicon) -> list[tuple[Block, ...]]:
    """Return one run of blocks per article, non-body paragraphs marked by ``Para.role``."""
    blocks = _join_fields([b for b in document.blocks if not isinstance(b, (Para, Heading)) or b.text.strip()], lex)
    blocks = [b for b, below in zip(blocks, blocks[1:] + [None]) if not _is_title_bar(b, below)]
    if not blocks:
        return []
    kept = [(b, k) for b, k in ((b, kind_of(b, lex)) for b in blocks) if k != "boilerplate"]
    blocks = [b for b, _ in kept]
    kinds = [k for _, k in kept]
    texts = [_text(b) for b in blocks]
    articles = []
    for seg in _segments(kinds, texts, lex):
        roles: dict[int, str | None] = {}
        head = [h for h in seg.head if kinds[h] == "headline"]
        masthead = head[:1] if len(head) > 1 and _is_masthead(texts[head[0]], lex) else []
        for h in _page_list(head, texts, lex):
            roles[h] = "menu"  # the page's list of its articles, this one's headline among them: no article's
        head = [h for h in head if h not in roles]
        for h in [*masthead, *_menu(head, texts, lex), *(h for h in head if is_column(texts[h], lex))]:
            roles[h] = "column"  # a masthead, a column's label or a site's menu is never the title
        head = [h for h in head if h not in roles]
        roles.update(_head_roles(head, blocks, texts, lex))
        for h in seg.head:
            roles.setdefault(h, _body_role(kinds[h]))
        for b in seg.box:
            roles[b] = "box" if kinds[b] in ("body", "headline") else kinds[b]
        for r in seg.rest:
            roles[r] = _body_role(kinds[r])
        order = sorted(roles)
        articles.append(tuple(_with_role(blocks[i], roles[i]) for i in order))
    return articles
