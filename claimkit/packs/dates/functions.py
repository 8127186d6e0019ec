"""Rule functions of the date pack: one regex match in, the claim's ``fields`` out.

Every function reads the named groups its rules capture (the vocabulary of group
names is listed in ``docs/dates.md``) and resolves the expression against the
publication date only, using the words right around the match for tense and
range cues. What needs other claims of the document (a year stated in the
previous sentence, ``tiga tahun kemudian``, the date a clock time belongs to) is
done afterwards by :mod:`claimkit.packs.dates.resolve`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any

from ...rules import RuleMatch
from . import normalise as nz
from .vocabulary import PerEngine, words

Fields = dict[str, Any]

MODS = {"awal": "START", "pertengahan": "MID", "medio": "MID", "akhir": "END", "penghujung": "END",
        "pengujung": "END", "sekitar": "APPROX"}
"""TIMEX3 ``mod`` of each word in the ``dates_mod_words`` lexicon."""

_YEAR_PARTS = {"kuartal": ("Q", 4), "triwulan": ("Q", 4), "q": ("Q", 4), "semester": ("H", 2)}
_CLAUSE_WIDTH = 90
_CUE_WIDTH = 16


def fields(value: str, granularity: str, anchored: bool = False, weekday_conflict: bool = False,
           timex_type: str = "DATE") -> Fields:
    """The five fields every date claim carries (``../shared/docs/claim-contract.md``)."""
    return {"value": value, "timex_type": timex_type, "granularity": granularity, "anchored": anchored,
            "weekday_conflict": weekday_conflict}


# -- the match ------------------------------------------------------------------

_GROUP_NUMBERS: PerEngine[dict[str, dict[str, int]]] = PerEngine(lambda engine: {})
"""Per engine and rule id, the tuple index of each named group (``regex`` builds a new dict
for every ``groupindex`` and ``groupdict`` call; a rule's names never change)."""


class _Match(RuleMatch):
    """A :class:`RuleMatch` that reads all its groups at once: the functions below ask a match
    a dozen times which groups took part, and run for every match of the pack's rules. One
    ``groups()`` tuple costs less than two by-name lookups of the ``regex`` module."""

    def __init__(self, m: RuleMatch) -> None:
        super().__init__(m.document, m.rule, m.match, m.engine)
        self.values = m.match.groups()
        table = _GROUP_NUMBERS(m.engine)
        numbers = table.get(m.rule.id)
        if numbers is None:
            numbers = table[m.rule.id] = {name: number - 1 for name, number in m.match.re.groupindex.items()}
        self.numbers = numbers

    def has(self, name: str) -> bool:
        index = self.numbers.get(name)
        return index is not None and self.values[index] is not None

    def group(self, name: str | int = 0) -> str | None:
        """The text of a group; ``None`` when it took no part or the pattern has no such group."""
        if not isinstance(name, str):
            return self.match.group(name)
        index = self.numbers.get(name)
        return None if index is None else self.values[index]


def _reading_groups_once(function: Callable[[RuleMatch], Fields | None]) -> Callable[[RuleMatch], Fields | None]:
    @wraps(function)
    def call(m: RuleMatch) -> Fields | None:
        return function(m if isinstance(m, _Match) else _Match(m))

    return call


# -- words around the match ---------------------------------------------------

def cue_tense(m: RuleMatch, text: str) -> nz.Tense | None:
    """``future`` when ``text`` holds a future cue word (``akan``) and no past one (``telah``),
    ``past`` for the reverse, else ``None``: one search for both lists."""
    kinds = {"future" if in_lexicon(m, "dates_future_cues", found) else "past"
             for found in words(m.engine, "dates_future_cues", "dates_past_cues").found_in(text)}
    if len(kinds) != 1:
        return None
    return "future" if "future" in kinds else "past"


def in_lexicon(m: RuleMatch, lexicon: str, word: str) -> bool:
    return word in words(m.engine, lexicon)


def claim_start(m: RuleMatch) -> int:
    return m.start("claim") if m.has("claim") else m.start()


def clause_before(m: RuleMatch) -> str:
    """The text of the sentence before the expression, at most ``_CLAUSE_WIDTH`` characters."""
    start = claim_start(m)
    window = m.text[max(0, start - _CLAUSE_WIDTH):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return window[cut + 1:]


def tense_of(m: RuleMatch, default: nz.Tense, clause_cues: bool = False) -> nz.Tense:
    """Which occurrence is meant: a tense word of the expression itself (``lalu``,
    ``mendatang``, ``pekan depan``) decides; otherwise, with ``clause_cues``, a future cue
    (``akan``, ``bakal``) or past cue (``telah``) earlier in the clause; otherwise ``default``.

    Clause cues only pick among the weekdays around publication: for a day and month they
    would move the date by a year on a loose hint, so there the nearest date wins."""
    for group in ("rel", "wrel"):
        if m.has(group):
            word = m.group(group)
            if in_lexicon(m, "dates_past_words", word) or word.casefold() == "tadi":
                return "past"
            if in_lexicon(m, "dates_next_words", word):
                return "future"
            return "nearest"
    if not clause_cues:
        return default
    return cue_tense(m, clause_before(m)) or default


def direction_of(m: RuleMatch, word: str) -> int | None:
    """+1, -1 or 0 for a relative word: ``lalu``/``sebelumnya`` back, ``depan``/``lagi``/
    ``kemudian`` forward, ``ini`` this one."""
    if in_lexicon(m, "dates_past_words", word) or in_lexicon(m, "dates_anchor_before_words", word):
        return -1
    if in_lexicon(m, "dates_next_words", word) or in_lexicon(m, "dates_anchor_after_words", word) \
            or word.casefold() == "lagi":
        return 1
    return 0 if word.casefold() == "ini" else None


def finish(m: RuleMatch, result: Fields) -> Fields:
    """Add what any date expression may carry: a modifier (``awal``, ``sekitar``) and the
    bound of a range it opens or closes: a range separator after it (group ``to``: "22-24
    Maret"), a range before it (group ``from``: "2004 - 2009"), or a cue word before it
    (``sejak 2019``, ``hingga Maret``)."""
    if m.has("mod"):
        result["mod"] = MODS[m.group("mod").casefold()]
    if "range" in m.rule.fields:
        return result
    if m.has("to"):
        result["range"] = "start"
    elif m.has("from"):
        result["range"] = "end"
    else:
        start = claim_start(m)
        cue = words(m.engine, "dates_range_start_cues", "dates_range_end_cues").at_end.search(
            m.text, max(0, start - _CUE_WIDTH), start)
        if cue is not None:
            result["range"] = "start" if in_lexicon(m, "dates_range_start_cues", cue.group().strip()) else "end"
    return result


# -- calendar dates ------------------------------------------------------------

def calendar_date(m: RuleMatch) -> Fields | None:
    """A date given by day, month and year as far as stated (``22 Maret 2021``, ``22/3``,
    ``Senin (22/3)``, ``Maret 2021``, ``bulan Januari``), with an optional weekday.

    A missing year comes from the publication date (nearest occurrence unless a tense
    word says otherwise); without one the value keeps ``XXXX``.
    """
    month_word, day_text, year_text, weekday_word = m.group("month"), m.group("day"), m.group("year"), \
        m.group("weekday")
    month = nz.month_number(month_word) if month_word is not None else int(m.group("mon"))
    day = int(day_text) if day_text is not None else None
    if month is None or not 1 <= month <= 12 or (day is not None and not nz.could_be_date(month, day)):
        return None
    reference = m.document.published
    year: int | None = None
    anchored = False
    if year_text is not None:
        year = nz.full_year(year_text, reference)
        if day is not None and not nz.is_valid_date(year, month, day):
            return None
    elif reference is not None and m.has("yrel"):
        year = reference.year + (direction_of(m, m.group("yrel").split()[-1]) or 0)
        anchored = True
    elif reference is not None and m.has("rel") and m.group("rel").casefold() == "ini":
        year, anchored = reference.year, True
    elif reference is not None:
        tense = tense_of(m, "nearest", clause_cues=weekday_word is None)
        if day is None:
            year = nz.resolve_month(month, reference, tense)
        elif weekday_word is not None and tense == "nearest":
            resolved = nz.resolve_day_month_weekday(day, month, nz.weekday_number(weekday_word), reference)
            year = resolved.year if resolved else None
        else:
            resolved = nz.resolve_day_month(day, month, reference, tense) \
                or nz.resolve_day_month(day, month, reference, "nearest")
            year = resolved.year if resolved else None
        anchored = year is not None
    shown = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return finish(m, fields(f"{shown}-{month:02d}", "month", anchored))
    conflict = False
    if weekday_word is not None and year is not None:
        conflict = dt.date(year, month, day).weekday() != nz.weekday_number(weekday_word)
    return finish(m, fields(f"{shown}-{month:02d}-{day:02d}", "day", anchored, conflict))


def weekday_date(m: RuleMatch) -> Fields | None:
    """A weekday: with a day number it is a calendar date (:func:`calendar_date`, which checks
    the weekday); without one (``pada Senin``, ``Jumat lalu``, ``Minggu pekan lalu``, ``Senin
    malam``) it is past in news reporting unless a tense word or future cue says otherwise.

    A lowercase name counts only after ``hari``; lowercase ``minggu`` with a tense word, or a
    capitalised ``Minggu lalu/ini/depan`` opening a sentence, is the week, not Sunday.
    """
    if m.has("day"):
        return calendar_date(m)
    word = m.group("weekday")
    weekday = nz.weekday_number(word)
    if weekday is None:
        return None
    if word[0].islower() and not _is_week_not_sunday(m) and \
            not (m.has("cue") and m.group("cue").casefold() == "hari"):
        return None
    reference = m.document.published
    if _is_week_not_sunday(m):
        amount = direction_of(m, m.group("rel"))
        if reference is None or amount is None:
            return finish(m, fields(nz.unknown_value("week"), "week"))
        return finish(m, fields(nz.shifted_value(reference, "week", amount), "week", True))
    if reference is None:
        return finish(m, fields(f"XXXX-WXX-{weekday + 1}", "day"))
    if m.has("wrel"):
        weeks = direction_of(m, m.group("wrel"))
        day = nz.weekday_in_week(weekday, reference, weeks or 0)
    elif m.has("rel") and m.group("rel").casefold() == "ini":
        day = nz.weekday_in_week(weekday, reference)
    elif m.has("rel"):
        day = nz.resolve_weekday(weekday, reference, tense_of(m, "past", clause_cues=True), strict=True)
    else:
        day = nz.resolve_weekday(weekday, reference, tense_of(m, "past", clause_cues=True))
    return finish(m, fields(nz.day_value(day), "day", True))


def _is_week_not_sunday(m: RuleMatch) -> bool:
    word = m.group("weekday")
    if word.casefold() != "minggu" or not m.has("rel") or m.has("part") or m.has("cue"):
        return False
    if word == "minggu":
        return True
    before = m.text[:claim_start(m)].rstrip(" \t\"'“‘")
    return not before or before[-1] in ".!?\n"


# -- relative to the publication date -------------------------------------------

def relative_date(m: RuleMatch) -> Fields | None:
    """A date some units away from the publication date: fixed words through ``params``
    (``kemarin``: unit day, offset -1) or ``amount``/``unit``/``rel`` groups
    (``dua pekan lalu``, ``tiga hari lagi``, ``bulan depan``).

    ``besok Jumat`` checks the weekday; ``akhir pekan lalu`` is the weekend value
    ``2021-W11-WE``. Rules with ``params: {resolve: anchor}`` (``setahun kemudian``)
    are re-anchored on the previous date of the document by :mod:`.resolve`.
    """
    if m.has("day"):
        return calendar_date(m)
    unit = m.params.get("unit") or nz.unit_of(m.group("unit"))
    if unit is None:
        return None
    if m.has("rel") and in_lexicon(m, "dates_span_words", m.group("rel")):
        return _span(m)
    if "offset" in m.params:
        amount = int(m.params["offset"])
    else:
        count = nz.number_value(m.group("amount")) if m.has("amount") else 1
        direction = direction_of(m, m.group("rel"))
        if count is None or direction is None:
            return None
        amount = count * direction
    granularity = "year" if unit == "decade" else unit
    weekend = unit == "week" and m.has("mod") and MODS.get(m.group("mod").casefold()) == "END"
    reference = m.document.published
    if reference is None:
        return _relative_finish(m, fields(nz.unknown_value(granularity), granularity), weekend)
    if unit == "decade":
        unit, amount = "year", amount * 10
    value = nz.shifted_value(reference, unit, amount)
    conflict = False
    if m.has("weekday") and unit == "day":
        conflict = (reference + dt.timedelta(days=amount)).weekday() != nz.weekday_number(m.group("weekday"))
    return _relative_finish(m, fields(value, granularity, True, conflict), weekend)


def _span(m: RuleMatch) -> Fields | None:
    """``lima tahun ke depan``, ``tiga hari terakhir``: the length of the period, a DURATION."""
    count = nz.number_value(m.group("amount")) if m.has("amount") else 1
    value = nz.duration_value(count, m.group("unit")) if count else None
    if value is None:
        return None
    unit = nz.unit_of(m.group("unit")) or "day"
    return fields(value, "year" if unit == "decade" else unit, timex_type="DURATION")


def _relative_finish(m: RuleMatch, result: Fields, weekend: bool) -> Fields:
    result = finish(m, result)
    if weekend:
        result["value"] += "-WE"
        result.pop("mod")
    return result


# -- years and parts of years ----------------------------------------------------

def year_date(m: RuleMatch) -> Fields | None:
    """A stated year (``2019``, ``tahun 2008 silam``, ``Piala Dunia 2018``), decade
    (``1990-an``, ``tahun 80-an``, ``era 90-an``), ISO date (``2021-03-22``) or a month in
    lowercase or capitals before its year (``maret 2021``); the first bound of a decade range
    (``1980`` in ``1980 - 90-an``: group ``decade_to``) is a decade too."""
    if m.has("decade") or m.has("decade_an") or m.has("decade_to"):
        return decade_date(m)
    if m.has("mon") or m.has("month"):
        return calendar_date(m)
    return finish(m, fields(m.group("year"), "year"))


def decade_date(m: RuleMatch) -> Fields | None:
    """``1990-an``, ``90-an``, ``era 2000-an`` -> ``199X``, ``199X``, ``200X``."""
    digits = m.group("decade") if m.has("decade") else m.group("year")
    if not digits.endswith("0"):
        return None
    return finish(m, fields(nz.decade_value(nz.full_year(digits, m.document.published)), "decade"))


def century_date(m: RuleMatch) -> Fields | None:
    """``abad ke-21``, ``abad XXI`` -> ``20`` (TIMEX3 names a century by its first two digits)."""
    ordinal = nz.ordinal_value(m.group("century"))
    if ordinal is None or not 1 <= ordinal <= 30:
        return None
    return finish(m, fields(nz.century_value(ordinal), "century"))


def year_part_date(m: RuleMatch) -> Fields | None:
    """A quarter or half of a year: ``kuartal III 2017`` -> ``2017-Q3``, ``semester I tahun ini``
    -> ``2017-H1``. Without a year, the publication year (``tahun lalu`` one before)."""
    letter, count = _YEAR_PARTS[m.group("kind").casefold()]
    index = nz.ordinal_value(m.group("index"))
    if index is None or not 1 <= index <= count:
        return None
    granularity = "quarter" if letter == "Q" else "half"
    reference = m.document.published
    if m.has("year"):
        return finish(m, fields(f"{m.group('year')}-{letter}{index}", granularity))
    if reference is None:
        return finish(m, fields(f"XXXX-{letter}{index}", granularity))
    shift = direction_of(m, m.group("rel")) if m.has("rel") else 0
    return finish(m, fields(f"{reference.year + (shift or 0)}-{letter}{index}", granularity, True))


def modified_date(m: RuleMatch) -> Fields | None:
    """A modifier before a month, decade, year or relative period (``akhir Oktober 2018``,
    ``awal 2000-an``, ``sekitar tahun 2000``, ``awal bulan ini``): the period's own value,
    with the modifier as ``mod`` (:func:`finish`)."""
    if m.has("month"):
        return calendar_date(m)
    if m.has("decade"):
        return decade_date(m)
    if m.has("year"):
        return year_date(m)
    return relative_date(m)


# -- holidays and Hijri dates -----------------------------------------------------

def holiday_date(m: RuleMatch) -> Fields | None:
    """A holiday or a Hijri date: ``Lebaran 2017`` -> ``2017-06-25``, ``Idul Fitri 1438 H`` and
    ``1 Syawal 1438 H`` -> ``2017-06-25``, ``Natal tahun lalu`` -> last year's 25 December,
    ``HUT RI ke-72`` -> ``2017-08-17``, ``Hari Pahlawan 2016`` -> ``2016-11-10``, ``Hari Bhayangkara ke-71`` ->
    ``2017-07-01``,
    ``Ramadan tahun ini`` -> the year (TIMEX3 has no value for a Hijri month), a Hijri year alone
    (``1437 H``) -> the Gregorian year of its Ramadan."""
    if m.has("hmonth"):
        month, day = nz.hijri_month_number(m.group("hmonth")), int(m.group("day"))
        if month is None or not 1 <= day <= 30:
            return None
        holiday = ("hijri", month, day)
    elif m.has("nation"):
        if m.has("ordinal"):
            ordinal = int(m.group("ordinal"))
            return finish(m, fields(nz.day_value(nz.independence_anniversary(ordinal)), "day")) \
                if 1 <= ordinal <= 150 else None
        holiday = nz.INDEPENDENCE_DAY
    elif not m.has("holiday"):
        holiday = nz.HIJRI_YEAR
    elif m.has("ordinal"):
        found = nz.holiday_anniversary(m.group("holiday"), int(m.group("ordinal")))
        return finish(m, fields(nz.day_value(found), "day")) if found is not None else None
    else:
        holiday = nz.holiday_of(m.group("holiday"))
        if holiday is None:
            return None
    reference = m.document.published
    anchored = False
    if m.has("year"):
        found = nz.holiday_in_year(holiday, int(m.group("year")))
    elif m.has("hyear"):
        found = nz.hijri_to_gregorian(int(m.group("hyear")), holiday[1], holiday[2] or 1)
    elif reference is None:
        return finish(m, fields(nz.unknown_value("year" if holiday[2] == 0 else "day"), "year" if holiday[2] == 0
                                else "day"))
    elif m.has("yrel"):
        found = nz.holiday_in_year(holiday, reference.year + (direction_of(m, m.group("yrel").split()[-1]) or 0))
        anchored = True
    elif m.has("hmonth"):
        found, anchored = nz.resolve_hijri_date(holiday[1], holiday[2], reference, tense_of(m, "nearest")), True
    else:
        tense = tense_of(m, "nearest")
        found = nz.holiday_in_year(holiday, reference.year) if m.group("rel").casefold() == "ini" \
            else nz.resolve_holiday(holiday, reference, tense)
        anchored = True
    if holiday[2] == 0:
        return finish(m, fields(f"{found.year:04d}", "year", anchored))
    return finish(m, fields(nz.day_value(found), "day", anchored))


# -- clock times -------------------------------------------------------------------

def clock_time(m: RuleMatch) -> Fields | None:
    """``pukul 14.00 WIB`` -> ``<date>T14:00+07:00``; the date is the publication date here
    and the date of the sentence once :mod:`.resolve` joins it. No zone, no offset."""
    time = nz.clock_value(int(m.group("hour")), int(m.group("minute") or 0),
                          m.group("part") if m.has("part") else None)
    if time is None:
        return None
    offset = nz.zone_offset(m.group("zone")) if m.has("zone") else None
    reference = m.document.published
    date = reference.isoformat() if reference else "XXXX-XX-XX"
    return finish(m, fields(f"{date}T{time}{offset or ''}", "time", reference is not None, timex_type="TIME"))


# -- durations and sets ----------------------------------------------------------------

def duration(m: RuleMatch) -> Fields | None:
    """``selama dua pekan`` -> ``P2W``; ``tiga jam`` -> ``PT3H`` (typed DURATION, not scored as a date)."""
    count = nz.number_value(m.group("amount"))
    unit_word = m.group("unit")
    value = nz.duration_value(count, unit_word) if count else None
    if value is None:
        return None
    granularity = {"jam": "time", "menit": "time", "detik": "time", "dekade": "decade"}.get(
        unit_word.casefold(), nz.unit_of(unit_word) or "day")
    return fields(value, granularity, timex_type="DURATION")


def recurrence(m: RuleMatch) -> Fields | None:
    """``setiap Senin`` -> ``XXXX-WXX-1``; ``setiap hari`` -> ``P1D``; ``tiap tahun`` -> ``P1Y`` (SET)."""
    if m.has("weekday"):
        return fields(f"XXXX-WXX-{nz.weekday_number(m.group('weekday')) + 1}", "day", timex_type="SET")
    unit_word = m.group("unit").casefold()
    unit_word = "hari" if unit_word in ("pagi", "siang", "sore", "malam") else unit_word
    value = nz.duration_value(1, unit_word)
    if value is None:
        return None
    return fields(value, nz.unit_of(unit_word) or "day", timex_type="SET")


_BY_NAME: dict[str, Callable[[RuleMatch], Fields | None]] = {
    "dates.calendar": calendar_date,
    "dates.weekday": weekday_date,
    "dates.relative": relative_date,
    "dates.year": year_date,
    "dates.modified": modified_date,
    "dates.century": century_date,
    "dates.year_part": year_part_date,
    "dates.holiday": holiday_date,
    "dates.clock": clock_time,
    "dates.duration": duration,
    "dates.set": recurrence,
}
FUNCTIONS = {name: _reading_groups_once(function) for name, function in _BY_NAME.items()}
"""The rule functions by the name rules give in ``function:``."""
