"""Document-level work of the quote pack, after every rule has run.

1. One claim per quotation or clause: where the contents of two quote claims
   overlap, the claim of the higher-priority rule stays (an attributed quote
   beats the same quotation seen as a bare follow-up).
2. Speakers are resolved in document order. A pronoun or clitic ("dia",
   "katanya") takes the most recent compatible speaker ("dia" never an
   organisation) and keeps the pronoun as ``resolved_from``; a description
   ("presiden klub itu") takes the most recent speaker; a follow-up quotation
   with no attribution of its own inherits the previous speaker of the same or
   the previous paragraph; a passive without agent ("X disebut ...") inherits
   the speaker of the same or the previous sentence. A quotation left open at a
   paragraph end whose next paragraph reopens a quotation takes the speaker of
   that continuation. Follow-ups and passives with nobody to inherit from are
   dropped; a pronoun with no antecedent leaves ``speaker: null``.
3. Entities are canonicalised with :class:`claimkit.entities.EntityIndex`, so
   every quote of one speaker names it the same way ("Kim" and "Kim Jong-un").
4. Claim spans are widened to cover the content, the cue and an in-sentence
   speaker, so the span is the whole evidence.
"""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...entities import EntityIndex, Mention
from .functions import FOLLOW_UP_CUE
from .layout import Layout, layout_of
from .words import QuoteWords, words_of

if TYPE_CHECKING:
    from ...claims import Claim
    from ...document import Document
    from ...engine import Engine

MAX_SENTENCE_GAP_FOLLOW_UP = 3
MAX_PARAGRAPH_GAP_FOLLOW_UP = 1
MAX_SENTENCE_GAP_PASSIVE = 1
RULE_PREFIX = "quotes."
MAX_ANTECEDENTS = 8  # speakers looked back over for a pronoun


@dataclass
class Antecedent:
    """A speaker already seen, with where its claim is."""

    mention: Mention
    kind: str | None
    paragraph: int
    sentence: int


def process_quotes(document: Document, claims: list[Claim], engine: Engine) -> list[Claim]:
    words = words_of(engine)
    layout = layout_of(document, words.abbreviations)
    params = _rule_params(engine)
    quotes = [claim for claim in claims if claim.type == "quote" and claim.rule in params]
    if not quotes:
        return claims
    kept = _deduplicate(quotes)
    resolved = _Resolver(document, layout, words, engine, params).run(kept)
    for claim in resolved:
        _widen(claim, layout)
    return [claim for claim in claims if not (claim.type == "quote" and claim.rule in params)] + resolved


def _deduplicate(quotes: list[Claim]) -> list[Claim]:
    """Claims whose contents overlap no claim of a higher-priority rule, in document order."""
    ranked = sorted(quotes, key=lambda claim: (-claim.priority, claim.fields["content"]["start"], claim.rule))
    starts: list[int] = []
    kept: list[Claim] = []
    for claim in ranked:
        start, end = claim.fields["content"]["start"], claim.fields["content"]["end"]
        index = bisect.bisect_right(starts, start)
        if index > 0 and kept[index - 1].fields["content"]["end"] > start:
            continue
        if index < len(kept) and kept[index].fields["content"]["start"] < end:
            continue
        starts.insert(index, start)
        kept.insert(index, claim)
    return kept


class _Resolver:
    def __init__(self, document: Document, layout: Layout, words: QuoteWords, engine: Engine,
                 params: dict[str, dict[str, Any]]) -> None:
        self.document = document
        self.layout = layout
        self.words = words
        self.params = params
        self.index = EntityIndex(document, words.entity, engine.gazetteer)
        self.history: list[Antecedent] = []

    def run(self, claims: list[Claim]) -> list[Claim]:
        mentions: dict[int, tuple[Mention | None, dict[str, Any]]] = {}
        via_mentions: dict[int, list[Mention]] = {}
        forward: list[Claim] = []
        for claim in claims:
            via_mentions[id(claim)] = [self._register(item) for item in claim.fields["via"]]
            found = self._speaker_of(claim)
            if found is None:
                if self._continues_in_next_paragraph(claim):
                    forward.append(claim)
                continue
            mentions[id(claim)] = found
        by_start = {claim.fields["content"]["start"]: claim for claim in claims}
        for claim in reversed(forward):
            target = self._continuation(claim, by_start, mentions)
            if target is not None:
                mentions[id(claim)] = (target, {})
        kept = []
        for claim in claims:
            if id(claim) not in mentions:
                if self._droppable(claim):
                    continue
                claim.fields["speaker"] = None
            else:
                mention, extra = mentions[id(claim)]
                claim.fields["speaker"] = self.index.entity(mention, **extra) if mention else None
            claim.fields["via"] = [self.index.entity(mention) for mention in via_mentions[id(claim)]]
            kept.append(claim)
        return kept

    # -- one claim ----------------------------------------------------------------

    def _speaker_of(self, claim: Claim) -> tuple[Mention | None, dict[str, Any]] | None:
        """The speaker mention (None for an unresolved pronoun) or None when it must be inherited later."""
        speaker = claim.fields["speaker"]
        start = claim.fields["content"]["start"]
        if speaker is None:
            antecedent = self._inherited(claim)
            if antecedent is None:
                return None
            self._remember(antecedent.mention, start)
            return antecedent.mention, {}
        kind = speaker.get("kind")
        if kind == "pronoun":
            antecedent = self._latest(person=speaker["span"]["text"].casefold() in self.words.person_pronouns)
            if antecedent is None:
                return None, {}
            self._remember(antecedent.mention, start)
            return antecedent.mention, {"resolved_from": speaker["span"]}
        if kind == "description":
            antecedent = self._latest(person=True)
            if antecedent is not None:
                self._remember(antecedent.mention, start)
                return antecedent.mention, {"resolved_from": speaker["span"]}
        mention = self._register(speaker)
        self._remember(mention, start)
        return mention, {}

    def _inherited(self, claim: Claim) -> Antecedent | None:
        start = claim.fields["content"]["start"]
        if not self.history:
            return None
        latest = self.history[-1]
        if claim.fields["cue"]["lemma"] == FOLLOW_UP_CUE:
            close_enough = (self.layout.paragraph_index(start) - latest.paragraph <= MAX_PARAGRAPH_GAP_FOLLOW_UP
                            and self.layout.sentence_index(start) - latest.sentence <= MAX_SENTENCE_GAP_FOLLOW_UP)
        else:
            close_enough = (self.layout.sentence_index(start) - latest.sentence <= MAX_SENTENCE_GAP_PASSIVE
                            and not self._is_subject(latest.mention, claim))
        return latest if close_enough else None

    def _is_subject(self, mention: Mention, claim: Claim) -> bool:
        """"Budi sebelumnya disebut menerima ...": Budi is what is said about, not who says it."""
        cue = claim.fields["cue"]["span"]["start"]
        subject = self.document.text[self.layout.sentence(cue)[0]:cue]
        return any(word in subject.split() for word in mention.name.split() if word[:1].isupper())

    def _latest(self, person: bool) -> Antecedent | None:
        """The most recent speaker; for a person pronoun or description, the most recent non-organisation."""
        for antecedent in self.history[:-MAX_ANTECEDENTS - 1:-1]:
            if person and antecedent.kind == "organization":
                continue
            return antecedent
        return None

    def _remember(self, mention: Mention, position: int) -> None:
        self.history.append(Antecedent(mention, mention.kind, self.layout.paragraph_index(position),
                                       self.layout.sentence_index(position)))

    def _register(self, item: dict[str, Any]) -> Mention:
        span = item["span"]
        return self.index.add(span["start"], span["end"], kind=item.get("kind"), role=item.get("role"), split=False)

    # -- quotations over several paragraphs ---------------------------------------

    def _continues_in_next_paragraph(self, claim: Claim) -> bool:
        if claim.fields["cue"]["lemma"] != FOLLOW_UP_CUE:
            return False
        quote = self.layout.quote_containing(claim.fields["content"]["start"])
        return quote is not None and quote.close is None

    def _continuation(self, claim: Claim, by_start: dict[int, Claim],
                      mentions: dict[int, tuple[Mention | None, dict[str, Any]]]) -> Mention | None:
        """The speaker of the quotation that reopens in the next paragraph, if there is one."""
        paragraph = self.layout.paragraph_index(claim.fields["content"]["start"])
        if paragraph + 1 >= len(self.layout.paragraphs):
            return None
        reopened = self.layout.quote_opening_at(self.layout.paragraphs[paragraph + 1][0])
        if reopened is None:
            return None
        for start in range(reopened.inner_start, reopened.inner_start + 3):  # blanks after the mark
            if start in by_start:
                found = mentions.get(id(by_start[start]))
                return found[0] if found else None
        return None

    def _droppable(self, claim: Claim) -> bool:
        """Follow-ups and agentless passives are quotes only through an inherited speaker."""
        return claim.fields["cue"]["lemma"] == FOLLOW_UP_CUE or "agent" in self.params.get(claim.rule, {})


def _widen(claim: Claim, layout: Layout) -> None:
    """Make the claim span cover content, cue and an in-sentence speaker mention."""
    spans = [claim.fields["content"], claim.fields["cue"].get("span")]
    speaker = claim.fields["speaker"]
    if speaker is not None:
        spans.append(speaker.get("resolved_from") or speaker["span"])
    sentence = layout.sentence(claim.fields["content"]["start"])
    paragraph = layout.paragraph(claim.start)
    for span in spans:
        if span and paragraph[0] <= span["start"] and span["end"] <= paragraph[1] \
                and abs(span["start"] - sentence[0]) < 2 * (sentence[1] - sentence[0]) + 200:
            claim.start = min(claim.start, span["start"])
            claim.end = max(claim.end, span["end"])


_params: weakref.WeakKeyDictionary[Engine, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


def _rule_params(engine: Engine) -> dict[str, dict[str, Any]]:
    """Params of the quote pack's rules by rule id (also the test of whether a claim is ours)."""
    found = _params.get(engine)
    if found is None:
        found = {rule.id: rule.params for rule in engine.rules if rule.id.startswith(RULE_PREFIX)}
        _params[engine] = found
    return found
