"""Indonesian numbers as news writes them: digits ("1.205") or words ("dua puluh lima")."""

from __future__ import annotations

import re

_UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9}
# "se-" forms stand for "satu" + the word after it ("seribu" is handled with "ribu").
_ONE_OF = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def parse_count(text: str) -> int | None:
    """``"dua puluh lima"`` -> 25, ``"1.205"`` -> 1205; ``None`` for anything else.

    Thousands are grouped with dots in Indonesian, so ``"1.205"`` is one
    thousand two hundred and five. Words combine as in speech: ``belas``
    adds ten to the unit before it, ``puluh`` and ``ratus`` multiply it, and
    ``ribu`` multiplies everything said so far. Vague quantities
    (``puluhan``, ``ratusan``) are not numbers: ``None``.
    """
    text = text.strip().casefold()
    if _DIGITS.fullmatch(text):
        return int(text.replace(".", ""))
    total = group = unit = 0
    words = text.split()
    if not words:
        return None
    for word in words:
        if word in _UNITS:
            if unit:
                return None  # "dua tiga" is not a number
            unit = _UNITS[word]
        elif word in _ONE_OF:
            group, unit = group + _ONE_OF[word], 0
        elif word == "belas" and unit:
            group, unit = group + 10 + unit, 0
        elif word == "puluh" and unit:
            group, unit = group + 10 * unit, 0
        elif word == "ratus" and unit:
            group, unit = group + 100 * unit, 0
        elif word in ("ribu", "seribu"):
            multiplier = 1 if word == "seribu" else group + unit
            if total or not multiplier:
                return None
            total, group, unit = multiplier * 1000, 0, 0
        else:
            return None
    return total + group + unit
