"""Parsing on a Dask cluster (`jdash build --engine dask [--scheduler ADDRESS]`).

The build's process reads and hashes the pages, as always, and sends each chunk of page bytes to
the cluster, where `jdash.store`'s per-chunk function parses it into Arrow tables; the tables come
back and are written into the store exactly as a local build writes them, so the store is the same.
Without a scheduler address a `LocalCluster` of `workers` single-threaded processes runs on this
machine; with one (`tcp://host:8786`) the chunks go to that cluster's workers, which must have
this version of jdash installed (checked before any page is sent).

Dask's `distributed` is an optional dependency: `pip install -e ".[cluster]"`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from jdash.errors import StoreError

T = TypeVar("T")
R = TypeVar("R")
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_IN_FLIGHT = 2
# How long to try reaching a scheduler before the build gives up.
CONNECT_TIMEOUT = "30s"


def _client(scheduler: str | None, workers: int) -> contextlib.AbstractContextManager:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise StoreError('the dask engine needs Dask\'s distributed package: pip install -e ".[cluster]"') from None
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as err:
            raise StoreError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return _LocalClient(Client(cluster), cluster)


class _LocalClient(contextlib.AbstractContextManager):
    """A client with the local cluster it started: closing it stops both."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def run_on_dask(fn: Callable[[T], R], tasks: Iterable[T], *, scheduler: str | None, workers: int,
                check: Callable[[], str] | None = None) -> Iterator[R]:
    """`fn(task)` for every task on a Dask cluster, results as they finish; at most a few tasks in
    flight per worker. `check` runs on every worker first and must answer what it answers here
    (the code version: a worker with other code would parse other results)."""
    from distributed import as_completed

    with _client(scheduler, workers) as client:
        if check is not None:
            expected = check()
            wrong = {w: v for w, v in client.run(check).items() if v != expected}
            if wrong:
                raise StoreError(f"Dask workers run another version of jdash than this build: {', '.join(wrong)}")
        limit = _IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending = as_completed()
        for task in tasks:
            pending.add(client.submit(fn, task, pure=False))
            if pending.count() >= limit:
                yield next(pending).result()
        for future in pending:
            yield future.result()
