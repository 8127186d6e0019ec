"""The pre-commit hooks that .pre-commit-hooks.yaml offers run claimkit's CLI on rule files."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from claimkit.cli import main

HOOKS = yaml.safe_load((Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
RULE = """\
rules:
  - id: mine.sanction.smoke
    type: sanction
    pattern: 'embargo (?P<target>Narnia)'
    fields: {status: imposed, imposers: [], targets: [], sanction_types: [arms_embargo], reason: null, date: null}
    examples:
      - text: "embargo Narnia"
        fields: {status: imposed}
"""


@pytest.fixture
def rule_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMKIT_PLUGINS", "claimkit.sanctions")  # the claim type, not other packs' work
    path = tmp_path / "rules" / "mine.yaml"
    path.parent.mkdir()
    path.write_text(RULE, encoding="utf-8")
    return path


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_each_hook_passes_a_good_rule_file_and_fails_a_broken_one(hook, rule_file):
    command = shlex.split(hook["entry"])
    assert command[0] == "claimkit" and hook["language"] == "python"
    assert main([*command[1:], str(rule_file)]) == 0
    rule_file.write_text(RULE.replace("(?P<target>Narnia)", "(?P<target>Narnia"), encoding="utf-8")
    assert main([*command[1:], str(rule_file)]) != 0


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_hooks_see_rule_files_only(hook):
    pattern = re.compile(hook["files"])
    assert pattern.search("rules/dates/10-calendar.yaml")
    assert pattern.search("my_pack/rules/casualties.yml")
    assert not pattern.search(".github/workflows/ci.yml")
    assert not pattern.search("pyproject.toml")
