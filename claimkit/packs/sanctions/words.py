"""The sanction pack's word tables, read once per engine from the YAML lexicons.

Rules say *where* a verb, a modal word or a trigger sits; these tables say
what each word *means* (a status, a sanction type, a reason to reject). They
are built from the ``sanctions_*`` lexicons of ``rules/sanctions/00-common.yaml``
(and whatever a user's rule files add to them), never from Python literals.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ...engine import Engine

#: Statuses in the order in which they override each other when several
#: status words occur in one clause ("akan mencabut" is proposed, not lifted).
STATUS_PRECEDENCE = ("negated", "threatened", "proposed", "lifted", "eased", "extended", "imposed", "mentioned")
SANCTION_TYPES = ("arms_embargo", "asset_freeze", "travel_ban", "visa_ban", "export_control", "economic",
                  "financial", "trade", "diplomatic", "sport")
#: The kind of antecedent each pronoun lexicon asks for.
PRONOUN_LEXICONS = {"person": "sanctions_person_pronouns", "organization": "sanctions_organisation_pronouns",
                    "states": "sanctions_state_pronouns"}
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")


@dataclass(frozen=True)
class SanctionWords:
    status_of: dict[str, str]
    #: "bukan hanya", "tidak hanya": words that look negated but are not, removed before a status lookup
    not_only: regex.Pattern[str]
    types: regex.Pattern[str]
    type_of: dict[str, str]
    excluded_kinds: frozenset[str]
    conditionals: regex.Pattern[str]
    reported: regex.Pattern[str]
    generic_parties: frozenset[str]
    party_quantifiers: frozenset[str]
    party_heads: frozenset[str]
    joiners: regex.Pattern[str]
    example_markers: frozenset[str]
    metonym_heads: frozenset[str]
    envoy_owners: frozenset[str]
    not_name: frozenset[str]
    fronting: frozenset[str]
    clause_joined: regex.Pattern[str]
    purpose_markers: frozenset[str]
    sittings: frozenset[str]
    criminal_words: frozenset[str]
    reciprocal: frozenset[str]
    gazetteer: dict[str, tuple[str, str]]
    gazetteer_forms: dict[str, tuple[str, ...]]
    #: pronoun (case-folded, single-spaced) -> the kind of party it stands for: "person",
    #: "organization" or "states" (see :mod:`.pronouns`)
    pronoun_kind: dict[str, str]
    #: "wasit", "pemain": a sentence-initial "Pemain" is no name a pronoun could stand for
    person_heads: frozenset[str]
    #: opens the name of a sports body the gazetteer does not list ("Komite Disiplin ...")
    sport_body_head: regex.Pattern[str]
    #: "hukuman", "denda": triggers kept only in a sport setting (see :mod:`.event`)
    penalty_nouns: frozenset[str]
    #: a sports body anywhere in a text: a gazetteer sports body or a name opened by a sport-body head
    sport_body: regex.Pattern[str]
    #: a ban counted in matches: "empat laga", "dua pertandingan"
    match_length: regex.Pattern[str]
    match_officials: regex.Pattern[str]
    undergo_verbs: frozenset[str]
    fine_pay_verbs: frozenset[str]
    trigger_tail: regex.Pattern[str]
    obligation_words: frozenset[str]
    #: "Melalui surat keputusan Komdis PSSI," : the fronted instrument of a decision and its author (group ``party``)
    instrument: regex.Pattern[str]

    def statuses(self, *phrases: str | None) -> set[str]:
        """Every status named by a word of ``phrases`` (verb, modal words, nominaliser)."""
        return {self.status_of[word] for phrase in phrases if phrase
                for word in words(self.not_only.sub(" ", phrase)) if word in self.status_of}

    def sanction_types(self, phrase: str) -> list[str]:
        """Types named in ``phrase``, longest phrase first, in order of appearance."""
        found = [self.type_of[hit.group().casefold()] for hit in self.types.finditer(phrase)]
        return list(dict.fromkeys(found))


def words(text: str) -> list[str]:
    """Case-folded words, hyphenated compounds kept whole ("negara-negara")."""
    return [word.casefold() for word in _WORD.findall(text)]


_CACHE: weakref.WeakKeyDictionary[Engine, SanctionWords] = weakref.WeakKeyDictionary()


def sanction_words(engine: Engine) -> SanctionWords:
    """The tables of ``engine``, built on first use."""
    cached = _CACHE.get(engine)
    if cached is None:
        cached = _CACHE[engine] = _build(engine)
    return cached


def _build(engine: Engine) -> SanctionWords:
    status_of: dict[str, str] = {}
    for status in reversed(STATUS_PRECEDENCE):  # a word listed under two statuses keeps the stronger
        for word in engine.lexicon(f"sanctions_status_{status}"):
            status_of[word.casefold()] = status
    type_of = {phrase.casefold(): kind for kind in SANCTION_TYPES
               for phrase in engine.lexicon(f"sanctions_type_{kind}")}
    return SanctionWords(
        status_of=status_of,
        not_only=_literal_pattern(engine.lexicon("sanctions_not_only")),
        types=_literal_pattern(type_of),
        type_of=type_of,
        excluded_kinds=_folded(engine, "sanctions_excluded_kinds"),
        conditionals=_literal_pattern(engine.lexicon("sanctions_conditionals")),
        reported=regex.compile(r"\b(?:\L<verbs>)\s*,?\s*$", regex.IGNORECASE,
                               verbs=engine.lexicon("sanctions_report_verbs")),
        generic_parties=_folded(engine, "sanctions_generic_parties"),
        party_quantifiers=_folded(engine, "sanctions_party_quantifiers"),
        party_heads=_folded(engine, "sanctions_party_heads"),
        joiners=regex.compile(r"\s*,\s*(?:(?:\L<j>)\s+)?|\s+(?:\L<j>)\s+", j=engine.lexicon("sanctions_party_joiners")),
        metonym_heads=_folded(engine, "sanctions_metonym_heads"),
        envoy_owners=_folded(engine, "sanctions_envoy_owners"),
        example_markers=_folded(engine, "sanctions_example_markers"),
        not_name=frozenset(engine.lexicon("sanctions_not_name")),
        fronting=frozenset(engine.lexicon("sanctions_fronting_words")),
        purpose_markers=_folded(engine, "sanctions_purpose_markers"),
        sittings=_folded(engine, "sanctions_sittings"),
        criminal_words=_folded(engine, "sanctions_criminal_words"),
        reciprocal=_folded(engine, "sanctions_reciprocal"),
        clause_joined=regex.compile(r"(?:,\s*|\s)(?:\L<j>)\s*$", regex.IGNORECASE,
                                    j=engine.lexicon("sanctions_clause_joiners")),
        gazetteer={key(form): (name, entry["kind"]) for name, entry in engine.gazetteer.items()
                   for form in (name, *entry["aliases"])},
        gazetteer_forms={name: (name, *entry["aliases"]) for name, entry in engine.gazetteer.items()},
        sport_body_head=regex.compile(r"(?:\L<heads>)\b", regex.IGNORECASE,
                                      heads=engine.lexicon("sanctions_sport_body_heads")),
        person_heads=_folded(engine, "sanctions_person_heads"),
        penalty_nouns=_folded(engine, "sanctions_penalty_nouns"),
        sport_body=regex.compile(r"\b(?:\L<names>|(?i:\L<heads>))\b", names=[
            form for name, entry in engine.gazetteer.items() if entry["kind"] == "sports_body"
            for form in (name, *entry["aliases"])], heads=engine.lexicon("sanctions_sport_body_heads")),
        match_length=regex.compile(r"\b(?:\d+|\L<counts>)\s+(?:\L<units>)\b", regex.IGNORECASE,
                                   counts=engine.lexicon("sanctions_party_quantifiers"),
                                   units=engine.lexicon("sanctions_match_units")),
        match_officials=_literal_pattern(engine.lexicon("sanctions_match_officials")),
        undergo_verbs=_folded(engine, "sanctions_undergo_verbs"),
        fine_pay_verbs=_folded(engine, "sanctions_fine_pay_verbs"),
        trigger_tail=regex.compile(r"(?:\s+(?!(?:\L<stops>)\b)[^\s.,;:!?\"“”()]+){1,6}", regex.IGNORECASE,
                                   stops=engine.lexicon("sanctions_gap_stops")),
        obligation_words=_folded(engine, "sanctions_obligation_words"),
        instrument=regex.compile(
            r"\b(?i:\L<preps>)\s+(?:(?i:\L<nouns>)\s+){1,3}"
            r"(?P<party>\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:\(\s*[^()\n]{1,30}\)\s+)?\p{Lu}[\p{L}\p{N}-]*)*)",
            preps=engine.lexicon("sanctions_instrument_preps"), nouns=engine.lexicon("sanctions_decision_nouns")),
        pronoun_kind={word: kind for kind, lexicon in PRONOUN_LEXICONS.items() for word in _folded(engine, lexicon)},
    )


_SPACED_HYPHEN = regex.compile(r"\s*-\s*")


def key(mention: str) -> str:
    """Lookup form of a name: case-folded, token-spacing artefacts undone ("Jong - un", "DK - PBB")."""
    return " ".join(_SPACED_HYPHEN.sub("-", mention).casefold().split())


def _folded(engine: Engine, name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in engine.lexicon(name))


def _literal_pattern(phrases: object) -> regex.Pattern[str]:
    """Whole-word, case-insensitive search for any of ``phrases`` (longest first)."""
    return regex.compile(r"\b\L<phrases>\b", regex.IGNORECASE, phrases=sorted(phrases, key=len, reverse=True))
