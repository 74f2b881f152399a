"""Which articles are rows: a unit's own campaign work, never a neighbouring news item.

A newspaper page or a bulletin carries economic and social news beside the
campaign reports; such an article is no row, is never counted among the
units, and is listed in ``Comparison.excluded`` with the reason.
"""
from __future__ import annotations

import re

from ..records import Article
from .rules import LeadersWords, RelevanceRules, SpeakersVoice


def article_text(article: Article) -> str:
    """Return what an article says: its body and the sentences of its figures."""
    return "\n".join([*article.paragraphs, *(f.sentence for f in article.figures)]).strip()


def not_campaign_reason(article: Article, rules: RelevanceRules) -> str | None:
    """Return why an article reports no unit's campaign work, or None when it does."""
    title = re.sub(r"\s+", "", article.title or "")
    openings = [p.strip() for p in article.paragraphs if p.strip()][: rules.opening_paragraphs]
    text = f"{article.title or ''}\n{article_text(article)}"
    for kind in rules.not_a_report:
        if ((kind.title is not None and title and kind.title.search(title))
                or (kind.opening is not None and any(kind.opening.search(p) for p in openings))):
            if not (kind.unless_campaign and names_a_campaign(text, rules)):
                return kind.reason
    told = "\n".join([article.title or "", *article.paragraphs])
    if says_often(told, rules.one_person.pronoun, rules.one_person.min, rules.one_person.per_thousand):
        return rules.one_person.reason
    if speakers_voice(told, rules.speakers_voice):
        return rules.speakers_voice.reason
    if only_leaders_words(article, rules.leaders_words):
        return rules.leaders_words.reason
    if not article_text(article):  # an extraction read back without its text: nothing to judge it by, so it stays
        return None
    if names_a_campaign(text, rules):
        return None
    used = len(work_words_in(text, rules.work_words))
    if used >= rules.min_work_words:
        return None
    if used >= rules.min_work_words_in_report and any(p.search(text) for p in rules.report_form):
        return None
    uses = words_in("\n".join([article.title or "", *article.paragraphs]), rules.work_words)
    if len(uses) >= rules.min_work_word_uses and len(set(uses)) >= rules.min_work_words_used_often:
        return None
    return "未提及本次活动，也少有活动的工作内容（征求意见、查摆、整改等），不是单位的活动报道"


def names_a_campaign(text: str, rules: RelevanceRules) -> bool:
    """Return whether ``text`` names a campaign, or a standing drive often enough to be its report."""
    return (any(name in text for name in rules.campaign_names)
            or len(words_in(text, rules.drive_names)) >= rules.min_drive_mentions)


def speakers_voice(told: str, rules: SpeakersVoice) -> bool:
    """Return whether ``told`` (title and paragraphs) is a speech: 我们 again and again, and the audience told what to do.

    Quoted words are left out: a report that quotes a person saying 我们 speaks of the unit.
    """
    own = rules.quoted.sub("", told)
    return says_often(own, rules.pronoun, rules.min, rules.per_thousand) and rules.directive.search(own) is not None


def says_often(text: str, pronoun: re.Pattern[str], minimum: int, per_thousand: float) -> bool:
    """Return whether ``text`` says ``pronoun`` at least ``minimum`` times and ``per_thousand`` times per 1000
    characters: the voice it is told in (他/她 of a feature on one person, 我们 of a speech)."""
    said = len(pronoun.findall(text))
    return said >= minimum and said * 1000 >= per_thousand * len(text)


def only_leaders_words(article: Article, rules: LeadersWords) -> bool:
    """Return whether an article tells a meeting only through what its leaders said (某某指出/要求/强调…).

    Its title may say so (县委书记某某在…会上强调); else the paragraphs after
    the opening one are counted: those that open with a person, named with a
    post somewhere in the text (县委书记某某), saying something, and those that
    open with the meeting saying it (会议指出/要求/强调) and state no count. An
    article with a figure that counts an indicator reports work done through
    the speech, and stays; so does a meeting that heard the unit's account of
    its work (听取…汇报).
    """
    if any(f.indicator for f in article.figures):
        return False
    if rules.title.search(re.sub(r"\s+", "", article.title or "")):
        return True
    body = [p.strip() for p in article.paragraphs if p.strip()][1:]
    told = "\n".join([article.title or "", *article.paragraphs])
    if rules.reported.search(told):
        return False
    said = 0
    for paragraph in body:
        m = rules.speech.match(paragraph)
        if m and re.search(f"{rules.post.pattern}{re.escape(m.group('name'))}", told):
            said += 1
        elif rules.meeting.match(paragraph) and not rules.counts.search(paragraph):
            said += 1
    return said >= rules.min and said >= rules.share * len(body)


def work_words_in(text: str, words: tuple[str, ...]) -> list[str]:
    """Return the work words ``text`` uses, each occurrence counted under its longest word only.

    ``党员干部`` is one work word, not also ``党员``: a word found is taken out of
    the text before the shorter ones are looked for.
    """
    found = []
    for word in sorted(words, key=len, reverse=True):
        if word in text:
            found.append(word)
            text = text.replace(word, "\n")
    return found


def words_in(text: str, words: tuple[str, ...]) -> list[str]:
    """Return every occurrence of ``words`` in ``text``, each counted under its longest word only (河湖长制, not also 湖长制)."""
    found = []
    for word in sorted(words, key=len, reverse=True):
        found.extend([word] * text.count(word))
        text = text.replace(word, "\n")
    return found
