"""A progress bar on a terminal, nothing otherwise (cron and systemd get log lines instead)."""

from __future__ import annotations

from tqdm import tqdm


class Progress:
    """Adapter for the orchestrators' `progress(n)` callback: n >= 0 adds n to the total, -1 advances one.

    The crawl learns its total source by source, as each feed is polled, so totals add up.
    """

    def __init__(self, unit: str, *, enabled: bool) -> None:
        self.unit = unit
        self.enabled = enabled
        self._bar: tqdm | None = None

    def update(self, n: int) -> None:
        if not self.enabled:
            return
        if n >= 0:
            if self._bar is None:
                self._bar = tqdm(total=n, unit=self.unit, leave=False, dynamic_ncols=True)
            else:
                self._bar.total += n
                self._bar.refresh()
        elif self._bar is not None:
            self._bar.update(1)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
