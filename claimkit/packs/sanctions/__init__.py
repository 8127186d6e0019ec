"""The built-in sanction pack: rules in ``rules/sanctions/``, helpers in this package.

* :mod:`.event` - ``sanctions.event``, the one rule function: status, types,
  roles and the filters that keep domestic rules and penalties out;
* :mod:`.parties` - splitting coordinations and naming parties through the gazetteer;
* :mod:`.document` - the document step: anaphora, shared subjects, dates, aliases;
* :mod:`.words` - the word tables read from the YAML lexicons.

What counts as a sanction and why is in ``docs/sanctions.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...plugins import hookimpl
from .._files import claim_fields_schema, pack_rule_files
from .document import complete_sanctions
from .event import sanction_event

if TYPE_CHECKING:
    from ...claims import Claim
    from ...document import Document
    from ...engine import Engine


@hookimpl
def register_rule_files(register: Callable[[Path], None]) -> None:
    for path in pack_rule_files("sanctions"):
        register(path)


@hookimpl
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    register("sanction", claim_fields_schema("sanction"))


@hookimpl
def register_functions(register: Callable[[str, Callable[..., Any]], None]) -> None:
    register("sanctions.event", sanction_event)


@hookimpl(trylast=True)
def process_document(document: Document, claims: list[Claim], engine: Engine) -> list[Claim]:
    """Runs after the other packs' steps, so date claims are final when sanctions link to them."""
    return complete_sanctions(document, claims, engine)
