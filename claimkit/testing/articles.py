"""Whole articles: a dateline, paragraphs mixing planted claims with neutral filler, "BACA JUGA:" lines.

The article keeps the threads a reader (and a rule pack) relies on: a speaker
is introduced in full before short forms, acronyms and clitics refer to it;
a clitic or pronoun quote only follows a quote that named its speaker; a
quoted paragraph with no attribution only follows a direct quote; dates are
resolved against the article's publication date and its sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from ._vocabulary import words
from .dates import FORMATS, publication_dates, write_dated_sentence
from .entities import Person, Speaker, speakers
from .quotes import NAMED_PATTERNS, PATTERNS, write_clitic, write_follow_up, write_pronoun
from .sanctions import STATUSES, VOICES, write_sanction_sentence
from .text import Builder, Generated

KINDS = ("quote", "date", "sanction", "filler")
# How often each kind of sentence is drawn: news is mostly quotes.
_WEIGHTS = {"quote": 4, "date": 2, "sanction": 1, "filler": 2}


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """ "JAKARTA -", "Jakarta, CNN Indonesia --", "Bandung (ANTARA) -" ..."""
    city = draw(st.sampled_from(words("datelines", "cities")))
    form = draw(st.sampled_from(words("datelines", "forms")))
    return form.replace("{CITY}", city.upper()).replace("{City}", city)


@st.composite
def filler_sentences(draw: st.DrawFn) -> str:
    """A neutral sentence with no claim in it (some on purpose use "kata", "tegas", "jelas", "sanksi")."""
    template = draw(st.sampled_from(words("filler", "templates")))
    return template.replace("{place}", draw(st.sampled_from(words("filler", "places")))) \
        .replace("{thing}", draw(st.sampled_from(words("filler", "things"))))


class _Thread:
    """Who spoke last, so that referring quotes only appear where they can be resolved."""

    def __init__(self) -> None:
        self.entity: dict[str, Any] | None = None
        self.speaker: Speaker | None = None
        self.direct = False

    def spoke(self, speaker: Speaker, entity: dict[str, Any], direct: bool) -> None:
        self.speaker, self.entity, self.direct = speaker, entity, direct

    def interrupt(self) -> None:
        self.speaker, self.entity, self.direct = None, None, False


@st.composite
def articles(
    draw: st.DrawFn,
    published: dt.date | None = None,
    min_paragraphs: int = 3,
    max_paragraphs: int = 8,
    kinds: tuple[str, ...] = KINDS,
    quote_patterns: tuple[str, ...] = PATTERNS,
    date_formats: tuple[str, ...] = tuple(FORMATS),
    sanction_statuses: tuple[str, ...] = STATUSES,
    sanction_voices: tuple[str, ...] = tuple(VOICES),
) -> Generated:
    """A plausible news article with every quote, date and sanction it contains.

    ``kinds`` narrows what the sentences may be (filler is always allowed
    between them); the other arguments narrow each kind, so a pack can test
    exactly the patterns it supports.
    """
    builder = Builder(published or draw(publication_dates()))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    cast = draw(st.lists(speakers(), min_size=1, max_size=3, unique_by=(lambda s: s.name, lambda s: s.short)))
    paragraphs = draw(st.integers(min_paragraphs, max_paragraphs))
    read_also = draw(st.integers(1, paragraphs)) if paragraphs > 1 and draw(st.booleans()) else None
    thread = _Thread()
    named = [pattern for pattern in quote_patterns if pattern in NAMED_PATTERNS]
    builder.write(draw(datelines()) + " ")
    for paragraph in range(paragraphs):
        if paragraph:
            builder.write(separator)
        if paragraph == read_also:
            builder.write("BACA JUGA:" + (" " + draw(st.sampled_from(words("filler", "headlines")))
                                          if draw(st.booleans()) else "") + separator)
            builder.end_sentence()
            thread.interrupt()  # a link to another story ends the thread of who speaks
        if "quote" in kinds and thread.direct and draw(st.integers(0, 3)) == 0:
            write_follow_up(draw, builder, thread.speaker, thread.entity)
            builder.end_sentence()
            continue
        for sentence in range(draw(st.integers(1, 3))):
            if sentence:
                builder.write(" ")
            kind = draw(st.sampled_from([kind for kind in (*kinds, "filler") for _ in range(_WEIGHTS[kind])]))
            if kind == "quote" and named:
                _write_quote(draw, builder, cast, thread, named, quote_patterns)
            else:
                thread.interrupt()
                if kind == "date":
                    write_dated_sentence(draw, builder, date_formats)
                elif kind == "sanction":
                    write_sanction_sentence(draw, builder, sanction_statuses, sanction_voices)
                else:
                    builder.write(draw(filler_sentences()))
            builder.end_sentence()
    return builder.finish()


def _write_quote(draw: st.DrawFn, builder: Builder, cast: list[Speaker], thread: _Thread, named: list[str],
                 patterns: tuple[str, ...]) -> None:
    referring = []
    if thread.entity is not None and "clitic" in patterns:
        referring.append("clitic")
    if thread.entity is not None and isinstance(thread.speaker, Person) and "pronoun" in patterns:
        referring.append("pronoun")
    if referring and draw(st.booleans()):
        pattern = draw(st.sampled_from(referring))
        writer = write_clitic if pattern == "clitic" else write_pronoun
        writer(draw, builder, thread.speaker, thread.entity)
        thread.direct = pattern == "clitic"
        return
    pattern = draw(st.sampled_from(named))
    speaker = draw(st.sampled_from(cast))
    entity = NAMED_PATTERNS[pattern](draw, builder, speaker, None)
    thread.spoke(speaker, entity, direct=pattern in ("trailing-cue", "question", "leading-cue"))
