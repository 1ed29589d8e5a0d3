"""A worker pool for ``extract run --n-process N``.

Design (why not ``nlp.pipe(n_process=N)``): spaCy's own multiprocessing pickles whole
``Doc`` objects back to the parent, which then becomes the bottleneck. Here each worker
builds the pipeline once (pool initializer), receives *shards* (lists of
:class:`~extract.readers.InputDoc`) and sends back only what the parent needs: per
document either its records (plain dicts) or an :class:`~extract.readers.InputError`.
Nothing else crosses the process boundary (not even the text: the parent still holds
the shard).

* Output order is input order: futures are consumed first-in first-out.
* Memory is bounded: at most ``max_in_flight`` shards are pending at any time (a plain
  ``Pool.imap`` would read the whole input ahead into its task queue).
* A worker that dies (segfault, OOM kill) does not hang or kill the run: the pool is
  rebuilt, the shard is retried one document at a time, and the document that kills a
  worker again is reported as a ``worker_crash`` error.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .readers import InputDoc, InputError

#: Per document: its records, or the error that replaced them.
DocOutcome = list[dict[str, Any]] | InputError

_WORKER: dict[str, Any] = {}


class WorkerStartError(RuntimeError):
    """The worker processes cannot start."""


def default_n_process() -> int:
    """All cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(model: str | None, chunk_chars: int) -> None:
    # Keep each worker's BLAS/numpy single-threaded: parallelism comes from the pool.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    try:
        from .pipeline import build_pipeline, pipeline_info

        nlp = build_pipeline(model)
        _WORKER.update(nlp=nlp, info=pipeline_info(nlp), chunk_chars=chunk_chars)
    except Exception as e:  # noqa: BLE001 - re-raised in the parent by the first task
        _WORKER["error"] = e


def _work(docs: list[InputDoc]) -> list[DocOutcome]:
    if "error" in _WORKER:
        raise _WORKER["error"]
    from .runner import extract_docs

    return extract_docs(_WORKER["nlp"], docs, info=_WORKER["info"], chunk_chars=_WORKER["chunk_chars"])


def _context() -> mp.context.BaseContext:
    # Never fork: spaCy/thinc state and threads do not survive it reliably.
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool:
    """``n_process`` workers, each holding one pipeline. Use as a context manager."""

    def __init__(
        self,
        model: str | None,
        n_process: int,
        *,
        chunk_chars: int,
        max_in_flight: int | None = None,
    ) -> None:
        self.model = model
        self.n_process = max(1, n_process)
        self.chunk_chars = chunk_chars
        self.max_in_flight = max_in_flight or 2 * self.n_process
        self._executor: ProcessPoolExecutor | None = None

    # -- lifecycle ------------------------------------------------------------------
    def _start(self, workers: int | None = None) -> ProcessPoolExecutor:
        self._executor = ProcessPoolExecutor(
            max_workers=workers or self.n_process,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.model, self.chunk_chars),
        )
        return self._executor

    def _restart(self) -> ProcessPoolExecutor:
        """A fresh pool after a worker died; raises :class:`WorkerStartError` if the new
        workers cannot even start (then no document is to blame)."""
        self.close()
        executor = self._start()
        try:
            executor.submit(_work, []).result()
        except BrokenProcessPool as e:
            self.close()
            raise WorkerStartError(
                "worker processes die on start-up (with --n-process > 1 the main module must be "
                "importable: run from a file or the `extract` command, not from stdin)"
            ) from e
        return executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- work -----------------------------------------------------------------------
    def map(self, shards: Iterable[list[InputDoc]]) -> Iterator[list[DocOutcome]]:
        """Outcomes of every shard, in the order the shards came in."""
        executor = self._executor or self._start()
        source = iter(shards)
        pending: deque[tuple[list[InputDoc], Future]] = deque()

        def fill() -> None:
            while len(pending) < self.max_in_flight:
                shard = next(source, None)
                if shard is None:
                    return
                pending.append((shard, self._submit(shard)))

        fill()
        while pending:
            shard, future = pending.popleft()
            try:
                outcome = future.result()
            except BrokenProcessPool:
                # A worker died. Every pending future is lost with it: rebuild the pool,
                # find the guilty document of this shard, resubmit the others.
                executor = self._restart()
                outcome = self._one_by_one(shard)
                pending = deque((s, self._submit(s)) for s, _ in pending)
            yield outcome
            fill()
        del executor

    def _submit(self, shard: list[InputDoc]) -> Future:
        assert self._executor is not None
        return self._executor.submit(_work, shard)

    def _one_by_one(self, shard: list[InputDoc]) -> list[DocOutcome]:
        out: list[DocOutcome] = []
        for doc in shard:
            try:
                out.extend(self._submit([doc]).result())
            except BrokenProcessPool:
                self._restart()
                out.append(
                    InputError(doc.id, doc.source, "worker_crash",
                               f"{doc.source}: the worker process died while processing this document")
                )
        return out
