"""Imposers and targets: one captured coordination becomes several canonical entities.

A rule captures "Kanada, Inggris dan mitra-mitranya" as one group;
:func:`conjuncts` splits it on the joiners of the ``sanctions_party_joiners``
lexicon (never inside parentheses) and trims words that never start or end a
name ("Namun", "Senin") and datelines ("JAKARTA - "); :func:`parties` names each part through the
gazetteer, so "AS", "Washington" and "pemerintah Amerika Serikat" are all the
entity "Amerika Serikat" with the mention as its span.

A list joined by commas only ("Di Washington, AS menjatuhkan ...") is not a
coordination: Indonesian ends a coordination with "dan"/"serta". Only the
conjunct nearest to the verb is kept then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from ...document import Document
from ...entities import entity
from .words import SanctionWords, key, words

_PARENTHESIS = regex.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")
_TOKEN = regex.compile(r"\S+")
# "JAKARTA - Amerika Serikat", "Liputan6.com, Medan - Swiss": a dateline glued to a name by a
# token-spaced dash near the start of a paragraph, with no sentence end and no lower-case word
# before it (so "Pada laga itu, Coca - Cola" stays one name)
_SPACED_DASH = regex.compile(r"\s-{1,2}\s+")
_SENTENCE_MARK = regex.compile(r"[.!?](?:\s|$)|(?<![\p{L}\p{N}.])\p{Ll}+(?![\p{L}\p{N}.])")
DATELINE_REACH = 60
#: Internal Entity field: the kind of party a pronoun stands for; the document step
#: replaces the entity by its antecedent (or drops it) and removes the field.
PRONOUN = "_pronoun"


@dataclass(frozen=True)
class Mention:
    """One conjunct of a coordination: where the name is after trimming, the raw text it
    was trimmed from, and the parenthesised alias that followed it."""

    start: int
    end: int
    raw: str
    alias: str | None = None
    fronted: bool = False
    #: the name without an alias written inside it ("Komisi Disiplin (Komdis) PSSI" is
    #: "Komisi Disiplin PSSI"); ``None`` when the name is ``text[start:end]`` itself
    written: str | None = None
    #: the kind of party a pronoun stands for ("person", "organization", "states"), resolved
    #: by the document step; ``None`` for a name
    pronoun: str | None = None


def conjuncts(text: str, start: int, end: int, table: SanctionWords, nearest_last: bool) -> list[Mention]:
    """The parties named in ``text[start:end]``.

    ``nearest_last`` says on which side the verb is (``True`` for a subject
    read before it). A coordination ends with its "dan": after a target list
    "Belarus dan Nordlight Shipping, Jumat depan" the comma part is dropped;
    before a subject, a part opened by a fronting word ("Menurut Reuters, ...")
    is dropped with all before it; of a comma-only list only the conjunct
    nearest the verb is kept. A part followed by an example marker ("sejumlah negara seperti
    Bahrain, Mesir, bahkan Yordania") is left out: the examples are the parties. A part that
    trims to nothing ("Pelanggar", "Senin") is returned empty (``start == end``) with its raw text, so callers
    can still tell a generic party.
    """
    parts: list[Mention] = []
    word_joined: list[bool] = []
    announcing: int | None = None  # the part before "seperti": it only announces the examples
    cursor = start
    protected = [(hit.start(), hit.end()) for hit in _PARENTHESIS.finditer(text, start, end)]
    for joint in table.joiners.finditer(text, start, end):
        if any(left <= joint.start() < right for left, right in protected):
            continue
        word = joint.group().strip(" ,").casefold()
        if word in table.example_markers and announcing is None:
            announcing = len(parts)
        parts.append(_mention(text, cursor, joint.start(), table))
        # after an example marker a comma list is an enumeration ("seperti Bahrain, Mesir, Yordania")
        word_joined.append(bool(word) or announcing is not None)
        cursor = joint.end()
    parts.append(_mention(text, cursor, end, table))
    if announcing is not None:
        del parts[announcing], word_joined[announcing]
    if not any(word_joined):
        return [parts[-1] if nearest_last else parts[0]]
    if nearest_last:
        # "Menurut Reuters, Inggris dan Kanada ...": a part opened by a fronting word is
        # a fronted phrase, not a conjunct; it and what precedes it are left out
        fronted = [index for index, part in enumerate(parts[:-1]) if part.fronted]
        return parts[fronted[-1] + 1 :] if fronted else parts
    last_word_joint = max(index for index, joined in enumerate(word_joined) if joined)
    return parts[: last_word_joint + 2]


def _mention(text: str, start: int, end: int, table: SanctionWords) -> Mention:
    parenthesis = _PARENTHESIS.search(text, start, end)
    alias = parenthesis.group(1) if parenthesis else None
    raw = text[start:end]
    first = _after_dateline(text, start, end)
    tokens = list(_TOKEN.finditer(text, first, parenthesis.start() if parenthesis else end))
    tail = _name_after_alias(text, parenthesis.end(), end, table) if parenthesis else []
    opening = tokens[0].group() if tokens else ""
    pronoun = table.pronoun_kind.get(" ".join(token.group().casefold() for token in tokens)) if not tail else None
    if pronoun:
        return Mention(tokens[0].start(), tokens[-1].end(), raw, pronoun=pronoun)
    while tokens and tokens[0].group() in table.not_name:
        tokens.pop(0)
    while tokens and not tail and tokens[-1].group() in table.not_name:
        tokens.pop()
    if not tokens:
        return Mention(start, start, raw)
    if not tail:
        return Mention(tokens[0].start(), tokens[-1].end(), raw, alias, opening in table.fronting)
    written = " ".join(token.group() for token in (*tokens, *tail))
    return Mention(tokens[0].start(), tail[-1].end(), raw, alias, opening in table.fronting, written)


def _name_after_alias(text: str, start: int, end: int, table: SanctionWords) -> list[regex.Match[str]]:
    """The rest of a name that an alias interrupts: "PSSI" in "Komisi Disiplin (Komdis) PSSI"
    (words that never end a name, such as a weekday, are left out)."""
    tokens = list(_TOKEN.finditer(text, start, end))
    while tokens and tokens[-1].group() in table.not_name:
        tokens.pop()
    return tokens


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a party starts once a dateline before a spaced dash ("Medan - ") is cut off."""
    dash = _SPACED_DASH.search(text, start, end)
    if dash is None:
        return start
    line_start = text.rfind("\n", 0, start) + 1
    if dash.start() - line_start > DATELINE_REACH or _SENTENCE_MARK.search(text, line_start, dash.start()):
        return start
    return dash.end()


def canonical(mention: str, table: SanctionWords) -> tuple[str, str] | None:
    """(name, kind) of a gazetteer entity written as ``mention``: an alias, or a metonym
    such as "pemerintah Jepang" / "rezim Pyongyang"."""
    found = table.gazetteer.get(key(mention))
    if found is None:
        head, _, rest = mention.partition(" ")
        if head.casefold() in table.metonym_heads and rest:
            found = table.gazetteer.get(key(rest))
    return found


def is_generic(mention: Mention, table: SanctionWords) -> bool:
    """True for parties that name nobody in particular ("setiap pelanggar", "Pihak")."""
    first = words(mention.raw)[:1]
    return bool(first) and first[0] in table.generic_parties


def parties(document: Document, mentions: list[Mention], table: SanctionWords) -> list[dict[str, Any]]:
    """Entities for ``mentions``, one per distinct canonical name; empty mentions are skipped."""
    found: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        if mention.end <= mention.start:
            continue
        surface = mention.written or document.text[mention.start : mention.end]
        named = canonical(surface, table) or (canonical(mention.alias, table) if mention.alias else None)
        aliases = [form for form in (surface, mention.alias) if form]
        kind = named[1] if named else _unlisted_kind(surface, table)
        extra = {"kind": kind} if kind else {PRONOUN: mention.pronoun} if mention.pronoun else {}
        name = named[0] if named else surface
        if name not in found:
            found[name] = entity(document, mention.start, mention.end, name=name, aliases=aliases, **extra)
    return list(found.values())


def _unlisted_kind(surface: str, table: SanctionWords) -> str | None:
    """The kind of a party the gazetteer does not list but whose name says what it is: "Komite
    Disiplin Federasi Sepak Bola Elbonia" is a sports body (so its "hukuman" is a sport sanction,
    not a court's sentence)."""
    return "sports_body" if table.sport_body_head.match(surface) else None
