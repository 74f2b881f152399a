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
