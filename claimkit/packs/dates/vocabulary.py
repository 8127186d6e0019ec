"""Word lists of ``rules/dates/00-vocabulary.yaml``, prepared once per engine for Python.

The rule functions and the document steps ask of a lexicon whether a word is in it,
whether a text mentions one of its words, or ends with one. The words stay in YAML
(``m.engine.lexicon(name)``); this module only compiles them, once per engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

import regex

if TYPE_CHECKING:
    from ...engine import Engine


@dataclass(frozen=True)
class Words:
    """One lexicon: its words case-folded, and patterns finding one anywhere or at the end of a text."""

    folded: frozenset[str]
    anywhere: regex.Pattern[str]
    at_end: regex.Pattern[str]

    def __contains__(self, word: str) -> bool:
        return " ".join(word.casefold().split()) in self.folded


_PREPARED: WeakKeyDictionary[Engine, dict[str, Words]] = WeakKeyDictionary()


def words(engine: Engine, *lexicons: str) -> Words:
    """The words of one or more lexicons (joined) of ``engine``, compiled on first use."""
    prepared = _PREPARED.setdefault(engine, {})
    key = "+".join(lexicons)
    if key not in prepared:
        listed = [word for name in lexicons for word in engine.lexicon(name)]
        pattern = r"(?<!\w)\L<words>(?!\w)"
        prepared[key] = Words(frozenset(" ".join(word.casefold().split()) for word in listed),
                              regex.compile(pattern, regex.IGNORECASE, words=listed),
                              regex.compile(pattern + r"\s*$", regex.IGNORECASE, words=listed))
    return prepared[key]
