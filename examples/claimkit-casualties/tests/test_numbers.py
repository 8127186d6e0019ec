"""parse_count reads the numbers the rules capture. (The rules themselves are tested from their
inline examples by claimkit's pytest plugin: see claimkit_plugins in pyproject.toml.)"""

from pathlib import Path

import pytest
import yaml

import claimkit_casualties
from claimkit_casualties.numbers import parse_count


@pytest.mark.parametrize("text, value", [
    ("12", 12),
    ("1.205", 1205),
    ("dua", 2),
    ("sebelas", 11),
    ("dua belas", 12),
    ("dua puluh lima", 25),
    ("Tiga Puluh", 30),
    ("seratus dua puluh tiga", 123),
    ("seribu lima ratus", 1500),
    ("dua ribu tujuh", 2007),
])
def test_numbers_in_digits_and_words(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["puluhan", "ratusan", "dua tiga", "belas", "1,5", "", "dua ribu tiga ribu"])
def test_vague_or_malformed_quantities_are_not_numbers(text):
    assert parse_count(text) is None


def test_every_number_word_the_rules_match_has_a_value():
    rules = yaml.safe_load((Path(claimkit_casualties.__file__).parent / "rules" / "casualties.yaml").read_text())
    words = rules["lexicons"]["casualties_number_words"]
    multipliers = {"belas", "puluh", "ratus", "ribu"}
    assert all(parse_count(word) is not None for word in words if word not in multipliers)
    assert all(parse_count(f"dua {word}") is not None for word in multipliers)
