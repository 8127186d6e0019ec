"""Finding, loading and isolating plugins.

Plugins come from the ``claimkit`` entry-point group (the built-in packs
too) or are passed in directly. Like pytest, datasette and llm, autoloading
can be switched off or narrowed to an allow-list:

* ``CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD=1`` loads no entry-point plugins;
* ``CLAIMKIT_PLUGINS=claimkit.dates,my.pack`` loads only those.

A plugin that fails to import, implements a misspelled hook, or has a
hook with a wrong signature is recorded as a :class:`PluginFailure` (by
name) and left out; the other plugins still load.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs

ENTRY_POINT_GROUP = "claimkit"
ENV_ALLOW = "CLAIMKIT_PLUGINS"
ENV_NO_AUTOLOAD = "CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD"

hookimpl = pluggy.HookimplMarker("claimkit")


@dataclass(frozen=True)
class PluginFailure:
    plugin: str
    message: str

    def __str__(self) -> str:
        return f"plugin {self.plugin}: {self.message}"


@dataclass(frozen=True)
class PluginInfo:
    name: str
    version: str | None
    hooks: tuple[str, ...]


def allow_list_from_env() -> set[str] | None:
    value = os.environ.get(ENV_ALLOW)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def autoload_from_env() -> bool:
    return os.environ.get(ENV_NO_AUTOLOAD, "").strip().lower() in ("", "0", "false", "no")


class PluginHost:
    """A pluggy manager plus what went wrong while filling it."""

    def __init__(
        self,
        plugins: Sequence[object] = (),
        *,
        autoload: bool | None = None,
        allow: Iterable[str] | None = None,
    ) -> None:
        self.manager = pluggy.PluginManager("claimkit")
        self.manager.add_hookspecs(hookspecs)
        self.failures: list[PluginFailure] = []
        self.versions: dict[str, str | None] = {}
        allowed = set(allow) if allow is not None else allow_list_from_env()
        if autoload if autoload is not None else autoload_from_env():
            for entry_point in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
                if allowed is not None and entry_point.name not in allowed:
                    continue
                self._load_entry_point(entry_point)
        for plugin in plugins:
            self._register(plugin, getattr(plugin, "__name__", None) or type(plugin).__name__)

    def _load_entry_point(self, entry_point: metadata.EntryPoint) -> None:
        if self.manager.has_plugin(entry_point.name):
            return
        try:
            plugin = entry_point.load()
        except Exception as exc:  # noqa: BLE001 - any import failure must not stop the others
            self.failures.append(PluginFailure(entry_point.name, f"failed to import: {type(exc).__name__}: {exc}"))
            return
        dist = getattr(entry_point, "dist", None)
        self._register(plugin, entry_point.name, dist.version if dist else None)

    def _register(self, plugin: object, name: str, version: str | None = None) -> None:
        try:
            self.manager.register(plugin, name=name)
            self.manager.check_pending()
        except Exception as exc:  # noqa: BLE001 - bad signature, misspelled hook, duplicate name
            if self.manager.is_registered(plugin):
                self.manager.unregister(plugin)
            self.failures.append(PluginFailure(name, f"rejected: {exc}"))
            return
        self.versions[name] = version or getattr(plugin, "__version__", None)

    def implementations(self, hook_name: str) -> list[tuple[str, Callable[..., Any]]]:
        """Each implementation of a hook as ``(plugin name, function)``, in pluggy's call order.

        Calling implementations one by one (instead of ``pm.hook.x()``) is what
        lets one failing plugin be reported without losing the others' results.
        The returned functions accept the hook's full keyword set and pass on
        only the arguments each implementation declares, as pluggy does.
        """
        caller = getattr(self.manager.hook, hook_name)
        return [(impl.plugin_name, _bind(impl)) for impl in reversed(caller.get_hookimpls())]

    def info(self) -> list[PluginInfo]:
        rows = []
        for name, plugin in sorted(self.manager.list_name_plugin()):
            hooks = tuple(sorted(caller.name for caller in self.manager.get_hookcallers(plugin) or []))
            rows.append(PluginInfo(name, self.versions.get(name), hooks))
        return rows


def _bind(impl: pluggy.HookImpl) -> Callable[..., Any]:
    def call(**kwargs: Any) -> Any:
        return impl.function(**{name: kwargs[name] for name in impl.argnames})

    return call
