"""``reportgen.ingest.collect``: folders walked in sorted order, hidden entries and
symlink loops skipped, explicit paths kept (even missing ones), each path once."""
from __future__ import annotations

from pathlib import Path

from reportgen.ingest import collect


def tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("报告\n", "utf-8")


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    tree(tmp_path, ["b.txt", "a/2.docx", "a/1.txt", "c/d/e.html", "a.txt", ".hidden.txt", ".git/x.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])] == [
        "a/1.txt", "a/2.docx", "a.txt", "b.txt", "c/d/e.html",
    ]


def test_symlinked_folder_loop_is_walked_once(tmp_path):
    tree(tmp_path, ["x/report.txt"])
    (tmp_path / "x" / "up").symlink_to(tmp_path)           # x/up -> .. : a loop
    (tmp_path / "y").symlink_to(tmp_path / "x")            # y -> x : the same folder again
    assert collect([tmp_path]) == [tmp_path / "x" / "report.txt"]


def test_self_referencing_link_is_kept_for_read_to_report(tmp_path):
    tree(tmp_path, ["ok.txt"])
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert collect([tmp_path]) == [tmp_path / "loop", tmp_path / "ok.txt"]


def test_explicit_paths_keep_their_order_and_appear_once(tmp_path):
    tree(tmp_path, ["d/1.txt", "d/2.txt", "z.txt"])
    missing = tmp_path / "missing.txt"
    paths = collect([tmp_path / "z.txt", missing, tmp_path / "d", tmp_path / "d" / "1.txt", tmp_path / "z.txt"])
    assert paths == [tmp_path / "z.txt", missing, tmp_path / "d" / "1.txt", tmp_path / "d" / "2.txt"]
