"""The date pack's pure normalisation functions: Indonesian words and numbers to TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit.packs.dates import normalise as nz

DAYS = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))


# -- words -------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "month"), [
    ("Januari", 1), ("Djanuari", 1), ("Pebruari", 2), ("Febuari", 2), ("Mar", 3), ("Mei", 5), ("Djuni", 6),
    ("Djuli", 7), ("Agt", 8), ("Ags", 8), ("Agustus", 8), ("Sept.", 9), ("Okt", 10), ("Nopember", 11),
    ("Nop", 11), ("Des", 12), ("MARET", 3),
])
def test_month_names_abbreviations_and_old_spellings(word, month):
    assert nz.month_number(word) == month


@pytest.mark.parametrize(("word", "weekday"), [("Senin", 0), ("selasa", 1), ("Jum'at", 4), ("Jum’at", 4),
                                               ("Minggu", 6), ("Ahad", 6)])
def test_weekday_names(word, weekday):
    assert nz.weekday_number(word) == weekday


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3), ("dua", 2), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12), ("Dua puluh", 20),
    ("dua puluh lima", 25), ("seratus", 100), ("tiga ratus", 300), ("dua ratus lima puluh", 250), ("se", 1),
])
def test_number_words(text, value):
    assert nz.number_value(text) == value


@pytest.mark.parametrize("vague", ["beberapa", "puluhan", "belas", "dua puluhan", ""])
def test_vague_or_broken_counts_have_no_value(vague):
    assert nz.number_value(vague) is None


_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _spell(number: int) -> str:
    """Indonesian number words, written independently of the code under test."""
    hundreds, rest = divmod(number, 100)
    words = [] if not hundreds else ["seratus"] if hundreds == 1 else [_UNITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_UNITS[rest - 10], "belas"]
    elif rest >= 20:
        words += [_UNITS[rest // 10], "puluh"] + ([_UNITS[rest % 10]] if rest % 10 else [])
    elif rest:
        words.append(_UNITS[rest])
    return " ".join(words)


@given(st.integers(1, 999))
def test_every_spelled_number_reads_back(number):
    assert nz.number_value(_spell(number)) == number


@pytest.mark.parametrize(("text", "value"), [("III", 3), ("IV", 4), ("XXI", 21), ("IX", 9), ("pertama", 1),
                                             ("ketiga", 3), ("2", 2)])
def test_ordinals_of_quarters_halves_and_centuries(text, value):
    assert nz.ordinal_value(text) == value


def test_a_word_that_is_no_roman_numeral():
    assert nz.roman_value("IVa") is None


@pytest.mark.parametrize(("zone", "offset"), [("WIB", "+07:00"), ("WITA", "+08:00"), ("WIT", "+09:00"),
                                              ("wib", "+07:00"), ("GMT", "+00:00")])
def test_indonesian_time_zones(zone, offset):
    assert nz.zone_offset(zone) == offset


def test_local_time_has_no_offset():
    assert nz.zone_offset("waktu setempat") is None


# -- clock, years, values --------------------------------------------------------------


@pytest.mark.parametrize(("hour", "minute", "part", "value"), [
    (14, 0, None, "14:00"), (7, 0, "malam", "19:00"), (3, 30, "sore", "15:30"), (1, 0, "siang", "13:00"),
    (11, 0, "siang", "11:00"), (12, 0, "malam", "00:00"), (3, 5, "dini hari", "03:05"), (9, 0, "pagi", "09:00"),
])
def test_clock_times_on_the_24_hour_clock(hour, minute, part, value):
    assert nz.clock_value(hour, minute, part) == value


@pytest.mark.parametrize(("hour", "minute"), [(25, 0), (24, 30), (9, 60)])
def test_impossible_clock_times(hour, minute):
    assert nz.clock_value(hour, minute) is None


@pytest.mark.parametrize(("digits", "year"), [("21", 2021), ("98", 1998), ("2019", 2019), ("31", 2031)])
def test_two_digit_years_stay_within_ten_years_after_publication(digits, year):
    assert nz.full_year(digits, dt.date(2021, 3, 23)) == year


def test_day_first_numbers_mean_day_then_month():
    """22/3 is 22 March; 3/4 is 3 April, never 4 March (dateparser swaps such dates)."""
    assert nz.is_valid_date(2021, 3, 22) and not nz.is_valid_date(2021, 22, 3)
    assert nz.resolve_day_month(3, 4, dt.date(2021, 4, 10)) == dt.date(2021, 4, 3)


@pytest.mark.parametrize(("year", "value"), [(1990, "199X"), (2000, "200X"), (1970, "197X")])
def test_decades(year, value):
    assert nz.decade_value(year) == value


def test_centuries_are_named_by_their_first_two_digits():
    assert nz.century_value(21) == "20" and nz.century_value(9) == "08"


@pytest.mark.parametrize(("granularity", "value"), [("day", "XXXX-XX-XX"), ("week", "XXXX-WXX"),
                                                    ("month", "XXXX-XX"), ("year", "XXXX")])
def test_underspecified_values_without_a_publication_date(granularity, value):
    assert nz.unknown_value(granularity) == value


@pytest.mark.parametrize(("amount", "unit", "value"), [(2, "pekan", "P2W"), (3, "hari", "P3D"), (1, "tahun", "P1Y"),
                                                       (5, "jam", "PT5H"), (30, "menit", "PT30M"),
                                                       (1, "dekade", "P1DE")])
def test_durations(amount, unit, value):
    assert nz.duration_value(amount, unit) == value


def test_iso_weeks_across_the_year_boundary():
    assert nz.week_value(dt.date(2021, 1, 1)) == "2020-W53"
    assert nz.shifted_value(dt.date(2021, 12, 30), "week", 1) == "2022-W01"


@pytest.mark.parametrize(("value", "start", "granularity"), [
    ("2016", dt.date(2016, 1, 1), "year"), ("2016-03", dt.date(2016, 3, 1), "month"),
    ("2021-W12", dt.date(2021, 3, 22), "week"), ("2021-03-22", dt.date(2021, 3, 22), "day"),
    ("2021-03-22T14:00+07:00", dt.date(2021, 3, 22), "day"),
])
def test_values_read_back_as_their_first_day(value, start, granularity):
    assert nz.value_date(value) == (start, granularity)


@pytest.mark.parametrize("value", ["XXXX-03-22", "199X", "P2W", "2021-Q1", "2021-13"])
def test_values_without_a_first_day(value):
    assert nz.value_date(value) is None


# -- resolution against the publication date ----------------------------------------------


def test_year_boundary_correction_for_a_day_and_month_without_year():
    """A 2 January article's "28 Desember" is last year's; a 30 December article's "2 Januari" next year's."""
    assert nz.resolve_day_month(28, 12, dt.date(2018, 1, 2)) == dt.date(2017, 12, 28)
    assert nz.resolve_day_month(2, 1, dt.date(2021, 12, 30)) == dt.date(2022, 1, 2)


def test_tense_picks_the_occurrence():
    reference = dt.date(2017, 6, 8)
    assert nz.resolve_day_month(9, 11, reference, "future") == dt.date(2017, 11, 9)
    assert nz.resolve_day_month(9, 11, reference, "past") == dt.date(2016, 11, 9)
    assert nz.resolve_day_month(8, 6, reference, "past") == reference == nz.resolve_day_month(8, 6, reference, "future")


def test_29_february_takes_a_leap_year():
    assert nz.resolve_day_month(29, 2, dt.date(2021, 3, 1)) == dt.date(2020, 2, 29)


@given(DAYS, st.integers(1, 12), st.integers(1, 28))
def test_a_yearless_date_resolves_within_a_year_and_keeps_day_and_month(reference, month, day):
    resolved = nz.resolve_day_month(day, month, reference)
    assert (resolved.month, resolved.day) == (month, day)
    assert abs((resolved - reference).days) <= 366


@given(DAYS, st.integers(1, 12), st.integers(1, 28))
def test_news_prefers_the_past_when_both_readings_are_equally_near(reference, month, day):
    resolved = nz.resolve_day_month(day, month, reference)
    other = resolved.replace(year=resolved.year + (1 if resolved <= reference else -1))
    assert abs((resolved - reference).days) <= abs((other - reference).days) * nz.PAST_BIAS


def test_a_far_dated_weekday_picks_the_year_where_it_fits():
    """"Selasa (23/6)" in a 1 January 2010 article: 23 June 2009 was a Tuesday, 23 June 2010 is not."""
    assert nz.resolve_day_month_weekday(23, 6, 1, dt.date(2010, 1, 1)) == dt.date(2009, 6, 23)


def test_a_near_dated_weekday_keeps_its_date_even_when_the_weekday_is_wrong():
    """"Selasa (22/3)" in a 23 March 2021 article is 22 March 2021 (a Monday: the writer slipped)."""
    assert nz.resolve_day_month_weekday(22, 3, 1, dt.date(2021, 3, 23)) == dt.date(2021, 3, 22)


@given(DAYS, st.integers(0, 6))
def test_a_bare_weekday_in_news_is_the_last_one_on_or_before_publication(reference, weekday):
    day = nz.resolve_weekday(weekday, reference)
    assert day.weekday() == weekday and 0 <= (reference - day).days <= 6


@given(DAYS, st.integers(0, 6))
def test_weekday_with_lalu_or_depan_skips_the_publication_day(reference, weekday):
    before = nz.resolve_weekday(weekday, reference, "past", strict=True)
    after = nz.resolve_weekday(weekday, reference, "future", strict=True)
    assert 1 <= (reference - before).days <= 7 and 1 <= (after - reference).days <= 7


@given(DAYS, st.integers(0, 6), st.integers(-2, 2))
def test_weekday_of_a_week_stays_in_that_iso_week(reference, weekday, weeks):
    day = nz.weekday_in_week(weekday, reference, weeks)
    assert day.weekday() == weekday
    assert nz.week_value(day) == nz.week_value(reference + dt.timedelta(weeks=weeks))


@given(DAYS, st.integers(-400, 400))
def test_shifting_by_days_is_calendar_arithmetic(reference, days):
    assert nz.shifted_value(reference, "day", days) == (reference + dt.timedelta(days=days)).isoformat()


@given(DAYS, st.integers(-30, 30))
def test_shifting_by_months_keeps_month_arithmetic(reference, months):
    year, month = map(int, nz.shifted_value(reference, "month", months).split("-"))
    assert (year * 12 + month) - (reference.year * 12 + reference.month) == months


def test_a_month_without_year_is_the_nearest_fitting_the_tense():
    assert nz.resolve_month(1, dt.date(2021, 3, 23)) == 2021
    assert nz.resolve_month(10, dt.date(2015, 8, 25)) == 2015
    assert nz.resolve_month(12, dt.date(2018, 1, 5)) == 2017
    assert nz.resolve_month(10, dt.date(2015, 8, 25), "past") == 2014


# -- holidays and the Hijri calendar -------------------------------------------------------


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1438, 10, 1), "2017-06-25"), ((1436, 10, 1), "2015-07-17"), ((1438, 12, 10), "2017-09-01"),
    ((1437, 9, 1), "2016-06-06"), ((1438, 10, 2), "2017-06-26"),
])
def test_hijri_dates_follow_the_month_starts_indonesia_fixed(hijri, gregorian):
    assert nz.hijri_to_gregorian(*hijri).isoformat() == gregorian


def test_outside_the_listed_years_the_arithmetic_calendar_is_at_most_a_day_off():
    assert abs((nz.hijri_to_gregorian(1430, 10, 1) - dt.date(2009, 9, 20)).days) <= 1


@given(st.integers(1300, 1500), st.integers(1, 12), st.integers(1, 28))
def test_consecutive_hijri_days_are_consecutive_gregorian_days(year, month, day):
    assert (nz.hijri_to_gregorian(year, month, day + 1) - nz.hijri_to_gregorian(year, month, day)).days == 1


@given(st.integers(1900, 2099), st.sampled_from(sorted(nz.HOLIDAYS)))
def test_every_holiday_falls_in_the_year_asked_for(year, name):
    assert nz.holiday_in_year(nz.HOLIDAYS[name], year).year == year


@pytest.mark.parametrize(("word", "holiday"), [("Lebaran", ("hijri", 10, 1)), ("Idul  Fitri", ("hijri", 10, 1)),
                                               ("NATAL", ("gregorian", 12, 25)), ("Ramadhan", ("hijri", 9, 0))])
def test_holiday_names(word, holiday):
    assert nz.holiday_of(word) == holiday


@pytest.mark.parametrize(("word", "month"), [("Syawal", 10), ("Sya'ban", 8), ("Sya’ban", 8), ("Dzulhijjah", 12),
                                             ("rabiul  awal", 3)])
def test_hijri_month_names(word, month):
    assert nz.hijri_month_number(word) == month


@pytest.mark.parametrize(("tense", "expected"), [("past", "2017-06-25"), ("future", "2018-06-15"),
                                                 ("nearest", "2017-06-25")])
def test_the_lebaran_meant_depends_on_the_tense(tense, expected):
    assert nz.resolve_holiday(("hijri", 10, 1), dt.date(2017, 8, 10), tense).isoformat() == expected


def test_a_hijri_day_without_year_is_the_nearest_occurrence():
    assert nz.resolve_hijri_date(12, 10, dt.date(2017, 8, 20)).isoformat() == "2017-09-01"


@pytest.mark.parametrize(("ordinal", "day"), [(1, "1946-08-17"), (70, "2015-08-17"), (72, "2017-08-17")])
def test_an_independence_anniversary_counts_from_1945(ordinal, day):
    assert nz.independence_anniversary(ordinal).isoformat() == day


@pytest.mark.parametrize(("word", "ordinal", "day"), [("Hari Bhayangkara", 71, "2017-07-01"),
                                                      ("hari kemerdekaan", 72, "2017-08-17"),
                                                      ("Hari Sumpah Pemuda", 89, "2017-10-28")])
def test_a_national_day_anniversary_counts_from_the_event_it_remembers(word, ordinal, day):
    assert nz.holiday_anniversary(word, ordinal).isoformat() == day


def test_a_holiday_without_a_first_year_has_no_anniversary():
    assert nz.holiday_anniversary("Hari Buruh", 5) is None
    assert nz.holiday_anniversary("Natal", 5) is None


def test_every_numbered_national_day_is_a_holiday():
    assert all(nz.holiday_of(word) for word in nz.FIRST_YEARS)


@pytest.mark.parametrize(("granularity", "value"), [("year", "2017"), ("month", "2017-05"), ("week", "2017-W22"),
                                                    ("day", "2017-05-29")])
def test_a_day_valued_at_a_coarser_granularity(granularity, value):
    assert nz.value_at(dt.date(2017, 5, 29), granularity) == value
