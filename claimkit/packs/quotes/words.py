"""The quote pack's word lists, read once per engine from the YAML lexicons.

Python never spells Indonesian words itself: every list here comes from a
``quotes_*`` lexicon in ``rules/quotes/`` (see docs/quotes.md for what each
one is for), so adding a speech verb or an outlet cue is a YAML change.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from ...entities import EntityLexicon

if TYPE_CHECKING:
    from ...engine import Engine


MIN_VERB_LENGTH = 5


@dataclass(frozen=True)
class QuoteWords:
    """Case-folded word sets (multi-word entries keep their spaces)."""

    entity: EntityLexicon
    markers: dict[str, str]
    reporting_verbs: frozenset[str]
    cues_after: frozenset[str]
    lemmas: dict[str, str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    first_person: frozenset[str]
    adverbs: frozenset[str]
    time_words: frozenset[str]
    speaker_nouns: frozenset[str]
    description_heads: frozenset[str]
    demonstratives: frozenset[str]
    media_verbs: frozenset[str]
    determiners: frozenset[str]
    anaphoric_objects: frozenset[str]
    speech_nouns: frozenset[str]
    similarity_words: frozenset[str]
    verb_prefixes: frozenset[str]
    transitive_prefixes: frozenset[str]
    complementizers: frozenset[str]
    coordinators: frozenset[str]
    refusals: frozenset[str]
    non_clause_starts: frozenset[str]
    outlet_cues: frozenset[str]
    outlet_heads: frozenset[str]
    audiences: frozenset[str]
    title_cues: frozenset[str]
    abbreviations: frozenset[str]
    not_sources: frozenset[str]
    negations: frozenset[str]
    restrictives: frozenset[str]
    denial_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    statement_modifiers: frozenset[str]
    outlet_name_words: frozenset[str]
    deputy_words: frozenset[str]
    predicate_starts: frozenset[str]
    noun_cues: frozenset[str]
    legal_documents: frozenset[str]
    findings: frozenset[str]
    sourced_information: frozenset[str]
    appositive_markers: frozenset[str]
    noun_adjectives: frozenset[str]
    plural_determiners: frozenset[str]
    generic_groups: frozenset[str]
    seat_prepositions: frozenset[str]
    venue_prepositions: frozenset[str]
    alias_markers: frozenset[str]
    marked_verbs: frozenset[str]
    indefinites: frozenset[str]
    forgetting: frozenset[str]
    consequence_links: frozenset[str]
    title_short_forms: dict[str, str]
    outlet_pattern: regex.Pattern[str] = field(init=False, repr=False)
    trailing_cue_pattern: regex.Pattern[str] = field(init=False, repr=False)
    reporting_verb_pattern: regex.Pattern[str] = field(init=False, repr=False)
    clause_pattern: regex.Pattern[str] = field(init=False, repr=False)
    source_person_pattern: regex.Pattern[str] = field(init=False, repr=False)
    kin_forms: frozenset[str] = field(init=False, repr=False)  # kin nouns, bare or with "-nya" ("ibunya")

    def __post_init__(self) -> None:
        marker = self.markers
        object.__setattr__(self, "kin_forms", self.kin_nouns | {noun + marker["clitic"] for noun in self.kin_nouns})
        object.__setattr__(self, "outlet_pattern", _outlet_pattern(
            self.outlet_cues, self.outlet_heads, self.outlet_name_words, marker["source"], marker["addressee"]))
        cues = alternation(self.cues_after)
        object.__setattr__(self, "trailing_cue_pattern", regex.compile(
            rf",\s+(?:{marker['summary']}\s+)?(?:{cues}|{marker['framing']})(?:{marker['clitic']})?(?![\p{{L}}\p{{N}}])"))
        object.__setattr__(self, "clause_pattern", regex.compile(rf"(?<![\w-]){marker['clause']}(?![\w-])\s*"))
        object.__setattr__(self, "reporting_verb_pattern", regex.compile(
            rf"(?<![\w-])(?:{alternation(self.reporting_verbs)})(?![\w-])", regex.IGNORECASE))
        # "dari salah satu petugas Pengadilan Negeri X": a source person, up to "yang", a comma or the sentence
        # end; searched backwards from a pronoun, so the nearest one is found first
        object.__setattr__(self, "source_person_pattern", regex.compile(
            rf"(?i:(?<![\p{{L}}]){marker['source']} (?:{alternation(self.indefinites)}) )(\p{{Ll}}+)"
            rf"(?: (?!{marker['relative']}\b)[\p{{L}}\p{{N}}-]+){{0,5}}(?=\s*(?:[,.;:]|{marker['relative']}\b))",
            regex.REVERSE))

    def points_back(self, folds: list[str]) -> bool:
        """Is ``folds`` (the whole phrase) "hal tersebut", "keterangan itu", "hal senada", "pidatonya"?"""
        if not folds:
            return False
        if len(folds) == 2 and folds[0] in self.speech_nouns and (folds[1] in self.demonstratives
                                                                  or folds[1] in self.similarity_words):
            return True
        return " ".join(folds) in self.anaphoric_objects

    def looks_like_verb(self, fold: str, transitive_only: bool = False) -> bool:
        """A derived verb ("menegaskan", "dihubungi", "berkata") by its prefix; short words are left alone.

        ``transitive_only`` counts only the meN- prefixes: ber- and ter- words
        also qualify nouns ("pihak berwajib", "sumber terpercaya").
        """
        prefixes = self.transitive_prefixes if transitive_only else self.verb_prefixes
        return len(fold) > MIN_VERB_LENGTH and any(fold.startswith(prefix) for prefix in prefixes)

    def lemma(self, cue: str) -> str:
        """"mengatakan" -> "kata", "tambahnya" -> "tambah", "ujar" -> "ujar"."""
        folded = cue.casefold()
        if folded in self.lemmas:
            return self.lemmas[folded]
        clitic = self.markers["clitic"]
        if folded.endswith(clitic) and folded[:-len(clitic)] in self.cues_after:
            return folded[:-len(clitic)]
        return folded


_NAMES = {
    "reporting_verbs": ("quotes_reporting_verbs", "quotes_reporting_verbs_marked"),
    "cues_after": ("quotes_cues_after",),
    "pronouns": ("quotes_pronouns",),
    "person_pronouns": ("quotes_person_pronouns",),
    "group_pronouns": ("quotes_group_pronouns",),
    "first_person": ("quotes_first_person",),
    "adverbs": ("quotes_adverbs",),
    "time_words": ("quotes_time_words",),
    "speaker_nouns": ("quotes_speaker_nouns",),
    "description_heads": ("quotes_description_heads",),
    "demonstratives": ("quotes_demonstratives",),
    "media_verbs": ("quotes_media_verbs",),
    "determiners": ("quotes_determiners",),
    "anaphoric_objects": ("quotes_anaphoric_objects",),
    "speech_nouns": ("quotes_speech_nouns",),
    "similarity_words": ("quotes_similarity_words",),
    "verb_prefixes": ("quotes_verb_prefixes", "quotes_transitive_prefixes"),
    "transitive_prefixes": ("quotes_transitive_prefixes",),
    "complementizers": ("quotes_complementizers",),
    "coordinators": ("quotes_coordinators",),
    "refusals": ("quotes_refusals", "quotes_modals", "quotes_copulas"),
    "non_clause_starts": ("quotes_non_clause_starts",),
    "outlet_cues": ("quotes_outlet_cues",),
    "outlet_heads": ("quotes_outlet_heads",),
    "audiences": ("quotes_audiences",),
    "title_cues": ("quotes_title_cues",),
    "abbreviations": ("quotes_abbreviations",),
    "not_sources": ("quotes_not_sources",),
    "negations": ("quotes_negations",),
    "restrictives": ("quotes_restrictives",),
    "denial_verbs": ("quotes_denial_verbs",),
    "kin_nouns": ("quotes_kin_nouns",),
    "statement_nouns": ("quotes_statement_nouns",),
    "statement_modifiers": ("quotes_statement_modifiers",),
    "outlet_name_words": ("quotes_outlet_name_words",),
    "deputy_words": ("quotes_deputy_words",),
    "predicate_starts": ("quotes_predicate_starts", "quotes_modals"),
    "noun_cues": ("quotes_noun_cues",),
    "legal_documents": ("quotes_legal_documents",),
    "findings": ("quotes_findings",),
    "sourced_information": ("quotes_sourced_information",),
    "appositive_markers": ("quotes_appositive_markers",),
    "noun_adjectives": ("quotes_noun_adjectives",),
    "plural_determiners": ("quotes_plural_determiners",),
    "generic_groups": ("quotes_plural_determiners", "quotes_generic_quantifiers"),
    "seat_prepositions": ("quotes_seat_prepositions",),
    "venue_prepositions": ("quotes_venue_prepositions",),
    "alias_markers": ("quotes_alias_markers",),
    "marked_verbs": ("quotes_reporting_verbs_marked",),
    "indefinites": ("quotes_indefinite_persons",),
    "forgetting": ("quotes_forgetting",),
    "consequence_links": ("quotes_consequence_links",),
}

_cache: weakref.WeakKeyDictionary[Engine, QuoteWords] = weakref.WeakKeyDictionary()


def words_of(engine: Engine) -> QuoteWords:
    """The word sets of the quote pack as loaded in ``engine`` (built on first use, then cached)."""
    found = _cache.get(engine)
    if found is None:
        sets = {attribute: frozenset(word.casefold() for name in names for word in engine.lexicon(name))
                for attribute, names in _NAMES.items()}
        lemmas = dict(_pair(entry) for entry in engine.lexicon("quotes_cue_lemmas"))
        markers = dict(_pair(entry) for entry in engine.lexicon("quotes_markers"))
        short_forms = dict(_pair(entry) for entry in engine.lexicon("quotes_title_short_forms"))
        found = QuoteWords(entity=EntityLexicon.from_engine(engine), markers=markers, lemmas=lemmas,
                           title_short_forms=short_forms, **sets)
        _cache[engine] = found
    return found


def alternation(words: frozenset[str]) -> str:
    """The words as a regex alternation, longest first (escaped: words are matched literally)."""
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


# An outlet's name: capitalised words, or a lower-case web address ("detikcom", "kompas.com").
_OUTLET_NAME = (r"(?:The\s+)?(?:[\p{Lu}\d][\p{L}\d&'’-]*|\p{Ll}[\p{L}\d-]*(?=\.\p{L})|\p{Ll}[\p{L}\d-]*com)"
                r"(?:\.[\p{L}\d-]+)*"
                r"(?:\s+(?:[\p{Lu}\d][\p{L}\d&'’-]*(?:\.[\p{L}\d-]+)*|of|the|dan|and|&)){0,5}")


def _outlet_pattern(cues: frozenset[str], heads: frozenset[str], name_words: frozenset[str], source: str,
                    addressee: str) -> regex.Pattern[str]:
    """"seperti dilansir X", "mengutip laman X", "kepada kantor berita X": the outlet is group ``name``.

    Heads ("laman", "kantor berita") are skipped only in lower case: "Harian Pagi" is a name. After
    "kepada" a web address is an outlet too ("kepada Warta.com"), and so is a name of two to four words
    that ends in an English outlet word ("kepada Talk Sport"); a plain name is a person.
    """
    return regex.compile(
        rf"(?<![\p{{L}}])(?:(?i:{alternation(cues)})(?:\s+{source})?\s+(?:(?:{alternation(heads)})\s+)?"
        rf"|{addressee}\s+(?:{alternation(heads)})\s+|{addressee}\s+(?=[\p{{L}}\d-]+\.(?:com|co\.id|id|net)\b)"
        rf"|{addressee}\s+(?=(?:\p{{Lu}}[\p{{L}}\d&'’-]*\s+){{1,3}}(?=\p{{Lu}})(?i:{alternation(name_words)})"
        rf"(?![\p{{L}}\d])))"
        rf"(?P<name>{_OUTLET_NAME})")


def _pair(entry: str) -> tuple[str, str]:
    """A lemma or marker entry is written ``form=lemma`` ("mengatakan=kata", "relative=yang")."""
    form, _, lemma = entry.partition("=")
    return form.strip().casefold(), lemma.strip().casefold()
