"""Where the paragraphs, quotations and sentences of one document are.

Rules find cues ("kata", "mengatakan"); what a cue governs depends on the
quotation marks and sentence ends around it, which no single regex can see
reliably: marks are straight or curly, a closing mark may be missing at a
paragraph end (the quote goes on in the next paragraph), and a stray mark must
not flip every later pair. So the layout is computed once per document in
Python and rule functions look things up in it.

Pairing works paragraph by paragraph: a mark after a space and before a word
opens, a mark after a word or punctuation and before a space or punctuation
closes, and an ambiguous mark (spaces on both sides, as in rebuilt texts) does
whichever is possible. A closing mark with nothing open is stray and ignored;
an opening mark while a quote is open means the earlier mark was stray. An
unclosed quote runs to the end of its paragraph when the text has paragraphs.

Sentences end at ``.``/``!``/``?`` (with an optional closing mark) before a
capital, digit, opening mark or line end, never inside a quotation and never
after an abbreviation listed in the ``quotes_abbreviations`` lexicon.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ...document import Document

QUOTE_MARKS = "\"“”"
_MARK = regex.compile(r"[\"“”]")
_OPEN_BEFORE = "([{/:—–-"
_CLOSE_AFTER = ",.;:!?)]…-—–'’"
_SENTENCE_END = regex.compile(r"[.!?…]+[\"”’']?(?=\s|$)|(?<=[\p{Ll}\p{Lu}\d)]{2})\.(?=\p{Lu}\p{Ll})")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{N}.]+)\.$")


@dataclass(frozen=True)
class Quote:
    """One quotation: ``open`` is the opening mark; ``close`` the closing mark or None when unclosed."""

    open: int
    close: int | None
    end: int  # after the closing mark, or the paragraph end

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close if self.close is not None else self.end


class Layout:
    """Paragraphs, quotations and sentences of one text, with position look-ups."""

    def __init__(self, text: str, abbreviations: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.paragraphs = _paragraphs(text)
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self.quotes: list[Quote] = []
        self.strays: list[int] = []
        multi = len(self.paragraphs) > 1
        for start, end in self.paragraphs:
            self._pair(start, end, multi)
        self._opens = [quote.open for quote in self.quotes]
        self._by_close = {quote.close: quote for quote in self.quotes if quote.close is not None}
        self.sentences = self._sentences(abbreviations)
        self._sentence_starts = [start for start, _ in self.sentences]

    # -- look-ups -----------------------------------------------------------

    def paragraph_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, position) - 1)

    def paragraph(self, position: int) -> tuple[int, int]:
        return self.paragraphs[self.paragraph_index(position)] if self.paragraphs else (0, len(self.text))

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, position) - 1)

    def sentence(self, position: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(position)] if self.sentences else (0, len(self.text))

    def quote_containing(self, position: int) -> Quote | None:
        """The quotation whose inside (marks excluded) holds ``position``."""
        index = bisect.bisect_left(self._opens, position) - 1
        if index >= 0:
            quote = self.quotes[index]
            if quote.inner_start <= position < quote.inner_end:
                return quote
        return None

    def quote_opening_at(self, position: int) -> Quote | None:
        index = bisect.bisect_left(self._opens, position)
        if index < len(self.quotes) and self.quotes[index].open == position:
            return self.quotes[index]
        return None

    def quote_closing_at(self, position: int) -> Quote | None:
        return self._by_close.get(position)

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        """Quotations that open and end inside ``[start, end)``."""
        index = bisect.bisect_left(self._opens, start)
        found = []
        while index < len(self.quotes) and self.quotes[index].open < end:
            if self.quotes[index].end <= end:
                found.append(self.quotes[index])
            index += 1
        return found

    def strays_within(self, start: int, end: int) -> list[int]:
        return [mark for mark in self.strays if start <= mark < end]

    # -- building -----------------------------------------------------------

    def _pair(self, start: int, end: int, multi: bool) -> None:
        text = self.text
        opened: int | None = None
        for match in _MARK.finditer(text, start, end):
            position = match.start()
            before = text[position - 1] if position > start else " "
            after = text[position + 1] if position + 1 < end else " "
            opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
            closes = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
            if opened is None:
                if closes and not opens:
                    self.strays.append(position)
                else:
                    opened = position
            elif opens and not closes:
                self.strays.append(opened)
                opened = position
            else:
                self.quotes.append(Quote(opened, position, position + 1))
                opened = None
        if opened is not None:
            at_start = not text[start:opened].strip()
            if at_start or multi:
                self.quotes.append(Quote(opened, None, end))
            else:
                self.strays.append(opened)

    def _sentences(self, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
        sentences = []
        for start, end in self.paragraphs:
            current = start
            for match in _SENTENCE_END.finditer(self.text, start, end):
                stop = match.end()
                if self._inside_quote(match.start(), stop) or not self._ends_sentence(match, stop, end,
                                                                                     abbreviations):
                    continue
                sentences.append((current, stop))
                current = stop
                while current < end and self.text[current].isspace():
                    current += 1
            if current < end:
                sentences.append((current, end))
        return sentences

    def _inside_quote(self, start: int, stop: int) -> bool:
        quote = self.quote_containing(start)
        return quote is not None and stop < quote.end

    def _ends_sentence(self, match: regex.Match[str], stop: int, paragraph_end: int,
                       abbreviations: frozenset[str]) -> bool:
        text = self.text
        following = stop
        while following < paragraph_end and text[following] in " \t":
            following += 1
        if following < paragraph_end:
            char = text[following]
            if not (char.isupper() or char.isdigit() or char in QUOTE_MARKS or char in "(['‘"):
                return False
        if match.group().startswith(".") and len(match.group()) == 1:
            word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
            if word and (word.group(1).casefold() in abbreviations or len(word.group(1)) == 1):
                return False
        return True


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-separated stretches of text, without surrounding blank space."""
    paragraphs = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            paragraphs.append((start, start + len(stripped)))
        position += len(line) + 1
    return paragraphs


_local = threading.local()


def layout_of(document: Document, abbreviations: frozenset[str] = frozenset()) -> Layout:
    """The layout of ``document``, computed once while the same document is being processed."""
    cached = getattr(_local, "entry", None)
    if cached is not None and cached[0] is document:
        return cached[1]
    layout = Layout(document.text, abbreviations)
    _local.entry = (document, layout)
    return layout
