"""pytest plugin: test a claimkit plugin's rules without writing test code.

Installed with claimkit (entry point ``pytest11``), and idle until told which
claimkit plugins to test, by their ``claimkit`` entry-point names::

    # pyproject.toml of a rule pack
    [tool.pytest.ini_options]
    claimkit_plugins = ["claimkit_casualties"]

or ``pytest --claimkit-plugin claimkit_casualties`` (repeatable). Then, when
pytest runs a directory (the whole suite, not a single file or test):

* every inline example and counterexample of the plugin's rules is a test
  item named ``<plugin>::<rule id>::example1`` (``counterexample1`` ...);
  a failure shows the text, the expected fields and what the rule gave;
* every generic property of :mod:`claimkit.testing.properties` is an item
  ``<plugin>::properties::<name>``, run against an engine that has only that
  plugin loaded (``claimkit_properties = false`` or
  ``--claimkit-no-properties`` leaves them out);
* the session fixture ``claimkit_engine`` is an engine with only the
  configured plugins loaded (plus the core).

The hypothesis profile comes from ``HYPOTHESIS_PROFILE`` (default ``ci``)
unless ``--hypothesis-profile`` is given. Hypothesis is imported only when a
plugin is configured, so claimkit without its ``test`` extra stays usable.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from .engine import Engine
from .errors import RuleLoadError
from .plugins import ENTRY_POINT_GROUP
from .rules import Rule
from .ruletest import ExampleOutcome, check_rule

_ENGINES = pytest.StashKey[dict[str, Engine]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimkit", "claimkit rule plugins")
    group.addoption("--claimkit-plugin", action="append", dest="claimkit_plugins", metavar="NAME",
                    help="test the rules of this claimkit plugin (entry-point name; repeatable; "
                         "overrides the claimkit_plugins ini option)")
    group.addoption("--claimkit-no-properties", action="store_true", dest="claimkit_no_properties",
                    help="collect the rules' inline examples only, not the generic properties")
    parser.addini("claimkit_plugins", type="linelist", default=[],
                  help="claimkit plugins (entry-point names) whose rules are collected as tests")
    parser.addini("claimkit_properties", type="bool", default=True,
                  help="also run the generic properties against each configured plugin (default true)")


def configured_plugins(config: pytest.Config) -> list[str]:
    """The plugins to test: ``--claimkit-plugin`` options, else the ``claimkit_plugins`` ini option."""
    return list(config.getoption("claimkit_plugins") or config.getini("claimkit_plugins"))


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_ENGINES] = {}
    if configured_plugins(config) and not config.getoption("hypothesis_profile", None):
        try:
            from .testing import load_profile
        except ModuleNotFoundError as exc:
            raise pytest.UsageError(f"testing claimkit plugins needs {exc.name}: "
                                    "pip install 'claimkit[test]'") from None
        load_profile()


@pytest.hookimpl(tryfirst=True)  # before -k / -m deselect, so those select these items too
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    names = configured_plugins(config)
    if not names or not (config.getoption("claimkit_plugins") or _runs_a_directory(config)):
        return
    for name in names:
        items.extend(session.genitems(PluginRules.from_parent(session, name=name, nodeid=name)))


def _runs_a_directory(config: pytest.Config) -> bool:
    """True for a suite run (a directory among the arguments), false for a single file or test."""
    root = config.invocation_params.dir
    return any((root / argument.split("::")[0]).is_dir() for argument in config.args)


def plugin_engine(config: pytest.Config, names: list[str]) -> Engine:
    """An engine with only the plugins ``names`` (entry-point names) loaded, built once per session.

    Raises ``pytest.UsageError`` when a name is not an installed plugin or a
    plugin failed to load: a test run against a missing plugin must not pass.
    """
    key = ",".join(names)
    engines = config.stash[_ENGINES]
    if key not in engines:
        installed = sorted(entry_point.name for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP))
        unknown = [name for name in names if name not in installed]
        if unknown:
            raise pytest.UsageError(f"claimkit plugin(s) {', '.join(unknown)} not installed; the installed "
                                    f"'{ENTRY_POINT_GROUP}' entry points are: {', '.join(installed) or 'none'}")
        try:
            engine = Engine(autoload=True, allow=names)
        except RuleLoadError as exc:
            raise pytest.UsageError(f"the rules of {key} cannot be loaded:\n{exc}") from None
        if engine.plugin_failures:
            raise pytest.UsageError("\n".join(str(failure) for failure in engine.plugin_failures))
        engines[key] = engine
    return engines[key]


@pytest.fixture(scope="session")
def claimkit_engine(pytestconfig: pytest.Config) -> Engine:
    """An engine with only the configured claimkit plugins (``claimkit_plugins``) loaded."""
    names = configured_plugins(pytestconfig)
    if not names:
        raise pytest.UsageError("claimkit_engine needs the plugins to load: set the claimkit_plugins ini option "
                                "or pass --claimkit-plugin NAME")
    return plugin_engine(pytestconfig, names)


class PluginRules(pytest.Collector):
    """All test items of one claimkit plugin: its rules' examples and the generic properties."""

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, pytest.UsageError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    @cached_property
    def engine(self) -> Engine:
        return plugin_engine(self.config, [self.name])

    def collect(self) -> Iterator[pytest.Item | pytest.Collector]:
        for rule in self.engine.rules:
            if rule.plugin == self.name and (rule.examples or rule.counterexamples):
                yield RuleExamples.from_parent(self, name=rule.id, rule=rule)
        if self.config.getini("claimkit_properties") and not self.config.getoption("claimkit_no_properties"):
            yield Properties.from_parent(self, name="properties")


class RuleExamples(pytest.Collector):
    """One rule: an item per inline example and counterexample."""

    def __init__(self, *, rule: Rule, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rule = rule

    @cached_property
    def outcomes(self) -> dict[str, ExampleOutcome]:
        """Every example of the rule, run once, by item name."""
        engine = self.parent.engine
        return {f"{outcome.kind}{outcome.index}": outcome for outcome in check_rule(engine, self.rule)}

    def collect(self) -> Iterator[pytest.Item]:
        for kind, count in (("example", len(self.rule.examples)), ("counterexample", len(self.rule.counterexamples))):
            for index in range(1, count + 1):
                yield RuleExample.from_parent(self, name=f"{kind}{index}")


class RuleExampleFailed(Exception):
    def __init__(self, outcome: ExampleOutcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


class RuleExample(pytest.Item):
    """One inline example (the rule must yield the fields) or counterexample (it must yield nothing)."""

    def runtest(self) -> None:
        outcome = self.parent.outcomes[self.name]
        if not outcome.passed:
            raise RuleExampleFailed(outcome)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, RuleExampleFailed):
            rule = self.parent.rule
            return f"rule {rule.id}, {self.name} ({rule.location}):\n{excinfo.value.outcome.message}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        rule = self.parent.rule
        return rule.file, (rule.line - 1) if rule.line else None, f"{rule.id} {self.name}"


class Properties(pytest.Collector):
    """The generic properties, each an item run against the plugin's own engine."""

    def collect(self) -> Iterator[pytest.Item]:
        from .testing import GENERIC_PROPERTIES

        for name in GENERIC_PROPERTIES:
            yield PropertyItem.from_parent(self, name=name)


class PropertyItem(pytest.Item):
    def runtest(self) -> None:
        from .testing import GENERIC_PROPERTIES

        GENERIC_PROPERTIES[self.name](self.parent.parent.engine)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """The property's own message and hypothesis's falsifying example, not a traceback through claimkit."""
        if isinstance(excinfo.value, AssertionError):
            notes = "\n".join(getattr(excinfo.value, "__notes__", []))
            return f"property {self.name} does not hold for {self.parent.parent.name}:\n{excinfo.value}\n{notes}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.parent.parent.name} property {self.name}"
