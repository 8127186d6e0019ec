"""claimkit's pytest plugin, run on a throwaway rule-pack project (pytester).

The toy pack is made installable by writing its ``.dist-info`` next to it, so
it is found through the real ``claimkit`` entry-point group.
"""

from __future__ import annotations

import textwrap

import pytest

pytest_plugins = ["pytester"]

TOY_MODULE = '''
from pathlib import Path

import claimkit

FIELDS = {"type": "object", "required": ["acronym"],
          "properties": {"acronym": {"$ref": "https://claimkit.dev/schemas/output.schema.json#/$defs/Span"}}}


@claimkit.hookimpl
def register_rule_files(register):
    register(Path(__file__).with_name("rules.yaml"))


@claimkit.hookimpl
def register_claim_types(register):
    register("acronym", FIELDS)
'''

TOY_RULES = '''
rules:
  - id: toy.acronym.parenthesised
    type: acronym
    pattern: '\\((?P<acronym>[A-Z]{2,6})\\)'
    examples:
      - text: "Komisi Pemberantasan Korupsi (KPK) menahan dua orang."
        fields: {acronym: KPK}
    counterexamples:
      - "harga (naik) lagi"
'''


@pytest.fixture
def rule_pack(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with an installed claimkit plugin ``toy_rules`` and one ordinary test."""
    package = pytester.mkpydir("toy_rules")
    (package / "__init__.py").write_text(TOY_MODULE)
    (package / "rules.yaml").write_text(TOY_RULES)
    dist_info = pytester.mkdir("toy_rules-0.1.dist-info")
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-rules\nVersion: 0.1\n")
    (dist_info / "entry_points.txt").write_text("[claimkit]\ntoy_rules = toy_rules\n")
    pytester.syspathinsert()
    pytester.makeini("[pytest]\ntestpaths = tests\nclaimkit_plugins = toy_rules\n")
    tests = pytester.mkdir("tests")
    (tests / "test_toy_fixture.py").write_text(textwrap.dedent('''
        def test_the_engine_has_only_the_configured_plugin(claimkit_engine):
            assert {rule.plugin for rule in claimkit_engine.rules} == {"toy_rules"}
            assert set(claimkit_engine.claim_types) == {"acronym"}
    '''))
    return pytester


def set_rules(pytester: pytest.Pytester, rules: str) -> None:
    (pytester.path / "toy_rules" / "rules.yaml").write_text(rules)


def test_examples_and_properties_are_items_named_by_rule_id(rule_pack):
    result = rule_pack.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "tests/test_toy_fixture.py::test_the_engine_has_only_the_configured_plugin",
        "toy_rules::toy.acronym.parenthesised::example1",
        "toy_rules::toy.acronym.parenthesised::counterexample1",
        "toy_rules::properties::no-crash-on-arbitrary-text",
        "toy_rules::properties::work-linear",
    ])


def test_a_whole_suite_run_passes_examples_properties_and_the_fixture(rule_pack):
    result = rule_pack.runpytest("-q")
    result.assert_outcomes(passed=1 + 2 + 8)


def test_a_failing_example_shows_expected_and_got(rule_pack):
    set_rules(rule_pack, TOY_RULES.replace("fields: {acronym: KPK}", "fields: {acronym: BPS}"))
    result = rule_pack.runpytest("-q", "--claimkit-no-properties")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*rule toy.acronym.parenthesised, example1 (*rules.yaml:3):",
        "text:     Komisi Pemberantasan Korupsi (KPK) menahan dua orang.",
        'expected: {"fields": {"acronym": "BPS"}}',
        "got:",
        """  - span '(KPK)': {"acronym": "KPK"}""",
    ])


def test_a_counterexample_that_matches_fails(rule_pack):
    set_rules(rule_pack, TOY_RULES.replace("harga (naik) lagi", "harga (BBM) naik lagi"))
    result = rule_pack.runpytest("-q", "--claimkit-no-properties")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*counterexample1*", "expected no claim, got:", "  - span '(BBM)'*"])


def test_keyword_selection_reaches_rule_items(rule_pack):
    result = rule_pack.runpytest("-q", "--claimkit-no-properties", "-k", "counterexample")
    result.assert_outcomes(passed=1)


def test_running_one_test_file_adds_no_rule_items(rule_pack):
    result = rule_pack.runpytest("-q", "tests/test_toy_fixture.py")
    result.assert_outcomes(passed=1)


def test_the_command_line_option_names_the_plugin_without_ini(rule_pack):
    rule_pack.makeini("[pytest]\ntestpaths = tests\n")
    result = rule_pack.runpytest("-q", "--claimkit-no-properties", "--claimkit-plugin", "toy_rules",
                                 "tests/test_toy_fixture.py")
    result.assert_outcomes(passed=3)


def test_a_plugin_that_is_not_installed_is_an_error_not_a_pass(rule_pack):
    rule_pack.makeini("[pytest]\ntestpaths = tests\nclaimkit_plugins = toy_rulez\n")
    result = rule_pack.runpytest("-q")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*claimkit plugin(s) toy_rulez not installed*installed*toy_rules*"])


def test_a_broken_rule_file_is_reported_with_its_line(rule_pack):
    set_rules(rule_pack, TOY_RULES.replace("type: acronym", "type: acronym\n    colour: red"))
    result = rule_pack.runpytest("-q", "--claimkit-no-properties")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*rules of toy_rules cannot be loaded*", "*rules.yaml:*unknown key*colour*"])
