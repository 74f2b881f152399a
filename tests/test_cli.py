"""The command line: help, version, errors, and the export's shape on the seeds."""
from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from reportgen.cli import main


def test_cli_help_does_not_import_heavy_libraries():
    code = "import sys; from reportgen.cli import main; print(sorted(m for m in ('pandas','jieba','reportlab','docx','PIL') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "reportgen" in result.output


def test_cli_extract_lists_every_seed_once(seeds_dir, tmp_path):
    out = tmp_path / "x.json"
    result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    docs = json.loads(out.read_text("utf-8"))["documents"]
    assert sorted(d["path"].rsplit("/", 1)[-1] for d in docs) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert all(d["status"] == "ok" for d in docs)


def test_cli_missing_path_is_in_the_export_and_fails_the_run(tmp_path):
    """The export still lists it, and the exit code says nothing was read (8)."""
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["extract", str(missing), "--lang", "en"])
    assert result.exit_code == 8
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["status"] == "error" and doc["error"] == "no such file; check the name and spelling"
    assert doc["reason"] == {"code": "not_found", "params": {}}
    assert "no such file or folder" in result.stderr and str(missing) in result.stderr


def test_cli_build_prints_table_of_files_written(seeds_dir, tmp_path, monkeypatch):
    """``build`` ends with a table naming each file written and its kind."""
    monkeypatch.chdir(tmp_path)
    one = tmp_path / "in"
    one.mkdir()
    (one / "a.txt").write_bytes(next(iter(sorted(seeds_dir.glob("000_*.txt")))).read_bytes())
    out = tmp_path / "out"
    result = CliRunner(env={"COLUMNS": "250"}).invoke(
        main, ["build", str(one), "--out", str(out), "--audience", "weekly", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "工作简报第1期-weekly.docx" in result.output and "Word" in result.output
    assert "工作简报第1期-extract.json" in result.output and (out / "工作简报第1期-weekly.docx").stat().st_size > 0


def _fails_on_marked_text(monkeypatch):
    """Make extraction meet a defect on any report holding the word 故障 (the way a bug meets one report's text)."""
    import reportgen.extract
    from reportgen.nodes import block_text

    real = reportgen.extract.extract

    def extract(document, lexicon, *args, **kwargs):
        if any("故障" in block_text(block) for block in document.blocks):
            raise IndexError("list index out of range")
        return real(document, lexicon, *args, **kwargs)

    monkeypatch.setattr(reportgen.extract, "extract", extract)


def test_a_defect_on_one_report_fails_that_file_and_the_others_are_extracted(tmp_path, monkeypatch):
    _fails_on_marked_text(monkeypatch)
    (tmp_path / "a.txt").write_text("某县扎实开展主题教育，组织党员1200名参加集中学习。\n", "utf-8")
    (tmp_path / "b.txt").write_text("某镇召开座谈会，排查故障隐患30处。\n", "utf-8")
    out = tmp_path / "x.json"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--lang", "en",
                                       "--jobs", "1", "--output", str(out)])
    assert result.exit_code == 3, result.output
    a, b = json.loads(out.read_text("utf-8"))["documents"]
    assert a["status"] == "ok" and a["articles"][0]["figures"][0]["value"] == 1200
    assert b["status"] == "error" and b["reason"] == {"code": "extraction_defect", "params": {"error": "IndexError"}}
    assert "reportgen --debug" in b["error"] and "Traceback" not in result.stderr


def test_with_debug_a_defect_stops_the_run_with_its_traceback(tmp_path, monkeypatch):
    _fails_on_marked_text(monkeypatch)
    (tmp_path / "b.txt").write_text("某镇召开座谈会，排查故障隐患30处。\n", "utf-8")
    result = CliRunner().invoke(main, ["--debug", "extract", str(tmp_path / "b.txt"), "--jobs", "1"])
    assert result.exit_code != 0 and isinstance(result.exception, IndexError)
