"""Shared fixtures: one engine per session, built from the installed plugins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import claimkit
from claimkit.testing import load_profile

# Hypothesis settings: HYPOTHESIS_PROFILE=ci (the default: derandomised, bounded) or nightly.
load_profile()

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def engine() -> claimkit.Engine:
    return claimkit.Engine(autoload=True, allow=None)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip in a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (evaluation data lives only beside the dev checkout)")
    return SHARED


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Callable[[str, str], Path]:
    """Make a one-module claimkit plugin look installed: ``make(name, source)`` writes ``name.py`` and a
    ``.dist-info`` with its ``claimkit`` entry point into a site directory and returns that directory,
    for ``sys.path`` or ``PYTHONPATH``."""
    site = tmp_path / "site"

    def make(name: str, source: str) -> Path:
        info = site / f"{name}-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(f"[claimkit]\n{name} = {name}\n")
        (site / f"{name}.py").write_text(source)
        return site

    return make
