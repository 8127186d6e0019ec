"""Sanction sentences (active, passive, nominal) with their planted roles.

The expected claim follows the contract: ``imposers`` and ``targets`` split on
coordination and named canonically (the text may write an alias such as
"AS"), ``sanction_types`` from the trigger phrase, ``status`` from the verb or
noun, ``reason`` the phrase after its marker, and ``date`` the date claim of
the same sentence when one is written. The claim's span runs from the first
role to the end of the reason, the clause that holds the trigger and its roles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from ..claims import Claim
from ._vocabulary import words
from .dates import publication_dates, write_date
from .text import Builder, Generated

STATUSES = ("imposed", "threatened", "proposed", "extended", "eased", "lifted", "mentioned")
# Formats whose single claim a sanction can be tied to (a range has two). A sentence about what
# will happen ("akan dikenai") makes a bare weekday future, so those get only explicit dates.
_DATE_FORMATS = ("weekday-numeric-short", "weekday", "deictic", "day-month-year", "this-last-next")
_FUTURE_SAFE_DATE_FORMATS = ("deictic", "day-month-year")


def _coordinated(draw: st.DrawFn, builder: Builder, group: str, exclude: set[str]) -> list[dict[str, Any]]:
    """Write "A", "A dan B" or "A, B, dan C" from the ``group`` gazetteer; one Entity each."""
    size = draw(st.sampled_from([1, 1, 1, 2, 2, 3]))
    names = draw(st.lists(st.sampled_from(sorted(set(words("sanctions", group)) - exclude)),
                          min_size=size, max_size=size, unique=True))
    entities = []
    for index, name in enumerate(names):
        if index:
            last = index == len(names) - 1
            builder.write((", dan " if len(names) > 2 and draw(st.booleans()) else " dan ") if last else ", ")
        form = draw(st.sampled_from([name, name, *words("sanctions", group)[name]]))
        entities.append(builder.entity(name, form))
    return entities


def _trigger(draw: st.DrawFn, builder: Builder, sanksi_only: bool = False) -> list[str]:
    """Write a trigger phrase; its sanction types. ``sanksi_only``: a phrase that a noun or
    "dijatuhi" can govern ("dijatuhi sanksi ekonomi", not "dijatuhi pembekuan aset")."""
    phrases = sorted(phrase for phrase in words("sanctions", "triggers") if not sanksi_only or
                     phrase.startswith("sanksi"))
    phrase = draw(st.sampled_from(phrases))
    builder.write(phrase)
    return list(words("sanctions", "triggers")[phrase])


def _reason(draw: st.DrawFn, builder: Builder) -> dict[str, Any] | None:
    if not draw(st.booleans()):
        return None
    builder.write(f" {draw(st.sampled_from(words('sanctions', 'reason_markers')))} ")
    return builder.write(draw(st.sampled_from(words("sanctions", "reasons"))))


def _fields(status: str, imposers: list[dict[str, Any]], targets: list[dict[str, Any]], types: list[str],
            reason: dict[str, Any] | None) -> dict[str, Any]:
    return {"status": status, "imposers": imposers, "targets": targets, "sanction_types": types,
            "reason": reason, "date": None}


def write_active(draw: st.DrawFn, builder: Builder, status: str) -> Claim:
    """``IMPOSERS menjatuhkan sanksi ekonomi terhadap TARGETS [terkait dengan REASON]``"""
    start = builder.length
    imposers = _coordinated(draw, builder, "imposers", set())
    builder.write(f" {draw(st.sampled_from(words('sanctions', 'active', status)))} ")
    types = _trigger(draw, builder)
    builder.write(" terhadap ")
    targets = _coordinated(draw, builder, "targets", {entity["name"] for entity in imposers})
    reason = _reason(draw, builder)
    return builder.claim("sanction", "active", start, builder.length, _fields(status, imposers, targets, types, reason))


def write_passive(draw: st.DrawFn, builder: Builder, status: str) -> Claim:
    """``TARGETS dijatuhi sanksi oleh IMPOSERS [karena REASON]``"""
    start = builder.length
    targets = _coordinated(draw, builder, "targets", set())
    builder.write(f" {draw(st.sampled_from(words('sanctions', 'passive', status)))} ")
    types = _trigger(draw, builder, sanksi_only=True)
    builder.write(" oleh ")
    imposers = _coordinated(draw, builder, "imposers", {entity["name"] for entity in targets})
    reason = _reason(draw, builder)
    return builder.claim("sanction", "passive", start, builder.length,
                         _fields(status, imposers, targets, types, reason))


def write_nominal(draw: st.DrawFn, builder: Builder, status: str) -> Claim:
    """``Pencabutan sanksi IMPOSERS terhadap TARGETS [REASON] disambut ...``"""
    noun, predicate = draw(st.sampled_from(words("sanctions", "nominal", status)))
    start = builder.length
    builder.write(f"{noun} ")
    types = _trigger(draw, builder, sanksi_only=True)
    builder.write(" ")
    imposers = _coordinated(draw, builder, "imposers", set())
    builder.write(" terhadap ")
    targets = _coordinated(draw, builder, "targets", {entity["name"] for entity in imposers})
    reason = _reason(draw, builder)
    claim = builder.claim("sanction", "nominal", start, builder.length,
                          _fields(status, imposers, targets, types, reason))
    builder.write(f" {predicate}")
    return claim


def write_background(draw: st.DrawFn, builder: Builder, status: str = "mentioned") -> Claim:
    """``TARGET yang terkena sanksi internasional ...``: a sanction in the background, no imposer named."""
    start = builder.length
    name = draw(st.sampled_from(sorted(words("sanctions", "targets"))))
    target = builder.entity(name, draw(st.sampled_from([name, *words("sanctions", "targets")[name]])))
    builder.write(" yang terkena sanksi internasional")
    claim = builder.claim("sanction", "background", start, builder.length,
                          _fields("mentioned", [], [target], ["unspecified"], None))
    builder.write(" masih berupaya memperluas kerja sama dagang dengan negara tetangga")
    return claim


SanctionWriter = Callable[[st.DrawFn, Builder, str], Claim]
VOICES: dict[str, SanctionWriter] = {"active": write_active, "passive": write_passive, "nominal": write_nominal,
                                     "background": write_background}


def voices_for(status: str) -> list[str]:
    """The voices that can express ``status`` with the vocabulary's verbs and nouns."""
    found = [voice for voice in ("active", "passive", "nominal") if status in words("sanctions", voice)]
    return found + (["background"] if status == "mentioned" else [])


def write_sanction_sentence(draw: st.DrawFn, builder: Builder, statuses: tuple[str, ...] = STATUSES,
                            voices: tuple[str, ...] = tuple(VOICES)) -> Claim:
    """A sentence with one sanction claim, sometimes dated ("..., Senin (22/3).") and then linked to it."""
    status = draw(st.sampled_from([s for s in statuses if set(voices_for(s)) & set(voices)]))
    voice = draw(st.sampled_from([v for v in voices_for(status) if v in voices]))
    claim = VOICES[voice](draw, builder, status)
    if builder.published is not None and voice != "nominal" and draw(st.booleans()):
        builder.write(", ")
        future = " akan " in builder.text[claim.start:] or status in ("proposed", "threatened")
        [date] = write_date(draw, builder, _FUTURE_SAFE_DATE_FORMATS if future else _DATE_FORMATS)
        claim.fields["date"] = {"value": date.fields["value"], "claim": date}
    builder.write(".")
    return claim


@st.composite
def sanction_sentences(draw: st.DrawFn, statuses: tuple[str, ...] = STATUSES, voices: tuple[str, ...] = tuple(VOICES),
                       published: Any = None) -> Generated:
    """One sanction sentence with its expected claim (and the date claim it is tied to, if any)."""
    builder = Builder(published or draw(publication_dates()))
    write_sanction_sentence(draw, builder, statuses, voices)
    return builder.finish()
