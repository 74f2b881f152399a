"""Extraction of many files in worker processes (``--jobs N``).

Each file's extraction is independent of every other file's, so the files are
handed to a pool of worker processes that extract file after file with the
run's knowledge (normalise's rule tables; taxonomy, extract's rule tables,
jieba's dictionary). Where the platform can fork and this process runs a
single thread, the parent loads that knowledge once and forks the workers,
which share it as it stands: no worker imports reportgen or reads jieba's
dictionary again, which is most of a worker's start-up (about a second, set
against some 7 ms a report). Elsewhere (Windows, macOS, or a process running
threads, which fork does not copy safely) the workers are spawned and each
loads the knowledge once, in its initializer. Results come back in
input order, so the output is the same as a run in one process, whatever
finishes first. At most a few files per worker are in flight at once, so an
archive of any size is never held whole in the pipes.

Warnings a worker raises while extracting are recorded there and issued again
in the parent, in input order, so ``--jobs`` changes no message.

Ctrl-C: the workers ignore SIGINT (the terminal sends it to the whole process
group); the parent alone catches ``KeyboardInterrupt``, terminates and joins
every worker, and re-raises it, so no worker is left running and no worker
prints a traceback.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Options
    from .records import Extraction
    from .knowledge import RunKnowledge

LoadKnowledge = Callable[["Options"], "RunKnowledge"]
ExtractFile = Callable[[Path, "Options", "RunKnowledge"], "Extraction"]

# Files in flight per worker: enough to keep every worker busy while the
# parent collects results in order, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 4


# A worker costs about a second of start-up (imports, jieba's dictionary);
# extraction runs at roughly 100 KB of text a second, so a worker pays for
# itself from a few hundred KB of input on.
INPUT_BYTES_PER_WORKER = 256 * 1024


def cores() -> int:
    """Return the number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def default_jobs(files: list[Path]) -> int:
    """Return how many worker processes to use unless told: one per core, but none that would idle.

    Small inputs run in this process: at most one worker per
    ``INPUT_BYTES_PER_WORKER`` of input and one per file.
    """
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:  # the reader reports it for this file
            continue
    return max(1, min(cores(), len(files), total // INPUT_BYTES_PER_WORKER))


@dataclass
class _WorkerRun:
    """What one worker process holds for its whole life: the run's options and its one knowledge.

    ``failure`` is the error loading the knowledge raised, kept to be raised
    by the first task: an initializer that raises makes the pool restart
    workers forever.
    """

    options: Options
    extract: ExtractFile
    knowledge: RunKnowledge | None
    failure: Exception | None = None


_run: _WorkerRun | None = None  # set once per worker process by _start_worker


def _start_worker(options: Options, load: LoadKnowledge, extract: ExtractFile, knowledge: RunKnowledge | None) -> None:
    """Pool initializer: ignore Ctrl-C (the parent handles it) and hold the run's knowledge.

    ``knowledge`` is the parent's, shared by a forked worker; a spawned one
    gets None and loads its own, once.
    """
    global _run
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _run = _WorkerRun(options=options, extract=extract,
                          knowledge=knowledge if knowledge is not None else load(options))
    except Exception as exc:  # raised again by the first task, in the parent
        _run = _WorkerRun(options=options, extract=extract, knowledge=None, failure=exc)


def _extract_one(path: Path) -> tuple[Extraction, list[Warning]]:
    """Extract one file in a worker; return it with the warnings raised meanwhile."""
    assert _run is not None, "worker used before its initializer ran"
    if _run.failure is not None:
        raise _run.failure
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extraction = _run.extract(path, _run.options, _run.knowledge)
    return extraction, [w.message for w in caught]


def in_input_order(files: list[Path], submit: Callable, result_of: Callable, limit: int, pending: deque,
                   progress: Callable[[Path], None] | None) -> Iterator[Extraction]:
    """Yield the extraction of each file in input order, keeping at most ``limit`` submitted at once.

    ``submit(path)`` starts one file's extraction and returns its handle;
    ``result_of(handle)`` waits for ``(extraction, warnings caught)``. Each
    result taken lets one more file in, so memory holds ``limit`` results at
    most whatever the number of files. ``pending`` is the caller's, so it can
    cancel what is still running when it stops early. Warnings a worker caught
    are raised again here, in order.
    """
    queue = iter(files)
    for path in queue:
        pending.append((path, submit(path)))
        if len(pending) >= limit:
            break
    while pending:
        path, handle = pending.popleft()
        extraction, caught = result_of(handle)
        for next_path in queue:
            pending.append((next_path, submit(next_path)))
            break
        for warning in caught:
            warnings.warn(warning, stacklevel=2)
        if progress:
            progress(path)
        yield extraction


def _pool_ignoring_ctrl_c(context, jobs: int, initargs: tuple):
    """Return a pool whose workers ignore Ctrl-C from their first instruction, not only from their initializer on.

    A spawned worker imports reportgen before its initializer runs; a Ctrl-C
    in that second would print a traceback from inside multiprocessing. An
    ignored SIGINT is inherited by a new process (and Python leaves it
    ignored), so the parent ignores it while it starts the workers.
    """
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        return context.Pool(processes=jobs, initializer=_start_worker, initargs=initargs)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return context.Pool(processes=jobs, initializer=_start_worker, initargs=initargs)
    finally:
        signal.signal(signal.SIGINT, previous)


def start_method() -> str:
    """Return how to start the workers: ``fork`` where it is safe, else ``spawn``.

    fork shares the parent's loaded knowledge with every worker at no cost;
    it is safe only on Linux (macOS's system libraries are not fork-safe,
    Windows has no fork) and only while this process runs one thread, since a
    forked child gets a copy of every lock another thread may be holding.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1 \
            and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def extract_in_processes(files: list[Path], options: Options, jobs: int, progress: Callable[[Path], None] | None,
                         load: LoadKnowledge, extract: ExtractFile) -> Iterator[Extraction]:
    """Yield the extraction of each file, in input order, computed by ``jobs`` worker processes.

    ``load(options)`` builds a worker's knowledge, ``extract(path, options,
    knowledge)`` extracts one file (the pipeline's own functions, passed in so
    this module depends on nothing of the pipeline but its types).
    """
    from .extract.numerals import load_numeral_reader
    from .taxonomy import load_taxonomy

    method = start_method()
    if method == "fork":
        knowledge = load(options)  # once, shared by every worker; a bad taxonomy is reported here
        load_numeral_reader()  # likewise the numeral library, which each worker would load on its first large numeral
    else:
        knowledge = None  # each spawned worker loads its own
        load_taxonomy(options.taxonomy)  # a bad taxonomy is reported here, before any worker starts
    context = multiprocessing.get_context(method)
    pool = _pool_ignoring_ctrl_c(context, jobs, (options, load, extract, knowledge))
    try:
        pending: deque = deque()
        yield from in_input_order(files, lambda path: pool.apply_async(_extract_one, (path,)), lambda result: result.get(),
                                  jobs * IN_FLIGHT_PER_WORKER, pending, progress)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
