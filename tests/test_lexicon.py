"""Lexicons are inlined as prefix trees: the same matches as the regex module's named lists."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from claimkit.lexicon import inline_leading_lexicon, inline_lexicons, lexicon_regex

# As the rule-file schema allows: at least one word, no empty word.
WORDS = st.lists(st.text(alphabet="abkn -.", min_size=1, max_size=6), min_size=1, max_size=12)


def test_a_lexicon_matches_its_longest_word_first():
    pattern = regex.compile(lexicon_regex(["kata", "katanya", "ujar"]))
    assert [match.group() for match in pattern.finditer("katanya ujarnya kata")] == ["katanya", "ujar", "kata"]


def test_shorter_words_are_tried_when_the_rest_of_the_pattern_fails():
    pattern = regex.compile(lexicon_regex(["kata", "katanya"]) + r"nya\b")
    assert pattern.fullmatch("katanya").group() == "katanya"


def test_special_characters_and_spaces_stay_literal_even_in_verbose_patterns():
    pattern = regex.compile(inline_lexicons(r"\L<marks>", {"marks": ["a.b", "c d", "(e)"]}), regex.VERBOSE)
    assert pattern.fullmatch("c d") and pattern.fullmatch("(e)") and not pattern.fullmatch("axb")


def test_an_empty_lexicon_matches_nothing():
    # Rule files cannot declare one (the schema says so); a plugin building patterns in code might.
    assert regex.compile(lexicon_regex([])).search("apa saja") is None


@given(words=WORDS, text=st.text(alphabet="abkn -.", max_size=40), ignore_case=st.booleans())
def test_matches_equal_the_named_list(words, text, ignore_case):
    flags = regex.IGNORECASE if ignore_case else 0
    named = regex.compile(r"(?:\L<words>)(?:n|\b)", flags, words=words)
    inlined = regex.compile(inline_lexicons(r"(?:\L<words>)(?:n|\b)", {"words": words}), flags)
    assert [match.span() for match in inlined.finditer(text)] == [match.span() for match in named.finditer(text)]


def test_a_lexicon_opening_the_pattern_is_inlined_and_others_stay_named():
    lexicons = {"months": ["Maret", "Mei"], "years": ["2020"]}
    inlined = inline_leading_lexicon(r"(?P<month>(?:\L<months>(?!\w)))\s\L<years>", lexicons)
    assert inlined == r"(?P<month>(?:(?:M(?:aret|ei))(?!\w)))\s\L<years>"
    assert inline_leading_lexicon(r"\d+ \L<months>", lexicons) == r"\d+ \L<months>"
