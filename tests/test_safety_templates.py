"""Issue 11 probes on templates and settings: confined paths, no format strings, a typed schema, bounded renders."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from reportgen.errors import TemplateError
from reportgen.render.audiences import load_audience
from reportgen.render.environment import make_environment, render_markdown
from reportgen.render.limits import RenderLimits
from reportgen.resources import templates_dir
from reportgen.writers.layout import Layout
from reportgen.writers.numbering import HeadingNumbers


def weekly_copy(tmp_path: Path, replace: tuple[tuple[str, str], ...] = (), prepend: str = "") -> Path:
    """Return a copy of the built-in weekly audience with its settings.toml edited."""
    folder = tmp_path / "office"
    shutil.copytree(templates_dir() / "weekly", folder)
    settings = folder / "settings.toml"
    text = settings.read_text("utf-8")
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    settings.write_text(prepend + text, encoding="utf-8")
    return folder


def refusal(folder: Path) -> str:
    with pytest.raises(TemplateError) as info:
        load_audience(folder)
    return str(info.value)


# -- 1. confined paths --------------------------------------------------------

@pytest.mark.parametrize("name", ["/dev/zero", "/etc/passwd", "../../../../etc/passwd", "/proc/self/environ"])
def test_reference_docx_outside_the_template_folder_is_refused(tmp_path: Path, name: str) -> None:
    message = refusal(weekly_copy(tmp_path, prepend=f'reference_docx = "{name}"\n'))
    assert "reference_docx" in message and name in message
    assert "settings.toml" in message


def test_reference_docx_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, prepend='reference_docx = "styles.docx"\n')
    (folder / "styles.docx").symlink_to("/dev/zero")
    message = refusal(folder)
    assert "reference_docx" in message and "outside the template folder" in message


def test_reference_docx_fifo_inside_the_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, prepend='reference_docx = "styles.docx"\n')
    os.mkfifo(folder / "styles.docx")
    assert "not a regular file" in refusal(folder)


def test_reference_docx_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, prepend='reference_docx = "styles.docx"\n')
    with open(folder / "styles.docx", "wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: no real disk used
    assert "MB allowed" in refusal(folder)


def test_body_outside_the_folder_is_refused(tmp_path: Path) -> None:
    message = refusal(weekly_copy(tmp_path, (('body = "body.md.j2"', 'body = "../../../../../../../../../etc/passwd"'),)))
    assert "body" in message and "outside the template folder" in message


def test_included_template_symlinked_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "aud"
    folder.mkdir()
    (folder / "body.md.j2").write_text("甲{% include 'piece.md.j2' %}", encoding="utf-8")
    (folder / "piece.md.j2").symlink_to("/etc/passwd")
    with pytest.raises(TemplateError) as info:
        render_markdown(make_environment([folder]), "body.md.j2", {}, [folder])
    assert "piece.md.j2" in str(info.value) and "outside" in str(info.value)
    assert "root:" not in str(info.value)


# -- 2. no format strings on user text ----------------------------------------

@pytest.mark.parametrize("pattern", ["{n.__class__.__mro__[1].__subclasses__}", "{x}", "{n:>1000000000}", "{{n}}"])
def test_heading_numbering_with_other_braces_is_refused_naming_the_setting(tmp_path: Path, pattern: str) -> None:
    folder = weekly_copy(tmp_path, (('numbering = ["{cn}、"', f'numbering = ["{pattern}"'),))
    message = refusal(folder)
    assert "[headings] numbering" in message
    assert "subclasses" not in message.split("(got")[0]


def test_page_number_with_other_braces_is_refused(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, (('page_number = "— {n} —"', 'page_number = "{n.real}"'),))
    assert "[footer] page_number" in refusal(folder)


def test_heading_numbers_are_replaced_literally() -> None:
    numbers = HeadingNumbers(Layout(heading_numbering=("第{cn}部分 {n}", "{n}.{n}")))
    assert numbers.prefix(1, "总体") == "第一部分 1"
    assert numbers.prefix(1, "进展") == "第二部分 2"
    assert numbers.prefix(2, "细项") == "1.1"


def test_heading_number_pattern_never_reaches_python_attributes() -> None:
    numbers = HeadingNumbers(Layout(heading_numbering=("{n.__class__}",)))
    assert numbers.prefix(1, "总体") == "{n.__class__}"  # text, not <class 'int'>


# -- 3. settings against a typed schema ---------------------------------------

@pytest.mark.parametrize("size, words", [("inf", "finite"), ("nan", "finite"), ("1e308", "from 4 to 96"),
                                         ("10000", "from 4 to 96"), ('"16"', "a number")])
def test_font_size_must_be_a_sane_finite_number(tmp_path: Path, size: str, words: str) -> None:
    message = refusal(weekly_copy(tmp_path, (("body = 16", f"body = {size}"),)))
    assert "[sizes] body" in message and words in message and "settings.toml" in message


@pytest.mark.parametrize("margin", ["300", "200"])
def test_margins_must_leave_a_text_block(tmp_path: Path, margin: str) -> None:
    message = refusal(weekly_copy(tmp_path, (("margin_left_mm = 28", f"margin_left_mm = {margin}"),)))
    assert "margin_left_mm" in message or "text block" in message


def test_margins_of_400_mm_on_a4_are_refused(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, (("margin_top_mm = 37", "margin_top_mm = 200"),
                                    ("margin_bottom_mm = 35", "margin_bottom_mm = 200")))
    assert "[page]" in refusal(folder) and "text block" in refusal(folder)


def test_copies_must_be_a_whole_number_in_range(tmp_path: Path) -> None:
    assert "[distribution] copies: expected a whole number" in refusal(
        weekly_copy(tmp_path, (("copies = 30", "copies = 1e17"),)))


def test_experiences_must_be_a_boolean_not_the_word_no(tmp_path: Path) -> None:
    message = refusal(weekly_copy(tmp_path, (("experiences = true", 'experiences = "否"'),)))
    assert "[sections] experiences: expected true or false" in message


def test_a_string_where_a_list_is_meant_is_a_one_item_list(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, (('report_to = ["上级活动领导小组"]', 'report_to = "市委组织部"'),))
    assert load_audience(folder).settings["distribution"]["report_to"] == ["市委组织部"]


def test_a_misspelt_key_is_reported_as_such(tmp_path: Path) -> None:
    message = refusal(weekly_copy(tmp_path, (("experiences = true", "experence = true"),)))
    assert "[sections] experence: unknown setting; did you mean 'experiences'?" in message


def test_settings_keep_only_what_the_file_sets() -> None:
    settings = load_audience("leadership").settings
    assert "distribution" not in settings and settings["formats"] == ["docx"]


def test_unknown_indicator_ids_are_found() -> None:
    from reportgen.render.settings import unknown_indicators

    settings = {"indicators": ["nosuch", "forums"], "summary": {"totals": [{"indicator": "gone", "phrase": "x"}]}}
    assert unknown_indicators(settings, {"forums"}) == ["nosuch", "gone"]


# -- 7. bounded rendering ------------------------------------------------------

def render_source(tmp_path: Path, source: str, limits: RenderLimits | None = None) -> str:
    folder = tmp_path / "aud"
    folder.mkdir(exist_ok=True)
    (folder / "body.md.j2").write_text(source, encoding="utf-8")
    return render_markdown(make_environment([folder], limits), "body.md.j2", {}, [folder])


def test_nested_range_loops_stop_at_the_time_limit(tmp_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        render_source(tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                      RenderLimits(seconds=1))
    assert time.monotonic() - start < 10
    assert "body.md.j2" in str(info.value) and "render_seconds" in str(info.value)


@pytest.mark.parametrize("source", ["{{ 'a' * 10**10 }}", "{{ 'a'.center(10**9) }}", "{{ 'a'|center(10**9) }}",
                                    "{{ '{:>1000000000}'.format(1) }}", "{{ '%1000000000d' % 1 }}",
                                    "{% set ns = namespace(x='a') %}{% for i in range(64) %}"
                                    "{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x|length }}"])
def test_oversized_values_are_refused_before_memory_runs_out(tmp_path: Path, source: str) -> None:
    with pytest.raises(TemplateError) as info:
        render_source(tmp_path, source, RenderLimits(output_chars=1024 * 1024))
    assert "body.md.j2" in str(info.value) and "output_mb" in str(info.value)


def test_output_over_the_size_limit_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        render_source(tmp_path, "{% for i in range(10000) %}{{ '甲乙丙丁' * 100 }}\n{% endfor %}",
                      RenderLimits(output_chars=100_000))
    assert "body.md.j2" in str(info.value) and "output_mb" in str(info.value)


def test_ordinary_loops_and_filters_render_as_before(tmp_path: Path) -> None:
    source = ("{% for u in ['甲', '乙'] %}{{ loop.index }}/{{ loop.length }}{{ u }}{% if loop.last %}。{% endif %}"
              "{% endfor %} {{ 2 ** 10 }} {{ '%03d'|format(7) }} {{ '-' * 3 }}")
    assert render_source(tmp_path, source) == r"1/2甲2/2乙。 1024 007 \-\-\-"


def test_render_limits_come_from_the_settings(tmp_path: Path) -> None:
    folder = weekly_copy(tmp_path, prepend="")
    (folder / "settings.toml").write_text((folder / "settings.toml").read_text("utf-8")
                                          + "\n[limits]\nrender_seconds = 5\noutput_mb = 2\n", encoding="utf-8")
    limits = RenderLimits.from_settings(load_audience(folder).settings)
    assert limits.seconds == 5 and limits.output_chars == 2 * 1024 * 1024
    bad = weekly_copy(tmp_path / "b", prepend="")
    (bad / "settings.toml").write_text((bad / "settings.toml").read_text("utf-8")
                                       + "\n[limits]\nrender_seconds = inf\n", encoding="utf-8")
    assert "[limits] render_seconds" in refusal(bad)


def test_report_to_as_a_string_prints_the_whole_name(tmp_path: Path, seed_paths: list[Path]) -> None:
    from reportgen.aggregate import compare
    from reportgen.pipeline import Options, extract_paths
    from reportgen.render import build_context, render_markdown_text

    folder = weekly_copy(tmp_path, (('report_to = ["上级活动领导小组"]', 'report_to = "市委组织部"'),))
    audience = load_audience(folder)
    extractions = extract_paths(seed_paths[:1], Options())
    markdown = render_markdown_text(audience, build_context(compare(extractions).to_records(), audience.settings))
    assert "报：市委组织部" in markdown and "市，委" not in markdown


def test_any_renderer_using_the_environment_factory_is_bounded(tmp_path: Path) -> None:
    """A Word-template renderer calling Jinja directly (no render_markdown) gets the same limits."""
    env = make_environment([tmp_path], RenderLimits(seconds=1))
    with pytest.raises(TemplateError, match="render_seconds"):
        env.from_string("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}").render()
    with pytest.raises(TemplateError, match="output_mb"):
        env.from_string("{{ 'a' * 10**10 }}").render()
