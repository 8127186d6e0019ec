"""Continuing an interrupted ``claimkit extract`` run.

The output holds one line per input document, in input order, so the number
of complete lines already on disk says how many inputs are done. A line cut
by the interruption is dropped; compressed outputs are re-read up to the
point where the stream breaks and rewritten, then appended to (gzip, bz2 and
xz all read concatenated streams back as one).
"""

from __future__ import annotations

import os
from pathlib import Path

from .corpus import open_text


def completed_records(path: Path) -> int:
    """Trim ``path`` to its complete lines and return how many there are (0 if absent)."""
    if not path.exists():
        return 0
    if path.suffix.lower() in (".gz", ".bz2", ".xz"):
        return _recover_compressed(path)
    with path.open("rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        handle.truncate(keep)
    return data.count(b"\n", 0, keep)


def _recover_compressed(path: Path) -> int:
    lines: list[str] = []
    try:
        with open_text(path) as handle:
            for line in handle:
                if not line.endswith("\n"):
                    break
                lines.append(line)
    except (EOFError, OSError, ValueError):
        pass  # the stream ends where the interrupted run stopped writing
    temporary = path.with_name(f".resume-{path.name}")  # same suffix, same compression
    with open_text(temporary, "w") as handle:
        handle.writelines(lines)
    os.replace(temporary, path)
    return len(lines)
