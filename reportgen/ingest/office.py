"""Old and other office formats (.doc, .wps, .rtf, .odt): converted to .docx by LibreOffice, then read as Word.

Offices receive these every week. LibreOffice (``soffice --headless
--convert-to docx``) reads them all; the converted package goes through the
same checks and reader as any .docx, so numbering, tables and notes come out
the same way. The conversion runs in a private temporary folder with its own
LibreOffice profile (so it neither meets a LibreOffice the user has open nor
leaves anything behind) and under a time limit; a conversion that hangs is
killed with its whole process group.

Without LibreOffice the file is skipped with what to do instead.
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ..errors import InputError
from ..libreoffice import run_bounded, soffice
from ..nodes import Document

CONVERT_TIMEOUT_S = 120
"""Longest a conversion may take; a real report converts in a few seconds."""


class ConverterMissing(InputError):
    """LibreOffice is not installed: the file is skipped, not failed."""


def read_office(data: bytes, suffix: str) -> tuple[Document, None]:
    """Return the document of an office file whose name ends in ``suffix`` (".doc"), via a .docx conversion."""
    from .docx import read_docx

    command = soffice()
    if command is None:
        raise ConverterMissing("needs_libreoffice", suffix=suffix)
    with tempfile.TemporaryDirectory(prefix="reportgen-office-") as tmp:
        folder = Path(tmp)
        source = folder / f"report{suffix}"
        source.write_bytes(data)
        out = folder / "converted"
        _run([command, "--headless", "--norestore", "--nolockcheck",
              f"-env:UserInstallation={(folder / 'profile').as_uri()}",
              "--convert-to", "docx", "--outdir", str(out), str(source)], suffix)
        converted = out / "report.docx"
        if not converted.is_file():
            raise InputError("libreoffice_failed", suffix=suffix)
        return read_docx(converted.read_bytes())


def _run(command: list[str], suffix: str) -> None:
    """Run a conversion, killing LibreOffice and its children if it outlasts ``CONVERT_TIMEOUT_S``."""
    try:
        run_bounded(command, CONVERT_TIMEOUT_S)
    except OSError as exc:
        raise ConverterMissing("libreoffice_not_started", detail=exc.strerror or exc) from None
    except subprocess.TimeoutExpired:
        raise InputError("libreoffice_timeout", seconds=CONVERT_TIMEOUT_S, suffix=suffix) from None
