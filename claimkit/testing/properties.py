"""Properties that hold for every installed plugin, whatever its rules.

Each property is a function ``(engine, texts=None, overrides=None) -> None``
that runs a hypothesis search (under the loaded settings profile, or the
``overrides`` settings; ``texts`` replaces the default strategy) and raises
``AssertionError`` with a readable message when the engine breaks it:

* ``no_crash_on_arbitrary_text``: any Unicode (NUL, lone surrogates, control
  characters) mixed with the rules' own trigger-rich example texts;
* ``no_crash_on_huge_line``: one line of over 1 MB;
* ``results_are_schema_valid``: every record validates against the composed
  schema, passes the cross-record checks of ``claimkit validate`` and lists no
  errors (a rule function that raised, a claim dropped for its schema, a
  regex timeout);
* ``spans_are_exact``: every Span, also those nested in fields, has
  ``text == doc[start:end]``;
* ``prefix_shifts_offsets``: neutral paragraphs put before a text shift every
  offset by exactly their length and change nothing else;
* ``quote_style_is_irrelevant``: straight and curly double quotes give the
  same claims;
* ``deterministic``: the same input gives the same output, also after other
  documents went through the engine;
* ``work_is_linear``: the work an extraction does (Python lines executed,
  regex matches and rule runs: counted, never timed) grows linearly with the
  size of the input.

:data:`GENERIC_PROPERTIES` names them all; the pytest plugin runs each one
against a third-party plugin's engine, ``tests/test_properties.py`` against
the built-in packs.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ..engine import Engine
from ..validation import record_problems, spans_in
from ._vocabulary import words
from .articles import articles, filler_sentences
from .text import CURLY, Generated

Property = Callable[..., None]
Texts = st.SearchStrategy[Generated] | None
Overrides = settings | None
HUGE_LINE = 1_000_000
# At the engine's target of 5 MB/s a huge line takes a fifth of a second; this only stops a hang.
HUGE_LINE_SECONDS = 60.0
_SAMPLE_SENTENCES = ('"Kami siap membantu warga," kata Budi Santoso, Senin (22/3). '
                     "Uni Eropa menjatuhkan sanksi terhadap Belarus.")
# Trigger-rich fragments mixed into arbitrary text, so that rules actually run on it.
_NEWS_BITS = ['"', "\u201c", "\u201d", " kata ", "katanya", " menurut ", "bahwa", "Senin (22/3)", "pukul 14.00 WIB",
              "sanksi", " terhadap ", "Korea Utara", "(KPK)", "\n", "\x00", "2021", " - ", ", ", ". "]


# -- texts ------------------------------------------------------------------


def example_texts(engine: Engine) -> list[str]:
    """The texts of every inline example and counterexample of the engine's rules."""
    texts = []
    for rule in engine.rules:
        texts += [example["text"] for example in rule.examples]
        texts += [counter["text"] for counter in rule.counterexamples]
    return sorted(set(texts))


def arbitrary_texts(engine: Engine | None = None) -> st.SearchStrategy[str]:
    """Any Unicode, lone surrogates and NUL included, mixed with news fragments and the rules' examples."""
    characters = st.one_of(st.characters(exclude_categories=()), st.characters(categories=["Cs"]),
                           st.just("\x00"))
    # A list joined, not st.text: st.text leaves lone surrogates out of a mixed alphabet.
    noise = st.lists(characters, min_size=1, max_size=20).map("".join)
    bits = st.sampled_from(_NEWS_BITS + (example_texts(engine) if engine is not None else []))
    # Noise and a trigger-rich bit always meet, so odd characters reach the rule functions.
    return st.tuples(noise, bits, st.lists(st.one_of(noise, bits), max_size=30)) \
        .map(lambda parts: parts[0] + parts[1] + "".join(parts[2]))


@st.composite
def news_texts(draw: st.DrawFn, engine: Engine | None = None) -> Generated:
    """Generated articles; with an engine, some also end with paragraphs made of its rules' example texts.

    Those paragraphs make a third-party plugin's rules fire in the properties;
    their claims are unknown, so such a text is marked ``complete=False``.
    """
    article = draw(articles(max_paragraphs=6))
    examples = example_texts(engine) if engine is not None else []
    if not examples or draw(st.booleans()):
        return article
    text, marks = article.text, list(article.quote_marks)
    for example in draw(st.lists(st.sampled_from(examples), min_size=1, max_size=4)):
        text += "\n"
        marks += _alternating_quotes(example, len(text))
        text += example
    return Generated(text, article.published, article.claims, tuple(marks), complete=False)


def _alternating_quotes(text: str, offset: int) -> list[tuple[int, str]]:
    """Straight quotes of a balanced text as open/close pairs (none when unbalanced)."""
    positions = [index for index, char in enumerate(text) if char == '"']
    if len(positions) % 2:
        return []
    return [(offset + position, "open" if number % 2 == 0 else "close") for number, position in enumerate(positions)]


def neutral_prefixes() -> st.SearchStrategy[str]:
    """Blank lines or neutral paragraphs (no claim, no speaker, no year), ending in a line break."""
    paragraphs = st.lists(filler_sentences(), min_size=1, max_size=3).map(lambda sentences: " ".join(sentences))
    return st.one_of(st.sampled_from(["\n", "\n\n", "\n\n\n"]), paragraphs.map(lambda text: text + "\n\n"))


# -- checks on one record ---------------------------------------------------------


def assert_spans_exact(record: dict[str, Any], text: str) -> None:
    """Every Span anywhere in ``record`` satisfies ``text == doc[start:end]`` within the document."""
    for path, span in spans_in(record["claims"], "$.claims"):
        start, end = span["start"], span["end"]
        assert 0 <= start <= end <= len(text), f"{path}: offsets {start}..{end} outside a text of {len(text)}"
        assert text[start:end] == span["text"], (f"{path}: span text {span['text']!r} but the document has "
                                                 f"{text[start:end]!r} at {start}..{end}")


def assert_schema_valid(engine: Engine, record: dict[str, Any]) -> None:
    """The record validates, is consistent (``claimkit validate``'s checks) and reports no errors."""
    problems = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
                for error in engine.validator.record_errors(record)]
    problems += [f"{path}: {message}" for path, message in record_problems(record)]
    problems += [f"errors: {error['plugin']} {error['rule']}: {error['message']}" for error in record["errors"]]
    assert not problems, "invalid record:\n  " + "\n  ".join(problems)


def assert_well_formed(engine: Engine, record: dict[str, Any], text: str) -> None:
    assert_schema_valid(engine, record)
    assert_spans_exact(record, text)


def without_ids(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with ids (and references to them) replaced by what they point at, so numbering cannot differ."""
    names = {claim["id"]: f"@{claim['type']}:{claim['span']['start']}-{claim['span']['end']}" for claim in claims}

    def rename(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {name: rename(item, name) for name, item in value.items() if name != "id" or key is not None}
        if isinstance(value, list):
            return [rename(item) for item in value]
        return names.get(value, value) if key == "claim" else value

    return [rename(claim) for claim in claims]


def shifted(value: Any, offset: int) -> Any:
    """A copy with every Span's offsets moved by ``offset``."""
    if isinstance(value, dict):
        moved = {key: shifted(item, offset) for key, item in value.items()}
        if {"start", "end", "text"} <= value.keys() and isinstance(value["text"], str):
            moved["start"], moved["end"] = value["start"] + offset, value["end"] + offset
        return moved
    if isinstance(value, list):
        return [shifted(item, offset) for item in value]
    return value


def _straight(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace(CURLY["open"], '"').replace(CURLY["close"], '"')
    if isinstance(value, dict):
        return {key: _straight(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_straight(item) for item in value]
    return value


def _diff(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> str:
    """The claims only one side has, one JSON line each."""
    dump = [json.dumps(claim, ensure_ascii=False, sort_keys=True) for claim in expected]
    other = [json.dumps(claim, ensure_ascii=False, sort_keys=True) for claim in got]
    lines = [f"  - {line}" for line in dump if line not in other]
    lines += [f"  + {line}" for line in other if line not in dump]
    return "\n".join(lines) or "  (same claims, different order)"


# -- work counting ------------------------------------------------------------------


def work(engine: Engine, text: str, published: Any = None) -> int:
    """Deterministic work of one extraction: Python lines executed plus regex matches and rule runs.

    Counted with ``sys.settrace`` instead of timed, so the number is the same
    on a busy CI machine. Lines, not calls, so that a loop inside one call
    (scanning every sentence between two claims, for every pair of claims)
    counts as the work it is. Work inside one regex search is not counted;
    the engine's per-search timeout bounds that.
    """
    lines = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += 1
        return local

    def on_call(frame: Any, event: str, arg: Any) -> Any:
        return local

    before = engine.stats.copy()
    previous = sys.gettrace()
    collecting = gc.isenabled()
    gc.disable()  # a collection runs whatever gc callbacks are registered: work that is not ours
    sys.settrace(on_call)
    try:
        engine.extract(text, published)
    finally:
        sys.settrace(previous)
        if collecting:
            gc.enable()
    after = engine.stats
    return lines + (after["matches"] - before["matches"]) + (after["rule_runs"] - before["rule_runs"])


LINEAR_COPIES = (4, 8, 16)


def assert_linear(costs: dict[int, int], tolerance: float = 1.3, slack: int = 500) -> None:
    """Doubling the input again may cost at most ``tolerance`` times twice what the previous doubling cost."""
    small, middle, large = LINEAR_COPIES
    first, second = costs[middle] - costs[small], costs[large] - costs[middle]
    assert second <= tolerance * 2 * first + slack, (
        f"work is not linear in input size: copies -> work {costs}; going from {middle} to {large} copies cost "
        f"{second}, from {small} to {middle} cost {first} (linear work would make the first about twice the second)")


# -- the properties -----------------------------------------------------------------


def _texts(engine: Engine, texts: Texts) -> st.SearchStrategy[Generated]:
    return texts if texts is not None else news_texts(engine)


def _run(test: Callable[..., None], overrides: Overrides, share: float = 1.0) -> None:
    """Run a ``@given`` test under the loaded profile, or under ``overrides`` (e.g. no shrinking),
    with ``share`` of its ``max_examples`` (for the costly properties)."""
    base = overrides if overrides is not None else settings.default
    settings(base, max_examples=max(1, round(base.max_examples * share)))(test)()


def no_crash_on_arbitrary_text(engine: Engine, texts: st.SearchStrategy[str] | None = None,
                               overrides: Overrides = None) -> None:
    @given(texts if texts is not None else arbitrary_texts(engine))
    def holds(text: str) -> None:
        record = engine.extract(text, "2021-03-23")
        assert_well_formed(engine, record, text)

    _run(holds, overrides)


class TooSlow(BaseException):
    """Raised by the huge-line guard; a BaseException so the engine's per-plugin error capture lets it through."""


@contextmanager
def _guard(seconds: float, what: str) -> Iterator[None]:
    """Fail instead of hanging when ``what`` takes longer than ``seconds``.

    A hang guard, not a measurement: the limit is hundreds of times what a
    linear engine needs. Only where a POSIX interval timer is available (the
    main thread on Unix); elsewhere it does nothing.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def overtime(signum: int, frame: Any) -> None:
        raise TooSlow(f"{what} did not finish within {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except TooSlow as exc:
        raise AssertionError(f"{exc}: some rule or document step is not linear in the length of a line "
                             f"(see the work-linear property)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def no_crash_on_huge_line(engine: Engine, texts: Any = None, overrides: Overrides = None,
                          size: int = HUGE_LINE, limit: float = HUGE_LINE_SECONDS) -> None:
    """One line of more than ``size`` characters: neutral news text with the rules' examples every 100 kB.

    The examples make the rules run along the whole line; the filler keeps the
    density of claims close to real news, so the run measures robustness, not
    the cost of a million claims. Taking longer than ``limit`` seconds fails.
    """
    filler = " ".join(template.replace("{place}", "balai kota").replace("{thing}", "saluran irigasi")
                      for template in words("filler", "templates"))
    examples = " ".join(example_texts(engine) + [_SAMPLE_SENTENCES]).replace("\n", " ")
    block = examples + " \x00 \ud800 " + filler * (100_000 // len(filler) + 1)
    text = block * (size // len(block) + 1)
    with _guard(limit, f"extracting from one line of {len(text):,} characters"):
        record = engine.extract(text, "2021-03-23")
    assert_well_formed(engine, record, text)


def results_are_schema_valid(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    @given(_texts(engine, texts))
    def holds(generated: Generated) -> None:
        assert_schema_valid(engine, engine.extract(generated.document()))

    _run(holds, overrides)


def spans_are_exact(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    @given(_texts(engine, texts))
    def holds(generated: Generated) -> None:
        assert_spans_exact(engine.extract(generated.document()), generated.text)

    _run(holds, overrides)


def prefix_shifts_offsets(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    @given(_texts(engine, texts), neutral_prefixes())
    def holds(generated: Generated, prefix: str) -> None:
        plain = engine.extract(generated.text, generated.published)["claims"]
        moved = engine.extract(prefix + generated.text, generated.published)["claims"]
        after_prefix = [claim for claim in moved if claim["span"]["start"] >= len(prefix)]
        expected = without_ids(shifted(plain, len(prefix)))
        got = without_ids(after_prefix)
        assert got == expected, (f"a prefix of {len(prefix)} characters ({prefix!r}) changed the claims "
                                 f"beyond shifting them:\n{_diff(expected, got)}")

    _run(holds, overrides)


def quote_style_is_irrelevant(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    @given(_texts(engine, texts))
    def holds(generated: Generated) -> None:
        straight = engine.extract(generated.document())["claims"]
        curly = _straight(engine.extract(generated.with_curly_quotes().document())["claims"])
        assert curly == straight, f"curly quotes changed the claims:\n{_diff(straight, curly)}"

    _run(holds, overrides)


def deterministic(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    @given(_texts(engine, texts), _texts(engine, texts))
    def holds(generated: Generated, other: Generated) -> None:
        first = json.dumps(engine.extract(generated.document()), sort_keys=True)
        engine.extract(other.document())
        again = json.dumps(engine.extract(generated.document()), sort_keys=True)
        assert first == again, "the same document gave different output after another document was extracted"

    _run(holds, overrides)


def work_is_linear(engine: Engine, texts: Texts = None, overrides: Overrides = None) -> None:
    """Costly (every line traced), so it runs a third of the profile's examples."""

    @given(_texts(engine, texts))
    def holds(generated: Generated) -> None:
        copies = {count: "\n".join([generated.text] * count) for count in LINEAR_COPIES}
        engine.extract(copies[LINEAR_COPIES[-1]], generated.published)  # warm any caches first
        assert_linear({count: work(engine, text, generated.published) for count, text in copies.items()})

    _run(holds, overrides, share=1 / 3)


GENERIC_PROPERTIES: dict[str, Property] = {
    "no-crash-on-arbitrary-text": no_crash_on_arbitrary_text,
    "no-crash-on-huge-line": no_crash_on_huge_line,
    "schema-valid": results_are_schema_valid,
    "spans-exact": spans_are_exact,
    "prefix-shifts-offsets": prefix_shifts_offsets,
    "quote-style-irrelevant": quote_style_is_irrelevant,
    "deterministic": deterministic,
    "work-linear": work_is_linear,
}


def same_output_across_processes(documents: Iterable[Generated], plugins: Iterable[str] | None = None,
                                 hash_seeds: tuple[str, ...] = ("1", "2")) -> None:
    """``claimkit extract`` gives byte-identical output under different ``PYTHONHASHSEED`` values.

    Catches output that depends on set or dict iteration order of strings,
    which one process cannot see. ``plugins`` narrows the entry-point plugins.
    """
    lines = "".join(json.dumps({"doc_id": f"d{number}", "text": document.text,
                                "published": document.published.isoformat() if document.published else None},
                               ensure_ascii=False) + "\n" for number, document in enumerate(documents))
    command = [sys.executable, "-m", "claimkit", "extract", "-"]
    if plugins is not None:
        command += ["--plugins", ",".join(plugins)]
    outputs = [subprocess.run(command, input=lines, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in hash_seeds]
    assert all(output == outputs[0] for output in outputs), "output differs between processes with other hash seeds"
