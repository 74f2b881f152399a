"""Extraction on a Dask cluster (``--scheduler tcp://HOST:PORT``, the ``reportgen[dask]`` extra).

The same work as ``--jobs``, spread over the workers of an existing
``dask.distributed`` cluster: each input file is one task that reads,
normalises and extracts it on a worker. The taxonomy is loaded once, here,
and sent to the cluster in a worker plugin (``KnowledgePlugin``), which builds
the run's knowledge (normalise's and extract's rule tables, jieba's dictionary)
once on each worker, including workers that join later; each task uses its worker's. Results are collected in input order
with a bounded number of tasks in flight, so the output is the same as a
local run and the client never holds more than a window of pending results.

The workers must see the input files: at the same absolute paths (a shared
file system), and with the same reportgen installed. Relative paths are
made absolute here, and the export records each path as it was given.
"""
from __future__ import annotations

import hashlib
import pickle
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError
from .messages import N_
from .parallel import in_input_order

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # the dask extra is not installed: ``connect`` says what to install
    WorkerPlugin = object

if TYPE_CHECKING:
    from .pipeline import Options
    from .records import Extraction
    from .taxonomy import Taxonomy

#: tasks in flight per worker thread: keeps every thread busy without holding the archive
IN_FLIGHT_PER_THREAD = 4
CONNECT_TIMEOUT_S = 10


class KnowledgePlugin(WorkerPlugin):
    """Builds a run's knowledge (``knowledge.RunKnowledge``) once on each worker, from the taxonomy sent with it."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.knowledge = None
        digest = hashlib.sha256(pickle.dumps(taxonomy.raw)).hexdigest()[:16]
        self.name = f"reportgen-knowledge-{digest}"  # one per taxonomy: runs with another taxonomy get their own

    def setup(self, worker) -> None:
        from .knowledge import knowledge_of

        self.knowledge = knowledge_of(self.taxonomy)


def _worker_knowledge(plugin_name: str):
    """Return the run's knowledge the named plugin built on this worker."""
    from dask.distributed import get_worker

    return get_worker().plugins[plugin_name].knowledge


def _install_knowledge(client, options: Options) -> str:
    """Send the run's taxonomy to every worker, which builds the run's knowledge once; return the plugin's name."""
    from .taxonomy import load_taxonomy

    plugin = KnowledgePlugin(load_taxonomy(options.taxonomy))
    client.register_plugin(plugin)
    return plugin.name


def _extract_remote(path: str, given: str, options: Options, plugin_name: str, extract_file: Callable):
    """Run on a worker: extract one file; return it (with the path as given) and the warnings raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extraction = extract_file(Path(path), options, _worker_knowledge(plugin_name))
    extraction.source.path = given
    return extraction, [w.message for w in caught]


def connect(address: str, timeout_s: float = CONNECT_TIMEOUT_S):
    """Return a ``dask.distributed.Client`` connected to the scheduler at ``address``, or a clear error."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError(N_("--scheduler needs Dask: pip install 'reportgen[dask]'")) from None
    try:
        return Client(address, timeout=timeout_s)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(N_("cannot reach the Dask scheduler at {address} ({error}); start one with 'dask "
                            "scheduler' or check the address"), address=address, error=exc) from None


def extract_on_cluster(files: list[Path], options: Options, client, progress: Callable[[Path], None] | None,
                       extract_file: Callable) -> Iterator[Extraction]:
    """Yield the extraction of each file, in input order, computed on ``client``'s cluster.

    ``extract_file(path, options, knowledge)`` is the pipeline's, passed in (it
    travels to the workers by reference) so this module does not import the
    pipeline that calls it.
    """
    plugin_name = _install_knowledge(client, options)
    remote_options = replace(options, jobs=1, scheduler=None)
    threads = max(1, sum(client.nthreads().values()))
    pending: deque = deque()

    def submit(path: Path):
        return client.submit(_extract_remote, str(path.absolute()), str(path), remote_options, plugin_name, extract_file,
                             pure=False)

    try:
        yield from in_input_order(files, submit, lambda task: task.result(), threads * IN_FLIGHT_PER_THREAD,
                                  pending, progress)
    finally:
        client.cancel([task for _, task in pending])  # Ctrl-C or an error: nothing left running


def extract_with_scheduler(files: list[Path], options: Options, progress: Callable[[Path], None] | None,
                           extract_file: Callable) -> Iterator[Extraction]:
    """Yield the extractions of ``files`` computed on the cluster at ``options.scheduler``."""
    client = connect(options.scheduler)
    try:
        yield from extract_on_cluster(files, options, client, progress, extract_file)
    finally:
        client.close()


# -- archive totals: partial aggregates merged on the cluster ------------------------------

#: files per partial aggregate: one task extracts them and returns only their totals
FILES_PER_PARTIAL = 64

Totals = dict  # (unit, indicator, unit word) -> [figures, sum, min, max]


def partial_totals(extractions) -> Totals:
    """Return the totals of a batch of extractions: per unit, indicator and unit word, the figures' count, sum, min, max.

    Only figures mapped to an indicator count, each report article once as
    extracted; this is the summary an archive of millions of reports can be
    reduced to without any process holding its figures.
    """
    totals: Totals = {}
    for extraction in extractions:
        for article in extraction.articles:
            for figure in article.figures:
                if figure.indicator is None or figure.value is None:
                    continue
                key = (article.unit or "", figure.indicator, figure.unit)
                value = float(figure.value)
                cell = totals.get(key)
                if cell is None:
                    totals[key] = [1, value, value, value]
                else:
                    cell[0] += 1
                    cell[1] += value
                    cell[2] = min(cell[2], value)
                    cell[3] = max(cell[3], value)
    return totals


def merge_totals(*parts: Totals) -> Totals:
    """Return the totals of several batches: counts and sums added, extremes kept (associative, commutative)."""
    merged: Totals = {}
    for part in parts:
        for key, (count, total, low, high) in part.items():
            cell = merged.get(key)
            if cell is None:
                merged[key] = [count, total, low, high]
            else:
                merged[key] = [cell[0] + count, cell[1] + total, min(cell[2], low), max(cell[3], high)]
    return merged


def _totals_remote(paths: list[str], options: Options, plugin_name: str, extract_file: Callable) -> Totals:
    """Run on a worker: extract a batch of files and return only their totals."""
    knowledge = _worker_knowledge(plugin_name)
    return partial_totals(extract_file(Path(p), options, knowledge) for p in paths)


def archive_totals(files: list[Path], options: Options, client, extract_file: Callable, fan_in: int = 8):
    """Return the totals table (unit, indicator, unit_word, figures, sum, min, max) of ``files``, sorted.

    Each task extracts ``FILES_PER_PARTIAL`` files and returns their partial
    totals; partials are merged on the cluster ``fan_in`` at a time, in a
    tree, so the client receives one small table whatever the archive's size.
    """
    import pandas as pd

    plugin_name = _install_knowledge(client, options)
    remote_options = replace(options, jobs=1, scheduler=None)
    paths = [str(p.absolute()) for p in files]
    level = [client.submit(_totals_remote, paths[i:i + FILES_PER_PARTIAL], remote_options, plugin_name, extract_file,
                           pure=False)
             for i in range(0, len(paths), FILES_PER_PARTIAL)] or [client.submit(dict, pure=False)]
    while len(level) > 1:
        level = [client.submit(merge_totals, *level[i:i + fan_in], pure=False) for i in range(0, len(level), fan_in)]
    totals = level[0].result()
    rows = [(unit, indicator, word, count, total, low, high)
            for (unit, indicator, word), (count, total, low, high) in sorted(totals.items())]
    return pd.DataFrame(rows, columns=["unit", "indicator", "unit_word", "figures", "sum", "min", "max"])
