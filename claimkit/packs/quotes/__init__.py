"""The built-in quote pack: rules in ``rules/quotes/``, helpers in this package.

The YAML rules match cues; :mod:`.functions` turns a match into quote fields
using the document layout (:mod:`.layout`) and the word lists (:mod:`.words`);
:mod:`.resolve` does the document-level work (one claim per quotation,
pronoun and follow-up speakers, canonical entities). See docs/quotes.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...plugins import hookimpl
from .._files import claim_fields_schema, pack_rule_files
from .functions import functions
from .resolve import process_quotes

if TYPE_CHECKING:
    from ...claims import Claim
    from ...document import Document
    from ...engine import Engine


@hookimpl
def register_rule_files(register: Callable[[Path], None]) -> None:
    for path in pack_rule_files("quotes"):
        register(path)


@hookimpl
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    register("quote", claim_fields_schema("quote"))


@hookimpl
def register_functions(register: Callable[[str, Callable[..., Any]], None]) -> None:
    for name, function in functions().items():
        register(name, function)


@hookimpl
def process_document(document: Document, claims: list[Claim], engine: Engine) -> list[Claim]:
    return process_quotes(document, claims, engine)
