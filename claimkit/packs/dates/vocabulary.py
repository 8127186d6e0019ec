"""Word lists of ``rules/dates/00-vocabulary.yaml``, prepared once per engine for Python.

The rule functions and the document steps ask of a lexicon whether a word is in it,
whether a text mentions one of its words, or ends with one. The words stay in YAML
(``engine.lexicon(name)``); this module only compiles them, once per engine.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import regex

if TYPE_CHECKING:
    from ...engine import Engine

T = TypeVar("T")


class PerEngine(Generic[T]):
    """A value built once per engine from that engine (its rules, its lexicons).

    Engines are few and long-lived, documents many: the engine asked for last is checked
    first, which costs a weak reference call instead of a weak-dictionary lookup.
    """

    def __init__(self, build: Callable[[Engine], T]) -> None:
        self.build = build
        self._values: weakref.WeakKeyDictionary[Engine, T] = weakref.WeakKeyDictionary()
        self._last: tuple[Callable[[], Engine | None], T] | None = None

    def __call__(self, engine: Engine) -> T:
        if self._last is not None and self._last[0]() is engine:
            return self._last[1]
        if engine not in self._values:
            self._values[engine] = self.build(engine)
        self._last = (weakref.ref(engine), self._values[engine])
        return self._last[1]


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Words:
    """One lexicon: its words case-folded, a pattern for its entries of several words, and one
    finding an entry at the end of a text."""

    folded: frozenset[str]
    phrases: regex.Pattern[str] | None
    at_end: regex.Pattern[str]

    def __contains__(self, word: str) -> bool:
        return " ".join(word.casefold().split()) in self.folded

    def found_in(self, text: str) -> frozenset[str]:
        """The entries that occur in ``text`` as whole words, case-folded. A single word is
        looked up among the words of the text (stdlib ``re`` splits them): a fifth of the cost
        of searching the text for the list; only entries of several words need a search."""
        found = self.folded.intersection(_WORD.findall(text.casefold()))
        if self.phrases is None:
            return found
        return found.union(" ".join(hit.group().casefold().split()) for hit in self.phrases.finditer(text))


def _prepare(listed: list[str]) -> Words:
    pattern = r"(?<!\w)\L<words>(?!\w)"
    phrases = [word for word in listed if len(word.split()) > 1]
    # ``at_end`` searches backwards: only the end of the text can match, so a forward search
    # would try every position of the text in vain.
    return Words(frozenset(" ".join(word.casefold().split()) for word in listed),
                 regex.compile(pattern, regex.IGNORECASE, words=phrases) if phrases else None,
                 regex.compile(r"(?r)" + pattern + r"\s*\Z", regex.IGNORECASE, words=listed))


_PREPARED: PerEngine[dict[tuple[str, ...], Words]] = PerEngine(lambda engine: {})


def words(engine: Engine, *lexicons: str) -> Words:
    """The words of one or more lexicons (joined) of ``engine``, compiled on first use."""
    prepared = _PREPARED(engine)
    if lexicons not in prepared:
        prepared[lexicons] = _prepare([word for name in lexicons for word in engine.lexicon(name)])
    return prepared[lexicons]
