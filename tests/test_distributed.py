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


def test_partial_totals_merged_equal_the_totals_of_the_whole(seed_paths):
    from reportgen.distributed import merge_totals, partial_totals
    from reportgen.pipeline import Options, extract_paths

    extractions = extract_paths(seed_paths, Options())
    whole = partial_totals(extractions)
    assert whole and all(count >= 1 and low <= high for count, _, low, high in whole.values())
    halves = merge_totals(partial_totals(extractions[:2]), partial_totals(extractions[2:]))
    assert halves == whole
    assert merge_totals(partial_totals(extractions[2:]), {}, partial_totals(extractions[:2])) == whole


@pytest.mark.slow
def test_archive_totals_on_a_cluster_equal_the_local_ones(cluster, seed_paths, monkeypatch):
    from dask.distributed import Client

    from reportgen import distributed
    from reportgen.pipeline import Options, extract_file, extract_paths

    monkeypatch.setattr(distributed, "FILES_PER_PARTIAL", 2)  # several partials, merged in a tree
    files = list(seed_paths) * 3  # the same reports three times: every total triples
    with Client(cluster.scheduler_address) as client:
        table = distributed.archive_totals(files, Options(), client, extract_file, fan_in=2)
    local = distributed.partial_totals(extract_paths(seed_paths, Options()))
    assert len(table) == len(local)
    for row in table.itertuples():
        count, total, low, high = local[(row.unit, row.indicator, row.unit_word)]
        assert (row.figures, row.min, row.max) == (3 * count, low, high)
        assert row.sum == pytest.approx(3 * total)
