"""Running extraction in worker processes without changing the output.

Where the platform can fork, workers inherit the parent's engine, already
built: compiling the rules takes about three seconds, which a short run would
otherwise pay again, after the parent, before any worker starts. Elsewhere
(spawn) each worker builds its engine once, in the pool initializer, from the
same options. Items are sent in chunks and results come back in input order,
with a bounded number of chunks in flight, so memory stays flat and
``--jobs N`` writes exactly the bytes of ``--jobs 1``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from .corpus import InputItem, dump_record
from .engine import Engine

CHUNK_SIZE = 32
_worker_engine: Engine | None = None

Result = tuple[str, int, bool]
"""One output line, the input size in characters, and whether the record has errors."""


def resolve_jobs(value: str | int) -> int:
    """``auto`` means one worker per available core."""
    if value == "auto":
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    jobs = int(value)
    if jobs < 1:
        raise ValueError("--jobs must be at least 1 or 'auto'")
    return jobs


def extract_lines(engine: Engine, items: Iterable[InputItem]) -> Iterator[Result]:
    """The single-process path: same result shape as the parallel one."""
    for item in items:
        yield _result(engine, item)


def extract_lines_parallel(engine: Engine, engine_options: dict[str, Any], items: Iterable[InputItem],
                           jobs: int) -> Iterator[Result]:
    """``engine`` is handed to forked workers; ``engine_options`` rebuild it where workers are spawned."""
    global _worker_engine
    iterator = iter(items)
    window = jobs * 4
    if "fork" in multiprocessing.get_all_start_methods():
        _worker_engine = engine
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    else:
        pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(engine_options,))
    try:
        with pool:
            pending: deque[Future[list[Result]]] = deque()
            while True:
                while len(pending) < window and (chunk := list(islice(iterator, CHUNK_SIZE))):
                    pending.append(pool.submit(_extract_chunk, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
    finally:
        _worker_engine = None


def _start_worker(engine_options: dict[str, Any]) -> None:
    global _worker_engine
    _worker_engine = Engine(**engine_options)


def _extract_chunk(chunk: list[InputItem]) -> list[Result]:
    assert _worker_engine is not None, "worker started without an engine"
    return [_result(_worker_engine, item) for item in chunk]


def _result(engine: Engine, item: InputItem) -> Result:
    record = engine.extract_item(item)
    return dump_record(record), len(item.line or item.text or ""), bool(record["errors"])
