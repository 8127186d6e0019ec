"""Pronoun parties: "Ia dihukum ...", "pihaknya akan menjatuhkan sanksi ...", "Kedua negara ...".

A rule reads a pronoun as a party (:data:`.parties.PRONOUN` marks the entity with the
kind it stands for); this module replaces it by its antecedent, as the guidelines
ask for a clearly implied party. The entity's ``span`` is then the antecedent's
mention and ``resolved_from`` the pronoun's, as for a quote's resolved speaker.

Antecedents are looked for in the pronoun's sentence (before it) and a few sentences
back, which is where Indonesian news names the party a pronoun continues:

* **person** (dia, ia, beliau): the subject of the nearest such sentence, read as
  its first run of capitalised words that is a person's name (not a gazetteer
  entity, no acronym, no party head such as "Klub", not a place after di/ke/dari);
* **organization** (pihaknya: the speaker's side): the nearest organisation named
  before it, a gazetteer body or an acronym, with the long form the document defines;
* **states** (kedua / ketiga negara): the last two (three, ...) distinct states named.

A pronoun with no antecedent is left out of the claim ("Kedua negara" stays as
written); a claim left with no target and no state or body imposing is dropped,
as the rule function would have dropped it without the pronoun.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ...claims import Claim
from ...entities import EntityIndex, EntityLexicon, guess_kind, initials, is_acronym, split_role
from .event import AUTHORITY_KINDS
from .parties import PRONOUN, canonical
from .sentences import sentence_start
from .words import SanctionWords, words

if TYPE_CHECKING:
    from ...document import Document
    from ...engine import Engine
    from .document import MentionIndex

#: Sentences before the pronoun's own that are searched, per kind of antecedent.
REACH = {"person": 2, "organization": 1, "states": 4}
#: "kedua negara" stands for two states, "ketiga negara" for three.
STATE_COUNTS = {"kedua": 2, "ketiga": 3, "keempat": 4}
_ACRONYM = regex.compile(r"\b\p{Lu}{2,}\b")
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:bin|binti|van|de|al|el)?\s*\p{Lu}[\p{L}\p{N}'’.-]*)*")


@dataclass(frozen=True)
class _Words:
    """Word lists of one engine that the resolver reads (built once per engine)."""

    lexicon: EntityLexicon
    not_person_heads: frozenset[str]
    place_prepositions: frozenset[str]


_CACHE: weakref.WeakKeyDictionary[Engine, _Words] = weakref.WeakKeyDictionary()


def _words(engine: Engine) -> _Words:
    cached = _CACHE.get(engine)
    if cached is None:
        cached = _CACHE[engine] = _Words(
            EntityLexicon.from_engine(engine),
            frozenset(word.casefold() for word in engine.lexicon("sanctions_not_person_heads")),
            frozenset(word.casefold() for word in engine.lexicon("sanctions_place_prepositions")),
        )
    return cached


class PronounResolver:
    """Resolves the pronoun parties of one document's sanction claims."""

    def __init__(self, document: Document, engine: Engine, table: SanctionWords, mentions: MentionIndex) -> None:
        self.document = document
        self.text = document.text
        self.table = table
        self.mentions = mentions
        self.words = _words(engine)
        self._index: EntityIndex | None = None

    def resolve(self, claim: Claim) -> bool:
        """Replace the claim's pronoun parties by their antecedents; False when the claim is left
        with no target and no authority imposing (it is then no event the guidelines count)."""
        for role in ("imposers", "targets"):
            resolved: list[dict[str, Any]] = []
            for party in claim.fields[role]:
                kind = party.pop(PRONOUN, None)
                if kind is None:
                    resolved.append(party)
                elif kind == "states":
                    resolved.extend(self._states(party) or [party])
                else:
                    # a target is never the claim's own imposer ("X memberikan hukuman kepadanya")
                    others = {imposer["name"] for imposer in claim.fields["imposers"]} if role == "targets" else set()
                    antecedent = self._person(party, others) if kind == "person" else self._organisation(party)
                    if antecedent is not None:
                        resolved.append(antecedent)
            claim.fields[role] = list({party["name"]: party for party in reversed(resolved)}.values())[::-1]
        return bool(claim.fields["targets"]) or any(
            imposer.get("kind") in AUTHORITY_KINDS for imposer in claim.fields["imposers"])

    # -- antecedents --------------------------------------------------------------

    def _person(self, pronoun: dict[str, Any], others: set[str]) -> dict[str, Any] | None:
        for start, end in _sentences_back(self.text, pronoun["span"]["start"], REACH["person"]):
            for run in _NAME_RUN.finditer(self.text, start, end):
                found = self._person_name(run, start)
                if found is not None and found[2] not in others:
                    return self._entity(pronoun, *found)
        return None

    def _person_name(self, run: regex.Match[str], sentence: int) -> tuple[int, int, str, str | None] | None:
        """(start, end, name, role) of a person's name in a run of capitalised words, or None."""
        tokens = list(regex.finditer(r"\S+", run.group()))
        if tokens and tokens[0].group() in self.table.fronting:
            return None  # "Mengutip Reuters, ...", "Menurut Budi, ...": a source, not the sentence's subject
        while tokens and tokens[0].group() in self.table.not_name:
            tokens.pop(0)
        while tokens and tokens[-1].group() in self.table.not_name:
            tokens.pop()
        if not tokens:
            return None
        start, end = run.start() + tokens[0].start(), run.start() + tokens[-1].end()
        surface = self.text[start:end].rstrip(".")
        end = start + len(surface)
        before = words(self.text[max(sentence, start - 12) : start])
        if (canonical(surface, self.table) or any(is_acronym(word) for word in surface.split())
                or surface.split()[0].casefold() in self.words.not_person_heads
                or surface.casefold() in self.table.person_heads  # "Pemain" opening a sentence
                or (before and before[-1] in self.words.place_prepositions)):
            return None
        offset, role = split_role(surface, self.words.lexicon)
        name = surface[offset:]
        if guess_kind(name, self.words.lexicon) != "person":
            return None
        return start + offset, end, name, role

    def _organisation(self, pronoun: dict[str, Any]) -> dict[str, Any] | None:
        position = pronoun["span"]["start"]
        low_start = min(start for start, _ in _sentences_back(self.text, position, REACH["organization"]))
        bodies = [(start, end, surface, name) for start, end, surface, name in self.mentions.hits
                  if low_start <= start and end <= position and self.mentions.kinds[name] != "state"]
        acronyms = [(hit.start(), hit.end(), hit.group(), self._long_form(hit.group()))
                    for hit in _ACRONYM.finditer(self.text, low_start, position)
                    if not any(s <= hit.start() < e for s, e, _, _ in bodies)
                    and not canonical(hit.group(), self.table)]
        candidates = sorted(bodies + acronyms)
        if not candidates:
            return None
        start, end, surface, name = candidates[-1]
        extra = {"kind": self.mentions.kinds[name]} if name in self.mentions.kinds else {}
        return self._entity(pronoun, start, end, name, None, aliases=[surface], **extra)

    def _long_form(self, acronym: str) -> str:
        """ "KPK" -> "Komisi Pemberantasan Korupsi" when the document defines it."""
        if self._index is None:
            self._index = EntityIndex(self.document, self.words.lexicon)
        long = next((long for short, long in self._index.definitions() if short == acronym), acronym)
        words_of_long = long.split()
        # "Ketua Komisi Pemberantasan Korupsi (KPK)": the title before the name is no part of it
        return next((" ".join(words_of_long[start:]) for start in range(len(words_of_long))
                     if initials(" ".join(words_of_long[start:])) == acronym), long)

    def _states(self, pronoun: dict[str, Any]) -> list[dict[str, Any]]:
        count = STATE_COUNTS.get(words(pronoun["span"]["text"])[0], 0)
        position = pronoun["span"]["start"]
        low = min(start for start, _ in _sentences_back(self.text, position, REACH["states"]))
        found: dict[str, tuple[int, int, str, str]] = {}
        for hit in reversed(self.mentions.hits):
            if low <= hit[0] and hit[1] <= position and self.mentions.kinds[hit[3]] == "state":
                found.setdefault(hit[3], hit)
                if len(found) == count:
                    ordered = sorted(found.values())
                    return [self._entity(pronoun, start, end, name, None, aliases=[surface], kind="state")
                            for start, end, surface, name in ordered]
        return []

    def _entity(self, pronoun: dict[str, Any], start: int, end: int, name: str, role: str | None,
                aliases: list[str] | None = None, **extra: Any) -> dict[str, Any]:
        if role:
            extra["role"] = role
        forms = [form for form in dict.fromkeys([*(aliases or []), pronoun["span"]["text"]]) if form != name]
        return {"name": name, "span": self.document.span(start, end), "aliases": forms,
                "resolved_from": pronoun["span"], **extra}


def _sentences_back(text: str, position: int, count: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the text before ``position`` in its sentence, then of up to ``count``
    whole sentences before it, nearest first."""
    end = position
    for _ in range(count + 1):
        start = sentence_start(text, end)
        yield start, end
        if start == 0:
            return
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return
        end -= 1 if text[end - 1] in ".!?\"”’'" else 0
