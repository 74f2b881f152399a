"""``reportgen build``: the whole job on the seeds, with the real PDF tools where installed."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import TemplateError
from reportgen.pipeline import BuildRequest, Options, build

pytestmark = pytest.mark.slow


def request(paths: list[Path], out: Path, **kw) -> BuildRequest:
    fields = dict(paths=paths, out_dir=out, audiences=[], template_dirs=[], formats=[],
                  db=out.parent / f"{out.name}-history.sqlite", period=None, options=Options())
    return BuildRequest(**{**fields, **kw})


def pdftotext(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, seed_paths: list[Path]) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("build")
    return out, build(request(seed_paths, out))


def test_build_writes_weekly_docx_and_digest_pdf(seed_build) -> None:
    out, written = seed_build
    assert sorted(p.name for p in written) == ["工作简报第1期-extract.json", "工作简报第1期-weekly-审阅.docx",
                                               "工作简报第1期-weekly.docx", "教育实践活动工作汇编第1期-digest.pdf"]
    assert all(p.stat().st_size > 0 for p in written)
    assert not list(out.glob("*.sqlite")) and (out.parent / f"{out.name}-history.sqlite").is_file()
    assert not list(out.glob("*.part")) and not list(out.glob("*.png"))


def test_build_digest_names_every_unit_and_no_file(seed_build, seed_paths: list[Path]) -> None:
    from reportgen.aggregate import compare
    from reportgen.pipeline import Options, extract_paths
    from reportgen.taxonomy import load_taxonomy

    out, _ = seed_build
    text = pdftotext(out / "教育实践活动工作汇编第1期-digest.pdf").replace("\n", "")
    units = compare(extract_paths(seed_paths, Options()), load_taxonomy()).units  # the reporting units, no news items
    assert units and all(u in text for u in units)
    assert "3077" in text
    assert not any(p.name in text for p in seed_paths)
    assert "3077名[" in text and "3077名1" not in text  # a copied number reads as the number


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_build_weekly_clean_copy_has_no_comments_review_copy_has_them(seed_build, seed_paths: list[Path]) -> None:
    import docx

    out, _ = seed_build
    clean, review = out / "工作简报第1期-weekly.docx", out / "工作简报第1期-weekly-审阅.docx"
    assert not list(docx.Document(str(clean)).comments)
    assert not any(p.name in docx_text(clean) for p in seed_paths)
    comments = list(docx.Document(str(review)).comments)
    assert comments and any("3077名" in c.text and seed_paths[0].name in c.text for c in comments)
    assert all(p.name in docx_text(review) for p in seed_paths)


def test_build_survives_unreadable_and_empty_files(tmp_path: Path, seed_paths: list[Path]) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(seed_paths[0], corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    written = build(request([corpus], tmp_path / "out", audiences=["weekly"]))
    text = docx_text(next(p for p in written if "审阅" in p.name))
    assert "empty.txt" in text and "broken.docx" in text
    assert "已跳过" in text or "读取失败" in text


def test_build_template_dir_and_format_override(tmp_path: Path, seed_paths: list[Path], monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["templates", "new", "mine", "--from", "leadership"])
    assert result.exit_code == 0, result.output
    written = build(request(seed_paths[:2], tmp_path / "out", template_dirs=[tmp_path / "templates" / "mine"],
                            formats=["pdf"]))
    assert [p.name for p in written] == ["教育实践活动进展要情第1期-extract.json", "教育实践活动进展要情第1期-mine.pdf"]


def test_build_bad_template_fails_with_file_and_line(tmp_path: Path, seed_paths: list[Path]) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "settings.toml").write_text('formats = ["docx"]\n', encoding="utf-8")
    (folder / "body.md.j2").write_text("标题\n{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"body\.md\.j2:2.*refused"):
        build(request(seed_paths[:1], tmp_path / "out", template_dirs=[folder]))
    assert not list((tmp_path / "out").glob("*bad.docx"))
