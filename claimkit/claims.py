"""Claims as the engine handles them before they are written out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False, slots=True)
class Claim:
    """One extracted claim.

    ``fields`` holds the type-specific payload. A field value may be another
    :class:`Claim` (for example a sanction's ``date.claim``); it is written out
    as that claim's id, so post-processors can link claims before ids exist.
    """

    type: str
    rule: str
    plugin: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
    id: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Claim) -> bool:
        return self.start < other.end and other.start < self.end


def to_record(claims: list[Claim], text: str) -> list[dict[str, Any]]:
    """Number claims in document order and turn them into contract dicts."""
    ordered = sorted(claims, key=lambda c: (c.start, c.end, c.type, c.rule))
    for number, claim in enumerate(ordered, 1):
        claim.id = f"c{number}"
    return [
        {
            "id": claim.id,
            "type": claim.type,
            "rule": claim.rule,
            "plugin": claim.plugin,
            "span": {"start": claim.start, "end": claim.end, "text": text[claim.start : claim.end]},
            "fields": {key: _plain(value) for key, value in claim.fields.items()},
        }
        for claim in ordered
    ]


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:  # most field values: return before the isinstance tests
        return value
    if isinstance(value, Claim):
        return value.id
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value
