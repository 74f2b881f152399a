"""The built-in audiences: listed, copied, rendered from the seeds, Traditional on request."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import TemplateError, UsageError
from reportgen.nodes import Div, Image, Noted, Table, block_text, plain
from reportgen.render import build_context, load_audience, render, render_markdown_text
from reportgen.render.audiences import Audience, list_audiences, new_audience

BUILT_IN = ("weekly", "leadership", "digest", "research")


@pytest.fixture(scope="module")
def seed_model(seed_paths: list[Path]):
    """Return (records, extractions) for the seeds, computed once."""
    from reportgen.aggregate import compare
    from reportgen.pipeline import Options, extract_paths

    extractions = extract_paths(seed_paths, Options())
    return compare(extractions).to_records(), extractions


def rendered(audience: Audience, seed_model, tmp_path: Path, review: bool = False):
    records, extractions = seed_model
    return render(audience, build_context(records, audience.settings, review=review), tmp_path)


def inlines(doc) -> list:
    """Return every inline of a document, in order (tables, lists and divs included)."""
    out = []

    def walk(blocks):
        for b in blocks:
            for attr in ("content",):
                out.extend(getattr(b, attr, ()))
            if isinstance(b, Table):
                for row in (b.header,) + b.rows:
                    for cell in row:
                        out.extend(cell)
            for item in getattr(b, "items", ()):
                walk(item)
            walk(getattr(b, "children", ()))
    walk(doc.blocks)
    return out


def test_templates_list_shows_the_four(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["templates", "list"])
    assert result.exit_code == 0, result.output
    listed = [line.split()[0] for line in result.output.splitlines()]
    assert sorted(listed) == sorted(BUILT_IN)
    assert "工作简报" in result.output


def test_templates_new_copies_and_refuses_overwrite(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["templates", "new", "county", "--from", "weekly"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "templates" / "county" / "settings.toml").is_file()
    assert "county" in [a.name for a in list_audiences()]
    again = runner.invoke(main, ["templates", "new", "county", "--from", "weekly"])
    assert again.exit_code == UsageError.exit_code
    assert "already exists" in again.output


@pytest.mark.parametrize("name", ["../evil", "a/b", ".hidden", ""], ids=["dotdot", "slash", "dot", "empty"])
def test_templates_new_refuses_bad_name(monkeypatch, tmp_path: Path, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError):
        new_audience(name, "weekly")


def test_templates_unknown_audience_names_the_known(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="known: .*weekly"):
        load_audience("nosuch")


@pytest.mark.parametrize("settings, words", [
    ('formats = ["odt"]', "formats"),
    ('script = "klingon"', "script"),
    ('formats = [', "not valid TOML"),
], ids=["format", "script", "toml"])
def test_templates_bad_settings_name_the_file(tmp_path: Path, settings: str, words: str) -> None:
    (tmp_path / "settings.toml").write_text(settings, encoding="utf-8")
    (tmp_path / "body.md.j2").write_text("x", encoding="utf-8")
    with pytest.raises(TemplateError, match=words) as info:
        load_audience(tmp_path)
    assert "settings.toml" in str(info.value)


@pytest.mark.parametrize("name", BUILT_IN)
def test_templates_audience_renders_from_seeds(name: str, seed_model, seed_paths, tmp_path: Path) -> None:
    doc = rendered(load_audience(name), seed_model, tmp_path, review=True)
    text = "\n".join(block_text(b) for b in doc.blocks)
    assert "本期汇总" in text or "方法说明" in text
    images = [b for b in doc.blocks if isinstance(b, Image)]
    assert images and all(Path(i.path).is_file() for i in images)
    notes = [n for n in inlines(doc) if isinstance(n, Noted)]
    assert notes and all(any(p.name in n.note for p in seed_paths) for n in notes)
    assert doc.meta["copy"] == "review"


@pytest.mark.parametrize("name", BUILT_IN)
def test_templates_clean_copy_names_no_input_file(name: str, seed_model, seed_paths, tmp_path: Path) -> None:
    """The copy for distribution: no file names, ISO week codes, English codes or half-width commas in Chinese."""
    doc = rendered(load_audience(name), seed_model, tmp_path)
    text = "\n".join(block_text(b) for b in doc.blocks)
    notes = "\n".join(n.note for n in inlines(doc) if isinstance(n, Noted))
    assert doc.meta["copy"] == "clean"
    for p in seed_paths:
        assert p.name not in text and p.name not in notes and p.stem[4:] not in text + notes
    assert not re.search(r"\d{4}-W\d", text)
    assert not re.search(r"[a-z]{2,}_[a-z]{2,}|\b(?:over|approx|under)\b", text)
    assert not re.search(r"[\u4e00-\u9fff][,;:][\u4e00-\u9fff]", text + notes)
    assert "报送材料清单" not in text and "数据质量提示" not in text


def test_templates_weekly_has_masthead_table_and_distribution(seed_model, tmp_path: Path) -> None:
    doc = rendered(load_audience("weekly"), seed_model, tmp_path)
    divs = {b.name: b for b in doc.blocks if isinstance(b, Div)}
    assert {"masthead", "note", "distribution"} <= divs.keys()
    assert divs["masthead"].attr("title") == "工作简报"
    assert divs["distribution"].attr("copies") == "30"
    (table,) = [b for b in doc.blocks if isinstance(b, Table)][:1]
    assert plain(table.header[0]) == "单位" and any(plain(c) == "未报送" for r in table.rows for c in r)


def test_templates_every_number_shown_is_sourced_or_a_count(seed_model, tmp_path: Path) -> None:
    """No number in generated prose comes from nowhere: figures are Noted; other digits are model counts."""
    records, extractions = seed_model
    doc = rendered(load_audience("weekly"), seed_model, tmp_path)
    counts = {str(len(records["units"])), str(sum(e.source.status == "ok" for e in extractions)), "1", "2", "3"}
    summary = next(b for b in doc.blocks if "本期汇总" in block_text(b))
    for node in summary.content:
        if not isinstance(node, Noted):
            for number in re.findall(r"\d+", plain((node,))):
                assert number in counts or any(number in f["text"] for f in records["figures"]), number


def test_templates_traditional_script_converts(seed_model, tmp_path: Path) -> None:
    weekly = load_audience("weekly")
    audience = Audience("weekly", weekly.folder, {**weekly.settings, "script": "traditional"})
    records, extractions = seed_model
    context = build_context(records, audience.settings)
    markdown = render_markdown_text(audience, context)
    assert "本期彙總" in markdown and "工作簡報" in markdown
    doc = render(audience, context, tmp_path)
    assert any("，" in n.note for n in inlines(doc) if isinstance(n, Noted))


def test_templates_value_with_markdown_characters_stays_in_its_cell(seed_model, tmp_path: Path) -> None:
    records, extractions = seed_model
    unit = records["units"][0]
    odd = "甲|乙*局"
    patched = {**records, "units": [odd if u == unit else u for u in records["units"]],
               "cells": [{**c, "unit": odd} if c["unit"] == unit else c for c in records["cells"]]}
    audience = load_audience("weekly")
    doc = render(audience, build_context(patched, audience.settings), tmp_path)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert plain(table.rows[0][0]) == odd
    assert all(len(row) == len(table.header) for row in table.rows)


def test_templates_reference_docx_named_in_settings_styles_the_briefing(monkeypatch, tmp_path: Path, seeds_dir) -> None:
    """An office's reference.docx, named in a copied audience's settings, reaches the Word writer."""
    import docx
    from docx.shared import Pt

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["templates", "new", "office", "--from", "leadership"]).exit_code == 0
    ref = docx.Document()
    ref.styles["Normal"].font.size = Pt(10.5)
    ref.save(str(tmp_path / "templates" / "office" / "reference.docx"))
    settings = tmp_path / "templates" / "office" / "settings.toml"
    settings.write_text('reference_docx = "reference.docx"\n' + settings.read_text("utf-8"), encoding="utf-8")
    one = tmp_path / "in"
    one.mkdir()
    (one / "r.txt").write_bytes(next(seeds_dir.glob("000_*.txt")).read_bytes())
    result = runner.invoke(main, ["build", str(one), "--audience", "office", "--out", "out"])
    assert result.exit_code == 0, result.output
    (written,) = (tmp_path / "out").glob("*-office.docx")
    assert docx.Document(str(written)).styles["Normal"].font.size.pt == 10.5


def test_templates_weekly_prose_comes_from_the_reports(seed_model, tmp_path: Path) -> None:
    """Each unit with text gets its own sentences; 典型经验 are whole sentences; 编者按 is labelled."""
    from reportgen.nodes import Heading, ListBlock, Para

    records, extractions = seed_model
    doc = rendered(load_audience("weekly"), seed_model, tmp_path)
    text = "\n".join(block_text(b) for b in doc.blocks)
    assert "该单位材料未列出分项措施" not in text
    note = next(b for b in doc.blocks if isinstance(b, Div) and b.name == "note")
    assert block_text(note).startswith("编者按：")
    paragraphs = "".join(p for e in extractions for a in e.articles for p in a.paragraphs)
    squeeze = lambda s: re.sub(r"[，,；;：:。\s]", "", s)
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "典型经验")
    experiences = next(b for b in blocks[start:] if isinstance(b, ListBlock))
    for item in experiences.items:
        sentence = block_text(item[0]).split("：", 1)[1]
        assert sentence.endswith("。") and squeeze(sentence) in squeeze(paragraphs), sentence
    units = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 2]
    with_prose = [blocks[i + 1] for i in units if isinstance(blocks[i + 1], Para)]
    assert len(with_prose) == len(units)


def test_clean_copy_calls_a_row_without_a_named_unit_by_its_kind_as_a_clerk_does() -> None:
    """The comparison flags a row the text names no unit for (待确认单位N) for the editor;
    the copy for distribution writes it as a clerk writes an unnamed unit, 某 + the kind of
    unit its report calls itself (我乡 → 某乡), instead of showing an editor's flag."""
    from reportgen.render.context import unit_labels_without_files, unnamed
    from reportgen.render.prose import ProseRules

    records = {"units": ["甲县", "（待确认单位1）"],
               "cells": [{"unit": "（待确认单位1）", "indicator": "opinions"}],
               "merges": [{"name": "（待确认单位1）", "unit": "（待确认单位1）"}],
               "articles": [{"unit": "（待确认单位1）", "document": "in/x.txt",
                             "paragraphs": ["今年以来，我乡组织干部逐户走访，我乡共收集意见建议40条。"]}]}
    clean = unit_labels_without_files(records, ProseRules.load().naming)
    assert clean["units"] == ["甲县", "某乡"]
    assert clean["cells"][0]["unit"] == "某乡" and "待确认" not in str(clean)
    assert unnamed("某乡", clean) and not unnamed("甲县", clean)
    assert records["units"][1] == "（待确认单位1）"  # the review copy's records are untouched
