"""Shared fixtures: one engine per session, built from the installed plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimkit

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
