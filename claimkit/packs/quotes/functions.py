"""Rule functions of the quote pack: from a cue match to the fields of a quote claim.

Each YAML rule matches only the cue (a closing mark and "kata", a verb of
saying, "menurut", an opening mark); the function reads the quotation, the
sentence, the speaker and the outlets off the document layout
(:mod:`.layout`) and the word lists (:mod:`.words`), or returns ``None`` when
the match is not a quote after all. Speakers that are pronouns or
descriptions stay unresolved here (``kind: pronoun`` / ``description``);
:mod:`.resolve` settles them for the whole document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from ...entities import describe_name, entity, guess_kind, is_acronym
from ...rules import RuleMatch
from . import phrases
from .layout import QUOTE_MARKS, Layout, Quote, Token, layout_of
from .phrases import Phrase, outlets, speaker_after, speaker_before
from .words import QuoteWords, words_of

MIN_CONTENT_WORDS = 3
MIN_STANDALONE_WORDS = 4
RELAY_WINDOW = 14  # words at the start of a clause within which a nested verb of saying makes it relayed speech
LEAD_WINDOW = 80  # characters read where only a few words matter (a framing, a relayed source)
WORD_WINDOW = 24  # characters read for the one word before a cue
CLAUSE_HEAD = 70  # characters read at the start of a reported clause to judge it
CLAUSE_WINDOW = 250  # characters after a verb within which "bahwa" is looked for
MAX_FRAMING_WORDS = 8  # "Menurut X dalam keterangannya, ...": words between the speaker and the comma
MIN_CIRCUMSTANCE_CLAUSE = 6  # after "kata X," a clause opening with "ketika"/"saat" must be this long
MAX_NEGATION_REACH = 3  # tokens before a verb searched for a negation ("tidak pernah secara resmi")
MAX_CLAUSE_SUBJECT = 6  # words of a subject before its predicate after a clause-marked verb ("harga beras itu sudah")
FOLLOW_UP_CUE = "follow-up"
# an organisation written in a person's role, right before the name ("Ketua Umum PKB Rahmat Sudirja", "Ketua Umum
# Partai X (PX), Budi", "Wakil Ketua Komisi VII DPR RI Yusron Halim"): the person belongs to it
MEMBER_OF = r"(?<![\p{{L}}\p{{N}}]){organisation}\)?,?(?: \p{{Lu}}[\p{{L}}.-]*){{0,3}} {name}(?![\p{{L}}\p{{N}}])"


def functions() -> dict[str, Callable[[RuleMatch], dict[str, Any] | None]]:
    return {
        "quotes.after_quote": after_quote,
        "quotes.after_quote_subject": after_quote_subject,
        "quotes.reporting_verb": reporting_verb,
        "quotes.trailing_cue": trailing_cue,
        "quotes.according_to": according_to,
        "quotes.passive": passive,
        "quotes.quotation": quotation,
    }


# -- direct quotes ------------------------------------------------------------------


def after_quote(m: RuleMatch) -> dict[str, Any] | None:
    """'"...," kata Budi' / '"...," ujarnya' / '"..." tambah dia menurut KCNA'."""
    words, layout = _context(m)
    quote = layout.quote_closing_at(m.start("close"))
    content = quote_content(m.text, quote) if quote else None
    if content is None:
        return None
    cue_start, cue_end = m.start("cue"), m.end("cue")
    if m.text[cue_start].isupper() and not _attribution_punctuated(m.text, quote, cue_start):
        return None  # '"... Indonesia." Kata pengantar ...': a capitalised word opens a sentence of its own
    tail_end = _tail_end(m.text, layout, cue_end)
    if m.has("clitic"):
        speaker: Phrase | None = Phrase(m.start("clitic"), m.end("clitic"), "pronoun")
        cue_end = m.end("clitic")
    else:
        speaker = speaker_after(layout, cue_end, tail_end, words) \
            or phrases.name_in_lower_case_after(layout, cue_end, tail_end, words)
    if speaker is None:
        return None
    via = outlets(layout, cue_end, tail_end, words) + _according_to_in(layout, speaker.end, tail_end, words)
    return quote_fields(m, "direct", content, speaker, (cue_start, cue_end), via)


def _attribution_punctuated(text: str, quote: Quote, cue_start: int) -> bool:
    """'"...," Kata Budi', '"...?" Tanya dia': a comma, question or exclamation mark closing the quotation (inside
    or after the mark) leaves the sentence open, so a cue written with a capital still attributes it."""
    inside = text[quote.inner_start:quote.inner_end].rstrip()[-1:]
    return inside in (",", "?", "!") or text[quote.end:cue_start].strip() == ","


def after_quote_subject(m: RuleMatch) -> dict[str, Any] | None:
    """'"...," Budi menambahkan.' (the speaker comes between the quote and the verb)."""
    words, layout = _context(m)
    quote = layout.quote_closing_at(m.start("close"))
    content = quote_content(m.text, quote) if quote else None
    if content is None:
        return None
    if layout.sentence(m.start("cue"))[0] > quote.open:
        return None  # '"... berlaku." Budi menyebutkan, ...': the quotation closed its own sentence
    speaker = speaker_before(layout, m.start("subject"), m.start("cue"), words)
    if speaker is None or speaker.start != m.start("subject"):
        return None
    via = outlets(layout, m.end("cue"), _tail_end(m.text, layout, m.end("cue")), words)
    return quote_fields(m, "direct", content, speaker, (m.start("cue"), m.end("cue")), via)


def quotation(m: RuleMatch) -> dict[str, Any] | None:
    """A quotation standing as a sentence of its own: a follow-up whose speaker is inherited later.

    Titles and scare quotes are left out: fewer than four words, a title
    cue before the mark ("film", "bertajuk"), or more text after the closing
    mark in the same sentence.
    """
    words, layout = _context(m)
    quote = layout.quote_opening_at(m.start("open"))
    content = quote_content(m.text, quote) if quote else None
    if quote is None or content is None or len(m.text[content[0]:content[1]].split()) < MIN_STANDALONE_WORDS:
        return None
    sentence_start, sentence_end = layout.sentence(quote.open)
    if m.text[sentence_start:quote.open].strip() or m.text[quote.end:sentence_end].strip(" .,;!?\t"):
        return None  # mid-sentence marks, or an attribution after the closing mark
    before = layout.tokens(max(0, quote.open - 40), quote.open)
    if before and before[-1].fold in words.title_cues:
        return None
    return {"kind": "direct", "content": m.document.span(*content), "speaker": None,
            "cue": {"text": m.text[quote.open], "lemma": FOLLOW_UP_CUE,
                    "span": m.document.span(quote.open, quote.open + 1)},
            "via": []}


# -- reported speech --------------------------------------------------------------------


def reporting_verb(m: RuleMatch) -> dict[str, Any] | None:
    """'X mengatakan, ...', 'X menegaskan bahwa ...', 'X meminta agar ...', 'X berkata: "..."'."""
    words, layout = _context(m)
    cue_start, cue_end = m.start("cue"), m.end("cue")
    if layout.quote_containing(cue_start):
        return None
    sentence_start, sentence_end = layout.sentence(cue_start)
    left_start = _after_last_quote(layout, sentence_start, cue_start)
    speaker = None if _after_coordinator(layout, left_start, cue_start, words) else speaker_before(
        layout, left_start, cue_start, words)
    speaker = speaker or _coordinated_speaker(layout, left_start, cue_start, words)
    if speaker is None or _not_asserted(layout, left_start, cue_start, words, m.group("cue")) \
            or _attributed_midway(layout, left_start, speaker.start, words) \
            or _nobody(layout, left_start, speaker.start, words):
        return None
    content_start = _clause_start(layout, cue_end, sentence_end, words, m.params.get("needs_complement", False))
    via = outlets(layout, sentence_start, sentence_end, words)
    if content_start is None:
        inverted = _inverted_content(layout, sentence_start, speaker, cue_end, sentence_end, words) \
            or _quotation_after_colon(layout, cue_end, sentence_end)
        if inverted is None:
            return None
        return _reported(m, layout, inverted, speaker, (cue_start, cue_end), via)
    content_end, trailing = _strip_trailing_attribution(layout, content_start, sentence_end, words)
    if layout.text[cue_end:content_start].strip() in (",", ":"):
        inner = _relayed(layout, content_start, content_end, words)
        if inner is not None and not _speaks_for_organisation(layout, speaker, inner, words):
            return None
    after_bahwa = words.markers["clause"] in layout.text[cue_end:content_start].casefold().split()
    content_end = _before_next_report(layout, content_start, content_end, words, after_bahwa)
    relay = _relay_source(layout, sentence_start, speaker.start, words)
    if relay is not None and _speaks_for_organisation(layout, relay, speaker, words):
        return None  # the relaying person's claim holds this clause
    return _reported(m, layout, (content_start, content_end), speaker, (cue_start, cue_end),
                     via + trailing + ([relay] if relay else []))


def trailing_cue(m: RuleMatch) -> dict[str, Any] | None:
    """'..., kata Budi.' and '..., kata Budi, ...' without quotation marks (stripped by the outlet)."""
    words, layout = _context(m)
    text = m.text
    separator = m.start("sep")
    cue_start, cue_end = m.start("cue"), m.end("cue")
    before_separator = text[max(0, separator - WORD_WINDOW):separator].rstrip()
    if layout.quote_containing(cue_start) or before_separator[-1:] in QUOTE_MARKS:
        return None
    sentence_start, sentence_end = layout.sentence(cue_start)
    if m.has("clitic"):
        speaker: Phrase | None = Phrase(m.start("clitic"), m.end("clitic"), "pronoun")
        cue_end = m.end("clitic")
    else:
        speaker = speaker_after(layout, cue_end, sentence_end, words)
    if speaker is None:
        return None
    rest_start = speaker.end
    predicate = speaker.kind != "pronoun" and _predicate_follows(layout, rest_start, sentence_end, words)
    if predicate and m.group("cue").casefold() in words.noun_cues:
        return None  # "..., kisah Rumah Kita akan diadaptasi": the cue word is a noun, the subject of a clause
    if predicate or _clause_follows(layout, rest_start, sentence_end, words) or _clause_goes_on(
            layout, sentence_start, separator, rest_start, sentence_end, words):
        content = (sentence_start, sentence_end)  # "Fasilitas itu, lanjut Budi akan dibuka ...": one sentence
    else:
        content = (sentence_start, separator + (1 if text[separator] in "?!" else 0))
    if text[content[0]] in QUOTE_MARKS:
        return None
    via = outlets(layout, speaker.end, sentence_end, words)
    return _reported(m, layout, content, speaker, (cue_start, cue_end), via)


def _subject_not_appositive(layout: Layout, cue_end: int, speaker: Phrase, end: int, words: QuoteWords) -> bool:
    """"Menurut laporan Bloomberg, Samsung sukses ...": a name read as the appositive of a framing's source but with
    no comma (or "alias") of its own after it is the subject of the framed clause ("Menurut Kepala BPS, Suryamin,
    inflasi ..." has one)."""
    if speaker.role is None or speaker.start <= cue_end + 1:
        return False
    after = layout.text[speaker.end:end].lstrip()
    return not after.startswith(",") and after.split(" ", 1)[0].casefold() not in words.alias_markers


def _clause_after_name(layout: Layout, speaker: Phrase, end: int, words: QuoteWords) -> bool:
    """"Menurut Rudi ambang batas itu sudah sesuai ...": a name of capitalised words closed by a lower-case word that
    cannot go on describing it (no "yang", "sang", "selaku", preposition or coordinator) opens the clause there."""
    text = layout.text[speaker.start:speaker.end]
    if speaker.kind != "name" or any(_is_lower_word(token) for token in layout.tokens(speaker.start, speaker.end)):
        return False  # "Menurut Dodi sang gelandang lincah tersebut ...": where the name ends is unclear
    offset, _, kind = describe_name(text, words.entity)
    if kind != "person" or guess_kind(text[offset:], words.entity) == "organization":
        return False  # "Menurut Erwan Partai Demokrat perlu ...": the clause's own subject follows the name
    following = layout.tokens(speaker.end, min(end, speaker.end + CLAUSE_HEAD))
    if len(following) < MIN_CONTENT_WORDS or not _is_lower_word(following[0]):
        return False
    head = following[0].fold
    return not (head == words.markers["relative"] or head in words.description_heads or head in words.coordinators
                or head in words.appositive_markers or head in words.non_clause_starts or head in words.determiners
                or head in words.demonstratives or words.looks_like_verb(head))


def according_to(m: RuleMatch) -> dict[str, Any] | None:
    """'Menurut X, ...', 'Menurutnya, ...', '..., menurut X.', 'Bagi X, ...'."""
    words, layout = _context(m)
    text = m.text
    cue_start, cue_end = m.start("cue"), m.end("cue")
    if layout.quote_containing(cue_start):
        return None
    sentence_start, sentence_end = layout.sentence(cue_start)
    if m.has("clitic"):
        speaker: Phrase | None = Phrase(m.start("clitic"), m.end("clitic"), "pronoun")
        cue_end = m.end("clitic")
    else:
        following = layout.tokens(cue_end, min(sentence_end, cue_end + 40))
        source = _named_source(following, words)  # "Menurut informasi dari Budi, ...": Budi is the source
        if following and following[0].fold in words.not_sources and source is None \
                or m.group("cue").casefold() == words.markers["benefactive"] and _generic_group(following, words):
            return None
        speaker = speaker_after(layout, source if source is not None else cue_end, sentence_end, words)
        if speaker is not None and _subject_not_appositive(layout, cue_end, speaker, sentence_end, words):
            speaker = speaker_after(layout, cue_end, text.rfind(",", cue_end, speaker.start), words)
    if speaker is None:
        return None
    lead = layout.tokens(max(sentence_start, cue_start - LEAD_WINDOW), cue_start)
    if cue_start - sentence_start <= LEAD_WINDOW and (all(
            token.fold in words.entity.connectives or token.fold in words.adverbs or token.text == ","
            for token in lead) or (_clitic_adverb(lead, words) and text[speaker.end:].lstrip()[:1] == ",")):
        comma = text.find(",", speaker.end, sentence_end)
        if comma >= 0 and len(text[speaker.end:comma].split()) <= m.params.get("framing_words", MAX_FRAMING_WORDS):
            if speaker.kind == "name":
                comma = _after_appositive_role(layout, comma, sentence_end, words)
            content = (comma + 1, sentence_end)
        elif speaker.kind == "pronoun" or (m.group("cue").casefold() == words.markers["framing"] and not (
                lead and lead[-1].fold in words.demonstratives) and _clause_after_name(layout, speaker, sentence_end,
                                                                                       words)):
            content = (speaker.end, sentence_end)  # "Menurutnya dana itu ...", "Menurut Rudi dana itu ...": no comma
        else:
            return None
        inner = _relayed(layout, content[0], content[1], words)
        if inner is not None and not _speaks_for_organisation(layout, speaker, inner, words):
            return None
    elif len(lead) >= 2 and lead[-1].fold in words.consequence_links and lead[-2].text == "," \
            and text[speaker.end:].lstrip()[:1] == ",":
        content = (sentence_start, sentence_end)  # "Jika ..., maka kata X, ...": the condition is X's too
    elif lead and lead[-1].text == ",":
        if _clause_follows(layout, speaker.end, sentence_end, words):
            content = (sentence_start, sentence_end)
        else:
            content = (sentence_start, lead[-1].start)
    elif speaker.kind == "name" and lead and _is_lower_word(lead[-1]) \
            and _predicate_follows(layout, speaker.end, sentence_end, words):
        content = (sentence_start, sentence_end)  # "Harga cabai menurut Kepala Dinas X akan stabil": one sentence
    else:
        return None
    via = outlets(layout, sentence_start, sentence_end, words)
    return _reported(m, layout, content, speaker, (cue_start, cue_end), via)


def passive(m: RuleMatch) -> dict[str, Any] | None:
    """'X disebut ...', 'dikatakan oleh X, ...', 'disebutnya ...'; without an agent the speaker is inherited.

    'Demikian disampaikan X.' / 'Hal itu diungkapkan X.' restate the previous
    sentence: that sentence is the content and X its speaker.
    """
    words, layout = _context(m)
    cue_start, cue_end = m.start("cue"), m.end("cue")
    if layout.quote_containing(cue_start):
        return None
    sentence_start, sentence_end = layout.sentence(cue_start)
    before = layout.tokens(max(sentence_start, cue_start - LEAD_WINDOW), cue_start)
    if before and (before[-1].fold == words.markers["relative"] or before[-1].fold in words.refusals):
        return None  # "yang disebut" (so-called), "tak ingin disebutkan namanya"
    if before and before[0].start == sentence_start and before[0].fold in words.non_clause_starts:
        return None  # "Pada Pasal 2 disebutkan ...": a document, not a speaker
    subject = before
    while subject and subject[-1].fold in words.adverbs:
        subject = subject[:-1]  # "Hal senada juga disampaikan X."
    restating = bool(subject) and subject[-min(2, len(subject))].start == sentence_start and words.points_back(
        [token.fold for token in subject[-2:]])
    speaker = _passive_agent(m, layout, cue_end, sentence_end, words)
    summary = _summarised_clause(layout, sentence_start, subject, words)
    if summary is not None:
        if speaker is None or speaker.kind != "name":
            return None
        content = summary
    elif restating:
        index = layout.sentence_index(cue_start)
        if speaker is None or speaker.kind != "name" or index == 0:
            return None
        content = layout.sentences[index - 1]
    else:
        if speaker is None and m.params.get("agent") == "required":
            return None
        content_start = (speaker.mention_end or speaker.end) if speaker else cue_end
        following = layout.tokens(content_start, min(sentence_end, content_start + LEAD_WINDOW))
        if speaker is not None and speaker.kind != "pronoun" and m.group("cue")[:1].isupper() and (
                not following or following[0].text != ","):
            return None  # "Dikatakan Budi, ...": a sentence-opening passive takes its clause after a comma
        while following and (following[0].text == "," or following[0].fold == words.markers["clause"]):
            following.pop(0)
        if not following or following[0].fold in words.non_clause_starts or words.points_back(
                [token.fold for token in before[-2:]]):
            return None
        content = (following[0].start, sentence_end)
    via = outlets(layout, sentence_start, sentence_end, words)
    return _reported(m, layout, content, speaker, (cue_start, cue_end), via)


def _summarised_clause(layout: Layout, sentence_start: int, before: list[Token],
                       words: QuoteWords) -> tuple[int, int] | None:
    """"Pasokan air ditambah, demikian dikatakan Budi di balai kota": a passive after ", demikian" sums up the
    clause before the comma in the same sentence; that clause (or None when the passive has no such lead)."""
    if len(before) < 3 or before[-1].fold != words.markers["summary"] or before[-2].text != ",":
        return None
    return _trimmed(layout.text, sentence_start, before[-2].start)


def _passive_agent(m: RuleMatch, layout: Layout, cue_end: int, sentence_end: int, words: QuoteWords) -> Phrase | None:
    """The agent of a passive verb: its clitic ("disebutnya"), "oleh X", or a name right after it."""
    if m.has("clitic"):
        return Phrase(m.start("clitic"), m.end("clitic"), "pronoun")
    following = layout.tokens(cue_end, min(sentence_end, cue_end + LEAD_WINDOW))
    if following and following[0].fold == words.markers["agent"]:
        return speaker_after(layout, following[0].end, sentence_end, words)
    if following and following[0].text[:1].isupper() and following[0].fold not in words.entity.connectives:
        return speaker_after(layout, cue_end, sentence_end, words)
    return None


# -- shared pieces ------------------------------------------------------------------


def _context(m: RuleMatch) -> tuple[QuoteWords, Layout]:
    words = words_of(m.engine)
    return words, layout_of(m.document, words.abbreviations)


def quote_content(text: str, quote: Quote) -> tuple[int, int] | None:
    """The inside of a quotation without surrounding blanks and a final ``,`` or ``.``."""
    start, end = quote.inner_start, quote.inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        end -= 1
    return (start, end) if end > start else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    return start, end


def _tail_end(text: str, layout: Layout, start: int) -> int:
    """End of the attribution after a cue: the sentence end or the next quotation mark."""
    end = layout.sentence(start)[1]
    for mark in QUOTE_MARKS:
        found = text.find(mark, start, end)
        if found >= 0:
            end = found
    return end


def _after_last_quote(layout: Layout, sentence_start: int, position: int) -> int:
    start = sentence_start
    for quote in layout.quotes_within(sentence_start, position):
        start = max(start, quote.end)
    return start


def _clause_start(layout: Layout, cue_end: int, sentence_end: int, words: QuoteWords,
                  needs_complement: bool) -> int | None:
    """Where the reported clause after a verb of saying begins, or None when nothing is reported.

    After a comma, a colon or "bahwa"/"agar" the clause follows at once;
    "kepada X" (the addressee) is skipped up to its comma; without any of
    these the object of the verb is the clause, unless it starts with a
    preposition or only points back ("membantah hal tersebut").
    """
    following = layout.tokens(cue_end, min(sentence_end, cue_end + CLAUSE_HEAD))
    if not following:
        return None
    head = following[0]
    if head.text in ",:" or head.fold in words.complementizers:
        return _usable_clause(following[1:], words, marked=True)
    complement = _complement_after(layout, cue_end, sentence_end, words)
    if complement is not None:
        return _usable_clause(layout.tokens(complement, min(sentence_end, complement + CLAUSE_HEAD)), words,
                              marked=True)
    if head.fold == words.markers["addressee"]:
        addressee = layout.tokens(head.end, min(sentence_end, cue_end + CLAUSE_WINDOW))
        marker = next((token for token in addressee if token.text == "," or token.fold in words.complementizers),
                      None)  # "berpesan kepada para atlet muda agar ...": the clause follows "agar"
        if marker is None:
            return None
        return _usable_clause(layout.tokens(marker.end, min(sentence_end, marker.end + CLAUSE_HEAD)), words,
                              marked=True)
    if needs_complement:
        return following[0].start if _object_clause(following, words) else None
    return _usable_clause(following, words, marked=False)


def _object_clause(following: list[Token], words: QuoteWords) -> bool:
    """After a verb that reports only with a clause ("mencatat", "mencontohkan"), is the object itself a clause?
    "mencatat ada 12 kasus": an existential opens one; "mencontohkan harga beras di pasar sudah naik": a short subject
    (no preposition first, no "yang" or punctuation) then a predicate word. "mencatat rekor baru" is only an object."""
    if len(following) < MIN_CONTENT_WORDS:
        return False
    if following[0].fold == words.markers["existential"]:
        return True
    for index, token in enumerate(following[:MAX_CLAUSE_SUBJECT + 1]):
        if token.fold in words.predicate_starts and token.fold not in words.negations:  # "kata-kata tak pantas"
            return index > 0 and len(following) - index >= 2
        if not token.text[:1].isalnum() or (index == 0 and token.fold in words.non_clause_starts) \
                or token.fold == words.markers["relative"] or token.fold in words.complementizers:
            return False
    return False


def _complement_after(layout: Layout, cue_end: int, sentence_end: int, words: QuoteWords) -> int | None:
    """After "X memperingatkan Y kemarin bahwa ...": where the clause after "bahwa" starts, if "bahwa"
    comes before any other verb of saying."""
    limit = min(sentence_end, cue_end + CLAUSE_WINDOW)
    clause = words.clause_pattern.search(layout.text, cue_end, limit)
    if clause is None:
        return None
    other = words.reporting_verb_pattern.search(layout.text, cue_end, clause.start())
    return clause.end() if other is None else None


def _usable_clause(following: list[Token], words: QuoteWords, marked: bool) -> int | None:
    """The clause start, unless it is too short or only points back ("hal tersebut").

    An unmarked object that starts with a preposition ("dalam konferensi
    pers, ...") is a circumstance: the clause starts after its comma.
    """
    content = [token for token in following if token.text not in QUOTE_MARKS]
    if len([token for token in content if token.text[:1].isalnum()]) < MIN_CONTENT_WORDS and not (
            following and following[0].text in QUOTE_MARKS):
        return None
    if not marked and _only_points_back(content, words):
        return None
    if not marked and _time_phrase_length(content, words):
        return following[0].start  # "menyatakan saat ini aturan itu sudah berubah": a time word opens the clause
    if not marked and content and content[0].fold in words.non_clause_starts:
        for index, token in enumerate(following[:12]):
            if token.text == "," and not _decimal_comma(following, index):
                return _usable_clause(following[index + 1:], words, marked=True)
        return None
    return following[0].start


def _decimal_comma(tokens: list[Token], index: int) -> bool:
    """"fee 7,5 persen": a comma glued between two digits is a decimal mark, not the end of a circumstance."""
    return 0 < index < len(tokens) - 1 and tokens[index - 1].end == tokens[index].start == tokens[index + 1].start - 1 \
        and tokens[index - 1].text[-1:].isdigit() and tokens[index + 1].text[:1].isdigit()


def _time_phrase_length(tokens: list[Token], words: QuoteWords) -> int:
    """Length in tokens of a time phrase ("saat ini", "kemarin") that opens ``tokens``, or 0."""
    for size in (3, 2, 1):  # "dalam waktu dekat", "saat ini", "kemarin"
        if len(tokens) > size and " ".join(token.fold for token in tokens[:size]) in words.time_words:
            return size
    return 0


def _only_points_back(content: list[Token], words: QuoteWords) -> bool:
    """"membantah hal tersebut kepada wartawan", "menyampaikan pidatonya di sana": an object that
    points back or names the act, followed by nothing but a circumstance."""
    for size in (3, 2, 1):
        if words.points_back([token.fold for token in content[:size]]) and len(content[:size]) == size:
            rest = content[size + 1:] if content[size:size + 1] and content[size].text == "," else content[size:]
            return len(rest) < MIN_CONTENT_WORDS - 1 or rest[0].fold in words.non_clause_starts
    return False


def _strip_trailing_attribution(layout: Layout, start: int, end: int, words: QuoteWords) -> tuple[int, list[Phrase]]:
    """Cut '..., sebut KCNA' / '..., menurut X' / '..., seperti dilansir X' off the end of a reported clause.

    The source named there becomes a via.
    """
    text = layout.text
    for match in words.outlet_pattern.finditer(text, start, end):
        before = text[start:match.start()].rstrip()
        if before.endswith(","):
            end = start + len(before) - 1
            break
    last = None
    for match in words.trailing_cue_pattern.finditer(text, start, end):
        last = match
    if last is None:
        return end, []
    source = speaker_after(layout, last.end(), end, words)
    if source is None or source.kind != "name" or _clause_follows(layout, source.end, end, words):
        return end, []
    return last.start(), [source]


def _according_to_in(layout: Layout, start: int, end: int, words: QuoteWords) -> list[Phrase]:
    """'... kata Kim menurut KCNA': the outlet named after "menurut" in an attribution."""
    found = layout.tokens(start, end)
    for index, token in enumerate(found):
        if token.fold == words.markers["framing"] and index + 1 < len(found):
            source = speaker_after(layout, found[index + 1].start, end, words)
            if source is not None and source.kind == "name" and found[index + 1].fold not in words.not_sources:
                return [source]
    return []


def _clause_follows(layout: Layout, start: int, end: int, words: QuoteWords) -> bool:
    """After an attribution, is there more of the reported clause (not just a date or a place)?"""
    following = layout.tokens(start, min(end, start + CLAUSE_WINDOW))
    if len(following) < 2 or following[0].text != ",":
        return False
    meaningful = [token for token in following[1:] if token.text[:1].isalpha()
                  and token.fold not in words.time_words and token.fold not in words.entity.connectives]
    needed = MIN_CONTENT_WORDS if following[1].fold not in words.non_clause_starts else MIN_CIRCUMSTANCE_CLAUSE
    lower = sum(1 for token in meaningful if token.text.islower())
    return len(meaningful) >= needed and lower >= 2  # "kata Budi, Ketua RT 05 Cempaka" is no clause


def _clause_goes_on(layout: Layout, start: int, separator: int, rest: int, end: int, words: QuoteWords) -> bool:
    """"Harga beras, kata dia tetap stabil.": a subject too short to be the clause before the cue, and the
    predicate after the speaker with no comma between them."""
    if len(layout.text[start:separator].split()) >= MIN_CONTENT_WORDS:
        return False
    following = layout.tokens(rest, min(end, rest + CLAUSE_HEAD))
    clause = [token for token in following if _is_lower_word(token)]
    return bool(following) and _is_lower_word(following[0]) and following[0].fold not in words.non_clause_starts \
        and len(clause) >= MIN_CONTENT_WORDS


def _predicate_follows(layout: Layout, start: int, end: int, words: QuoteWords) -> bool:
    """Does a predicate ("akan", "adalah", "bisa") follow the phrase read as a speaker? Then that phrase is
    the subject of a new clause and the cue word before it a noun ("kisah", "cerita"), not a verb of saying."""
    following = layout.tokens(start, min(end, start + WORD_WINDOW))
    return bool(following) and following[0].fold in words.predicate_starts


MAX_APPOSITIVE_ROLE = 10  # tokens of "pengamat pasar modal dari Universitas Nusa" between two commas


def _after_appositive_role(layout: Layout, comma: int, end: int, words: QuoteWords) -> int:
    """"Menurut Rudi Hartono, pengamat pasar modal, IHSG ...": a role (opening with a job title, no verb) set off
    by commas after the speaker belongs to him, not to the clause; the comma closing it, or
    ``comma`` itself when there is no such role."""
    found = layout.tokens(comma + 1, end)[:MAX_APPOSITIVE_ROLE + 1]
    if not found or found[0].fold not in words.entity.titles:
        return comma  # "Menurut X, pihak Y, ...", "Menurut X, para Z, ...": a group or party is the clause's subject
    for token in found[1:]:
        if token.text == ",":
            return token.start
        if token.text in ".;:" or words.looks_like_verb(token.fold, transitive_only=True) \
                or token.fold in words.complementizers:
            return comma
    return comma


def _named_source(following: list[Token], words: QuoteWords) -> int | None:
    """"Menurut informasi dari Kanit Laka X, ...", "menurut data dari Badan Pangan Dunia (FAO), ...": a
    noun of information (`quotes_sourced_information`) with a capitalised source after "dari"; where that source
    starts, or None."""
    if len(following) > 2 and following[0].fold in words.sourced_information \
            and following[1].fold == words.markers["source"] and following[2].text[:1].isupper():
        return following[2].start
    return None


def _clitic_adverb(lead: list[Token], words: QuoteWords) -> bool:
    """"Umumnya kata dia, ...", "Sebetulnya kata Angel, ...": one capitalised word with the clitic "-nya" opening the
    sentence, when a comma closes the speaker, is a sentence adverb ("Rumahnya kata dia sudah dijual" is a
    subject and its predicate)."""
    return len(lead) == 1 and lead[0].text[:1].isupper() and lead[0].text.isalpha() \
        and lead[0].fold.endswith(words.markers["clitic"]) and len(lead[0].fold) > len(words.markers["clitic"]) + 2


def _generic_group(following: list[Token], words: QuoteWords) -> bool:
    """"Bagi banyak orang, ...", "Bagi sebagian warga, ...", "Bagi mereka yang ...": after "bagi" a quantified or
    relative group is who something matters for (a benefactive), not someone whose view is told."""
    if not following:
        return False
    head = following[0].fold
    return head in words.generic_groups or (head in words.pronouns and len(following) > 1
                                            and following[1].fold == words.markers["relative"])


def _is_lower_word(token: Token) -> bool:
    return token.text[:1].isalpha() and token.text.islower()


def _inverted_content(layout: Layout, sentence_start: int, speaker: Phrase, cue_end: int, sentence_end: int,
                      words: QuoteWords) -> tuple[int, int] | None:
    """'..., demikian Reuters melaporkan.' / '..., media pemerintah melaporkan pada Rabu.': the clause before."""
    after = layout.tokens(cue_end, min(sentence_end, cue_end + LEAD_WINDOW))
    if after and after[0].fold not in words.non_clause_starts and after[0].text not in ".":
        return None
    circumstance = next((index for index, token in enumerate(after) if token.text in ",.;"), len(after))
    if circumstance > MAX_FRAMING_WORDS // 2:
        return None  # "X mengumumkan soal harga tiket ...": an object, not a closing circumstance
    before = layout.tokens(max(sentence_start, speaker.start - LEAD_WINDOW), speaker.start)
    while before and before[-1].fold == words.markers["summary"]:
        before.pop()
    if not before or before[-1].text != ",":
        return None
    if len(layout.text[sentence_start:before[-1].start].split()) < MIN_CONTENT_WORDS + 1:
        return None
    return sentence_start, before[-1].start


def _quotation_after_colon(layout: Layout, cue_end: int, sentence_end: int) -> tuple[int, int] | None:
    """'X menjelaskan:' closing its paragraph: the quotation that opens the next paragraph is what X said."""
    if layout.text[cue_end:sentence_end].strip() != ":":
        return None
    index = layout.paragraph_index(cue_end)
    if index + 1 >= len(layout.paragraphs):
        return None
    quote = layout.quote_opening_at(layout.paragraphs[index + 1][0])
    return (quote.open, quote.end) if quote is not None else None


def _not_asserted(layout: Layout, start: int, cue_start: int, words: QuoteWords, verb: str) -> bool:
    """"Budi enggan menjelaskan ...", "ia tak mau mengatakan ...": the verb is refused, nothing is reported;
    "Budi tidak menjelaskan secara rinci ...": a negated verb reports nothing either (but "tidak membantah
    bahwa ..." admits, and "bukan hanya mengatakan" still says)."""
    before = layout.tokens(max(start, cue_start - WORD_WINDOW), cue_start)
    if not before:
        return False
    if before[-1].fold in words.refusals:
        return True
    if before[-1].fold in words.forgetting:  # "lupa menyebutkan" is not said, "tak lupa menambahkan" is
        return not (len(before) >= 2 and before[-2].fold in words.negations)
    if verb.casefold() in words.denial_verbs:
        return False
    for token in reversed(before[-MAX_NEGATION_REACH:]):
        if token.fold in words.negations:
            return True
        if token.fold in words.restrictives or token.fold not in words.adverbs:
            return False
    return False


def _nobody(layout: Layout, start: int, speaker_start: int, words: QuoteWords) -> bool:
    """"Belum ada pihak yang mengaku mendalangi ledakan", "tak ada warga yang mengatakan ...": a subject whose
    existence is denied ("NEG ada X yang VERB") says nothing."""
    existential = words.markers["existential"]
    if existential not in layout.text[max(start, speaker_start - len(existential) - 2):speaker_start].casefold():
        return False  # most subjects: no need to read the words before them
    before = layout.tokens(max(start, speaker_start - WORD_WINDOW), speaker_start)
    return len(before) >= 2 and before[-1].fold == existential and before[-2].fold in words.negations


def _before_next_report(layout: Layout, start: int, end: int, words: QuoteWords, after_bahwa: bool) -> int:
    """End a clause at the comma before a later verb of saying: "..., menegaskan bahwa ...",
    "..., yang mendorong X untuk mengatakan ..." start reports of their own.

    After "bahwa" a named subject between the comma and the verb keeps the clause going: in
    "X mengatakan bahwa ..., Badan Y mengusulkan ..." what Y proposed is part of what X said.
    """
    for verb in words.reporting_verb_pattern.finditer(layout.text, start, end):
        if _not_asserted(layout, start, verb.start(), words, verb.group()):
            continue  # "..., harus memastikan ...": part of the reported clause
        comma = layout.text.rfind(",", start, verb.start())
        if comma >= 0 and after_bahwa and _named_subject_between(layout, comma + 1, verb.start(), words):
            continue
        if comma >= 0:
            return comma
    return end


def _named_subject_between(layout: Layout, start: int, verb: int, words: QuoteWords) -> bool:
    """Is ``[start, verb)`` a capitalised name phrase, the verb's subject ("Badan Y" in ", Badan Y mengusulkan")?"""
    subject = speaker_before(layout, start, verb, words)
    following = layout.tokens(start, min(verb, start + WORD_WINDOW))
    return subject is not None and subject.kind == "name" and bool(following) \
        and subject.start == following[0].start and following[0].text[:1].isupper()


def _attributed_midway(layout: Layout, start: int, speaker_start: int, words: QuoteWords) -> bool:
    """"Pada tahun depan, lanjut Budi, DPR akan meminta tambahan dana": an attribution set off by commas before the
    subject makes the whole sentence Budi's (the clause rule reports it); DPR's verb is part of what he said. A
    framing ("Sementara itu, menurut Harian X, sumber militer mengatakan") names an outlet and leaves the verb."""
    return speaker_start > start and any(
        not match.group().casefold().endswith(words.markers["framing"])
        for match in words.trailing_cue_pattern.finditer(layout.text, start, speaker_start))


def _after_coordinator(layout: Layout, start: int, cue_start: int, words: QuoteWords) -> bool:
    """"Budi membela pelatihnya dan menegaskan ...": a verb right after "dan" (adverbs aside) shares the subject
    of a transitive verb before; the words just before "dan" are that verb's object, never the speaker ("Klub X
    datang dan mengajak ..." has none: the club speaks)."""
    near = layout.text[max(start, cue_start - WORD_WINDOW):cue_start].casefold().split()[1:]  # no token objects:
    while near and near[-1] in words.adverbs:  # most verbs have no "dan" before them (the first word may be cut)
        near.pop()
    if not near or near[-1] not in words.coordinators:
        return False
    before = layout.tokens(max(start, cue_start - LEAD_WINDOW), cue_start)
    index = len(before) - 1
    while index >= 0 and before[index].fold != near[-1]:
        index -= 1
    if index <= 0 or not before[index - 1].text[:1].isalpha():
        return False
    clause = index - 1
    while clause > 0 and before[clause - 1].text not in ",.;:":
        clause -= 1
    return any(words.looks_like_verb(token.fold, transitive_only=True) for token in before[clause:index - 1])


def _coordinated_speaker(layout: Layout, start: int, cue_start: int, words: QuoteWords) -> Phrase | None:
    """"X menegaskan ..., (dan) menegaskan bahwa ...": a verb after a comma or "dan" shares the earlier subject;
    after "dan" also when the earlier verb is no verb of saying ("Budi menolak usul itu dan mengatakan bahwa ...")
    and a name opens the sentence, if a clause marker follows the verb."""
    before = layout.tokens(start, cue_start)
    index = len(before) - 1
    while index >= 0 and before[index].fold in words.adverbs:
        index -= 1
    if index < 0 or not (before[index].text == "," or before[index].fold in words.coordinators):
        return None
    for earlier in range(index - 1, -1, -1):
        if before[earlier].fold in words.reporting_verbs:
            return speaker_before(layout, start, before[earlier].start, words)
    after = layout.tokens(cue_start, cue_start + WORD_WINDOW)[1:2]
    if before[index].fold not in words.coordinators or not any(
            words.looks_like_verb(token.fold, transitive_only=True) for token in before[:index]) \
            or not after or not (after[0].text in ",:" or after[0].fold in words.complementizers):
        return None  # "... dan memastikan proses hukum berjalan": without "bahwa" or a comma, an act
    sentence_start = layout.sentence(cue_start)[0]
    subject = phrases.subject_of(layout, sentence_start, before[index].start, words) \
        if start == sentence_start else None
    if subject is None or (len(layout.tokens(subject.start, subject.end)) == 1
                           and layout.text.count(layout.text[subject.start:subject.end]) < 2):
        return None  # "Termasuk membantu ... dan menilai ...": one capitalised word the text never repeats
    return subject


def _relayed(layout: Layout, start: int, end: int, words: QuoteWords) -> Phrase | None:
    """The named subject when the clause starts with someone else's speech ("KCNA mengatakan, Xi juga menekankan
    ...": Xi), else None.

    Callers ask only for clauses set off by a comma or colon: "X menyatakan
    PSSI harus menjamin ..." reports X's words, not PSSI's.
    """
    found = layout.tokens(start, min(end, start + phrases.WINDOW))[:RELAY_WINDOW]
    for index, token in enumerate(found):
        if token.fold in words.reporting_verbs and index > 0:
            if _not_asserted(layout, found[0].start, token.start, words, token.text):
                return None  # "X menegaskan, pemerintah jangan lagi mengatakan ...": nobody else speaks
            if token.fold in words.marked_verbs and (index + 1 == len(found) or not (
                    found[index + 1].text in ",:" or found[index + 1].fold in words.complementizers)):
                return None  # "Menurut X, pihak Y telah melaporkan kronologi ...": Y reported a thing, X speaks
            inner = speaker_before(layout, found[0].start, token.start, words)
            return inner if inner is not None and inner.kind == "name" and inner.start == found[0].start else None
    return None


def _speaks_for_organisation(layout: Layout, outer: Phrase, inner: Phrase, words: QuoteWords) -> bool:
    """"Rudi menambahkan, PNR menilai ...": a person relaying the view of an organisation that his role names
    ("Ketua Umum PNR Rudi Hartono") says it himself; an outlet or another organisation relays, and so does a
    person relaying someone else ("Juru bicara X mengatakan, Chen mengaku ...", "Menurut Sofjan, JK menegaskan
    ...": initials are no organisation of his)."""
    inner_text = layout.text[inner.start:inner.end]
    if not (is_acronym(inner_text) or describe_name(inner_text, words.entity)[2] == "organization"):
        return False
    outer_text = layout.text[outer.start:outer.end]
    if outer.kind == "pronoun":
        return outer_text.casefold() in words.person_pronouns
    offset, role, kind = describe_name(outer_text, words.entity)
    verb = layout.tokens(outer.end, outer.end + WORD_WINDOW)[:1]
    if outer.kind != "name" or kind != "person" or (verb and verb[0].fold in words.media_verbs):
        return False  # "Al Jazeera melaporkan, ...": an outlet, whatever its name looks like
    name = outer_text[offset:].split()
    if not name:
        return False
    member = MEMBER_OF.format(organisation=regex.escape(inner_text), name=regex.escape(name[0]))
    return regex.search(member, layout.text) is not None  # "Ketua Umum PNR Rudi Hartono": PNR is his party


def _relay_source(layout: Layout, sentence_start: int, speaker_start: int, words: QuoteWords) -> Phrase | None:
    """'KCNA mengatakan, Xi juga menekankan': the relaying source before the speaker."""
    before = layout.tokens(max(sentence_start, speaker_start - WORD_WINDOW), speaker_start)
    if len(before) < 2 or before[-1].text != ",":
        return None
    verb = before[-2]
    if verb.fold in words.reporting_verbs:
        return speaker_before(layout, sentence_start, verb.start, words)
    opening = layout.tokens(sentence_start, min(speaker_start, sentence_start + WORD_WINDOW))
    if opening and opening[0].fold == words.markers["framing"]:
        source = speaker_after(layout, opening[0].end, before[-1].start, words)
        return source if source is not None and source.kind == "name" else None  # not "Menurut pria itu, ..."
    return None


def _reported(m: RuleMatch, layout: Layout, content: tuple[int, int], speaker: Phrase | None,
              cue: tuple[int, int], via: list[Phrase]) -> dict[str, Any] | None:
    """Fields for reported speech; the kind follows the quotation marks inside the clause."""
    start, end = _trimmed(m.text, *content)
    if len(m.text[start:end].split()) < MIN_CONTENT_WORDS or _legal_document(m.text, speaker, words_of(m.engine)):
        return None
    kind, start, end = classify(m.text, layout, start, end)
    return quote_fields(m, kind, (start, end), speaker, cue, via)


def _legal_document(text: str, speaker: Phrase | None, words: QuoteWords) -> bool:
    """"Pasal 9 menjelaskan ...", "Undang-undang itu menyebutkan ...": a law or regulation as the subject of a
    verb of saying states what the rule says; nobody speaks (GUIDELINES: a document alone is no speaker). So do
    findings no one is named behind ("Fakta mengungkapkan ...", "Data itu menyebutkan ...")."""
    if speaker is None or speaker.kind == "pronoun":
        return False
    head, *rest = text[speaker.start:speaker.end].split() or [""]
    return head.casefold() in words.legal_documents or (
        head.casefold() in words.findings and not any(word[:1].isupper() for word in rest))


def classify(text: str, layout: Layout, start: int, end: int) -> tuple[str, int, int]:
    """"direct" when the clause is one quotation, "mixed" when it holds a quoted fragment
    of three words or more or a stray mark, else "indirect"."""
    quote = layout.quote_opening_at(start)
    if quote is not None and quote.end >= end:
        inner = quote_content(text, quote)
        if inner is not None:
            return "direct", inner[0], min(inner[1], end)
    if layout.strays_within(start, end):
        return "mixed", start, end
    for inside in layout.quotes_within(start, end + 1):
        if len(text[inside.inner_start:inside.inner_end].split()) >= MIN_CONTENT_WORDS:
            return "mixed", start, end
    partial = layout.quote_containing(end - 1)
    if partial is not None and partial.open >= start:
        return "mixed", start, end
    return "indirect", start, end


def quote_fields(m: RuleMatch, kind: str, content: tuple[int, int], speaker: Phrase | None,
                 cue: tuple[int, int], via: list[Phrase]) -> dict[str, Any]:
    words = words_of(m.engine)
    cue_text = m.text[cue[0]:cue[1]]
    seen: set[tuple[int, int]] = set()
    via_entities = []
    for phrase in via:
        if (phrase.start, phrase.end) not in seen and (speaker is None or phrase.start != speaker.start):
            seen.add((phrase.start, phrase.end))
            via_entities.append(entity(m.document, phrase.start, phrase.end))  # "Asia One": no role split
    return {
        "kind": kind,
        "content": m.document.span(*content),
        "speaker": speaker_entity(m, speaker, words) if speaker else None,
        "cue": {"text": cue_text, "lemma": words.lemma(cue_text), "span": m.document.span(*cue)},
        "via": via_entities,
    }


def speaker_entity(m: RuleMatch, phrase: Phrase, words: QuoteWords) -> dict[str, Any]:
    """An Entity for a phrase: the role split off a name; pronouns and descriptions marked by ``kind``."""
    if phrase.whole:  # "tulis akun Instagram Dinas Pariwisata Kota": the issuer's whole name, no role split off
        issuer = guess_kind(m.text[phrase.start:phrase.end], words.entity)
        return entity(m.document, phrase.start, phrase.end, **({"kind": issuer} if issuer else {}))
    if phrase.kind != "name":
        return entity(m.document, phrase.start, phrase.end, kind=phrase.kind)
    offset, role, kind = describe_name(m.text[phrase.start:phrase.end], words.entity)
    extra: dict[str, Any] = {}
    if role or phrase.role:
        extra["role"] = role or phrase.role
    if kind:
        extra["kind"] = kind
    return entity(m.document, phrase.start + offset, phrase.end, **extra)
