"""Pure calendar arithmetic behind date values: words and numbers in, TIMEX3 values out.

Nothing here sees a regex match or the engine, so every function is a plain unit
to test. The value conventions (``docs/dates.md``): day ``2021-03-22``, month
``2021-03``, year ``2021``, ISO week ``2021-W12``, weekend ``2021-W12-WE``,
quarter ``2021-Q1``, half year ``2021-H1``, decade ``197X``, century ``20``,
clock time ``2021-03-22T14:00+07:00``; an ``X`` stands for every digit no anchor
could resolve (``XXXX-03-22``, ``XXXX-WXX-1``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Tense = Literal["past", "future", "nearest"]
"""Which occurrence of an underspecified date is meant, seen from the reference date:
the last one on or before it, the first one on or after it, or the closer of the two."""

Unit = Literal["day", "week", "month", "year", "decade"]

_MONTHS = {"jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
           "ags": 8, "sep": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12}
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
_DIGIT_WORDS = {"nol": 0, "se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11}
_ORDINAL_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1, "dua": 2,
                  "tiga": 3, "empat": 4}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_UNITS: dict[str, Unit] = {"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
                           "dekade": "decade"}
_DURATION_UNITS = {"hari": "D", "pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y", "dekade": "DE",
                   "jam": "TH", "menit": "TM", "detik": "TS"}
_ZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "gmt": "+00:00", "utc": "+00:00"}
_AFTERNOON = {"siang": (1, 5), "sore": (1, 11), "petang": (1, 11), "malam": (6, 11)}


# -- words ------------------------------------------------------------------

def month_number(word: str) -> int | None:
    """``Maret``, ``Mar.``, ``Pebruari``, ``Nopember``, ``Djanuari`` -> 1..12 (old ``dj`` spells ``j``)."""
    key = word.casefold().rstrip(".")
    if key.startswith("dj"):
        key = key[1:]
    return _MONTHS.get(key[:3])


def weekday_number(word: str) -> int | None:
    """``Senin`` -> 0 ... ``Minggu``/``Ahad`` -> 6 (Python's ``date.weekday()``); ``Jum'at`` too."""
    return _WEEKDAYS.get(word.casefold().replace("'", "").replace("\u2019", ""))


def unit_of(word: str) -> Unit | None:
    """``hari``, ``pekan``/``minggu`` (lowercase minggu is a week), ``bulan``, ``tahun``, ``dekade``."""
    return _UNITS.get(word.casefold())


def duration_value(amount: int, unit_word: str) -> str | None:
    """ISO 8601 / TIMEX3 duration: ``dua pekan`` -> ``P2W``, ``tiga jam`` -> ``PT3H``, ``satu dekade`` -> ``P1DE``."""
    designator = _DURATION_UNITS.get(unit_word.casefold())
    if designator is None:
        return None
    return f"PT{amount}{designator[1]}" if designator.startswith("T") else f"P{amount}{designator}"


def number_value(text: str) -> int | None:
    """Digits or Indonesian number words: ``12``, ``dua belas``, ``dua puluh lima``, ``seratus``, ``se``.

    ``se`` is the prefix of ``setahun``/``sebulan``/``sepekan`` (one). Anything else
    (``beberapa``, ``puluhan``) is vague and gives ``None``.
    """
    words = text.casefold().split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    total = current = 0
    for word in words:
        if word in _DIGIT_WORDS:
            current += _DIGIT_WORDS[word]
        elif word == "belas" and 0 < current < 10:
            current += 10
        elif word == "puluh" and 0 < current < 10:
            current *= 10
        elif word in ("ratus", "seratus"):
            total += (current or 1) * 100 if word == "ratus" else 100
            current = 0
        else:
            return None
    return total + current if words else None


def ordinal_value(text: str) -> int | None:
    """The index in ``kuartal III``, ``semester 2``, ``triwulan pertama``, ``abad ke-21``, ``abad XXI``."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.casefold() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text.casefold()]
    return roman_value(text)


def roman_value(text: str) -> int | None:
    """``XXI`` -> 21; ``None`` for anything that is not a Roman numeral up to C."""
    if not text or any(char not in _ROMAN for char in text):
        return None
    values = [_ROMAN[char] for char in text]
    return sum(-value if index + 1 < len(values) and value < values[index + 1] else value
               for index, value in enumerate(values))


def zone_offset(zone: str) -> str | None:
    """``WIB`` +07:00, ``WITA`` +08:00, ``WIT`` +09:00, ``GMT``/``UTC`` +00:00; ``waktu setempat`` has none."""
    return _ZONES.get(zone.casefold())


# -- numbers to calendar values ----------------------------------------------

def full_year(digits: str, reference: dt.date | None) -> int:
    """A four-digit year as is; a two-digit one in the century that keeps it at most ten years
    after the reference (``21`` -> 2021, ``98`` -> 1998), so ``22/3/21`` reads as 2021."""
    if len(digits) != 2:
        return int(digits)
    pivot = (reference.year if reference else 2000) % 100 + 10
    return 2000 + int(digits) if int(digits) <= pivot else 1900 + int(digits)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_valid_date(year: int, month: int, day: int) -> bool:
    """A table lookup, not ``calendar.monthrange``: this runs for every day-month match."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= _MONTH_DAYS[month - 1] or (month == 2 and day == 29 and calendar.isleap(year))


def could_be_date(month: int, day: int) -> bool:
    """True when some year has this day and month (29 February included)."""
    return is_valid_date(2000, month, day)


def clock_value(hour: int, minute: int, part_of_day: str | None = None) -> str | None:
    """``HH:MM`` on the 24-hour clock; ``pukul 7 malam`` is 19:00, ``pukul 3 sore`` 15:00,
    ``pukul 12 malam`` midnight. ``None`` for an impossible time (``pukul 25.70``)."""
    part = (part_of_day or "").casefold()
    if part in _AFTERNOON and _AFTERNOON[part][0] <= hour <= _AFTERNOON[part][1]:
        hour += 12
    elif part == "malam" and hour == 12:
        hour = 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59) or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


# -- values ------------------------------------------------------------------

def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """The ISO week holding ``day`` (``2021-W12``); early January may belong to the year before."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def value_at(day: dt.date, granularity: str) -> str:
    """The value of the day, week, month or year holding ``day`` (``2017-05-29``, month ->
    ``2017-05``): a date counted from a coarser one is known no finer than that one."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return month_value(day.year, day.month)
    return week_value(day) if granularity == "week" else day_value(day)


def decade_value(year: int) -> str:
    """``1990`` (from ``1990-an`` or ``90-an``) -> ``199X``."""
    return f"{year // 10:03d}X"


def century_value(ordinal: int) -> str:
    """TIMEX3 names a century by its first two digits: ``abad ke-21`` (2001-2100) -> ``20``."""
    return f"{ordinal - 1:02d}"


def unknown_value(granularity: str) -> str:
    """The fully underspecified value of a granularity, for a relative date with no anchor."""
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXXX"}[granularity]


# -- resolution against a reference date -------------------------------------

def _pick(candidates: list[dt.date], reference: dt.date, tense: Tense) -> dt.date | None:
    if tense == "past":
        earlier = [day for day in candidates if day <= reference]
        return max(earlier) if earlier else None
    if tense == "future":
        later = [day for day in candidates if day >= reference]
        return min(later) if later else None
    return min(candidates, key=lambda day: (_distance(day, reference), day > reference), default=None)


PAST_BIAS = 1.1
"""News mostly reports the past: a future reading must be this many times nearer to win."""


def _distance(day: dt.date, reference: dt.date) -> float:
    days = (day - reference).days
    return days * PAST_BIAS if days > 0 else -days


def resolve_day_month(day: int, month: int, reference: dt.date, tense: Tense = "nearest") -> dt.date | None:
    """The year of a day and month stated without one (``28 Desember``), seen from ``reference``.

    ``nearest`` (with a past bias, :data:`PAST_BIAS`) makes a 2 January article's
    ``28 Desember`` the previous year's and a June article's ``22 Oktober`` this year's; ``past``
    and ``future`` follow tense words (``lalu``, ``mendatang``). 29 February picks the
    nearest leap year of the three around the reference, else ``None``.
    """
    candidates = [dt.date(year, month, day) for year in range(reference.year - 1, reference.year + 2)
                  if is_valid_date(year, month, day)]
    return _pick(candidates, reference, tense)


WEEKDAY_TRUST_DAYS = 45
"""A dated weekday this close to publication keeps its nearest year even when the weekday
does not fit (a slip of the writer, flagged as ``weekday_conflict``); further away, where
the previous and the next year are about as near, the stated weekday picks the year."""


def resolve_day_month_weekday(day: int, month: int, weekday: int, reference: dt.date) -> dt.date | None:
    """The year of ``Selasa (23/6)`` without a year: the nearest such date, unless it lies more
    than :data:`WEEKDAY_TRUST_DAYS` away and exactly one of the nearest earlier and later
    occurrences falls on the stated weekday."""
    nearest = resolve_day_month(day, month, reference, "nearest")
    if nearest is None or abs((nearest - reference).days) <= WEEKDAY_TRUST_DAYS:
        return nearest
    around = [resolve_day_month(day, month, reference, tense) for tense in ("past", "future")]
    fitting = [candidate for candidate in around if candidate is not None and candidate.weekday() == weekday]
    return fitting[0] if len(fitting) == 1 else nearest


def resolve_month(month: int, reference: dt.date, tense: Tense = "nearest") -> int:
    """The year of a month named without one (``bulan Januari``): ``nearest`` gives a March
    article's ``Januari`` this year and an August article's ``Oktober`` this year too."""
    candidates = [dt.date(year, month, 1) for year in range(reference.year - 1, reference.year + 2)]
    chosen = _pick(candidates, reference.replace(day=1), tense)
    return chosen.year if chosen else reference.year


def resolve_weekday(weekday: int, reference: dt.date, tense: Tense = "past", strict: bool = False) -> dt.date:
    """A weekday named without a date (``pada Senin``): in news reporting the last one on or
    before the reference; ``future`` the next one on or after it. ``strict`` skips the
    reference day itself (``Senin lalu`` written on a Monday is a week ago)."""
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if strict:
        back, forward = back or 7, forward or 7
    if tense == "future" or (tense == "nearest" and forward < back):
        return reference + dt.timedelta(days=forward)
    return reference - dt.timedelta(days=back)


def weekday_in_week(weekday: int, reference: dt.date, weeks: int = 0) -> dt.date:
    """The given weekday of the ISO week ``weeks`` away from the reference's
    (``Minggu pekan lalu``: weekday 6, weeks -1)."""
    monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=weeks)
    return monday + dt.timedelta(days=weekday)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def shifted_value(reference: dt.date, unit: Unit, amount: int) -> str:
    """The value ``amount`` units away from ``reference`` at that unit's granularity:
    ``kemarin`` (day, -1), ``pekan lalu`` (week, -1) -> ``2021-W11``, ``dua tahun lalu``."""
    if unit == "day":
        return day_value(reference + dt.timedelta(days=amount))
    if unit == "week":
        return week_value(reference + dt.timedelta(weeks=amount))
    if unit == "month":
        return month_value(*add_months(reference.year, reference.month, amount))
    if unit == "year":
        return f"{reference.year + amount:04d}"
    return decade_value(reference.year + 10 * amount)


def value_date(value: str) -> tuple[dt.date, str] | None:
    """The first day a fully resolved value covers and its granularity (``2016-03`` ->
    1 March 2016, month); ``None`` for values with ``X`` or outside day/week/month/year."""
    head = value.split("T", 1)[0]
    try:
        if len(head) == 4 and head.isdigit():
            return dt.date(int(head), 1, 1), "year"
        if len(head) == 7 and head[4] == "-" and head[5:].isdigit():
            return dt.date(int(head[:4]), int(head[5:]), 1), "month"
        if len(head) == 8 and head[4:6] == "-W":
            return dt.date.fromisocalendar(int(head[:4]), int(head[6:]), 1), "week"
        if len(head) == 10:
            return dt.date.fromisoformat(head), "day"
    except ValueError:
        return None
    return None


# -- holidays and the Hijri calendar -------------------------------------------

_HIJRI_MONTHS = {"muharram": 1, "muharam": 1, "safar": 2, "rabiul awal": 3, "rabiul akhir": 4, "jumadil awal": 5,
                 "jumadil akhir": 6, "rajab": 7, "syaban": 8, "ramadan": 9, "ramadhan": 9, "syawal": 10,
                 "zulkaidah": 11, "dzulqaidah": 11, "zulhijah": 12, "zulhijjah": 12, "dzulhijjah": 12}

_MONTH_STARTS_IN_INDONESIA = {
    9: ("2012-07-21", "2013-07-10", "2014-06-29", "2015-06-18", "2016-06-06", "2017-05-27", "2018-05-17",
        "2019-05-06", "2020-04-24", "2021-04-13", "2022-04-03", "2023-03-23", "2024-03-12", "2025-03-01"),
    10: ("2012-08-19", "2013-08-08", "2014-07-28", "2015-07-17", "2016-07-06", "2017-06-25", "2018-06-15",
         "2019-06-05", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-22", "2024-04-10", "2025-03-31"),
    12: ("2012-10-17", "2013-10-06", "2014-09-26", "2015-09-15", "2016-09-03", "2017-08-23", "2018-08-13",
         "2019-08-02", "2020-07-22", "2021-07-11", "2022-07-01", "2023-06-20", "2024-06-08", "2025-05-28"),
}
"""First days of Ramadan, Syawal and Zulhijah of the Hijri years 1433-1446 (2012-2025) as
Indonesia's government fixed them after sighting the moon (sidang isbat). Outside these
the arithmetic calendar of :func:`hijri_to_gregorian` is used, which is one day off in
about half the years; the holidays news dates by these months (1 Ramadan, Idul Fitri,
Idul Adha) are the ones that need the day right."""

_FIRST_LISTED_HIJRI_YEAR = 1433

HOLIDAYS: dict[str, tuple[str, int, int]] = {
    "natal": ("gregorian", 12, 25), "tahun baru": ("gregorian", 1, 1),
    "lebaran": ("hijri", 10, 1), "idul fitri": ("hijri", 10, 1), "idulfitri": ("hijri", 10, 1),
    "idul adha": ("hijri", 12, 10), "iduladha": ("hijri", 12, 10),
    "ramadan": ("hijri", 9, 0), "ramadhan": ("hijri", 9, 0),
    "hari kemerdekaan": ("gregorian", 8, 17), "hari pahlawan": ("gregorian", 11, 10),
    "hari kartini": ("gregorian", 4, 21), "hari sumpah pemuda": ("gregorian", 10, 28),
    "hari buruh": ("gregorian", 5, 1), "hari buruh internasional": ("gregorian", 5, 1),
    "hari pendidikan nasional": ("gregorian", 5, 2), "hari kebangkitan nasional": ("gregorian", 5, 20),
    "hari lahir pancasila": ("gregorian", 6, 1), "hari kesaktian pancasila": ("gregorian", 10, 1),
    "hari bhayangkara": ("gregorian", 7, 1), "hari anak nasional": ("gregorian", 7, 23),
    "hari guru nasional": ("gregorian", 11, 25), "hari ibu": ("gregorian", 12, 22),
}
"""Each holiday name of the ``dates_holidays`` lexicon: its calendar, month and day; day 0
is a whole month (Ramadan), a period TIMEX3 cannot write, valued by the Gregorian year
that holds its first day. National days are fixed days of the Gregorian calendar."""

FIRST_YEARS: dict[str, int] = {
    "hari kemerdekaan": 1945, "hari pahlawan": 1945, "hari kartini": 1879, "hari sumpah pemuda": 1928,
    "hari kebangkitan nasional": 1908, "hari lahir pancasila": 1945, "hari kesaktian pancasila": 1965,
    "hari bhayangkara": 1946, "hari anak nasional": 1984, "hari guru nasional": 1945, "hari ibu": 1928,
}
"""The year of the event a national day remembers, which its anniversary number counts from
(``Hari Bhayangkara ke-71``: 1946 + 71 = 2017). Days whose numbering news does not agree on
are left out, so an anniversary number after them gives no claim."""


HIJRI_YEAR = ("hijri", 9, 0)
"""A Hijri year on its own (``1437 H``) is valued as its Ramadan is, by the Gregorian year that
holds Ramadan's first day: Ramadan, Lebaran and the hajj, what news dates by the Hijri year, fall
in that Gregorian year (1436 H: October 2014 to October 2015, Ramadan in June 2015)."""

INDEPENDENCE_DAY = ("gregorian", 8, 17)
"""Indonesia's independence day, 17 August, first celebrated in 1945."""


def independence_anniversary(ordinal: int) -> dt.date:
    """``HUT RI ke-72`` -> 17 August 2017: the 72nd anniversary of 17 August 1945."""
    return dt.date(1945 + ordinal, 8, 17)


def holiday_anniversary(word: str, ordinal: int) -> dt.date | None:
    """``Hari Pahlawan ke-72`` -> 10 November 2017: the day in the year ``ordinal`` years after the
    event it remembers (:data:`FIRST_YEARS`); None for a holiday without such a year."""
    first, holiday = FIRST_YEARS.get(_key(word)), holiday_of(word)
    if first is None or holiday is None:
        return None
    return dt.date(first + ordinal, holiday[1], holiday[2])


def _key(word: str) -> str:
    return " ".join(word.casefold().replace("'", "").replace("\u2019", "").split())


def hijri_month_number(word: str) -> int | None:
    """``Syawal`` -> 10, ``Sya'ban`` -> 8, ``Dzulhijjah`` -> 12."""
    return _HIJRI_MONTHS.get(_key(word))


def holiday_of(word: str) -> tuple[str, int, int] | None:
    """``Idul Fitri`` -> ``("hijri", 10, 1)``; ``Natal`` -> ``("gregorian", 12, 25)``."""
    return HOLIDAYS.get(_key(word))


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri date (``1 Syawal 1438`` -> 25 June 2017): Indonesia's
    own month start where listed (:data:`_MONTH_STARTS_IN_INDONESIA`), else the arithmetic
    (tabular) Islamic calendar, epoch 16 July 622."""
    listed = _MONTH_STARTS_IN_INDONESIA.get(month, ())
    index = year - _FIRST_LISTED_HIJRI_YEAR
    if 0 <= index < len(listed):
        return dt.date.fromisoformat(listed[index]) + dt.timedelta(days=day - 1)
    julian_day = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return dt.date.fromordinal(julian_day - 1721425)


def holiday_in_year(holiday: tuple[str, int, int], year: int) -> dt.date:
    """The day a holiday falls on in a Gregorian year (its first day for a month such as
    Ramadan). A Hijri year is 11 days shorter, so a Gregorian year nearly always holds one
    occurrence; in the rare year with two, the first."""
    calendar_name, month, day = holiday
    if calendar_name == "gregorian":
        return dt.date(year, month, day)
    days = [hijri_to_gregorian(hijri_year, month, day or 1) for hijri_year in _hijri_years_around(year)]
    return min(found for found in days if found.year == year)


def _hijri_years_around(year: int) -> range:
    """The Hijri years that overlap a Gregorian year (33 Hijri years take about 32 Gregorian)."""
    guess = round((year - 622) * 33 / 32)
    return range(guess - 1, guess + 2)


def resolve_hijri_date(month: int, day: int, reference: dt.date, tense: Tense = "nearest") -> dt.date:
    """A Hijri day stated without its year (``10 Zulhijah``): the occurrence around ``reference``
    that ``tense`` picks, as :func:`resolve_day_month` does for a Gregorian day and month."""
    candidates = [hijri_to_gregorian(hijri_year, month, day) for hijri_year in _hijri_years_around(reference.year)]
    return _pick(candidates, reference, tense) or candidates[1]


def resolve_holiday(holiday: tuple[str, int, int], reference: dt.date, tense: Tense = "nearest") -> dt.date:
    """The occurrence of a holiday meant by ``Lebaran lalu`` (``past``), ``Natal mendatang``
    (``future``) or ``Lebaran tahun ini``-style readings around ``reference``."""
    candidates = [holiday_in_year(holiday, year) for year in range(reference.year - 1, reference.year + 2)]
    return _pick(candidates, reference, tense) or holiday_in_year(holiday, reference.year)
