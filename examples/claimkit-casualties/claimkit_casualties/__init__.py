"""claimkit-casualties: the ``casualty`` claim type for claimkit.

A claimkit plugin is a module with hook implementations. This one registers
its claim type with the JSON Schema of its fields, its YAML rule files, and
the one Python function those rules name (``casualties.counts``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import claimkit

from .numbers import parse_count

__version__ = "0.1.0"
_HERE = Path(__file__).resolve().parent


@claimkit.hookimpl
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    register("casualty", json.loads((_HERE / "casualty.schema.json").read_text(encoding="utf-8")))


@claimkit.hookimpl
def register_rule_files(register: Callable[[Path], None]) -> None:
    for path in sorted((_HERE / "rules").glob("*.yaml")):
        register(path)


@claimkit.hookimpl
def register_functions(register: Callable[[str, Callable[..., Any]], None]) -> None:
    register("casualties.counts", casualty_counts)


def casualty_counts(match: claimkit.RuleMatch) -> dict[str, Any] | None:
    """The counts of a match: groups ``n1``/``c1``/``q1`` and optionally ``n2``/``c2``/``q2``.

    ``n`` is the number, ``c`` the word that says what happened (looked up in
    the rule's ``params.categories``), ``q`` a qualifier such as "sedikitnya"
    (``params.qualifiers``). A second count without its own qualifier shares
    the first one's: "sedikitnya 12 orang tewas dan 30 luka-luka" means at
    least 30 injured too. A number that does not parse rejects the match.
    """
    counts = []
    qualifier = "exact"
    for index in ("1", "2"):
        if not match.has(f"n{index}"):
            continue
        value = parse_count(match.group(f"n{index}"))
        if value is None:
            return None
        if match.has(f"q{index}"):
            qualifier = match.params["qualifiers"][match.group(f"q{index}").casefold()]
        category = match.params["categories"][" ".join(match.group(f"c{index}").casefold().split())]
        counts.append({"category": category, "value": value, "qualifier": qualifier,
                       "span": match.span(f"n{index}")})
    return {"counts": counts}
