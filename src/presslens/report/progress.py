"""Progress of a report on a terminal: the stage and the articles done ("quotes 512/1,028").

Writes to standard error and only when it is a terminal (nothing in CI logs or files);
:class:`Progress` with ``enabled=False`` does nothing. Limits: one line, redrawn with a
carriage return; stages that work on the corpus as a whole show their name and the article
count only when they end.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Stage-by-stage progress on ``stream`` (standard error by default).

    Args:
        enabled: Show progress; None shows it when ``stream`` is a terminal.
        total_stages: How many stages the run has (for "[3/9]").
        stream: Where to write.
    """

    def __init__(
        self, enabled: bool | None = None, *, total_stages: int = 0, stream: TextIO | None = None
    ):
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = bool(isatty()) if enabled is None else bool(enabled)
        self.total_stages = total_stages
        self.stage_number = 0
        self.stage_name = ""
        self.started = 0.0

    def _write(self, line: str, *, end: str = "") -> None:
        if self.enabled:
            self.stream.write("\r\033[K" + line + end)
            self.stream.flush()

    def _prefix(self) -> str:
        total = f"/{self.total_stages}" if self.total_stages else ""
        return f"[{self.stage_number}{total}] {self.stage_name}"

    def start(self, name: str) -> None:
        """Begin the next stage called ``name``."""
        self.stage_number += 1
        self.stage_name = name
        self.started = time.perf_counter()
        self._write(self._prefix() + " …")

    def update(self, done: int, total: int) -> None:
        """``done`` of ``total`` articles of the current stage are finished."""
        self._write(f"{self._prefix()} {done:,}/{total:,} articles")

    def finish(self, total: int | None = None) -> None:
        """End the current stage (``total``: the number of articles it covered)."""
        seconds = time.perf_counter() - self.started
        count = f" {total:,}/{total:,} articles" if total is not None else ""
        self._write(f"{self._prefix()}{count} ({seconds:.1f} s)", end="\n")
