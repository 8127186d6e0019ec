"""Every word the date rules match has a meaning in the Python that normalises it.

The word lists live in ``rules/dates/00-vocabulary.yaml``; what a word means (month 3,
offset -1, mod START) lives in ``normalise.py`` and ``functions.py``. These tests keep the
two in step, so a word added to a list cannot silently normalise to nothing.
"""

from __future__ import annotations

import pytest

import claimkit
from claimkit.packs.dates import normalise as nz
from claimkit.packs.dates.functions import FUNCTIONS, MODS


@pytest.fixture(scope="module")
def engine() -> claimkit.Engine:
    return claimkit.Engine(allow=["claimkit.dates"])


@pytest.mark.parametrize("lexicon", ["dates_month_names", "dates_month_abbrevs"])
def test_every_month_word_names_a_month(engine, lexicon):
    assert all(nz.month_number(word) for word in engine.lexicon(lexicon))


@pytest.mark.parametrize("lexicon", ["dates_weekdays", "dates_weekdays_lowercase"])
def test_every_weekday_word_names_a_weekday(engine, lexicon):
    assert all(nz.weekday_number(word) is not None for word in engine.lexicon(lexicon))


def test_every_number_word_has_a_value(engine):
    assert all(nz.number_value(word) for word in engine.lexicon("dates_number_words"))


def test_every_modifier_has_a_timex_mod(engine):
    assert {word.casefold() for word in engine.lexicon("dates_mod_words")} == set(MODS)


def test_every_relative_unit_is_a_calendar_unit(engine):
    assert all(nz.unit_of(word) for word in engine.lexicon("dates_relative_units"))


def test_every_duration_unit_has_an_iso_designator(engine):
    assert all(nz.duration_value(2, word) for word in engine.lexicon("dates_duration_units"))


def test_every_holiday_name_has_a_calendar_date(engine):
    assert all(nz.holiday_of(word) for word in engine.lexicon("dates_holidays"))


def test_every_hijri_month_name_names_a_month(engine):
    assert all(nz.hijri_month_number(word) for word in engine.lexicon("dates_hijri_months"))


def test_every_zone_has_an_offset(engine):
    assert all(nz.zone_offset(word) for word in engine.lexicon("dates_zones"))


def test_the_pack_registers_exactly_the_functions_its_rules_use(engine):
    used = {rule.function_name for rule in engine.rules if rule.plugin == "claimkit.dates"}
    assert used == set(FUNCTIONS)


def test_only_the_rule_anchored_on_digits_skips_the_prefilter(engine):
    """A digit is in nearly every news text: searching for one costs more than
    running the rule, so rules that need nothing longer run on every document (docs/dates.md)."""
    unfiltered = {rule.id for rule in engine.rules if rule.plugin == "claimkit.dates" and rule.triggers is None}
    assert unfiltered == {"dates.calendar.day-month"}
