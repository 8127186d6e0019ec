"""Progress on stderr for long runs, and the one-line summary every run ends with."""

from __future__ import annotations

import time
from typing import TextIO

_REFRESH_SECONDS = 0.5


class Progress:
    """Counts documents, characters and failures; redraws a status line only on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.started = time.perf_counter()
        self._drawn = self.started
        self.documents = 0
        self.chars = 0
        self.failed = 0

    def update(self, chars: int, had_errors: bool) -> None:
        self.documents += 1
        self.chars += chars
        self.failed += had_errors
        if self.live and (now := time.perf_counter()) - self._drawn >= _REFRESH_SECONDS:
            self._drawn = now
            self.stream.write(f"\r{self._line(now)}")
            self.stream.flush()

    def finish(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
        self.stream.write(f"claimkit: {self._line(time.perf_counter())}\n")
        self.stream.flush()

    def _line(self, now: float) -> str:
        seconds = max(now - self.started, 1e-9)
        megabytes = self.chars / 1e6
        return (f"{self.documents} documents, {self.failed} with errors, {megabytes:.1f} MB in {seconds:.1f} s "
                f"({self.documents / seconds:.0f} docs/s, {megabytes / seconds:.2f} MB/s)")
