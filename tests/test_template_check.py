"""``reportgen templates check`` on Markdown templates: every problem at once, each with its file and line."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.render import build_context, load_audience
from reportgen.render.template_check import check_audience, markdown_sites
from reportgen.render.template_problems import say


@pytest.fixture(scope="module")
def seed_records(seed_paths: list[Path]):
    from reportgen.aggregate import compare
    from reportgen.pipeline import Options, extract_paths

    return compare(extract_paths(seed_paths, Options())).to_records()


def _line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def test_templates_check_lists_three_distinct_problems_of_a_markdown_template(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["templates", "new", "mine", "--from", "weekly"]).exit_code == 0
    body = tmp_path / "templates" / "mine" / "body.md.j2"
    text = body.read_text("utf-8").replace("## {{ u.name }}", "## {{ u.nmae }}", 1)
    text += "\n{{ counts.__class__ }}\n\n{{ counts.units + }}\n"
    body.write_text(text, "utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))

    result = CliRunner().invoke(main, ["templates", "check", "mine", "--lang", "zh"])

    assert result.exit_code == 5, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("body.md.j2第")]
    assert len(lines) == 3, result.output
    misspelt, internals, syntax = sorted(lines, key=lambda line: int(line.split("第")[1].split("行")[0]))
    assert misspelt == f"body.md.j2第{_line_of(text, '{{ u.nmae }}')}行：标签 {{{{ u.nmae }}}} 没有“nmae”这一项，是否应为“name”？"
    assert internals == (f"body.md.j2第{_line_of(text, '{{ counts.__class__ }}')}行：标签 {{{{ counts.__class__ }}}} "
                         "被拒绝：模板不能访问以“_”开头的 Python 内部属性（__class__）")
    assert syntax == (f"body.md.j2第{_line_of(text, '{{ counts.units + }}')}行：标签 {{{{ counts.units + }}}} "
                      "表达式没有写完，或多了字符（Jinja：unexpected 'end of print statement'）")
    assert result.output.splitlines()[-1] == "错误：模板 mine（body.md.j2）有 3 处问题，见上"
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing written

    english = CliRunner().invoke(main, ["templates", "check", "mine", "--lang", "en"])
    assert english.exit_code == 5, english.output
    assert english.output.splitlines() == [
        f"body.md.j2 line {_line_of(text, '{{ u.nmae }}')}: tag {{{{ u.nmae }}}}: there is no item “nmae”, "
        "did you mean “name”?",
        f"body.md.j2 line {_line_of(text, '{{ counts.__class__ }}')}: tag {{{{ counts.__class__ }}}}: refused: a "
        "template cannot reach Python internals, whose names start with “_” (__class__)",
        f"body.md.j2 line {_line_of(text, '{{ counts.units + }}')}: tag {{{{ counts.units + }}}}: the expression is "
        "not finished, or has characters too many (Jinja: unexpected 'end of print statement')",
        "Error: template mine (body.md.j2): 3 problem(s), listed above"]


def test_a_markdown_check_names_a_misspelt_top_level_name_and_an_unclosed_block(tmp_path, seed_records) -> None:
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "settings.toml").write_text('formats = ["docx"]\n', "utf-8")
    (folder / "body.md.j2").write_text("# 标题\n\n{{ perod }}\n\n{% for u in units %}\n{{ u.name }}\n", "utf-8")
    audience = load_audience(folder)
    problems = check_audience(audience, build_context(seed_records, audience.settings))
    assert [p.text("zh") for p in problems] == ["body.md.j2第5行：标签 {% for u in units %} 没有对应的结束标签（{% endfor %}）"]
    assert [p.text("en") for p in problems] == ["body.md.j2 line 5: tag {% for u in units %}: no end tag matches it "
                                                "({% endfor %})"]
    (folder / "body.md.j2").write_text("# 标题\n\n{{ perod }}\n\n{% for u in units %}\n{{ u.name }}\n{% endfor %}\n", "utf-8")
    problems = check_audience(audience, build_context(seed_records, audience.settings))
    assert [p.text("zh") for p in problems] == ["body.md.j2第3行：标签 {{ perod }} 中的名称“perod”不存在，是否应为“period”？"
                                                "（可用的名称见 reportgen templates vars）"]
    assert [p.text("en") for p in problems] == ["body.md.j2 line 3: the name “perod” in tag {{ perod }} does not exist, "
                                                "did you mean “period”? (reportgen templates vars lists the names "
                                                "available)"]


@pytest.mark.parametrize("name", ["weekly", "leadership", "digest", "research"])
def test_every_built_in_markdown_template_checks_clean(name, seed_records) -> None:
    audience = load_audience(name)
    for review in (False, True):
        assert check_audience(audience, build_context(seed_records, audience.settings, review=review)) == []


def test_markdown_sites_place_each_tag_on_its_line() -> None:
    sites = markdown_sites("一\n{{ a }} {% if b %}\n{{ c\n }}{% endif %}", "body.md.j2")
    assert [(s.tag, say(s.place, "zh")) for s in sites] == [
        ("{{ a }}", "body.md.j2第2行"), ("{% if b %}", "body.md.j2第2行"), ("{{ c\n }}", "body.md.j2第3行"),
        ("{% endif %}", "body.md.j2第4行")]
    assert [s.where for s in sites] == ["body.md.j2 line 2", "body.md.j2 line 2", "body.md.j2 line 3",
                                        "body.md.j2 line 4"]
    assert sites[2].jinja == "{{ c  }}"
