"""LibreOffice as a subprocess: where it is, and one run of it that cannot outlast its time.

Ingest converts .doc/.wps/.rtf/.odt through it and the writers refresh Word
fields through it; both need the same two things. A headless LibreOffice
starts helper processes of its own, so a run that times out kills its whole
process group, not just the first process, and nothing lingers.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess


def soffice() -> str | None:
    """Return the LibreOffice command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def run_bounded(command: list[str], timeout_s: float) -> None:
    """Run ``command`` to its end, or kill it and its children after ``timeout_s``.

    Raises ``OSError`` when it cannot start and ``subprocess.TimeoutExpired``
    once it has been stopped; callers turn each into their own message.
    """
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise
