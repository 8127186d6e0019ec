"""Entities as the contract writes them: a canonical name, the mention, aliases.

Shared by every pack that names people or organisations, so that a speaker
and a sanction target are written the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .document import Document


def entity(
    document: Document,
    start: int,
    end: int,
    name: str | None = None,
    aliases: Iterable[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    """An Entity for the mention ``document.text[start:end]``.

    ``name`` defaults to the mention itself; ``extra`` carries optional
    contract fields such as ``role``, ``kind`` or ``resolved_from``.
    """
    mention = document.text[start:end]
    canonical = name or mention
    unique = [alias for alias in dict.fromkeys(aliases) if alias and alias != canonical]
    return {"name": canonical, "span": document.span(start, end), "aliases": unique, **extra}
