"""Every hook a claimkit plugin can implement.

A plugin is a module (or object) whose functions are decorated with
:data:`claimkit.hookimpl` and carry one of the names below. Plugins are found
through the ``claimkit`` entry-point group; the built-in quote, date and
sanction packs are registered exactly that way.

The ``register_*`` hooks receive a ``register`` callback instead of returning
lists (as in ``llm``), so one plugin can register several things and the core
decides how they are stored and checked. They run once, when an
:class:`~claimkit.Engine` is built, in plugin registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from pathlib import Path

    from .claims import Claim
    from .document import Document
    from .engine import Engine

hookspec = pluggy.HookspecMarker("claimkit")


@hookspec
def register_rule_files(register: Callable[[Path], None]) -> None:
    """Contribute YAML rule files.

    Runs once per engine build, before any rule is compiled. Call
    ``register(path)`` for each rule file (a ``pathlib.Path`` or anything
    ``Path()`` accepts). Files are checked against
    ``schemas/rule-file.schema.json``; their rules are owned by this plugin.
    Return value is ignored.
    """


@hookspec
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    """Declare claim types and the JSON Schema of their ``fields``.

    Runs once per engine build. Call ``register(type_name, fields_schema)``;
    the schema may ``$ref`` the shared definitions
    ``https://claimkit.dev/schemas/output.schema.json#/$defs/Span`` and
    ``.../Entity``. Every document's output is validated against the schema
    composed from all registered types. Registering the same type twice is an
    error reported with both plugin names. Return value is ignored.
    """


@hookspec
def register_functions(register: Callable[[str, Callable[..., Any]], None]) -> None:
    """Offer named Python functions that rules refer to with ``function:``.

    Runs once per engine build. Call ``register(name, function)``. The
    function receives a :class:`claimkit.RuleMatch` and returns the claim's
    ``fields`` as a dict (merged over the rule's static ``fields:``), or
    ``None`` to reject the match. Names are global: use a dotted prefix such as
    ``dates.absolute``. Return value is ignored.
    """


@hookspec
def process_document(document: Document, claims: list[Claim], engine: Engine) -> list[Claim] | None:
    """Post-process one document after every rule has run.

    Runs once per document, after overlap resolution and before the output is
    serialised and validated; every implementation runs (later-registered
    plugins first, as in pluggy; ``tryfirst``/``trylast`` are honoured). It
    gets the document, the claims of *all* types found so far, and the engine
    (for lexicons and the gazetteer). Mutate ``claims`` in place and return
    ``None``, or return a new list that replaces it. An exception is recorded
    in the document's ``errors`` under this plugin's name and the claims as
    they were before this plugin ran are kept.
    """
