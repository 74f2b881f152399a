"""Bylines: who wrote an article and who took its pictures.

A byline names people after role words (本报记者, 通讯员) and part markers
(文/图, 摄, 报道). The marker decides the part: a name before a trailing
``摄`` or after a leading ``图/`` took the pictures and is not an author; a
name before ``报道`` or ``文/图`` wrote the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$")
SEPARATORS = re.compile(r"[\s、,，;；:：]+")
BRACKETS = "()（）【】[]〔〕"
MAX_LENGTH = 40
SENTENCE_MARKS = "。！？!?"
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
MAX_SPACED_NAME = 3
# names run together without blanks after a role word are read only when they split into whole
# three-character names (the commonest length); any other length is ambiguous
GLUED_NAME_LENGTH = 3
GLUED_NAMES = re.compile(r"(?:[\u4e00-\u9fff]{3}){2,3}")


@dataclass(frozen=True)
class Byline:
    """The people of a byline, split by their part."""

    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


def _strip_frame(text: str, lex: Lexicon) -> tuple[str, bool]:
    """Return ``text`` without byline markers and enclosing brackets, and whether it had either."""
    c = lex.cues
    s = text.strip()
    framed = False
    while s and s[0] in c.byline_markers:
        s, framed = s[1:].strip(), True
    if len(s) >= 2 and s[0] in BRACKETS and s[-1] in BRACKETS:
        s, framed = s[1:-1].strip(), True
    return s.replace("／", "/"), framed


def _part(token: str, lex: Lexicon) -> str | None:
    """Return "text" or "picture" when ``token`` is a whole part marker, else None."""
    c = lex.cues
    if token in c.text_parts or token.rstrip("/") in c.text_parts:
        return "text"
    if token in c.picture_parts or token.rstrip("/") in c.picture_parts:
        return "picture"
    return None


def _join_spaced_names(raws: list[str], lex: Lexicon) -> list[str]:
    """Return ``raws`` with a name set apart character by character joined (刘 华 -> 刘华).

    A page pads a two-character name to the width of a three-character one;
    single characters that are no part marker (文, 图, 摄) are such a name.
    """
    out: list[str] = []
    run: list[str] = []
    for raw in raws:
        single = len(raw) == 1 and HAN_CHAR.fullmatch(raw) is not None and not _part(raw, lex)
        if single:
            run.append(raw)
            continue
        out.extend(_spaced_names(run, lex))
        run = []
        if raw:
            out.append(raw)
    out.extend(_spaced_names(run, lex))
    return out


def _spaced_names(run: list[str], lex: Lexicon) -> list[str]:
    """Return the names a run of single characters spells (刘 冬 高 凯 -> 刘冬, 高凯): each of two or three
    characters and opening with a family name, where the run parts so; else the run cut in threes as written."""
    if len(run) <= MAX_SPACED_NAME:
        return ["".join(run)] if run else []
    for first in (3, 2):
        if run[0] in lex.cues.surnames and len(run) - first >= 2:
            rest = _spaced_names(run[first:], lex)
            if rest and all(name[0] in lex.cues.surnames and 2 <= len(name) <= MAX_SPACED_NAME for name in rest):
                return ["".join(run[:first]), *rest]
    return ["".join(run[k:k + MAX_SPACED_NAME]) for k in range(0, len(run), MAX_SPACED_NAME)]


def _tokens(s: str, lex: Lexicon) -> list[str] | None:
    """Return the byline cut into role words, part markers and names, or None if something else is there."""
    c = lex.cues
    out: list[str] = []
    for raw in _join_spaced_names(SEPARATORS.split(s), lex):
        pending = [raw] if raw else []
        while pending:
            token = pending.pop(0)
            if not token:
                continue
            if token in c.reporter_roles or _part(token, lex):
                out.append(token)
                continue
            if "/" in token:
                head, _, tail = token.partition("/")
                if _part(head, lex):
                    out.append(head + "/")  # a leading marker: 图/张三
                    pending[:0] = [tail]
                else:
                    pending[:0] = [head, tail]
                continue
            role = next((r for r in c.reporter_roles if token.startswith(r) and len(token) > len(r)), None) \
                if token.startswith(c.reporter_roles) else None  # most tokens: no role opens them, told in one test
            if role:
                pending[:0] = [role, token[len(role):]]
                continue
            part = next((p for p in c.text_parts + c.picture_parts
                         if token.endswith(p) and len(token) - len(p) >= 2 and (len(p) > 1 or len(token) >= 3)
                         and not (p in c.name_final_parts and NAME.match(token))), None) \
                if token.endswith(c.text_parts) or token.endswith(c.picture_parts) else None
            if part:
                pending[:0] = [token[: -len(part)], part]
                continue
            inner = next(((token.find(r), r) for r in c.reporter_roles if token.find(r) >= 2), None)
            if inner:  # a page that dropped the blanks: 刘某通讯员张某某
                at, role = inner
                pending[:0] = [token[:at], role, token[at + len(role):]]
                continue
            if NAME.match(token):
                out.append(token)
                continue
            if out and out[-1] in c.reporter_roles and GLUED_NAMES.fullmatch(token):
                # names run together after a role word; a run of whole three-character names is read as such
                out.extend(token[i:i + GLUED_NAME_LENGTH] for i in range(0, len(token), GLUED_NAME_LENGTH))
                continue
            return None
    return out


def parse_byline(text: str, lex: Lexicon) -> Byline | None:
    """Return the byline of a line that is one (``□记者 张三 报道``, ``(李四 文/图)``), else None."""
    s, framed = _strip_frame(text, lex)
    if not s or len(s) > MAX_LENGTH or any(m in s for m in SENTENCE_MARKS) or s.startswith(lex.cues.editor_roles):
        return None  # (责任编辑 某某): the page's editor, no author
    tokens = _tokens(s, lex)
    if not tokens:
        return None
    c = lex.cues
    cued = any(t in c.reporter_roles or _part(t, lex) for t in tokens)
    if not (cued or framed):
        return None
    authors: list[str] = []
    photographers: list[str] = []
    mode = "text"
    pending: list[str] = []

    def flush(part: str) -> None:
        (photographers if part == "picture" else authors).extend(pending)
        pending.clear()

    for token in tokens:
        part = _part(token, lex)
        if part and token.endswith("/") and token not in c.text_parts:
            flush(mode)  # leading marker after names: 文/记者 张三 图/李四
            mode = part
        elif part and pending:
            flush(part)  # trailing marker: 张三 摄, 李四 文/图, 王五 报道
        elif part:
            mode = part  # leading marker: 图/张三, 文/片 通讯员 李四
        elif token in c.reporter_roles:
            flush(mode)
        else:
            pending.append(token)
    flush(mode)
    # a unit that sent the report (某某学院 供稿) is no person
    authors = [a for a in authors if not _is_organisation(a, lex)]
    photographers = [p for p in photographers if not _is_organisation(p, lex)]
    if not authors and not photographers:
        return None
    return Byline(tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(photographers)))


def _is_organisation(name: str, lex: Lexicon) -> bool:
    """Return whether a byline's name ends like an organisation (某某学院, 某某中心): a unit, not a person."""
    if not name.endswith(lex.cues.org_suffixes):
        return False  # most names: no organisation's ending at all, told in one test
    return any(len(suffix) >= ORG_ENDING_MIN and name.endswith(suffix) and len(name) > len(suffix)
               for suffix in lex.cues.org_suffixes)


# words a closing bracket sends the report by after its unit's name (某某学院 供稿)
SENDING_WORDS = "供稿|供|报送|撰稿|整理"
# the shortest organisation ending that tells a unit from a person's name (学院, 中心; 局 may end a given name)
ORG_ENDING_MIN = 2
# the longest unit or publication a closing bracket names before its writers (某某公司 张三)
UNIT_BEFORE_WRITERS_MAX = 16
# the longest name a bracket of bare names may hold (a family name and one or two characters)
MAX_BARE_NAME = 3
# the endings of a publication's name (某某日报, 某某网, 某某在线, 某某融媒)
PUBLICATION_ENDINGS = "(?:日报|晚报|早报|时报|商报|报|通讯社|新闻网|信息港|在线|融媒|网)"
# a publication's name opening a paragraph right before its bracketed byline, with no 讯 between
# (某某网(张三), 某某日报（记者 李四）): the publication and the bracket's text
PUBLICATION_BYLINE = re.compile(r"^《?([\u4e00-\u9fff]{2,10}?" + PUBLICATION_ENDINGS + r")》?\s*[（(]([^（()）]{2,40})[）)]")


def publication_byline(text: str, lex: Lexicon) -> tuple[str, Byline] | None:
    """Return the publication and the byline of a paragraph opening ``某某网(张三)``, else None."""
    m = PUBLICATION_BYLINE.match(text.strip())
    if not m:
        return None
    byline = parse_byline(f"({m.group(2)})", lex)
    return (m.group(1), byline) if byline else None


def dateline_byline(text: str, lex: Lexicon) -> Byline | None:
    """Return the byline bracketed after a dateline opening a paragraph (``本报讯（记者 张三）``), else None.

    A paragraph may open with the bracket alone (``（记者 张三 通讯员 李四）连日来，…``)
    when the page dropped the dateline; the bracket must then name a role.
    """
    def dateline() -> str:
        ends = "".join(lex.cues.dateline_ends)
        words = "|".join(map(re.escape, lex.cues.dateline_words))
        return rf"^[^。，,]{{0,24}}?(?:[{ends}]|{words})"
    s = text.strip()
    m = lex.pattern("byline-bracket-after-dateline", lambda: dateline() + r"\s*[（(]([^）)]{2,40})[）)]").match(s)
    if m:
        # the writers' publication may open the bracket (某某网消息（某某日报记者 张三）): no writer
        return parse_byline(f"({_without_unit(m.group(1).strip(), lex)})", lex)
    # or, unbracketed, the writers' roles and names run to 报道 and a colon (本报讯 记者张三、通讯员李四报道：…)
    m = lex.pattern("byline-run-after-dateline", lambda: dateline() + rf"\s*((?:{'|'.join(map(re.escape, lex.cues.reporter_roles))})"
                    r"[^。，,：:（()）]{2,40}?报道)\s*[:：]").match(s)
    if m:
        return parse_byline(m.group(1), lex)
    published = publication_byline(s, lex)
    if published:
        return published[1]
    m = re.match(r"^[（(]([^）)]{2,40})[）)]", s)
    return _cued_byline(m.group(1), lex) if m else None


def closing_byline(text: str, lex: Lexicon) -> Byline | None:
    """Return the byline bracketed at the end of a paragraph, else None.

    The bracket names a role or a part (``…落到实处。（记者 张三）``), or only
    the writers, each opening with a family name (``（张三 李四）``), perhaps
    after their unit or publication (``（某某公司 张三）``, ``（某某融媒体中心记者 张三）``).
    A scraper's separator bar after it (``（张三） |``) is left out.
    """
    # (a page may have lost the closing bracket at the paragraph's end: ……工作。（张三 摄影报道)
    m = re.search(r"[（(]([^（()）]{2,40})(?:[）)]|$)[\s|｜]*$", text.strip())
    if not m:
        return None
    inner = _without_unit(m.group(1).strip(), lex)
    return _cued_byline(inner, lex) or _named_byline(inner, lex)


def closing_sender(text: str, lex: Lexicon) -> str | None:
    """Return the unit a closing bracket names as the report's sender (……。（某某学院 供稿）, （某某医院 张三）),
    else None: an organisation's name opening the bracket, before its writers or a word of sending."""
    m = re.search(r"[（(]([^（()）]{2,40})[）)][\s|｜]*$", text.strip())
    if not m:
        return None
    inner = m.group(1).strip()
    sent = re.fullmatch(rf"([\u4e00-\u9fff]{{2,{UNIT_BEFORE_WRITERS_MAX}}}?)\s*(?:{SENDING_WORDS})?", inner)
    head = re.match(rf"^([\u4e00-\u9fff]{{2,{UNIT_BEFORE_WRITERS_MAX}}}?)\s+\S", inner)
    for found in (sent, head):
        if found and _is_organisation(found.group(1), lex):
            return found.group(1)
    return None


def _without_unit(inner: str, lex: Lexicon) -> str:
    """Return a closing bracket's text without the writers' unit or publication opening it (某某公司 张三,
    某某融媒体中心记者 张三 -> 张三, 记者 张三)."""
    c = lex.cues
    m = lex.pattern("byline-writers-unit", lambda: rf"^([\u4e00-\u9fff]{{2,{UNIT_BEFORE_WRITERS_MAX}}}?)"
                    rf"(?:\s+|(?={'|'.join(map(re.escape, c.reporter_roles))}))").match(inner)
    if m and m.group(1).endswith(c.org_suffixes + c.source_endings):
        return inner[m.end():]
    return inner


def _named_byline(inner: str, lex: Lexicon) -> Byline | None:
    """Return the byline of a bracket naming only its writers (张三 李四, 张三 供稿), each opening with a family
    name and at most three characters long, else None."""
    byline = parse_byline(f"({inner.strip()})", lex)
    if not byline or byline.photographers:
        return None
    surnames = lex.cues.surnames
    if all(len(name) <= MAX_BARE_NAME and name.startswith(surnames) for name in byline.authors):
        return byline
    return None


def _cued_byline(inner: str, lex: Lexicon) -> Byline | None:
    """Return the byline of a bracket's text when it names a reporter's role or a part (记者 张三), else None."""
    c = lex.cues
    s = inner.strip()
    parts = c.text_parts + c.picture_parts
    # a part word is a cue when it is more than one character (摄影, 文/图) or set before a slash (文/某某 摄/某某)
    if not (s.startswith(c.reporter_roles) or any(p in s for p in parts if len(p) > 1)
            or any(f"{p}{slash}" in s for p in parts for slash in "/／")):
        return None
    return parse_byline(f"({s})", lex)
