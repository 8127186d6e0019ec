"""Skip rules whose required literals do not occur in a document.

Most rules can only match where some literal occurs (a speech verb, a month
name, "sanksi"). :func:`required_literals` reads that off the parsed pattern:
a set of strings at least one of which every match must contain. The
:class:`TriggerIndex` then finds which of all rules' literals occur in a
document, so a rule runs only where it can match. The check is
case-insensitive (both sides case-folded), so it can only let too much
through, never too little; ``tests/test_prefilter.py`` checks that on
generated and real text.

The same search also says where a rule can match at all when every match
starts with one of a few literals (:func:`leading_literals`): the engine then
tries such a rule at those positions instead of scanning the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any, Generic, TypeVar
from unicodedata import category

import regex

from .lexicon import lexicon_regex

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Key = TypeVar("Key")
_LEXICON_REF = regex.compile(r"\\L<(\w+)>")
# ``regex``-only escapes that match one character of some class; for finding
# literals they behave like ``\w`` (a class, never a literal), which the
# standard parser knows, inside and outside brackets.
_CLASS_ESCAPES = regex.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])|\\[XhmM]")
# Group openers the standard parser refuses here: lookbehinds (``(?<=``, ``(?<!``) and named groups
# (``regex`` allows a name twice). Each match goes on from the last one (``\G``), stepping over
# escapes and character classes whole, so only real openers are rewritten.
_OPENER = regex.compile(r"\G((?:\\.|\[(?:\\.|[^\]\\])+\]|[^\\\[(]|\((?!\?P?<))*)\(\?(?:<([=!])|P?<\w+>)")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)  # Python 3.11+
_GROUPS = {_c.SUBPATTERN, _ATOMIC or _c.SUBPATTERN}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_STAND_INS = 0xE000  # private-use code points, which no rule pattern holds, stand in for lexicons while parsing


def required_literals(
    pattern: str, lexicons: dict[str, list[str]], verbose: bool = False
) -> frozenset[str] | None:
    """Case-folded literals of which every match of ``pattern`` contains one.

    ``None`` means no such set could be derived (the pattern is too open, or
    uses syntax the standard parser does not know); the rule then always runs.
    """
    return pattern_literals(pattern, lexicons, verbose)[0]


def leading_literals(
    pattern: str, lexicons: dict[str, list[str]], verbose: bool = False
) -> frozenset[str] | None:
    """Case-folded literals one of which every match of ``pattern`` starts with, or ``None``.

    A rule with such literals can only match where the prefilter's scan saw one
    begin, so the engine may try the rule at those positions instead of
    scanning the whole text for it.
    """
    return pattern_literals(pattern, lexicons, verbose)[1]


def pattern_literals(
    pattern: str, lexicons: dict[str, list[str]], verbose: bool = False
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """:func:`required_literals` and :func:`leading_literals` from one parse of the pattern
    (parsing a pattern with its lexicons spelt out is most of a rule's load time)."""
    tree = _parse(pattern, lexicons, verbose)
    if tree is None:
        return None, None
    required = _sequence(tree)
    # Without their outer spaces (" itu" -> "itu") literals still occur wherever they did, and
    # the prefilter's search need not stop at every space of the text.
    required = {literal.strip() for literal in required} if required else None
    if not required or any(map(_too_common, required)):
        required = None
    leading = _leading(tree)
    leading = {literal.rstrip() for literal in leading} if leading else None
    if not leading or any(_too_common(literal) or literal[0].isspace() for literal in leading):
        leading = None
    return (frozenset(required) if required else None,
            frozenset(literal.casefold() for literal in leading) if leading else None)


def _parse(pattern: str, lexicons: dict[str, list[str]], verbose: bool) -> list[tuple[Any, Any]] | None:
    """The standard library's parse tree of ``pattern``, read for its literals only.

    Lexicons become alternations, ``regex``-only class escapes become ``\\w``,
    named groups plain groups, and lookbehinds lookaheads: the standard parser
    rejects lookbehinds of varying width and names used twice, and for which
    literals a match needs or starts with, neither a group's name nor a
    zero-width assertion's direction matters.

    Parsing a lexicon's alternation was most of the cost (a sanction rule names
    its word lists dozens of times through macros), so each lexicon is parsed
    once, and the pattern with a stand-in for each reference: a private-use
    character in a group the parser keeps whole (``(?s:...)``, a flag that
    changes no literal). The lexicon's tree then goes where the parser would
    have put the spelt-out group, which it unpacks into the sequence around it.
    """
    flags = _c.SRE_FLAG_VERBOSE if verbose else 0
    names: list[str] = []

    def stand_in(match: regex.Match) -> str:
        name = match.group(1)
        if not lexicons.get(name):
            return "(?!)"
        if name not in names:
            names.append(name)
        return f"(?s:{chr(_STAND_INS + names.index(name))})"

    try:
        plain = _OPENER.sub(_forward, _CLASS_ESCAPES.sub(r"\\w", _LEXICON_REF.sub(stand_in, pattern)))
        tree = _parser.parse(plain, flags)
        words = {_STAND_INS + index: _lexicon_tree(tuple(lexicons[name]), flags) for index, name in enumerate(names)}
    except Exception:  # noqa: BLE001 - any syntax the stdlib parser lacks means "no prefilter"
        return None
    return _spell_out(tree, words)


@lru_cache(maxsize=256)
def _lexicon_tree(words: tuple[str, ...], flags: int) -> list[tuple[Any, Any]]:
    """The parsed alternation of ``words``, shared by every reference to the lexicon."""
    return list(_parser.parse("|".join(regex.escape(word) for word in words), flags))


def _spell_out(items: Any, words: dict[int, list[tuple[Any, Any]]]) -> list[tuple[Any, Any]]:
    """``items`` with each stand-in group replaced by its lexicon's tree, spliced into the
    sequence around it."""
    spelt: list[tuple[Any, Any]] = []
    for op, arg in items:
        if op is _c.SUBPATTERN:
            body = list(arg[-1])
            if len(body) == 1 and body[0][0] is _c.LITERAL and body[0][1] in words:
                spelt.extend(words[body[0][1]])
            else:
                spelt.append((op, (*arg[:-1], _spell_out(body, words))))
        elif op is _c.BRANCH:
            spelt.append((op, (arg[0], [_spell_out(alternative, words) for alternative in arg[1]])))
        elif op in _REPEATS:
            spelt.append((op, (arg[0], arg[1], _spell_out(arg[2], words))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            spelt.append((op, (arg[0], _spell_out(arg[1], words))))
        elif op is _ATOMIC:
            spelt.append((op, _spell_out(arg, words)))
        elif op is _c.GROUPREF_EXISTS:
            group, yes, no = arg
            spelt.append((op, (group, _spell_out(yes, words), _spell_out(no, words) if no else no)))
        else:
            spelt.append((op, arg))
    return spelt


_MAX_VARIANTS = 64
_MARKS = {"Ps", "Pe", "Pi", "Pf"}  # opening, closing, initial and final punctuation: brackets, quotation marks


def _too_common(literal: str) -> bool:
    """A single letter, digit, space or stop is in nearly every text: searching for it would cost
    more than running the rule. A single quotation mark or bracket is rarer and still useful."""
    return len(literal) < 2 and (not literal or (literal not in "\"'" and category(literal) not in _MARKS))


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Best requirement of a sequence: the candidate whose shortest literal is longest.

    Runs of exactly-known text (literals, small alternations, optional parts)
    are multiplied out, so ``(?:kata|ujar)nya`` requires ``katanya`` or ``ujarnya``.
    """
    candidates: list[set[str]] = []
    run: set[str] = {""}

    def close_run() -> None:
        if "" not in run:
            candidates.append({text.casefold() for text in run})

    for op, arg in items:
        exact = _exact(op, arg)
        if exact is not None and len(run) * len(exact) <= _MAX_VARIANTS:
            run = {left + right for left in run for right in exact}
            continue
        close_run()
        run = set(exact) if exact is not None else {""}
        found = _item(op, arg)
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda literals: (min(map(len, literals)), -len(literals)))


def _exact(op: Any, arg: Any) -> set[str] | None:
    """Every string this item can match, when that is a small finite set; else ``None``."""
    if op is _c.LITERAL:
        return {chr(arg)}
    if op is _c.IN and arg and all(kind is _c.LITERAL for kind, _ in arg):
        return {chr(code) for _, code in arg}
    if op in _GROUPS:
        return _exact_sequence(list(arg[-1]))
    if op is _c.BRANCH:
        union = _union(arg[1], _exact_sequence)
        return union if union is not None and len(union) <= _MAX_VARIANTS else None
    if op in _REPEATS and arg[0] == 0 and arg[1] == 1:
        found = _exact_sequence(list(arg[2]))
        return found | {""} if found is not None else None
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    strings = {""}
    for op, arg in items:
        found = _exact(op, arg)
        if found is None or len(strings) * len(found) > _MAX_VARIANTS:
            return None
        strings = {left + right for left in strings for right in found}
    return strings


def _item(op: Any, arg: Any) -> set[str] | None:
    if op in _GROUPS:
        return _sequence(list(arg[-1]))
    if op is _c.BRANCH:
        return _union(arg[1], _sequence)
    if op in _REPEATS:
        low, _high, body = arg
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.ASSERT:
        # Lookaround text must also be in the document, so it may serve as a trigger.
        return _sequence(list(arg[1]))
    return None


def _forward(opener: regex.Match) -> str:
    return opener.group(1) + (f"(?{opener.group(2)}" if opener.group(2) else "(?:")


def _leading(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The strings a match of this sequence can start with: its run of exactly-known text
    from the start (zero-width assertions skipped), or the leading strings of the first
    group or alternation when nothing is known before it."""
    run: set[str] = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg)
        if exact is not None and len(run) * len(exact) <= _MAX_VARIANTS:
            run = {left + right for left in run for right in exact}
            continue
        if run == {""}:
            if op in _GROUPS:
                return _leading(list(arg[-1]))
            if op is _c.BRANCH:
                return _union(arg[1], _leading, lambda found: "" not in found)
        break
    return run if "" not in run else None


def _union(alternatives: Iterable[Any], read: Callable[[list[tuple[Any, Any]]], set[str] | None],
           usable: Callable[[set[str]], bool] = bool) -> set[str] | None:
    """The strings ``read`` finds for each alternative of a branch, joined; ``None`` as soon as
    one alternative has none, or none ``usable`` (a branch needs something of every alternative)."""
    union: set[str] = set()
    for alternative in alternatives:
        found = read(list(alternative))
        if not found or not usable(found):
            return None
        union |= found
    return union


def minimal_triggers(literals: Iterable[str]) -> tuple[str, ...]:
    """Drop literals that contain another one: wherever ``agt.`` occurs, ``agt`` does too.

    Shortest first, because short literals are the likeliest to occur and the
    search for a rule stops at the first literal found.
    """
    unique = set(literals)
    kept = {word for word in unique if not any(other != word and other in word for other in unique)}
    return tuple(sorted(kept, key=lambda word: (len(word), word)))


class TriggerIndex(Generic[Key]):
    """Which rules can match a text, judged by their trigger literals, and where.

    The standard ``re`` module searches the case-folded text for prefix trees
    of all rules' literals, one tree per first character; each search reports
    the longest literal starting at the first position where one starts, and
    the next search starts one character later, so overlapping literals are
    found too. Every literal starting at a position is a prefix of the longest
    one there, so adding each found literal's prefixes gives exactly the
    literals that occur. A tree that opens with one known character lets ``re``
    skip to that character's next occurrence at C speed, while a single tree of
    all literals is tried at nearly every position: one search per first
    character costs a third less (measured on the evaluation documents and 300
    corpus articles; grouping by two or three characters costs more again).
    Searching costs a quarter less than trying a lookahead at every position,
    and 1.6x less than one substring test per literal, whose misses each read
    the whole text (measured on 1,000 corpus articles).

    ``leading`` gives, for rules whose every match starts with one of some
    literals (:func:`leading_literals`), those literals: the same search then
    also yields the positions where such a rule can match.
    """

    def __init__(self, triggers: Iterable[tuple[Key, frozenset[str] | None]],
                 leading: Mapping[Key, frozenset[str]] | None = None) -> None:
        leading = leading or {}
        self._rules = [(key, frozenset(minimal_triggers(literals)) if literals is not None else None)
                       for key, literals in triggers]
        every = {literal for _, literals in self._rules if literals for literal in literals}
        every.update(literal for literals in leading.values() for literal in literals)
        by_first_character: dict[str, list[str]] = {}
        for literal in sorted(every):
            by_first_character.setdefault(literal[0], []).append(literal)
        self._searches = [re.compile(lexicon_regex(group)).search for group in by_first_character.values()]
        self._prefixes = {literal: frozenset(other for other in every if literal.startswith(other))
                          for literal in every}
        self._leaders = {literal: tuple(key for key, _ in self._rules
                                        if key in leading and not leading[key].isdisjoint(prefixes))
                         for literal, prefixes in self._prefixes.items()}

    def active(self, text: str) -> list[Key]:
        """Keys of the rules whose triggers occur in ``text`` (or that have none), in index order."""
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[Key], dict[Key, list[int]] | None]:
        """The active rules' keys, and the sorted positions in ``text`` where the leading
        literals of each rule that has them start (a rule missing from the dict has none
        there). The dict is ``None`` when case-folding changed the text's length, which would
        shift positions."""
        occurrences: dict[str, list[int]] = {}
        folded = text.casefold()
        for search in self._searches:
            match = search(folded)
            while match is not None:
                occurrences.setdefault(match.group(), []).append(match.start())
                match = search(folded, match.start() + 1)
        found: set[str] = set()
        for literal in occurrences:
            found |= self._prefixes[literal]
        active = [key for key, literals in self._rules if literals is None or not literals.isdisjoint(found)]
        if len(folded) != len(text):
            return active, None
        starts: dict[Key, list[int]] = {}
        for literal, positions in occurrences.items():
            for key in self._leaders[literal]:
                starts.setdefault(key, []).extend(positions)
        for positions in starts.values():
            positions.sort()
        return active, starts
