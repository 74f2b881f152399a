"""``reportgen templates check`` on Markdown templates: every problem at once, each with its file and line."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.render import build_context, load_audience
from reportgen.render.template_check import check_audience, markdown_sites


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

    result = CliRunner().invoke(main, ["templates", "check", "mine"])

    assert result.exit_code == 5, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("body.md.j2第")]
    assert len(lines) == 3, result.output
    misspelt, internals, syntax = sorted(lines, key=lambda line: int(line.split("第")[1].split("行")[0]))
    assert misspelt.startswith(f"body.md.j2第{_line_of(text, '{{ u.nmae }}')}行")
    assert "nmae" in misspelt and "是否应为“name”" in misspelt
    assert internals.startswith(f"body.md.j2第{_line_of(text, '{{ counts.__class__ }}')}行") and "被拒绝" in internals
    assert syntax.startswith(f"body.md.j2第{_line_of(text, '{{ counts.units + }}')}行")
    assert "{{ counts.units + }}" in syntax
    assert "3 problem(s)" in result.output
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before  # nothing written


def test_a_markdown_check_names_a_misspelt_top_level_name_and_an_unclosed_block(tmp_path, seed_records) -> None:
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "settings.toml").write_text('formats = ["docx"]\n', "utf-8")
    (folder / "body.md.j2").write_text("# 标题\n\n{{ perod }}\n\n{% for u in units %}\n{{ u.name }}\n", "utf-8")
    audience = load_audience(folder)
    problems = [str(p) for p in check_audience(audience, build_context(seed_records, audience.settings))]
    assert problems == ["body.md.j2第5行：标签 {% for u in units %} 没有对应的结束标签（{% endfor %}）"]
    (folder / "body.md.j2").write_text("# 标题\n\n{{ perod }}\n\n{% for u in units %}\n{{ u.name }}\n{% endfor %}\n", "utf-8")
    problems = [str(p) for p in check_audience(audience, build_context(seed_records, audience.settings))]
    assert problems == ["body.md.j2第3行：标签 {{ perod }} 中的名称“perod”不存在，是否应为“period”？"
                        "（可用的名称见 reportgen templates vars）"]


@pytest.mark.parametrize("name", ["weekly", "leadership", "digest", "research"])
def test_every_built_in_markdown_template_checks_clean(name, seed_records) -> None:
    audience = load_audience(name)
    for review in (False, True):
        assert check_audience(audience, build_context(seed_records, audience.settings, review=review)) == []


def test_markdown_sites_place_each_tag_on_its_line() -> None:
    sites = markdown_sites("一\n{{ a }} {% if b %}\n{{ c\n }}{% endif %}", "body.md.j2")
    assert [(s.tag, s.where) for s in sites] == [("{{ a }}", "body.md.j2第2行"), ("{% if b %}", "body.md.j2第2行"),
                                                 ("{{ c\n }}", "body.md.j2第3行"), ("{% endif %}", "body.md.j2第4行")]
    assert sites[2].jinja == "{{ c  }}"
