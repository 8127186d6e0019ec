"""Sentence bounds around an offset, for the checks that look beyond a match.

Good enough for news text: a sentence ends at ``.``, ``!`` or ``?`` (perhaps
followed by a closing quote) before whitespace and a capital ("denda Rp. 10
juta" does not end a sentence), or at a run of line breaks (a paragraph break
is one end, not two).
"""

from __future__ import annotations

import regex

_END_MARK = r"[.!?][\"”’']?(?:[ \t]*\n\s*|(?=\s+[\"“‘']?\p{Lu}))|\n\s*"
_END = regex.compile(_END_MARK)
_LAST_END = regex.compile("(?r)" + _END_MARK)


def sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding ``position`` begins (after leading spaces)."""
    end = _LAST_END.search(text, 0, position)
    start = end.end() if end else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, position: int) -> int:
    """Offset just after the end mark of the sentence holding ``position``."""
    end = _END.search(text, position)
    return end.end() if end else len(text)


def same_sentence(text: str, first: int, second: int) -> bool:
    """True when no sentence boundary lies between the two offsets."""
    return sentences_between(text, first, second) == 0


def sentences_between(text: str, first: int, second: int) -> int:
    """How many sentence ends lie between two offsets."""
    low, high = sorted((first, second))
    return sum(1 for _ in _END.finditer(text, low, high))
