"""``--jobs``: extraction in worker processes gives the same export, in order, and stops cleanly on Ctrl-C."""
from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import ReportgenWarning
from reportgen import parallel
from reportgen.parallel import INPUT_BYTES_PER_WORKER, default_jobs, extract_in_processes, start_method
from reportgen.pipeline import Options, extract_file, load_run_knowledge
from reportgen.records import to_export

LOADS_LOG = "REPORTGEN_TEST_LOADS_LOG"


def logged_load(options: Options):
    """Load the run's knowledge, noting each call (from whichever process) in the file named by LOADS_LOG."""
    with open(os.environ[LOADS_LOG], "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()}\n")
    return load_run_knowledge(options)


def _mixed_inputs(seed_paths: list[Path], folder: Path) -> list[Path]:
    """Return the seeds plus files of every status, under names that sort apart from the seeds."""
    folder.mkdir()
    (folder / "a_empty.txt").write_text("", encoding="utf-8")
    (folder / "b_latin.txt").write_text("no Chinese here at all", encoding="utf-8")
    (folder / "c_image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return list(seed_paths) + [folder]


def test_jobs_2_export_is_byte_identical_to_jobs_1(seed_paths, tmp_path):
    inputs = [str(p) for p in _mixed_inputs(seed_paths, tmp_path / "more")]
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    for jobs, out in (("1", one), ("2", two)):
        result = CliRunner().invoke(main, ["extract", *inputs, "--jobs", jobs, "--output", str(out)])
        assert result.exit_code == 3, result.output  # some inputs not read: listed, and the export still written
    assert two.read_bytes() == one.read_bytes()
    assert '"status": "skipped"' in one.read_text("utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_workers_fork_only_while_this_process_runs_one_thread(monkeypatch):
    # earlier tests in this process (Dask's, the PDF font cutter's) may have left threads behind, so the
    # process is made to look as it does in a command-line run, one thread, and then one thread more
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert start_method() == "fork"
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert start_method() == "spawn"  # a forked child would copy locks the other thread may hold


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
@pytest.mark.parametrize("method, loads", [("fork", 1), ("spawn", 2)])
def test_knowledge_is_loaded_once_when_forked_and_once_per_worker_when_spawned(seed_paths, tmp_path, monkeypatch,
                                                                                method, loads):
    log = tmp_path / "loads.log"
    log.touch()
    monkeypatch.setenv(LOADS_LOG, str(log))
    monkeypatch.setattr(parallel, "start_method", lambda: method)
    options = Options()
    alone = [extract_file(path, options) for path in seed_paths]
    workers = list(extract_in_processes(seed_paths, options, 2, None, logged_load, extract_file))
    assert to_export(workers) == to_export(alone)  # the same export, in input order, however the workers started
    assert len(log.read_text("utf-8").split()) == loads


def test_default_jobs_keeps_small_inputs_in_one_process(seed_paths, tmp_path):
    assert default_jobs(seed_paths) == 1  # a few reports: a worker would cost more than it saves
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (4 * INPUT_BYTES_PER_WORKER))
    assert default_jobs([big]) == 1  # one file is one task
    assert default_jobs([big, big, big]) == min(3, len(os.sched_getaffinity(0)))


def test_a_coded_warning_survives_the_trip_from_a_worker():
    warning = pickle.loads(pickle.dumps(ReportgenWarning("W999", "something was guessed")))
    assert (warning.code, warning.message, str(warning)) == ("W999", "something was guessed",
                                                             "W999: something was guessed")


def test_a_bad_taxonomy_is_an_error_before_any_worker_starts(seed_paths, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[indicators]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", *map(str, seed_paths), "--jobs", "2", "--taxonomy", str(bad)])
    assert result.exit_code != 0
    assert "not valid TOML" in result.output


def _children(pid: int) -> list[int]:
    """Return the ids of the live processes whose parent is ``pid`` (from /proc)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry.name))
    return out


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_ctrl_c_stops_every_worker_without_a_traceback(seed_paths, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Distinct reports (a byte-identical copy is read once), enough that the run is still going when interrupted.
    for i in range(480):
        for path in seed_paths:
            text = path.read_text(encoding="utf-8")
            (corpus / f"{i:03d}_{path.name}").write_text(f"{text}\n本文编号{i}。\n", encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "reportgen.cli", "extract", str(corpus), "--jobs", "2",
                            "-o", str(tmp_path / "x.json")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while len(_children(run.pid)) < 2 and time.monotonic() < deadline:  # the pool's workers (and its helper)
        time.sleep(0.2)
    workers = _children(run.pid)
    assert len(workers) >= 2, "the workers never started"
    time.sleep(1.0)
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    _, err = run.communicate(timeout=120)  # a loaded host (CI shares its cores) may take long to wind down
    assert run.returncode != 0
    assert b"Traceback" not in err, err.decode("utf-8", "replace")
    assert not (tmp_path / "x.json").exists()
    time.sleep(0.5)
    assert [p for p in workers if Path(f"/proc/{p}").exists() and
            (Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z")] == []
