"""Reading documents from files and streams, writing records, lazily.

Everything is a generator so memory stays flat however long the corpus.
``.gz``, ``.bz2`` and ``.xz`` are read and written transparently.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


@dataclass(frozen=True)
class InputItem:
    """One document to extract: a raw JSONL line, or a whole text file's content.

    Kept as plain strings (not parsed) so items are cheap to send to worker
    processes and a malformed line is only judged where it is extracted.
    """

    fallback_id: str
    line: str | None = None
    text: str | None = None
    published: str | None = None


def open_text(path: str | Path, mode: str = "r") -> IO[str]:
    """Open a file as UTF-8 text, decompressing by extension; ``-`` is stdin/stdout."""
    if str(path) == "-":
        stream = sys.stdin if "r" in mode else sys.stdout
        return stream  # type: ignore[return-value]
    opener = _OPENERS.get(Path(path).suffix.lower())
    text_mode = mode if "t" in mode else mode + "t"
    errors = "replace" if "r" in mode else "strict"
    if opener is not None:
        return opener(path, text_mode, encoding="utf-8", errors=errors)  # type: ignore[operator]
    return open(path, text_mode, encoding="utf-8", errors=errors)


def is_jsonl(path: str | Path) -> bool:
    name = Path(path).name.lower()
    for suffix in _OPENERS:
        name = name.removesuffix(suffix)
    return name.endswith((".jsonl", ".ndjson", ".json"))


def read_inputs(paths: Iterable[str], published: str | None = None, stdin_format: str = "auto") -> Iterator[InputItem]:
    """Documents of every path in order: a text file is one document, a JSONL file one per non-blank line."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(published, stdin_format)
        elif is_jsonl(path):
            with open_text(path) as handle:
                yield from _jsonl_items(handle, Path(path).name)
        else:
            with open_text(path) as handle:
                stem = Path(path).name.split(".")[0] or Path(path).name
                yield InputItem(stem, text=handle.read(), published=published)


def _read_stdin(published: str | None, stdin_format: str) -> Iterator[InputItem]:
    if stdin_format == "text":
        yield InputItem("stdin", text=sys.stdin.read(), published=published)
        return
    first = sys.stdin.readline()
    if stdin_format == "auto" and not first.lstrip().startswith("{"):
        yield InputItem("stdin", text=first + sys.stdin.read(), published=published)
        return
    yield from _jsonl_items(_chain([first], sys.stdin), "stdin")


def _jsonl_items(lines: Iterable[str], source: str) -> Iterator[InputItem]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield InputItem(f"{source}:{number}", line=line)


def _chain(*parts: Iterable[str]) -> Iterator[str]:
    for part in parts:
        yield from part


def dump_record(record: dict[str, Any]) -> str:
    """One JSONL line. Deterministic; lone surrogates are escaped so the line is valid UTF-8."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    return line + "\n"
