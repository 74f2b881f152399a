"""``--scheduler``: extraction on a Dask cluster gives the same export as a local run."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from reportgen.cli import main
from reportgen.errors import UsageError


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local:
        yield local


def _export(args: list[str], out, exit_code: int = 0) -> bytes:
    result = CliRunner().invoke(main, [*args, "--output", str(out)])
    assert result.exit_code == exit_code, result.output
    return out.read_bytes()


@pytest.mark.slow
def test_extract_on_a_cluster_is_byte_identical_to_a_local_run(cluster, seed_paths, tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # relative paths: recorded as given, read by the workers where they are
    inputs = [str(p) for p in seed_paths] + ["empty.txt", "missing.txt"]
    local = _export(["extract", *inputs, "--jobs", "1"], tmp_path / "local.json", exit_code=3)  # 2 not read
    remote = _export(["extract", *inputs, "--scheduler", cluster.scheduler_address], tmp_path / "remote.json",
                     exit_code=3)
    assert remote == local
    assert b'"path": "empty.txt"' in remote and b'"path": "missing.txt"' in remote


@pytest.mark.slow
def test_build_on_a_cluster_writes_the_same_extraction(cluster, seed_paths, tmp_path):
    result = CliRunner().invoke(main, ["build", *map(str, seed_paths), "--out", str(tmp_path / "out"),
                                       "--db", str(tmp_path / "history.sqlite"),
                                       "--scheduler", cluster.scheduler_address, "--format", "docx",
                                       "--audience", "leadership"])
    assert result.exit_code == 0, result.output
    local = _export(["extract", *map(str, seed_paths), "--jobs", "1"], tmp_path / "local.json")
    (written,) = (tmp_path / "out").glob("*-extract.json")  # the extraction export, named after the issue
    assert written.read_bytes() == local
    documents = list((tmp_path / "out").glob("*.docx"))
    assert documents and all(d.stat().st_size > 0 for d in documents)


def test_an_unreachable_scheduler_is_a_usage_error():
    pytest.importorskip("dask.distributed")
    from reportgen import distributed

    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        distributed.connect("tcp://127.0.0.1:9", timeout_s=2)  # the discard port: nothing listens


def test_without_dask_the_message_says_what_to_install(monkeypatch):
    from reportgen import distributed

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"reportgen\[dask\]"):
        distributed.connect("tcp://127.0.0.1:8786")
