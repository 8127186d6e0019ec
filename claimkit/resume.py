"""Continuing an interrupted ``claimkit extract`` run.

The output holds one line per input document, in input order, so the number
of complete lines already on disk says how many inputs are done. A line cut
by the interruption is dropped; compressed outputs are re-read up to the
point where the stream breaks and rewritten, then appended to (gzip, bz2 and
xz all read concatenated streams back as one).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .corpus import open_text

_BLOCK = 1 << 20


def completed_records(path: Path) -> int:
    """Trim ``path`` to its complete lines and return how many there are (0 if absent)."""
    if not path.exists():
        return 0
    if path.suffix.lower() in (".gz", ".bz2", ".xz"):
        return _recover_compressed(path)
    lines = keep = offset = 0
    with path.open("rb+") as handle:
        while block := handle.read(_BLOCK):  # block by block: outputs can be larger than memory
            lines += block.count(b"\n")
            if (last := block.rfind(b"\n")) >= 0:
                keep = offset + last + 1
            offset += len(block)
        handle.truncate(keep)
    return lines


def _recover_compressed(path: Path) -> int:
    lines = 0
    temporary = path.with_name(f".resume-{path.name}")  # same suffix, same compression
    with open_text(temporary, "w") as out:  # line by line, so memory stays flat
        for line in _complete_lines(path):
            out.write(line)
            lines += 1
    os.replace(temporary, path)
    return lines


def _complete_lines(path: Path) -> Iterator[str]:
    """The newline-terminated lines of a compressed file, up to where its stream breaks."""
    try:
        with open_text(path) as handle:
            for line in handle:
                if not line.endswith("\n"):
                    return
                yield line
    except (EOFError, OSError, ValueError):
        return  # the stream ends where the interrupted run stopped writing
