"""The template sandbox: escape payloads refused, errors name file and line, values escaped."""
from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.errors import TemplateError
from reportgen.render.environment import escape_md, make_environment, render_markdown
from reportgen.render.markup import parse
from reportgen.nodes import Noted, Table, Text


def render(tmp_path: Path, source: str, **context) -> str:
    """Return what a one-file audience folder renders."""
    folder = tmp_path / "aud"
    folder.mkdir(exist_ok=True)
    (folder / "body.md.j2").write_text(source, encoding="utf-8")
    dirs = [folder]
    return render_markdown(make_environment(dirs), "body.md.j2", context, dirs)


# fmt: off
PAYLOADS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ config }}",
    "{{ request.application }}",
    "{{ range.__self__ }}",
    "{{ units.append('x') }}",
    "{% include '../../etc/passwd' %}",
    "{% include '/etc/passwd' %}",
    "{% extends '../secret.md.j2' %}",
    "{{ ''.format.__globals__ }}",
]
# fmt: on


@pytest.mark.parametrize("payload", PAYLOADS, ids=PAYLOADS)
def test_environment_refuses_escape_payload(tmp_path: Path, payload: str) -> None:
    (tmp_path / "secret.md.j2").write_text("SECRET", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render(tmp_path, "第一行\n" + payload + "\n", units=["甲"])
    assert "body.md.j2:2" in str(info.value)
    assert "SECRET" not in str(info.value)


def test_environment_security_error_says_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="refused"):
        render(tmp_path, "{{ ''.__class__.__mro__ }}")


@pytest.mark.parametrize(("source", "line", "words"), [
    ("一\n二\n{% if %}\n", 3, "Expected an expression"),
    ("一\n{{ unit_nmae }}\n", 2, "unit_nmae"),
    ("一\n二\n三\n{% for x in 5 %}{% endfor %}\n", 4, "not iterable"),
    ("{% include 'missing.md.j2' %}", 1, "missing.md.j2"),
], ids=["syntax", "undefined", "type", "missing-include"])
def test_environment_error_names_file_and_line(tmp_path: Path, source: str, line: int, words: str) -> None:
    with pytest.raises(TemplateError) as info:
        render(tmp_path, source)
    message = str(info.value)
    assert f"body.md.j2:{line}" in message and words in message


def test_environment_include_within_folder_works(tmp_path: Path) -> None:
    (tmp_path / "aud").mkdir()
    (tmp_path / "aud" / "part.md.j2").write_text("共享片段", encoding="utf-8")
    assert render(tmp_path, "{% include 'part.md.j2' %}") == "共享片段"


@pytest.mark.parametrize("name", ["章丘*经信|局", "[链接](http://x)", "# 标题", "1. 一", "::: masthead", "`代码`", "a\nb"])
def test_environment_escape_keeps_value_literal(name: str) -> None:
    (para,) = parse(escape_md(name)).blocks
    assert para.text == name.replace("\n", " ")


def test_environment_value_cannot_break_a_table(tmp_path: Path) -> None:
    source = "| 单位 | 党员 |\n|---|---|\n| {{ unit }} | {{ fig | sourced }} |\n"
    markdown = render(tmp_path, source, unit="甲|乙*局", fig={"shown": "3077名", "note": 0})
    (table,) = parse(markdown, ["句（来源：a.txt）"]).blocks
    assert isinstance(table, Table)
    assert table.rows == (((Text("甲|乙*局"),), (Noted("3077名", "句（来源：a.txt）"),)),)


def test_environment_sourced_needs_a_figure(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="sourced"):
        render(tmp_path, "{{ 3077 | sourced }}")


def test_environment_macro_output_is_not_escaped_twice(tmp_path: Path) -> None:
    source = "{% macro b(x) %}**{{ x }}**{% endmacro %}{{ b('甲*') }}"
    assert render(tmp_path, source) == "**甲\\***"


def test_a_dicts_key_reads_as_jinja_reads_it_and_its_methods_stay_methods(tmp_path):
    """``row.unit`` is the key; ``row.keys`` is the dict's method even when a key is named so, as in Jinja;
    a ``_``-prefixed key is the key too, a missing key is an error naming it."""
    row = {"unit": "临川县", "keys": "钥匙", "_hidden": "内", "count": 3}
    out = render(tmp_path, "{{ row.unit }}|{{ row.keys()|list|join('、') }}|{{ row._hidden }}|{{ row.count }}",
                 row=row)
    assert out == "临川县|unit、keys、\\_hidden、count|内|3"
    with pytest.raises(TemplateError, match="missing"):
        render(tmp_path, "{{ row.missing }}", row=row)
    with pytest.raises(TemplateError):   # the sandbox still refuses a method that changes the dict
        render(tmp_path, "{{ row.update({'unit': 'x'}) }}", row=row)
