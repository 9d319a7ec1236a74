"""The per-page budget: the CPU time and the memory one page's parse may take (issue 9 item 1).

Whatever quadratic path is still unfound, no page can hold a build, an upload or the server: its
parse is stopped at the budget and the page reported ("too complex to parse in 60 s of CPU time"),
the other pages stored.

`limited(budget, source)` arms the budget around one page's parse, in the main thread of the process
that parses it: CPU time by an interval timer (ITIMER_PROF: the process's CPU time, not the wall
clock, so a loaded machine does not stop pages), memory by a watcher thread that reads the process's
resident size every 20 ms and interrupts the main thread when the page has added more than the
budget. Either raises `PageTooComplexError` inside the parse, and again every 50 ms for as long as
the parse goes on (a parse that swallowed it is stopped all the same).

Signals reach only a process's main thread: elsewhere (a Streamlit server thread) `limited` cannot
stop anything, and `enforceable()` says so; jdash.store then parses in a worker process, whose main
thread it is.
"""

from __future__ import annotations

import _thread
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

_REPEAT = 0.05  # seconds of CPU time between two interrupts once the budget is spent
_POLL = 0.02  # seconds between two looks at the resident size


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
    over_memory: bool = False


_armed: _Armed | None = None


@contextlib.contextmanager
def limited(budget: Budget | None, source: str) -> Iterator[None]:
    """Run the block under `budget` (nothing is limited for None, or where `enforceable()` is false).
    Raises `PageTooComplexError` naming `source` if the block spends the budget."""
    global _armed
    if budget is None or not enforceable():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _interrupt)
    _armed = _Armed(source, budget)
    _watcher().arm(_armed, budget.megabytes * 2**20)
    signal.setitimer(signal.ITIMER_PROF, budget.seconds, _REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        _watcher().disarm()
        _armed = None
        signal.signal(signal.SIGPROF, previous)


def _interrupt(_signum: int, _frame: object) -> None:
    """SIGPROF's handler while a page is parsed: the timer ran out, or the watcher found it too big."""
    armed = _armed
    if armed is None:  # a late interrupt, after the page was done
        return
    reason = memory_reason(armed.budget) if armed.over_memory else time_reason(armed.budget)
    raise PageTooComplexError(armed.source, reason)


def resident_bytes() -> int | None:
    """The process's resident size now (Linux's /proc), or None where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


class _Watcher:
    """A daemon thread that, while a page is armed, interrupts the main thread once the process's
    resident size has grown by more than the page's memory budget (and every poll after that)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._page: _Armed | None = None
        self._ceiling = 0
        threading.Thread(target=self._run, daemon=True, name="jdash-page-budget").start()

    def arm(self, page: _Armed, allowance: int) -> None:
        base = resident_bytes()
        with self._cond:
            self._page = page if base is not None else None
            self._ceiling = (base or 0) + allowance
            self._cond.notify()

    def disarm(self) -> None:
        with self._cond:
            self._page = None

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._page is None:
                    self._cond.wait()
                size = resident_bytes()
                if size is not None and size > self._ceiling:
                    self._page.over_memory = True
                    _thread.interrupt_main(signal.SIGPROF)
            time.sleep(_POLL)


_watchers: dict[int, _Watcher] = {}


def _watcher() -> _Watcher:
    """This process's watcher (a forked worker starts its own)."""
    pid = os.getpid()
    if pid not in _watchers:
        _watchers.clear()
        _watchers[pid] = _Watcher()
    return _watchers[pid]
