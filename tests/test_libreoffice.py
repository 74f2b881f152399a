"""A bounded LibreOffice run: a run that outlasts its time is stopped with every process it started."""
from __future__ import annotations

import subprocess
import time

import pytest

from reportgen.libreoffice import run_bounded


def test_a_run_past_its_time_is_stopped_with_its_children(tmp_path):
    pid_file = tmp_path / "child.pid"
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        run_bounded(["sh", "-c", f"sleep 60 & echo $! > {pid_file}; wait"], timeout_s=0.5)
    assert time.monotonic() - started < 10
    child = int(pid_file.read_text())
    time.sleep(0.2)
    assert not _running(child)  # the background child was killed with its parent's group


def _running(pid: int) -> bool:
    """Return True while ``pid`` is alive (a killed child not yet reaped is a zombie: not running)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_run_that_ends_in_time_returns():
    run_bounded(["sh", "-c", "exit 0"], timeout_s=10)


def test_a_missing_program_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        run_bounded([str(tmp_path / "no-such-soffice")], timeout_s=1)
