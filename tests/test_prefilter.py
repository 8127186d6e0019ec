"""The trigger prefilter never loses a match that the unfiltered rule would find."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.prefilter import TriggerIndex, leading_literals, minimal_triggers, pattern_literals, required_literals


def rules_the_prefilter_gets_wrong(engine: claimkit.Engine, text: str) -> list[str]:
    """Rules skipped although they match, and rules whose matches differ when tried only where
    their leading literals start."""
    active, starts = engine._triggers.scan(text)
    wrong = [rule.id for index, rule in enumerate(engine.rules) if index not in active and rule.compiled.search(text)]
    for index in active:
        rule = engine.rules[index]
        if rule.leading and starts is not None:
            found = [match.span() for match in engine.matches_at(rule, text, starts.get(index, []))]
            if found != [match.span() for match in rule.compiled.finditer(text)]:
                wrong.append(rule.id)
    return wrong


def test_required_literals_of_common_shapes():
    assert required_literals(r'"(?P<q>[^"]+)," kata (?P<s>\w+)', {}) == {'," kata'}
    assert required_literals(r"(?:kata|ujar)nya", {}) == {"katanya", "ujarnya"}
    assert required_literals(r"\L<verbs>\s+\w+", {"verbs": ["Ujar", "kata"]}) == {"ujar", "kata"}
    assert required_literals(r"(?<=pukul )\d+", {}) == {"pukul"}
    assert required_literals(r"\d+ (?:hari)? lalu", {}) == {"lalu", "hari lalu"}
    assert required_literals(r"\w+", {}) is None
    assert required_literals(r"(?<![\p{L}\pN-])(?:kata|ujar)(?!\p{L})", {}) == {"kata", "ujar"}
    assert required_literals(r"(?:kata|\w+)", {}) is None


def test_required_literals_read_what_only_the_regex_module_allows():
    # lookbehinds of varying width, and a group name used twice
    assert required_literals(r"(?<![0-9]\s?)Mei(?:(?P<y>\d{4})|, (?P<y>\d{2}))", {}) == {"mei"}
    # a single letter, digit or stop says nothing, a quotation mark does; spaces around a literal are dropped
    assert required_literals(r"[0-9]{2}", {}) is None
    assert required_literals(r"\d+[./]\d+", {}) is None
    assert required_literals(r'["“](?P<q>[^"”]+)', {}) == {'"', "“"}
    assert required_literals(r"\d+ itu", {}) == {"itu"}


def test_leading_literals_are_what_every_match_starts_with():
    assert leading_literals(r"(?<![\d.])(?P<m>\L<months>)(?!\w)", {"months": ["Maret", "Mei"]}) == {"maret", "mei"}
    assert leading_literals(r"\b(?:kata|ujar)nya\s+\w+", {}) == {"katanya", "ujarnya"}
    assert leading_literals(r"(?:kata|ujar)?nya", {}) == {"katanya", "ujarnya", "nya"}
    assert leading_literals(r"(?:(?P<a>kata)\w+|ujar)", {}) == {"kata", "ujar"}
    assert leading_literals(r"(?:kata|\w+)", {}) is None
    assert leading_literals(r"[0-9]{1,2} Maret", {}) is None
    assert leading_literals(r"\s+lalu", {}) is None


def spelt_out(pattern: str, lexicons: dict[str, list[str]]) -> str:
    """``pattern`` with each lexicon written out as an alternation of its words."""
    def alternation(match: regex.Match) -> str:
        words = lexicons.get(match.group(1))
        return "(?:" + "|".join(map(regex.escape, words)) + ")" if words else "(?!)"
    return regex.sub(r"\\L<(\w+)>", alternation, pattern)


LEXICONS = {"verbs": ["kata", "katanya", "ujar"], "menge": ["mengatakan", "mengungkapkan", "menegaskan"],
            "marks": ["(", "["], "empty": []}


@pytest.mark.parametrize("pattern", [
    r"\L<verbs>\s+\w+", r"\L<verbs>x|\L<verbs>y", r"\L<verbs>|\L<menge>", r"(?:\L<verbs>)?nya", r"\L<verbs>?x",
    r"(?i:\L<menge>) bahwa", r"\L<marks>\d+", r"\w+ \L<menge>", r"(?<=\L<verbs> )\d+", r"\L<empty>|kata",
    r"(?:a\L<marks>|b\L<marks>)+", r"\L<menge>(?:\s+\L<verbs>){1,3}",
])
def test_lexicons_read_once_give_the_literals_of_the_spelt_out_pattern(pattern):
    assert pattern_literals(pattern, LEXICONS) == pattern_literals(spelt_out(pattern, LEXICONS), {})


def test_every_installed_rule_gets_the_literals_of_its_spelt_out_pattern(engine):
    lexicons = engine.ruleset.lexicons
    for rule in engine.rules:
        verbose = bool(rule.compiled.flags & regex.VERBOSE)
        assert pattern_literals(rule.compiled.pattern, lexicons, verbose) == \
            pattern_literals(spelt_out(rule.compiled.pattern, lexicons), {}, verbose), rule.id


@given(leading=st.sets(st.text(alphabet="abk", min_size=2, max_size=3), min_size=1, max_size=4),
       text=st.text(alphabet="abkAB. ", max_size=30))
def test_trigger_index_reports_every_start_of_a_leading_literal(leading, text):
    index = TriggerIndex([("rule", frozenset(leading))], {"rule": frozenset(leading)})
    active, starts = index.scan(text)
    folded = text.casefold()
    expected = sorted(at for at in range(len(text)) if any(folded.startswith(word, at) for word in leading))
    assert starts is not None and starts.get("rule", []) == expected
    assert active == (["rule"] if expected else [])


def test_trigger_index_finds_overlapping_and_prefix_literals():
    index = TriggerIndex([("a", frozenset({"katanya"})), ("b", frozenset({"anya", "xyz"})),
                          ("c", frozenset({"sanksi"})), ("d", None)])
    assert index.active("Ucap KATANYA.") == ["a", "b", "d"]
    assert index.active("tidak ada") == ["d"]
    same_start = TriggerIndex([("short", frozenset({"kata"})), ("long", frozenset({"katanya"}))])
    assert same_start.active("Katanya begitu.") == ["short", "long"]


@given(literal_sets=st.lists(st.sets(st.text(alphabet="abk. ", min_size=1, max_size=4), max_size=4), max_size=6),
       text=st.text(alphabet="abkABK. ", max_size=30))
def test_trigger_index_agrees_with_a_substring_test_per_literal(literal_sets, text):
    index = TriggerIndex([(n, frozenset(literals) or None) for n, literals in enumerate(literal_sets)])
    folded = text.casefold()
    expected = [n for n, literals in enumerate(literal_sets)
                if not literals or any(word in folded for word in literals)]
    assert index.active(text) == expected


def test_literals_containing_another_literal_are_redundant():
    assert minimal_triggers({"agt.", "agt", "agustus", "agu", "mei"}) == ("agt", "agu", "mei")


def test_installed_rules_lose_nothing_on_the_sample_articles(engine):
    from pathlib import Path

    for path in (Path(__file__).resolve().parents[1] / "samples").glob("*.txt"):
        assert rules_the_prefilter_gets_wrong(engine, path.read_text(encoding="utf-8")) == []


def test_installed_rules_lose_nothing_on_real_news(engine, shared_dir):
    with gzip.open(shared_dir / "corpus" / "indonews.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, 4625, 5):
            text = json.loads(line)["text"]
            assert rules_the_prefilter_gets_wrong(engine, text) == []


def _vocabulary() -> list[str]:
    engine = claimkit.Engine()
    words = {word for words in engine.ruleset.lexicons.values() for word in words}
    words |= {literal for rule in engine.rules if rule.triggers for literal in rule.triggers}
    return sorted(words) or ["kata"]


_WORDS = _vocabulary()
_pieces = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from([" ", ", ", '"', "“", "”", ". ", "(", ")", "/", "-", "\n", "22", "2021", "3"]),
    st.text(max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=40).map("".join))
def test_installed_rules_lose_nothing_on_generated_text(engine, text):
    assert rules_the_prefilter_gets_wrong(engine, text) == []
