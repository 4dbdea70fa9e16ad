"""Seconds spent per stage of a run, so a slow scheduled run says where its time went.

Stages nest: time inside an inner stage (extraction inside fetching, embedding inside the
claims step) is counted once, in the inner one, so the stages add up to the run's time.
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from typing import Iterator


class Stopwatch:
    """Accumulates wall seconds per named stage; `with watch.stage("fetch"): ...`."""

    def __init__(self) -> None:
        self.seconds: Counter = Counter()
        self._inner: list[float] = []

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        self._inner.append(0.0)
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            self.seconds[name] += spent - self._inner.pop()
            if self._inner:
                self._inner[-1] += spent

    def add(self, name: str, seconds: float) -> None:
        """Count time measured elsewhere (the process's start, say) as a stage."""
        self.seconds[name] += seconds

    def line(self, order: tuple[str, ...] = ()) -> str:
        """`imports=0.61 fetch=0.20 ...`: the stages in `order`, then the others, in seconds."""
        names = [n for n in order if n in self.seconds] + sorted(set(self.seconds) - set(order))
        return " ".join(f"{n}={self.seconds[n]:.2f}" for n in names)
