"""The generic properties pass for a well-behaved plugin and catch each kind of misbehaving one."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import Phase, find, settings

from claimkit.testing import GENERIC_PROPERTIES, articles
from claimkit.testing.properties import (
    assert_linear,
    deterministic,
    no_crash_on_arbitrary_text,
    no_crash_on_huge_line,
    prefix_shifts_offsets,
    quote_style_is_irrelevant,
    spans_are_exact,
    work,
    work_is_linear,
)

# A property expected to fail need not shrink its counterexample.
NO_SHRINKING = settings(phases=[Phase.explicit, Phase.reuse, Phase.generate])


@pytest.mark.parametrize("name", sorted(GENERIC_PROPERTIES))
def test_a_well_behaved_plugin_has_every_property(acronym_engine, name):
    GENERIC_PROPERTIES[name](acronym_engine)


def test_the_toy_rule_really_fires_on_generated_articles(acronym_engine):
    article = find(articles(kinds=("quote",)), lambda article: acronym_engine.extract(article.document())["claims"],
                   settings=NO_SHRINKING)
    assert "(" in article.text


def off_by_one(match):
    """A buggy function: its Span starts one character late."""
    span = match.span("acronym")
    return {"acronym": {**span, "start": span["start"] + 1}}


def test_a_span_that_does_not_match_the_text_is_caught(make_engine):
    rules = ACRONYM_FUNCTION_RULES.format(function="toy.off-by-one")
    engine = make_engine("toy-off-by-one", rules, functions={"toy.off-by-one": off_by_one})
    with pytest.raises(AssertionError, match=r"\$\.claims\[0\]\.fields\.acronym: span text"):
        spans_are_exact(engine, overrides=NO_SHRINKING)


def test_a_function_that_raises_on_odd_characters_is_caught(make_engine):
    def fragile(match):
        match.text.encode("utf-8")  # lone surrogates cannot be encoded
        return {"acronym": match.span("acronym")}

    engine = make_engine("toy-fragile", ACRONYM_FUNCTION_RULES.format(function="toy.fragile"),
                         functions={"toy.fragile": fragile})
    with pytest.raises(AssertionError, match="function toy.fragile raised UnicodeEncodeError"):
        no_crash_on_arbitrary_text(engine, overrides=NO_SHRINKING)


def test_output_that_changes_between_calls_is_caught(make_engine):
    calls = itertools.count()

    def counting(match):
        return {"acronym": match.span("acronym"), "seen": next(calls)}

    fields = {"type": "object", "required": ["acronym"]}
    engine = make_engine("toy-counting", ACRONYM_FUNCTION_RULES.format(function="toy.counting"),
                         functions={"toy.counting": counting}, fields=fields)
    with pytest.raises(AssertionError, match="different output"):
        deterministic(engine, overrides=NO_SHRINKING)


def test_a_rule_anchored_at_the_start_of_the_text_is_caught(make_engine, acronym_rules):
    rules = acronym_rules.replace("pattern: '", "pattern: '\\A(?s:.*?)")
    engine = make_engine("toy-anchored", rules)
    with pytest.raises(AssertionError, match="changed the claims beyond shifting them"):
        prefix_shifts_offsets(engine, overrides=NO_SHRINKING)


def test_a_rule_that_knows_only_straight_quotes_is_caught(make_engine):
    rules = """\
rules:
  - id: toy.quoted.straight
    type: acronym
    pattern: '"(?P<acronym>[^"\\n]+)"'
"""
    engine = make_engine("toy-straight", rules)
    with pytest.raises(AssertionError, match="curly quotes changed the claims"):
        quote_style_is_irrelevant(engine, overrides=NO_SHRINKING)


def test_a_document_step_that_compares_every_pair_of_claims_is_caught(make_engine):
    def pairwise(document, claims):
        for first, second in itertools.product(claims, claims):
            first.overlaps(second)

    rules = """\
rules:
  - id: toy.word.any
    type: acronym
    pattern: '(?P<acronym>\\b[A-Z][a-z]{3,}\\b)'
    triggers: [a, e, i, o, u]
"""
    engine = make_engine("toy-quadratic", rules, document_step=pairwise)
    with pytest.raises(AssertionError, match="work is not linear"):
        work_is_linear(engine, overrides=NO_SHRINKING)


def test_a_document_step_that_walks_the_text_between_every_pair_of_claims_is_caught(make_engine):
    """Few calls but a loop per pair: counting lines, not calls, is what sees it."""
    sentence_end = re.compile(r"[.!?]\s")

    def sentences_between_pairs(document, claims):
        for first, second in itertools.product(claims, claims):
            low, high = sorted((first.start, second.start))
            for _ in sentence_end.finditer(document.text, low, high):
                pass

    engine = make_engine("toy-walking", document_step=sentences_between_pairs)
    with pytest.raises(AssertionError, match="work is not linear"):
        work_is_linear(engine, overrides=NO_SHRINKING)


def test_work_counts_lines_not_time(acronym_engine):
    text = "Komisi Pemberantasan Korupsi (KPK) dan Badan Pusat Statistik (BPS). " * 20
    acronym_engine.extract(text)  # first use fills caches
    assert work(acronym_engine, text) == work(acronym_engine, text) > 0


def test_linear_costs_pass_and_quadratic_costs_fail():
    assert_linear({4: 400, 8: 800, 16: 1600})
    with pytest.raises(AssertionError):
        assert_linear({4: 16_000, 8: 64_000, 16: 256_000})


ACRONYM_FUNCTION_RULES = """\
rules:
  - id: toy.acronym.with-function
    type: acronym
    pattern: '\\((?P<acronym>[A-Z]{{2,6}})\\)'
    function: {function}
"""


def test_a_line_that_takes_too_long_fails_instead_of_hanging(make_engine):
    def crawl(document, claims):
        for _ in range(10**9):
            pass

    engine = make_engine("toy-crawling", document_step=crawl)
    with pytest.raises(AssertionError, match="did not finish within 0.5 s"):
        no_crash_on_huge_line(engine, size=1000, limit=0.5)
