"""Sentence bounds around an offset, for the checks that look beyond a match.

Good enough for news text: a sentence ends at ``.``, ``!`` or ``?`` (perhaps
followed by a closing quote) before whitespace and a capital ("denda Rp. 10
juta" does not end a sentence), or at a run of line breaks (a paragraph break
is one end, not two).
"""

from __future__ import annotations

import regex

_END_MARK = r"[.!?][\"”’']?(?:[ \t]*\n\s*|(?=\s+[\"“‘']?\p{Lu}))|\n\s*"
END = regex.compile(_END_MARK)
_LAST_END = regex.compile("(?r)" + _END_MARK)


#: How far past an offset the end-mark lookahead ("." + space + capital) may need to read.
_LOOKAHEAD = 40


def sentence_start(text: str, position: int) -> int:
    """Offset where the sentence holding ``position`` begins (after leading spaces)."""
    endpos = min(len(text), position + _LOOKAHEAD)
    end = _LAST_END.search(text, 0, endpos)
    while end is not None and end.end() > position:
        end = _LAST_END.search(text, 0, end.start())
    start = end.end() if end else 0
    while start < position and text[start].isspace():
        start += 1
    return start


def sentences_between(text: str, first: int, second: int) -> int:
    """How many sentence ends lie between two offsets."""
    low, high = sorted((first, second))
    count = 0
    for end in END.finditer(text, low, min(len(text), high + _LOOKAHEAD)):
        if end.end() > high:
            break
        count += 1
    return count


def same_sentence(text: str, first: int, second: int) -> bool:
    """True when no sentence boundary lies between the two offsets."""
    return sentences_between(text, first, second) == 0
