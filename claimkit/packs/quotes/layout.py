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
whichever is possible. A closing mark with nothing open is stray and ignored.
An opening mark while a quote is open starts a nested quotation (news writers
use double marks inside double marks for terms); the outer quotation closes
at the next closing mark after it. When the outer quotation would then never
close, opens a sentence, and the nested pair, opened mid-sentence, ends with a
comma or a final mark, the inner opener was stray (a typo, or a single closing mark for a double opener) and that pair
closes the outer quotation instead. An unclosed quote runs to the end of its
paragraph when the text has paragraphs or when it opens the paragraph;
otherwise it is stray too.

Sentences end at ``.``/``!``/``?`` (with an optional closing mark) before a
capital, digit, opening mark or line end, never inside a quotation and never
after an abbreviation listed in the ``quotes_abbreviations`` lexicon.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from ...entities import TOKEN

if TYPE_CHECKING:
    from ...document import Document

QUOTE_MARKS = "\"“”"
MAX_NESTING = 2  # a quotation inside a quotation ('"... "istilah" ...," kata X'), no deeper
_MARK = regex.compile(r"[\"“”]")
_OPEN_BEFORE = "([{/:—–-"
_CLOSE_AFTER = ",.;:!?)]…-—–'’"
# A sentence end: final punctuation (and a closing mark) before a capital, digit, opening mark or the
# paragraph end; or a dot glued to the next sentence ("kata Budi.Menurut"), a rebuilt-text artefact.
_SENTENCE_END = regex.compile(
    r"[.!?…]+(?:[ \t]?[\"”’'])?(?=[ \t]*(?:$|[\p{Lu}\d\"“”(\['‘]))(?=\s|$)"
    r"|(?<=[\p{Ll}\p{Lu}\d)]{2})\.(?=\p{Lu}\p{Ll})")
_new_token = tuple.__new__
_INITIALS = regex.compile(r"(?:\p{Lu}\.)*\p{Lu}")
# "JAKARTA -", "Surabaya (ANTARA) -", "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com  ": where and by whom
# an article was filed, before its first sentence.
_DATELINE = regex.compile(
    r"\s*(?:(?:\p{Lu}[\p{L}\d.]*(?:[ ,]+|(?=\())){1,5}(?:\([^()\n]{1,40}\)\s*)?[-–—]{1,2}\s+"
    r"|\p{Lu}+,\s+[\p{L}\d]+\.com\s+)")


# "Merdeka.com", "VIVA.co.id", "JUARA.net": an outlet's web address heading a dateline.
_WEB_ADDRESS = regex.compile(r"\w\.(?:com|net|co\.id|id|org)$", regex.IGNORECASE)


def _dateline_end(text: str, paragraph_end: int) -> int:
    """Where the first sentence starts after a dateline; 0 without one.

    A dateline has a place in capitals, a comma, an outlet in parentheses or
    a web address ("JAKARTA -", "Bogor, CNN Indonesia --", "Solo (ANTARA) -"),
    which tells it from a sentence that happens to contain a dash.
    """
    found = _DATELINE.match(text, 0, paragraph_end)
    if found is None or found.end() >= paragraph_end:
        return 0
    head = found.group().split()[0].strip(",")
    marked = "," in found.group() or "(" in found.group() or _WEB_ADDRESS.search(head) is not None or \
        (head.isupper() and len(head) > 1)
    return found.end() if marked else 0


class Token(NamedTuple):
    """A word or punctuation mark; ``fold`` is its case-folded text."""

    start: int
    end: int
    text: str
    fold: str


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
        self.quotes.sort(key=lambda quote: quote.open)
        self.strays.sort()
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
        last = bisect.bisect_left(self._opens, position) - 1
        for index in range(last, max(-1, last - MAX_NESTING - 1), -1):
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
        return self.strays[bisect.bisect_left(self.strays, start):bisect.bisect_left(self.strays, end)]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The word and punctuation tokens of ``text[start:end]``."""
        return [_new_token(Token, (match.start(), match.end(), word, word.casefold()))
                for match in TOKEN.finditer(self.text, start, end) for word in (match.group(),)]

    # -- building -----------------------------------------------------------

    def _pair(self, start: int, end: int, multi: bool) -> None:
        """Pair the marks of one paragraph; a quotation may hold one nested quotation."""
        text = self.text
        open_marks: list[int] = []
        for match in _MARK.finditer(text, start, end):
            position = match.start()
            before = text[position - 1] if position > start else " "
            after = text[position + 1] if position + 1 < end else " "
            opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
            closes = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
            if not open_marks:
                if closes and not opens:
                    self.strays.append(position)
                else:
                    open_marks.append(position)
            elif opens and not closes:
                if len(open_marks) == MAX_NESTING:
                    self.strays.append(open_marks.pop(0))
                open_marks.append(position)
            else:
                opened = open_marks.pop()
                self.quotes.append(Quote(opened, position, position + 1))
        if len(open_marks) == 1 and self.quotes and self.quotes[-1].open > open_marks[0] \
                and _ends_an_utterance(text, self.quotes[-1]) and _opens_a_sentence(text, start, open_marks[0]) \
                and not _opens_a_sentence(text, start, self.quotes[-1].open):
            inner = self.quotes.pop()
            self.strays.append(inner.open)
            self.quotes.append(Quote(open_marks.pop(), inner.close, inner.end))
        if open_marks:
            first, *others = open_marks
            self.strays += others
            if multi or not text[start:first].strip():
                self.quotes.append(Quote(first, None, end))
            else:
                self.strays.append(first)

    def _sentences(self, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
        text = self.text
        outermost = self._outermost_quotes()
        next_quote = 0
        sentences = []
        quote_ends = {quote.end for quote in self.quotes}
        for start, end in self.paragraphs:
            current = start
            for match in _SENTENCE_END.finditer(text, start, end):
                dot, stop = match.span()
                if stop - dot > 2 and text[stop - 2].isspace() and stop not in quote_ends:
                    stop -= 2  # "... sekarang. " Kami": a blank and a mark that opens the next quotation
                    # ('... warga. "  Sebelumnya': the mark closes a quotation, spaced out as rebuilt texts do)
                while next_quote < len(outermost) and outermost[next_quote][1] <= dot:
                    next_quote += 1
                if next_quote < len(outermost) and outermost[next_quote][0] <= dot and stop < outermost[next_quote][1]:
                    continue  # inside a quotation: "... sekarang. Kami siap," kata Budi.
                if stop - dot == 1 and text[dot] == "." and _after_abbreviation(text, dot, abbreviations):
                    continue
                sentences.append((current, stop))
                current = stop
                while current < end and text[current].isspace():
                    current += 1
            if current < end:
                sentences.append((current, end))
        return sentences

    def _outermost_quotes(self) -> list[tuple[int, int]]:
        """(inside start, end) of the quotations that are not nested in another one, in order."""
        found: list[tuple[int, int]] = []
        for quote in self.quotes:
            if not found or quote.open >= found[-1][1]:
                found.append((quote.inner_start, quote.end))
        return found


def _ends_an_utterance(text: str, quote: Quote) -> bool:
    """Does ``quote`` end with a comma or a final mark ('... “kan beda RW,” ujar X', 'bisa “mengganggu’ bisnis
    kami,” kata X')? Nested inside a quotation that never closes, such a pair is the outer quotation's end after
    a stray or mismatched inner opener: a quoted term inside a quotation ends with a word."""
    return quote.close is not None and (text[quote.close - 1] in ",.!?" or text[quote.end:quote.end + 1] == ",")


def _opens_a_sentence(text: str, paragraph_start: int, mark: int) -> bool:
    """Is the mark at ``mark`` the first thing of its paragraph or after a sentence end or a colon?"""
    return text[paragraph_start:mark].rstrip()[-1:] in ("", ".", "!", "?", ":")


def _after_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Is the dot at ``dot`` the end of an abbreviation ("Kab. Garut") or initials ("H. Rahman", "D.W.")?"""
    low = max(0, dot - 20)
    word = text[max(text.rfind(" ", low, dot), text.rfind("(", low, dot), low - 1) + 1:dot]
    return bool(_INITIALS.fullmatch(word)) or word.casefold() in abbreviations


# Some outlets flatten an article to one line and keep its paragraph breaks as runs of spaces
# ("... 2015.    Berbagai cara ..."); three or more blanks inside a line break a paragraph too.
_PARAGRAPH_BREAK = regex.compile(r"\n|[ \t\u00a0]{3,}")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Stretches of text between line breaks or long runs of blanks, without surrounding blank space;
    a dateline is left out."""
    paragraphs = []
    position = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = brk.start() if brk is not None else len(text)
        line = text[position:stop]
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            paragraphs.append((start, start + len(stripped)))
        position = brk.end() if brk is not None else stop
    if paragraphs:
        paragraphs[0] = (max(paragraphs[0][0], _dateline_end(text, paragraphs[0][1])), paragraphs[0][1])
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
