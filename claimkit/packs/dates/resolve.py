"""Document-level resolution of date claims, after every rule has run.

A rule function sees one match; some values need the rest of the document
(``../shared/eval/GUIDELINES.md``):

* a day and month without year take the year stated in the same or the previous
  sentence ("pada 3 Juli 2009 ... Pada 4 Mei" -> 2009-05-04): rules with
  ``params: {resolve: context-year}``;
* "tiga tahun kemudian", "tahun itu", "keesokan harinya" count from the previous
  date of the text, not from publication: ``resolve: anchor`` (the rule's own function
  is run again with that date as reference). ``reach: N`` limits the look-back to N
  sentences: "setahun kemudian" far from any date counts from publication, while
  "tahun itu" always points back at the last year named;
* a clock time carries the date its sentence states: ``resolve: join-date``;
* the claim after a range's first bound ("22-24 Maret", "antara Januari dan Maret")
  is marked ``range: end``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import pairwise
from weakref import WeakKeyDictionary

import regex

from ...claims import Claim
from ...document import Document
from ...engine import Engine
from ...rules import Rule, RuleMatch
from . import normalise as nz
from .vocabulary import words

PLUGIN = "claimkit.dates"
_RANKS = {"day": 0, "week": 1, "month": 2, "year": 3}
_SENTENCE_END = regex.compile(r'[.!?]+["\'”’)]*\s+(?=\S)|\n\s*')
_STATED_YEAR = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_RANGE_GAP_WIDTH = 20


class Sentences:
    """Which sentence each position of a text is in, worked out on the first question only
    (most documents need no document-level step)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._of: dict[int, int] = {}

    def index(self, position: int) -> int:
        if position not in self._of:
            if self._starts is None:
                self._starts = [0] + [match.end() for match in _SENTENCE_END.finditer(self.text)]
            self._of[position] = bisect.bisect_right(self._starts, position) - 1
        return self._of[position]


_RULES: WeakKeyDictionary[Engine, dict[str, Rule]] = WeakKeyDictionary()


def _pack_rules(engine: Engine) -> dict[str, Rule]:
    if engine not in _RULES:
        _RULES[engine] = {rule.id: rule for rule in engine.rules if rule.plugin == PLUGIN}
    return _RULES[engine]


def resolve_document(document: Document, claims: list[Claim], engine: Engine) -> None:
    """Apply the document-level steps, in place, to this pack's date claims."""
    dates = sorted((claim for claim in claims if claim.type == "date" and claim.plugin == PLUGIN),
                   key=lambda claim: claim.start)
    if not dates:
        return
    rules = _pack_rules(engine)
    sentences = Sentences(document.text)
    steps = {claim: rules[claim.rule].params.get("resolve") for claim in dates if claim.rule in rules}
    for claim in dates:
        if steps.get(claim) == "context-year":
            take_context_year(claim, dates, sentences, document.text, engine)
    for index, claim in enumerate(dates):
        if steps.get(claim) == "anchor":
            rule = rules[claim.rule]
            reach = rule.params.get("reach")
            here = sentences.index(claim.start)
            nearby = [other for other in dates[:index]
                      if reach is None or here - sentences.index(other.start) <= reach]
            reanchor(claim, nearby, rule, document, engine)
    for claim in dates:
        if steps.get(claim) == "join-date":
            join_date(claim, dates, sentences)
    mark_range_ends(dates, document.text, engine)


def stated_year(claim: Claim, text: str) -> int | None:
    """The four-digit year written in a claim's own text, if any."""
    found = _STATED_YEAR.search(text, claim.start, claim.end)
    return int(found.group()) if found else None


def take_context_year(claim: Claim, dates: list[Claim], sentences: Sentences, text: str, engine: Engine) -> None:
    """Give a day-month (or month) whose year came from publication the year stated nearby:
    the closest date claim with a written year in the same sentence (earlier ones first),
    else the last one in the previous sentence. A tense word of its own ("9 November
    mendatang") keeps the publication-relative reading."""
    value = claim.fields["value"]
    if not claim.fields.get("anchored") or not value[:4].isdigit() or _has_tense_word(claim, text, engine):
        return
    here = sentences.index(claim.start)
    same = [other for other in dates if other is not claim and sentences.index(other.start) == here]
    earlier = [other for other in same if other.start < claim.start][::-1]
    later = [other for other in same if other.start > claim.start]
    previous = [other for other in dates if sentences.index(other.start) == here - 1][::-1]
    for other in (*earlier, *later, *previous):
        year = stated_year(other, text)
        if year is not None and other.fields.get("timex_type") == "DATE":
            moved = f"{year:04d}{value[4:]}"
            if nz.value_date(moved) is not None:
                claim.fields.update(value=moved, anchored=False)
            return


def _has_tense_word(claim: Claim, text: str, engine: Engine) -> bool:
    tense_words = words(engine, "dates_past_words", "dates_next_words").anywhere
    return tense_words.search(text, claim.start, claim.end) is not None


def reanchor(claim: Claim, earlier: list[Claim], rule: Rule, document: Document, engine: Engine) -> None:
    """Recompute a "tiga tahun kemudian"-style claim from the last earlier date fine enough
    for its unit (a day for "keesokan harinya", any date for "tahun itu"), by running its
    rule's function again with that date as the reference. Without one, it stays
    anchored on publication."""
    needed = _RANKS.get(claim.fields.get("granularity", ""), 3)
    for anchor in reversed(earlier):
        if anchor.fields.get("timex_type") not in ("DATE", "TIME"):
            continue
        resolved = nz.value_date(anchor.fields["value"])
        if resolved is None or _RANKS[resolved[1]] > needed:
            continue
        match = rule.compiled.fullmatch(document.text, claim.start, claim.end)
        if match is None or rule.function is None:
            return
        reference = Document(document.text, document.doc_id, resolved[0], document.metadata)
        result = rule.function(RuleMatch(reference, rule, match, engine))
        if result is not None:
            claim.fields.update(value=result["value"], anchored=bool(anchor.fields.get("anchored")))
        return


def join_date(claim: Claim, dates: list[Claim], sentences: Sentences) -> None:
    """Put a clock time on the day its sentence states: the closest earlier day-level
    date in the sentence, else the closest later one; else keep the publication date."""
    here = sentences.index(claim.start)
    days = [other for other in dates if other.fields.get("timex_type") == "DATE"
            and other.fields.get("granularity") == "day" and sentences.index(other.start) == here
            and nz.value_date(other.fields["value"]) is not None]
    earlier = [other for other in days if other.end <= claim.start]
    later = [other for other in days if other.start >= claim.end]
    chosen = earlier[-1] if earlier else later[0] if later else None
    if chosen is None:
        return
    time = claim.fields["value"].split("T", 1)[1]
    claim.fields.update(value=f"{chosen.fields['value']}T{time}", anchored=bool(chosen.fields.get("anchored")))


def mark_range_ends(dates: Iterable[Claim], text: str, engine: Engine) -> None:
    """The claim right after a range start ("22" in "22-24 Maret", "Januari" after "antara")
    and joined to it by a dash, "dan", "hingga" or "sampai" is that range's end."""
    gap = _range_gap(engine)
    for first, second in pairwise(dates):
        if first.fields.get("range") != "start" or "range" in second.fields:
            continue
        if second.start - first.end <= _RANGE_GAP_WIDTH and gap.fullmatch(text, first.end, second.start):
            second.fields["range"] = "end"


_GAPS: WeakKeyDictionary[Engine, regex.Pattern[str]] = WeakKeyDictionary()


def _range_gap(engine: Engine) -> regex.Pattern[str]:
    """What may stand between the bounds of a range: a dash, "dan", or a range-end cue word."""
    if engine not in _GAPS:
        _GAPS[engine] = regex.compile(r"\s*(?:[-–—/]|dan|\L<cues>)?\s*\(?\s*", regex.IGNORECASE,
                                      cues=engine.lexicon("dates_range_end_cues"))
    return _GAPS[engine]
