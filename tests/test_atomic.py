"""Atomic output: a failed write leaves the old file; a finished one is an ordinary file."""
from __future__ import annotations

import os
import stat

import pytest

from reportgen.atomic import write_atomic, write_bytes_atomic


def test_atomic_failed_write_keeps_old_file_and_leaves_no_part_file(tmp_path):
    target = tmp_path / "weekly.docx"
    target.write_bytes(b"old")

    def broken(out):
        out.write(b"half a docum")
        raise RuntimeError("writer crashed")

    with pytest.raises(RuntimeError):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["weekly.docx"]


def test_atomic_written_file_has_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_bytes_atomic(tmp_path / "sub" / "x.json", b"{}")
    finally:
        os.umask(old)
    assert path.read_bytes() == b"{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
