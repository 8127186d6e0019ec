"""Hypothesis settings profiles for claimkit's property tests.

``ci`` is derandomised (the same examples on every run, so a red build is
reproducible) and bounded so the whole suite stays well under five minutes on
two cores, a failing one included (no shrinking); ``nightly`` searches far
more examples with a fresh seed each run and shrinks what it finds.
Choose with the ``HYPOTHESIS_PROFILE`` environment variable (default ``ci``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

ENV = "HYPOTHESIS_PROFILE"
DEFAULT = "ci"
_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

# ci does not shrink a counterexample: on a slow property that could take minutes. Rerun the test
# under nightly (HYPOTHESIS_PROFILE=nightly) for the smallest failing example.
settings.register_profile("ci", max_examples=15, derandomize=True, deadline=None, database=None,
                          print_blob=True, suppress_health_check=_SLOW_DATA,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target])
settings.register_profile("nightly", max_examples=500, deadline=None, print_blob=True,
                          suppress_health_check=_SLOW_DATA)


def load_profile(name: str | None = None) -> str:
    """Load ``name``, else ``$HYPOTHESIS_PROFILE``, else ``ci``; the name loaded."""
    chosen = name or os.environ.get(ENV) or DEFAULT
    settings.load_profile(chosen)
    return chosen
