"""Toy plugins for testing the toolkit itself: one well-behaved, others each breaking one property."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import claimkit
from claimkit import hookimpl

ACRONYM_FIELDS = {
    "type": "object",
    "required": ["acronym"],
    "properties": {"acronym": {"$ref": "https://claimkit.dev/schemas/output.schema.json#/$defs/Span"}},
}

# Organisations are written "Name (ACR)" by the generators, so this rule fires on generated articles.
ACRONYM_RULES = """\
rules:
  - id: toy.acronym.parenthesised
    type: acronym
    pattern: '\\((?P<acronym>[A-Z]{2,6})\\)'
    examples:
      - text: "Komisi Pemberantasan Korupsi (KPK) menahan dua orang."
        fields: {acronym: KPK}
    counterexamples:
      - "harga (naik) lagi"
"""


class ToyPlugin:
    """A plugin built from a YAML text, a claim type, functions and an optional document step."""

    def __init__(self, name: str, directory: Path, rules: str, claim_type: str = "acronym",
                 fields: dict[str, Any] = ACRONYM_FIELDS, functions: dict[str, Callable[..., Any]] | None = None,
                 document_step: Callable[..., Any] | None = None) -> None:
        self.__name__ = name
        self.rule_file = directory / f"{name}.yaml"
        self.rule_file.write_text(rules, encoding="utf-8")
        self.claim_type, self.fields, self.functions = claim_type, fields, functions or {}
        if document_step is not None:
            self.process_document = hookimpl(document_step)

    @hookimpl
    def register_rule_files(self, register):
        register(self.rule_file)

    @hookimpl
    def register_claim_types(self, register):
        register(self.claim_type, self.fields)

    @hookimpl
    def register_functions(self, register):
        for name, function in self.functions.items():
            register(name, function)


@pytest.fixture(scope="session")
def toy_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("toy-plugins")


@pytest.fixture(scope="session")
def make_engine(toy_directory: Path) -> Callable[..., claimkit.Engine]:
    """An engine with one toy plugin and nothing else installed."""

    def make(name: str, rules: str = ACRONYM_RULES, **options: Any) -> claimkit.Engine:
        return claimkit.Engine([ToyPlugin(name, toy_directory, rules, **options)], autoload=False)

    return make


@pytest.fixture(scope="session")
def acronym_rules() -> str:
    return ACRONYM_RULES


@pytest.fixture(scope="session")
def acronym_engine(make_engine) -> claimkit.Engine:
    return make_engine("toy-acronyms")
