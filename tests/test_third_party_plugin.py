"""A third-party plugin defined right here goes through the same hooks as the built-in packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimkit
from claimkit import hookimpl

MONEY_FIELDS = {
    "type": "object",
    "required": ["amount", "currency"],
    "properties": {"amount": {"type": "number"}, "currency": {"const": "IDR"}},
}

MONEY_RULES = """\
lexicons:
  money_scales: [juta, miliar, triliun]
rules:
  - id: money.rupiah.scaled
    type: money
    pattern: 'Rp\\s?(?P<number>\\d+(?:,\\d+)?)\\s(?P<scale>\\L<money_scales>)'
    function: money.amount
    priority: 10
    examples:
      - text: "anggaran Rp 1,2 triliun"
        fields: {amount: 1200000000000, currency: IDR}
    counterexamples:
      - "Rp seribu"
"""


def rupiah_amount(match: claimkit.RuleMatch) -> dict:
    scale = {"juta": 10**6, "miliar": 10**9, "triliun": 10**12}[match.group("scale")]
    return {"amount": round(float(match.group("number").replace(",", ".")) * scale), "currency": "IDR"}


class MoneyPlugin:
    __name__ = "test.money"

    def __init__(self, rule_file: Path) -> None:
        self.rule_file = rule_file

    @hookimpl
    def register_rule_files(self, register):
        register(self.rule_file)

    @hookimpl
    def register_claim_types(self, register):
        register("money", MONEY_FIELDS)

    @hookimpl
    def register_functions(self, register):
        register("money.amount", rupiah_amount)


@pytest.fixture
def money_plugin(tmp_path: Path) -> MoneyPlugin:
    path = tmp_path / "money.yaml"
    path.write_text(MONEY_RULES, encoding="utf-8")
    return MoneyPlugin(path)


def test_plugin_claims_appear_in_output_and_validate(money_plugin):
    engine = claimkit.Engine([money_plugin], autoload=False)
    record = engine.extract("Pemerintah menyiapkan Rp 2,5 miliar untuk bantuan.")
    [claim] = record["claims"]
    assert claim["type"] == "money"
    assert claim["rule"] == "money.rupiah.scaled"
    assert claim["plugin"] == "test.money"
    assert claim["fields"] == {"amount": 2_500_000_000, "currency": "IDR"}
    assert claim["span"]["text"] == "Rp 2,5 miliar"
    assert list(engine.validator.record_errors(record)) == []


def test_plugin_loads_beside_the_built_in_packs(money_plugin):
    engine = claimkit.Engine([money_plugin])
    assert {"quote", "date", "sanction", "money"} <= set(engine.claim_types)
    assert any(rule.plugin == "claimkit.dates" for rule in engine.rules)


def test_a_claim_that_breaks_its_schema_is_dropped_with_an_error(money_plugin):
    def wrong_currency(match):
        return {"amount": 1, "currency": "USD"}

    class BadMoney(MoneyPlugin):
        @hookimpl
        def register_functions(self, register):
            register("money.amount", wrong_currency)

    engine = claimkit.Engine([BadMoney(money_plugin.rule_file)], autoload=False)
    record = engine.extract("dana Rp 3 juta")
    assert record["claims"] == []
    [error] = record["errors"]
    assert error["rule"] == "money.rupiah.scaled"
    assert "does not match the money schema" in error["message"]


def test_misspelled_hook_is_reported_by_plugin_name(money_plugin):
    class Misspelled:
        __name__ = "test.misspelled"

        @hookimpl
        def register_rule_file(self, register):  # missing "s"
            raise AssertionError("never called")

    engine = claimkit.Engine([Misspelled(), money_plugin], autoload=False)
    [failure] = engine.plugin_failures
    assert failure.plugin == "test.misspelled"
    assert "register_rule_file" in failure.message
    assert engine.extract("Rp 5 juta")["claims"], "the healthy plugin still works"


def test_plugin_that_raises_during_registration_does_not_take_others_down(money_plugin):
    class Exploding:
        __name__ = "test.exploding"

        @hookimpl
        def register_functions(self, register):
            raise RuntimeError("boom")

    engine = claimkit.Engine([Exploding(), money_plugin], autoload=False)
    assert [failure.plugin for failure in engine.plugin_failures] == ["test.exploding"]
    assert "boom" in engine.plugin_failures[0].message
    assert engine.extract("Rp 5 juta")["claims"]


def test_plugin_that_raises_while_processing_yields_an_error_entry_and_keeps_claims(money_plugin):
    class Crashing:
        __name__ = "test.crashing"

        @hookimpl
        def process_document(self, document, claims, engine):
            claims.clear()
            raise ValueError("post-processing failed")

    engine = claimkit.Engine([money_plugin, Crashing()], autoload=False)
    record = engine.extract("Rp 5 juta dan Rp 7 juta")
    assert len(record["claims"]) == 2
    assert record["errors"] == [{"plugin": "test.crashing", "rule": None,
                                 "message": "process_document raised ValueError: post-processing failed"}]


def test_rule_function_that_raises_is_an_error_entry_not_a_crash(money_plugin):
    calls = []

    def flaky(match):
        calls.append(match.group())
        if len(calls) == 1:
            raise ZeroDivisionError("bad number")
        return rupiah_amount(match)

    class Flaky(MoneyPlugin):
        @hookimpl
        def register_functions(self, register):
            register("money.amount", flaky)

    engine = claimkit.Engine([Flaky(money_plugin.rule_file)], autoload=False)
    record = engine.extract("Rp 5 juta dan Rp 7 juta")
    assert [claim["span"]["text"] for claim in record["claims"]] == ["Rp 7 juta"]
    assert "ZeroDivisionError: bad number" in record["errors"][0]["message"]


def test_post_processor_can_link_claims_before_ids_exist(money_plugin):
    class Linker:
        __name__ = "test.linker"

        @hookimpl
        def register_claim_types(self, register):
            register("total", {"type": "object", "required": ["parts"]})

        @hookimpl
        def process_document(self, document, claims, engine):
            parts = [claim for claim in claims if claim.type == "money"]
            claims.append(claimkit.Claim("total", "test.total", "test.linker", parts[0].start, parts[-1].end,
                                         {"parts": parts}))

    engine = claimkit.Engine([money_plugin, Linker()], autoload=False)
    record = engine.extract("Rp 5 juta dan Rp 7 juta")
    total = next(claim for claim in record["claims"] if claim["type"] == "total")
    money_ids = [claim["id"] for claim in record["claims"] if claim["type"] == "money"]
    assert total["fields"]["parts"] == money_ids


def test_allow_list_excludes_entry_point_plugins(money_plugin):
    engine = claimkit.Engine([money_plugin], allow=["claimkit.dates"])
    assert {rule.plugin for rule in engine.rules} <= {"claimkit.dates", "test.money"}
    assert "quote" not in engine.claim_types


def test_environment_switches_off_autoload(money_plugin, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD", "1")
    engine = claimkit.Engine([money_plugin])
    assert set(engine.claim_types) == {"money"}


def test_rule_test_runner_reports_plugin_examples(money_plugin):
    from claimkit.ruletest import check_rule

    engine = claimkit.Engine([money_plugin], autoload=False)
    outcomes = list(check_rule(engine, engine.rule("money.rupiah.scaled")))
    assert [(outcome.kind, outcome.passed) for outcome in outcomes] == [("example", True), ("counterexample", True)]


def test_cli_lists_the_plugin_through_an_allow_list(tmp_path, capsys):
    from claimkit.cli import main

    assert main(["plugins", "--plugins", "claimkit.dates", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [plugin["name"] for plugin in listed["plugins"]] == ["claimkit.dates"]
    assert "register_rule_files" in listed["plugins"][0]["hooks"]
