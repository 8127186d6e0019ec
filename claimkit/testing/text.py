"""Generated text together with the claims planted in it.

Generators write a document left to right into a :class:`Builder`, which
records the exact offsets of everything that matters (claim spans, content,
speakers, quotation marks) as it is written. Ground truth therefore never
depends on searching the finished text, and ``text == doc[start:end]`` holds
for every expected span by construction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from ..claims import Claim, to_record
from ..document import Document
from ..validation import is_span

PLUGIN = "claimkit.testing"
CURLY = {"open": "\u201c", "close": "\u201d"}


@dataclass(frozen=True)
class Generated:
    """A generated text and the claims it contains, in the contract's shape.

    ``claims`` are complete contract claims (``id``, ``type``, ``rule``,
    ``plugin``, ``span``, ``fields``); ``rule`` names the generator pattern
    (``testing.quote.trailing-cue``) so a failing comparison says what was
    written. ``quote_marks`` are ``(offset, "open" | "close")`` pairs of the
    straight double quotes the generator wrote. ``complete`` is false when the
    text also holds material whose claims the generator does not know (rule
    examples spliced in by :func:`claimkit.testing.news_texts`).
    """

    text: str
    published: dt.date | None
    claims: list[dict[str, Any]]
    quote_marks: tuple[tuple[int, str], ...] = ()
    complete: bool = True

    def __repr__(self) -> str:
        """Short enough to read as a falsifying example: the text and what it plants."""
        planted = ", ".join(f"{claim['id']} {claim['rule']} {claim['span']['text']!r}" for claim in self.claims)
        return f"Generated(text={self.text!r}, published={self.published}, claims=[{planted}])"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis (like IPython) pretty-prints through this hook rather than ``__repr__``."""
        printer.text(repr(self))

    def document(self, doc_id: str = "generated") -> Document:
        return Document(self.text, doc_id, self.published)

    def of_type(self, claim_type: str) -> list[dict[str, Any]]:
        return [claim for claim in self.claims if claim["type"] == claim_type]

    def with_curly_quotes(self) -> Generated:
        """The same text with typographic quotes (one code point each, so offsets do not move)."""
        chars = list(self.text)
        for offset, role in self.quote_marks:
            chars[offset] = CURLY[role]
        text = "".join(chars)
        return replace(self, text=text, claims=respan(self.claims, text))


def respan(value: Any, text: str) -> Any:
    """A copy of ``value`` whose Spans read their ``text`` from ``text``."""
    if isinstance(value, dict):
        if is_span(value):
            return {**value, "text": text[value["start"]:value["end"]]}
        return {key: respan(item, text) for key, item in value.items()}
    if isinstance(value, list):
        return [respan(item, text) for item in value]
    return value


@dataclass
class _Sentence:
    years: list[int] = field(default_factory=list)
    has_date: bool = False


class Builder:
    """Accumulates text and the claims planted in it, with exact offsets.

    Entities are recorded by canonical name with every form written for them,
    so that :meth:`finish` can give each expected Entity the ``aliases`` the
    whole document supports, as the contract asks.
    """

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self._parts: list[str] = []
        self.length = 0
        self._claims: list[Claim] = []
        self._marks: list[tuple[int, str]] = []
        self._forms: dict[str, list[str]] = {}
        self._entities: list[dict[str, Any]] = []
        self.introduced: set[str] = set()
        self._sentences: list[_Sentence] = [_Sentence()]

    # -- writing ------------------------------------------------------------

    def write(self, text: str) -> dict[str, Any]:
        """Append ``text``; its Span."""
        start = self.length
        self._parts.append(text)
        self.length += len(text)
        return {"start": start, "end": self.length, "text": text}

    def quote(self, role: str) -> None:
        """A straight double quote opening or closing a quotation."""
        self._marks.append((self.length, role))
        self.write('"')

    def entity(self, name: str, mention: str, **extra: Any) -> dict[str, Any]:
        """Write ``mention`` of the entity called ``name``; its expected Entity."""
        span = self.write(mention)
        return self.entity_at(name, span, **extra)

    def entity_at(self, name: str, span: dict[str, Any], **extra: Any) -> dict[str, Any]:
        """An expected Entity for a mention already written at ``span``."""
        self.add_form(name, span["text"])
        entity = {"name": name, "span": dict(span), "aliases": [], **extra}
        self._entities.append(entity)
        return entity

    def refer(self, entity: dict[str, Any], **extra: Any) -> dict[str, Any]:
        """Another expected Entity for an entity already written (a resolved clitic or pronoun)."""
        copy = {**entity, "span": dict(entity["span"]), **extra}
        self._entities.append(copy)
        return copy

    def add_form(self, name: str, form: str) -> None:
        forms = self._forms.setdefault(name, [])
        if form not in forms:
            forms.append(form)

    def claim(self, claim_type: str, pattern: str, start: int, end: int, fields: dict[str, Any]) -> Claim:
        claim = Claim(claim_type, f"testing.{claim_type}.{pattern}", PLUGIN, start, end, fields)
        self._claims.append(claim)
        return claim

    # -- sentences (for date resolution) --------------------------------------

    def end_sentence(self) -> None:
        self._sentences.append(_Sentence())

    def note_date(self, explicit_year: int | None) -> None:
        sentence = self._sentences[-1]
        sentence.has_date = True
        if explicit_year is not None:
            sentence.years.append(explicit_year)

    def year_in_context(self) -> int | None:
        """The explicit year of this or the previous sentence, which a bare "22 Maret" takes."""
        for sentence in reversed(self._sentences[-2:]):
            if sentence.years:
                return sentence.years[-1]
        return None

    def date_in_context(self) -> bool:
        """True when this or the previous sentence already names a date (a clock time would belong to it)."""
        return any(sentence.has_date for sentence in self._sentences[-2:])

    # -- result ---------------------------------------------------------------

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def finish(self) -> Generated:
        for entity in self._entities:
            entity["aliases"] = [form for form in self._forms.get(entity["name"], []) if form != entity["name"]]
        text = self.text
        return Generated(text, self.published, to_record(self._claims, text), tuple(self._marks))
