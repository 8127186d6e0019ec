"""The example third-party plugin in examples/claimkit-casualties works as docs/plugins.md says."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import claimkit
from claimkit.ruletest import check_rule
from claimkit.testing import GENERIC_PROPERTIES

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "claimkit-casualties"


@pytest.fixture(scope="module")
def casualties(pytestconfig):
    """The example plugin module, imported from its source directory (installed or not)."""
    sys.path.insert(0, str(EXAMPLE))
    try:
        import claimkit_casualties

        yield claimkit_casualties
    finally:
        sys.path.remove(str(EXAMPLE))


@pytest.fixture(scope="module")
def casualty_engine(casualties):
    return claimkit.Engine([casualties], autoload=False)


def test_its_rules_pass_their_inline_examples(casualty_engine):
    outcomes = [outcome for rule in casualty_engine.rules for outcome in check_rule(casualty_engine, rule)]
    assert len(outcomes) >= 10
    assert [outcome.message for outcome in outcomes if not outcome.passed] == []


def test_a_casualty_claim_in_the_output(casualty_engine):
    record = casualty_engine.extract("Longsor itu menyebabkan sedikitnya 12 orang tewas dan 30 luka-luka, kata polisi.")
    [claim] = record["claims"]
    assert claim["type"] == "casualty" and claim["plugin"] == "claimkit_casualties"
    assert [(count["category"], count["value"], count["qualifier"]) for count in claim["fields"]["counts"]] == [
        ("killed", 12, "at_least"), ("injured", 30, "at_least")]
    assert list(casualty_engine.validator.record_errors(record)) == []


@pytest.mark.parametrize("name", sorted(GENERIC_PROPERTIES))
def test_it_has_the_generic_properties(casualty_engine, name):
    GENERIC_PROPERTIES[name](casualty_engine)


def test_once_installed_it_is_discovered_and_its_own_suite_passes():
    """CI installs the example (.ci/run); this runs its test directory as its own pytest session."""
    if "claimkit_casualties" not in {entry.name for entry in metadata.entry_points(group="claimkit")}:
        pytest.skip("claimkit-casualties is not installed here (pip install ./examples/claimkit-casualties)")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=EXAMPLE,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "claimkit_casualties::" not in result.stdout  # nothing failed
    assert " passed" in result.stdout
