"""A progress bar on a terminal, nothing otherwise (cron and systemd get log lines instead)."""

from __future__ import annotations

from tqdm import tqdm


class Progress:
    """Adapter for the orchestrators' `progress(n)` callback: n > 0 sets the total, -1 advances one."""

    def __init__(self, unit: str, *, enabled: bool) -> None:
        self.unit = unit
        self.enabled = enabled
        self._bar: tqdm | None = None

    def update(self, n: int) -> None:
        if not self.enabled:
            return
        if n >= 0:
            if self._bar is not None:
                self._bar.close()
            self._bar = tqdm(total=n, unit=self.unit, leave=False, dynamic_ncols=True)
        elif self._bar is not None:
            self._bar.update(1)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
