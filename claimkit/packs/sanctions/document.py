"""The document step of the sanction pack (``process_document``).

What a single match cannot know, decided once all claims of a document exist:

1. **spans** - a claim's span starts where its clause does, at the roles and words
   that the rule read in a lookbehind before the match;
2. **antecedents** - a claim marked by :data:`.event.NEEDS_ANTECEDENT` ("pemberian
   sanksi", "langkah Kanada itu", a second verb sharing its subject) takes its
   missing imposers and targets from the sanction claim just before it (at most
   four sentences back for anaphora, the same sentence for a shared subject); one
   left without a target is dropped;
3. **pronouns** - "Ia", "pihaknya", "Kedua negara" become the party they stand for
   (:mod:`.pronouns`);
4. **continued imposers** - a sport claim with no imposer in the sentence right after one with a sports body
   imposing takes that claim's imposers;
5. **demonstrative targets** - "negara itu" becomes the state last named before it;
6. **aliases** - a gazetteer entity lists the forms of it that the document uses;
7. **dates** - ``date`` points at the date claim of the same sentence (one inside
   the claim first, else the nearest; not one inside the reason or another claim).
"""

from __future__ import annotations

import bisect
import copy
import weakref
from typing import TYPE_CHECKING, Any

import regex

from ...claims import Claim
from ...lexicon import lexicon_regex
from .event import CLAUSE_START, NEEDS_ANTECEDENT
from .parties import canonical
from .pronouns import PronounResolver
from .sentences import END, same_sentence, sentence_start, sentences_between
from .words import SanctionWords, sanction_words

if TYPE_CHECKING:
    from ...document import Document
    from ...engine import Engine

_IGNORED_DATES = frozenset({"DURATION", "SET"})
_STATE_KINDS = frozenset({"state"})


def complete_sanctions(document: Document, claims: list[Claim], engine: Engine) -> list[Claim]:
    table = sanction_words(engine)
    sanctions = sorted((claim for claim in claims if claim.type == "sanction"), key=lambda claim: claim.start)
    if not sanctions:
        return claims
    for claim in sanctions:
        _widen(claim)
    dropped = _resolve_antecedents(document.text, sanctions)
    kept = [claim for claim in sanctions if claim not in dropped]
    dates = sorted((claim for claim in claims if claim.type == "date"
                    and claim.fields.get("timex_type") not in _IGNORED_DATES and "value" in claim.fields),
                   key=lambda claim: claim.start)
    mentions = MentionIndex(document.text, engine, table)
    pronouns = PronounResolver(document, engine, table, mentions)
    dropped.update(claim for claim in kept if not pronouns.resolve(claim))
    kept = [claim for claim in kept if claim not in dropped]
    _continue_imposers(document.text, kept)
    dating = _Dating(dates, kept)
    for claim in kept:
        _resolve_demonstratives(claim, mentions, table)
        _add_aliases(claim, mentions)
        claim.fields["date"] = _date_of(claim, dating, document.text)
    return [claim for claim in claims if claim not in dropped]


def _resolve_antecedents(text: str, sanctions: list[Claim]) -> set[Claim]:
    dropped: set[Claim] = set()
    previous: Claim | None = None
    for claim in sanctions:
        reach = claim.fields.pop(NEEDS_ANTECEDENT, None)
        if reach is not None:
            if previous is not None and sentences_between(text, previous.end, claim.start) <= reach:
                for role in ("imposers", "targets"):
                    if not claim.fields[role]:
                        claim.fields[role] = copy.deepcopy(previous.fields[role])
            if not claim.fields["targets"]:
                dropped.add(claim)
                continue
        previous = claim
    return dropped


def _continue_imposers(text: str, sanctions: list[Claim]) -> None:
    """A sanction with no imposer told in the sentence right after one with a sports body imposing is the same
    body's decision told on: "Komdis PSSI menghukum Y tiga laga. Y juga harus membayar denda ..." (a league's
    decisions are reported one after another). Not outside sport: "Y yang terkena sanksi internasional" after
    "X menjatuhkan sanksi kepada Y" is background, whoever imposed it."""
    previous: Claim | None = None
    for claim in sanctions:
        if (not claim.fields["imposers"] and previous is not None and previous.fields["imposers"]
                and "sport" in claim.fields["sanction_types"]
                and all(imposer.get("kind") == "sports_body" for imposer in previous.fields["imposers"])
                and sentences_between(text, previous.end, claim.start) <= 1):
            claim.fields["imposers"] = copy.deepcopy(previous.fields["imposers"])
        previous = claim


class MentionIndex:
    """Where gazetteer names occur in one document, found with one regex pass."""

    _patterns: weakref.WeakKeyDictionary[Engine, regex.Pattern[str]] = weakref.WeakKeyDictionary()

    def __init__(self, text: str, engine: Engine, table: SanctionWords) -> None:
        pattern = self._patterns.get(engine)
        if pattern is None:
            forms = sorted({form for forms in table.gazetteer_forms.values() for form in forms}, key=len, reverse=True)
            # a prefix tree, not a named list: the same matches, scanned six times faster (17 against 3 MB/s)
            pattern = self._patterns[engine] = regex.compile(rf"\b{lexicon_regex(forms)}\b")
        self.hits: list[tuple[int, int, str, str]] = []  # start, end, surface, canonical name
        self.kinds: dict[str, str] = {}
        self._forms: dict[str, dict[str, None]] = {}  # canonical name -> surfaces, in order seen
        for hit in pattern.finditer(text):
            named = canonical(hit.group(), table)
            if named:
                self.hits.append((hit.start(), hit.end(), hit.group(), named[0]))
                self.kinds[named[0]] = named[1]
                self._forms.setdefault(named[0], {})[hit.group()] = None

    def forms_of(self, name: str) -> list[str]:
        return list(self._forms.get(name, ()))

    def last_state_before(self, position: int, excluded: set[str]) -> tuple[int, int, str, str] | None:
        """(start, end, surface, name) of the last state named before ``position``."""
        for hit in reversed(self.hits):
            if hit[1] <= position and hit[3] not in excluded and self.kinds[hit[3]] in _STATE_KINDS:
                return hit
        return None


def _resolve_demonstratives(claim: Claim, mentions: MentionIndex, table: SanctionWords) -> None:
    """ "terhadap negara di kawasan itu", "duta besar mereka (diusir)" -> the state last named before
    the claim. "mereka" is only read as a party after an envoy, where it is the envoy's state."""
    imposers = {imposer["name"] for imposer in claim.fields["imposers"]}
    for index, target in enumerate(claim.fields["targets"]):
        if "kind" in target or not _points_at_state(target["span"]["text"], table):
            continue
        found = mentions.last_state_before(target["span"]["start"], imposers)
        if found is None:
            continue
        start, end, surface, name = found
        claim.fields["targets"][index] = {
            "name": name,
            "span": {"start": start, "end": end, "text": surface},
            "aliases": [target["span"]["text"]],
            "resolved_from": target["span"],
            "kind": mentions.kinds[name],
        }


def _points_at_state(mention: str, table: SanctionWords) -> bool:
    """ "negara itu", "negara di kawasan Balkan itu", or an envoy's "mereka"."""
    tokens = mention.casefold().split()
    if tokens and " ".join(tokens) in table.envoy_owners:
        return True
    return len(tokens) >= 2 and tokens[0] in table.metonym_heads and tokens[-1] in ("itu", "tersebut", "ini")


def _widen(claim: Claim) -> None:
    """Start the span where the clause starts: at roles or words read before the match."""
    claim.start = min(claim.start, claim.fields.pop(CLAUSE_START, claim.start))


def _add_aliases(claim: Claim, mentions: MentionIndex) -> None:
    for role in ("imposers", "targets"):
        for party in claim.fields[role]:
            if "kind" in party:
                seen = [form for form in mentions.forms_of(party["name"]) if form != party["name"]]
                party["aliases"] = list(dict.fromkeys([*party["aliases"], *seen]))


_SENTENCE_MARGIN = 80


class _Dating:
    """Dates sorted by start, and for each date the sanction claims whose span holds it.

    Built once per document so that dating every claim stays linear in its length.
    """

    def __init__(self, dates: list[Claim], sanctions: list[Claim]) -> None:
        self.dates = dates
        self.starts = [date.start for date in dates]
        self.holders: dict[int, list[Claim]] = {}
        for sanction in sanctions:
            for date in self.between(sanction.start, sanction.end - 1):
                self.holders.setdefault(id(date), []).append(sanction)

    def between(self, low: int, high: int) -> list[Claim]:
        """Dates starting in ``[low, high]``."""
        return self.dates[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]


def _date_of(claim: Claim, dating: _Dating, text: str) -> dict[str, Any] | None:
    """The date claim of the claim's sentence: one inside the claim first, else the nearest;
    never one inside the reason or inside another sanction claim (it dates that one).

    Only dates inside the claim's sentence bounds (with a margin) get the exact sentence
    check, which keeps long documents linear.
    """
    reason = claim.fields.get("reason")
    low = max(0, sentence_start(text, claim.start) - _SENTENCE_MARGIN)
    following = next(END.finditer(text, claim.end), None)
    high = following.end() + _SENTENCE_MARGIN if following else len(text)
    nearby = dating.between(low, high)

    def inside(date: Claim, start: int, end: int) -> bool:
        return start <= date.start < end

    candidates = [
        date for date in nearby
        if same_sentence(text, claim.start, date.start)
        and not (reason and inside(date, reason["start"], reason["end"]))
        and (inside(date, claim.start, claim.end)
             or not any(other is not claim for other in dating.holders.get(id(date), ())))
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda date: 0 if inside(date, claim.start, claim.end)
               else min(abs(date.start - claim.end), abs(claim.start - date.end)))
    return {"value": best.fields["value"], "claim": best}
