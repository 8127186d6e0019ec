"""A compiled rule and the match object that rule functions receive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .document import Document
    from .engine import Engine

RuleFunction = Callable[["RuleMatch"], "dict[str, Any] | None"]


@dataclass
class Rule:
    """One rule from a YAML file, ready to run."""

    id: str
    type: str
    plugin: str
    file: Path
    line: int | None
    pattern: str
    compiled: regex.Pattern[str]
    priority: int = 0
    function_name: str | None = None
    function: RuleFunction | None = None
    params: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    triggers: frozenset[str] | None = None
    leading: frozenset[str] | None = None
    """Case-folded literals every match starts with, when the pattern shows them."""
    examples: list[dict[str, Any]] = field(default_factory=list)
    counterexamples: list[dict[str, Any]] = field(default_factory=list)
    description: str = ""
    groups: frozenset[str] = field(init=False)
    """Names of the pattern's groups (``regex`` builds a new ``groupindex`` dict on every call)."""

    def __post_init__(self) -> None:
        self.groups = frozenset(self.compiled.groupindex)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line else str(self.file)


@dataclass(slots=True)
class RuleMatch:
    """What a rule function sees: one regex match in one document.

    Offsets are into ``document.text``; :meth:`span` builds contract Spans so
    functions never slice by hand.
    """

    document: Document
    rule: Rule
    match: regex.Match[str]
    engine: Engine

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def params(self) -> dict[str, Any]:
        return self.rule.params

    def group(self, name: str | int = 0) -> str | None:
        return self.match.group(name)

    def start(self, name: str | int = 0) -> int:
        return self.match.start(name)

    def end(self, name: str | int = 0) -> int:
        return self.match.end(name)

    def has(self, name: str) -> bool:
        """True when the named group exists in the pattern and took part in the match."""
        return name in self.rule.groups and self.match.start(name) >= 0

    def span(self, name: str | int = 0) -> dict[str, Any] | None:
        """The contract Span of a group, or ``None`` if it did not take part."""
        if isinstance(name, str) and not self.has(name):
            return None
        start, end = self.match.span(name)
        return self.document.span(start, end) if start >= 0 else None
