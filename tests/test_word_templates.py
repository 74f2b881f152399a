"""Word templates: made with --word, rendered from the seeds through docxtpl, edited as Word edits them."""
from __future__ import annotations

import re

import copy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from reportgen.cli import main
from reportgen.messages import set_language
from reportgen.errors import TemplateError, UsageError
from reportgen.render import build_context, load_audience
from reportgen.render.tag_repair import W_NS
from reportgen.render.template_check import check_audience
from reportgen.render.word_layout import WORD_FILE, new_word_audience
from reportgen.render.word_template import render_word


@pytest.fixture(scope="module")
def seed_model(seed_paths: list[Path]):
    from reportgen.aggregate import compare
    from reportgen.pipeline import Options, extract_paths

    extractions = extract_paths(seed_paths, Options())
    return compare(extractions).to_records(), extractions


@pytest.fixture(scope="module")
def word_folder(tmp_path_factory) -> Path:
    """Return a folder holding templates/wk made by ``templates new wk --word`` (made once)."""
    root = tmp_path_factory.mktemp("word")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        new_word_audience("wk", "weekly")
    return root / "templates" / "wk"


def _copy(word_folder: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    target.mkdir()
    for f in word_folder.iterdir():
        (target / f.name).write_bytes(f.read_bytes())
    return target


def _context(folder: Path, seed_model, review: bool = False):
    """Return the audience in ``folder`` and the values of its clean copy (``review``: its 审阅 copy)."""
    audience = load_audience(folder)
    records, _extractions = seed_model
    return audience, build_context(records, audience.settings, review=review)


def _paragraph(document, starts: str):
    return next(p for p in document.paragraphs if p.text.startswith(starts) or starts in p.text)


def _retype(paragraph, pieces: list[str]) -> None:
    """Replace a paragraph's runs by ``pieces``, one run each, with Word's rsids and proofing marks between."""
    rpr = paragraph.runs[0]._r.rPr
    for run in paragraph.runs:
        run._r.getparent().remove(run._r)
    for n, text in enumerate(pieces):
        run = paragraph.add_run(text)
        if rpr is not None:
            run._r.insert(0, copy.deepcopy(rpr))
        run._r.set(f"{{{W_NS}}}rsidRPr", f"00{n}C4D2E")
        if n < len(pieces) - 1:
            paragraph._p.append(parse_xml(f'<w:proofErr xmlns:w="{W_NS}" w:type="gramStart"/>'))


def _edit(folder: Path, change) -> None:
    path = folder / WORD_FILE
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))


def _texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def _every_paragraph(document) -> list:
    """Every paragraph of the body, those in text boxes (the 版记) included, in order."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, document) for p in document.element.body.iter(qn("w:p"))]


def test_the_word_template_looks_like_the_weekly_and_has_tags_where_the_data_goes(word_folder: Path) -> None:
    document = docx.Document(str(word_folder / WORD_FILE))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "工作简报" and "{{ issue }}" in texts
    assert "{%p for u in units %}" in texts and "（{{ loop.index|cn }}）{{ u.name }}" in texts
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "{%tr for row in table.rows %}" in cells and "{%tc for c in row.cells %}" in cells
    assert "{{ charts.indicators }}" in texts
    box = [p.text for p in _every_paragraph(document) if p._p not in [q._p for q in document.paragraphs]]
    assert any(t.startswith("报：") for t in box), "the 版记 is in the box at the foot of the last page"
    settings = (word_folder / "settings.toml").read_text(encoding="utf-8")
    assert f'body = "{WORD_FILE}"' in settings and 'formats = ["docx"]' in settings


def test_the_word_template_builds_on_the_seeds(word_folder: Path, seed_model, tmp_path: Path) -> None:
    audience, context = _context(word_folder, seed_model, review=True)
    data = render_word(audience, context, tmp_path)
    texts = _texts(data)
    body = "\n".join(texts)
    assert "{{" not in body and "{%" not in body
    for unit in seed_model[0]["units"]:
        assert f"{unit}" in body
    assert any(t.startswith("（二）") for t in texts)  # per-unit headings count in the loop
    rendered = docx.Document(io.BytesIO(data))
    assert len(list(rendered.comments)) > 10  # every sourced figure carries its sentence
    from reportgen.render.punctuation import full_width

    values = context.values
    shown = {f["shown"] for f in values["figures"]} | {t["shown"] for t in values["totals"].values() if t}
    shown |= {c["shown"] for row in values["rows"] for c in row["cells"] if c}
    quotes = [q for u in values["units"] for q in u["summary"]] + values["experiences"] + values["problems"]
    shown |= {full_width(q["shown"]) for q in quotes + values["next_steps"]}
    for start in rendered.element.body.iter(f"{{{W_NS}}}commentRangeStart"):
        noted, end = start.getnext(), start.getnext().getnext()  # the figure's own run, then the range's end
        assert end.tag == f"{{{W_NS}}}commentRangeEnd" and end.get(f"{{{W_NS}}}id") == start.get(f"{{{W_NS}}}id")
        assert noted.xpath("string(.)") in shown
    package = zipfile.ZipFile(io.BytesIO(data))
    assert '<w:updateFields w:val="true"/>' in package.read("word/settings.xml").decode()
    assert any(n.startswith("word/media/") for n in package.namelist())  # the chart
    table = rendered.tables[0]
    assert len(table.columns) == 1 + len(context.values["indicators"])
    assert len(table.rows) == 1 + len(seed_model[0]["units"])


def test_a_template_edited_the_way_word_edits_it_still_builds(word_folder: Path, seed_model, tmp_path: Path) -> None:
    folder = _copy(word_folder, tmp_path, "edited")

    def change(document) -> None:
        _retype(_paragraph(document, "{{ u.name }}"), ["（{{ loop.index|cn }}）{{ u.", "na", "me }}"])
        summary = _paragraph(document, "本期汇总")
        _retype(summary, [summary.text.replace('"共"', "“共”").replace('""', "“”")])
        anchor = _paragraph(document, "四、典型经验")._p
        for text in ("{%p for h in highlights %}", "另见：{{ h.unit }}", "{%p endfor %}"):
            anchor.addprevious(copy.deepcopy(_paragraph(document, "{%p endfor %}")._p))
            anchor.getprevious().findall(f".//{{{W_NS}}}t")[0].text = text

    _edit(folder, change)
    audience, context = _context(folder, seed_model)
    texts = _texts(render_word(audience, context, tmp_path))
    assert any(t.startswith("（一）") and t[3:] == seed_model[0]["units"][0] for t in texts)
    assert sum(t.startswith("另见：") for t in texts) == len(context.values["highlights"]) > 0
    assert any(t.startswith("本期汇总") and "个单位共" in t for t in texts)


def test_a_misspelt_name_is_refused_with_its_paragraph_and_a_suggestion(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "typo")
    _edit(folder, lambda d: _retype(_paragraph(d, "{{ u.name }}"), ["（{{ loop.index|cn }}）{{ u.nmae }}"]))
    audience, context = _context(folder, seed_model)
    with pytest.raises(TemplateError) as caught:
        render_word(audience, context, tmp_path)
    assert str(caught.value).splitlines()[1].endswith("“（{{ loop.index|c…”: tag {{ u.nmae }}: there is no item "
                                                      "“nmae”, did you mean “name”?")
    set_language("zh")
    assert str(caught.value).splitlines()[1].endswith("段“（{{ loop.index|c…”：标签 {{ u.nmae }} 没有“nmae”这一项，"
                                                      "是否应为“name”？")


def test_a_python_internals_payload_in_the_document_is_refused(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "payload")
    payload = "{{ date.__class__.__mro__[1].__subclasses__() }}"
    _edit(folder, lambda d: d.add_paragraph(payload))
    audience, context = _context(folder, seed_model)
    problems = check_audience(audience, context)
    assert len(problems) == 1
    assert problems[0].text("zh").endswith("：标签 {{ date.__class__.__mro__[1].__subclasses__() }} 被拒绝：模板不能访问"
                                           "以“_”开头的 Python 内部属性（__class__、__mro__、__subclasses__）")
    assert problems[0].text("en").endswith("refused: a template cannot reach Python internals, whose names start "
                                           "with “_” (__class__, __mro__, __subclasses__)")
    set_language("zh")
    with pytest.raises(TemplateError, match="被拒绝"):
        render_word(audience, context, tmp_path)


def test_a_refused_attribute_without_underscore_is_caught_when_rendering(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "mro")
    _edit(folder, lambda d: d.add_paragraph("{{ counts.items.mro }}"))
    audience, context = _context(folder, seed_model)
    problems = check_audience(audience, context)
    assert len(problems) == 1 and "{{ counts.items.mro }}" in str(problems[0])


def test_an_unclosed_block_names_where_it_began(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "unclosed")
    _edit(folder, lambda d: _retype(_paragraph(d, "{%p if u.summary %}"), ["{%p if u.summary"]))
    audience, context = _context(folder, seed_model)
    problems = check_audience(audience, context)
    assert re.fullmatch(r"第\d+段“\{%p if u\.summary”：标签“\{%p if u\.summary”没有写完：缺少结尾的“%\}”", problems[0].text("zh"))
    assert re.fullmatch(r"paragraph \d+ “\{%p if u\.summary”: the tag “\{%p if u\.summary” is not finished: the "
                        r"closing “%\}” is missing", problems[0].text("en"))


def test_templates_check_reports_all_three_and_writes_nothing(word_folder, tmp_path, monkeypatch) -> None:
    folder = _copy(word_folder, tmp_path, "three")

    def change(document) -> None:
        _retype(_paragraph(document, "{{ u.name }}"), ["（{{ loop.index|cn }}）{{ u.nmae }}"])
        document.add_paragraph("{{ counts.__class__ }}")
        document.add_paragraph("{{ counts.units + }}")

    _edit(folder, change)
    monkeypatch.chdir(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(main, ["templates", "check", str(folder), "--lang", "zh"])
    assert result.exit_code == 5, result.output
    lines = result.output.splitlines()
    assert len(lines) == 4 and all(line.startswith("第") for line in lines[:3]), result.output
    assert lines[0].endswith("：标签 {{ u.nmae }} 没有“nmae”这一项，是否应为“name”？")
    assert lines[1].endswith("：标签 {{ counts.__class__ }} 被拒绝：模板不能访问以“_”开头的 Python 内部属性（__class__）")
    assert lines[2].endswith("：标签 {{ counts.units + }} 表达式没有写完，或多了字符（Jinja：unexpected 'end of print statement'）")
    assert lines[3] == "错误：模板 three（template.docx）有 3 处问题，见上"
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_templates_vars_lists_names_types_and_examples(word_folder) -> None:
    result = CliRunner().invoke(main, ["templates", "vars", str(word_folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.split()[:2] == ["units[].name", "文本"] for line in lines)
    assert any(line.split()[0] == "charts.indicators" for line in lines)
    assert any(line.split()[0] == "counts.units" and "整数" in line for line in lines)


def test_a_markdown_template_checks_clean(seed_model) -> None:
    audience = load_audience("weekly")
    records, _extractions = seed_model
    assert check_audience(audience, build_context(records, audience.settings)) == []


def test_a_chart_gives_the_template_no_way_to_the_docxtpl_object(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "reach")
    _edit(folder, lambda d: d.add_paragraph("{{ charts.indicators.tpl.save('x.docx') }}"))
    audience, context = _context(folder, seed_model)
    with pytest.raises(TemplateError, match="tpl"):
        render_word(audience, context, tmp_path)
    assert not (tmp_path / "x.docx").exists() and not Path("x.docx").exists()


def test_a_numbered_list_in_a_paragraph_loop_restarts_under_each_heading(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "numbered")

    def change(document) -> None:
        summary = _paragraph(document, "{% for q in u.summary %}")
        summary.style = document.styles["List Number"]
        _retype(summary, [summary.text])

    _edit(folder, change)
    audience, context = _context(folder, seed_model)
    rendered = docx.Document(io.BytesIO(render_word(audience, context, tmp_path)))
    summarised = [u for u in context.values["units"] if u["summary"]]
    assert len(summarised) >= 2
    ids = []
    for p in rendered.paragraphs:
        num = p._p.find(f"{{{W_NS}}}pPr/{{{W_NS}}}numPr/{{{W_NS}}}numId")
        if p.style.name == "List Number":
            ids.append(num.get(f"{{{W_NS}}}val") if num is not None else "style")
    assert len(ids) == len(summarised) == len(set(ids))  # each unit's list is a list of its own, from 1
    numbering = rendered.part.numbering_part.element.xml
    assert numbering.count("<w:startOverride") >= (len(summarised) - 1)


def test_a_build_with_a_word_template_that_does_not_compile_reads_and_writes_nothing(word_folder, tmp_path) -> None:
    from reportgen.pipeline import BuildRequest, Options, build

    folder = _copy(word_folder, tmp_path, "broken")
    _edit(folder, lambda d: _retype(_paragraph(d, "{%p if u.summary %}"), ["{%p if u.summary %"]))
    out = tmp_path / "out"
    request = BuildRequest(paths=[tmp_path / "no-such-input"], out_dir=out, audiences=[], template_dirs=[folder],
                           formats=[], db=None, period=None, options=Options())
    with pytest.raises(TemplateError, match="is not finished: the closing “%}” is missing"):
        build(request)
    assert not out.exists()


def test_templates_new_word_from_the_command_line(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["templates", "new", "mine", "--from", "weekly", "--word"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "templates" / "mine" / WORD_FILE).is_file()
    again = CliRunner().invoke(main, ["templates", "new", "mine", "--word"])
    assert again.exit_code == 2 and "already exists" in again.output
    other = CliRunner().invoke(main, ["templates", "new", "lead", "--from", "leadership", "--word"])
    assert other.exit_code == 2 and "no Word layout" in other.output
    assert sorted(p.name for p in (tmp_path / "templates").iterdir()) == ["mine"]


def test_a_traditional_word_audience_is_converted_text_and_notes(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "trad")
    settings = folder / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('script = "simplified"', 'script = "traditional"'),
                        encoding="utf-8")
    audience, context = _context(folder, seed_model, review=True)
    rendered = docx.Document(io.BytesIO(render_word(audience, context, tmp_path)))
    texts = [p.text for p in rendered.paragraphs]
    assert "一、總體情況" in texts and "一、总体情况" not in texts
    from reportgen.render import script_converter

    to_traditional = script_converter("traditional")
    comments = [c.text for c in rendered.comments]
    assert comments and all(to_traditional(c) == c for c in comments)
    assert any(to_traditional(n) != n for n in context.notes)  # so the comments were converted, not born so


def test_the_render_limits_hold_for_word_templates(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "limits")
    settings = folder / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n[limits]\nrender_seconds = 1\n", encoding="utf-8")
    _edit(folder, lambda d: d.add_paragraph("{% for i in range(90000) %}{% for j in range(90000) %}"
                                            "{% endfor %}{% endfor %}"))
    audience, context = _context(folder, seed_model)
    problems = check_audience(audience, context)
    assert len(problems) == 1 and "limit of 1 s" in problems[0].message
    assert problems[0].where.startswith("paragraph ")
    assert problems[0].text("zh").startswith("第") and "模板运行超过时限 1 秒" in problems[0].text("zh")


def test_a_word_template_writing_more_than_the_output_limit_is_stopped(word_folder, seed_model, tmp_path) -> None:
    folder = _copy(word_folder, tmp_path, "output")
    settings = folder / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n[limits]\noutput_mb = 0.01\n", encoding="utf-8")
    audience, context = _context(folder, seed_model)
    with pytest.raises(TemplateError, match="output"):
        render_word(audience, context, tmp_path)


def test_reportgen_build_renders_a_word_audience(word_folder, seed_paths, tmp_path) -> None:
    from reportgen.pipeline import BuildRequest, Options, build

    out = tmp_path / "out"
    request = BuildRequest(paths=list(seed_paths), out_dir=out, audiences=[], template_dirs=[word_folder],
                           formats=[], db=None, period=None, options=Options())
    written = build(request)
    documents = sorted(p for p in written if p.suffix == ".docx")
    assert len(documents) == 2
    clean = next(p for p in documents if p.name.endswith("-wk.docx"))  # named like every output of the build
    review = next(p for p in documents if p.name.endswith("-wk-审阅.docx"))
    assert any(p.name.endswith("extract.json") for p in written)
    texts = [p.text for p in docx.Document(str(clean)).paragraphs]
    assert "第1期" in texts  # the history numbers the issue, as for the Markdown weekly
    assert not list(docx.Document(str(clean)).comments)  # the copy to send carries no comments
    assert len(list(docx.Document(str(review)).comments)) > 10  # the 审阅 copy: every figure's sentence
    review_texts = [p.text for p in docx.Document(str(review)).paragraphs]
    assert any("数据提示（审阅稿）" in t for t in review_texts) and not any("审阅稿" in t for t in texts)
    pdf = BuildRequest(paths=[tmp_path / "not-read"], out_dir=tmp_path / "pdf", audiences=[],
                       template_dirs=[word_folder], formats=["pdf"], db=None, period=None, options=Options())
    with pytest.raises(UsageError, match="docx only"):  # found before any input is read
        build(pdf)
    assert not (tmp_path / "pdf").exists()
