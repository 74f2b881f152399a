"""Extraction throughput on a real Dask cluster on this machine, at 1 and 2 workers.

    python benchmarks/dask_throughput.py [--reports 400] [--workers 1 2]

Starts ``dask scheduler`` on 127.0.0.1 and then, for each worker count W,
W separate ``dask worker`` processes (one thread each), runs
``reportgen extract DIR --scheduler tcp://127.0.0.1:PORT`` on N reports
(``scale_corpus.py``) and prints

    workers=W reports=N wall_s=… reports_per_s=… identical_to_local=True

after one warm-up run per worker set (imports and jieba's dictionary are a
per-worker constant, not a rate). ``identical_to_local`` compares the
export with ``reportgen extract DIR --jobs 1``. Every process it started
is stopped at the end. Needs ``pip install 'reportgen[dask]'``.
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import write_corpus  # noqa: E402

DASK_CLI = str(Path(sys.executable).parent / "dask")  # the `dask` command installed beside this Python
DASK = [DASK_CLI, "scheduler"]
WORKER = [DASK_CLI, "worker"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def extract(corpus: Path, out: Path, *extra: str) -> float:
    """Run ``reportgen extract`` in a fresh process; return its wall time."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportgen.cli", "extract", str(corpus), "--output", str(out), *extra],
                   check=True)
    return time.perf_counter() - start


def wait_for_workers(address: str, count: int, timeout: float = 120) -> None:
    from dask.distributed import Client

    with Client(address, timeout=30) as client:
        client.wait_for_workers(count, timeout=timeout)


def stop(processes: list[subprocess.Popen]) -> None:
    for p in processes:
        p.terminate()
    for p in processes:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="reportgen-dask-") as work:
        work = Path(work)
        corpus, warm = work / "corpus", work / "warm"
        write_corpus(args.reports, corpus)
        write_corpus(8, warm)
        extract(corpus, work / "local.json", "--jobs", "1")
        local = (work / "local.json").read_bytes()
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        scheduler = subprocess.Popen(DASK + ["--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet)
        try:
            for count in args.workers:
                workers = [subprocess.Popen(WORKER + [address, "--nthreads", "1", "--no-dashboard"], **quiet)
                           for _ in range(count)]
                try:
                    wait_for_workers(address, count)
                    extract(warm, work / "warm.json", "--scheduler", address)
                    wall = extract(corpus, work / "remote.json", "--scheduler", address)
                    same = (work / "remote.json").read_bytes() == local
                    print(f"workers={count} reports={args.reports} wall_s={wall:.1f} "
                          f"reports_per_s={args.reports / wall:.1f} identical_to_local={same}", flush=True)
                finally:
                    stop(workers)
        finally:
            stop([scheduler])


if __name__ == "__main__":
    main()
