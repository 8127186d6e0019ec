"""Resolving overlapping claims of one type by the policy its rule file declares.

Policies are sort keys applied in order (``priority``: higher first,
``longest``: longer span first, ``earliest``: smaller start first); a claim
is kept when it does not overlap one already kept. ``keep-all`` keeps
everything. The rule id breaks remaining ties so output is deterministic.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .claims import Claim

_KEYS = {
    "priority": lambda claim: -claim.priority,
    "longest": lambda claim: -claim.length,
    "earliest": lambda claim: claim.start,
}


def resolve_overlaps(claims: list[Claim], policy: Sequence[str] | str) -> list[Claim]:
    """Claims of one type that survive ``policy``, in document order."""
    if policy == "keep-all":
        return sorted(claims, key=lambda claim: (claim.start, claim.end, claim.rule))
    keys = [_KEYS[name] for name in policy]
    ranked = sorted(claims, key=lambda claim: (*(key(claim) for key in keys), claim.start, claim.end, claim.rule))
    starts: list[int] = []
    kept: list[Claim] = []
    for claim in ranked:
        index = bisect.bisect_right(starts, claim.start)
        if index > 0 and kept[index - 1].end > claim.start:
            continue
        if index < len(kept) and kept[index].start < claim.end:
            continue
        starts.insert(index, claim.start)
        kept.insert(index, claim)
    return kept
