"""The per-page budget: the CPU time and the memory one page's parse may take (issue 9 item 1).

Whatever quadratic path is still unfound, no page can hold a build, an upload or the server: its
parse is stopped at the budget and the page reported ("too complex to parse in 60 s of CPU time"),
the other pages stored.

`limited(budget, source)` arms the budget around one page's parse, in the main thread of the process
that parses it: one interval timer (ITIMER_PROF: the process's CPU time, not the wall clock, so a
loaded machine does not stop pages) ticks every 20 ms of CPU time, and its handler, run in the main
thread, compares the CPU time spent and the process's resident size with the page's budget. Either
over raises `PageTooComplexError` inside the parse, and again at every tick for as long as the parse
goes on (a parse that swallowed it is stopped all the same).

No thread watches the page: a watcher thread polling the resident size every 20 ms of wall time made
the parsing thread give up the GIL and wait to be scheduled again 50 times a second, which on a loaded
machine cost about 30 % more wall time for the same CPU. Memory only grows while the page uses CPU,
so a look every 20 ms of CPU time bounds it as closely.

Signals reach only a process's main thread: elsewhere (a Streamlit server thread) `limited` cannot
stop anything, and `enforceable()` says so; jdash.store then parses in a worker process, whose main
thread it is.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jdash.errors import PageTooComplexError
from jdash.model import ParseWarning
from jdash.settings import Settings

_TICK = 0.02  # seconds of CPU time between two looks at the page's CPU time and resident size


@dataclass(frozen=True)
class Budget:
    """What one page may cost: `seconds` of CPU time and `megabytes` of memory beyond what the parsing
    process held before the page."""

    seconds: float = 60.0
    megabytes: int = 2048

    def tag(self) -> str:
        """A short, stable name of the budget (part of a key: a page refused under one budget is parsed
        again under another).

        >>> Budget(0.5, 64).tag()
        '0.5s-64MB'
        """
        return f"{self.seconds:g}s-{self.megabytes}MB"


def from_settings(settings: Settings) -> Budget:
    """The budget the settings (JDASH_PAGE_SECONDS, JDASH_PAGE_MB) give."""
    return Budget(settings.page_seconds, settings.page_mb)


_REASON_STARTS = ("too complex to parse in ", "needed more than ")


def time_reason(budget: Budget) -> str:
    """The warning of a page stopped at its CPU-time budget.

    >>> time_reason(Budget(60, 2048))
    'too complex to parse in 60 s of CPU time; skipped (the limit is JDASH_PAGE_SECONDS, or --page-seconds)'
    """
    return (f"too complex to parse in {budget.seconds:g} s of CPU time; skipped "
            "(the limit is JDASH_PAGE_SECONDS, or --page-seconds)")


def memory_reason(budget: Budget) -> str:
    """The warning of a page stopped at its memory budget.

    >>> memory_reason(Budget(60, 2048))
    'needed more than 2048 MB to parse; skipped (the limit is JDASH_PAGE_MB, or --page-mb)'
    """
    return f"needed more than {budget.megabytes} MB to parse; skipped (the limit is JDASH_PAGE_MB, or --page-mb)"


def spent(warnings: Iterable[ParseWarning]) -> bool:
    """Whether a page's warnings say it spent its budget.

    >>> spent([ParseWarning("a.txt", time_reason(Budget()))])
    True
    """
    return any(w.reason.startswith(_REASON_STARTS) for w in warnings)


def enforceable() -> bool:
    """Whether a budget can stop a parse run here: only in a process's main thread, on a system with
    interval timers."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@dataclass
class _Armed:
    source: str
    budget: Budget
    deadline: float  # the process's CPU time (time.process_time) at which the page's time is spent
    ceiling: int | None  # the resident size (bytes) past which the page has spent its memory; None: unknown


_armed: _Armed | None = None


@contextlib.contextmanager
def limited(budget: Budget | None, source: str) -> Iterator[None]:
    """Run the block under `budget` (nothing is limited for None, or where `enforceable()` is false).
    Raises `PageTooComplexError` naming `source` if the block spends the budget."""
    global _armed
    if budget is None or not enforceable():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _tick)
    base = resident_bytes()
    ceiling = None if base is None else base + budget.megabytes * 2**20
    _armed = _Armed(source, budget, time.process_time() + budget.seconds, ceiling)
    signal.setitimer(signal.ITIMER_PROF, min(_TICK, budget.seconds), _TICK)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        _armed = None
        signal.signal(signal.SIGPROF, previous)


def _tick(_signum: int, _frame: object) -> None:
    """SIGPROF's handler while a page is parsed: stop it when it has spent its memory or its CPU time."""
    armed = _armed
    if armed is None:  # a late tick, after the page was done
        return
    if armed.ceiling is not None and (resident_bytes() or 0) > armed.ceiling:
        raise PageTooComplexError(armed.source, memory_reason(armed.budget))
    if time.process_time() >= armed.deadline:
        raise PageTooComplexError(armed.source, time_reason(armed.budget))


def resident_bytes() -> int | None:
    """The process's resident size now (Linux's /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
