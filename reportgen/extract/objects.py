"""The counted object of each figure: the shortest noun phrase that names what is counted.

The reports write it in a few set ways, tried in this order:

- after the figure (``3077名党员``, ``为期3天的封闭式集中学习`` -> 集中学习,
  ``5场由……参加的座谈会`` -> 座谈会, ``18名“两代表一委员”``, a title
  ``6300本《学习手册》``); a count of events ends in the verb naming the event
  (``两轮专项巡察``, ``3场集中宣讲``), a team is named by its task (``5个走访服务组``);
- after the figure, as the whole compound: a verb inside it stays when a noun
  follows and it is not a clause's predicate (``12个文明实践基地`` but
  ``走访520户征集意见``: the list of predicates is data); a stretch with no
  verb in it up to the clause's end is the noun the measure word asks for,
  whatever the dictionary tags its words (``3个自然寨,``, ``145个地市、``);
- a party's members (``专家组一行18人来到…``) count the party named before 一行;
- before it, past linking words (``召开座谈会17场次``, ``满意率达到90%``,
  ``挂牌企业已超120家``, ``反映环境问题的有14条``), quoted terms whole
  (``召开“院坝会”86次``), a one-character head with its word (``志愿服务队38支``),
  or, for a count of occurrences, the verb that names the event (``受训3200人次``);
  when the noun after a figure runs straight into the next figure
  (``党组织1562个党员36580名``) it belongs to that next figure, and when it was
  the figure's own object it is not read again for the next one;
- a thing, a verb of change and its new size or growth (``环节压减至2个``,
  ``收入同期增长49万元``), also between two years' figures (``由2012年的5800元
  增加到2015年的8900元``), count the thing; a share of a base (``参与率达到常住人口
  的50%``) measures what is named before the verb;
- a count that names nothing counts what the last count in its unit counted,
  past sums between (``问题50项,资金251万元,已整改40项``);
- a part of what was just counted (``其中…``, ``当场办结的有30件``, a share
  ``其中90%``) counts the figure before's object; so does a figure written right
  after another (``低保户46户98人``);
- a percentage after a comparison (``比上年增长17%``, ``占党员总数的10.2%``)
  measures the object of the figure before it;
- a figure with none of its own shares the next one's across ``、`` or when
  written back to back (``四大类、17个方面的问题``, ``7方面14个问题``), and the
  one before's across a joining word (``贫困户767户、计2183人``);
- a modifier ending in ``的`` gives way to the noun after it (``15名特殊的客人``);
  a count of people names people (``2973名党员组织关系`` -> 党员), or the
  disciplinary measure taken (``诫勉谈话2人``); two kinds listed with ``、``
  are counted together (``低保对象、特困人员120户``), a longer or open list by
  its last kind;
- a count of events written before the verb that holds them counts the event
  after it (``3次召开党组会议``); a count of things names the things, not the
  people after them (``3个试点单位相关人员``);
- after a verb of reporting the phrase up to a count of opinions names what
  they say (``反映路灯照明问题的有9条``); a change ``由A至B`` counts one thing at
  both ends; percentages after ``分别`` follow the counts before them in order;
  a sum or a size measures one thing (never two kinds joined), and before ``的``
  the thing named before it (``收入超过10万元的村``).

Words and their parts of speech come from the shared segmenter
(``segment.py``: jieba's dictionary, no HMM); the cue words are in ``data/figures.toml``.
"""
from __future__ import annotations

import bisect
import re

from .lexicon import Lexicon

#: what bounds the clause an object is looked for in (、 does not: it joins an enumeration)
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
_PARENTHETICAL = re.compile(r"[（(][^（）()]{0,20}[）)]")
#: the year a figure of a change is of, written between the change's word and the figure (`从2008年的`)
_CHANGE_TIME = re.compile(r"(?:(?:19|20)\d{2}\s?年(?:底|末|初)?|上年|去年|前年)(?:同期)?的?\s*$")
#: a clause that counts a part of what was counted before: `其中…`, `…的有18件`
_SUBSET_START = re.compile(r"^\s*(?:其中|另有)[，,]?\s*")
_SUBSET = re.compile(r"^\s*(?:其中|其余|剩余|另有)|的(?:有|是)?\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ONLY_HAN = re.compile(r"[\u4e00-\u9fff]+")
_QUOTED = re.compile(r"“[^“”]{1,12}”")
_QUOTE_TAG = "nz"
#: the tag of a name holding a numeral (八项规定), read as one noun: apart from the dictionary's own nz words
_NAME_TAG = "nzn"
_NO_QUOTES = str.maketrans("", "", "“”‘’\"")
#: quoted names listed right before a figure: `叫停“形象工程”、“政绩工程” 7个`
_TRAILING_QUOTES = re.compile(r"“[^“”]{1,12}”(?:[、和及]“[^“”]{1,12}”)*$")
#: a quote opened and never closed right before a figure (scraped text loses the closing mark): `“以工代赈12户`
_UNCLOSED_QUOTE = re.compile(r"“([^“”，,。；;：:]{2,8})$")
#: a title right before a figure counts its copies: `印发《学习手册》3000册`
_TRAILING_TITLE = re.compile(r"《[^《》]{1,20}》$")
#: titles listed right before a figure: `资料《甲》、《乙》共200份`
_TRAILING_TITLES = re.compile(r"《[^《》]{1,20}》(?:[、和及]?《[^《》]{1,20}》)*$")
#: and a title right after it: `编印3000册《学习手册》`
_LEADING_TITLE = re.compile(r"《[^《》]{1,20}》")
#: parts of speech that may stand in a noun phrase (jieba's tag set)
_NOUNY = ("n", "vn", "j", "an", "b", "g", "s", "zg", "eng")
_VERB = ("v",)
#: tags of the word that ends a modifier before 的: an adjective, a state or a predicate (`特殊的`, `沉甸甸的`, `表现突出的`)
_MODIFIER_TAGS = ("a", "v", "d", "i", "l", "z")
#: of those, the tag that must be whole (zg, a one-character word, is no state)
_WHOLE_TAGS = ("z",)
#: tags of a one-character head noun that makes a word with the word before it (户, 队, 员)
_HEAD_TAGS = ("q", "n", "ng", "zg", "g")


def _tokens(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Return ``(word, tag)`` pairs; a short quoted term (`“四风”`, `“小板凳会议”`) is one noun."""
    return list(lex.remember("object-tokens", text, lambda t: tuple(_read_tokens(t, lex))))


def _read_tokens(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Return ``(word, tag)`` pairs of ``text`` as ``_tokens`` gives them, read afresh."""
    out: list[tuple[str, str]] = []
    pos = 0
    names = lex.figure_rules.name_pattern
    terms = sorted([*_QUOTED.finditer(text), *(names.finditer(text) if names is not None else ())], key=lambda m: m.start())
    for m in terms:
        if m.start() < pos:
            continue  # a name inside a quoted term is read with it
        out.extend(_plain_tokens(text[pos:m.start()], lex))
        # “四风”, 八项规定: a quoted term or a name is one noun
        out.append((m.group(0), _QUOTE_TAG if _is_quote(m.group(0)) else _NAME_TAG))
        pos = m.end()
    out.extend(_plain_tokens(text[pos:], lex))
    return out


def _plain_tokens(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Return ``(word, tag)`` pairs from the shared segmenter; a set phrase takes its last word's tag."""
    tag_of = lex.tag_of
    heads = lex.figure_rules.objects["one_char_heads"]
    out = []
    for word in lex.words(text):
        tag = tag_of(word)
        if tag == "l" and len(word) > 2:
            # a set phrase is as nominal as its last word: 固定资产, 意见建议 but 积极开展
            tag = "v" if tag_of(word[-2:]).startswith(_VERB) else "n"
        elif (tag == "i" and len(word) > 2 or tag == "z" and len(word) > 3) and tag_of(word[-2:]).startswith("n"):
            tag = "n"  # 安全隐患, 邻里纠纷 are nouns; 脱颖而出 stays an idiom, 沉甸甸 a state
        elif tag.startswith(_VERB) and len(word) > 2 and word[-1] in heads:
            tag = "n"  # a verb and a one-character head (示范岗, 服务点) name a place or post
        out.append((word, tag))
    return out


def _is_nouny(lex: Lexicon, word: str, tag: str) -> bool:
    """Return True when ``word`` may stand in a noun phrase (adverb-like words never do)."""
    if word in lex.figure_rules.objects["not_nouns"]:
        return False
    # an adjective may (老旧小区); an adverbial one (明确, 认真) modifies a verb, never a noun
    return tag.startswith(_NOUNY) or (tag.startswith("a") and tag != "ad" and len(word) > 1)


def _glued_to_noun(lex: Lexicon, words: list[tuple[str, str]], i: int) -> bool:
    """Return whether ``words[i:]`` opens with a noun, past one-character attributes (旧小区 after 老)."""
    while i < len(words) and _is_glue(*words[i]) and not _is_nouny(lex, *words[i]):
        i += 1
    return i < len(words) and _is_nouny(lex, *words[i])


def _is_glue(word: str, tag: str) -> bool:
    """Return True for a one-character word jieba leaves between two nouns (县/直/部门)."""
    return len(word) == 1 and bool(_CJK.match(word)) and tag.startswith(("d", "a", "ag", "dg", "ng", "g", "b", "j"))


def _without_links(text: str, lex: Lexicon) -> str:
    """Return ``text`` without the linking words of ``objects.links`` at its end (`满意率达到` -> `满意率`)."""
    return lex.figure_rules.link_words.strip(text)


def _names_rate(lex: Lexicon, text: str) -> bool:
    """Return True when ``text`` ends in a word naming a rate or degree (`整改率`, `群众满意度`), not a time (`年度`)."""
    cues = lex.figure_rules.objects
    return text.endswith(tuple(cues["rate_endings"])) and not text.endswith(tuple(cues["not_rates"]))


def _is_quote(word: str) -> bool:
    return word.startswith("“")


def _trim(lex: Lexicon, words: list[tuple[str, str]]) -> str | None:
    """Return the shortest phrase naming the thing: modifiers and `封闭式`-like attributes dropped, head kept.

    The head is the last two words, or the last one when it is a compound on
    its own (`突出问题专项整治` -> 专项整治); a short quoted term before the head
    stays (`“急难愁盼”问题`), a long quoted name does not (`“我为群众办实事”咨询项目`) unless the head
    is one short generic word that names nothing alone (`“我为群众办实事”项目`).
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    modifiers = lex.figure_rules.object_sets["modifiers"]
    while words and (words[0][0] in modifiers or words[0][1].startswith("r")
                     or (len(words) > 1 and words[0][0].endswith(("式", "型", "性")) and len(words[0][0]) > 1)):
        words = words[1:]
    if not words:
        return None
    modal = words[0] if len(words) > 1 and words[0][1] == "b" and words[0][0] in cue_sets["modal_prefixes"] else None
    if modal:
        rest = _trim(lex, words[1:])
        return modal[0] + rest if rest else None  # 拟帮扶村: the modal says which of the kind are counted
    if any(t == "c" for _, t in words):
        text = "".join(w for w, _ in words)  # 机关、企业党员: coordinated kinds are counted together
        if len(text.translate(_NO_QUOTES)) <= cues["max_chars"]:
            return text
        words = words[max(i for i, (_, t) in enumerate(words) if t == "c") + 1:]
    if len(words) > 1 and _is_quote(words[0][0]) and len(words[0][0]) > cues["max_quoted_modifier"] + 2 \
            and (len(words) > 2 or len(words[1][0]) > 2):
        words = words[1:]  # (but a lone generic head, 项目 or 活动, names nothing without the name before it)
    named = max((j for j, (w, t) in enumerate(words[:-1]) if t == _NAME_TAG), default=None)
    if named is not None and sum(len(w) for w, _ in words[named:]) <= cues["max_chars"]:
        return "".join(w for w, _ in words[named:])  # 八项规定精神问题: a name holding a numeral says which kind
    if len(words) > 2:
        # 投融资协议金额: an amount says of what only with the compound before it, a word more than a head
        amount = len(words[-1][0]) <= 2 and words[-1][0].endswith(tuple(cues["amount_endings"])) \
            and words[-3][1].startswith("n") and words[-3][0] not in modifiers
        keep = len(words) - (3 if amount else 2)
        while keep > 0 and len(words[keep][0]) == 1 and len(words[keep - 1][0]) == 1 and _CJK.match(words[keep - 1][0]) \
                and words[keep - 1][0] not in modifiers and words[keep - 1][0] != "的":
            keep -= 1  # 参训人员: a word the dictionary cut into characters is kept whole
        words = words[keep:]
    if len(words) == 2 and len(words[1][0]) >= 4 and not _is_quote(words[0][0]) and words[0][1] != "b":
        words = words[1:]  # but an attribute of level or kind stays: 村级管理制度
    text = "".join(w for w, _ in words)
    if len(text) > cues["max_chars"]:
        text = text[-cues["max_chars"]:]
    return text or None


def _verb_and_head(lex: Lexicon, words: list[tuple[str, str]], i: int) -> bool:
    """Return True when ``words[i:]`` open with a verb and a one-character head that make a noun (安置点, 服务站)."""
    if i + 1 >= len(words):
        return False
    verb, tag = words[i]
    if not (tag.startswith(_VERB) and len(verb) == 2 and not _is_predicate(lex, verb, tag)):
        return False
    head = words[i + 1][0]  # 扶贫搬迁安置点: verbs in a row before the head, too
    return head in lex.figure_rules.objects["one_char_heads"] or _verb_and_head(lex, words, i + 1)


def _is_predicate(lex: Lexicon, word: str, tag: str) -> bool:
    """Return True for a verb that heads a clause (`参加`, `征集`) rather than modifies a noun (`实践基地`)."""
    return tag.startswith(_VERB) and (word in lex.figure_rules.objects["predicates"] or len(word) == 1)


def _after(text: str, lex: Lexicon, next_figure: bool = False, unit: str = "") -> tuple[str | None, bool]:
    """Return the object written after a figure, and whether that noun runs into another figure.

    ``next_figure`` says that ``text`` ends where the next figure of the sentence starts.
    The phrase is the whole compound (`标准灯光围网篮球场`, `文明实践基地`): a verb
    inside it is kept when a noun follows, unless it is a clause's predicate.
    """
    text = text.lstrip()
    direct = not text.startswith("的")  # the noun right after the measure word, no modifier between
    if text.startswith("的"):
        text = text[1:]
    if text.startswith("被"):
        text = text[1:]  # 40家被巡察单位: a passive attribute
    text = _PARENTHETICAL.sub("", text)
    title = _LEADING_TITLE.match(text)
    if title:
        return title.group(0), False  # 编印6300本《学习手册》: a title after the figure names the copies counted
    if text.strip(" 、") in lex.figure_rules.objects["joins"]:
        return None, False  # 58户计193人: only a linking word before the next figure
    words = _tokens(text, lex)
    modifiers = lex.figure_rules.object_sets["modifiers"]
    while not direct and len(words) > 1 and words[0][0] in modifiers:
        words = words[1:]  # 50%的各类协调机构: a word of scope after 的 says which of the kind, not the kind
    if not words:
        return None, False
    held = (*lex.figure_rules.objects["event_units"], *lex.figure_rules.objects["activity_units"])
    while unit in held and len(words) > 1 and words[0][0] in lex.figure_rules.objects["event_holders"]:
        # 3次召开党组会议, 3次组织召开推进会: a count of events written before the verbs that hold them;
        # 利用1小时开展集中学习: the time of the act the verb holds
        words = words[1:]
    while len(words) > 2 and words[0][1] == "m" and words[1][0] in lex.figure_rules.objects["thresholds"]:
        words = words[2:]  # 101家亿元以上重点企业: a size threshold only says which of the kind
    containers = lex.figure_rules.object_sets["containers"]
    if words[0][0] in containers and any(w == "的" for w, _ in words[1:]) \
            and (next_figure or lex.figure_rules.pattern.match(text, text.index("的") + 1)):
        # 22个领域急需解决的问题169个, 三个方面的数十名代表: the noun after 的 has a count of its own
        return words[0][0], False
    if words[0][0] in containers and len(words) > 2 and words[1][0] == "的":
        words = words[2:]
    elif words[0][1].startswith("p") and "的" in text:
        return _after(text[text.rindex("的") + 1:], lex, unit=unit)[0], False
    phrase = _phrase_after(lex, words, unit) or (_noun_slot(lex, words) if direct else []) \
        or _team_named(lex, words, unit)
    if not phrase and unit in lex.figure_rules.object_sets["person_units"]:
        phrase = _on_to_people(lex, words, 0)  # 1.2万名在家党员: an attribute the tags read as no noun, then the people
    if not phrase:
        return None, False
    if unit in lex.figure_rules.objects["person_units"] and not any(_names_people(lex, w.strip("“”")) for w, _ in phrase) \
            and not phrase[-1][0].endswith(tuple(lex.figure_rules.objects["group_heads"])):
        # (a count of people before a team's name is the team's size: 8支250人的志愿服务队, 100人以上巡逻大队)
        nouns = len(phrase)
        for k, (_, tag) in enumerate(phrase):
            if not tag.startswith(("n", "an")) or tag.startswith(("ns", "nt")):
                nouns = k
                break
        written = phrase[:nouns]
        phrase = _on_to_people(lex, words, len(phrase))
        if not phrase and written and direct and unit in lex.figure_rules.object_sets["people_classifiers"] \
                and not _names_place(lex, written[-1][0]) \
                and not any(w.endswith(tuple(lex.figure_rules.objects["body_endings"])) for w, _ in written) \
                and not (len(written[-1][0]) > 2 and lex.tag_of(written[-1][0][-2:]).startswith(_VERB)):
            # 60多名孩子参加, 5位老红军讲述…: a measure word that classifies only people says the nouns right
            # after it name them, a word the list of people's words lacks as well as one it holds
            # (前10名企业: a body is no person; 名 there ranks; 2名因病请假: a word ending in a verb is an act)
            phrase = written
        if not phrase:
            return None, False  # 收集120多人意见: a count of people counts the people; what follows is theirs
    if unit in lex.figure_rules.size_units:
        while len(phrase) > 1 and phrase[-1][0] in lex.figure_rules.objects["work_nouns"]:
            phrase = phrase[:-1]  # 1公里的道路硬底化工程: the size is the road's, not the works'
    runs_on = next_figure and "".join(w for w, _ in phrase) == "".join(w for w, _ in words)
    if next_figure and len(phrase) > 1 and (phrase[-1][0].endswith(tuple(lex.figure_rules.objects["amount_endings"]))
                                        or _names_rate(lex, phrase[-1][0])):
        # 180个重点村接待量达632.6万人次: a word naming an amount or a rate of the things counted is what
        # the next figure measures; the count is of the things
        return _trim(lex, phrase[:-1]), False
    return _trim(lex, phrase), runs_on


#: parts of speech that never stand in the noun a measure word asks for: verbs, prepositions,
#: pronouns, particles, conjunctions, time and place words, punctuation
_NOT_IN_SLOT = ("v", "p", "r", "u", "c", "x", "y", "e", "o", "t", "f")


def _noun_slot(lex: Lexicon, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the words between a measure word and the end of its clause when they can only be its noun.

    A measure word asks for a noun after it: a stretch that runs to a clause
    mark or a 、 and holds no verb, preposition, pronoun or particle is that
    noun, whatever tags the dictionary gives its words out of context
    (`3个自然寨,`, `145个地市、`, `15个一级网格、`), provided it ends in a
    word that can head a noun.
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    words = [(w, t) for w, t in words if w.strip()]
    while words and words[-1][0] in ("、", *cues["coordinators"]):
        words.pop()
    if words and words[0][1] == "uv":
        words[0] = (words[0][0], "ng")  # right after a count 地 is land or a prefecture (地市), never the adverb's mark
    if not words or any(t.startswith(_NOT_IN_SLOT) and not _is_quote(w) for w, t in words):
        return []
    if sum(len(w) for w, _ in words) > cues["max_chars"]:
        return []
    last, tag = words[-1]
    if not (_is_nouny(lex, last, tag) or tag in ("ng", "zg", "g") or last in cue_sets["one_char_heads"]):
        return []  # a measure word alone (家次) or an adverb is no noun
    return [("".join(w for w, _ in words), "n")]


def _team_named(lex: Lexicon, words: list[tuple[str, str]], unit: str) -> list[tuple[str, str]]:
    """Return the name of a team a count of people gives the size of, when ``words`` open with one, or [].

    `建立30人以上巡逻处警中队`: the verbs before the team's head word (队, 组, 团,
    班) say what the team does and belong to its name, however the dictionary
    tags them; the count of people is the team's size.
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    if unit not in cue_sets["person_units"]:
        return []
    for k, (word, tag) in enumerate(words[:cues["max_words_to_people"]]):
        if len(word) > 1 and word.endswith(tuple(cues["group_heads"])) and tag.startswith("n"):
            return [("".join(w for w, _ in words[:k + 1]), "n")]
        if _is_predicate(lex, word, tag) or not (tag.startswith(_VERB) or _is_nouny(lex, word, tag)):
            return []
    return []


def _holds_event(lex: Lexicon, word: str) -> bool:
    """Return True for a word naming a meeting or an event (民主生活会, 座谈会, 主题党日活动)."""
    return len(word) > 2 and word.endswith("会") or word.endswith(tuple(lex.figure_rules.objects["event_nouns"]))


def _on_to_people(lex: Lexicon, words: list[tuple[str, str]], start: int) -> list[tuple[str, str]]:
    """Return ``words`` up to the word naming people that a count of people reaches past ``start``, or [].

    A count of people may name them after an attribute the phrase read so far
    stopped in (`326名“两学一做”学教辅导员`: a word cut to single characters):
    the people are a few words on, when no clause's verb or mark stands between.
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    for k in range(start, min(len(words), start + cues["max_words_to_people"])):
        word, tag = words[k]
        if word in cue_sets["predicates"] or (tag == "x" and not _is_quote(word)) or word == "的":
            return []
        if len(word) > 1 and _names_people(lex, word):
            return words[:k + 1]
    return []


def _named_event(lex: Lexicon, words: list[tuple[str, str]]) -> str | None:
    """Return an event named by what is done in it (`走基层活动`, `进社区宣讲`), when ``words`` open with one.

    A count of events may name them by a verb and its object before the word
    for the event (verbs and objects in a row: `进村入户活动`): the whole names
    the event, the verbs included.
    """
    cues = lex.figure_rules.objects
    if len(words) < 3 or not words[0][1].startswith(_VERB) or len(words[0][0]) > 2:
        return None
    for k in range(1, min(len(words), 4)):
        word, tag = words[k]
        if word.endswith(tuple(cues["event_nouns"])) and k > 1:
            return "".join(w for w, _ in words[:k + 1])
        if tag == "x" or word == "的" or not (_is_nouny(lex, word, tag) or tag.startswith(("ns", "v"))):
            return None
    return None


def _partner_then_verb(lex: Lexicon, words: list[tuple[str, str]], i: int) -> bool:
    """Return True when ``words[i:]`` are a noun phrase and then a verb of pairing: the partner 与 names."""
    k = i
    while k < len(words) and _is_nouny(lex, *words[k]) and words[k][1] != "vn":
        k += 1
    return i < k < len(words) and words[k][0] in lex.figure_rules.objects["partner_verbs"]


def _names_people(lex: Lexicon, word: str) -> bool:
    """Return True for a word that names people (`党员`, `客人`, `贫困户`, `干部`)."""
    cues = lex.figure_rules.objects
    if word.endswith(cues["not_people"]):
        return False
    return word.endswith((*cues["person_endings"], *cues["person_words"]))


def _phrase_after(lex: Lexicon, words: list[tuple[str, str]], unit: str) -> list[tuple[str, str]]:
    """Return the noun phrase that opens ``words``.

    A modifier ending in `的` that names no thing (`特殊的客人`, `符合条件的同学`
    for a count of people) gives way to the noun after it; a count of people
    (名, 人, 位) stops at the last word naming people (`党员组织关系` -> 党员).
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    people = unit in cue_sets["person_units"]
    de = next((i for i, (w, _) in enumerate(words[:6]) if w == "的"), 0)
    if de:
        # 15名特殊的客人, 12名表现突出的志愿者, 21名符合条件的同学: a modifier ending in a
        # predicate, or one naming no people before a noun that does, gives way to that noun
        rest = _phrase_after(lex, words[de + 1:], unit)
        ends = words[de - 1][1]
        # 12家存在问题的企业: a clause opening with a verb of having or concerning modifies the noun
        # after 的, whatever it ends in
        clause = de > 1 and words[0][0] in cue_sets["clause_verbs"]
        modifies = clause or ends.startswith(_MODIFIER_TAGS) and (ends in _WHOLE_TAGS or not ends.startswith(_WHOLE_TAGS))
        # (a count of people: the noun after 的 names them and the words before do not; a count of households
        # may go either way: 6户行动不便的困难群众, 12户存在隐患的农房)
        names_them = not any(_names_people(lex, w) for w, _ in words[:de]) and bool(rest) and _names_people(lex, rest[-1][0])
        if rest and (names_them if people else modifies or unit in cue_sets["household_units"] and names_them):
            return rest
    event = _named_event(lex, words) if unit in cue_sets["event_units"] else None
    if event:
        return [(event, "n")]
    phrase: list[tuple[str, str]] = []
    if len(words) > 1 and words[0][1].startswith(_VERB) and len(words[0][0]) == 2 and words[1][1].startswith("n") \
            and len(words[1][0]) > 1 and words[1][0][-1] in cue_sets["group_heads"] and not people:
        return [(words[0][0] + words[1][0], "n")]  # 5个走访服务组: a team is named by the task it does
    verbal_nouns = cues["verbal_nouns"]
    words = [(w, "n") if w in verbal_nouns else (w, t) for w, t in words]  # 3点具体要求: the slot asks for a noun
    for i, (word, tag) in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if phrase and tag == "p" and _partner_then_verb(lex, words, i + 1):
            break  # 3个机关党组织与社区党组织结成对子: 与 names the partner of the act, not a kind counted
        if phrase and word in cue_sets["coordinators"] and nxt and _is_nouny(lex, *nxt) and phrase[-1][1] != "v" \
                and unit not in cue_sets["sum_units"]:
            phrase.append((word, "c"))  # 机关、企业党员, 领导和干部: kinds counted together
            continue
        if people and not phrase and tag.startswith(_VERB) and _names_people(lex, word):
            phrase.append((word, "n"))  # 3名选手: a count of people opens with the word naming them, whatever its tag
            continue
        if not phrase and tag == "i" and nxt and (_is_nouny(lex, *nxt) or _is_glue(*nxt)):
            phrase.append((word, "b"))  # 68个软弱涣散村党组织: a set phrase opening the phrase is an attribute
            continue
        if not phrase and word in cue_sets["count_attributes"] and nxt and _is_nouny(lex, *nxt):
            phrase.append((word, "b"))  # 六项基本条件: right after a count, an adverb-like word is an attribute
            continue
        if not phrase and tag == "d" and len(word) == 2 and nxt and nxt[1].startswith("n") and nxt[1] != "vn":
            # 22项长期任务, 5名常年志愿者: an adverb modifies a verb; right after a count and before a noun
            # the word the dictionary tags an adverb says which of the kind
            phrase.append((word, "b"))
            continue
        if not phrase and word in cue_sets["modal_prefixes"] and nxt and (nxt[1].startswith(_VERB) or _is_nouny(lex, *nxt)):
            phrase.append((word, "b"))  # 拟帮扶村, 待整改问题: a modal before the verb that names the kind
            continue
        if phrase and unit in cue_sets["event_units"] and tag.startswith(_VERB) and all(t == "b" for _, t in phrase):
            phrase.append((word, "vn"))  # 14次日常清理: after an attribute only, the verb names the event counted
            break
        if phrase and word in cue_sets["predicates"] and phrase[-1][0] not in cue_sets["modal_prefixes"]:
            break  # 3次常委会会议研究部署: the clause's verb ends the phrase, whatever its tag
        if phrase and phrase[-1][0] in cue_sets["modal_prefixes"] and len(phrase) == 1 and tag.startswith(_VERB):
            # 8个待解决问题, 6个待整改事项: after a modal the verb says which of the kind, predicate or not
            if nxt and _is_nouny(lex, *nxt):
                phrase.append((word, "v"))
                continue
            if len(word) >= 4 and lex.tag_of(word[-2:]).startswith("n"):
                phrase.append((word, "n"))  # the verb and the noun read as one word (解决问题)
                break
        if tag.startswith(_VERB) and len(word) == 2 and nxt and len(nxt[0]) == 1 \
                and (nxt[0] in cue_sets["one_char_heads"] or nxt[1] in _HEAD_TAGS) \
                and (i + 2 >= len(words) or not _is_nouny(lex, *words[i + 2]) or words[i + 2][0] in cue_sets["predicates"]):
            phrase.append((word + nxt[0], "n"))  # 四个走访村, 文明实践站: a verb and a one-character head
            break
        if phrase and word in cue_sets["thresholds"] and nxt and _is_nouny(lex, *nxt) and phrase[-1][1] != "c":
            phrase[-1] = (phrase[-1][0] + word, "b")  # 7个副处级以上单位, 120家规模以上企业: a band of the kind
            continue
        if _is_glue(word, tag) and nxt and _glued_to_noun(lex, words, i + 1):
            if phrase:
                phrase[-1] = (phrase[-1][0] + word, phrase[-1][1])  # 县直部门: a one-character attribute
                continue
            if tag.startswith(("a", "b")):
                phrase.append((word, "b"))  # 新时代: a one-character attribute opening the phrase
                continue
        if phrase and word in cue_sets["one_char_heads"] and phrase[-1][1] != "c" \
                and not (nxt and len(nxt[0]) == 1 and _CJK.match(nxt[0])):
            phrase[-1] = (phrase[-1][0] + word, "n")  # 便民服务点: a one-character head ends the word before it
            continue
        if _is_nouny(lex, word, tag) and not (tag == "vn" and phrase and nxt and not _is_nouny(lex, *nxt)):
            phrase.append((word, tag))
            continue
        if tag == "q" and len(word) > 1 and nxt and _is_nouny(lex, *nxt):
            phrase.append((word, "n"))  # 七个系列活动: a measure word standing in a compound
            continue
        if not phrase and tag.startswith(_VERB) and not _is_predicate(lex, word, tag) and (nxt is None or nxt[1] == "x") \
                and unit not in cue_sets["sum_units"]:  # (16万元到位: what befell a sum names nothing it measures)
            phrase.append((word, tag))  # 八次修改: the event itself
            break
        if not phrase and unit in cue_sets["event_units"] and tag == "v" and not _is_predicate(lex, word, tag) and nxt \
                and nxt[1].startswith(_VERB) and len(nxt[0]) == 2 and not _is_predicate(lex, *nxt):
            phrase.append((word, "b"))  # 3场集中宣讲: a verb saying how the event is held
            continue
        if phrase and unit in cue_sets["event_units"] and tag.startswith(_VERB) and not _is_predicate(lex, word, tag) \
                and (nxt is None or nxt[1] == "x"):
            phrase.append((word, "vn"))  # 两轮专项巡察: a count of events ends in the verb that names the event
            break
        if people and phrase and tag.startswith(_VERB) and _names_people(lex, phrase[-1][0]):
            break  # 12名老干部担任监督员: once the phrase names the people, a verb is what they do
        if phrase and tag == "v" and (len(phrase[-1][0]) > 1 and phrase[-1][0].endswith(tuple(cues["group_heads"]))
                                      or phrase[-1][0].endswith(tuple(cues["body_endings"])) and not (
                                          nxt and nxt[0].endswith((*cues["body_endings"], *cues["one_char_heads"])))):
            # 5个督导组分赴各乡镇, 28个部门认领实事项目: once the phrase names a team or a body, a verb is its act
            # (3个村示范基地: but a verb before a place or a post is its attribute)
            break
        if tag.startswith(_VERB) and not _is_predicate(lex, word, tag) and nxt \
                and (_is_nouny(lex, *nxt) or _verb_and_head(lex, words, i + 1)) \
                and (len(word) == 2 and sum(len(w) for w, _ in phrase if not _is_quote(w)) <= 5
                     or len(word) == 4 and all(_is_quote(w) for w, _ in phrase)):
            phrase.append((word, tag))  # 实践基地, 建档立卡贫困村: a verb as attribute, early in the phrase
            continue
        break
    while len(phrase) > 1 and phrase[-1][1].startswith("a"):
        phrase.pop()
    while len(phrase) > 1 and phrase[-1][1] == "v":
        phrase.pop()
    if unit not in (*cues["event_units"], *cues["item_units"]) and phrase and phrase[-1][1] == "vn" \
            and phrase[-1][0] not in cue_sets["event_nouns"]:  # (12个专题活动: an event is a thing counted)
        # 4个重大课题调研, 3个特困片区扶贫攻坚: a count of things names the things, not the activity on them
        acts = len(phrase)
        while acts > 1 and phrase[acts - 1][1] in ("v", "vn"):
            acts -= 1
        if acts < len(phrase) and phrase[acts - 1][1] != "vn" and _is_nouny(lex, *phrase[acts - 1]):
            phrase = phrase[:acts]
    while phrase and phrase[-1][1] == "c":
        phrase.pop()
    if unit in cue_sets["organisation_units"] and len(phrase) > 1:
        # 21家石材企业环保整改工作: a count of organisations ends at the word naming them
        body = max((k for k, (w, t) in enumerate(phrase) if t.startswith("n") and w.endswith(tuple(cues["body_endings"]))),
                   default=len(phrase) - 1)
        phrase = phrase[:body + 1]
    if not people and unit in cue_sets["thing_units"] and len(phrase) > 1 and _names_people(lex, phrase[-1][0]):
        # 3个试点单位相关人员: a count of things names the things; the people after them are theirs
        # (a quoted term before the people is their attribute, not a thing: 15个村社“两委”干部)
        last_thing = max((k for k, (w, t) in enumerate(phrase)
                          if not _names_people(lex, w) and t.startswith("n") and not _is_quote(w)), default=None)
        # but a role named by its field is one word for people (300个河道保洁员): the thing must be a body
        if last_thing is not None and phrase[last_thing][0].endswith(tuple(cues["body_endings"])):
            phrase = phrase[:last_thing + 1]
    elif not people and unit in cue_sets["thing_units"] and len(phrase) > 1 and _holds_event(lex, phrase[-1][0]) \
            and any(t.startswith("n") and w.endswith(tuple(cues["body_endings"])) for w, t in phrase[:-1]):
        # 7个副处级以上单位民主生活会: a count of things before bodies and a meeting of theirs counts the bodies
        # (a count of meetings is in times or sittings: 场, 次)
        body = max(k for k, (w, t) in enumerate(phrase[:-1]) if t.startswith("n") and w.endswith(tuple(cues["body_endings"])))
        phrase = phrase[:body + 1]
    elif not people and unit in cue_sets["thing_units"] and len(phrase) > 2:
        # 三个村群众生产生活条件: the people of the bodies counted, and what is theirs, are theirs too
        first = next((k for k in range(1, len(phrase)) if _names_people(lex, phrase[k][0])), None)
        if first is not None and phrase[first - 1][0].endswith(tuple(cues["body_endings"])):
            phrase = phrase[:first]
    # a count of households that names them (1800户贫困户危改项目) is cut there as a count of people is;
    # one that names no people counts what it names (5户企业)
    if (people or unit in cue_sets["household_units"]) and len(phrase) > 1 and not _names_people(lex, phrase[-1][0]):
        first = next((k for k, (w, _) in enumerate(phrase) if _names_people(lex, w)), None)
        if first is not None:
            while first + 1 < len(phrase) and _names_people(lex, phrase[first + 1][0]):
                first += 1  # 村民代表, 党员干部: people all through
            phrase = phrase[:first + 1]  # 2973名党员组织关系, 70多名村民传达会议精神
    return phrase


def _before(text: str, lex: Lexicon, unit: str = "", nouns_only: bool = False, listed: int = 0) -> str | None:
    """Return the object written before a figure, past linking words (`满意率达到`, `问题的有`).

    Reports often name the counted thing first: `召开“小板凳会议”162次`,
    `反映环境问题的14条`, `易返贫风险消除户3户`, `受训3710人次` (the event);
    kinds listed with `、` are counted together (`低保对象、特困人员120户`).
    ``nouns_only`` reads a noun phrase and nothing else (no event, no sanction);
    ``listed`` says how many kinds listed after ``text`` are counted with it.
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    written = _PARENTHETICAL.sub("", text).rstrip()
    text = _without_links(written, lex)
    if text != written:
        text = _at_word_edge(lex, written, len(text))
    band = _band(lex, text) if unit in cue_sets["person_units"] else None
    if band:
        return band  # 35岁以下287人, 初中及以下学历584人: a band of the roll names the part counted
    if unit in cue_sets["animal_units"]:
        animal = _raised(lex, text)
        if animal:
            return animal  # 林下养鸡10000只: the animal the verb of raising holds
    counted = _act_counted(lex, text, written[len(text):])
    if counted:
        return counted
    open_list = "等" in written[len(text):]  # 书记、委员等300人: the last kind names them
    if open_list and unit in cue_sets["person_units"]:
        kind = _kind_of_named(lex, text, unit)
        if kind:
            return kind
    # 参加群众满意度测评调查的共71人: the counted noun left out after 的, the whole phrase inside names it
    headless = written[len(text):].lstrip().startswith("的") and not nouns_only
    if text.strip(" 、") in cue_sets["joins"]:
        return None  # 58户计193人: the word only joins two counts
    titles = _TRAILING_TITLES.search(text)
    if titles and titles.start() > 0:
        lead = [(w, t) for w, t in _tokens(text[:titles.start()], lex) if w.strip()]
        named = _before(text[:titles.start()], lex, unit, nouns_only=True) if lead and lead[-1][1].startswith("n") else None
        if named and text[:titles.start()].endswith(named):
            return named  # 宣传资料《甲》、《乙》共200份: the noun before the titles names what they are
    quoted = _TRAILING_QUOTES.search(text) or _TRAILING_TITLE.search(text)
    if quoted:
        return quoted.group(0)
    unclosed = _UNCLOSED_QUOTE.search(text)
    if unclosed:
        return unclosed.group(1)
    acts = _listed_acts(lex, text) if unit in cue_sets["event_units"] else None
    if acts:
        return acts  # 送政策、送培训、送服务389次: each time one of the acts listed
    words = _tokens(text, lex)
    if not words:
        return None
    sanction = _sanction(lex, words) if unit in cue_sets["person_units"] and not nouns_only else None
    if sanction:
        return sanction  # 诫勉谈话2人, 组织处理1人: a count of people by the measure taken
    if unit in cues["money_units"] and words[-1][0] in cues["money_words"] and len(words) > 1 \
            and any(t == "c" or w in cues["coordinators"] for w, t in words):
        return words[-1][0]  # 县、镇两级投入20万元: a money word is itself measured, never joined to its spenders
    if unit in cue_sets["share_units"] and len(words) > 1 and words[-1][1].startswith(_VERB) and len(words[-1][0]) == 2 \
            and _names_rate(lex, words[-2][0]):
        words = words[:-1]  # 群众满意度测评达到95%: the share is the rate's, not the survey's that found it
    rate = _names_rate(lex, words[-1][0])
    words = _without_work_after(lex, words, unit)
    phrase: list[tuple[str, str]] = []
    if len(words) > 1 and words[-1][1].startswith(_VERB) and len(words[-1][0]) == 2 and _is_nouny(lex, *words[-2]) \
            and words[-2][0] not in cue_sets["modifiers"] and not words[-2][1].startswith("a") \
            and not written[len(text):].lstrip().startswith("了") \
            and unit not in (*cues["person_units"], *cues["household_units"]):
        # 检察机关起诉55人, 入户走访98户: a count of people or households is of those the act is done to;
        # a verb with 了 after a noun is what its subject did (妇联组建了8支…), never a name of the thing
        doers = _names_people(lex, words[-2][0]) and words[-1][0] not in cue_sets["event_nouns"] \
            and (len(words) == 2 or not words[-3][1].startswith(_VERB))  # (服务群众活动: the people are served)
        if unit in cue_sets["event_units"] and (_held_at(lex, words[:-1]) or doers):
            # 到社区、村委会宣讲18场: the nouns say where the event was held; 党员干部走访120次: who held it
            return words[-1][0]
        if words[-1][0] in cue_sets["predicates"] and words[-1][1] == "v" \
                and unit not in (*cues["event_units"], *cues["activity_units"]):
            words = words[:-1]  # 问卷发放1000份, 意见征集86条: the thing, then what was done with it
        else:
            words[-1] = (words[-1][0], "vn")  # 文化演出: a noun and the verb it names
    if len(words) > 1 and len(words[-1][0]) == 1 and (words[-1][1] in _HEAD_TAGS or words[-1][0] in cue_sets["one_char_heads"]) \
            and _CJK.match(words[-2][0][-1]) \
            and words[-2][0] not in cue_sets["modifiers"] and words[-2][0] != "的" and words[-2][0] not in cue_sets["links"]:
        # 宣讲队, 消除户: a one-character head makes a word with the one before, whatever its tag
        head = words.pop()
        words[-1] = (words[-1][0] + head[0], "n")
    k = len(words) - 1
    while k >= 0:
        word, tag = words[k]
        if phrase and word in cue_sets["attribute_verbs"] and k > 0 and _is_nouny(lex, *words[k - 1]):
            # 市驻县单位: the verb, its place and the body before it make one noun with the head
            phrase = [(words[k - 1][0] + word + "".join(w for w, _ in phrase), "n")]
            k -= 2
            continue
        if phrase and unit in cues["content_units"] and word.endswith(cues["content_verbs"]):
            # 群众反映问题12个: who reported and the verb of reporting, with no 的, name the kind of what is
            # counted (the dictionary may keep the two as one word)
            if word not in cues["content_verbs"]:
                reporters = word
            elif k > 0 and words[k - 1][1].startswith("n") and words[k - 1][0] not in cues["modifiers"]:
                reporters = words[k - 1][0] + word
            else:
                reporters = ""
            whole = reporters + "".join(w for w, _ in phrase)
            if reporters and len(whole) <= cues["max_chars"]:
                return whole
        if phrase and tag.startswith(_VERB) and word in cue_sets["predicates"] and not rate:
            break  # 结对村发展食用菌: the clause's verb, even as a verbal noun, opens the counted noun's clause
        if _is_nouny(lex, word, tag) or (rate and _CJK.match(word) and word != "的"
                                    and (len(word) == 1 or k == len(words) - 2)):
            phrase.insert(0, (word, tag))  # 整改率, 当场即办率: what the rate is of, whatever its part of speech
            k -= 1
            continue
        if phrase and word in cue_sets["negations"]:
            phrase[0] = (word + phrase[0][0], phrase[0][1])  # 不合格党员: a negation stays with what it denies
            k -= 1
            break
        if phrase and _is_glue(word, tag) and tag.startswith(("a", "b")) and k > 0 and _is_nouny(lex, *words[k - 1]) \
                and words[k - 1][0] not in cue_sets["modifiers"]:
            phrase[0] = (word + phrase[0][0], phrase[0][1])  # 作风纪律大检查: a one-character attribute in the compound
            k -= 1
            continue
        if phrase and _is_glue(word, tag) and tag.startswith("a") and (k == 0 or words[k - 1][0] in cue_sets["coordinators"]
                                                                      or words[k - 1][1].startswith(_VERB)):
            # 慰问困难党员和老党员: a one-character adjective opening the noun after a verb or a joining word is its own
            phrase[0] = (word + phrase[0][0], phrase[0][1])
            k -= 1
            break
        if phrase and tag.startswith(_VERB) and len(word) == 4 and word[:2] not in cue_sets["predicates"]:
            phrase.insert(0, (word, tag))  # 建档立卡贫困户 (but not 征求意见建议): a set phrase naming the kind
            break
        if phrase and tag.startswith(_VERB) and len(word) == 2 and not _is_predicate(lex, word, tag) and k > 0 \
                and word not in cue_sets["modifiers"]:  # (某村现有党员: 现有 says when, it is no part of the compound)
            # 党史学习课堂, 易地扶贫搬迁: a verb inside a compound, between nouns
            j = k - 1
            if words[j][1] == "v" and len(words[j][0]) == 2 and not _is_predicate(lex, *words[j]) and j > 0:
                j -= 1
            # but people before a verb and the act it names are the act's doers (党员干部带头捐款)
            doers = phrase[-1][1] == "vn" and _names_people(lex, words[j][0])
            if _is_nouny(lex, *words[j]) and words[j][0] not in cue_sets["modifiers"] and not words[j][1].startswith("s") \
                    and not doers:
                phrase[0:0] = words[j:k + 1]
                k = j - 1
                continue
        break
    opener = len(words) - len(phrase) - 1  # the word right before the phrase
    if len(phrase) > 1 and opener >= 0 and _is_predicate(lex, *words[opener]) and not rate \
            and (unit in cue_sets["person_units"] or unit in cue_sets["event_units"] and unit in cue_sets["self_naming_units"]) \
            and _names_people(lex, phrase[-1][0]) and any(t in ("v", "vn") for _, t in phrase[:-1]):
        # 参加义务劳动党员2600多人次: a clause opened by its verb (参加, 受) says which people; the count is of them
        acts = max(j for j, (_, t) in enumerate(phrase) if t in ("v", "vn"))
        phrase = phrase[acts + 1:]
    if phrase and k >= 0 and words[k][1].startswith(_VERB) and not rate \
            and unit in (*cues["event_units"], *cues["case_units"]) \
            and sum(len(w) for w, _ in phrase) <= cues["max_generic_head"] and not _names_people(lex, phrase[-1][0]):
        named = _named_by_acts(lex, words, k, phrase, unit in cue_sets["self_naming_units"])
        if named:
            return named
    if k >= 0 and words[k][1].startswith("p") and len(phrase) > 1 and not rate:
        phrase = phrase[-1:]  # 对镇领导班子成员建议: the preposition's object only modifies the head
    if rate:
        # 整改率, 群众满意率: the rate and the word or two that say what it is of; a rate among
        # people opens with them (教育活动群众满意率 -> 群众满意率)
        phrase = phrase[-3:]
        if not phrase:
            return None  # a rate after words no noun stands among (完成进度55.5%): it names nothing counted
        if len(phrase[-1][0]) > 3 and _names_people(lex, phrase[-1][0][:2]):
            phrase = phrase[-1:]
        people_at = next((k for k, (w, _) in enumerate(phrase[:-1]) if _names_people(lex, w)), 0)
        return "".join(w for w, _ in phrase[people_at:]) or None
    while (len(phrase) > 1 and phrase[0][1] in ("vn", "v", "a", "ad") and len(phrase[0][0]) <= 2
           and _is_nouny(lex, *phrase[1]) and phrase[1][1] != "vn" and sum(len(w) for w, _ in phrase[1:]) >= 3):
        phrase = phrase[1:]  # 培训党员干部2.3万人次: the training's count is of cadres
    if phrase:
        whole = "".join(w for w, _ in phrase)
        if headless and len(phrase) > 2 and len(whole) <= cues["max_chars"] and words[0][0] not in cue_sets["modifiers"]:
            return whole
        return _trim(lex, phrase) if open_list else _listed_before(words, phrase, lex, unit, nouns_only, listed)
    if nouns_only:
        return None
    if unit in cue_sets["person_units"]:
        doers = _people_before_acts(lex, words)
        if doers:
            return doers  # 帮助贫困人口转移就业404人: the people named before what they did are counted
    verdict = next((v for v in ("".join(w for w, _ in words[-2:]), words[-1][0]) if v in cue_sets["verdicts"]), None)
    if verdict:
        return verdict  # 非常满意的14件, 基本满意的2件: a survey's answers count the cases so judged
    last, tag = words[-1]
    if tag.startswith(_VERB) and len(last) >= 2 and unit in (*cues["event_units"], *cues["activity_units"]) \
            and not _is_predicate(lex, last, tag):
        return last  # 受训3710人次, 解决诉求123次: the count is of the event; 学习5个学时: the time of the act
    if tag.startswith(_VERB) and len(last) == 2 and unit in cue_sets["event_units"] \
            and unit not in cue_sets["self_naming_units"] and last not in cue_sets["event_holders"]:
        # 累计走访120次, 走访慰问86次: a verb that heads clauses still names the event a count of times counts,
        # with the verb written right before it (a verb that holds events, 开展, names none)
        if len(words) > 1 and words[-2][1].startswith(_VERB) and len(words[-2][0]) == 2 \
                and words[-2][0] not in cue_sets["event_holders"] and words[-2][0] not in cue_sets["modifiers"]:
            return words[-2][0] + last
        return last
    if unit in cues["money_units"] and tag.startswith(_VERB) and len(last) == 2 and last[-1] in cues["money_morphemes"]:
        return last  # 捐资500元, 筹款3万元: a verb whose object is money names the sum it moved
    # 征求意见4200多人次: the verb phrase ends in the counted noun
    if tag.startswith(_VERB) and len(last) >= 4 and _tokens(last[-2:], lex)[0][1].startswith("n"):
        return last[-2:]
    if unit in cue_sets["event_units"]:
        return _event_held(lex, text)
    return None


def _act(lex: Lexicon, text: str) -> bool:
    """Return True for a short act written as a one-character verb and its object (送政策, 进社区, 解民忧)."""
    words = [(w, t) for w, t in _tokens(text, lex) if w.strip()]
    return len(words) >= 2 and len(words[0][0]) == 1 and words[0][1].startswith(_VERB) \
        and all(_CJK.match(w) and (_is_nouny(lex, w, t) or len(w) == 1) for w, t in words[1:]) \
        and 2 <= len(text) <= 4


def _listed_acts(lex: Lexicon, text: str) -> str | None:
    """Return the acts listed with 、 that end ``text`` (`送政策、送培训、送服务`), when there are two or more.

    Reports count visits or services by the acts done on each (`送政策、送培训、送服务389次`,
    `进企业、进社区、进学校宣讲`): each act is a one-character verb and its object, and a
    count of events after the list counts them all.
    """
    items = text.split("、")
    if len(items) < 2 or not all(_act(lex, x) for x in items[1:]):
        return None
    first = next((items[0][-n:] for n in (4, 3) if len(items[0]) >= n and _act(lex, items[0][-n:])), None)
    if first is None or len(items) > lex.figure_rules.objects["max_listed_kinds"] + 1:
        return None
    return "、".join([first, *items[1:]])


def _at_word_edge(lex: Lexicon, written: str, cut: int) -> str:
    """Return ``written[:cut]``, or less when the cut falls inside a verb (`实到` is no 实 and a link 到).

    Linking words are stripped by their characters; where the last of the words
    left and the first stripped make one verb, the verb goes with the links: it
    names an act, not the thing counted. After a joining word nothing is stripped:
    what looks like a link is the last kind listed (`问题与不足`).
    """
    if written[:cut].endswith(tuple(lex.figure_rules.objects["coordinators"])) \
            and lex.words(written[max(0, cut - 4):cut])[-1] in lex.figure_rules.objects["coordinators"]:
        return written  # 问题与不足230条: after a joining word the "link" is a kind listed, not a link (参与 joins nothing)
    lo = max(0, cut - 3)
    pos = lo
    for word in lex.words(written[lo:]):
        start, pos = pos, pos + len(word)
        if start < cut < pos:
            return written[:start] if lex.tag_of(word).startswith(_VERB) else written[:cut]
        if pos > cut:
            break
    return written[:cut]


def _without_work_after(lex: Lexicon, words: list[tuple[str, str]], unit: str) -> list[tuple[str, str]]:
    """Return ``words`` without the act done on a thing, written after it, before its size or its households.

    `香米水稻种植250亩`, `道路硬化3公里`: a size measures the thing, not the work on
    it; `危房改造2户`: a count of households whose thing was worked on counts by
    the thing (but people before an act are its doers: `党员帮扶12户`).
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    sizes = unit in lex.figure_rules.size_units
    if not (sizes or unit in cue_sets["household_units"]):
        return words
    last, tag = words[-1]
    work = next((w for w in cues["work_nouns"] if last.endswith(w) and len(last) - len(w) >= 2), None)
    if work and tag.startswith("n"):
        words = [*words[:-1], (last[:-len(work)], "n")]  # 危房改造: one word of the thing and the work on it
    k = len(words)
    while k > 1 and (words[k - 1][0] in cue_sets["work_nouns"] or words[k - 1][1] in ("v", "vn") and len(words[k - 1][0]) == 2
                     and not _is_predicate(lex, *words[k - 1])):
        k -= 1
    if k == len(words) or not words[k - 1][1].startswith(("n", "j")) or words[k - 1][0] in cue_sets["modifiers"] \
            or _names_people(lex, words[k - 1][0]):
        return words
    return words[:k]


def _people_before_acts(lex: Lexicon, words: list[tuple[str, str]]) -> str | None:
    """Return the word naming people that one or two verbs, ending ``words``, follow (`贫困人口转移就业`)."""
    k = len(words)
    while k > 0 and words[k - 1][1] == "v" and len(words[k - 1][0]) == 2 and len(words) - k < 2:
        k -= 1
    if k == len(words) or k == 0:
        return None
    word = words[k - 1][0]
    return word if len(word) > 1 and _names_people(lex, word) else None


#: what every band of age or schooling holds (岁, 以上, 以下): a text without one near its end ends in no band
_BAND_MARK = re.compile(r"岁|以上|以下")


def _band(lex: Lexicon, text: str) -> str | None:
    """Return the band of age or schooling that ends ``text`` (`35岁以下`, `初中及以下学历`), with the word
    naming people after it (`60周岁以上老党员`), or None."""
    pattern = lex.figure_rules.band_pattern
    if pattern is None or not _CJK.search(text[-1:] or " ") or not _BAND_MARK.search(text, max(0, len(text) - 16)):
        return None
    m = pattern.search(text)
    if m:
        return m.group(0).removesuffix("的")
    for size in range(2, 6):  # 60周岁以上老党员: the band and the word naming the people after it
        tail = text[-size:]
        if _ONLY_HAN.fullmatch(tail) and _names_people(lex, tail):
            m = pattern.search(text[:-size])
            if m:
                return m.group(0) + tail
    return None


def _raised(lex: Lexicon, text: str) -> str | None:
    """Return the animal a verb of raising holds in one word right before a count of animals (`养鸡` -> 鸡)."""
    words = [w for w in lex.words(text[-6:]) if w.strip()]
    if not words:
        return None
    for verb in lex.figure_rules.objects["raising_verbs"]:  # longest first in the table
        if words[-1].startswith(verb) and 1 <= len(words[-1]) - len(verb) <= 2 \
                and _ONLY_HAN.fullmatch(words[-1][len(verb):]):
            return words[-1][len(verb):]
    return None


def _status_named(lex: Lexicon, pre: str, unit: str) -> str | None:
    """Return the change of status a count of households or people right after it counts them by (`脱贫393户`).

    `已脱贫170户898人`, `返贫1户5人`, `未脱贫78户`: the count is of those whose
    status changed, named by the change (the verbs are data, ``statuses``), with
    a negation or a modal before it (`未脱贫`, `拟脱贫`).
    """
    cues = lex.figure_rules.objects
    if unit not in (*cues["person_units"], *cues["household_units"]):
        return None
    text = _without_links(_PARENTHETICAL.sub("", pre).rstrip(), lex)
    status = next((s for s in cues["statuses"] if text.endswith(s)), None)
    if status is None:
        return None
    before = text[:-len(status)][-1:]
    return before + status if before and before in (*cues["negations"], *cues["modal_prefixes"]) else status


def _named_by_acts(lex: Lexicon, words: list[tuple[str, str]], k: int, phrase: list[tuple[str, str]],
                   people_count: bool = False) -> str | None:
    """Return the name of an event or a case that the verbs before its noun belong to (`开展专项打击处理行动`).

    A count of events or cases whose noun is a short, generic head (行动, 案件,
    座谈会) names them by what is done in them (`组织容留卖淫案件`,
    `征求意见座谈会`): the verbs before the noun are part of the name, back to the
    clause's own verb, the predicate that no other verb stands right before.
    People before a verb are its doers, no part of the name; a count of
    person-times (``people_count``) counts them (`领导干部深入基层调研2300人次`).
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    j = k
    while j >= 0:
        word, tag = words[j]
        if tag.startswith(_VERB) and _is_predicate(lex, word, tag) and (j == 0 or not words[j - 1][1].startswith(_VERB)):
            break
        if j < k and len(word) > 1 and _names_people(lex, word) and words[j + 1][1].startswith(_VERB):
            if people_count:
                return word
            break
        if not (tag.startswith(_VERB) or _is_nouny(lex, word, tag)) or word in cue_sets["modifiers"]:
            break
        j -= 1
    name = "".join(w for w, _ in words[j + 1:k + 1]) + "".join(w for w, _ in phrase)
    if j + 1 > k or len(name) > cues["max_chars"]:
        return None
    return name


def _event_held(lex: Lexicon, text: str) -> str | None:
    """Return what a verb that holds events names right before a count of them (`召开户院会90场`).

    After 召开, 举办 and their kin, the words up to the count name the event,
    however the dictionary cuts them (a local name it does not know).
    """
    cues = lex.figure_rules.objects
    for verb in cues["event_holders"]:
        at = text.rfind(verb)
        name = text[at + len(verb):] if at >= 0 else ""
        if cues["min_event_name"] <= len(name) <= cues["max_event_name"] and _ONLY_HAN.fullmatch(name):
            return name
    return None


def _is_personal_name(lex: Lexicon, word: str) -> bool:
    """Return True for a short word that may be a person's name: no dictionary word, or one tagged a name."""
    return 2 <= len(word) <= 3 and bool(_ONLY_HAN.fullmatch(word)) and not _names_people(lex, word) \
        and (lex.frequency(word) == 0 or lex.tag_of(word).startswith("nr"))


def _kind_of_named(lex: Lexicon, text: str, unit: str) -> str | None:
    """Return the kind of people named one by one before `等` and their count (`镇村干部张某、李某等3人`).

    The names say who; the word before the first name says what they are.
    """
    items = text.split("、")
    if len(items) < 2 or not all(_is_personal_name(lex, x) for x in items[1:]):
        return None
    first = items[0]
    for size in (3, 2):
        kind, name = first[:-size], first[-size:]
        if kind and _is_personal_name(lex, name) and _names_people(lex, kind):
            return _before(kind, lex, unit, nouns_only=True)
    return None


def _act_counted(lex: Lexicon, text: str, links: str) -> str | None:
    """Return the act and the count's name when a count is named by who or what took part (`征求意见人数达612人`).

    A word naming a count (人数, 户数) after a verb names the people or cases
    of that act; the act and the word together name what is counted.
    """
    name = next((w for w in lex.figure_rules.objects["count_names"] if links.startswith(w)), None)
    if name is None:
        return None
    words = [(w, t) for w, t in _tokens(text, lex) if w.strip()]
    if not words or not words[-1][1].startswith(_VERB) or len(words[-1][0]) < 2:
        return None
    if len(words) > 1 and len(words[-2][0]) > 1 and _names_people(lex, words[-2][0]):
        return words[-2][0]  # 志愿者参加人数420人: the people named before the act are counted
    return words[-1][0] + name


def _held_at(lex: Lexicon, words: list[tuple[str, str]]) -> bool:
    """Return True when ``words`` end in places after a word saying where (`到镇、街道`, `深入村组`)."""
    for word, tag in reversed(words):
        if word in lex.figure_rules.objects["place_markers"]:
            return True
        if not (_is_nouny(lex, word, tag) or word == "、" or tag.startswith("ns")):
            return False
    return False


def _listed_before(words: list[tuple[str, str]], phrase: list[tuple[str, str]], lex: Lexicon,
                   unit: str, second: bool = False, listed: int = 0) -> str | None:
    """Return the phrase, with the kinds listed before it with `、` (`议事机构、领导小组120个`).

    Up to ``max_listed_kinds`` kinds in a closed list are counted together
    (`座谈会、恳谈会、协调会22次`); in a longer list the last names the count, as it
    does in an open one (`…、书记等300人`). A set phrase standing alone as the
    first kind, right after the verb, is one too, whatever its tag (`发放扫黑除恶、法治宣传资料`).
    ``second`` says that ``phrase`` is itself a kind before another, ``listed``
    how many come after it: None when the list runs longer than the kinds kept.
    """
    cues = lex.figure_rules.objects
    own = _trim(lex, phrase)
    text = "".join(w for w, _ in words)
    rest = text[:len(text) - len("".join(w for w, _ in phrase))]
    joint = next((c for c in cues["coordinators"] if rest.endswith(c)), None)
    if joint and lex.words(rest[-4:])[-1] != joint:
        joint = None  # 惠及农户: the joining word ends a longer word, it joins nothing
    if second:
        if joint is None or own != "".join(w for w, _ in phrase):
            return own  # 事业单位全体党员: what the joint stands before was trimmed away, it joins no kind of this list
        if own is None or listed + 1 >= cues["max_listed_kinds"]:
            return None
        prior = _before(rest[:-len(joint)], lex, unit, nouns_only=True, listed=listed + 1)
        return f"{prior}{joint}{own}" if prior else None
    if own is None or joint is None or phrase[-1][1] == "v":
        return own  # 到镇、街道、村委会宣讲: places an event was held in are no kinds
    prior = _before(rest[:-len(joint)], lex, unit, nouns_only=True, listed=1)
    if prior:
        return f"{prior}{joint}{own}"
    topic = _set_phrase_kind(lex, rest[:-len(joint)])
    return f"{topic}{joint}{''.join(w for w, _ in phrase)}" if topic else own


def _set_phrase_kind(lex: Lexicon, text: str) -> str | None:
    """Return the set phrase that ends ``text`` right after a verb (`发放扫黑除恶`), standing as a kind of its own.

    A four-character set phrase names a kind (of campaign, of material) whatever
    its tag, when it is the verb's object: it is no predicate and no modifier.
    """
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    words = [(w, t) for w, t in _tokens(text, lex) if w.strip()]
    if not words:
        return None
    word, _ = words[-1]
    if len(word) != 4 or not _ONLY_HAN.fullmatch(word) or word in cue_sets["predicates"] or word in cue_sets["modifiers"]:
        return None
    if len(words) > 1 and not (words[-2][0] in cue_sets["predicates"] or words[-2][0] in cue_sets["event_holders"]):
        return None
    return word


def _sanction(lex: Lexicon, words: list[tuple[str, str]]) -> str | None:
    """Return the disciplinary measure the verbs at the end of ``words`` name (`批评帮助`), or None.

    Discipline reports count people by what was done to them (`诫勉0人`,
    `给予党纪处分3人`); the verbs name the measure when one of them is a sanction.
    """
    run: list[str] = []
    for word, tag in reversed(words[-2:]):
        if not tag.startswith(_VERB):
            break
        run.insert(0, word)
    sanctions = tuple(lex.figure_rules.objects["sanctions"])
    if (len(run) == 2 or run and words[-1][1] == "v") and any(w.endswith(sanctions) for w in run):
        if len(run) == 1 and len(words) > 1 and _names_kind_of(lex, *words[-2]):
            return words[-2][0] + run[0]  # 党政纪处理24人: a short noun before the verb says which measure
        return "".join(run)
    if len(words) > 1 and words[-2][0] in lex.figure_rules.objects["transfers"] and words[-1][1].startswith("n") \
            and not _names_people(lex, words[-1][0]):
        return words[-2][0] + words[-1][0]  # 移送司法机关3人: the people handed over, by where they went
    return None


def _names_kind_of(lex: Lexicon, word: str, tag: str) -> bool:
    """Return True for a short noun that says which kind of act follows it (党纪, 政务), not who does it."""
    return 2 <= len(word) <= 3 and tag.startswith(("n", "j")) and not tag.startswith(("nr", "ns", "nt")) \
        and not _names_people(lex, word) and word not in lex.figure_rules.objects["modifiers"]


def names_a_document(text: str, lex: Lexicon) -> bool:
    """Return True when ``text`` (what follows a span of time) opens with the name of a plan or table.

    `三年行动计划`, `五年规划`, `三年目标任务表` name documents; `为期三年的行动计划`
    and `两年时间完成规划` do not: the phrase must run straight into the document word.
    """
    documents = tuple(lex.figure_rules.objects["document_words"])
    for word, tag in _tokens(text, lex)[:6]:
        if word.endswith(documents):
            return True
        if not (_is_nouny(lex, word, tag) or tag.startswith("b")):
            return False
    return False


def inside_word(sentence: str, core: tuple[int, int], lex: Lexicon) -> bool:
    """Return True when the number-and-unit ``core`` is part of a longer word (七台河市, 三天两头, 三部门).

    Only asked for Chinese numerals: those are the ones place names, idioms and
    set phrases are made of.
    """
    start, end = core
    lo, hi = max(0, start - 4), min(len(sentence), end + 4)
    pos = lo
    for word in lex.words(sentence[lo:hi]):
        w_start, pos = pos, pos + len(word)
        if w_start < end < pos or w_start < start < pos:
            return True  # a word runs across the unit's end or into the number
    return False


def _past_object(pre: str, before: str | None) -> str:
    """Return the clause before a figure without the object of the figure before, written at its start.

    `收集的26个问题已整改落实到位22条`: 问题 is the first figure's; what is left
    before the second names nothing of its own.
    """
    if before:
        at = pre.find(before)
        if 0 <= at <= 2:
            return pre[at + len(before):]
    return pre


def _names_nothing(text: str, lex: Lexicon) -> bool:
    """Return whether a clause before a figure holds verbs and adverbs but no noun (已整改落实到位22条)."""
    tokens = [(w, t) for w, t in _tokens(text, lex) if w.strip()]
    return bool(tokens) and any(t.startswith(_VERB) for _, t in tokens) and not any(
        _is_nouny(lex, w, t) and t != "vn" and not t.startswith("a") for w, t in tokens)


def _content(pre: str, lex: Lexicon, unit: str) -> str | None:
    """Return what the opinions counted are about, where the clause before a count of them says it.

    `反映积极推进安置房建设9条`, `其中反映路灯照明问题的有9条`: after a verb of
    reporting, the whole phrase up to the number names what is counted.
    """
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    if unit not in cue_sets["content_units"]:
        return None
    text = _SUBSET_START.sub("", pre.strip())
    verb = next((v for v in cues["content_verbs"] if text.startswith(v)), None)
    if verb is None:
        return None
    rest = _without_links(text[len(verb):].rstrip(), lex).rstrip("的")
    rest = _without_links(rest, lex)
    return rest if 2 <= len(rest) <= cues["max_content_chars"] and _CJK.match(rest) else None


def _share_of_base(pre: str, lex: Lexicon) -> str | None:
    """Return what a share written as a part of a base measures (`参与率达到常住人口的50%`), or None.

    After a verb of reaching or keeping, `X的` names the base the share is of;
    the share measures the thing named before the verb.
    """
    text = pre.rstrip()
    if not text.endswith("的"):
        return None
    text = text[:-1]
    at = max((text.rfind(v), -len(v)) for v in lex.figure_rules.objects["share_bases"])
    k, length = at[0], -at[1]
    if k <= 0 or not text[k + length:].strip():
        return None
    return _before(text[:k], lex, nouns_only=True)


def _party_before(pre: str, lex: Lexicon, unit: str) -> str | None:
    """Return the party whose members a count of people counts, when ``pre`` ends in its mark (`专家组一行`).

    `医疗队一行共12人来到…`: the people are the party named before 一行 (past
    a linking word such as 共); the words after the count say what they did.
    """
    cues = lex.figure_rules.objects
    text = _without_links(pre.rstrip(), lex)
    mark = next((m for m in cues["group_marks"] if text.endswith(m) and len(text) > len(m)), None)
    if mark is None:
        return None
    words = [(w, t) for w, t in _tokens(text[:-len(mark)], lex) if w.strip()]
    last = words[-1][0] if words else ""
    if len(last) > 1 and (_names_people(lex, last) or last.endswith(tuple(cues["group_heads"]))):
        return last  # 门诊部专家组, 药剂科专家: the party's own word names it, not the body it comes from
    return _before(text[:-len(mark)], lex, unit, nouns_only=True)


def _names_place(lex: Lexicon, text: str) -> bool:
    """Return True for an object that is a place's name (某某村, 城关镇), no kind of people or households."""
    if _names_people(lex, text):
        return False
    return lex.tag_of(text).startswith("ns") or text.endswith(tuple(lex.figure_rules.objects["place_endings"]))


def _changed_named(text: str, lex: Lexicon) -> str | None:
    """Return the thing a verb of change takes as its object before a share (`减少文件32%`, `降低成本15%`).

    ``text`` opens with the word of comparison. Only a verb of change takes an
    object this way; 比 and 占 name a base (`比上年`, `占党员总数的`), and 同比 a time.
    """
    verb = next((v for v in lex.figure_rules.objects["trend_verbs"] if text.startswith(v)), None)
    if verb is None:
        return None
    rest = _without_links(text[len(verb):].rstrip(), lex)
    if not rest or rest.endswith("的") or rest.startswith("了"):
        return None
    return _before(rest, lex, nouns_only=True)


def _trend_named(between: str, pre: str, lex: Lexicon) -> str | None:
    """Return what a clause saying a thing rose or fell names, when the figure's own clause names nothing.

    `群众满意度稳步提升,2022年达98%`, `人均收入逐年增长,去年达到1.2万元`: the clause
    before says what changed (a noun phrase, adverbs, a verb of change); the
    figure's clause holds only a time and a linking word, so its figure is the
    level the thing reached. ``between`` is the text from the figure before (or the
    sentence's start) to the figure's clause, which must hold that clause whole.
    """
    cues = lex.figure_rules.objects
    links = lex.figure_rules.object_sets["links"]
    rest = [(w, t) for w, t in _tokens(pre.strip(), lex) if w.strip()]
    if any(_CJK.search(w) and not t.startswith(("m", "t")) and w not in cues["modifiers"] and w not in links
           for w, t in rest):
        return None  # the figure's clause names something of its own
    clauses = [c for c in _CLAUSE_END.split(between) if c.strip()]
    if not clauses or not between.rstrip().endswith(("，", ",")):
        return None
    clause = clauses[-1].strip()
    verb = next((v for v in cues["trend_verbs"] if clause.endswith(v)), "")
    words = [(w, t) for w, t in _tokens(clause[:len(clause) - len(verb)], lex) if w.strip()]
    while words and (words[-1][1].startswith(("d", "a")) and len(words[-1][0]) <= 2
                     or len(words[-1][0]) == 1 and words[-1][1] in ("zg", "dg", "ag")):
        words.pop()  # 稳步, 不断, 逐年, 明显: how it changed; 较高: how it stands
    subject = "".join(w for w, _ in words)
    if not subject or not verb and (len(words) == len(_tokens(clause, lex)) or not _names_rate(lex, subject)):
        return None  # (群众满意度较高,去年为95%: a rate said to stand high or low needs no verb of change)
    return _before(subject, lex, nouns_only=True)


def _label_before(text: str, lex: Lexicon) -> str | None:
    """Return the noun a short label ending in a colon names (`整改问题：`), what the counts after it count."""
    text = text.rstrip()
    if not text.endswith(("：", ":")):
        return None
    label = _CLAUSE_END.split(text[:-1])[-1].strip()
    if not 2 <= len(label) <= lex.figure_rules.objects["max_label_chars"] or not _ONLY_HAN.fullmatch(label):
        return None
    words = [(w, t) for w, t in _tokens(label, lex) if w.strip()]
    if not words or not words[-1][1].startswith("n"):
        return None  # (其中: 开展入户走访: a label that is an act or a word of scope names nothing counted)
    return _before(label, lex, nouns_only=True)


def _among(text: str, lex: Lexicon) -> str | None:
    """Return what a clause ending in 中 before a share names (`全县党员中,`), the whole the share is of."""
    clause = _CLAUSE_END.split(text.rstrip(" ，,"))[-1] if text.rstrip().endswith(("，", ",")) else ""
    marks = tuple(lex.figure_rules.objects["among_marks"])
    if not clause.endswith(marks):
        return None
    return _before(clause[:-1], lex, nouns_only=True)


def _alone_in_clause(sentence: str, span: tuple[int, int, str]) -> bool:
    """Return whether a figure fills its clause: nothing but marks between it and the clause's ends."""
    start, end, _ = span
    before = _CLAUSE_END.split(sentence[:start])[-1]
    after = _CLAUSE_END.split(sentence[end:])[0]
    return not before.strip() and not after.strip()


def _respectively(sentence: str, spans: list[tuple[int, int, str]], objects: list[str | None]) -> None:
    """Give percentages written after 分别 the objects of the counts before them, in order.

    `压减会议42个、文件56件,分别下降30%和25%`: the first share is of the
    first count, the second of the second.
    """
    i = 0
    while i < len(spans):
        if spans[i][2] != "%" or i == 0 or "分别" not in sentence[spans[i - 1][1]:spans[i][0]]:
            i += 1
            continue
        j = i
        while j + 1 < len(spans) and spans[j + 1][2] == "%" and \
                sentence[spans[j][1]:spans[j + 1][0]].strip() in ("和", "、", "，", ",", "及", "与"):
            j += 1
        counts = [k for k in range(i) if spans[k][2] != "%"][-(j - i + 1):]
        if j > i and len(counts) == j - i + 1:
            for k, c in zip(range(i, j + 1), counts):
                objects[k] = objects[c]
        i = j + 1


def _listed_respectively(sentence: str, spans: list[tuple[int, int, str]], objects: list[str | None],
                         lex: Lexicon) -> None:
    """Give figures written after 分别 the kinds listed before it, in order, each with the list's head.

    `新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰`: the three kinds
    share the head written once after the last (死亡率); `党员、群众满意率分别达到98%和95%`
    the same. A list whose length is not the number of figures gives nothing.
    """
    coordinators = lex.figure_rules.objects["coordinators"]
    shares = lex.figure_rules.object_sets["share_units"]
    i = 0
    while i < len(spans):
        start = spans[i][0]
        clause = _CLAUSE_END.split(sentence[:start])[-1]
        at = clause.rfind("分别")
        j = i
        while j + 1 < len(spans) and sentence[spans[j][1]:spans[j + 1][0]].strip() in coordinators:
            j += 1
        listed = clause[:at] if at > 0 else ""
        if j == i or not all(objects[k] is None or objects[k] in listed for k in range(i, j + 1)):
            i = j + 1  # (我县、我镇分别投入50万元、20万元: the figures measure what is named after 分别)
            continue
        items = [x for x in re.split("|".join(map(re.escape, coordinators)), listed.strip()) if x]
        if len(items) == j - i + 1 and all(len(x) <= 10 for x in items):
            # a share measures a rate: the rate word written once after the last kind (死亡率, 满意率) is each kind's
            head = next((items[-1][-h:] for h in (3, 2) if len(items[-1]) > h and lex.frequency(items[-1][-h:]) > 0
                         and _names_rate(lex, items[-1][-h:])), "") if spans[i][2] in shares else ""
            named = [_before(x, lex, nouns_only=True) for x in items[:-1]]
            if all(named):
                kinds = [n if not head or n.endswith(head) else n + head for n in named]
                own = _before(items[-1], lex, nouns_only=True) or objects[j]
                for k, kind in zip(range(i, j + 1), [*kinds, own]):
                    objects[k] = kind
        i = j + 1


def _ends_in_verb(text: str, lex: Lexicon) -> bool:
    """Return whether the clause before a figure ends in a verb (its object is written after the figure)."""
    tokens = [(w, t) for w, t in _tokens(_PARENTHETICAL.sub("", text).rstrip(), lex) if w.strip()]
    return bool(tokens) and tokens[-1][1] == "v"


def _object_then_verb(pre: str, post: str, lex: Lexicon, unit: str = "") -> bool:
    """Return whether a figure stands between a verb's object and the next verb (`流转土地33.6亩建设大棚`).

    The clause before ends in a noun after its verb (verb, object, figure), and
    the text after opens with a verb: the noun before is what is counted; what
    follows is the next act, whatever noun that act takes. A verb whose object is
    money stands for that object before a sum (`集资12万元修建便民桥`).
    """
    after = [(w, t) for w, t in _tokens(post.lstrip(), lex)[:1] if w.strip()]
    if not after or after[0][1] not in ("v", "vn"):
        return False
    before = [(w, t) for w, t in _tokens(_PARENTHETICAL.sub("", pre).rstrip(), lex) if w.strip()]
    cues = lex.figure_rules.objects
    if unit in cues["money_units"] and before and len(before[-1][0]) == 2 \
            and before[-1][0][-1] in cues["money_morphemes"] and before[-1][1].startswith(_VERB):
        return True
    if len(before) < 2 or not before[-1][1].startswith("n") or before[-1][0] in lex.figure_rules.objects["modifiers"]:
        return False
    k = len(before) - 1
    while k > 1 and len(before) - k < 3 and before[k - 1][1].startswith("n") \
            and before[k - 1][0] not in lex.figure_rules.objects["modifiers"]:
        k -= 1  # 抽调精干力量30人组成督导组: the verb's object may be more than one word
    return before[k - 1][1] in ("v", "vn")


def _comparison_at(pre: str, lex: Lexicon, comparisons: tuple[str, ...]) -> int | None:
    """Return where the first word opening a comparison starts in ``pre``, or None.

    A comparison word counts only as a word of its own: inside a word (评比, 比重, 增加值) it compares nothing.
    """
    if not any(word in pre for word in comparisons):
        return None  # no comparison word written at all (most clauses): none to find among the words
    at = 0
    for word, _ in _tokens(pre, lex):
        found = pre.find(word, at)
        at = found if found >= 0 else at
        if word in comparisons:
            return at
        at += len(word)
    return None


def find_objects(sentence: str, spans: list[tuple[int, int, str]], lex: Lexicon) -> list[str | None]:
    """Return the counted object of each figure ``(start, end, unit)`` of ``sentence``, or None."""
    cues = lex.figure_rules.objects
    cue_sets = lex.figure_rules.object_sets  # the object cue lists as sets, for membership
    comparisons = cues["comparisons"]
    objects: list[str | None] = []
    ends = [0] + [e for _, e, _ in spans]
    consumed = False  # the text before this figure was the object after the one before
    shared: list[bool] = []  # per figure: the noun running into it was the figure before's own object
    bare: list[bool] = []  # the clause before the figure holds verbs but names nothing
    changing = False  # the figure before opened a change (由86项…)
    part_of: tuple[str, str] | None = None  # the whole, and the unit, that 其中 began to list parts of
    change_starts, change_ends = tuple(cues["change_starts"]), tuple(cues["change_ends"])
    open_list_marks = tuple(cues["open_list_marks"])
    mark_ends = [m.end() for m in _CLAUSE_END.finditer(sentence)]  # once a sentence, not once a figure
    for i, (start, end, unit) in enumerate(spans):
        marks_before = bisect.bisect_right(mark_ends, start)  # the clause marks ending at or before the figure
        clause_start = max(mark_ends[marks_before - 1], ends[i]) if marks_before else ends[i]
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(sentence)
        m = _CLAUSE_END.search(sentence, end, next_start)
        clause_end = m.start() if m else next_start
        pre = "" if consumed and clause_start == ends[i] else sentence[clause_start:start]
        shared.append(consumed and clause_start == ends[i])
        post = sentence[end:clause_end]
        if pre.rstrip().endswith(("(", "（")) and post.lstrip().startswith((")", "）")):
            pre = pre.rstrip()[:-1]  # 目标值(37%), 满意率（98%）: a figure alone in brackets gives the value of the noun before
        consumed = False
        obj = None
        # 由86项精简至42项: a change's start, when the clause runs on to its end in the next figure
        # (由5位班子成员挂钩…: 由 names who does the work, not where a change starts)
        # (从2008年的5460元提升至2011年的8520元: the time each end is of stands between the words and the figures)
        pre_at = _CHANGE_TIME.sub("", pre) if "年" in pre else pre  # every time word it strips ends in 年
        post_at = _CHANGE_TIME.sub("", post) if "年" in post else post
        opens_change = pre_at.rstrip().endswith(change_starts) and clause_end == next_start \
            and post_at.rstrip().endswith(change_ends)
        if opens_change:
            pre = pre_at
        cue = _comparison_at(pre, lex, comparisons)
        names_rate = _names_rate(lex, _without_links(pre.rstrip(), lex))
        if unit in cue_sets["share_units"] and cue is not None and not names_rate:
            # 比上年增长17%: the growth of what the figure before counts, unless the clause names it
            obj = _before(pre[:cue], lex) or _changed_named(pre[cue:], lex) or (objects[-1] if i > 0 else None)
        if obj is None and unit in cue_sets["share_units"] and not names_rate:
            obj = _share_of_base(pre, lex)
        if obj is None:
            obj = _content(pre, lex, unit)
        if obj is None and unit in cue_sets["person_units"]:
            obj = _party_before(pre, lex, unit)
        if obj is None and unit in cue_sets["sum_units"] and post.lstrip().startswith("的") \
                and not _ends_in_verb(_without_links(pre.rstrip(), lex), lex):  # (年发电量达2.6万千瓦时的…)
            # 集体经济收入超过10万元的村: a sum before 的 measures the thing named before it
            obj = _before(pre, lex, unit, nouns_only=True)
        if obj is None:
            runs_into_next = clause_end == next_start < len(sentence)
            if opens_change:
                after, runs_on = None, False  # 事项由86项精简至42项: the change's start, named before
            elif unit == "%" and (names_rate or not post.lstrip().startswith("的")):
                # 20%建立长效机制: what follows a share is what was done; 参训率达到98%的较高水平:
                # a percentage of a rate named before it measures that rate
                after, runs_on = None, False
            else:
                after, runs_on = _after(post, lex, next_figure=runs_into_next, unit=unit)
                if after is not None and not runs_on and _object_then_verb(pre, post, lex, unit):
                    after = None  # 流转土地33.6亩建设大棚: the verb's object before the figure, the next act after it
            examples = after is not None and pre.rstrip().endswith(open_list_marks)
            # 甲村、乙村等8个村6600名群众: names listed as examples before a count give way to the kind written after it
            # 党组织1562个党员36580名: a noun that runs into the next figure is that one's, when a noun
            # stands before this one; after a verb (审结3个涉赌团伙41人) it is this figure's own
            # (参加活动的10个村及卫生院…12个单位: a 的-clause right before the count modifies the noun after it)
            own = examples or runs_on and (_ends_in_verb(pre, lex) or pre.rstrip().endswith("的"))
            obj = _before(pre, lex, unit) if (after is None or runs_on and not own) else after
            if obj is None and runs_on:
                obj = after
            consumed = runs_on and obj is not None and obj == after
            if obj is None and (unit in cue_sets["share_units"] or unit in cue_sets["sum_units"]):
                obj = _trend_named(sentence[ends[i]:clause_start], pre, lex)
            if obj is None and i > 0 and (_SUBSET.search(pre) or unit == "%"):
                # 限期解决的有18件, 其中80%: a part of what the figure before counts (a count, not a rate),
                # the nearest one that names it (贫困户32户59人,其中…11户: 59人 takes its object later)
                obj = next((o for o, (_, _, u) in zip(reversed(objects), reversed(spans[:i]))
                            if o is not None and (u != "%" or unit == "%")), objects[-1])
                if obj is not None and _SUBSET_START.match(pre):
                    part_of = (obj, unit)
            elif obj is None and part_of and unit == part_of[1] and (not pre.strip() or _names_nothing(pre, lex)):
                # 其中2017年脱贫11户,2016年脱贫6户: the clauses after 其中 go on listing parts of the same whole
                obj = part_of[0]
            if obj is None:
                obj = _status_named(lex, pre, unit)  # 已脱贫170户898人: those whose status changed
            if obj is None and unit == "%" and not pre.strip():
                obj = _among(sentence[:clause_start], lex)  # 第一批单位中,95%已开展: a share of those named
            if obj is None and i == 0 and (not pre.strip() or _names_nothing(pre, lex)):
                obj = _label_before(sentence[:clause_start], lex)  # 整改问题:已整改到位58个: the label names them
        if i > 0 and changing and objects[-1] and pre_at.rstrip().endswith(change_ends):
            obj = objects[-1]  # 由86项精简至42项: the change's end counts what its start counted
        changing = opens_change
        objects.append(obj)
        bare.append(obj is None and i > 0 and _names_nothing(_past_object(pre, objects[-2]), lex))
    people = cues["person_units"]
    # 征订7本必学书目48套: a count of copies right after a count of kinds and their noun counts the same things
    # (审结3个涉赌团伙41人: a count of people or households is of its own)
    for i in range(1, len(spans)):
        if objects[i] is None and shared[i] and spans[i][2] not in (*people, *cues["household_units"]):
            if objects[i - 1] in cue_sets["containers"]:
                # 收到意见建议236条,归纳为8个方面186条: the count after a count of kinds counts what was sorted
                objects[i] = next((objects[k] for k in range(i - 2, -1, -1) if spans[k][2] == spans[i][2]), None)
                continue
            objects[i] = objects[i - 1]
    # 发放问卷5000份，回收4800份: a figure without an object in the same unit as the one before counts the same;
    # so does a count after sums and shares of what it counted (问题50项,资金251万元,已整改40项)
    measured = (*cues["sum_units"], *cues["share_units"])
    for i in range(1, len(spans)):
        if objects[i] is None:
            j = i - 1
            while j > 0 and spans[j][2] != spans[i][2] and spans[j][2] in measured and spans[i][2] not in measured:
                j -= 1
            if spans[j][2] == spans[i][2]:
                objects[i] = objects[j]
    # a figure without its own object shares the next one's: 四大类、17个方面的问题; so does a size
    # before the next size of the same thing (长3.8公里、宽6米的村级公路)
    dimensions = lex.figure_rules.dimension_words
    for i in range(len(spans) - 2, -1, -1):
        if objects[i] is None:
            gap = sentence[spans[i][1]:spans[i + 1][0]].strip()
            if spans[i][2] in cue_sets["sum_units"] and spans[i + 1][2] in cue_sets["sum_units"]:
                gap = dimensions.strip(gap).rstrip()
            if gap in ("", "、", "和", "及", "或"):
                objects[i] = objects[i + 1]
    # 脱贫人口74户295人, 贫困户767户、计2183人: a figure written right after another counts the same thing
    # (a count of people after a count of events counts the people: 现场教学5批次150人)
    for i in range(1, len(spans)):
        gap = sentence[spans[i - 1][1]:spans[i][0]].strip(" 、")
        if spans[i][2] in cues["extent_units"] and gap.strip(",，") in dimensions.words and objects[i - 1]:
            objects[i] = objects[i - 1]  # 公路12条、里程46公里: a dimension alone between names the size of what was counted
            continue
        if spans[i][2] in cue_sets["sum_units"] and spans[i - 1][2] in cue_sets["sum_units"] and gap in dimensions.words:
            gap = ""  # 长1.2公里、宽3.5米: the next size of the same thing
        if spans[i][2] in people and spans[i - 1][2] in (*cues["event_units"], *cues["case_units"]):
            continue  # (查破案件1651起3549人: the people of the cases are people)
        if objects[i] is None and (not gap or gap in cue_sets["joins"]):
            objects[i] = objects[i - 1]
    # 收集问题26个,已整改落实到位22条: a clause that names nothing counts what the figure before counted
    # (a count of people never counts what a count of things did: 提起公诉10个团伙,起诉180人; nor does a
    # unit that names what it counts take another unit's object: 抽调队员706人,共发放3956户)
    selves = cues["self_naming_units"]
    for i in range(1, len(spans)):
        unit, before = spans[i][2], spans[i - 1][2]
        if before in cue_sets["event_units"] and unit not in cue_sets["event_units"]:
            continue  # 谈话600人次,……整理出200余条: what an event's count named is no thing counted
        if before in cue_sets["share_units"] and unit not in cue_sets["share_units"]:
            continue  # 满意度达98%,提前3年实现: what a share measured is no thing counted
        if objects[i] is None and bare[i] and (unit not in people or before in people) \
                and (unit not in selves or unit == before):
            objects[i] = objects[i - 1]
    # 整治囤水田2处,120亩: a size standing alone in its clause right after a count is the size of what it counted
    sizes = lex.figure_rules.size_units
    for i in range(1, len(spans)):
        if objects[i] is None and spans[i][2] in sizes and spans[i - 1][2] not in sizes \
                and not _CJK.search(sentence[spans[i - 1][1]:spans[i][0]]) and _alone_in_clause(sentence, spans[i]):
            objects[i] = objects[i - 1]
    _respectively(sentence, spans, objects)
    if "分别" in sentence:
        _listed_respectively(sentence, spans, objects, lex)
    for i, (_, _, unit) in enumerate(spans):
        if unit in cue_sets["self_naming_units"] and unit in (*people, *cues["household_units"]) and objects[i] \
                and _names_place(lex, objects[i]):
            objects[i] = None  # 某村有610户、2438人: the place owns the households and people counted
        if objects[i] is None and unit in cue_sets["self_naming_units"]:
            objects[i] = unit
    return objects
