"""Checks of an output record that a JSON Schema cannot express.

The schema sees each claim alone; these look across a record: claim ids are
unique, every span's text has the length its offsets claim, and a sanction's
date points at a claim that exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def record_problems(record: dict[str, Any]) -> list[tuple[str, str]]:
    """``(json path, message)`` pairs; empty when the record is consistent."""
    problems: list[tuple[str, str]] = []
    ids: set[str] = set()
    for index, claim in enumerate(record.get("claims", [])):
        if claim["id"] in ids:
            problems.append((f"$.claims[{index}].id", f"duplicate claim id {claim['id']!r}"))
        ids.add(claim["id"])
    for index, claim in enumerate(record.get("claims", [])):
        for path, span in spans_in(claim, f"$.claims[{index}]"):
            if span["end"] < span["start"] or len(span["text"]) != span["end"] - span["start"]:
                problems.append((path, f"span text has length {len(span['text'])} but offsets "
                                       f"{span['start']}..{span['end']}"))
        for path, link in _links(claim.get("fields", {}), f"$.claims[{index}].fields"):
            if link not in ids:
                problems.append((path, f"refers to claim {link!r}, which is not in this record"))
    return problems


def is_span(value: Any) -> bool:
    """A contract Span: ``start``, ``end`` and ``text`` (Entities hold one under ``span``)."""
    return isinstance(value, dict) and {"start", "end", "text"} <= value.keys() and isinstance(value["text"], str)


def spans_in(value: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every Span nested anywhere in ``value``, with its JSON path."""
    if isinstance(value, dict):
        if is_span(value):
            yield path, value
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                yield from spans_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from spans_in(item, f"{path}[{index}]")


def _links(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Values under a ``claim`` key are claim ids (the contract's ``date.claim``)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "claim" and isinstance(item, str):
                yield f"{path}.claim", item
            elif isinstance(item, (dict, list)):
                yield from _links(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _links(item, f"{path}[{index}]")
