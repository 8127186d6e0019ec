"""Reading speakers and outlets off the words around a cue.

A speaker before a verb is read right to left from the verb ("Menteri Luar
Negeri Retno Marsudi juga mengatakan"): adverbs and time words are skipped,
then capitalised words, lower-case speaker nouns ("sumber militer Korea
Selatan", "pihak berwajib") and a parenthesised acronym make the phrase; a
comma, a connective or any other word ends it. A speaker after a cue
('"...," kata Direktur Pemasaran PT Maju, Budi Santoso') is read left to right
the same way, with an appositive name after a role-only phrase. Pronouns
("dia", "ia", "beliau", "-nya") and descriptions ending in a demonstrative
("presiden klub itu") are returned as such for document-level resolution.

Indonesian noun phrases put the head first ("pejabat militer", "juru bicara
senior pemerintah"), so up to two lower-case modifiers may follow a speaker
noun; they are kept only when such a noun heads them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ...entities import NAME_PARTICLES, ORG_FUNCTION_WORDS, abbreviates, guess_kind, split_role
from .layout import Layout, Token
from .words import QuoteWords

MAX_MODIFIERS = 3
MAX_DESCRIPTION = 8
MAX_DESCRIPTION_AFTER_CUE = 14  # tokens of "adik kandung mantan Presiden X (Y) itu", parentheses included
MAX_LISTED_NAME = 10  # tokens of a comma-listed organisation name before its acronym
WINDOW = 110  # characters read on either side of a cue: a speaker phrase is hardly ever longer


@dataclass(frozen=True)
class Phrase:
    """A speaker or outlet mention: ``kind`` is "name", "pronoun", "description" or "statement"."""

    start: int
    end: int
    kind: str = "name"
    role: str | None = None
    mention_end: int | None = None  # end of a role written after the name ("Budi, Ketua RT 05")
    whole: bool = False  # the issuer of a statement or account: no role is split off ("akun TMC Polda Metro")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _word(token: Token) -> bool:
    return token.text[:1].isalpha()


def _initial(token: Token) -> bool:
    """One capital letter, as in "D.W." or "H. Rahman"."""
    return len(token.text) == 1 and token.text.isupper()


def _modifier(token: Token, words: QuoteWords, after_noun: bool) -> bool:
    """A lower-case word that may qualify a speaker noun ("militer", "senior"): no preposition or adverb.

    After the noun, a derived verb ends the phrase ("Budi dihubungi ..."); read
    leftwards from a verb, ber-/ter- words may still qualify ("pihak berwajib").
    """
    if not (_word(token) and token.text.islower()) or token.fold in words.adverbs \
            or token.fold in words.non_clause_starts or token.fold in words.appositive_markers:
        return False
    return not words.looks_like_verb(token.fold, transitive_only=not after_noun)


def _speaker_word(token: Token, words: QuoteWords) -> bool:
    """A word that can carry a speaker phrase: a speaker noun, a kin noun, a title, a capitalised non-connective."""
    return token.fold in words.speaker_nouns or token.fold in words.entity.titles or (
        _capitalised(token) and _word(token) and token.fold not in words.entity.connectives) or _kin(token, words)


def _title_connective(found: list[Token], index: int, words: QuoteWords) -> bool:
    """"Menteri Dalam Negeri", "Kanit Laka Lantas Polres X": a capitalised connective that is also a role word,
    between two capitalised words, continues a title instead of opening a clause."""
    token = found[index]
    return 0 < index < len(found) - 1 and _capitalised(token) and token.fold in words.entity.role_words \
        and token.fold in words.entity.connectives and _capitalised(found[index - 1]) and _word(found[index - 1]) \
        and _capitalised(found[index + 1]) and _word(found[index + 1])


def _plain_name(token: Token, words: QuoteWords) -> bool:
    """A capitalised word that opens no role: no title, speaker noun or organisation head ("Anton", not "Kepala")."""
    return _capitalised(token) and token.fold not in words.speaker_nouns and not words.entity.not_a_name(token.text)


def _kin(token: Token, words: QuoteWords) -> bool:
    """A kin noun in lower case or with "-nya" ("istri", "Ibunya"); "Putri Indonesia" is a title."""
    return token.fold in words.kin_forms and (token.text.islower() or token.fold.endswith(words.markers["clitic"]))


def _description_end(found: list[Token], first: int, words: QuoteWords, closing: bool) -> int | None:
    """"ujar pelantun lagu X itu", "adik kandung mantan Presiden X (Y) itu", "putra pendiri pesantren, KH X
    ini": a lower-case phrase after a cue closed by a demonstrative describes the person last named (the index
    of the demonstrative), or None. Unless it opens with a kin noun, the demonstrative must end the clause
    and no comma may come before it ("kata sumber itu, ..." but not "jelas aturan itu berlaku")."""
    head = found[first].fold
    if words.looks_like_verb(head, transitive_only=True) or head in words.adverbs or head in words.non_clause_starts \
            or head in words.statement_nouns:
        return None
    relative = False  # after "yang" verbs belong to the description ("pemain yang pernah membela klub X itu")
    for index in range(first + 1, min(len(found), first + MAX_DESCRIPTION_AFTER_CUE + 1)):
        token = found[index]
        if token.fold in words.demonstratives:
            ends = index + 1 == len(found) or found[index + 1].text in ",.;:!?"
            return index if ends or not closing else None
        relative = relative or token.fold == words.markers["relative"]
        if token.text in ".;:!?" or (closing and token.text == ",") \
                or (not relative and words.looks_like_verb(token.fold, transitive_only=True)):
            return None
    return None


def _statement(found: list[Token], first: int, last: int, words: QuoteWords) -> Phrase | None:
    """"pernyataan tersebut", "keterangan resmi Badan X": a written statement stands for its issuer.

    The issuer named after the statement noun (and "resmi", "tertulis" ...) is the speaker; without one
    the phrase is a "statement" for the document step to trace to the organisation that spoke last.
    """
    head = found[first].fold
    index = first + 1
    if index <= last and f"{head} {found[index].fold}" in words.statement_nouns:
        index += 1
    elif head not in words.statement_nouns:
        return None
    while index < len(found) and found[index].fold in words.statement_modifiers:
        index += 1
    if index <= last and _capitalised(found[index]):
        return Phrase(found[index].start, found[last].end, whole=True)
    return Phrase(found[first].start, found[min(max(last, index - 1), len(found) - 1)].end, "statement")


# -- speaker before a verb ------------------------------------------------------


def speaker_before(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """The speaker phrase ending just before ``end`` (a verb), looking no further left than ``start``."""
    found = layout.tokens(max(start, end - WINDOW), end)
    last = _skip_back(found, len(found) - 1, words)
    phrase = _relative_subject(found, last, words) or _phrase_ending_at(found, last, words, allow_relative=True)
    if phrase is None:
        return _appositive_subject(layout, start, found, found[last].start, words) if last > 0 else None
    if phrase.kind == "pronoun":
        return phrase  # "setelah dia mengklaim": a pronoun after a conjunction is the subject of its own clause
    for adverbial_before in (_before_place_adverbial, _before_adverbial_clause):
        adverbial = adverbial_before(found, phrase.start, words)
        if adverbial is not None:
            subject = _phrase_ending_at(found, _skip_back(found, adverbial, words), words, allow_relative=True)
            phrase = subject if subject is not None and subject.kind == "name" else phrase
    return _appositive_subject(layout, start, found, phrase.start, words) or _name_before_open_role(
        layout, start, found, phrase, words) or _person_before_seat(layout, start, found, phrase, words) \
        or _subject_before_object(found, phrase, words)


MAX_SEAT_WORDS = 3  # words of the organisation in "Nama dari Sinar Batik": "Komite Pemberantasan Korupsi"
LEAD_CHARACTERS = 12  # characters read before a phrase for the preposition that may precede it


def _person_before_seat(layout: Layout, start: int, found: list[Token], phrase: Phrase,
                        words: QuoteWords) -> Phrase | None:
    """"Rudi Pranata dari Sinar Batik mengatakan": a person's name, a seat preposition ("dari") and the
    organisation right before the verb: the person speaks, the organisation is where he sits. The name must be
    a full name (two capitalised words that are no title, organisation, acronym or numeral) or a one-word name
    opening the clause that the text writes again; otherwise (None) the organisation stays the speaker."""
    before = layout.text[max(0, phrase.start - LEAD_CHARACTERS):phrase.start].split()
    if not before or before[-1].casefold() not in words.seat_prepositions:
        return None  # the common case, read off the characters before the phrase
    index = next((position for position, token in enumerate(found) if token.start == phrase.start), 0)
    if index < 2 or found[index - 1].fold not in words.seat_prepositions or not _capitalised(found[index]) \
            or len(layout.tokens(phrase.start, phrase.end)) > MAX_SEAT_WORDS:
        return None  # "Ketua Panitia dari Diskominfo Nusa Barat Sarip Wongso": a longer phrase may end with the name
    name_first, name_last = _noun_phrase_back(found, index - 2, words)
    if name_first is None or name_last != index - 2 or not _capitalised(found[name_last]):
        return None
    if not (_full_name(found, name_last - 1, name_last, words) if name_first < name_last
            else _name_opening_clause(layout, start, found, name_first, name_last, words)) \
            or any(token.text.isupper() for token in found[name_last - 1:name_last + 1]):
        return None  # "Anggota Komisi IV DPR dari Fraksi X Nama": acronyms and numerals end a role, not a name
    return Phrase(found[name_first].start, found[name_last].end)


def _name_before_open_role(layout: Layout, start: int, found: list[Token], phrase: Phrase,
                           words: QuoteWords) -> Phrase | None:
    """"Rudi Hartono, Wakil Direktur Utama Bank Sentosa mengungkapkan": a name opening the sentence, a comma and a
    role with no name of its own right before the verb (the comma closing the role left out): the name speaks and
    the role is its role. None unless the name is the first thing in the clause."""
    if not layout.text[max(0, phrase.start - 2):phrase.start].rstrip().endswith(","):
        return None  # the common case, read off the two characters before the phrase
    index = next((position for position, token in enumerate(found) if token.start == phrase.start), 0)
    last = next((position for position, token in enumerate(found) if token.end == phrase.end), index)
    if index < 2 or found[index - 1].text != "," or found[index].fold not in words.entity.titles \
            or not _role_only(found, index, last, words):
        return None
    name_first, name_last = _noun_phrase_back(found, index - 2, words)
    if name_first is None or name_last != index - 2 or found[name_first].fold in words.non_clause_starts \
            or (name_first < name_last and not _full_name(found, name_first, name_last, words)) \
            or layout.tokens(start, found[name_first].start) \
            or not _name_opening_clause(layout, start, found, name_first, name_last, words):
        return None  # "Dikutip dari Harian Nusa, Bupati X menyatakan": a source, not the subject
    role = layout.text[found[index].start:found[last].end]
    return Phrase(found[name_first].start, found[name_last].end, "name", role)


MAX_ADVERBIAL_CLAUSE = 14  # tokens of "kepada awak media seusai mengikuti pertemuan dengan Gubernur Anton Wijaya"
MAX_APPOSITIVE = 14  # tokens of "adik dari pemilik warung yang membantu usaha itu sejak lama"
MAX_APPOSITIVE_NAME = 6  # tokens of "CEO Nusa Data Rudi Hartono" before "selaku"


def _appositive_subject(layout: Layout, start: int, found: list[Token], phrase_start: int,
                        words: QuoteWords) -> Phrase | None:
    """"Latif, adik pemilik warung yang ..., menyatakan", "Budi Santoso, warga setempat, mengatakan", "Irving
    Scholar selaku mantan pimpinan klub mengungkapkan": a name opening the sentence and an appositive after a
    comma (opening with a lower-case noun) or after "selaku"/"sebagai": the name speaks, the appositive is
    its role. Read only when the phrase before the verb (from ``phrase_start``) is preceded by such a separator
    within the clause."""
    index = len(found) - 1  # the phrase ends the clause: look for its first token from the end
    while index >= 0 and found[index].start > phrase_start:
        index -= 1
    if index < 0 or found[index].start != phrase_start:
        return None
    separator = index - 1
    while separator >= 0 and index - separator <= MAX_APPOSITIVE and (
            found[separator].text not in ",.;:" or _glued(found, separator)) \
            and found[separator].fold not in words.appositive_markers:
        separator -= 1
    if separator <= 0 or index - separator > MAX_APPOSITIVE or found[separator].text in ".;:":
        return None
    head = found[separator + 1]
    marked = found[separator].fold in words.appositive_markers
    relative_clause = head.fold == words.markers["relative"]  # "Yandi, yang baru pulang dari Persija, menjelaskan"
    if not (marked or relative_clause) and not (
            _word(head) and head.text.islower() and head.fold not in words.adverbs
            and head.fold not in words.non_clause_starts and head.fold not in words.pronouns
            and not words.looks_like_verb(head.fold, transitive_only=True)):
        return None
    relative = next((position for position in range(separator + 1, len(found))
                     if found[position].fold == words.markers["relative"]), len(found))
    if any(words.looks_like_verb(token.fold, transitive_only=True) for token in found[separator + 1:relative]):
        return None  # "Menurut X, pihak Y telah melaporkan kronologi yang menyebutkan ...": a clause, no appositive
    name_last = separator - 1
    if marked and name_last > 0 and found[name_last].text == ",":
        name_last -= 1  # "Budi, sebagai sutradara, mengatakan"
    name_first = name_last
    while name_first > 0 and name_last - name_first < MAX_APPOSITIVE_NAME and _capitalised(found[name_first - 1]) \
            and _word(found[name_first - 1]) and found[name_first - 1].fold not in words.entity.connectives \
            and found[name_first - 1].fold not in words.non_clause_starts:
        name_first -= 1
    closed = any(token.text == "," for token in found[separator + 1:])
    if not marked and relative == len(found) and not closed and found[-1].fold in words.demonstratives:
        return None  # "Kepada Harian X, mantan penyerang klub itu mengatakan": the description is the subject
    if not _name_opening_clause(layout, start, found, name_first, name_last, words):
        return None
    role_end = next((position for position in range(separator + 1, relative) if found[position].text == ","),
                    relative)
    role = layout.text[found[separator + 1].start:found[role_end - 1].end]
    return Phrase(found[name_first].start, found[name_last].end, "name", role.strip() or None)


def _before_place_adverbial(found: list[Token], phrase_start: int, words: QuoteWords) -> int | None:
    """"Budi Santoso, di Sukamaju, Senin, mengatakan", "Museum Seni Rupa di Kota Lama mengumumkan": a capitalised
    phrase after a preposition that a comma sets off, or after "di" right behind another capitalised word, is a
    place, not the subject; the index of that comma or word (the subject ends there), or None."""
    index = next((position for position, token in enumerate(found) if token.start == phrase_start), 0)
    if index < 2 or not _capitalised(found[index]) or found[index - 1].fold not in words.non_clause_starts:
        return None
    before = found[index - 2]
    if before.text == "," or (found[index - 1].text in words.venue_prepositions and _capitalised(before)
                              and _word(before) and _place_only(found[index:], words)):
        return index - 2
    return None


def _before_adverbial_clause(found: list[Token], phrase_start: int, words: QuoteWords) -> int | None:
    """"Rina, kepada wartawan usai rapat bersama Gubernur Anton Wijaya, menyebut", "Rina, saat ditemui di Gedung
    Sate, mengatakan": the phrase before the verb ends a stretch set off by commas that opens with a lower-case
    preposition or conjunction ("kepada", "usai", "saat"): an adverbial, not the subject. The index of the comma
    opening it (the subject ends there), or None."""
    if not found or found[-1].text != ",":
        return None  # the common case: no comma right before the verb
    index = next((position for position, token in enumerate(found) if token.start == phrase_start), 0)
    comma = index - 1
    while comma > 0 and index - comma <= MAX_ADVERBIAL_CLAUSE and found[comma].text not in ",.;:":
        comma -= 1
    if comma < 1 or found[comma].text != "," or index - comma > MAX_ADVERBIAL_CLAUSE:
        return None
    head = found[comma + 1]
    return comma if head.text.islower() and head.fold in words.non_clause_starts else None


def _place_only(tokens: list[Token], words: QuoteWords) -> bool:
    """"New York", "Kota Lama": the capitalised words opening ``tokens`` hold no role and person ("DPR Budi
    Santoso" has: in "Fraksi X di DPR Budi Santoso mengatakan" Budi speaks), so they can be the place after "di"
    rather than a subject."""
    place = []
    for token in tokens:
        if not (_capitalised(token) and _word(token)):
            break
        place.append(token.text)
    return split_role(" ".join(place), words.entity)[1] is None


MAX_DOMAIN_LENGTH = 4  # "com", "net", "co", "id", "info": the labels after a dot in a web address


def _domain_dot(found: list[Token], index: int) -> bool:
    """"Vaksin.com", "Nusa.co.id": a dot glued between a word and a short lower-case label, as in a web address."""
    return found[index].text == "." and _glued(found, index) and found[index + 1].text.isalpha() \
        and found[index + 1].text.islower() and len(found[index + 1].text) <= MAX_DOMAIN_LENGTH


def _glued(found: list[Token], index: int) -> bool:
    """A dot inside a word ("PlayGame.com"): no token boundary on either side."""
    return 0 < index < len(found) - 1 and found[index - 1].end == found[index].start \
        and found[index].end == found[index + 1].start


def _name_opening_clause(layout: Layout, start: int, found: list[Token], first: int, last: int,
                         words: QuoteWords) -> bool:
    """Are ``found[first:last + 1]`` a person's or organisation's name that opens the sentence (after
    connectives only)? One word counts only when it is no sentence adverb ("Terpisah", "Akibatnya") and the text
    writes it more than once, as it does names."""
    if first > last or not all(_capitalised(token) and _word(token) for token in found[first:last + 1]):
        return False
    lead = layout.tokens(start, found[first].start)
    adverbial = bool(lead) and lead[-1].text == "," and len(lead) <= MAX_LEADING_ADVERBIAL + 1 \
        and lead[0].fold in words.non_clause_starts  # "Kepada wartawan, Budi Santoso selaku ..."
    if not adverbial and any(token.fold not in words.entity.connectives and token.text != "," for token in lead) \
            or any(token.fold == words.markers["framing"] for token in lead):
        return False  # "Menurut Budi, ...": the name is the source of what follows, not a subject
    if first < last:
        return _full_name(found, last - 1, last, words)  # "Direktur PT Maju Rudi Hartono": the role is split later
    word = found[first]
    return not (words.entity.not_a_name(word.text) or word.fold.endswith(words.markers["clitic"])
                or word.fold in words.adverbs or word.fold in words.time_words
                or words.looks_like_verb(word.fold) or layout.text.count(word.text) < 2)


MAX_PREPOSITIONAL_WORDS = 8  # "melalui keterangan tertulisnya kepada wartawan": words between a subject and its verb


def _subject_before_object(found: list[Token], phrase: Phrase, words: QuoteWords) -> Phrase:
    """"Budi melalui keterangan tertulisnya kepada wartawan, Senin, menegaskan": a lower-case phrase right
    after a preposition is its object; the subject is the name before the prepositional phrases, if there is
    one. A capitalised phrase is left alone ("Senada dengan Gapindo, Asosiasi X menyayangkan")."""
    index = next((position for position, token in enumerate(found) if token.start == phrase.start), 0)
    if index == 0 or found[index - 1].fold not in words.non_clause_starts or _capitalised(found[index]):
        return phrase
    position = index - 2
    while position >= 0 and index - position <= MAX_PREPOSITIONAL_WORDS and _word(found[position]) \
            and not _capitalised(found[position]):
        position -= 1
    if position < 0 or not _capitalised(found[position]) or found[position].fold in words.entity.connectives:
        return phrase
    subject = _phrase_ending_at(found, position, words, allow_relative=False)
    return subject if subject is not None and subject.kind == "name" else phrase


def _relative_subject(found: list[Token], last: int, words: QuoteWords) -> Phrase | None:
    """'Pejabat yang enggan disebut namanya mengatakan': the subject is the phrase before "yang"."""
    clause_start = last
    while clause_start > 0 and found[clause_start - 1].text not in ",.;:":
        clause_start -= 1
    for index in range(clause_start + 1, last + 1):
        if found[index].fold == words.markers["relative"]:
            head = _skip_back(found, index - 1, words)
            if head >= 0 and found[head].fold in words.description_heads and found[last].fold in words.demonstratives \
                    and (head == 0 or not _capitalised(found[head - 1])):
                # "Pria yang gemar memancing itu mengaku": the relative clause describes someone already named
                return Phrase(found[head].start, found[last].end, "description")
            return _phrase_ending_at(found, head, words, allow_relative=False)
    return None


def _skip_back(found: list[Token], index: int, words: QuoteWords) -> int:
    """Step left over commas, adverbs, time words and parenthesised dates ("Senin (22/3)")."""
    while index >= 0:
        token = found[index]
        phrase = _time_phrase_before(found, index, words)
        if token.text in ",:" or token.fold in words.adverbs:
            index -= 1
        elif phrase:
            index -= phrase
        elif token.text == ")":
            opening = _matching_open(found, index)
            if opening is None or any(_word(item) and not item.fold.isdigit() for item in found[opening:index]):
                return index
            index = opening - 1
        else:
            return index
    return index


def _time_phrase_before(found: list[Token], index: int, words: QuoteWords) -> int:
    """Length in tokens of a time phrase ("kemarin", "awal bulan ini") ending at ``index``, or 0."""
    for length in (3, 2, 1):
        if index + 1 >= length and " ".join(token.fold for token in found[index + 1 - length:index + 1]) \
                in words.time_words:
            return length
    return 0


def _matching_close(found: list[Token], opening: int) -> int | None:
    for index in range(opening + 1, min(len(found), opening + 8)):
        if found[index].text == ")":
            return index
    return None


def _matching_open(found: list[Token], close: int) -> int | None:
    for index in range(close - 1, max(-1, close - 8), -1):
        if found[index].text == "(":
            return index
    return None


def _phrase_ending_at(found: list[Token], last: int, words: QuoteWords, allow_relative: bool) -> Phrase | None:
    if last < 0:
        return None
    token = found[last]
    if token.fold in words.pronouns:
        return Phrase(token.start, token.end, "pronoun")
    if token.fold in words.first_person:
        return None
    if token.fold in words.demonstratives:
        return _description_back(found, last, words)
    acronym = None
    if token.text == ")":  # "Gabungan Pengusaha Nasional (Gapnas) mengaku": the name is before the acronym
        opening = _matching_open(found, last)
        if opening is not None and opening > 0:
            acronym = found[opening + 1] if opening + 2 == last else None
            last = opening - 1
    first, end_index = _noun_phrase_back(found, last, words)
    if first is not None and acronym is not None:
        first = _listed_name_start(found, first, end_index, acronym.text, words)
    if first is None:
        if allow_relative:
            relative = _before_relative(found, last, words)
            if relative is not None:
                return _phrase_ending_at(found, relative, words, allow_relative=False)
        return None
    before = found[first - 1] if first > 0 else None
    if before is not None and before.fold == words.markers["relative"] and allow_relative:
        relative = _before_relative(found, first - 1, words)
        if relative is not None:
            earlier = _phrase_ending_at(found, relative, words, allow_relative=False)
            if earlier is not None:
                return earlier
    if before is not None and before.fold in words.description_heads:
        # "Sang istri mengaku": a relative of someone speaks, not the person last named
        kind = "name" if _kin(found[first], words) else "description"
        return Phrase(before.start, found[end_index].end, kind)
    statement = _statement(found, first, end_index, words)
    if statement is not None:
        return statement
    phrase = Phrase(found[first].start, found[end_index].end)
    enclosed = end_index + 1 < len(found) and found[end_index + 1].text == ","
    if before is not None and before.text == "," and enclosed and found[first].fold in words.entity.titles:
        # "Budi Santoso, Direktur PT Maju, mengatakan": the name before the role between commas
        name_end = _skip_back(found, first - 2, words)
        name_first, name_last = _noun_phrase_back(found, name_end, words)
        if name_first is not None and _capitalised(found[name_first]) and (
                _role_only(found, first, end_index, words) or _full_name(found, name_first, name_last, words)):
            role = " ".join(item.text for item in found[first:end_index + 1])
            return Phrase(found[name_first].start, found[name_last].end, "name", role)
    return phrase


def _full_name(found: list[Token], first: int, last: int, words: QuoteWords) -> bool:
    """Two or more capitalised words that are no title, role word, place or organisation head ("Rina Ayu").

    Such a name before a title between commas ("Rina Ayu, VP Pemasaran Nusa Data, menjelaskan") is
    the speaker even when the role names a company no list knows.
    """
    return last > first and all(_capitalised(token) and _word(token) and not words.entity.not_a_name(token.text)
                                for token in found[first:last + 1])


def _listed_name_start(found: list[Token], first: int, last: int, acronym: str, words: QuoteWords) -> int:
    """"Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": a name with commas, recognised by its acronym.

    Steps left over commas, "dan" and capitalised words while the acronym
    still abbreviates the longer name; keeps ``first`` when it never does.
    """
    best = first
    index = first - 1
    while index >= 0 and first - index <= MAX_LISTED_NAME:
        token = found[index]
        listed = token.text in ",&" or token.fold in ORG_FUNCTION_WORDS or (
            _capitalised(token) and _word(token) and token.fold not in words.entity.connectives)
        if not listed:
            break
        if _capitalised(token) and abbreviates(acronym, " ".join(item.text for item in found[index:last + 1])) \
                and token.text[0] == acronym[0]:
            best = index
        index -= 1
    return best


def _noun_phrase_back(found: list[Token], last: int, words: QuoteWords) -> tuple[int | None, int]:
    """(first, last) token indices of the speaker noun phrase ending at ``last``, or (None, last)."""
    first: int | None = None
    end_index = last
    pending = 0
    index = last
    while index >= 0:
        token = found[index]
        if index < last and found[index + 1].start - token.end > 1:
            break  # "Baca juga: Rupiah Melemah  Budi mengatakan": two blanks end a flattened headline or paragraph
        if token.text == ")" and first is not None:
            opening = _matching_open(found, index)
            if opening is None:
                break
            index = opening - 1
            continue
        if token.text == "." and first is not None and index > 0 and _initial(found[index - 1]):
            index -= 1  # "Agus D.W. Martowardojo": initials belong to the name
            continue
        if index > 0 and f"{found[index - 1].fold} {token.fold}" in words.speaker_nouns:
            first, pending = index - 1, 0  # "kantor berita", "pengunjuk rasa"
            index -= 2
            continue
        if token.fold in words.speaker_nouns or token.fold in words.entity.titles or _kin(token, words):
            first, pending = index, 0
        elif _capitalised(token) and _word(token) and (token.fold not in words.entity.connectives or _title_connective(
                found, index, words)) and token.fold not in words.determiners:
            if first is not None and pending:
                break  # "Budi menyatakan PSSI": lower-case words between names end the phrase
            if pending:
                end_index = index  # "Budi kemarin": the lower-case words after a name are no part of it
            first, pending = index, 0
        elif token.fold.isdigit() and index == last:
            pass  # "Persija 1928": a number closing a name
        elif first is not None and token.fold in ORG_FUNCTION_WORDS | NAME_PARTICLES and index > 0 \
                and _capitalised(found[index - 1]):
            pass
        elif _modifier(token, words, after_noun=False) and pending < MAX_MODIFIERS \
                and token.fold not in words.determiners and token.fold != words.markers["relative"]:
            pending += 1
        else:
            break
        index -= 1
    if first is not None and found[end_index].fold.isdigit() and first == end_index:
        return None, last
    return first, end_index


def _before_relative(found: list[Token], last: int, words: QuoteWords) -> int | None:
    """For "X yang ... VERB" the subject is X: the index just before the last "yang" up to ``last``."""
    for index in range(last, -1, -1):
        if found[index].fold == words.markers["relative"]:
            return _skip_back(found, index - 1, words)
        if found[index].text in ",.":
            return None
    return None


def _description_back(found: list[Token], last: int, words: QuoteWords) -> Phrase | None:
    first = last
    while first > 0 and last - first < MAX_DESCRIPTION:
        token = found[first - 1]
        counted = first >= 2 and found[first - 2].fold.isdigit()  # "48 tahun": a unit after a number
        if not (_word(token) or token.fold.isdigit()) or (token.fold in words.entity.connectives and not counted) \
                or token.fold in words.determiners or token.fold == words.markers["relative"] \
                or token.fold in words.appositive_markers:
            break  # digits stay: "pria berusia 48 tahun itu"; "X selaku penggagas aplikasi itu": X speaks
        first -= 1
    head = found[first]
    if first == last or not (_speaker_word(head, words) or head.fold in words.description_heads):
        return None  # "arahan ini mengingatkan saya ...": not someone who speaks
    kind = "statement" if head.fold in words.statement_nouns else "description"
    return Phrase(found[first].start, found[last].end, kind)


def _role_only(found: list[Token], first: int, last: int, words: QuoteWords) -> bool:
    """A title with no name after it ("Direktur Jenderal Pajak", "juru bicara kepolisian")."""
    head = found[first]
    if head.fold not in words.entity.titles and head.fold not in words.speaker_nouns:
        return False
    text = " ".join(token.text for token in found[first:last + 1])
    return split_role(text, words.entity)[1] is None


# -- speaker after a cue --------------------------------------------------------


def name_in_lower_case_after(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """'"...," kata eko.': a one-word name typed in lower case right after a cue. It counts only when the text
    also writes it capitalised next to another capitalised name word ("Eko Prasetyo"), so that it is a person's
    name the text gives in full, and when it closes the clause or a preposition follows ("kata eko di lokasi",
    not "tutur big man Knicks"); words of the pack's lists (pronouns,
    speaker nouns, time words, adverbs ...), place and role words and derived verbs are never such names.
    The phrase is that full mention (the nearest before the cue), which the speaker's name is read from."""
    found = layout.tokens(start, min(end, start + WINDOW))
    if not found or not found[0].text.isalpha() or not found[0].text.islower():
        return None
    word = found[0]
    if len(found) > 1 and not (found[1].text in ",.;:!?" or found[1].fold in words.non_clause_starts) \
            or words.looks_like_verb(word.fold) or any(
            word.fold in listed for listed in (words.pronouns, words.first_person, words.speaker_nouns,
                                               words.entity.titles, words.adverbs, words.time_words,
                                               words.determiners, words.non_clause_starts, words.audiences,
                                               words.demonstratives, words.kin_forms, words.entity.connectives)):
        return None
    capitalised = word.text[:1].upper() + word.text[1:]
    if words.entity.not_a_name(capitalised):
        return None
    other = r"\p{Lu}\p{Ll}+"
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{capitalised} {other}|{other} {capitalised})"
                            r"(?![\p{L}\p{N}-])")
    mentions = [match.span() for match in pattern.finditer(layout.text)
                if not any(words.entity.not_a_name(part) for part in match.group().split())]
    if not mentions:
        return None
    before = [span for span in mentions if span[1] <= start]
    mention_start, mention_end = before[-1] if before else mentions[0]
    return Phrase(mention_start, mention_end)


def _issuer_with_role(layout: Layout, found: list[Token], first: int, end: int, words: QuoteWords) -> Phrase | None:
    """"pernyataan pelatih Dynamo Selatan, Hendra Saputra", "pernyataan resmi pihak Klub X": a statement noun (and
    "resmi", "tertulis" ...) before a lower-case title or speaker noun: the issuer is read from there as after a
    cue, appositive name included, when that names someone (a capitalised word). None otherwise."""
    index = first + 1
    while index < len(found) and found[index].fold in words.statement_modifiers:
        index += 1
    if index >= len(found) or found[first].fold not in words.statement_nouns or _capitalised(found[index]) \
            or not (found[index].fold in words.speaker_nouns or found[index].fold in words.entity.titles):
        return None
    issuer = speaker_after(layout, found[index].start, end, words)
    named = issuer is not None and issuer.kind == "name" and any(
        token.text[:1].isupper() for token in layout.tokens(issuer.start, issuer.end))
    return issuer if named else None  # "tulis akun media sosial gerakan ...": no issuer is named


def speaker_after(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """The speaker phrase starting right after a cue at ``start`` ('kata Budi', 'ujar dia')."""
    found = layout.tokens(start, min(end, start + WINDOW))
    if not found:
        return None
    head = found[0]
    if head.fold in words.pronouns:
        return Phrase(head.start, head.end, "pronoun")
    if head.fold in words.first_person:
        return None
    if head.fold in words.description_heads and not (len(found) > 1 and _kin(found[1], words)):
        last = 0
        while last + 1 < len(found) and _word(found[last + 1]) and last < MAX_DESCRIPTION:
            last += 1
        name = last + 2
        relative = any(token.fold == words.markers["relative"] for token in found[:last + 1])
        if name < len(found) and found[last + 1].text == "," and _capitalised(found[name]) and not relative:
            # "menurut mantan bek timnas X, William Gallas,", "kata sang agen, Rudi Hartono": the appositive speaks
            # ("pria yang menjabat presiden klub X, Inter Milan" holds a relative clause: its name is the club's)
            other = _noun_phrase_forward(found, name, words)
            if other is not None and _full_name(found, name, other, words):
                return Phrase(found[name].start, found[other].end, "name", layout.text[head.start:found[last].end])
        return Phrase(head.start, found[last].end, "description")
    first = 0
    while first + 1 < len(found) and found[first].fold in words.determiners \
            and found[first].fold not in words.speaker_nouns:
        first += 1  # "salah seorang petugas", "seorang pejabat"
    described = _description_end(found, first, words, closing=not _kin(found[first], words)) \
        if _word(found[first]) and found[first].text.islower() else None
    if described is not None:
        return Phrase(found[first].start, found[described].end, "description")
    last = _noun_phrase_forward(found, first, words)
    if last is None:
        return None
    last = _listed_name_end(found, first, last, words)
    following = found[last + 1] if last + 1 < len(found) else None
    if found[first].fold in words.statement_nouns or (following is not None and following.fold
                                                      in words.statement_modifiers):
        issuer = _issuer_with_role(layout, found, first, end, words)
        if issuer is not None:
            return issuer
        statement = _statement(found, first, _issuer_end(found, last, words), words)
        if statement is not None:
            return statement
    phrase = Phrase(found[first].start, found[last].end)
    role_last = last  # the role's last token before an appositive comma, its acronym included
    if following is not None and following.text == "(":
        closing = _matching_close(found, last + 1)
        if closing is not None and closing + 1 < len(found) and found[closing + 1].fold in words.demonstratives:
            following = found[closing + 1]  # "menurut dosen Universitas X (UX) ini"
        elif closing is not None and closing + 1 < len(found) and found[closing + 1].text == ",":
            role_last, following = closing, found[closing + 1]  # "kata Ketua Ikatan X (IX), Budi, ..."
    if following is not None and following.fold in words.demonstratives:
        return Phrase(phrase.start, following.end, "description")  # "lanjut laporan itu"
    demonstrative = _demonstrative_after_age(found, last, words)
    if demonstrative is not None and not _capitalised(found[first]):
        return Phrase(phrase.start, found[demonstrative].end, "description")  # "kata pemain 29 tahun itu"
    venue = _name_after_venue(layout, found, first, last, words)
    if venue is not None:
        return venue
    if following is not None and following.text == ",":
        name = role_last + 2
        other = _noun_phrase_forward(found, name, words) if name < len(found) else None
        if other is not None and _capitalised(found[name]) and _full_word(found, name, other):
            other_text = " ".join(token.text for token in found[name: other + 1])
            this_text = layout.text[found[first].start:found[role_last].end]
            titled = found[first].fold in words.entity.titles or found[first].fold in words.speaker_nouns \
                or _kin(found[first], words)
            a_name = not all(token.fold in words.entity.places or token.fold in words.entity.connectives
                             for token in found[name: other + 1])
            if titled and a_name and (found[name].fold not in words.entity.titles
                                      or split_role(other_text, words.entity)[1] is not None):
                # "kata Direktur Pemasaran PT Maju, Budi Santoso": the name follows its role;
                # "kata Kabid Humas Polda Jaya, Kombes Pol Budi Santoso": the appositive opens with a rank
                person = _person_after_organisation(found, name, other, words)
                if person is not None:  # "kata Asisten Deputi X, Kementerian Y, Rina Ayu"
                    return Phrase(found[person[0]].start, found[person[1]].end, "name",
                                  layout.text[found[first].start:found[other].end])
                return Phrase(found[name].start, found[other].end, "name", this_text)
            if role_last == last and found[name].fold in words.entity.titles \
                    and not _role_only(found, first, last, words):
                # "kata Budi, Ketua RT 05": a role after the name
                return Phrase(phrase.start, phrase.end, "name", other_text, found[other].end)
    return phrase


def _name_after_venue(layout: Layout, found: list[Token], first: int, last: int, words: QuoteWords) -> Phrase | None:
    """"ujar Duta Besar RI di Kairo, Lutfi Rauf", "menurut Ketua X pada Forum Y, Budi Santoso,": a role with no name
    (``found[first:last + 1]``), a venue after "di"/"pada"/"dalam" and, after its comma, a name of two words or more
    closing the clause: that name speaks and the role (with its venue) is its role. None otherwise."""
    venue = last + 1
    if venue + 1 >= len(found) or found[venue].fold not in words.venue_prepositions \
            or not _capitalised(found[venue + 1]) or not _role_only(found, first, last, words):
        return None
    venue_last = _noun_phrase_forward(found, venue + 1, words)
    name = (venue_last or 0) + 2
    if venue_last is None or name >= len(found) or found[name - 1].text != "," or not _capitalised(found[name]):
        return None
    name_last = _noun_phrase_forward(found, name, words)
    if name_last is None or not _full_name(found, name, name_last, words) \
            or (name_last + 1 < len(found) and found[name_last + 1].text not in ",.;"):
        return None
    return Phrase(found[name].start, found[name_last].end, "name",
                  layout.text[found[first].start:found[venue_last].end])


def _person_after_organisation(found: list[Token], first: int, last: int, words: QuoteWords) -> tuple[int, int] | None:
    """"Asisten Deputi X, Kementerian Y, Rina Ayu": when the appositive ``found[first:last + 1]`` is an organisation
    and another capitalised phrase follows its comma, that phrase is the person (its first and last index)."""
    after = last + 2
    if after >= len(found) or found[last + 1].text != "," or not _capitalised(found[after]) \
            or guess_kind(" ".join(token.text for token in found[first:last + 1]), words.entity) != "organization":
        return None
    end = _noun_phrase_forward(found, after, words)
    if end is None or not _full_word(found, after, end) or guess_kind(
            " ".join(token.text for token in found[after:end + 1]), words.entity) == "organization":
        return None
    return after, end


def _issuer_end(found: list[Token], last: int, words: QuoteWords) -> int:
    """After "pernyataan resmi": the end of the issuer's name, or of a demonstrative ("pernyataan tersebut")."""
    index = last + 1
    while index < len(found) and found[index].fold in words.statement_modifiers:
        index += 1
    if index < len(found) and found[index].fold in words.demonstratives:
        return index
    if index < len(found) and _capitalised(found[index]) and index > last + 1:
        end = _noun_phrase_forward(found, index, words)
        return _listed_name_end(found, index, end, words) if end is not None else last
    return last


def _demonstrative_after_age(found: list[Token], last: int, words: QuoteWords) -> int | None:
    """"pemain 29 tahun tersebut": the index of a demonstrative after a number and a unit word, or None."""
    index = last + 1
    if index + 2 < len(found) and found[index].fold.isdigit() and _word(found[index + 1]) \
            and found[index + 1].text.islower() and found[index + 2].fold in words.demonstratives:
        return index + 2
    return None


def _listed_name_end(found: list[Token], first: int, last: int, words: QuoteWords) -> int:
    """The forward twin of :func:`_listed_name_start`: extend ``last`` up to an acronym that fits."""
    index = last + 1
    while index < len(found) and index - last <= MAX_LISTED_NAME:
        token = found[index]
        if token.text == "(" and index + 2 < len(found) and found[index + 2].text == ")":
            acronym = found[index + 1].text
            name = " ".join(item.text for item in found[first:index])
            return index - 1 if acronym[:1] == found[first].text[:1] and abbreviates(acronym, name) else last
        if not (token.text in ",&" or token.fold in ORG_FUNCTION_WORDS or (_capitalised(token) and _word(token))):
            break
        index += 1
    return last


def _full_word(found: list[Token], first: int, last: int) -> bool:
    """Not an initial or a degree ("S.T.", "M.Si"): no one-letter start, no short word before a dot."""
    dotted = last + 1 < len(found) and found[last + 1].text == "." and len(found[last].text) <= 2
    return len(found[first].text) > 1 and not dotted


def _noun_phrase_forward(found: list[Token], first: int, words: QuoteWords) -> int | None:
    titled = first < len(found) and found[first].fold in words.entity.titles  # "Wakil Ketua Kadin bidang ..."
    headed = titled or (first < len(found) and found[first].fold in words.speaker_nouns)
    last: int | None = None
    pending = 0
    index = first
    while index < len(found):
        token = found[index]
        if token.text == "(" and last is not None:
            closing = _matching_close(found, index)
            if closing is None or closing + 1 >= len(found) or not _speaker_word(found[closing + 1], words):
                break
            index = closing + 1  # "anggota Panitia Khusus (Pansus) RUU Pangan Dedi Kurniawan"
            continue
        if index + 1 < len(found) and f"{token.fold} {found[index + 1].fold}" in words.speaker_nouns:
            last, pending = index + 1, 0  # "kantor berita", "pengunjuk rasa"
            index += 2
            continue
        if pending and token.fold not in words.speaker_nouns and token.fold not in words.entity.titles \
                and _capitalised(token) and _plain_name(found[first], words):
            break  # "Anton optimis Persija ...": lower-case words after a plain name end the phrase
        # after a title or speaker noun they qualify it up to its institution ("pelatih baru Persija Jaya")
        if _initial(token) and index + 2 < len(found) and found[index + 1].text == "." \
                and _capitalised(found[index + 2]):
            last, pending = index, 0  # "kata Agus D.W. Martowardojo": initials belong to the name
            index += 2
            continue
        if token.text == "-" and last == index - 1 and _capitalised(found[last]) and index + 1 < len(found) \
                and _capitalised(found[index + 1]) and _word(found[index + 1]):
            index += 1  # "Co - Founder", "Jean - Claude": a hyphenated word spaced out
            continue
        if last == index - 1 and _domain_dot(found, index):
            last = index + 1  # "pengamat dari Vaksin.com, Budi": a web address names the organisation
            index += 2
            continue
        if _speaker_word(token, words) or _title_connective(found, index, words) or (
                titled and token.fold in words.entity.role_words and token.fold not in words.non_clause_starts):
            last, pending = index, 0
        elif token.fold.isdigit() and last == index - 1 and _capitalised(found[last]):
            last = index
        elif last is not None and (token.fold in ORG_FUNCTION_WORDS | NAME_PARTICLES or (
                headed and token.fold in words.seat_prepositions and not pending)) \
                and index + 1 < len(found) and _capitalised(found[index + 1]):
            pass  # "Anggota DPR dari Fraksi X", "peneliti dari Universitas X": where the role holder sits
        elif last is not None and (_modifier(token, words, after_noun=True) or (
                headed and token.fold in words.noun_adjectives)) and pending < MAX_MODIFIERS \
                and token.fold not in words.first_person and token.fold not in words.pronouns \
                and token.fold not in words.time_words and token.fold not in words.demonstratives:
            pending += 1
        else:
            break
        index += 1
    if pending and last is not None and (index == len(found) or found[index].text in ",.;)") \
            and not any(words.looks_like_verb(token.fold) for token in found[last + 1:index]) \
            and not _plain_name(found[first], words):
        # "juru bicara maskapai, ...", "Kepala Dinas Pertanian setempat.": modifiers that close the phrase
        # belong to it; after a plain name they describe the manner ("pungkas Anton optimis")
        last = index - 1
    return last


# -- the subject of a sentence ------------------------------------------------------


MAX_DESCRIBED_NAME = 3  # capitalised words of a name described by an appositive ("Warto, seorang petani, ...")
MAX_LEADING_ADVERBIAL = 5  # tokens of an opening adverbial before its comma ("Baru-baru ini, Budi ...")


def subject_of(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """The named subject opening the sentence ``[start, end)``: "Namun, Budi Santoso kembali menulis ...".

    Connectives and a short opening adverbial up to its comma are skipped;
    the name must be followed by a lower-case word (its predicate).
    """
    found = layout.tokens(start, min(end, start + WINDOW))
    index = 0
    while index < len(found) and (found[index].fold in words.entity.connectives or found[index].text == ","):
        index += 1
    if index < len(found) and found[index].fold in words.pronouns:
        return None  # "Ia melihat, Budi ...": the subject is the pronoun, not the name after its clause
    comma = next((position for position in range(index, min(len(found), index + MAX_LEADING_ADVERBIAL + 1))
                  if found[position].text == ","), None)
    if comma is not None and not any(_capitalised(token) for token in found[index + 1:comma]):
        index = comma + 1
    titled = index + 1 < len(found) and found[index].fold in words.entity.titles and _capitalised(found[index + 1])
    if index >= len(found) or not (_capitalised(found[index]) or titled):
        return None  # a lower-case title opens a subject only before a name ("pelatih Budi Santoso juga ...")
    phrase = speaker_after(layout, found[index].start, end, words)
    if phrase is None or phrase.kind != "name":
        return None
    rest = [token for token in found if token.start >= (phrase.mention_end or phrase.end)]
    if phrase.role is not None and phrase.start > found[index].start and rest and rest[0].text == ",":
        rest = rest[1:]  # "Hakim tunggal PN X, Kusno, menolak ...": the appositive name is the subject
    following = rest[0] if rest else None
    if following is None or not (_word(following) and following.text.islower()):
        return None
    return phrase


def described_person(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """"Warto salah satu pedagang ikan hanya ...", "Warto, seorang petani, ...": the sentence ``[start, end)`` opens
    (after connectives) with one to three capitalised words and an appositive that calls them a person ("seorang",
    or "salah satu"/"salah seorang" before a speaker noun that heads no organisation). The name, or None."""
    found = layout.tokens(start, min(end, start + WINDOW))
    index = 0
    while index < len(found) and (found[index].fold in words.entity.connectives or found[index].text == ","):
        index += 1
    first = index
    while index < len(found) and index - first < MAX_DESCRIBED_NAME and _capitalised(found[index]) \
            and _word(found[index]) and not words.entity.not_a_name(found[index].text):
        index += 1
    after = index + 1 if index < len(found) and found[index].text == "," else index
    if index == first or after + 2 >= len(found) or not found[after].text.islower():
        return None
    person = found[after].fold in words.indefinites or (
        f"{found[after].fold} {found[after + 1].fold}" in words.indefinites
        and found[after + 2].fold in words.speaker_nouns and found[after + 2].fold not in words.entity.org_heads)
    return Phrase(found[first].start, found[index - 1].end, "name") if person else None


def last_group(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """The last lower-case group of people in ``[start, end)`` ("oleh sejumlah pekerja kemanusiaan", "para petani
    setempat", "Sembilan petani itu", "12 nelayan"): a plural quantifier or a number, a speaker noun and up to
    ``MAX_MODIFIERS`` modifiers. What "mereka" stands for when no speaker came before."""
    found = layout.tokens(start, end)
    for index in range(len(found) - 2, -1, -1):
        quantifier = found[index]
        opening = index == 0 or found[index - 1].text in ".!?"  # "Sembilan petani datang ...": capitalised there
        if (quantifier.fold in words.plural_determiners or quantifier.fold.isdigit()) \
                and (quantifier.text.islower() or opening or quantifier.fold.isdigit()) \
                and found[index + 1].fold in words.speaker_nouns and found[index + 1].text.islower():
            last = index + 1
            while last + 1 < len(found) and last - index <= MAX_MODIFIERS \
                    and _modifier(found[last + 1], words, after_noun=True) \
                    and found[last + 1].fold not in words.time_words \
                    and found[last + 1].fold not in words.demonstratives:
                last += 1
            return Phrase(found[index].start, found[last].end)
    return None


# -- outlets ----------------------------------------------------------------------


def outlets(layout: Layout, start: int, end: int, words: QuoteWords) -> list[Phrase]:
    """Outlet mentions inside ``[start, end)`` ("seperti dilansir X"), trailing weekdays trimmed."""
    found = []
    for match in words.outlet_pattern.finditer(layout.text, start, end):
        name_tokens = layout.tokens(match.start("name"), match.end("name"))
        while name_tokens and (name_tokens[-1].fold in words.entity.connectives
                               or name_tokens[-1].fold in ORG_FUNCTION_WORDS):
            name_tokens.pop()
        if name_tokens and name_tokens[0].text[:1].isalnum():
            found.append(Phrase(name_tokens[0].start, name_tokens[-1].end))
    return found
