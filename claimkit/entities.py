"""Entities as the contract writes them: a canonical name, the mention, aliases.

Shared by every pack that names people or organisations, so that a speaker
and a sanction target are written the same way.

Two layers:

* :func:`entity` builds one Entity dict for one mention, with the name and
  aliases you give it. It knows nothing about the rest of the document.
* :class:`EntityIndex` canonicalises within one document: register every
  mention first, then ask for entities. Mentions that name the same person
  or organisation ("Kim Jong-un" / "Kim" / "pemimpin Kim"; "Korea Central
  News Agency" / "KCNA") end up with one canonical ``name`` (the fullest form
  the document gives) and the other forms as ``aliases``::

      lexicon = EntityLexicon.from_engine(engine)        # word lists from the loaded YAML
      index = EntityIndex(document, lexicon, engine.gazetteer)
      first = index.add(start, end)                       # "Menteri Luar Negeri Retno Marsudi"
      later = index.add(start2, end2)                     # "Retno"
      index.entity(first)   # {"name": "Retno Marsudi", "role": "Menteri Luar Negeri", "aliases": ["Retno"], ...}
      index.entity(later)   # same name and aliases, span on "Retno"

  ``add`` splits a leading role or title off the name (``Mention.role``); the
  Entity's ``span`` is the name part of the mention. Clusters are recomputed
  lazily after new mentions, so adding and asking may be interleaved.

Why the rules are what they are: Indonesian news introduces a person once with
role and full name and then uses one part of the name ("Wiranto", "Siregar"),
introduces an organisation with its acronym in parentheses and then uses the
acronym, and rebuilt texts carry token-spacing artefacts ("Kim Jong - un").
Short forms are merged only when that is unambiguous in the document.

The word lists (role titles, words that continue a role, place names,
organisation heads, sentence connectives) are YAML lexicons shipped with the
quote pack (``rules/quotes/entities.yaml``); :meth:`EntityLexicon.from_engine`
reads whichever of them are loaded, so without that pack roles are simply not
split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from .document import Document
from .errors import PluginError

if TYPE_CHECKING:
    from .engine import Engine


def entity(
    document: Document,
    start: int,
    end: int,
    name: str | None = None,
    aliases: Iterable[str] = (),
    **extra: Any,
) -> dict[str, Any]:
    """An Entity for the mention ``document.text[start:end]``.

    ``name`` defaults to the mention itself; ``extra`` carries optional
    contract fields such as ``role``, ``kind`` or ``resolved_from``.
    """
    mention = document.text[start:end]
    canonical = name or mention
    unique = [alias for alias in dict.fromkeys(aliases) if alias and alias != canonical]
    return {"name": canonical, "span": document.span(start, end), "aliases": unique, **extra}


# A word (letters and digits joined by hyphens or apostrophes, including the rebuilt-text artefact
# "Jong - un", a spaced hyphen before a lower-case part) or one punctuation mark. The standard-library
# engine is used because tokenising is the hottest loop of the packs that use it.
TOKEN = re.compile(r"[^\W_]+(?:(?:[-'’]| - (?=[^\W\d_A-Z]))[^\W_]+)*|[^\s\w]|_")
_SPACED_HYPHEN = regex.compile(r"\s*-\s*")
_SPACED_HYPHEN_IN_WORD = regex.compile(r"(?<=\p{L}) - (?=\p{Ll})")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}\s-]+")
_ACRONYM_IN_PARENTHESES = regex.compile(r"\(\s*(\p{Lu}[\p{L}\p{N}&.-]{1,14})\s*\)")
_CAPITALISED_RUN_BEFORE = regex.compile(  # searched backwards ((?r)) from the parenthesis
    r"(?r)(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}'’-]*|dan|untuk|of|the|and|for|&)"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|dan|untuk|of|the|and|for|&)){1,9})\s*$"
)
# A line break, or the run of spaces that some outlets' flattened texts put between paragraphs.
_SEGMENT_BREAK = regex.compile(r"\n| {3,}")
RELATED_LINK_REACH = 160  # characters before a name searched for a "Baca juga" cue on its line
MAX_FULLER_FORM_LOOKS = 6  # occurrences of a one-word name examined for a fuller form
FORM_SEARCH_WINDOW = 20_000  # characters around a name's first mention searched for its other forms
MAX_ROLE_CONTEXT = 6  # words before a name read to tell a role from the rest of the name
MAX_NAME_WORDS = 4  # a person's name after a role has at most this many words (initials aside)
MIN_WORDS_AFTER_NAMED_HEAD = 3  # "PT Sinar Jaya Budi Santoso": company and person after "PT"
PERSON_NAME_AFTER_COMPANY = 2  # words of the person's name taken from the end in that case
MIN_BRANCH_ACRONYM = 3  # "BPBD Poso" is a branch; "HM Prasetyo" (two letters, often initials) may be a name
MIN_WORDS_AFTER_SHORT_FORM = 2  # "Apindo Haryadi Sukamdani": a defined short form, then a name of two words
MIN_WORDS_CALLED_BY_LATER_WORD = 3  # "Demokrat Ruhut Sitompul" ... "Ruhut": an affiliation word, then a name
# After a word: more letters of it, or a capitalised word ("Ruhut Sitompul"): then it is not written alone.
_CAPITALISED_AFTER = regex.compile(r"[\p{L}\p{N}]|[ \t]+\p{Lu}")
MAX_ALONE_LOOKS = 20  # occurrences of a word examined for one written alone
_WORD_BEFORE = regex.compile(r"([\p{L}.'-]+)[ \t]+$")  # the word right before a position, on the same line
MAX_WORD = 40  # characters read back for that word
ORG_FUNCTION_WORDS = frozenset({"dan", "untuk", "of", "the", "and", "for", "&", "de", "du", "la", "le"})
COORDINATORS = frozenset({"dan", "serta", "&"})  # "Taufiq dan Yandi" names two people, not one longer name
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "dos", "del", "la"})

LEXICON_NAMES = {
    "titles": "quotes_role_titles",
    "role_words": "quotes_role_words",
    "places": "quotes_place_words",
    "org_heads": "quotes_org_heads",
    "named_heads": "quotes_named_org_heads",
    "place_heads": "quotes_place_heads",
    "connectives": "quotes_connectives",
    "related_links": "quotes_related_link_cues",
    "given_name_titles": "quotes_title_given_names",
}


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A comparison key for a name: case, punctuation and spaced hyphens do not matter.

    Cached: the clusters of a long document are rebuilt as mentions arrive, asking again
    for the keys of the same few thousand names."""
    text = _SPACED_HYPHEN.sub("-", text)
    return " ".join(_NOT_WORD.sub(" ", text).casefold().split())


def is_acronym(word: str) -> bool:
    """``KCNA``, ``PBB``, ``DK`` (two or more letters, all upper case)."""
    return word.isupper() and sum(char.isalpha() for char in word) >= 2


def initials(name: str) -> str:
    """Upper-cased first letters of the capitalised words: "Korea Central News Agency" -> "KCNA"."""
    words = [word for word in name.split() if word.casefold() not in ORG_FUNCTION_WORDS]
    return "".join(word[0] for word in words if word[:1].isupper()).upper()


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` can be read as an abbreviation of ``long``.

    Schwartz & Hearst (2003): every character of the short form appears in the
    long form in order, right to left, and the first one starts a word. This
    accepts "KCNA" for "Korea Central News Agency" and "Apkasi" for
    "Asosiasi Pemerintah Kabupaten Seluruh Indonesia" but not "Persero" for "PT Pertamina".
    """
    short_chars = [char for char in short.casefold() if char.isalnum()]
    long_text = long.casefold()
    if not short_chars or short.casefold() == long_text:
        return False
    position = len(long_text) - 1
    for index in range(len(short_chars) - 1, -1, -1):
        char = short_chars[index]
        while position >= 0 and (long_text[position] != char or (
                index == 0 and position > 0 and long_text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


@dataclass(frozen=True)
class EntityLexicon:
    """Word lists (case-folded) that tell a role from a name and a person from an organisation."""

    titles: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    named_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    connectives: frozenset[str] = frozenset()
    related_links: frozenset[str] = frozenset()  # "baca juga": a headline of another article follows
    given_name_titles: frozenset[str] = frozenset()  # titles that are also given names ("Lukman Hakim")

    @classmethod
    def from_engine(cls, engine: Engine) -> EntityLexicon:
        """The lists named in :data:`LEXICON_NAMES` that are loaded in ``engine`` (others stay empty)."""
        found: dict[str, frozenset[str]] = {}
        for attribute, lexicon_name in LEXICON_NAMES.items():
            try:
                words = engine.lexicon(lexicon_name)
            except PluginError:
                words = []
            found[attribute] = frozenset(word.casefold() for word in words)
        return cls(**found)

    def not_a_name(self, word: str) -> bool:
        """A word that may be part of a role or an organisation but not of a person's name."""
        folded = word.casefold()
        return (folded in self.titles or folded in self.role_words or folded in self.places
                or folded in self.org_heads or folded in self.connectives)


@dataclass
class Mention:
    """One registered mention: the whole text, and the name part after any role."""

    start: int
    end: int
    name_start: int
    name_end: int
    name: str
    role: str | None = None
    kind: str | None = None
    forms: tuple[str, ...] = field(default_factory=tuple)


def describe_name(text: str, lexicon: EntityLexicon) -> tuple[int, str | None, str | None]:
    """:func:`split_role` and :func:`guess_kind` of the name part in one pass over the words.

    Someone introduced by a title ("Direktur Utama PT Maju Jaya") is a person
    even when no name could be split off.
    """
    tokens = [(match.start(), match.group()) for match in TOKEN.finditer(text)]
    offset, role = _split_role(text, tokens, lexicon)
    if tokens and tokens[0][1].casefold() in lexicon.titles:
        return offset, role, "person"
    return offset, role, _guess_kind([word for start, word in tokens if start >= offset], lexicon)


def split_role(text: str, lexicon: EntityLexicon) -> tuple[int, str | None]:
    """Where the name starts inside ``text`` and the role before it, if any.

    "Menteri Luar Negeri Retno Marsudi" -> (20, "Menteri Luar Negeri"). A role
    starts with a title word, a place or an acronym; the name is the longest run (at most four words)
    at the end of the text made of capitalised words that cannot belong to a
    role, a place or an organisation. A text that is all role ("Juru bicara
    Kementerian Luar Negeri") keeps its whole text as the name.
    """
    return _split_role(text, [(match.start(), match.group()) for match in TOKEN.finditer(text)], lexicon)


def _split_role(text: str, tokens: list[tuple[int, str]], lexicon: EntityLexicon) -> tuple[int, str | None]:
    if len(tokens) < 2 or not _role_start(tokens[0][1], lexicon) or _regional_branch(tokens):
        return 0, None
    name_from = len(tokens)
    name_words = 0
    while name_from > 1:
        word = tokens[name_from - 1][1]
        last_after_name = name_from == len(tokens) and _name_word(tokens[name_from - 2][1], lexicon)
        title_inside_name = (name_words > 0 and word.casefold() in lexicon.given_name_titles
                             and _name_word(tokens[name_from - 2][1], lexicon))  # "Lukman Hakim Saifuddin"
        initial = len(word) == 1 and (word.isupper() or (word == "." and tokens[name_from - 2][1].isupper()
                                                          and len(tokens[name_from - 2][1]) == 1))
        if not (_name_word(word, lexicon) or (word.casefold() in NAME_PARTICLES and name_from < len(tokens))
                or (last_after_name and word[:1].isupper() and not is_acronym(word)) or initial
                or title_inside_name):
            break  # a title word may end a name ("Abdul Hakim") but not stand alone after a title
        name_from -= 1
        name_words += not initial  # initials ("D.W.") do not count towards the length of a name
        if name_words >= MAX_NAME_WORDS:
            break
    name_from = max(name_from, _after_named_place(tokens, name_from, lexicon))
    while name_from < len(tokens) and tokens[name_from][1].casefold() in NAME_PARTICLES:
        name_from += 1
    if name_from < len(tokens) and tokens[name_from - 1][1].casefold() in lexicon.named_heads:
        if len(tokens) - name_from < MIN_WORDS_AFTER_NAMED_HEAD:
            return 0, None  # "Direktur PT Sinar Jaya": the capitalised words name the company
        name_from = len(tokens) - PERSON_NAME_AFTER_COMPANY  # "Direktur PT Sinar Jaya Budi Santoso"
    if name_from >= len(tokens):
        return 0, None
    role = text[: tokens[name_from][0]].strip(" ,")
    return tokens[name_from][0], role or None


def _after_named_place(tokens: list[tuple[int, str]], name_from: int, lexicon: EntityLexicon) -> int:
    """Where a name may start at the earliest: after the place a title governs.

    "Bupati Banyumas Iis Rukmana", "Kepala Dinas Kota Padang Lilis Sukmana": the
    capitalised word after a place-taking title or a place noun names a place
    even when no list knows it.
    """
    earliest = 0
    for index, (_start, word) in enumerate(tokens[:name_from]):
        if word.casefold() in lexicon.place_heads and index + 1 < len(tokens):
            earliest = index + 2 if tokens[index + 1][1][:1].isupper() else earliest
    return earliest


def _regional_branch(tokens: list[tuple[int, str]]) -> bool:
    """"BPBD Poso", "KPU Sleman": an organisation's acronym followed by one capitalised word names the
    organisation's branch in that place (no list knows every district), not a person called "Poso"."""
    return (len(tokens) == 2 and is_acronym(tokens[0][1]) and len(tokens[0][1]) >= MIN_BRANCH_ACRONYM
            and tokens[1][1][:1].isupper() and not is_acronym(tokens[1][1]))


def _role_start(word: str, lexicon: EntityLexicon) -> bool:
    """A role or affiliation opens with a title ("Menteri"), a place ("Amerika Serikat Barack Obama")
    or an organisation's acronym ("UGM Akhmad Susamto")."""
    folded = word.casefold()
    return folded in lexicon.titles or folded in lexicon.places or is_acronym(word)


def _name_word(word: str, lexicon: EntityLexicon) -> bool:
    return word[:1].isupper() and not is_acronym(word) and not lexicon.not_a_name(word)


def guess_kind(name: str, lexicon: EntityLexicon) -> str | None:
    """"organization" when an organisation head or a place is in the name, "person" for a
    capitalised name without them, ``None`` when unsure (an acronym, a lower-case group)."""
    return _guess_kind(TOKEN.findall(name), lexicon)


def _guess_kind(words: list[str], lexicon: EntityLexicon) -> str | None:
    folded = [word.casefold() for word in words if word[:1].isalnum()]
    if not folded:
        return None
    if any(word in lexicon.org_heads for word in folded) or all(word in lexicon.places for word in folded):
        return "organization"
    if len(folded) == 1 and is_acronym(words[0]):
        return None
    if _regional_branch([(0, word) for word in words if word[:1].isalnum()]):
        return "organization"
    if all(word[:1].isupper() or word.casefold() in NAME_PARTICLES for word in words if word[:1].isalnum()):
        return "person"
    return None


class EntityIndex:
    """The entities of one document: register mentions, then read canonical entities."""

    def __init__(
        self,
        document: Document,
        lexicon: EntityLexicon | None = None,
        gazetteer: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        self.document = document
        self.lexicon = lexicon or EntityLexicon()
        self.mentions: list[Mention] = []
        self._gazetteer = _gazetteer_keys(gazetteer or {})
        self._definitions: list[tuple[str, str]] | None = None
        self._short_forms: frozenset[str] | None = None
        self._clusters: dict[str, tuple[str, list[str]]] | None = None
        self._later_word_starts: dict[str, int] = {}
        self._forms_in_text: dict[tuple[str, str | None, int], tuple[str | None, list[str]]] = {}

    # -- registering ---------------------------------------------------------

    def add(self, start: int, end: int, kind: str | None = None, role: str | None = None,
            split: bool = True) -> Mention:
        """Register ``document.text[start:end]``.

        A leading role is split off the text unless ``split`` is false or a
        ``role`` is given: the caller has split it already and the text is the name.
        """
        text = self.document.text[start:end]
        offset, found_role = (0, role) if role or not split else split_role(text, self.lexicon)
        role = found_role
        name_start, role = self._short_form_to_role(start + offset, end, role)
        if role is not None:
            name_start, role = self._called_by_later_word(name_start, end, role)
        name = self.document.text[name_start:end]
        forms = [name]
        if role and len(role.split()) == 1:
            # "pemimpin Kim", "Jaksa Rahmadi": a title and a name is a form of its own
            forms.append(text if offset else f"{role} {name}")
        mention = Mention(start, end, name_start, end, name, role, kind or guess_kind(name, self.lexicon),
                          tuple(forms))
        self.mentions.append(mention)
        self._clusters = None
        return mention

    def _short_form_to_role(self, name_start: int, end: int, role: str | None) -> tuple[int, str | None]:
        """"Ketua Apindo Haryadi Sukamdani": a short form that the document defines ("Asosiasi Pengusaha
        Indonesia (Apindo)") before a name of two or more words is the affiliation, part of the role.

        No word list can tell "Apindo" from a first name; the document's own definition can.
        """
        words = list(TOKEN.finditer(self.document.text, name_start, end))
        if len(words) < MIN_WORDS_AFTER_SHORT_FORM + 1 or not all(
                word.group()[:1].isupper() for word in words[1:MIN_WORDS_AFTER_SHORT_FORM + 1]):
            return name_start, role
        first = words[0].group()
        if name_key(first) not in self._defined_short_forms():
            return name_start, role
        return words[1].start(), f"{role} {first}" if role else first

    def _called_by_later_word(self, name_start: int, end: int, role: str) -> tuple[int, str]:
        """"Juru Bicara Demokrat Ruhut Sitompul ... kata Ruhut": when the document calls the person by a later
        word of a name of three or more words after a title, the words before it are the affiliation
        ("Demokrat", a company, a club), part of the role. The last such word counts ("Aptika Kemkominfo Semuel
        Pangerapan": "Kemkominfo" and "Semuel" are both written alone; the name starts at "Semuel").

        No word list knows every party or company; the document's own short reference does. Read once per name.
        """
        text = self.document.text
        words = list(TOKEN.finditer(text, name_start, end))
        if len(words) < MIN_WORDS_CALLED_BY_LATER_WORD:
            return name_start, role
        key = text[name_start:end]
        if key not in self._later_word_starts:
            self._later_word_starts[key] = next(
                (index for index in range(len(words) - 2, 0, -1)
                 if words[index].group()[:1].isupper()
                 and words[index].group().casefold() not in self.lexicon.given_name_titles
                 and self._written_alone(words[index].group())), 0)
        index = self._later_word_starts[key]
        if not index:
            return name_start, role
        return words[index].start(), f"{role} {text[name_start:words[index - 1].end()]}"

    def _written_alone(self, word: str) -> bool:
        """Is ``word`` written as a name of its own somewhere: followed by no capitalised word and preceded by none
        but a connective ("kata Ruhut di ...", "Menurut Ruhut, ...", not "Abdul Somad mengatakan")?"""
        text = self.document.text
        position = text.find(word)
        for _ in range(MAX_ALONE_LOOKS):
            if position < 0:
                return False
            end = position + len(word)
            if (position == 0 or not text[position - 1].isalnum()) and not _CAPITALISED_AFTER.match(text, end):
                before = _WORD_BEFORE.search(text, max(0, position - MAX_WORD), position)
                if before is None or not before.group(1)[:1].isupper() or before.group(1).casefold() in \
                        self.lexicon.connectives:
                    return True
            position = text.find(word, end)
        return False

    # -- reading -------------------------------------------------------------

    def entity(self, mention: Mention, **extra: Any) -> dict[str, Any]:
        """The contract Entity for ``mention``: canonical name, the cluster's other forms, the name span."""
        name, aliases = self.canonical(mention)
        if mention.role and "role" not in extra:
            extra["role"] = mention.role
        return entity(self.document, mention.name_start, mention.name_end, name,
                      [*aliases, *(form for form in mention.forms if form != name)], **extra)

    def canonical(self, mention: Mention) -> tuple[str, list[str]]:
        """Canonical name and aliases of the cluster ``mention`` belongs to."""
        if self._clusters is None:
            self._clusters = self._build_clusters()
        return self._clusters[name_key(mention.name)]

    def same(self, first: Mention, second: Mention) -> bool:
        return self.canonical(first)[0] == self.canonical(second)[0]

    # -- clustering ----------------------------------------------------------

    def _build_clusters(self) -> dict[str, tuple[str, list[str]]]:
        forms: dict[str, str] = {}  # key -> first surface form of a name
        kinds: dict[str, str | None] = {}
        titled: dict[str, str] = {}  # key of a "title + name" form -> key of its name
        for mention in self.mentions:
            key = name_key(mention.name)
            if key and key not in forms:
                forms[key] = mention.name.strip()
                kinds[key] = mention.kind
            for form in mention.forms[1:]:
                titled.setdefault(name_key(form), key)
                forms.setdefault(name_key(form), form)
        near = {}  # where each name is first mentioned: forms are looked for around it
        for mention in reversed(self.mentions):
            near[name_key(mention.name)] = mention.start
        defined_short = {name_key(short) for short, _long in self.definitions()}
        for key in defined_short & forms.keys():
            kinds[key] = "organization"  # "Perbanas" after "Perhimpunan Bank Nasional (Perbanas)"
        for key, form in list(forms.items()):
            if key in titled:
                continue
            asked = (form, kinds.get(key), near.get(key, 0))
            if asked not in self._forms_in_text:  # the text does not change between rebuilds
                self._forms_in_text[asked] = self._text_forms(*asked)
            fuller, titled_forms = self._forms_in_text[asked]
            for titled_form in titled_forms:
                titled.setdefault(name_key(titled_form), key)
                forms.setdefault(name_key(titled_form), titled_form)
            if fuller and name_key(fuller) not in forms:
                forms[name_key(fuller)] = fuller
                kinds[name_key(fuller)] = kinds.get(key)
        parent = {key: key for key in forms}

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        def union(first: str, second: str) -> None:
            parent[find(first)] = find(second)

        names = {key: form for key, form in forms.items() if key not in titled}
        for form_key, key in titled.items():
            union(form_key, key)
        for short, long in self._acronym_pairs(names):
            union(short, long)
        by_entry: dict[str, str] = {}
        for key in names:
            entry = self._gazetteer.get(key)
            if entry is not None:
                union(key, by_entry.setdefault(entry, key))
        longer_by_edge = _longer_names_by_edge_words(names, kinds)
        for key in sorted(names, key=lambda item: len(item.split())):
            longer = self._partial_name_of(key, names, kinds, longer_by_edge)
            if longer:
                union(key, longer)

        order = {key: position for position, key in enumerate(forms)}
        members: dict[str, list[str]] = {}
        for key in order:
            members.setdefault(find(key), []).append(key)
        clusters: dict[str, tuple[str, list[str]]] = {}
        for group in members.values():
            canonical_key = max(group, key=lambda item: (item not in titled, not is_acronym(forms[item]),
                                                         len(item.split()), len(item), -order[item]))
            name = _SPACED_HYPHEN_IN_WORD.sub("-", forms[canonical_key])
            aliases = [forms[item] for item in group if item != canonical_key]
            if name != forms[canonical_key]:
                aliases.append(forms[canonical_key])
            for item in group:
                clusters[item] = (name, aliases)
        return clusters

    def _acronym_pairs(self, forms: dict[str, str]) -> list[tuple[str, str]]:
        """Keys of (short, long) forms joined by a "Long Name (ACR)" definition or by initials."""
        pairs = []
        defined = {name_key(short): name_key(long) for short, long in self.definitions()}
        by_initials: dict[str, list[str]] = {}
        for key, form in forms.items():
            if len(form.split()) >= 2:
                by_initials.setdefault(initials(form), []).append(key)
        for key, form in forms.items():
            if key in defined and defined[key] in forms:
                pairs.append((key, defined[key]))
            elif is_acronym(form) and len(form) >= 3:
                pairs += [(key, other) for other in by_initials.get(form.upper(), []) if other != key]
        return pairs

    def _defined_short_forms(self) -> frozenset[str]:
        if self._short_forms is None:
            self._short_forms = frozenset(name_key(short) for short, _long in self.definitions())
        return self._short_forms

    def definitions(self) -> list[tuple[str, str]]:
        """(short, long) pairs the document itself defines: "Korea Central News Agency (KCNA)"."""
        if self._definitions is None:
            found = []
            text = self.document.text
            for match in _ACRONYM_IN_PARENTHESES.finditer(text):
                run = _CAPITALISED_RUN_BEFORE.search(text, max(0, match.start() - 150), match.start())
                if run is None:
                    continue
                long, short = run.group(1), match.group(1)
                words = long.split()
                for start in range(len(words)):  # the shortest tail of the capitalised run that the short form fits
                    candidate = " ".join(words[start:])
                    if start and words[start].casefold() in ORG_FUNCTION_WORDS:
                        continue
                    if abbreviates(short, candidate) and candidate.split()[0][:1].upper() == short[:1].upper():
                        found.append((short, _strip_titles(candidate, self.lexicon)))
                        break
            self._definitions = found
        return self._definitions

    def _partial_name_of(self, key: str, forms: dict[str, str], kinds: dict[str, str | None],
                         longer_by_edge: dict[str, list[str]]) -> str | None:
        """The one longer person name that ``key`` is the first or last words of ("Kim" -> "Kim Jong-un")."""
        form = forms[key]
        words = key.split()
        if kinds.get(key) == "organization" or is_acronym(form) or any(
                w in self.lexicon.places or w in self.lexicon.org_heads or w in self.lexicon.titles for w in words):
            return None  # "Korea" is no short form of "Korea Utara"; "Agung" may be one of "Agung Marlianto"
        candidates = []
        for other in {*longer_by_edge.get(words[0], ()), *longer_by_edge.get(words[-1], ())}:
            other_words = other.split()
            if len(other_words) <= len(words):
                continue
            if other_words[: len(words)] == words or other_words[-len(words):] == words:
                candidates.append(other)
        if not candidates:
            return None
        longest = max(candidates, key=lambda item: len(item.split()))
        if all(_nested(candidate, longest) for candidate in candidates):
            return longest
        return None

    def _text_forms(self, form: str, kind: str | None, near: int) -> tuple[str | None, list[str]]:
        """For a one-word person name, forms written elsewhere in the text.

        The first fuller form ("Dedi" -> "Dedi Kurniawan") and the forms with a
        title word right before the name ("pemimpin Ahmad"). Only the text
        within :data:`FORM_SEARCH_WINDOW` of the name's first mention ``near`` is
        read, so a huge text of many articles costs linear time.
        """
        if len(form.split()) != 1 or kind == "organization" or is_acronym(form) or self.lexicon.not_a_name(form):
            return None, []
        text = self.document.text
        fuller: str | None = None
        titled: list[str] = []
        low, high = max(0, near - FORM_SEARCH_WINDOW), near + FORM_SEARCH_WINDOW
        position = text.find(form, low, high)
        for _ in range(MAX_FULLER_FORM_LOOKS):
            if position < 0:
                break
            end = position + len(form)
            if (position == 0 or not text[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                    and not self._in_related_link(text, position):
                left_words = TOKEN.findall(_SEGMENT_BREAK.split(text[max(0, position - 60): position])[-1])
                right_words = TOKEN.findall(_SEGMENT_BREAK.split(text[end: end + 60], 1)[0])
                if left_words and left_words[-1].casefold() in self.lexicon.titles:
                    titled.append(f"{left_words[-1]} {form}")
                found = self._around(form, left_words, right_words)
                fuller = fuller or found
            position = text.find(form, end, high)
        return fuller, titled

    def _in_related_link(self, text: str, position: int) -> bool:
        """Is ``position`` in a "Baca juga: ..." line, the title-cased headline of another article?"""
        segment = _SEGMENT_BREAK.split(text[max(0, position - RELATED_LINK_REACH): position])[-1].casefold()
        return any(cue in segment for cue in self.lexicon.related_links)

    def _around(self, form: str, left_words: list[str], right_words: list[str]) -> str | None:
        """The name around ``form``: name words before and after it, minus a role before it."""
        before = _name_run(reversed(left_words), self.lexicon)[::-1]
        if before and name_key(before[0]) in self._defined_short_forms():
            before = before[1:]  # "Walhi Khalisah Khalid": the organisation, then the name
        after = _name_run(right_words, self.lexicon)
        if before and after:
            before = []  # "Demokrat Ruhut Sitompul" for "Ruhut": a person is called by a first or last name
        context_words = left_words[-MAX_ROLE_CONTEXT:]
        if before and any(_role_start(word, self.lexicon) for word in context_words):
            # "Kepala Desa Sukamaju Darsono": words before a name may still be a role
            for start in range(max(0, len(left_words) - MAX_ROLE_CONTEXT), len(left_words)):
                context = " ".join([*left_words[start:], form])
                offset, role = split_role(context, self.lexicon)
                if role:
                    kept = len(context[offset:].split()) - 1
                    before = before[len(before) - kept:] if kept else []
                    break
        return " ".join([*before, form, *after]) if before or after else None


def _name_run(tokens: Iterable[str], lexicon: EntityLexicon, limit: int = 2) -> list[str]:
    """The leading name words of ``tokens`` (at most ``limit``)."""
    run = []
    for token in tokens:
        if len(run) == limit or not _name_word(token, lexicon):
            break
        run.append(token)
    return run


def _longer_names_by_edge_words(names: dict[str, str], kinds: dict[str, str | None]) -> dict[str, list[str]]:
    """Person names of two words or more, indexed by their first and by their last word; two names joined by
    "dan" ("Taufiq dan Yandi") and a lower-case description ("orang kepercayaan Budi") are no fuller form."""
    index: dict[str, list[str]] = {}
    for key in names:
        words = key.split()
        if len(words) >= 2 and kinds.get(key) != "organization" and not COORDINATORS.intersection(words) \
                and names[key][:1].isupper():
            index.setdefault(words[0], []).append(key)
            if words[-1] != words[0]:
                index.setdefault(words[-1], []).append(key)
    return index


def _nested(short: str, long: str) -> bool:
    short_words, long_words = short.split(), long.split()
    return long_words[: len(short_words)] == short_words or long_words[-len(short_words):] == short_words


def _strip_titles(text: str, lexicon: EntityLexicon) -> str:
    offset, _role = split_role(text, lexicon)
    return text[offset:] if offset else text


_gazetteer_keys_cache: list[tuple[Mapping[str, Mapping[str, Any]], dict[str, str]]] = []


def _gazetteer_keys(gazetteer: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Name key of every form -> canonical name.

    Every document's index needs this and an engine's gazetteer does not change
    after loading, so the last gazetteer's keys are kept (building them cost
    more than resolving the document's speakers).
    """
    if _gazetteer_keys_cache and _gazetteer_keys_cache[0][0] is gazetteer:
        return _gazetteer_keys_cache[0][1]
    keys: dict[str, str] = {}
    for name, entry in gazetteer.items():
        for form in (name, *entry.get("aliases", [])):
            keys.setdefault(name_key(form), name)
    _gazetteer_keys_cache[:] = [(gazetteer, keys)]
    return keys
