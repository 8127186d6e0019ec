"""Quote sentences in every pattern the quote pack supports, with their planted claims.

Each ``write_*`` function writes one sentence into a :class:`Builder` and
plants the expected ``quote`` claim: ``content`` (without the quotation marks
and without a final comma or period inside them, as GUIDELINES.md says),
``speaker`` (an Entity; a clitic or pronoun is resolved to the previous
speaker, with ``resolved_from``), ``cue`` (text, lemma and span) and ``via``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ._vocabulary import words
from .dates import write_date
from .entities import Organisation, Person, Speaker, people, speakers, write_mention
from .text import Builder, Generated

QuoteWriter = Callable[[st.DrawFn, Builder, Speaker, "dict[str, Any] | None"], "dict[str, Any]"]


@st.composite
def clauses(draw: st.DrawFn, first_person: bool = True) -> str:
    """A reported clause: subject, predicate, object and sometimes an adverbial (lower case)."""
    subjects = [s for s in words("contents", "subjects") if first_person or s != "kami"]
    parts = [draw(st.sampled_from(subjects)), draw(st.sampled_from(words("contents", "predicates"))),
             draw(st.sampled_from(words("contents", "objects")))]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(words("contents", "adverbials"))))
    return " ".join(parts)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def direct_contents(draw: st.DrawFn) -> str:
    """What a speaker says inside quotation marks: one or two sentences, without the final period."""
    sentences = [_capital(clause) for clause in draw(st.lists(clauses(), min_size=1, max_size=2))]
    return ". ".join(sentences)


def _cue(builder: Builder, text: str, lemma: str) -> dict[str, Any]:
    return {"text": text, "lemma": lemma, "span": builder.write(text)}


def _fields(kind: str, content: dict[str, Any], speaker: dict[str, Any] | None, cue: dict[str, Any],
            via: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"kind": kind, "content": content, "speaker": speaker, "cue": cue, "via": via or []}


def _direct_opening(draw: st.DrawFn, builder: Builder) -> dict[str, Any]:
    """``"Content,`` with the content's Span; a question or exclamation keeps its own mark."""
    builder.quote("open")
    if draw(st.integers(0, 5)) == 0:
        content = builder.write(draw(st.sampled_from(words("contents", "exclamations"))))
    else:
        content = builder.write(draw(direct_contents()))
        builder.write(",")
    builder.quote("close")
    return content


def write_trailing_cue(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                       previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``"Q," kata SPEAKER[, ROLE][ kepada wartawan][, seperti dilansir OUTLET].``"""
    start = builder.length
    content = _direct_opening(draw, builder)
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "trailing_cues"))))
    cue = _cue(builder, verb, words("quotes", "trailing_cues")[verb])
    builder.write(" ")
    first_mention = speaker.name not in builder.introduced
    role_after = first_mention and isinstance(speaker, Person) and speaker.role is not None and draw(st.booleans())
    entity = write_mention(builder, speaker, role_first=not role_after)
    if role_after:
        builder.write(f", {speaker.role}")
        entity["role"] = speaker.role
    if draw(st.booleans()):
        builder.write(" " + draw(st.sampled_from(words("quotes", "trailers"))))
    via = []
    if draw(st.integers(0, 3)) == 0:
        via.append(_write_outlet_frame(draw, builder))
    builder.claim("quote", "trailing-cue", start, builder.length, _fields("direct", content, entity, cue, via))
    if not via and builder.published is not None and draw(st.integers(0, 3)) == 0:
        builder.write(", ")
        # Not a bare weekday: the quote may say "akan", which would make "Senin" next Monday.
        write_date(draw, builder, ("weekday-numeric-short",), adverbial=False)
    builder.write(".")
    return entity


def _write_outlet_frame(draw: st.DrawFn, builder: Builder) -> dict[str, Any]:
    before, _, after = draw(st.sampled_from(words("quotes", "outlet_frames"))).partition("{outlet}")
    outlet = draw(st.sampled_from(words("outlets")))
    builder.write(f", {before}")
    entity = builder.entity(outlet, outlet)
    builder.write(after)
    return entity


def write_question(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                   previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``"Q?" tanya SPEAKER.``"""
    start = builder.length
    builder.quote("open")
    content = builder.write(draw(st.sampled_from(words("contents", "questions"))))
    builder.quote("close")
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "question_cues"))))
    cue = _cue(builder, verb, words("quotes", "question_cues")[verb])
    builder.write(" ")
    entity = write_mention(builder, speaker)
    builder.claim("quote", "question", start, builder.length, _fields("direct", content, entity, cue))
    builder.write(".")
    return entity


def write_clitic(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                 previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``"Q," katanya.``: the speaker is ``previous``, resolved from the clitic word."""
    if previous is None:
        raise ValueError("a clitic quote needs a previous speaker to resolve to")
    start = builder.length
    content = _direct_opening(draw, builder)
    builder.write(" ")
    root = draw(st.sampled_from(words("quotes", "clitic_cues")))
    cue = _cue(builder, f"{root}nya", root)
    entity = builder.refer(previous, resolved_from=dict(cue["span"]))
    builder.claim("quote", "clitic", start, builder.length, _fields("direct", content, entity, cue))
    builder.write(".")
    return previous


def write_leading_cue(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                      previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``SPEAKER mengatakan, "Q."`` or ``SPEAKER menegaskan: "Q."``"""
    start = builder.length
    entity = write_mention(builder, speaker)
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "leading_cues"))))
    cue = _cue(builder, verb, words("quotes", "leading_cues")[verb])
    builder.write(draw(st.sampled_from([", ", ": "])))
    builder.quote("open")
    content = builder.write(draw(direct_contents()))
    builder.write(".")
    builder.quote("close")
    builder.claim("quote", "leading-cue", start, builder.length, _fields("direct", content, entity, cue))
    return entity


def write_indirect(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                   previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``SPEAKER menegaskan [bahwa] CLAUSE.``: reported speech."""
    start = builder.length
    entity = write_mention(builder, speaker)
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "reporting_cues"))))
    cue = _cue(builder, verb, words("quotes", "reporting_cues")[verb])
    builder.write(" bahwa " if draw(st.booleans()) else " ")
    content = builder.write(draw(clauses(first_person=False)))
    builder.claim("quote", "indirect", start, builder.length, _fields("indirect", content, entity, cue))
    builder.write(".")
    return entity


def write_pronoun(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                  previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``Ia menambahkan bahwa CLAUSE.``: the pronoun resolves to ``previous``."""
    if previous is None:
        raise ValueError("a pronoun quote needs a previous speaker to resolve to")
    start = builder.length
    pronoun = builder.write(draw(st.sampled_from(["Ia", "Dia", "Beliau"])))
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "reporting_cues"))))
    cue = _cue(builder, verb, words("quotes", "reporting_cues")[verb])
    builder.write(" bahwa ")
    content = builder.write(draw(clauses(first_person=False)))
    entity = builder.refer(previous, resolved_from=pronoun)
    builder.claim("quote", "pronoun", start, builder.length, _fields("indirect", content, entity, cue))
    builder.write(".")
    return previous


def write_menurut(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                  previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``Menurut SPEAKER, CLAUSE.`` or ``CLAUSE, menurut SPEAKER.``"""
    start = builder.length
    if draw(st.booleans()):
        cue = _cue(builder, "Menurut", "menurut")
        builder.write(" ")
        entity = write_mention(builder, speaker)
        builder.write(", ")
        content = builder.write(draw(clauses(first_person=False)))
    else:
        content = builder.write(_capital(draw(clauses(first_person=False))))
        builder.write(", ")
        cue = _cue(builder, "menurut", "menurut")
        builder.write(" ")
        entity = write_mention(builder, speaker)
    builder.claim("quote", "menurut", start, builder.length, _fields("indirect", content, entity, cue))
    builder.write(".")
    return entity


def write_mixed(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``SPEAKER menegaskan bahwa SUBJECT "PREDICATE OBJECT" ADVERBIAL.``: reported speech with own words."""
    start = builder.length
    entity = write_mention(builder, speaker)
    builder.write(" ")
    verb = draw(st.sampled_from(sorted(words("quotes", "reporting_cues"))))
    cue = _cue(builder, verb, words("quotes", "reporting_cues")[verb])
    builder.write(" bahwa ")
    content_start = builder.length
    subject = draw(st.sampled_from([s for s in words("contents", "subjects") if s != "kami"]))
    builder.write(f"{subject} ")
    builder.quote("open")
    builder.write(f"{draw(st.sampled_from(words('contents', 'predicates')))} "
                  f"{draw(st.sampled_from(words('contents', 'objects')))}")
    builder.quote("close")
    builder.write(" " + draw(st.sampled_from(words("contents", "adverbials"))))
    content = {"start": content_start, "end": builder.length, "text": builder.text[content_start:]}
    builder.claim("quote", "mixed", start, builder.length, _fields("mixed", content, entity, cue))
    builder.write(".")
    return entity


def write_relayed(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                  previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """``OUTLET melaporkan, SPEAKER juga menegaskan bahwa CLAUSE.``: speaker, with the outlet as ``via``."""
    start = builder.length
    outlet = draw(st.sampled_from(words("outlets")))
    via = builder.entity(outlet, outlet)
    builder.write(f" {draw(st.sampled_from(words('quotes', 'relay_verbs')))}, ")
    entity = write_mention(builder, speaker)
    builder.write(" juga ")
    verb = draw(st.sampled_from(sorted(words("quotes", "reporting_cues"))))
    cue = _cue(builder, verb, words("quotes", "reporting_cues")[verb])
    builder.write(" bahwa ")
    content = builder.write(draw(clauses(first_person=False)))
    builder.claim("quote", "relayed", start, builder.length, _fields("indirect", content, entity, cue, [via]))
    builder.write(".")
    return entity


def write_follow_up(draw: st.DrawFn, builder: Builder, speaker: Speaker,
                    previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """A quoted paragraph with no attribution of its own: it inherits ``previous``."""
    if previous is None:
        raise ValueError("a follow-up quote needs a previous speaker")
    start = builder.length
    builder.quote("open")
    content = builder.write(draw(direct_contents()))
    builder.write(".")
    builder.quote("close")
    cue = {"text": "", "lemma": ""}
    builder.claim("quote", "follow-up", start, builder.length, _fields("direct", content, builder.refer(previous), cue))
    return previous


# Patterns that name their speaker, and those that refer back to the previous one.
NAMED_PATTERNS: dict[str, QuoteWriter] = {
    "trailing-cue": write_trailing_cue,
    "question": write_question,
    "leading-cue": write_leading_cue,
    "indirect": write_indirect,
    "menurut": write_menurut,
    "mixed": write_mixed,
    "relayed": write_relayed,
}
REFERRING_PATTERNS: dict[str, QuoteWriter] = {
    "clitic": write_clitic,
    "pronoun": write_pronoun,
}
PATTERNS = (*NAMED_PATTERNS, *REFERRING_PATTERNS)


@st.composite
def quote_sentences(draw: st.DrawFn, patterns: tuple[str, ...] = PATTERNS, published: Any = None) -> Generated:
    """One quote sentence in one of ``patterns`` with its expected claim.

    A referring pattern (``clitic``, ``pronoun``) is preceded by a sentence
    that names the speaker, so the generated text holds two quotes.
    """
    pattern = draw(st.sampled_from(patterns))
    builder = Builder(published)
    speaker = draw(speakers())
    if pattern in REFERRING_PATTERNS:
        if pattern == "pronoun" and isinstance(speaker, Organisation):
            speaker = draw(people())
        previous = NAMED_PATTERNS["trailing-cue"](draw, builder, speaker, None)
        builder.write(" ")
        REFERRING_PATTERNS[pattern](draw, builder, speaker, previous)
    else:
        NAMED_PATTERNS[pattern](draw, builder, speaker, None)
    return builder.finish()
