"""Compiling every installed rule file into one checked set of rules.

All problems across all files are collected before anything is raised, so a
rule author sees every mistake in one run (``claimkit rules check``).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from .errors import Problem, RuleLoadError
from .lexicon import LEXICON_REFERENCE, inline_leading_lexicon, inline_lexicons
from .prefilter import pattern_literals
from .rulefile import RuleFile, read_rule_file, resolve_import
from .rules import Rule

DEFAULT_POLICY: tuple[str, ...] = ("priority", "longest", "earliest")
_MACRO_REF = regex.compile(r"\{\{\s*(\w+)\s*\}\}")

_FLAGS = {"IGNORECASE": regex.IGNORECASE, "MULTILINE": regex.MULTILINE, "DOTALL": regex.DOTALL,
          "VERBOSE": regex.VERBOSE}


class RuleVersionWarning(UserWarning):
    """A rule needs a newer claimkit and was skipped."""


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    lexicons: dict[str, list[str]] = field(default_factory=dict)
    gazetteer: dict[str, dict[str, Any]] = field(default_factory=dict)
    policies: dict[str, tuple[str, ...] | str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def build_ruleset(
    files: Iterable[tuple[Path, str]],
    functions: dict[str, Callable[..., Any]],
    claim_types: Iterable[str],
    version: str,
) -> RuleSet:
    """Read, check and compile ``files`` (each with its owning plugin)."""
    problems: list[Problem] = []
    parsed: dict[Path, RuleFile] = {}
    owners: dict[Path, str] = {}
    queue = [(Path(path).resolve(), plugin) for path, plugin in files]
    for path, plugin in queue:
        owners.setdefault(path, plugin)
    seen: set[Path] = set()
    while queue:  # registered files first, then whatever they import
        path, plugin = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        rule_file, found = read_rule_file(path, plugin)
        problems += found
        if rule_file is None:
            continue
        parsed[path] = rule_file
        for index, spec in enumerate(rule_file.data.get("imports", [])):
            target = resolve_import(spec, path)
            if not target.is_file():
                problems.append(Problem(str(path), rule_file.line("imports", index), None,
                                        f"imported file not found: {spec}"))
                continue
            queue.append((target.resolve(), plugin))

    ruleset = RuleSet()
    problems += _merge_lexicons(parsed.values(), ruleset)
    problems += _merge_gazetteer(parsed.values(), ruleset)
    known_types = set(claim_types)
    defined_at: dict[str, Rule] = {}
    for rule_file in parsed.values():
        visible_lexicons, macros = _visible(rule_file, parsed)
        visible_lexicons |= {name for name in ruleset.lexicons if name.startswith("gazetteer_")}
        for index, raw in enumerate(rule_file.data.get("rules", [])):
            rule, found = _compile_rule(rule_file, index, raw, ruleset.lexicons, visible_lexicons, macros,
                                        functions, known_types, version)
            problems += found
            if rule is None:
                if not found:
                    ruleset.skipped.append(raw["id"])
                continue
            if rule.id in defined_at:
                first = defined_at[rule.id]
                problems.append(Problem(str(rule_file.path), rule.line, rule.id,
                                        f"duplicate rule id (also defined by plugin {first.plugin} "
                                        f"at {first.location})"))
                continue
            defined_at[rule.id] = rule
            ruleset.rules.append(rule)
        problems += _merge_policy(rule_file, ruleset)
    if problems:
        raise RuleLoadError(problems)
    ruleset.rules.sort(key=lambda rule: rule.id)
    return ruleset


def _visible(rule_file: RuleFile, parsed: dict[Path, RuleFile]) -> tuple[set[str], dict[str, str]]:
    """Lexicon and macro names a file may use: its own and those of its (transitive) imports."""
    lexicons: set[str] = set()
    macros: dict[str, str] = {}
    stack, visited = [rule_file.path], set()
    while stack:
        path = stack.pop()
        if path in visited or path not in parsed:
            continue
        visited.add(path)
        current = parsed[path]
        lexicons |= set(current.data.get("lexicons", {}))
        for name, body in current.data.get("macros", {}).items():
            macros.setdefault(name, body)
        stack += [resolve_import(spec, path).resolve() for spec in current.data.get("imports", [])]
    return lexicons, macros


def _merge_lexicons(files: Iterable[RuleFile], ruleset: RuleSet) -> list[Problem]:
    problems = []
    origin: dict[str, Path] = {}
    for rule_file in files:
        for name, words in rule_file.data.get("lexicons", {}).items():
            if name in ruleset.lexicons and ruleset.lexicons[name] != words:
                problems.append(Problem(str(rule_file.path), rule_file.line("lexicons", name), None,
                                        f"lexicon {name!r} is already defined differently in {origin[name]}"))
                continue
            ruleset.lexicons[name] = list(words)
            origin[name] = rule_file.path
    return problems


def _merge_gazetteer(files: Iterable[RuleFile], ruleset: RuleSet) -> list[Problem]:
    """Later files may add aliases to an entity; its kind must agree."""
    problems = []
    for rule_file in files:
        for name, entry in rule_file.data.get("gazetteer", {}).items():
            current = ruleset.gazetteer.setdefault(name, {"kind": entry["kind"], "aliases": [], "codes": {}})
            if current["kind"] != entry["kind"]:
                problems.append(Problem(str(rule_file.path), rule_file.line("gazetteer", name), None,
                                        f"gazetteer entry {name!r} has kind {entry['kind']!r} here but "
                                        f"{current['kind']!r} elsewhere"))
                continue
            current["aliases"] += [alias for alias in entry.get("aliases", []) if alias not in current["aliases"]]
            current["codes"].update(entry.get("codes", {}))
    for name, entry in ruleset.gazetteer.items():
        words = ruleset.lexicons.setdefault(f"gazetteer_{entry['kind']}", [])
        words += [word for word in (name, *entry["aliases"]) if word not in words]
    return problems


def _merge_policy(rule_file: RuleFile, ruleset: RuleSet) -> list[Problem]:
    overlap = rule_file.data.get("overlap")
    if not overlap:
        return []
    policy = overlap["policy"] if isinstance(overlap["policy"], str) else tuple(overlap["policy"])
    problems = []
    for claim_type in sorted({raw["type"] for raw in rule_file.data.get("rules", [])}):
        if ruleset.policies.setdefault(claim_type, policy) != policy:
            problems.append(Problem(str(rule_file.path), rule_file.line("overlap"), None,
                                    f"overlap policy for type {claim_type!r} conflicts with another file's "
                                    f"{ruleset.policies[claim_type]!r}"))
    return problems


def _expand_macros(pattern: str, macros: dict[str, str], trail: tuple[str, ...] = ()) -> str:
    def substitute(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name in trail:
            raise ValueError(f"macro cycle: {' -> '.join((*trail, name))}")
        if name not in macros:
            raise KeyError(name)
        return "(?:" + _expand_macros(macros[name], macros, (*trail, name)) + ")"

    return _MACRO_REF.sub(substitute, pattern)


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in regex.findall(r"\d+", version))


def _compile_rule(
    rule_file: RuleFile,
    index: int,
    raw: dict[str, Any],
    lexicons: dict[str, list[str]],
    visible_lexicons: set[str],
    macros: dict[str, str],
    functions: dict[str, Callable[..., Any]],
    known_types: set[str],
    version: str,
) -> tuple[Rule | None, list[Problem]]:
    rule_id = raw["id"]
    path = str(rule_file.path)

    def problem(key: str, message: str) -> Problem:
        return Problem(path, rule_file.rule_line(index, key), rule_id, message)

    if "requires" in raw and _version_tuple(raw["requires"]) > _version_tuple(version):
        warnings.warn(f"{path}:{rule_file.rule_line(index)}: rule {rule_id} needs claimkit "
                      f">= {raw['requires']} (this is {version}); skipped", RuleVersionWarning, stacklevel=2)
        return None, []

    problems: list[Problem] = []
    if raw["type"] not in known_types:
        problems.append(problem("type", f"unknown claim type {raw['type']!r}; registered: "
                                        f"{', '.join(sorted(known_types)) or 'none'}"))
    function = None
    if "function" in raw:
        function = functions.get(raw["function"])
        if function is None:
            problems.append(problem("function", f"unknown function {raw['function']!r}"))
    try:
        expanded = _expand_macros(raw["pattern"], macros)
    except KeyError as exc:
        return None, [*problems, problem("pattern", f"unknown macro {{{{{exc.args[0]}}}}}")]
    except ValueError as exc:
        return None, [*problems, problem("pattern", str(exc))]
    used = set(LEXICON_REFERENCE.findall(expanded))
    for name in sorted(used - visible_lexicons):
        problems.append(problem("pattern", f"unknown lexicon \\L<{name}> (define it under lexicons: "
                                           f"or import the file that does)"))
    if problems:
        return None, problems
    flags = 0
    for flag in raw.get("flags", []):
        flags |= _FLAGS[flag]
    # The rule's own lexicons are inlined: they usually open the pattern, where the scan spends its
    # time. Macros are mostly inner parts, tried only where the rule already matched: their lexicons
    # stay named lists, which cost little there and keep patterns small (a second less to compile),
    # except a lexicon that opens the whole pattern from inside a macro.
    scanned = inline_leading_lexicon(_expand_macros(inline_lexicons(raw["pattern"], lexicons), macros), lexicons)
    try:
        named_lists = {name: lexicons[name] for name in LEXICON_REFERENCE.findall(scanned)}
        compiled = regex.compile(scanned, flags, **named_lists)
    except regex.error as exc:
        return None, [problem("pattern", f"bad regex: {exc}")]
    verbose = "VERBOSE" in raw.get("flags", [])
    required, leading = pattern_literals(expanded, lexicons, verbose=verbose)
    triggers = frozenset(word.casefold() for word in raw["triggers"]) if "triggers" in raw else required
    counterexamples = [item if isinstance(item, dict) else {"text": item} for item in raw.get("counterexamples", [])]
    return Rule(
        id=rule_id,
        type=raw["type"],
        plugin=rule_file.plugin,
        file=rule_file.path,
        line=rule_file.rule_line(index),
        pattern=raw["pattern"],
        compiled=compiled,
        priority=raw.get("priority", 0),
        function_name=raw.get("function"),
        function=function,
        params=raw.get("params", {}),
        fields=raw.get("fields", {}),
        triggers=triggers,
        leading=leading,
        examples=raw.get("examples", []),
        counterexamples=counterexamples,
        description=raw.get("description", ""),
    ), []
