"""The trigger prefilter never loses a match that the unfiltered rule would find."""

from __future__ import annotations

import gzip
import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.prefilter import TriggerIndex, minimal_triggers, required_literals


def skipped_rules_that_match(engine: claimkit.Engine, text: str) -> list[str]:
    active = set(engine._triggers.active(text))
    return [rule.id for index, rule in enumerate(engine.rules) if index not in active and rule.compiled.search(text)]


def test_required_literals_of_common_shapes():
    assert required_literals(r'"(?P<q>[^"]+)," kata (?P<s>\w+)', {}) == {'," kata '}
    assert required_literals(r"(?:kata|ujar)nya", {}) == {"katanya", "ujarnya"}
    assert required_literals(r"\L<verbs>\s+\w+", {"verbs": ["Ujar", "kata"]}) == {"ujar", "kata"}
    assert required_literals(r"(?<=pukul )\d+", {}) == {"pukul "}
    assert required_literals(r"\d+ (?:hari)? lalu", {}) == {"  lalu", " hari lalu"}
    assert required_literals(r"\w+", {}) is None
    assert required_literals(r"(?<![\p{L}\pN-])(?:kata|ujar)(?!\p{L})", {}) == {"kata", "ujar"}
    assert required_literals(r"(?:kata|\w+)", {}) is None


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
        assert skipped_rules_that_match(engine, path.read_text(encoding="utf-8")) == []


def test_installed_rules_lose_nothing_on_real_news(engine, shared_dir):
    with gzip.open(shared_dir / "corpus" / "indonews.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, 4625, 5):
            text = json.loads(line)["text"]
            assert skipped_rules_that_match(engine, text) == []


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
    assert skipped_rules_that_match(engine, text) == []
