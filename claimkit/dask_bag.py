"""Running claimkit on a Dask cluster: a ``dask.bag`` of documents in, a bag of records out.

Past one machine claimkit hands the work to Dask rather than to a scheduler of
its own. Dask is an optional extra (``pip install 'claimkit[dask]'``): this
module imports it only when a function needs it, so claimkit imports and runs
without it, and says how to install it when it is missing.

Each worker process builds one engine, lazily on its first task, and keeps it
for every later task. It is built from the client's plugin options, with the
``CLAIMKIT_*`` environment variables resolved on the client (the workers'
environment is not the user's), and by default checked against the engine the
client would build, so a worker with other packs or rules fails loudly instead
of writing different claims.

Typical use, with the corpus and the output on object storage::

    from distributed import Client
    from claimkit.dask_bag import extract_bag, read_corpus, write_parts

    client = Client("tcp://scheduler:8786")
    records = extract_bag(read_corpus("s3://news/2021/*.jsonl.gz"), lines=True)
    write_parts(records, "s3://claims/2021/*.jsonl.gz")
"""

from __future__ import annotations

import hashlib
import importlib
import json
import posixpath
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING, Any

from . import __version__
from .corpus import InputItem, dump_record
from .engine import Engine
from .parallel import Result, extract_lines
from .plugins import allow_list_from_env, autoload_from_env

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.delayed import Delayed
    from distributed import Client, Future

CHUNK_SIZE = 256
"""Documents per task on the ``--dask`` path: large enough that Dask's per-task cost is small next to extraction."""

_engines: dict[EngineOptions, tuple[Engine, str]] = {}
_engines_lock = threading.Lock()


class DaskError(RuntimeError):
    """Dask is not installed, the scheduler cannot be reached, or a worker's rules differ from the client's."""


@dataclass(frozen=True)
class EngineOptions:
    """Everything a worker needs to build the engine the client would build (hashable: it keys the cache)."""

    allow: tuple[str, ...] | None
    autoload: bool
    timeout: float = 2.0
    fingerprint: str | None = None

    @classmethod
    def resolve(cls, allow: Iterable[str] | None = None, autoload: bool | None = None,
                timeout: float = 2.0) -> EngineOptions:
        """Fill what the caller left open from this process's environment, as :class:`~claimkit.Engine` would."""
        allowed = allow_list_from_env() if allow is None else set(allow)
        return cls(tuple(sorted(allowed)) if allowed is not None else None,
                   autoload_from_env() if autoload is None else autoload, timeout)

    def build(self) -> Engine:
        return Engine(allow=self.allow, autoload=self.autoload, timeout=self.timeout)

    def checked_against(self, engine: Engine) -> EngineOptions:
        """The same options, plus the fingerprint every worker's engine must match."""
        return EngineOptions(self.allow, self.autoload, self.timeout, engine_fingerprint(engine))


def engine_fingerprint(engine: Engine) -> str:
    """A digest of what decides an engine's output: claimkit and plugin versions, plugin failures,
    every rule (pattern, priority, function, params, fields) and the lexicons, gazetteer and overlap policies."""
    rules = [(rule.id, rule.type, rule.plugin, rule.compiled.pattern, rule.compiled.flags, rule.priority,
              rule.function_name, rule.params, rule.fields) for rule in engine.rules]
    state = {
        "claimkit": __version__,
        "plugins": [(info.name, info.version) for info in engine.host.info()],
        "failures": [str(failure) for failure in engine.plugin_failures],
        "rules": rules,
        "lexicons": engine.ruleset.lexicons,
        "gazetteer": engine.ruleset.gazetteer,
        "policies": engine.ruleset.policies,
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()[:16]


def worker_engine(options: EngineOptions) -> Engine:
    """This process's engine for ``options``: built on first use, then reused by every task.

    A cached engine whose fingerprint no longer matches is rebuilt once (its
    rule files may have changed on disk since); a mismatch after that raises.
    """
    key = replace(options, fingerprint=None)
    with _engines_lock:
        cached = _engines.get(key)
        if cached is None or options.fingerprint not in (None, cached[1]):
            engine = key.build()
            cached = _engines[key] = (engine, engine_fingerprint(engine))
    engine, found = cached
    if options.fingerprint not in (None, found):
        raise DaskError(f"this worker's claimkit rules differ from the client's (fingerprint {found}, expected "
                        f"{options.fingerprint}): install the same claimkit and plugin versions on the workers")
    return engine


# -- bags --------------------------------------------------------------------


def read_corpus(urlpath: str | Sequence[str], *, files_per_partition: int | None = None,
                storage_options: dict[str, Any] | None = None) -> Bag:
    """A bag of the documents in JSONL files: local paths, globs or fsspec URLs (``s3://``, ``gs://``, ...).

    Compression follows the extension (``.gz``, ``.bz2``, ``.xz``). Each file
    is one partition (several small files share one with
    ``files_per_partition``): compressed files cannot be split, so a corpus
    spreads over a cluster as many files, and a worker holds one partition's
    lines at a time. Blank lines are skipped and every document keeps the
    ``file:line`` fallback id the CLI gives it, so output matches a local run.
    """
    bag_module = _require("dask.bag")
    lines = bag_module.read_text(urlpath, encoding="utf-8", errors="replace", include_path=True,
                                 files_per_partition=files_per_partition, storage_options=storage_options)
    return lines.map_partitions(_numbered_items)


def extract_bag(documents: Bag, *, allow: Iterable[str] | None = None, autoload: bool | None = None,
                timeout: float = 2.0, lines: bool = False, check: bool = True) -> Bag:
    """One output record per document of ``documents``, partition for partition, in order.

    Documents are input records as dicts, JSONL lines, or the items of
    :func:`read_corpus`. ``allow``/``autoload``/``timeout`` mean what they mean
    for :class:`~claimkit.Engine`. With ``lines=True`` the bag holds JSONL
    lines, byte for byte what ``claimkit extract`` writes. ``check`` builds the
    engine here once and makes every worker verify it built the same rules.
    A document without ``doc_id`` is named ``bag-<partition>:<n>``.
    """
    bag_module = _require("dask.bag")
    options = EngineOptions.resolve(allow, autoload, timeout)
    if check:
        options = options.checked_against(worker_engine(options))
    partitions = documents.npartitions
    index = bag_module.range(partitions, npartitions=partitions)
    return documents.map_partitions(_extract_partition, index, options=options, lines=lines)


def write_parts(lines: Bag, urlpath: str, *, storage_options: dict[str, Any] | None = None) -> list[str]:
    """Write a bag of JSONL lines as one part file per partition; returns the paths written.

    ``urlpath`` is a directory or a pattern with one ``*`` (``out/*.jsonl.gz``),
    local or fsspec; part names are zero-padded so they sort in input order,
    and compression follows the extension.
    """
    width = len(str(max(lines.npartitions - 1, 0)))
    written = lines.map_partitions(_joined).to_textfiles(
        urlpath, name_function=lambda number: str(number).zfill(width), encoding="utf-8",
        storage_options=storage_options)
    return [str(path) for path in written]


def write_ordered(lines: Bag, urlpath: str, *, client: Client | None = None,
                  storage_options: dict[str, Any] | None = None) -> int:
    """Write a bag of JSONL lines to one file in input order; returns the number of lines.

    Partitions are computed a few at a time ahead of the one being written,
    so neither the client nor the workers ever hold the whole output.
    ``urlpath`` is local or fsspec, compressed by extension. Uses ``client``,
    else the current distributed client.
    """
    fsspec = _require("fsspec")
    client = client or _require("distributed").default_client()
    futures = (client.compute(part) for part in _partitions(lines))
    written = 0
    with fsspec.open(urlpath, "wt", compression="infer", encoding="utf-8", **(storage_options or {})) as out:
        for part in _in_order(futures, _window(client)):
            out.writelines(part)
            written += len(part)
    return written


# -- the CLI's --dask path ------------------------------------------------------


def connect(address: str) -> Client:
    """A client of the running scheduler at ``address`` (``tcp://host:8786``).

    It keeps no log of the messages it sent: distributed keeps the last
    thousand by default, and here each one carries a chunk of documents, so
    the log alone would grow the client by hundreds of MB.
    """
    distributed = _require("distributed")
    dask = _require("dask")
    try:
        with dask.config.set({"distributed.admin.low-level-log-length": 0}):
            return distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def warm_up(client: Client, options: EngineOptions) -> None:
    """Have every worker build its engine now, while the client builds its own: a run on fresh workers then
    waits for one engine build instead of two in a row. Fire and forget: a chunk that arrives first waits
    for the same build (:func:`worker_engine` builds once per process), and a build that fails here fails
    again, with its message, on the first chunk."""
    distributed = _require("distributed")
    for address in client.scheduler_info()["workers"]:
        distributed.fire_and_forget(client.submit(worker_engine, options, workers=[address],
                                                  allow_other_workers=False, pure=False))


def extract_lines_dask(client: Client, options: EngineOptions, items: Iterable[InputItem],
                       chunk_size: int | None = None) -> Iterator[Result]:
    """``claimkit extract --dask``: items are read here, extracted in chunks by the cluster, yielded in input order.

    A bounded number of chunks is in flight, so memory stays flat on both sides.
    """
    iterator = iter(items)
    chunks = iter(lambda: list(islice(iterator, chunk_size or CHUNK_SIZE)), [])
    futures = (client.submit(_extract_chunk, chunk, options, pure=False) for chunk in chunks)
    for results in _in_order(futures, _window(client)):
        yield from results


# -- what runs on the workers ------------------------------------------------------


def _numbered_items(pairs: Iterable[tuple[str, str]]) -> list[InputItem]:
    """``(line, path)`` pairs to items named ``file:line`` like :func:`claimkit.corpus.read_inputs` names them."""
    items = []
    path, number = None, 0
    for line, line_path in pairs:
        if line_path != path:
            path, number = line_path, 0
        number += 1
        if line.strip():
            items.append(InputItem(f"{posixpath.basename(line_path)}:{number}", line=line))
    return items


def _extract_partition(documents: Iterable[Any], index: Sequence[int], *, options: EngineOptions,
                       lines: bool) -> list[Any]:
    engine = worker_engine(options)
    [partition] = index
    records = []
    for number, document in enumerate(documents, 1):
        if isinstance(document, InputItem):
            record = engine.extract_item(document)
        else:
            record = engine.extract_record(document, f"bag-{partition}:{number}")
        records.append(dump_record(record) if lines else record)
    return records


def _extract_chunk(chunk: list[InputItem], options: EngineOptions) -> list[Result]:
    return list(extract_lines(worker_engine(options), chunk))


# -- helpers --------------------------------------------------------------------


def _in_order(futures: Iterator[Future], window: int) -> Iterator[Any]:
    """Results of ``futures`` in order, with at most ``window`` submitted and not yet yielded."""
    pending = deque(islice(futures, window))
    while pending:
        first = pending.popleft()
        pending.extend(islice(futures, 1))
        yield first.result()


def _partitions(bag: Bag) -> Iterator[Delayed]:
    """One delayed object per partition, each carrying only the tasks it needs.

    ``Bag.to_delayed()`` gives every partition the whole graph, and sending
    that once per partition would make writing quadratic in the partitions.
    """
    from dask.core import get_dependencies
    from dask.delayed import Delayed

    keys = bag.__dask_keys__()
    graph = dict(bag.__dask_optimize__(bag.__dask_graph__(), keys))
    for key in keys:
        needed: dict[Any, Any] = {}
        stack = [key]
        while stack:
            if (task := stack.pop()) not in needed:
                needed[task] = graph[task]
                stack.extend(get_dependencies(graph, task))
        yield Delayed(key, needed)


def _window(client: Client) -> int:
    """Four tasks per worker thread keep every worker busy while the client waits for the oldest
    (measured: 14% faster than two on a two-worker LocalCluster; results wait on the workers, not here)."""
    return max(4 * sum(client.nthreads().values()), 8)


def _joined(lines: Iterable[str]) -> list[str]:
    """A partition as one string, so ``to_textfiles`` adds no separators of its own."""
    return ["".join(lines)]


def _require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise DaskError(f"{module} is not installed; claimkit needs its Dask extra for this: "
                        "pip install 'claimkit[dask]'") from exc
