"""The built-in date pack: rules in ``rules/dates/``, helpers in this package.

:mod:`.normalise` holds the pure calendar arithmetic, :mod:`.functions` the rule
functions (one match -> fields, resolved against the publication date) and
:mod:`.resolve` the document-level steps (context year, anchored relatives,
clock times joined to their date, range ends). ``docs/dates.md`` describes what
the pack recognises and the value conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...plugins import hookimpl
from .._files import claim_fields_schema, pack_rule_files
from .functions import FUNCTIONS
from .resolve import resolve_document

if TYPE_CHECKING:
    from ...claims import Claim
    from ...document import Document
    from ...engine import Engine


@hookimpl
def register_rule_files(register: Callable[[Path], None]) -> None:
    for path in pack_rule_files("dates"):
        register(path)


@hookimpl
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    register("date", claim_fields_schema("date"))


@hookimpl
def register_functions(register: Callable[[str, Callable[..., Any]], None]) -> None:
    for name, function in FUNCTIONS.items():
        register(name, function)


@hookimpl
def process_document(document: Document, claims: list[Claim], engine: Engine) -> None:
    resolve_document(document, claims, engine)
