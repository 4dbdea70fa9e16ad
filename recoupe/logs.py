"""Logging set-up: short human lines on a terminal, one key=value record per line otherwise (cron, systemd)."""

from __future__ import annotations

import logging
import sys
import time


class KeyValueFormatter(logging.Formatter):
    """Format records as `ts=... level=... logger=... msg="..."`, easy to grep and to parse."""

    def format(self, record: logging.LogRecord) -> str:
        ts = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        msg = record.getMessage().replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        line = f'ts={ts}Z level={record.levelname.lower()} logger={record.name} msg="{msg}"'
        if record.exc_info:
            exc = self.formatException(record.exc_info).replace("\n", "\\n").replace('"', '\\"')
            line += f' exc="{exc}"'
        return line


def setup_logging(*, verbose: bool = False, stream=None) -> None:
    """Configure the root logger once per process; a terminal gets warnings only, as the progress bar speaks."""
    stream = stream or sys.stderr
    interactive = hasattr(stream, "isatty") and stream.isatty()
    handler = logging.StreamHandler(stream)
    if interactive:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        level = logging.DEBUG if verbose else logging.WARNING
    else:
        handler.setFormatter(KeyValueFormatter())
        level = logging.DEBUG if verbose else logging.INFO
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Libraries' chatter is not ours to show at INFO.
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "sentence_transformers", "urllib3", "filelock"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
