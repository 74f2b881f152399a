"""How much ``--jobs`` gains: ``reportgen extract`` on N reports with --jobs 1 and --jobs J.

    python benchmarks/jobs_speed.py [--reports 1000] [--jobs 2]

Writes N reports from distinct units (``scale_corpus.py``), runs
``reportgen extract DIR --jobs 1`` and ``--jobs J`` each in a fresh process,
checks the two exports are byte-identical, and prints

    reports=1000 jobs1_wall_s=… jobsJ_wall_s=… speedup=… identical=True

Wall-clock time, start-up included (imports, jieba's dictionary, the
workers' own start), since that is what a user waits for. The bar is
speedup >= 1.4 at --jobs 2 on 2 cores; other work on a shared machine
lowers it, so the CPU time of each run (workers included) is printed too,
and ``cpu_bound_speedup`` = CPU(--jobs 1) / (CPU(--jobs J) / J) is the
speedup J idle cores would give (the parent's own share is small).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from scale_corpus import write_corpus  # noqa: E402


def timed_extract(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Run ``reportgen extract`` in a fresh process; return its wall time and CPU time (workers included)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "reportgen.cli", "extract", str(corpus), "--jobs", str(jobs),
                              "--output", str(out)])
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"reportgen extract --jobs {jobs} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reportgen-jobs-") as work:
        corpus = Path(work) / "corpus"
        write_corpus(args.reports, corpus)
        one, many = Path(work) / "one.json", Path(work) / "many.json"
        t1, c1 = timed_extract(corpus, one, 1)
        tj, cj = timed_extract(corpus, many, args.jobs)
        same = one.read_bytes() == many.read_bytes()
    print(f"reports={args.reports} jobs1_wall_s={t1:.1f} jobs{args.jobs}_wall_s={tj:.1f} "
          f"speedup={t1 / tj:.2f} jobs1_cpu_s={c1:.1f} jobs{args.jobs}_cpu_s={cj:.1f} "
          f"cpu_bound_speedup={c1 / (cj / args.jobs):.2f} identical={same}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
