"""Where the shipped ``rules/`` and ``schemas/`` directories live.

A wheel carries them as ``claimkit/_data/``; an editable install or a source
checkout finds them beside the package. One function decides, so nothing else
needs to know how claimkit was installed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The shipped ``rules`` or ``schemas`` directory."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"claimkit's {name}/ directory is missing from this installation ({_PACKAGE})")


def rules_dir() -> Path:
    return data_dir("rules")


@cache
def load_schema(relative: str) -> dict[str, Any]:
    """A JSON Schema shipped in ``schemas/``, parsed once per process."""
    with (data_dir("schemas") / relative).open(encoding="utf-8") as handle:
        return json.load(handle)
