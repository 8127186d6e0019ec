"""Imposers and targets: one captured coordination becomes several canonical entities.

A rule captures "Uni Eropa, Amerika Serikat dan sekutunya" as one group;
:func:`parties` splits it on the joiners of the ``sanctions_party_joiners``
lexicon (never inside parentheses), and names each part through the
gazetteer, so "AS", "Washington" and "pemerintah Amerika Serikat" are all the
entity "Amerika Serikat" with the mention as its span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from ...document import Document
from ...entities import entity
from .words import SanctionWords, key, words

_PARENTHESIS = regex.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")


@dataclass(frozen=True)
class Mention:
    """One conjunct of a coordination, with the parenthesised alias that followed it."""

    start: int
    end: int
    alias: str | None = None


def split_mentions(text: str, start: int, end: int, joiners: regex.Pattern[str]) -> list[Mention]:
    """The conjuncts of ``text[start:end]``; "(AS)" after a name is kept as that name's alias."""
    mentions: list[Mention] = []
    cursor = start
    protected = [(hit.start(), hit.end()) for hit in _PARENTHESIS.finditer(text, start, end)]
    for joint in joiners.finditer(text, start, end):
        if any(left <= joint.start() < right for left, right in protected):
            continue
        mentions.append(_mention(text, cursor, joint.start()))
        cursor = joint.end()
    mentions.append(_mention(text, cursor, end))
    return [mention for mention in mentions if mention.end > mention.start]


def _mention(text: str, start: int, end: int) -> Mention:
    parenthesis = _PARENTHESIS.search(text, start, end)
    if parenthesis is None:
        return Mention(start, end)
    return Mention(start, parenthesis.start(), parenthesis.group(1))


def canonical(mention: str, table: SanctionWords) -> tuple[str, str] | None:
    """(name, kind) of a gazetteer entity written as ``mention``: an alias, or a metonym
    such as "pemerintah Jepang" / "rezim Pyongyang"."""
    found = table.gazetteer.get(key(mention))
    if found is None:
        head, _, rest = mention.partition(" ")
        if head.casefold() in table.metonym_heads and rest:
            found = table.gazetteer.get(key(rest))
    return found


def is_generic(mention: str, table: SanctionWords) -> bool:
    """True for parties that name nobody in particular ("setiap pelanggar", "pihak")."""
    first = words(mention)[:1]
    return bool(first) and first[0] in table.generic_parties


def parties(document: Document, start: int, end: int, table: SanctionWords) -> list[dict[str, Any]]:
    """Entities for the coordination ``document.text[start:end]``, one per distinct canonical name."""
    found: dict[str, dict[str, Any]] = {}
    for mention in split_mentions(document.text, start, end, table.joiners):
        surface = document.text[mention.start : mention.end]
        named = canonical(surface, table) or (canonical(mention.alias, table) if mention.alias else None)
        aliases = [form for form in (surface, mention.alias) if form]
        extra = {"kind": named[1]} if named else {}
        name = named[0] if named else surface
        if name not in found:
            found[name] = entity(document, mention.start, mention.end, name=name, aliases=aliases, **extra)
    return list(found.values())
