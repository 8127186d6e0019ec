"""Loading the generators' word lists from ``vocabulary.yaml`` (read once)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_FILE = Path(__file__).with_name("vocabulary.yaml")


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed vocabulary; callers must not mutate it."""
    with _FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def words(*path: str) -> Any:
    """``words("quotes", "trailing_cues")`` is ``vocabulary()["quotes"]["trailing_cues"]``."""
    value: Any = vocabulary()
    for key in path:
        value = value[key]
    return value
