"""Shared fixtures: one engine per session, built from the installed plugins."""

from __future__ import annotations

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
