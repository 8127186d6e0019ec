"""People and organisations as Indonesian news names them.

A :class:`Person` or :class:`Organisation` knows its canonical name (what an
expected Entity's ``name`` is), the short form used after the first mention
(a surname, a given name, an acronym) and, for people, an optional role
written before the name ("Menteri Luar Negeri").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from ._vocabulary import words
from .text import Builder

# Which part of a name later mentions use, by tradition.
_SHORT_BY_FAMILY = {"batak", "minang", "arabic", "chinese_hokkien", "eastern", "korean_north", "korean_south",
                    "chinese", "russian", "american", "japanese", "iranian"}


@dataclass(frozen=True)
class Person:
    name: str
    short: str
    role: str | None
    tradition: str


@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str

    @property
    def short(self) -> str:
        return self.acronym


Speaker = Person | Organisation

INDONESIAN_TRADITIONS = tuple(words("people"))
FOREIGN_TRADITIONS = tuple(words("foreign_people"))


@st.composite
def _indonesian_name(draw: st.DrawFn, tradition: str) -> tuple[str, str]:
    parts = words("people", tradition)
    if tradition == "mononym":
        name = draw(st.sampled_from(parts["given"]))
        return name, name
    if tradition == "chinese_hokkien":
        family = draw(st.sampled_from(parts["family"]))
        first, second = draw(st.lists(st.sampled_from(parts["syllables"]), min_size=2, max_size=2, unique=True))
        return f"{family} {first} {second}", family
    given = draw(st.sampled_from(parts["given"]))
    family = draw(st.sampled_from(parts["family"]))
    return f"{given} {family}", family if tradition in _SHORT_BY_FAMILY else given


@st.composite
def _foreign_name(draw: st.DrawFn, tradition: str) -> tuple[str, str]:
    parts = words("foreign_people", tradition)
    family = draw(st.sampled_from(parts["family"]))
    given = draw(st.sampled_from(parts["given"]))
    # East Asian names are written family name first, as Indonesian news does.
    if tradition in ("korean_north", "korean_south", "chinese"):
        return f"{family} {given}", family
    return f"{given} {family}", family


def person_names(traditions: tuple[str, ...] | None = None) -> st.SearchStrategy[str]:
    """Full person names from the given naming traditions (default: all, Indonesian and foreign)."""
    return people(traditions, roles=False).map(lambda person: person.name)


@st.composite
def people(draw: st.DrawFn, traditions: tuple[str, ...] | None = None, roles: bool = True) -> Person:
    """A person with a name from one tradition and, sometimes, a fitting role."""
    tradition = draw(st.sampled_from(traditions or INDONESIAN_TRADITIONS + FOREIGN_TRADITIONS))
    if tradition in FOREIGN_TRADITIONS:
        name, short = draw(_foreign_name(tradition))
        country = words("foreign_people", tradition, "country")
        role_choices = [words("roles", "leaders").get(country, "Presiden {country}"),
                        *words("roles", "foreign")[1:]]
        role = draw(st.sampled_from(role_choices)).format(country=country)
    else:
        name, short = draw(_indonesian_name(tradition))
        role = draw(st.sampled_from(words("roles", "domestic")))
    return Person(name, short, role if roles and draw(st.booleans()) else None, tradition)


@st.composite
def organisations(draw: st.DrawFn) -> Organisation:
    """A known body ("Komisi Pemberantasan Korupsi (KPK)") or an invented one with its acronym."""
    if draw(st.booleans()):
        name, acronym = draw(st.sampled_from(words("organisations", "known")))
        return Organisation(name, acronym)
    kind = draw(st.sampled_from(words("organisations", "kinds")))
    topic = draw(st.sampled_from(words("organisations", "fields")))
    region = draw(st.sampled_from(words("organisations", "regions")))
    name = f"{kind} {topic} {region}"
    return Organisation(name, "".join(word[0] for word in name.split() if word[0].isupper()))


def speakers() -> st.SearchStrategy[Speaker]:
    """Who is quoted: mostly people, sometimes organisations."""
    return st.one_of(people(), people(), organisations())


def write_mention(builder: Builder, speaker: Speaker, role_first: bool = True) -> dict[str, Any]:
    """Write how the text names ``speaker`` here; the expected Entity.

    The first mention is the full form (a person with the role before the
    name when ``role_first``; an organisation as "Name (ACR)"); later mentions
    use the short form, as news does.
    """
    if speaker.name in builder.introduced:
        return builder.entity(speaker.name, speaker.short)
    builder.introduced.add(speaker.name)
    if isinstance(speaker, Organisation):
        entity = builder.entity(speaker.name, speaker.name)
        builder.write(" (")
        builder.add_form(speaker.name, builder.write(speaker.acronym)["text"])
        builder.write(")")
        return entity
    if speaker.role and role_first:
        builder.write(f"{speaker.role} ")
        return builder.entity(speaker.name, speaker.name, role=speaker.role)
    return builder.entity(speaker.name, speaker.name)
