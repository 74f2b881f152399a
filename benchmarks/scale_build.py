"""How a build scales with the number of units: time and peak memory per audience.

    python benchmarks/scale_build.py [--units 30 200 1000] [--audience weekly ...] [--jobs N] [--keep DIR]

For each N, writes a corpus of N reports from N distinct units
(``scale_corpus.py``), then runs ``reportgen build`` on it once per audience
in a child process, and prints one line per build:

    units=200 audience=weekly ok wall_s=… cpu_s=… peak_rss_mb=… files=…

``cpu_s`` is the child's user+system time and ``peak_rss_mb`` its maximum
resident set size, both from the child's own rusage (``os.wait4``; Linux
counts the largest of its own finished children in the peak), so each build
is measured alone in a fresh process. A build that fails
prints ``FAILED`` with the last lines of its error and the script exits 1.
The font cache is warmed first with a one-unit digest, so its one-time
cutting (30–60 s on a new machine) is not counted.
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

AUDIENCES = ("weekly", "leadership", "digest", "research")


def reportgen_command() -> list[str]:
    """Return the command that runs this interpreter's reportgen."""
    return [sys.executable, "-m", "reportgen.cli"]


def run_child(args: list[str]) -> tuple[int, float, float, float, str]:
    """Run one child; return (exit code, wall s, cpu s, peak RSS MB, stderr).

    The figures are this child's own rusage from ``os.wait4`` (Linux folds in
    the largest of its waited-for children, e.g. extraction workers).
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return child.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def build_once(corpus: Path, out: Path, audience: str, jobs: int | None) -> tuple[int, float, float, float, str]:
    """Build one audience of ``corpus`` into ``out`` in a fresh process."""
    args = reportgen_command() + ["build", str(corpus), "--out", str(out), "--audience", audience,
                                  "--db", str(out / "history.sqlite")]
    if jobs is not None:
        args += ["--jobs", str(jobs)]
    return run_child(args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, nargs="+", default=[30, 200, 1000])
    parser.add_argument("--audience", dest="audiences", action="append", choices=AUDIENCES)
    parser.add_argument("--jobs", type=int, help="pass --jobs to the build (default: reportgen's own)")
    parser.add_argument("--keep", type=Path, help="write corpora and outputs under this folder and keep them")
    args = parser.parse_args()
    audiences = args.audiences or list(AUDIENCES)
    work = args.keep or Path(tempfile.mkdtemp(prefix="reportgen-scale-"))
    failed = False
    warm = work / "warm"
    write_corpus(1, warm / "in")
    build_once(warm / "in", warm / "out", "digest", args.jobs)
    for n in args.units:
        corpus = work / f"units-{n}"
        write_corpus(n, corpus)
        for audience in audiences:
            out = work / f"out-{n}-{audience}"
            code, wall, cpu, peak, err = build_once(corpus, out, audience, args.jobs)
            files = sorted(p.name for p in out.iterdir() if not p.name.startswith("history")) if out.exists() else []
            status = "ok" if code == 0 else f"FAILED(exit {code})"
            print(f"units={n} audience={audience} {status} wall_s={wall:.1f} cpu_s={cpu:.1f} "
                  f"peak_rss_mb={peak:.0f} files={','.join(files)}", flush=True)
            if code != 0:
                failed = True
                print("\n".join(err.strip().splitlines()[-5:]), file=sys.stderr)
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
