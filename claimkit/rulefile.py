"""Reading one YAML rule file: safe parsing, line numbers, schema check.

Lines matter because rule authors fix what the message points at; PyYAML's
node tree keeps the marks that ``safe_load`` throws away, so the file is
composed once and both the data and a path-to-line map are built from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .errors import Problem
from .resources import load_schema, rules_dir

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (its wheels are): same safe constructor, same marks,
# several times faster on the built-in packs than the pure-Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class RuleFile:
    """A parsed, schema-checked rule file (not yet compiled)."""

    path: Path
    plugin: str
    data: dict[str, Any]
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, *path: str | int) -> int | None:
        """Line of the deepest known node on ``path`` (1-based)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def rule_line(self, index: int, key: str | None = None) -> int | None:
        return self.line("rules", index, key) if key else self.line("rules", index)


def read_rule_file(path: Path, plugin: str) -> tuple[RuleFile | None, list[Problem]]:
    """Parse and schema-check ``path``; a broken file gives problems, not exceptions."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(shown, None, None, f"cannot read rule file: {exc}")]
    try:
        loader = _SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        return None, [Problem(shown, line, None, f"YAML syntax error: {reason}")]
    if data is None:
        data = {}
    lines: dict[Path_, int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    rule_file = RuleFile(path, plugin, data, lines)
    problems = [_schema_problem(rule_file, error) for error in _validator().iter_errors(data)]
    return (None if problems else rule_file), problems


def resolve_import(spec: str, importer: Path) -> Path:
    """``claimkit:<path>`` names a built-in file; anything else is relative to the importer."""
    if spec.startswith("claimkit:"):
        return rules_dir() / spec.removeprefix("claimkit:")
    return (importer.parent / spec).resolve()


def _validator() -> jsonschema.protocols.Validator:
    schema = load_schema("rule-file.schema.json")
    return jsonschema.Draft202012Validator(schema)


def _schema_problem(rule_file: RuleFile, error: jsonschema.ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    rule_id = None
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        rules = rule_file.data.get("rules") or []
        if path[1] < len(rules) and isinstance(rules[path[1]], dict):
            rule_id = rules[path[1]].get("id")
    message = error.message
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        message = f"unknown key {', '.join(map(repr, unknown))} (allowed: {allowed})"
        if unknown:
            path = (*path, unknown[0])
    location = "/".join(str(part) for part in path) or "(top level)"
    return Problem(str(rule_file.path), rule_file.line(*path), rule_id, f"{location}: {message}")


def _collect_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[(*path, key)] = key_node.start_mark.line + 1
            _collect_lines(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*path, index), lines)
