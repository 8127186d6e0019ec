"""Indonesian date expressions with their true TIMEX3 values for a publication date.

Values follow ../shared/eval/GUIDELINES.md: relative expressions count from
the publication date; a day and month without a year takes the explicit year
of the same or the previous sentence when there is one, else the most recent
such date on or before publication; ``pekan lalu`` is the ISO week before;
a clock time carries the publication date and, when a zone is stated, its
offset. ``anchored`` is true exactly when the value depended on the
publication date. Ranges give one claim per bound (``range``: start, end).

A format is a function ``(draw, published, year_in_context) -> Rendered``;
:data:`FORMATS` names them all, so a test can ask for one format at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from ..claims import Claim
from ._vocabulary import words
from .text import Builder, Generated

EARLIEST = dt.date(2010, 1, 1)
LATEST = dt.date(2025, 12, 31)


@dataclass(frozen=True)
class DateValue:
    """The expected ``fields`` of one date claim."""

    value: str
    granularity: str
    anchored: bool
    timex_type: str = "DATE"
    weekday_conflict: bool = False
    mod: str | None = None
    range: str | None = None

    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"value": self.value, "timex_type": self.timex_type,
                                  "granularity": self.granularity, "anchored": self.anchored,
                                  "weekday_conflict": self.weekday_conflict}
        if self.mod:
            fields["mod"] = self.mod
        if self.range:
            fields["range"] = self.range
        return fields


@dataclass(frozen=True)
class Rendered:
    """A written date expression: text pieces, each a claim (with its value) or glue (``None``)."""

    pieces: tuple[tuple[str, DateValue | None], ...]
    preposition: str = ""
    explicit_year: int | None = None


Format = Callable[[st.DrawFn, dt.date, "int | None"], Rendered]


def publication_dates() -> st.SearchStrategy[dt.date]:
    return st.dates(EARLIEST, LATEST)


# -- calendar helpers ------------------------------------------------------


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: dt.date, months: int) -> str:
    """``YYYY-MM`` of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def weekday_name(day: dt.date) -> str:
    return words("dates", "weekdays")[day.weekday()]


def _month_name(draw: st.DrawFn, month: int, plain: bool = False) -> str:
    long = words("dates", "months")[month - 1]
    if plain:
        return long
    variants = [long, long, long, *words("dates", "month_abbreviations")[month],
                *words("dates", "month_old_spellings").get(month, [])]
    return draw(st.sampled_from(variants))


def _recent_day(draw: st.DrawFn, published: dt.date, year: int | None) -> dt.date:
    """A day whose day-and-month without a year resolves to itself.

    With an explicit ``year`` in context, any day of that year; otherwise a day
    in the five months before publication, where the most recent such date and
    the nearest one are the same, so the value does not hang on the tense of
    the sentence. Never 29 February, which not every year has.
    """
    if year is not None:
        day = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    else:
        day = published - dt.timedelta(days=draw(st.integers(0, 150)))
    return day - dt.timedelta(days=1) if (day.month, day.day) == (2, 29) else day


def _any_day(draw: st.DrawFn, published: dt.date) -> dt.date:
    return published + dt.timedelta(days=draw(st.integers(-3 * 365, 365)))


def _number(draw: st.DrawFn, count: int) -> str:
    return draw(st.sampled_from([str(count), words("dates", "numbers")[count]]))


def _day(day: dt.date, anchored: bool, conflict: bool = False) -> DateValue:
    return DateValue(day.isoformat(), "day", anchored, weekday_conflict=conflict)


def _weekday(draw: st.DrawFn, day: dt.date, year_written: bool = True) -> tuple[str, bool]:
    """The weekday written before a date: usually right, sometimes wrong (a ``weekday_conflict``).

    Only wrong when the year is written: without it, a resolver may fairly pick
    the year in which the weekday fits instead.
    """
    if year_written and draw(st.integers(0, 4)) == 0:
        wrong = (day + dt.timedelta(days=draw(st.integers(1, 6)))).weekday()
        return words("dates", "weekdays")[wrong], True
    return weekday_name(day), False


# -- formats ---------------------------------------------------------------


def day_month_year(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``22 Maret 2021``, ``22 Mar 2021``, ``3 Nopember 2019``."""
    day = _any_day(draw, published)
    text = f"{day.day} {_month_name(draw, day.month)} {day.year}"
    return Rendered(((text, _day(day, False)),), "pada ", day.year)


def numeric(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``22/3/2021``, ``22/03/2021``, ``22-03-2021`` (always day first)."""
    day = _any_day(draw, published)
    text = draw(st.sampled_from([f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
                                 f"{day.day:02d}-{day.month:02d}-{day.year}"]))
    return Rendered(((text, _day(day, False)),), "pada ", day.year)


def weekday_numeric(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``Senin (22/3/2021)``, with the token-spacing artefact ``Senin ( 22 / 3 / 2021 )`` too."""
    day = _any_day(draw, published)
    name, conflict = _weekday(draw, day)
    inner = draw(st.sampled_from([f"({day.day}/{day.month}/{day.year})",
                                  f"( {day.day} / {day.month} / {day.year} )"]))
    return Rendered(((f"{name} {inner}", _day(day, False, conflict)),), "pada ", day.year)


def weekday_numeric_short(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``Senin (22/3)``: the year comes from the context or the publication date."""
    day = _recent_day(draw, published, year)
    name, conflict = _weekday(draw, day, year_written=False)
    inner = draw(st.sampled_from([f"({day.day}/{day.month})", f"( {day.day} / {day.month} )"]))
    return Rendered(((f"{name} {inner}", _day(day, year is None, conflict)),), "")


def weekday_day_month(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``Senin 22 Maret kemarin``, ``Senin, 22 Maret 2021``."""
    if draw(st.booleans()):
        day = _any_day(draw, published)
        name, conflict = _weekday(draw, day)
        text = f"{name}, {day.day} {_month_name(draw, day.month, plain=True)} {day.year}"
        return Rendered(((text, _day(day, False, conflict)),), "pada ", day.year)
    day = _recent_day(draw, published, year)
    name, conflict = _weekday(draw, day, year_written=False)
    suffix = "" if year is not None else draw(st.sampled_from(["", " kemarin", " lalu"]))
    text = f"{name} {day.day} {_month_name(draw, day.month, plain=True)}{suffix}"
    return Rendered(((text, _day(day, year is None, conflict)),), "pada ")


def day_month(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``22 Maret``: the year comes from the context or the publication date."""
    day = _recent_day(draw, published, year)
    text = f"{day.day} {_month_name(draw, day.month)}"
    return Rendered(((text, _day(day, year is None)),), "pada ")


def month_year(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``Maret 2021``, ``bulan Maret 2021``."""
    day = _any_day(draw, published)
    text = f"{draw(st.sampled_from(['', 'bulan ']))}{_month_name(draw, day.month, plain=True)} {day.year}"
    return Rendered(((text, DateValue(f"{day.year:04d}-{day.month:02d}", "month", False)),), "pada ", day.year)


def month_only(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``bulan Januari``: one of the five months up to publication, so nearest and most recent agree."""
    back = draw(st.integers(0, 4))
    month = (published.month - 1 - back) % 12 + 1
    value_year = published.year if month <= published.month else published.year - 1
    text = f"bulan {_month_name(draw, month, plain=True)}"
    return Rendered(((text, DateValue(f"{value_year:04d}-{month:02d}", "month", True)),), "pada ")


def year_only(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``tahun 2019`` or ``2019`` after ``pada``."""
    value = published.year + draw(st.integers(-15, 1))
    text = draw(st.sampled_from([f"tahun {value}", str(value)]))
    return Rendered(((text, DateValue(str(value), "year", False)),), "pada ", value)


def modified(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``awal Maret 2021`` (START), ``pertengahan 2020`` (MID), ``akhir tahun 2019`` (END)."""
    mod_words = {"START": ["awal"], "MID": ["pertengahan"], "END": ["akhir", "penghujung"]}
    mod = draw(st.sampled_from(sorted(mod_words)))
    word = draw(st.sampled_from(mod_words[mod]))
    day = _any_day(draw, published)
    if draw(st.booleans()):
        text = f"{word} {_month_name(draw, day.month, plain=True)} {day.year}"
        value = DateValue(f"{day.year:04d}-{day.month:02d}", "month", False, mod=mod)
    else:
        text = f"{word} {draw(st.sampled_from(['', 'tahun ']))}{day.year}"
        value = DateValue(str(day.year), "year", False, mod=mod)
    return Rendered(((text, value),), "pada ", day.year)


def decade(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``1990-an``: a decade is its first three digits and ``X`` (``199X``), as the date pack writes it."""
    start = draw(st.integers(195, published.year // 10 - 1))
    return Rendered(((f"{start}0-an", DateValue(f"{start}X", "decade", False)),), "pada ")


def century(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``abad ke-21``: TIMEX3 writes a century as its first two digits (``20``)."""
    number = draw(st.integers(19, 21))
    return Rendered(((f"abad ke-{number}", DateValue(str(number - 1), "century", False)),), "pada ")


def deictic(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``hari ini``, ``kemarin``, ``kemarin lusa``, ``besok``, ``lusa``."""
    text, offset = draw(st.sampled_from([("hari ini", 0), ("kemarin", -1), ("kemarin lusa", -2), ("besok", 1),
                                         ("lusa", 2)]))
    return Rendered(((text, _day(published + dt.timedelta(days=offset), True)),))


def counted_ago(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``dua hari lalu``, ``3 pekan yang lalu``, ``sebulan lalu``, ``lima tahun silam``."""
    unit = draw(st.sampled_from(["hari", "pekan", "minggu", "bulan", "tahun"]))
    count = draw(st.integers(1, 12))
    prefix = {"hari": "sehari", "pekan": "sepekan", "bulan": "sebulan", "tahun": "setahun"}
    amount = prefix[unit] if count == 1 and unit in prefix and draw(st.booleans()) \
        else f"{_number(draw, count)} {unit}"
    text = f"{amount} {draw(st.sampled_from(['lalu', 'yang lalu', 'silam']))}"
    if unit == "hari":
        value = _day(published - dt.timedelta(days=count), True)
    elif unit in ("pekan", "minggu"):
        value = DateValue(iso_week(published - dt.timedelta(weeks=count)), "week", True)
    elif unit == "bulan":
        value = DateValue(add_months(published, -count), "month", True)
    else:
        value = DateValue(str(published.year - count), "year", True)
    return Rendered(((text, value),))


def this_last_next(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``pekan lalu``, ``minggu depan``, ``bulan ini``, ``tahun lalu``."""
    unit = draw(st.sampled_from(["pekan", "minggu", "bulan", "tahun"]))
    word, step = draw(st.sampled_from([("ini", 0), ("lalu", -1), ("depan", 1)]))
    if unit in ("pekan", "minggu"):
        value = DateValue(iso_week(published + dt.timedelta(weeks=step)), "week", True)
    elif unit == "bulan":
        value = DateValue(add_months(published, step), "month", True)
    else:
        value = DateValue(str(published.year + step), "year", True)
    return Rendered(((f"{unit} {word}", value),))


def weekday(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``pada Senin`` and ``Senin lalu`` (the last one before publication), ``Senin depan`` (the next).

    Never Sunday: "Minggu depan" / "Minggu lalu" without a date reads as next / last week.
    """
    future = draw(st.integers(0, 3)) == 0
    sign = 1 if future else -1
    days = draw(st.sampled_from([days for days in range(1, 7)
                                 if (published + dt.timedelta(days=sign * days)).weekday() != 6]))
    day = published + dt.timedelta(days=sign * days)
    if future:
        suffix = draw(st.sampled_from([" depan", " mendatang"]))
    else:
        suffix = draw(st.sampled_from(["", "", " lalu", " kemarin"]))
    return Rendered(((f"{weekday_name(day)}{suffix}", _day(day, True)),), "pada " if not suffix else "")


def clock(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``pukul 14.00 WIB`` (with the zone's offset) or ``pukul 09.30``: on the publication date."""
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45]))
    zone = draw(st.sampled_from(["", *sorted(words("dates", "zones"))]))
    offset = words("dates", "zones").get(zone, "")
    text = f"pukul {hour:02d}.{minute:02d}{' ' + zone if zone else ''}"
    value = DateValue(f"{published.isoformat()}T{hour:02d}:{minute:02d}{offset}", "time", True, timex_type="TIME")
    return Rendered(((text, value),))


def date_range(draw: st.DrawFn, published: dt.date, year: int | None) -> Rendered:
    """``4 dan 5 November 2021``, ``22-24 Maret 2021``, ``2019-2020``: one claim per bound."""
    if draw(st.integers(0, 2)) == 0:
        first = published.year - draw(st.integers(1, 10))
        last = first + draw(st.integers(1, 3))
        return Rendered(((str(first), DateValue(str(first), "year", False, range="start")), ("-", None),
                         (str(last), DateValue(str(last), "year", False, range="end"))), "pada ", last)
    start = _any_day(draw, published).replace(day=draw(st.integers(1, 20)))
    end = start + dt.timedelta(days=draw(st.integers(1, 7)))
    glue = draw(st.sampled_from([" dan ", "-", " hingga "]))
    tail = f"{end.day} {_month_name(draw, end.month, plain=True)} {end.year}"
    return Rendered(((str(start.day), DateValue(start.isoformat(), "day", False, range="start")), (glue, None),
                     (tail, DateValue(end.isoformat(), "day", False, range="end"))), "pada ", end.year)


FORMATS: dict[str, Format] = {
    "day-month-year": day_month_year,
    "numeric": numeric,
    "weekday-numeric": weekday_numeric,
    "weekday-numeric-short": weekday_numeric_short,
    "weekday-day-month": weekday_day_month,
    "day-month": day_month,
    "month-year": month_year,
    "month": month_only,
    "year": year_only,
    "modified": modified,
    "decade": decade,
    "century": century,
    "deictic": deictic,
    "counted-ago": counted_ago,
    "this-last-next": this_last_next,
    "weekday": weekday,
    "clock": clock,
    "range": date_range,
}
# Formats whose value would be unclear in some contexts (see write_date).
_NEEDS_NO_YEAR_CONTEXT = {"month"}
_NEEDS_NO_DATE_CONTEXT = {"clock"}


def write_date(draw: st.DrawFn, builder: Builder, formats: tuple[str, ...] = tuple(FORMATS),
               adverbial: bool = True) -> list[Claim]:
    """Write one date expression (with ``pada`` where it needs one as an adverbial); its claims.

    The builder must have a publication date. Formats whose value the context
    would make ambiguous are left out there: a month without a year after an
    explicit year, a clock time next to another date.
    """
    if builder.published is None:
        raise ValueError("date generators need a publication date")
    usable = [name for name in formats
              if not (name in _NEEDS_NO_YEAR_CONTEXT and builder.year_in_context() is not None)
              and not (name in _NEEDS_NO_DATE_CONTEXT and builder.date_in_context())]
    name = draw(st.sampled_from(usable or ["day-month-year"]))
    rendered = FORMATS[name](draw, builder.published, builder.year_in_context())
    if adverbial:
        builder.write(rendered.preposition)
    claims = []
    for text, value in rendered.pieces:
        span = builder.write(text)
        if value is not None:
            claims.append(builder.claim("date", name, span["start"], span["end"], value.fields()))
    builder.note_date(rendered.explicit_year)
    return claims


def write_dated_sentence(draw: st.DrawFn, builder: Builder, formats: tuple[str, ...] = tuple(FORMATS)) \
        -> list[Claim]:
    """A neutral sentence around one date expression ("Laporan tersebut dirilis kemarin.")."""
    template = draw(st.sampled_from(words("filler", "dated")))
    before, _, after = template.partition("{date}")
    builder.write(before.replace("{place}", draw(st.sampled_from(words("filler", "places")))))
    claims = write_date(draw, builder, formats)
    builder.write(after.replace("{place}", draw(st.sampled_from(words("filler", "places")))))
    return claims


@st.composite
def date_sentences(draw: st.DrawFn, published: dt.date | None = None,
                   formats: tuple[str, ...] = tuple(FORMATS)) -> Generated:
    """A sentence holding one date expression in one of ``formats``, with its true value(s).

    ``published`` defaults to a drawn publication date (see :func:`publication_dates`).
    """
    builder = Builder(published or draw(publication_dates()))
    write_dated_sentence(draw, builder, formats)
    return builder.finish()
