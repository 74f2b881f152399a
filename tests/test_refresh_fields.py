"""``build --refresh-fields``: the Word contents get their page numbers from LibreOffice at build time."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reportgen.cli import main
from reportgen.errors import OutputError
from reportgen.project import parse_project
from reportgen.writers import refresh_fields as fields
from reportgen.writers.docx_fields import set_update_fields

needs_soffice = pytest.mark.skipif(fields.soffice() is None, reason="LibreOffice (soffice) is not installed")
HEADINGS = ["总体情况", "各单位工作进展", "存在问题"]


def _mark(run, kind: str) -> None:
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run._r.append(mark)


def _stale_toc_document(path: Path) -> Path:
    """Write a document whose TOC field still shows one stale line, over three pages of headings (as Word saves one)."""
    document = docx.Document()
    p = document.add_paragraph()
    _mark(p.add_run(), "begin")
    instr = OxmlElement("w:instrText")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    p.add_run()._r.append(instr)
    _mark(p.add_run(), "separate")
    p.add_run("右键单击此处更新目录")
    _mark(p.add_run(), "end")
    for n, name in enumerate(HEADINGS):
        if n:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(name, 1)
        document.add_paragraph("本周开展走访调研，收集意见建议。" * 10)
        document.add_heading(f"{name}的细目", 2)
    set_update_fields(document)   # as the writers leave it: Word is asked to refresh on opening
    document.save(str(path))
    return path


def _contents(path: Path) -> list[str]:
    """Return the lines of the document's TOC field as shown: text, a tab as ``|``, the page."""
    paragraphs, first, last = fields._toc_span(docx.Document(str(path)).element.body)
    lines = []
    for paragraph in paragraphs[first:last + 1]:
        shown = "".join("|" if el.tag == qn("w:tab") else el.text or ""
                        for el in paragraph.iter(qn("w:t"), qn("w:tab")) if el.getparent().tag == qn("w:r"))
        lines.append(shown)
    return lines


@needs_soffice
def test_a_stale_contents_gets_every_heading_with_its_page(tmp_path: Path) -> None:
    path = _stale_toc_document(tmp_path / "简报.docx")
    assert _contents(path) == ["右键单击此处更新目录"]
    result = fields.refresh_fields([path])
    assert result.refreshed == (path,) and not result.missing
    assert _contents(path) == ["总体情况|1", "总体情况的细目|1", "各单位工作进展|2", "各单位工作进展的细目|2",
                               "存在问题|3", "存在问题的细目|3"]
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.style.name.startswith("Heading")][:2] == ["总体情况", "总体情况的细目"]
    assert [sorted(p.name for p in tmp_path.iterdir())] == [["简报.docx"]]  # no staged copy left
    assert "updateFields" not in _settings_xml(path)   # filled: Word no longer asks to update them


def _settings_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/settings.xml").decode("utf-8")


def test_the_stale_document_asks_word_to_update_its_fields() -> None:
    """The refresh test's starting point carries the flag, so its removal is the refresh's doing."""
    document = docx.Document()
    set_update_fields(document)
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_a_document_without_contents_is_not_sent_to_libreoffice(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "无目录.docx"
    document = docx.Document()
    document.add_paragraph("第1页")
    document.save(str(path))
    before = path.read_bytes()
    monkeypatch.setattr(fields, "_run", lambda *a: pytest.fail("LibreOffice was started for a file with no contents"))
    assert fields.refresh_fields([path]) == fields.FieldRefresh()
    assert path.read_bytes() == before


def _fielded_document(path: Path, instruction: str) -> Path:
    """Write a one-page document holding one field ``instruction`` and asking Word to update fields on opening."""
    document = docx.Document()
    p = document.add_paragraph("第")
    _mark(p.add_run(), "begin")
    instr = OxmlElement("w:instrText")
    instr.text = f" {instruction} "
    p.add_run()._r.append(instr)
    _mark(p.add_run(), "separate")
    p.add_run("1")
    _mark(p.add_run(), "end")
    p.add_run("页")
    set_update_fields(document)
    document.save(str(path))
    return path


def test_a_file_with_only_page_fields_stops_asking_word_without_libreoffice(tmp_path: Path, monkeypatch) -> None:
    pages = _fielded_document(tmp_path / "页码.docx", "PAGE")
    other = _fielded_document(tmp_path / "引用.docx", "REF 书签1 \\h")
    monkeypatch.setattr(fields, "_run", lambda *a: pytest.fail("LibreOffice was started for a file with no contents"))
    assert fields.refresh_fields([pages, other]) == fields.FieldRefresh()
    assert "updateFields" not in _settings_xml(pages)
    assert "第1页" in docx.Document(str(pages)).paragraphs[0].text    # the text and its field stay
    assert '<w:updateFields w:val="true"/>' in _settings_xml(other)    # a cross-reference still needs Word's update


def test_without_libreoffice_the_file_is_kept_and_the_result_says_so(tmp_path: Path, monkeypatch) -> None:
    path = _stale_toc_document(tmp_path / "简报.docx")
    before = path.read_bytes()
    monkeypatch.setattr(fields, "soffice", lambda: None)
    assert fields.refresh_fields([path]) == fields.FieldRefresh(missing=True)
    assert path.read_bytes() == before


@needs_soffice
def test_a_refresh_that_outlasts_its_time_stops_and_changes_nothing(tmp_path: Path) -> None:
    path = _stale_toc_document(tmp_path / "简报.docx")
    before = path.read_bytes()
    with pytest.raises(OutputError, match="longer than 0.01 s"):
        fields.refresh_fields([path], timeout_s=0.01)
    assert path.read_bytes() == before


@needs_soffice
def test_build_refresh_fields_fills_the_digest_contents_and_keeps_the_review_comments(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--audience", "digest", "--format", "docx", "--out", "out",
                                       "--refresh-fields"])
    assert result.exit_code == 0, result.output
    assert "contents and page numbers filled by LibreOffice in 2 Word document(s)" in result.output
    (clean,) = Path("out").glob("*digest.docx")
    (review,) = Path("out").glob("*digest-审阅.docx")
    lines = _contents(clean)
    assert lines[0].startswith("一、") and all(re.fullmatch(r"[^|]+\|\d+", line) for line in lines), lines
    pages = [int(line.rsplit("|", 1)[1]) for line in lines]
    assert pages == sorted(pages) and pages[0] > 1  # the cover and the contents come first
    assert sum(1 for line in _contents(review) if re.search(r"\|\d+$", line)) == len(_contents(review))
    assert "updateFields" not in _settings_xml(clean) and "updateFields" not in _settings_xml(review)
    with zipfile.ZipFile(review) as package:
        assert package.read("word/comments.xml").count(b"<w:comment ") > 0
        assert b"commentReference" in package.read("word/document.xml")


def test_build_without_libreoffice_says_so_in_the_summary(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(fields, "soffice", lambda: None)
    result = CliRunner().invoke(main, ["build", "--audience", "digest", "--format", "docx", "--out", "out",
                                       "--refresh-fields"])
    assert result.exit_code == 0, result.output
    assert "LibreOffice is not installed, so the contents were not filled" in result.output
    (clean,) = Path("out").glob("*digest.docx")
    assert not any(re.search(r"\|\d+$", line) for line in _contents(clean))


def test_the_project_file_and_audience_settings_take_refresh_fields(tmp_path: Path) -> None:
    from reportgen.errors import TemplateError, UsageError
    from reportgen.render.settings import validate_settings

    project = tmp_path / "reportgen.toml"
    project.write_text("[build]\nrefresh_fields = true\n", encoding="utf-8")
    assert parse_project(project).refresh_fields is True
    project.write_text('[build]\nrefresh_fields = "yes"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="refresh_fields must be true / false"):
        parse_project(project)
    assert validate_settings(tmp_path / "settings.toml", {"refresh_fields": True})["refresh_fields"] is True
    with pytest.raises(TemplateError, match="refresh_fields"):
        validate_settings(tmp_path / "settings.toml", {"refresh_fields": "yes"})


@needs_soffice
def test_a_build_whose_refresh_runs_out_of_time_writes_and_records_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(fields, "REFRESH_TIMEOUT_S", 0.01)
    result = CliRunner().invoke(main, ["build", "--audience", "digest", "--format", "docx", "--out", "out",
                                       "--refresh-fields"])
    assert result.exit_code == 6, result.output
    assert "longer than 0.01 s to refresh the fields" in result.output
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # no document, no export, no history store
