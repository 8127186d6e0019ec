"""The input unit: one news text with its publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article. ``published`` anchors relative dates ("kemarin", "pekan lalu")."""

    text: str
    doc_id: str = "doc"
    published: dt.date | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document.text must be str, not {type(self.text).__name__}")
        if isinstance(self.published, str):
            object.__setattr__(self, "published", parse_published(self.published))

    def span(self, start: int, end: int) -> dict[str, Any]:
        """A contract Span over this document's text."""
        return {"start": start, "end": end, "text": self.text[start:end]}


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}") from exc
