"""Locating a built-in pack's YAML files and field schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..resources import load_schema, rules_dir


def pack_rule_files(pack: str) -> list[Path]:
    """The ``*.yaml`` files of ``rules/<pack>/``, in name order (for stable output)."""
    return sorted((rules_dir() / pack).glob("*.yaml"))


def claim_fields_schema(claim_type: str) -> dict[str, Any]:
    return load_schema(f"claims/{claim_type}.schema.json")
