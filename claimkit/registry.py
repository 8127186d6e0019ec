"""What plugins registered: claim types, functions and rule files.

Collected once per engine (and by ``claimkit validate``, which needs the
claim types but not the compiled rules). Each plugin's registration hooks are
called on their own, so one that raises is reported and the rest still count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .plugins import PluginFailure, PluginHost


@dataclass
class Registrations:
    claim_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    functions: dict[str, Callable[..., Any]] = field(default_factory=dict)
    rule_files: list[tuple[Path, str]] = field(default_factory=list)


def collect_registrations(host: PluginHost) -> Registrations:
    found = Registrations()
    owners: dict[tuple[str, str], str] = {}

    def claimed(kind: str, name: str, plugin: str) -> bool:
        first = owners.setdefault((kind, name), plugin)
        if first != plugin:
            host.failures.append(PluginFailure(plugin, f"{kind} {name!r} is already registered by plugin {first}"))
            return False
        return True

    def add_claim_type(plugin: str, name: str, schema: dict[str, Any]) -> None:
        if claimed("claim type", name, plugin):
            found.claim_types[name] = schema

    def add_function(plugin: str, name: str, function: Callable[..., Any]) -> None:
        if claimed("function", name, plugin):
            found.functions[name] = function

    def add_rule_file(plugin: str, path: Path | str) -> None:
        found.rule_files.append((Path(path), plugin))

    for hook, add in (("register_claim_types", add_claim_type), ("register_functions", add_function),
                      ("register_rule_files", add_rule_file)):
        for plugin, implementation in host.implementations(hook):
            try:
                implementation(register=lambda *args, plugin=plugin, add=add: add(plugin, *args))
            except Exception as exc:  # noqa: BLE001 - a broken plugin is reported, not fatal
                host.failures.append(PluginFailure(plugin, f"{hook} raised {type(exc).__name__}: {exc}"))
    return found
