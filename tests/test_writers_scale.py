"""The Word writer's per-row and per-comment work is constant: no pattern that re-reads what is already written."""
from __future__ import annotations

import re

import docx

from reportgen.writers.docx import COMMENT_AUTHOR, COMMENT_INITIALS, CommentAdder


def _without_dates(xml: str) -> str:
    return re.sub(r'w:date="[^"]*"', "", xml)


def test_comments_are_the_ones_python_docx_writes():
    ours, theirs = docx.Document(), docx.Document()
    ours_p, theirs_p = ours.add_paragraph(), theirs.add_paragraph()
    adder = CommentAdder(ours)
    for i, note in enumerate(["共培训党员3077名。", "第一行\n第二行", ""]):
        adder.add(ours_p.add_run(f"{i}名"), note)
        theirs.add_comment(theirs_p.add_run(f"{i}名"), text=note, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)
    assert _without_dates(ours.comments._comments_elm.xml) == _without_dates(theirs.comments._comments_elm.xml)
    assert ours_p._p.xml == theirs_p._p.xml
    assert [c.text for c in ours.comments] == ["共培训党员3077名。", "第一行\n第二行", ""]


def test_comments_are_numbered_after_those_already_in_the_document():
    document = docx.Document()
    paragraph = document.add_paragraph()
    document.add_comment(paragraph.add_run("a"), text="from the template", author="someone")
    adder = CommentAdder(document)
    for i in range(3):
        adder.add(paragraph.add_run(str(i)), f"note {i}")
    ids = [c.comment_id for c in document.comments]
    assert ids == [0, 1, 2, 3]


def test_list_and_heading_numbers_go_past_999():
    from reportgen.writers.numbering import chinese_number

    assert [chinese_number(n) for n in (999, 1000, 1001, 1010, 1015, 1100, 1205, 2034, 9999, 10000)] == [
        "九百九十九", "一千", "一千零一", "一千零一十", "一千零一十五", "一千一百", "一千二百零五", "二千零三十四",
        "九千九百九十九", "10000"]
