"""Comparing a generator's planted claims with what an engine extracted.

For accuracy tests of a rule pack: :func:`missing_claims` lists, in words,
every planted claim of a type that the record does not contain. What must
agree is per type, and loose where the contract leaves room (a speaker is
matched by name or alias, not by which mention its span points at):

* ``quote``: the same content offsets, the same kind, the same speaker;
* ``date``: the same span and value;
* ``sanction``: an overlapping span, the same status, imposers, targets and
  sanction types.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .text import Generated

Claim = dict[str, Any]


def _names(entity: dict[str, Any] | None) -> set[str]:
    if not entity:
        return set()
    forms = {entity.get("name", ""), *entity.get("aliases", []), (entity.get("span") or {}).get("text", "")}
    return {form.casefold() for form in forms if form}


def same_entity(expected: dict[str, Any] | None, got: dict[str, Any] | None) -> bool:
    """Both absent, or the expected canonical name is among the other's names (or the reverse)."""
    if expected is None or got is None:
        return expected is None and got is None
    return expected["name"].casefold() in _names(got) or got.get("name", "").casefold() in _names(expected)


def _same_entities(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    return len(expected) == len(got) and all(any(same_entity(one, other) for other in got) for one in expected)


def _quote_matches(expected: Claim, got: Claim) -> bool:
    want, have = expected["fields"], got["fields"]
    return ((want["content"]["start"], want["content"]["end"]) == (have["content"]["start"], have["content"]["end"])
            and want["kind"] == have["kind"] and same_entity(want["speaker"], have["speaker"]))


def _date_matches(expected: Claim, got: Claim) -> bool:
    return ((expected["span"]["start"], expected["span"]["end"]) == (got["span"]["start"], got["span"]["end"])
            and expected["fields"]["value"] == got["fields"]["value"])


def _sanction_matches(expected: Claim, got: Claim) -> bool:
    want, have = expected["fields"], got["fields"]
    overlap = expected["span"]["start"] < got["span"]["end"] and got["span"]["start"] < expected["span"]["end"]
    return (overlap and want["status"] == have["status"]
            and _same_entities(want["imposers"], have["imposers"]) and _same_entities(want["targets"], have["targets"])
            and sorted(want["sanction_types"]) == sorted(have["sanction_types"]))


MATCHERS: dict[str, Callable[[Claim, Claim], bool]] = {
    "quote": _quote_matches,
    "date": _date_matches,
    "sanction": _sanction_matches,
}


def missing_claims(generated: Generated, record: dict[str, Any], claim_type: str) -> list[str]:
    """A readable line per planted ``claim_type`` claim with no matching extracted claim."""
    matches = MATCHERS[claim_type]
    got = [claim for claim in record["claims"] if claim["type"] == claim_type]
    report = []
    for expected in generated.of_type(claim_type):
        if any(matches(expected, claim) for claim in got):
            continue
        nearby = [claim for claim in got if claim["span"]["start"] < expected["span"]["end"]
                  and expected["span"]["start"] < claim["span"]["end"]]
        report.append(f"{expected['rule']} {_brief(expected)}\n    extracted there: "
                      + ("; ".join(_brief(claim) for claim in nearby) or "nothing"))
    return report


def _brief(claim: Claim) -> str:
    """A claim in one line, Spans and Entities shown by their text."""
    def compact(value: Any) -> Any:
        if isinstance(value, dict):
            if "name" in value and "span" in value:
                return value["name"]
            if {"start", "end", "text"} <= value.keys():
                return value["text"]
            return {key: compact(item) for key, item in value.items() if key not in ("span", "claim")}
        if isinstance(value, list):
            return [compact(item) for item in value]
        return value

    return f"{claim['span']['text']!r} {json.dumps(compact(claim['fields']), ensure_ascii=False, sort_keys=True)}"
