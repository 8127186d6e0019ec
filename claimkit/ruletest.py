"""Running the inline ``examples`` and ``counterexamples`` of rules.

Shared by ``claimkit rules test`` and the pytest plugin. An example runs its
rule alone (with its function, without the prefilter, overlap policy or
document post-processing), like a unit test of that rule. It passes when
some claim's fields contain the expected fields: nested dicts are compared
key by key, and an expected string matches a Span by its ``text`` or an
Entity by its ``name``. A counterexample passes when the rule yields nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .claims import to_record
from .document import Document, parse_published
from .engine import Engine
from .rules import Rule


@dataclass(frozen=True)
class ExampleOutcome:
    rule: Rule
    kind: Literal["example", "counterexample"]
    index: int
    text: str
    passed: bool
    message: str = ""

    @property
    def name(self) -> str:
        return f"{self.rule.id}[{self.kind}{self.index}]"


def fields_match(expected: Any, got: Any) -> bool:
    """``expected`` is a partial description of ``got`` (see module docstring)."""
    if isinstance(expected, dict):
        return isinstance(got, dict) and all(key in got and fields_match(value, got[key])
                                             for key, value in expected.items())
    if isinstance(expected, list):
        return isinstance(got, list) and len(expected) == len(got) and all(
            fields_match(item, other) for item, other in zip(expected, got, strict=True))
    if isinstance(expected, str) and isinstance(got, dict):
        return got.get("name", got.get("text")) == expected
    return expected == got


def check_rule(engine: Engine, rule: Rule) -> Iterator[ExampleOutcome]:
    for index, example in enumerate(rule.examples, 1):
        yield _check_example(engine, rule, index, example)
    for index, counter in enumerate(rule.counterexamples, 1):
        document = _document(rule, "counterexample", index, counter)
        errors: list[dict[str, Any]] = []
        claims = to_record(engine.run_rule(rule, document, errors), document.text)
        passed = not claims and not errors
        message = "" if passed else "expected no claim, got:\n" + _show(claims, errors)
        yield ExampleOutcome(rule, "counterexample", index, document.text, passed, message)


def _check_example(engine: Engine, rule: Rule, index: int, example: dict[str, Any]) -> ExampleOutcome:
    document = _document(rule, "example", index, example)
    errors: list[dict[str, Any]] = []
    claims = to_record(engine.run_rule(rule, document, errors), document.text)
    expected = example.get("fields", {})
    span_text = example.get("span")
    passed = not errors and any(
        fields_match(expected, claim["fields"]) and (span_text is None or claim["span"]["text"] == span_text)
        for claim in claims
    )
    message = ""
    if not passed:
        wanted = {"fields": expected} | ({"span": span_text} if span_text is not None else {})
        message = f"text:     {document.text}\nexpected: {_dump(wanted)}\ngot:\n{_show(claims, errors)}"
    return ExampleOutcome(rule, "example", index, document.text, passed, message)


def _document(rule: Rule, kind: str, index: int, item: dict[str, Any]) -> Document:
    return Document(item["text"], f"{rule.id}#{kind}{index}", parse_published(item.get("published")))


def _show(claims: list[dict[str, Any]], errors: list[dict[str, Any]]) -> str:
    lines = [f"  - span {claim['span']['text']!r}: {_dump(claim['fields'])}" for claim in claims] or ["  (no claim)"]
    lines += [f"  ! error: {error['message']}" for error in errors]
    return "\n".join(lines)


def _dump(value: Any) -> str:
    return json.dumps(_compact(value), ensure_ascii=False, sort_keys=True)


def _compact(value: Any) -> Any:
    """Spans and entities shown by their text so a diff stays readable."""
    if isinstance(value, dict):
        if set(value) >= {"start", "end", "text"} and len(value) == 3:
            return value["text"]
        return {key: _compact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_compact(item) for item in value]
    return value
