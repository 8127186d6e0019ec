"""Properties of the installed packs on generated Indonesian news.

Two kinds. The generic properties (no crash, schema-valid, exact spans,
prefix shift, quote style, determinism, linear work) must hold for whatever
rules are installed. The accuracy properties compare what the packs extract
with what the generators of claimkit.testing planted, one pattern at a time;
a pattern a pack does not handle yet is marked xfail with the reason, so the
mark says what is missing and disappears (XPASS) once it is handled.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.testing import (
    DATE_FORMATS,
    GENERIC_PROPERTIES,
    QUOTE_PATTERNS,
    SANCTION_VOICES,
    articles,
    date_sentences,
    filler_sentences,
    missing_claims,
    quote_sentences,
    sanction_sentences,
)
from claimkit.testing.properties import same_output_across_processes

# Patterns the packs do not handle yet, with what goes wrong (checked against the packs as they are).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def accuracy_cases(claim_type: str, names: tuple[str, ...]) -> list:
    return [pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_GAPS[(claim_type, name)], strict=False))
            if (claim_type, name) in KNOWN_GAPS else name for name in names]


def assert_all_found(engine, generated, claim_type):
    record = engine.extract(generated.document())
    missing = missing_claims(generated, record, claim_type)
    assert not missing, f"in {generated.text!r} (published {generated.published}):\n" + "\n".join(missing)


# -- generic properties --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GENERIC_PROPERTIES))
def test_installed_packs_have_the_generic_property(engine, name):
    GENERIC_PROPERTIES[name](engine)


def test_output_does_not_depend_on_the_hash_seed():
    documents = []

    @settings(max_examples=8)
    @given(articles())
    def collect(article):
        documents.append(article)

    collect()
    same_output_across_processes(documents)


# -- accuracy: what the generators planted is found ---------------------------------------------


@pytest.mark.parametrize("pattern", accuracy_cases("quote", QUOTE_PATTERNS))
def test_planted_quotes_are_found(engine, pattern):
    @given(quote_sentences(patterns=(pattern,)))
    def found(generated):
        assert_all_found(engine, generated, "quote")

    found()


@pytest.mark.parametrize("date_format", accuracy_cases("date", tuple(DATE_FORMATS)))
def test_planted_dates_are_found_with_their_values(engine, date_format):
    @given(date_sentences(formats=(date_format,)))
    def found(generated):
        assert_all_found(engine, generated, "date")

    found()


@pytest.mark.parametrize("voice", accuracy_cases("sanction", tuple(SANCTION_VOICES)))
def test_planted_sanctions_are_found_with_their_roles(engine, voice):
    @given(sanction_sentences(voices=(voice,)))
    def found(generated):
        assert_all_found(engine, generated, "sanction")

    found()


@pytest.mark.parametrize("claim_type", ["quote", "date", "sanction"])
def test_whole_articles_keep_every_planted_claim(engine, claim_type):
    @given(articles(quote_patterns=tuple(p for p in QUOTE_PATTERNS if ("quote", p) not in KNOWN_GAPS)))
    def found(article):
        assert_all_found(engine, article, claim_type)

    found()


@given(st.lists(filler_sentences(), min_size=1, max_size=6))
def test_neutral_sentences_give_no_claim(engine, sentences):
    """Filler uses "kata sandi", "teguran tegas", "belum jelas", "dikenai sanksi administratif" on purpose."""
    text = " ".join(sentences)
    assert engine.extract(text, "2021-03-23")["claims"] == []
