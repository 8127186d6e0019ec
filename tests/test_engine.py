"""The engine on awkward input: nothing crashes, nothing is lost, output is exact and repeatable."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit import Document, hookimpl

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sanksi-kapal-tanker.id.txt"


def all_spans(value):
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for item in value.values():
            yield from all_spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_spans(item)


@pytest.mark.parametrize("text", [
    "",
    "\x00\x00 kata \x00",
    "\ud800 lone surrogate \udfff kata Budi",
    "“" * 1000,
    "Senin (22/3/2021) " * 2000,
])
def test_awkward_text_never_crashes_and_stays_valid(engine, text):
    record = engine.extract(Document(text, "odd", published="2021-03-23"))
    assert record["doc_id"] == "odd"
    assert list(engine.validator.record_errors(record)) == []
    for span in all_spans(record["claims"]):
        assert text[span["start"]:span["end"]] == span["text"]


def test_ten_megabyte_single_line(engine):
    line = SAMPLE.read_text(encoding="utf-8").replace("\n", " ")
    text = (line * (10_000_000 // len(line) + 1))[:10_000_000]
    record = engine.extract(Document(text, "big", published="2021-04-15"))
    # On a slow or loaded machine a whole-line regex search may hit the timeout: that must be an
    # error entry naming the rule, never a crash or a hang.
    assert all("timed out" in error["message"] and error["rule"] for error in record["errors"])
    assert len(record["claims"]) > 1000
    assert list(engine.validator.record_errors(record)) == []
    assert all(text[c["span"]["start"]:c["span"]["end"]] == c["span"]["text"] for c in record["claims"])


def test_same_input_gives_the_same_bytes(engine):
    from claimkit.corpus import dump_record

    text = SAMPLE.read_text(encoding="utf-8")
    first = dump_record(engine.extract(Document(text, "a", published="2021-04-15")))
    again = dump_record(claimkit.Engine().extract(Document(text, "a", published="2021-04-15")))
    assert first == again


def test_claim_ids_follow_document_order(engine):
    record = engine.extract(Document(SAMPLE.read_text(encoding="utf-8"), "a", published="2021-04-15"))
    starts = [claim["span"]["start"] for claim in record["claims"]]
    assert starts == sorted(starts)
    assert [claim["id"] for claim in record["claims"]] == [f"c{n}" for n in range(1, len(starts) + 1)]


def test_one_off_extract_helper():
    record = claimkit.extract("Rapat digelar pada 22 Maret 2021.", published="2021-03-23")
    assert record["published"] == "2021-03-23"
    assert any(claim["type"] == "date" for claim in record["claims"])


@pytest.mark.parametrize(("pattern", "leading", "text"), [
    ("(?:x+x+)+y", None, "x" * 5000),  # no leading word: the whole text is searched
    ("kata(?:x+x+)+y", {"kata"}, "Ia kata" + "x" * 5000),  # tried only where "kata" starts
], ids=["searched", "placed"])
def test_a_slow_regex_times_out_into_an_error_entry(tmp_path, pattern, leading, text):
    rules = tmp_path / "slow.yaml"
    rules.write_text(
        "rules:\n"
        "  - id: local.slow\n"
        "    type: date\n"
        f"    pattern: '{pattern}'\n"
        "    triggers: [x]\n"
        "    fields: {value: X, timex_type: DATE, granularity: day, anchored: false, weekday_conflict: false}\n",
        encoding="utf-8")
    engine = claimkit.Engine(allow=["claimkit.dates"], rule_files=[rules], timeout=0.05)
    assert engine.rule("local.slow").leading == leading
    record = engine.extract(text)
    assert record["claims"] == []
    [error] = record["errors"]
    assert error["rule"] == "local.slow" and "timed out" in error["message"]


@pytest.fixture
def counting_rules(tmp_path: Path) -> claimkit.Engine:
    rules = tmp_path / "overlap.yaml"
    rules.write_text(
        "overlap: {policy: [priority, longest, earliest]}\n"
        "rules:\n"
        "  - {id: ov.short-high, type: mark, pattern: 'bc', priority: 5}\n"
        "  - {id: ov.long-low, type: mark, pattern: 'abcd', priority: 1}\n"
        "  - {id: ov.after, type: mark, pattern: 'def', priority: 1}\n"
        "  - {id: ov.far, type: mark, pattern: 'xyz', priority: 0}\n"
        "  - {id: ov.far-shorter, type: mark, pattern: 'yz', priority: 0}\n",
        encoding="utf-8")

    class Marks:
        __name__ = "test.marks"

        @hookimpl
        def register_claim_types(self, register):
            register("mark", {"type": "object"})

    return claimkit.Engine([Marks()], autoload=False, rule_files=[rules])


def test_overlap_policy_from_the_rule_file(counting_rules):
    record = counting_rules.extract("abcdef xyz")
    assert [claim["rule"] for claim in record["claims"]] == ["ov.short-high", "ov.after", "ov.far"]


def test_prefilter_skips_rules_whose_literals_are_absent(counting_rules):
    counting_rules.stats.clear()
    counting_rules.extract("nothing to see here")
    assert counting_rules.stats["rule_runs"] == 0
    counting_rules.extract("only yz")
    assert counting_rules.stats["rule_runs"] == 1
