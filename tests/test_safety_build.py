"""Issue 11 probes on builds: validate first, failed builds change nothing, stores that know themselves, exit codes."""
from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.resources import templates_dir

pytestmark = pytest.mark.slow


def run(*args: str):
    """Run reportgen; a build's history store is kept in its output folder (an explicit ``--db``), so
    a snapshot of that folder covers the store too (by default it lives in the project folder)."""
    args = list(args)
    if "build" in args and "--out" in args and "--db" not in args:
        args += ["--db", str(Path(args[args.index("--out") + 1]) / "history.sqlite")]
    return CliRunner().invoke(main, args)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file of a folder (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good_build(tmp_path_factory, seed_paths: list[Path]) -> tuple[Path, list[Path]]:
    """A finished build of two seeds (leadership audience), its output folder and inputs."""
    out = tmp_path_factory.mktemp("good") / "out"
    inputs = [str(p) for p in seed_paths[:2]]
    result = run("build", *inputs, "--audience", "leadership", "--out", str(out), "--period", "2014-W21")
    assert result.exit_code == 0, result.output
    return out, seed_paths[:2]


def copy_of(good_build, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(good_build[0], out)
    return out


def issue_numbers(db: Path) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute("SELECT period, issue_no FROM builds ORDER BY issue_no").fetchall()


# -- validate first, then work, then commit -------------------------------------

def test_format_exe_is_refused_before_any_report_is_read(good_build, tmp_path: Path, monkeypatch) -> None:
    out = copy_of(good_build, tmp_path)
    before = snapshot(out)
    monkeypatch.setattr("reportgen.pipeline.extract_paths", lambda *a, **k: pytest.fail("extraction ran"))
    result = run("build", *map(str, good_build[1]), "--out", str(out), "--format", "exe")
    assert result.exit_code == 2 and "--format exe" in result.output
    assert snapshot(out) == before


def test_settings_error_is_found_before_extraction_and_changes_nothing(good_build, tmp_path: Path,
                                                                      monkeypatch) -> None:
    out = copy_of(good_build, tmp_path)
    before = snapshot(out)
    folder = tmp_path / "office"
    shutil.copytree(templates_dir() / "leadership", folder)
    (folder / "settings.toml").write_text((folder / "settings.toml").read_text("utf-8") + "\n[sections]\nsumary = true\n",
                                          encoding="utf-8")
    monkeypatch.setattr("reportgen.pipeline.extract_paths", lambda *a, **k: pytest.fail("extraction ran"))
    result = run("build", *map(str, good_build[1]), "--out", str(out), "--template", str(folder))
    assert result.exit_code == 5, result.output
    assert "[sections] sumary: unknown setting; did you mean 'summary'?" in result.output
    assert snapshot(out) == before


def test_unknown_indicator_id_is_refused_before_extraction(good_build, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "office"
    shutil.copytree(templates_dir() / "leadership", folder)
    settings = folder / "settings.toml"
    settings.write_text(settings.read_text("utf-8").replace('indicators = ["party_members"', 'indicators = ["nosuch"'),
                        encoding="utf-8")
    monkeypatch.setattr("reportgen.pipeline.extract_paths", lambda *a, **k: pytest.fail("extraction ran"))
    result = run("build", *map(str, good_build[1]), "--out", str(tmp_path / "o"), "--template", str(folder))
    assert result.exit_code == 5 and "'nosuch' is not in the taxonomy" in result.output
    assert not (tmp_path / "o").exists()


def test_template_syntax_error_is_found_before_extraction(good_build, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "office"
    shutil.copytree(templates_dir() / "leadership", folder)
    (folder / "body.md.j2").write_text("标题\n{% for x in %}\n", encoding="utf-8")
    monkeypatch.setattr("reportgen.pipeline.extract_paths", lambda *a, **k: pytest.fail("extraction ran"))
    result = run("build", *map(str, good_build[1]), "--out", str(tmp_path / "o"), "--template", str(folder))
    assert result.exit_code == 5 and "body.md.j2:2" in result.output


def test_render_failure_after_extraction_leaves_outputs_and_history_byte_for_byte(good_build, tmp_path: Path) -> None:
    out = copy_of(good_build, tmp_path)
    before = snapshot(out)
    folder = tmp_path / "leadership"
    shutil.copytree(templates_dir() / "leadership", folder)
    (folder / "body.md.j2").write_text("标题\n{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    result = run("build", *map(str, good_build[1]), "--out", str(out), "--template", str(folder),
                 "--period", "2014-W22")
    assert result.exit_code == 5 and "body.md.j2:2" in result.output
    assert snapshot(out) == before  # the extract, the document and history.sqlite untouched
    assert issue_numbers(out / "history.sqlite") == [("2014-W21", 1)]


def test_a_good_rebuild_replaces_outputs_and_takes_the_next_number(good_build, tmp_path: Path) -> None:
    out = copy_of(good_build, tmp_path)
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(out),
                 "--period", "2014-W22")
    assert result.exit_code == 0, result.output
    assert issue_numbers(out / "history.sqlite") == [("2014-W21", 1), ("2014-W22", 2)]
    assert sorted(p.name for p in out.iterdir()) == [  # week 22 beside week 21, never over it
        "history.sqlite", "教育实践活动进展要情第1期-extract.json", "教育实践活动进展要情第1期-leadership-审阅.docx",
        "教育实践活动进展要情第1期-leadership.docx", "教育实践活动进展要情第2期-extract.json",
        "教育实践活动进展要情第2期-leadership-审阅.docx", "教育实践活动进展要情第2期-leadership.docx"]


def test_nothing_readable_writes_nothing_and_uses_no_number(good_build, tmp_path: Path) -> None:
    out = copy_of(good_build, tmp_path)
    before = snapshot(out)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_bytes(b"")
    (junk / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    result = run("build", str(junk), "--audience", "leadership", "--out", str(out), "--period", "2014-W23")
    assert result.exit_code == 8, result.output
    assert "empty.txt" in result.output and "broken.docx" in result.output
    assert snapshot(out) == before


def test_nothing_readable_into_a_new_folder_creates_no_store(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(tmp_path / "empty.txt"), "--audience", "leadership", "--out", str(tmp_path / "o"))
    assert result.exit_code == 8
    assert not (tmp_path / "o" / "history.sqlite").exists()


def test_some_inputs_unreadable_writes_documents_and_exits_3(good_build, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(good_build[1][0], corpus)
    (corpus / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    result = run("build", str(corpus), "--audience", "leadership", "--out", str(tmp_path / "o"))
    assert result.exit_code == 3, result.output
    assert "broken.docx" in result.output
    assert len(list((tmp_path / "o").glob("*第1期-leadership.docx"))) == 1


def test_leftover_part_files_and_stage_folders_are_removed_by_the_next_build(good_build, tmp_path: Path) -> None:
    out = copy_of(good_build, tmp_path)
    (out / ".weekly.docx.ab12cd34.part").write_bytes(b"half a document")
    stage = out / ".reportgen-stage-dead1234"
    stage.mkdir()
    (stage / ".owner-pid").write_text("999999999", encoding="ascii")
    (out / "notes.part").write_text("the user's own file", encoding="utf-8")
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert not (out / ".weekly.docx.ab12cd34.part").exists() and not stage.exists()
    assert (out / "notes.part").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".reportgen-stage-")]


# -- a store that knows itself ----------------------------------------------------

def test_a_foreign_sqlite_database_is_refused_untouched(good_build, tmp_path: Path) -> None:
    db = tmp_path / "customers.sqlite"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('甲公司')")
    before = db.read_bytes()
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(tmp_path / "o"),
                 "--db", str(db))
    assert result.exit_code == 7, result.output
    assert "reportgen did not make" in result.output and "customers" in result.output
    assert db.read_bytes() == before
    assert not (tmp_path / "o").exists()


def test_a_store_of_a_newer_schema_is_refused_with_upgrade(good_build, tmp_path: Path) -> None:
    out = copy_of(good_build, tmp_path)
    with closing(sqlite3.connect(out / "history.sqlite")) as conn, conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    before = snapshot(out)
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(out))
    assert result.exit_code == 7 and "upgrade reportgen" in result.output
    assert snapshot(out) == before


V1_STORE = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reports (sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, first_seen TEXT NOT NULL, export TEXT NOT NULL);
CREATE TABLE builds (id INTEGER PRIMARY KEY, series TEXT NOT NULL, period TEXT NOT NULL, issue_no INTEGER NOT NULL,
    built_at TEXT NOT NULL, UNIQUE (series, period), UNIQUE (series, issue_no));
CREATE TABLE build_reports (build_id INTEGER NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (build_id, sha256));
CREATE TABLE cells (build_id INTEGER NOT NULL, unit TEXT NOT NULL, indicator TEXT NOT NULL, value REAL NOT NULL,
    value_max REAL, unit_word TEXT, count_unit TEXT, qualifier TEXT, PRIMARY KEY (build_id, unit, indicator));
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO builds VALUES (1, 'weekly', '2014-W20', 7, '2014-05-16T00:00:00+00:00');
"""


def test_an_older_store_is_backed_up_then_migrated(good_build, tmp_path: Path) -> None:
    from reportgen.aggregate.store import APPLICATION_ID, SCHEMA_VERSION

    db = tmp_path / "old.sqlite"
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executescript(V1_STORE)
    before = db.read_bytes()
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(tmp_path / "o"),
                 "--db", str(db), "--period", "2014-W21")
    assert result.exit_code == 0, result.output
    backup = tmp_path / "old.sqlite.v1.bak"
    with closing(sqlite3.connect(backup)) as conn, conn:
        assert conn.execute("SELECT period, issue_no FROM builds").fetchall() == [("2014-W20", 7)]
    assert backup.read_bytes()[:16] == before[:16]
    with closing(sqlite3.connect(db)) as conn, conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert conn.execute("SELECT period, issue_no FROM builds ORDER BY issue_no").fetchall() == [
            ("2014-W20", 7), ("2014-W21", 8)]


def test_a_text_file_as_store_is_refused_untouched(good_build, tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("这不是数据库\n", encoding="utf-8")
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(tmp_path / "o"),
                 "--db", str(db))
    assert result.exit_code == 7 and "not a SQLite database" in result.output
    assert db.read_text("utf-8") == "这不是数据库\n"


# -- exit codes ---------------------------------------------------------------------

def _boom(*args, **kwargs):
    raise ZeroDivisionError("division by zero in a stage")


def test_an_unexpected_error_is_a_short_message_and_exit_70(tmp_path: Path, seed_paths, monkeypatch) -> None:
    monkeypatch.setattr("reportgen.pipeline.build_report", _boom)
    result = run("build", str(seed_paths[0]), "--out", str(tmp_path / "o"))
    assert result.exit_code == 70
    assert "unexpected ZeroDivisionError" in result.output and "report it" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback_of_an_unexpected_error(tmp_path: Path, seed_paths, monkeypatch) -> None:
    monkeypatch.setattr("reportgen.pipeline.build_report", _boom)
    result = run("--debug", "build", str(seed_paths[0]), "--out", str(tmp_path / "o"))
    assert result.exit_code != 0 and isinstance(result.exception, ZeroDivisionError)


def test_an_interrupt_exits_130(tmp_path: Path, seed_paths, monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("reportgen.pipeline.build_report", interrupted)
    result = run("build", str(seed_paths[0]), "--out", str(tmp_path / "o"))
    assert result.exit_code == 130 and "Interrupted" in result.output


def test_extract_of_readable_reports_exits_0_and_of_a_missing_path_non_zero(tmp_path: Path, seed_paths) -> None:
    assert run("extract", str(seed_paths[0])).exit_code == 0
    assert run("extract", str(seed_paths[0]), str(tmp_path / "missing.txt")).exit_code == 3
    assert run("extract", str(tmp_path / "missing.txt")).exit_code == 8


def test_exit_codes_are_documented_in_help_and_readme() -> None:
    from reportgen.cli import EXIT_CODES

    help_text = run("--help").output
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    for code in ("0", "2", "3", "4", "5", "6", "7", "8", "70", "130"):
        assert f"\n  {code} " in EXIT_CODES and f"  {code}  " in help_text
        assert f"| {code} |" in readme


@pytest.mark.parametrize("value", ["-3", "0", "nan", "inf"])
def test_max_mb_must_be_a_positive_finite_number(tmp_path: Path, seed_paths, value: str) -> None:
    result = run("extract", str(seed_paths[0]), "--max-mb", value)
    assert result.exit_code == 2 and "--max-mb" in result.output


def test_publish_can_be_undone_when_the_history_cannot_commit(tmp_path: Path) -> None:
    from reportgen.staging import Staging

    out = tmp_path / "out"
    out.mkdir()
    (out / "weekly.docx").write_bytes(b"last week's briefing")
    with Staging(out) as stage:
        stage.path("weekly.docx").write_bytes(b"this week's briefing")
        stage.path("extract.json").write_bytes(b"{}")
        restore = stage.publish()
        assert (out / "weekly.docx").read_bytes() == b"this week's briefing"
        restore()
    assert (out / "weekly.docx").read_bytes() == b"last week's briefing"
    assert sorted(p.name for p in out.iterdir()) == ["weekly.docx"]


def test_a_failing_history_commit_puts_the_previous_outputs_back(good_build, tmp_path: Path, monkeypatch) -> None:
    import reportgen.aggregate.history as history

    out = copy_of(good_build, tmp_path)
    before = snapshot(out)

    class FailingCommit:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("disk I/O error")
            return self.conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    real_open = history._open_for_write
    monkeypatch.setattr(history, "_open_for_write",
                        lambda path: (lambda pair: (FailingCommit(pair[0]), pair[1]))(real_open(path)))
    result = run("build", *map(str, good_build[1]), "--audience", "leadership", "--out", str(out),
                 "--period", "2014-W30")
    assert result.exit_code == 6 and "disk I/O error" in result.output
    assert snapshot(out) == before
