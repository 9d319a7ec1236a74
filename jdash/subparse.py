"""Parsing in child interpreters, for callers that are not their process's main thread (the dashboard).

There, no per-page budget can be armed (signals reach the main thread only), and multiprocessing's
workers would run the Streamlit script again: they re-import `__main__`, which Streamlit replaces by
the page's script. So pages are parsed in children started as `python -m jdash.subparse BUILD_PID`,
which parse in their own main thread (the budget holds) and import nothing but jdash. Each child reads
length-prefixed pickles `(function, task)` on stdin and writes the pickled result on stdout, one task
at a time; it exits when its stdin closes, or when the build's process ends (`store._die_with_build`).
"""

from __future__ import annotations

import os
import pickle
import selectors
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from jdash.errors import WorkerDiedError

_HEADER = 8


def run(fn: Callable[[Any], Any], tasks: Iterable[Any], workers: int) -> Iterator[Any]:
    """`fn(task)` for every task in up to `workers` children, results as they finish (any order).
    Raises `WorkerDiedError` if a child dies."""
    pending = iter(tasks)
    children: list[subprocess.Popen] = []
    try:
        with selectors.DefaultSelector() as waiting:
            for _ in range(max(1, workers)):
                task = next(pending, None)
                if task is None:
                    break
                child = _start()
                children.append(child)
                _send(child.stdin, (fn, task))
                waiting.register(child.stdout, selectors.EVENT_READ, child)
            while waiting.get_map():
                for key, _ in waiting.select():
                    child = key.data
                    yield _receive(child.stdout)
                    task = next(pending, None)
                    if task is None:
                        waiting.unregister(child.stdout)
                    else:
                        _send(child.stdin, (fn, task))
    finally:
        for child in children:
            _stop(child)


def _start() -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    return subprocess.Popen([sys.executable, "-m", "jdash.subparse", str(os.getpid())], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env, close_fds=True)


def _stop(child: subprocess.Popen) -> None:
    for pipe in (child.stdin, child.stdout):
        try:
            pipe.close()
        except OSError:
            pass
    try:
        child.wait(timeout=5)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def _send(pipe: BinaryIO, item: Any) -> None:
    data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        pipe.write(len(data).to_bytes(_HEADER, "big") + data)
        pipe.flush()
    except BrokenPipeError:
        raise WorkerDiedError("a worker process died while parsing") from None


def _receive(pipe: BinaryIO) -> Any:
    header = pipe.read(_HEADER)
    size = int.from_bytes(header, "big") if len(header) == _HEADER else -1
    data = pipe.read(size) if size >= 0 else b""
    if size < 0 or len(data) != size:
        raise WorkerDiedError("a worker process died while parsing")
    return pickle.loads(data)


def _serve(build_pid: int) -> None:
    """The child's loop: tasks in on stdin, results out on stdout, until stdin closes."""
    from jdash.store import _die_with_build

    _die_with_build(build_pid)
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the results
    while True:
        header = inbox.read(_HEADER)
        if len(header) < _HEADER:
            return
        fn, task = pickle.loads(inbox.read(int.from_bytes(header, "big")))
        data = pickle.dumps(fn(task), protocol=pickle.HIGHEST_PROTOCOL)
        outbox.write(len(data).to_bytes(_HEADER, "big") + data)
        outbox.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
