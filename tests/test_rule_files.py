"""Broken rule files give one clear message per problem: file:line, rule id, what is wrong."""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

import claimkit
from claimkit import hookimpl
from claimkit.cli import main
from claimkit.ruleset import RuleVersionWarning

GOOD_RULE = """\
  - id: local.year
    type: date
    pattern: 'tahun (?P<year>\\d{4})'
    fields: {value: X, timex_type: DATE, granularity: year, anchored: false, weekday_conflict: false}
"""


def load(tmp_path: Path, body: str, *, name: str = "rules.yaml") -> claimkit.Engine:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return claimkit.Engine(allow=["claimkit.dates"], rule_files=[path])


def problems_of(tmp_path: Path, body: str) -> list[claimkit.Problem]:
    with pytest.raises(claimkit.RuleLoadError) as caught:
        load(tmp_path, body)
    return caught.value.problems


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    [problem] = problems_of(tmp_path, "rules:\n  - id: a.b\n    pattern: [unclosed\n")
    assert problem.file.endswith("rules.yaml")
    assert problem.line == 4
    assert "YAML syntax error" in problem.message


def test_unknown_key_is_rejected_with_its_line_and_rule(tmp_path):
    [problem] = problems_of(tmp_path, "rules:\n" + GOOD_RULE + "    priorty: 3\n")
    assert (problem.line, problem.rule_id) == (6, "local.year")
    assert "unknown key" in problem.message and "priorty" in problem.message


def test_bad_regex_carries_the_regex_error(tmp_path):
    body = "rules:\n" + GOOD_RULE.replace("(?P<year>\\d{4})", "(?P<year>\\d{4}")
    [problem] = problems_of(tmp_path, body)
    assert problem.rule_id == "local.year" and problem.line == 4
    assert problem.message.startswith("bad regex: missing )")


def test_unknown_macro_lexicon_and_function_are_each_reported(tmp_path):
    body = """\
    rules:
      - id: local.one
        type: date
        pattern: '{{no_such_macro}} 2020'
      - id: local.two
        type: date
        pattern: '\\L<no_such_list> 2020'
      - id: local.three
        type: date
        pattern: 'tahun 2020'
        function: no.such.function
    """
    messages = {problem.rule_id: (problem.line, problem.message) for problem in problems_of(tmp_path, body)}
    assert messages["local.one"] == (4, "unknown macro {{no_such_macro}}")
    assert messages["local.two"][0] == 7 and "unknown lexicon \\L<no_such_list>" in messages["local.two"][1]
    assert messages["local.three"] == (11, "unknown function 'no.such.function'")


def test_duplicate_id_across_plugins_names_both_places(tmp_path):
    first = tmp_path / "first.yaml"
    first.write_text("rules:\n" + GOOD_RULE, encoding="utf-8")

    class Other:
        __name__ = "test.other"

        @hookimpl
        def register_rule_files(self, register):
            register(first)

    second = tmp_path / "second.yaml"
    second.write_text("rules:\n" + GOOD_RULE, encoding="utf-8")
    with pytest.raises(claimkit.RuleLoadError) as caught:
        claimkit.Engine([Other()], allow=["claimkit.dates"], rule_files=[second])
    [problem] = caught.value.problems
    assert problem.rule_id == "local.year"
    assert "duplicate rule id" in problem.message and "test.other" in problem.message


def test_all_problems_of_a_file_are_reported_at_once(tmp_path):
    body = "rules:\n" + GOOD_RULE + "    colour: red\n  - id: BAD ID\n    type: date\n    pattern: x\n"
    assert len(problems_of(tmp_path, body)) == 2


def test_rule_needing_a_newer_claimkit_is_skipped_with_a_warning(tmp_path):
    body = "rules:\n" + GOOD_RULE + "    requires: '99.0'\n"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        engine = load(tmp_path, body)
    assert "local.year" not in {rule.id for rule in engine.rules}
    assert any(issubclass(w.category, RuleVersionWarning) and "local.year" in str(w.message) for w in caught)


def test_lexicons_and_macros_come_from_imported_files(tmp_path):
    (tmp_path / "shared.yaml").write_text(
        "lexicons:\n  local_units: [tahun, bulan]\nmacros:\n  local_number: '\\d+'\n", encoding="utf-8")
    body = """\
    imports: [shared.yaml]
    rules:
      - id: local.duration
        type: date
        pattern: '(?P<n>{{local_number}}) \\L<local_units>'
        priority: 1000
        fields: {value: P1Y, timex_type: DURATION, granularity: year, anchored: false, weekday_conflict: false}
    """
    engine = load(tmp_path, body)
    record = engine.extract("selama 3 tahun terakhir")
    assert [claim["span"]["text"] for claim in record["claims"] if claim["rule"] == "local.duration"] == ["3 tahun"]


def test_lexicon_words_are_literal_not_regex(tmp_path):
    body = """\
    lexicons:
      local_marks: ["a.b", "(c)"]
    rules:
      - id: local.marks
        type: date
        pattern: '\\L<local_marks> 1999'
        fields: {value: '1999', timex_type: DATE, granularity: year, anchored: false, weekday_conflict: false}
    """
    engine = load(tmp_path, body)
    texts = [c["span"]["text"] for c in engine.extract("axb 1999 a.b 1999 (c) 1999")["claims"]
             if c["rule"] == "local.marks"]
    assert texts == ["a.b 1999", "(c) 1999"]


def test_rules_check_exits_non_zero_and_prints_locations(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n" + GOOD_RULE.replace("type: date", "type: nonsense"), encoding="utf-8")
    assert main(["rules", "check", "--plugins", "claimkit.dates", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:3: rule local.year: unknown claim type 'nonsense'" in out


def test_rules_check_passes_on_installed_rules(capsys):
    assert main(["rules", "check"]) == 0


def test_safe_load_only(tmp_path):
    [problem] = problems_of(tmp_path, "rules: !!python/object/apply:os.system ['echo hacked']\n")
    assert "YAML syntax error" in problem.message
