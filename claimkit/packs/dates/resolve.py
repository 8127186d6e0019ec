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
  is marked ``range: end``; an undated weekday closing a range falls on or after the
  weekday that opens it ("dari Senin sampai Sabtu").
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import pairwise

import regex

from ...claims import Claim
from ...document import Document
from ...engine import Engine
from ...rules import Rule, RuleMatch
from . import normalise as nz
from .vocabulary import PerEngine, words

PLUGIN = "claimkit.dates"
_RANKS = {"day": 0, "week": 1, "month": 2, "year": 3}
_SENTENCE_END = regex.compile(r'[.!?]+["\'”’)]*\s+(?=\S)|\n\s*')
_STATED_YEAR = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_RANGE_GAP_WIDTH = 20


class Sentences:
    """Which sentence each date claim is in, worked out on the first question only (most
    documents need no step that asks)."""

    def __init__(self, text: str, dates: list[Claim]) -> None:
        self.text = text
        self.dates = dates
        self._number: dict[int, int] = {}
        self._members: dict[int, list[Claim]] = {}
        self._dated_days: dict[str, tuple[list[int], list[int | None]]] | None = None

    def _split(self) -> None:
        starts = [0] + [match.end() for match in _SENTENCE_END.finditer(self.text)]
        for claim in self.dates:
            number = bisect.bisect_right(starts, claim.start) - 1
            self._number[id(claim)] = number
            self._members.setdefault(number, []).append(claim)

    def of(self, claim: Claim) -> int:
        if not self._number:
            self._split()
        return self._number[id(claim)]

    def members(self, number: int) -> list[Claim]:
        """The date claims of sentence ``number``, in text order."""
        if not self._number:
            self._split()
        return self._members.get(number, [])

    def year_written_before(self, claim: Claim) -> int | None:
        """The year written with the last day-month before ``claim`` that is the same day of the
        same month ("27 Juli 1996 ... 27 Juli"), or None.

        Read from an index of the day-month claims by their month and day, built on the first
        question: a look back over every earlier claim per question would cost quadratic time
        on a long text. The index stays right while years are taken from context, the only
        step that asks, because that step changes no claim's month, day or granularity.
        """
        if self._dated_days is None:
            self._dated_days = {}
            for other in self.dates:
                if other.fields.get("granularity") == "day":
                    starts, years = self._dated_days.setdefault(other.fields["value"][4:], ([], []))
                    written = stated_year(other, self.text)
                    starts.append(other.start)
                    years.append(written if written is not None else (years[-1] if years else None))
        starts, years = self._dated_days.get(claim.fields["value"][4:], ((), ()))
        before = bisect.bisect_left(starts, claim.start)
        return years[before - 1] if before else None


_RULES: PerEngine[dict[str, Rule]] = PerEngine(
    lambda engine: {rule.id: rule for rule in engine.rules if rule.plugin == PLUGIN})
_GAPS: PerEngine[regex.Pattern[str]] = PerEngine(
    lambda engine: regex.compile(r"\s*(?:[-–—/]|dan|\L<cues>)?\s*\(?\s*", regex.IGNORECASE,
                                 cues=engine.lexicon("dates_range_end_cues")))
"""What may stand between the bounds of a range: a dash, "dan", or a range-end cue word."""


def resolve_document(document: Document, claims: list[Claim], engine: Engine) -> None:
    """Apply the document-level steps, in place, to this pack's date claims."""
    dates = sorted((claim for claim in claims if claim.type == "date" and claim.plugin == PLUGIN),
                   key=lambda claim: claim.start)
    if not dates:
        return
    rules = _RULES(engine)
    sentences = Sentences(document.text, dates)
    steps = [(index, claim, rules[claim.rule]) for index, claim in enumerate(dates)
             if claim.rule in rules and "resolve" in rules[claim.rule].params]
    for _, claim, rule in steps:
        if rule.params["resolve"] == "context-year":
            take_context_year(claim, sentences, document.text, engine)
    for index, claim, rule in steps:
        if rule.params["resolve"] == "anchor":
            reanchor(claim, _nearest_first(dates, index, sentences, rule.params.get("reach")), rule, document, engine)
    for _, claim, rule in steps:
        if rule.params["resolve"] == "join-date":
            join_date(claim, sentences)
    mark_range_ends(dates, document.text, engine)
    order_weekday_ranges(dates, document.text)


def _nearest_first(dates: list[Claim], index: int, sentences: Sentences, reach: int | None) -> Iterator[Claim]:
    """The dates before ``dates[index]``, nearest first, up to ``reach`` sentences back (all without one),
    read lazily: the look back usually stops at the first date."""
    here = sentences.of(dates[index])
    for position in range(index - 1, -1, -1):
        if reach is not None and here - sentences.of(dates[position]) > reach:
            return
        yield dates[position]


def stated_year(claim: Claim, text: str) -> int | None:
    """The four-digit year written in a claim's own text, if any."""
    found = _STATED_YEAR.search(text, claim.start, claim.end)
    return int(found.group()) if found else None


def take_context_year(claim: Claim, sentences: Sentences, text: str, engine: Engine) -> None:
    """Give a day-month (or month) whose year came from publication the year stated nearby:
    the closest date claim with a written year in the same sentence (earlier ones first),
    else the last one in the previous sentence. Without one, a day-month written earlier in
    the text with its year is that date again ("kerusuhan 27 Juli 1996 ... Tragedi 27 Juli").
    A tense word of its own ("9 November mendatang") keeps the publication-relative reading."""
    value = claim.fields["value"]
    if not claim.fields.get("anchored") or not value[:4].isdigit() or _has_tense_word(claim, text, engine):
        return
    here = sentences.of(claim)
    same = sentences.members(here)
    earlier = [other for other in same if other.start < claim.start][::-1]
    later = [other for other in same if other.start > claim.start]
    previous = sentences.members(here - 1)[::-1]
    for other in (*earlier, *later, *previous):
        year = stated_year(other, text)
        if year is not None and other.fields.get("timex_type") == "DATE":
            _move_to_year(claim, year)
            return
    if claim.fields.get("granularity") != "day":
        return
    year = sentences.year_written_before(claim)
    if year is not None:
        _move_to_year(claim, year)


def _move_to_year(claim: Claim, year: int) -> None:
    moved = f"{year:04d}{claim.fields['value'][4:]}"
    if nz.value_date(moved) is not None:
        claim.fields.update(value=moved, anchored=False)


def _has_tense_word(claim: Claim, text: str, engine: Engine) -> bool:
    return bool(words(engine, "dates_past_words", "dates_next_words").found_in(text[claim.start:claim.end]))


def reanchor(claim: Claim, earlier: Iterable[Claim], rule: Rule, document: Document, engine: Engine) -> None:
    """Recompute a "tiga tahun kemudian"-style claim from the last earlier date (``earlier``
    holds them nearest first) fine enough for its unit (a day for "keesokan harinya", any
    date for "tahun itu"), by running its rule's function again with that date as the
    reference. Without one, when the last
    earlier date is a month that does not hold the publication date ("Juni 2015 ... dua hari
    kemudian", "Mei lalu ... dua pekan berselang"), the claim is counted from its first day and
    kept no finer than it (``2015-06``): the text counts from that month, not from publication.
    A coarser week or year is no such anchor: a week is mostly the publication's own ("pekan
    ini ... keesokan harinya"), and a year is as often background ("produksi 2012").
    Otherwise it stays anchored on publication."""
    needed = _RANKS.get(claim.fields.get("granularity", ""), 3)
    coarser: tuple[Claim, tuple[dt.date, str]] | None = None
    for anchor in earlier:
        if anchor.fields.get("timex_type") not in ("DATE", "TIME"):
            continue
        resolved = nz.value_date(anchor.fields["value"])
        if resolved is None:
            continue
        if _RANKS[resolved[1]] <= needed:
            _count_from(claim, anchor, resolved, rule, document, engine)
            return
        coarser = coarser or (anchor, resolved)
    if coarser is not None and _is_month_before_or_after(coarser[1], document.published):
        _count_from(claim, *coarser, rule, document, engine)


def _is_month_before_or_after(resolved: tuple[dt.date, str], published: dt.date | None) -> bool:
    first, granularity = resolved
    return granularity == "month" and (published is None or (published.year, published.month) != (first.year,
                                                                                                    first.month))


def _count_from(claim: Claim, anchor: Claim, resolved: tuple[dt.date, str], rule: Rule, document: Document,
                engine: Engine) -> None:
    """Run the claim's rule function again with the anchor's first day as the reference; a
    result finer than the anchor is cut to the anchor's granularity."""
    match = rematch(rule, document.text, claim, engine.timeout)
    if match is None or rule.function is None:
        return
    reference = Document(document.text, document.doc_id, resolved[0], document.metadata)
    result = rule.function(RuleMatch(reference, rule, match, engine))
    if result is None:
        return
    value, found = result["value"], nz.value_date(result["value"])
    if found is not None and _RANKS[found[1]] < _RANKS[resolved[1]]:
        value = nz.value_at(found[0], resolved[1])
        claim.fields["granularity"] = resolved[1]
    claim.fields.update(value=value, anchored=bool(anchor.fields.get("anchored")))


def rematch(rule: Rule, text: str, claim: Claim, timeout: float) -> regex.Match[str] | None:
    """The match of ``rule`` that made ``claim`` again. A rule may start on its last word and
    hold the claim's span in a lookbehind (group ``claim``), so the match is looked for
    inside the claim's span and recognised by that span, not by a full match of it. Like every
    search of a rule's pattern it runs under the engine's timeout (a timeout raised here
    becomes the document's error entry for this plugin)."""
    for match in rule.compiled.finditer(text, claim.start, claim.end, timeout=timeout):
        span = match.span("claim") if "claim" in rule.groups and match.start("claim") >= 0 else match.span()
        if span == (claim.start, claim.end):
            return match
    return None


def join_date(claim: Claim, sentences: Sentences) -> None:
    """Put a clock time on the day its sentence states: the closest earlier day-level
    date in the sentence, else the closest later one; else keep the publication date."""
    days = [other for other in sentences.members(sentences.of(claim)) if other.fields.get("timex_type") == "DATE"
            and other.fields.get("granularity") == "day" and nz.value_date(other.fields["value"]) is not None]
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
    gap = _GAPS(engine)
    for first, second in pairwise(dates):
        if first.fields.get("range") != "start" or "range" in second.fields:
            continue
        if second.start - first.end <= _RANGE_GAP_WIDTH and gap.fullmatch(text, first.end, second.start):
            second.fields["range"] = "end"


def order_weekday_ranges(dates: Iterable[Claim], text: str) -> None:
    """An undated weekday that ends a range starting on a day ("Senin" ... "Sabtu" in "dari
    Senin sampai Sabtu", written on a Tuesday) is the first such weekday on or after the
    start: each bound read alone would take the last one before publication, which puts
    Saturday before Monday."""
    for first, second in pairwise(dates):
        if first.fields.get("range") != "start" or second.fields.get("range") != "end" \
                or second.fields.get("granularity") != "day" or any(c.isdigit() for c in text[second.start:second.end]):
            continue
        start, end = nz.value_date(first.fields["value"]), nz.value_date(second.fields["value"])
        if start is None or end is None or start[1] != "day" or end[1] != "day" or end[0] >= start[0]:
            continue
        weeks = -(-(start[0] - end[0]).days // 7)
        second.fields["value"] = nz.day_value(end[0] + dt.timedelta(weeks=weeks))
