"""The built-in date pack: rules in ``rules/dates/``, helpers in this package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...plugins import hookimpl
from .._files import claim_fields_schema, pack_rule_files


@hookimpl
def register_rule_files(register: Callable[[Path], None]) -> None:
    for path in pack_rule_files("dates"):
        register(path)


@hookimpl
def register_claim_types(register: Callable[[str, dict[str, Any]], None]) -> None:
    register("date", claim_fields_schema("date"))
