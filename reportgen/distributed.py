"""Extraction on a Dask cluster (``--scheduler tcp://HOST:PORT``, the ``reportgen[dask]`` extra).

The same work as ``--jobs``, spread over the workers of an existing
``dask.distributed`` cluster: each input file is one task that reads,
normalises and extracts it on a worker. The taxonomy is loaded once, here,
and sent to the cluster in a worker plugin (``LexiconPlugin``), which builds
the run's lexicon (rule tables, jieba's dictionary) once on each worker,
including workers that join later; each task uses its worker's lexicon. Results are collected in input order
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


class LexiconPlugin(WorkerPlugin):
    """Builds a run's lexicon once on each worker, from the taxonomy sent with it."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.lexicon = None
        digest = hashlib.sha256(pickle.dumps(taxonomy.raw)).hexdigest()[:16]
        self.name = f"reportgen-lexicon-{digest}"  # one per taxonomy: runs with another taxonomy get their own

    def setup(self, worker) -> None:
        from .extract import load_lexicon

        self.lexicon = load_lexicon(self.taxonomy)


def _worker_lexicon(plugin_name: str):
    """Return the lexicon the named plugin built on this worker."""
    from dask.distributed import get_worker

    return get_worker().plugins[plugin_name].lexicon


def _install_lexicon(client, options: Options) -> str:
    """Send the run's taxonomy to every worker, which builds its lexicon once; return the plugin's name."""
    from .taxonomy import load_taxonomy

    plugin = LexiconPlugin(load_taxonomy(options.taxonomy))
    client.register_plugin(plugin)
    return plugin.name


def _extract_remote(path: str, given: str, options: Options, plugin_name: str):
    """Run on a worker: extract one file; return it (with the path as given) and the warnings raised."""
    from .pipeline import extract_file

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extraction = extract_file(Path(path), options, _worker_lexicon(plugin_name))
    extraction.source.path = given
    return extraction, [w.message for w in caught]


def connect(address: str, timeout_s: float = CONNECT_TIMEOUT_S):
    """Return a ``dask.distributed.Client`` connected to the scheduler at ``address``, or a clear error."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'reportgen[dask]'") from None
    try:
        return Client(address, timeout=timeout_s)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc}); "
                         "start one with 'dask scheduler' or check the address") from None


def extract_on_cluster(files: list[Path], options: Options, client,
                       progress: Callable[[Path], None] | None = None) -> Iterator[Extraction]:
    """Yield the extraction of each file, in input order, computed on ``client``'s cluster."""
    lexicon = _install_lexicon(client, options)
    remote_options = replace(options, jobs=1, scheduler=None)
    threads = max(1, sum(client.nthreads().values()))
    pending: deque = deque()
    queue = iter(files)

    def submit(path: Path) -> None:
        task = client.submit(_extract_remote, str(path.absolute()), str(path), remote_options, lexicon, pure=False)
        pending.append((path, task))

    try:
        for path in queue:
            submit(path)
            if len(pending) >= threads * IN_FLIGHT_PER_THREAD:
                break
        while pending:
            path, task = pending.popleft()
            extraction, caught = task.result()
            for next_path in queue:
                submit(next_path)
                break
            for warning in caught:
                warnings.warn(warning, stacklevel=2)
            if progress:
                progress(path)
            yield extraction
    finally:
        client.cancel([task for _, task in pending])  # Ctrl-C or an error: nothing left running


def extract_with_scheduler(files: list[Path], options: Options,
                           progress: Callable[[Path], None] | None = None) -> Iterator[Extraction]:
    """Yield the extractions of ``files`` computed on the cluster at ``options.scheduler``."""
    client = connect(options.scheduler)
    try:
        yield from extract_on_cluster(files, options, client, progress)
    finally:
        client.close()
