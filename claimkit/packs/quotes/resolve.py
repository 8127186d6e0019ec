"""Document-level work of the quote pack, after every rule has run.

1. One claim per quotation or clause: where the contents of two quote claims
   overlap, the claim of the higher-priority rule stays (an attributed quote
   beats the same quotation seen as a bare follow-up).
2. Speakers are resolved in document order. A pronoun or clitic ("dia",
   "katanya") takes the most recent compatible speaker ("dia" never an
   organisation) and keeps the pronoun as ``resolved_from``; a description
   ("presiden klub itu") takes the most recent speaker; a follow-up quotation
   with no attribution of its own inherits the previous speaker of the same or
   the previous paragraph; a written statement ("tulis pernyataan tersebut") is
   the most recent organisation that spoke, or nobody; a passive without agent ("X disebut ...") inherits
   the speaker of the same or the previous sentence. A quotation left open at a
   paragraph end whose next paragraph reopens a quotation takes the speaker of
   that continuation. Follow-ups and passives with nobody to inherit from are
   dropped; a pronoun with no antecedent leaves ``speaker: null``.
3. Entities are canonicalised with :class:`claimkit.entities.EntityIndex`, so
   every quote of one speaker names it the same way ("Kim" and "Kim Jong-un").
4. Claim spans are widened to cover the content, the cue and an in-sentence
   speaker, so the span is the whole evidence.
"""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ...entities import EntityIndex, Mention, guess_kind, is_acronym, name_key
from .functions import FOLLOW_UP_CUE
from .layout import Layout, layout_of
from .phrases import Phrase, described_person, last_group, subject_of
from .words import QuoteWords, alternation, words_of

if TYPE_CHECKING:
    from ...claims import Claim
    from ...document import Document
    from ...engine import Engine

MAX_SENTENCE_GAP_FOLLOW_UP = 3
MAX_PARAGRAPH_GAP_FOLLOW_UP = 1
MAX_SENTENCE_GAP_PASSIVE = 1
RULE_PREFIX = "quotes."
MAX_ANTECEDENTS = 8  # speakers looked back over for a pronoun
MAX_LEAD_BEFORE_PRONOUN = 3  # tokens before a sentence-opening pronoun ("Namun, ia ...")
MAX_NAME_WORDS = 4  # words of a person's name read at the end of a subject phrase
NAME_LOOK_BACK = 3000  # characters searched back for a one-word name written inside a sentence
LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}-])\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}-])")  # "laga", not "laga-laga"
MAX_NAME_LOOKS = 5  # occurrences examined there
# the words of a description ("politikus PDIP") written before a name of two to four capitalised words
DESCRIBED_NAME = (r"(?i:(?<![\p{{L}}\p{{N}}]){described})\s+,?\s*"
                  r"(\p{{Lu}}[\p{{L}}'-]*(?: \p{{Lu}}[\p{{L}}'-]*){{1,3}})(?![\p{{L}}\p{{N}}-])")
MAX_SUBJECT_LOOK_BACK = 8  # sentences searched back for the subject a pronoun refers to when no one spoke before


@dataclass
class Antecedent:
    """A speaker already seen, with where its claim is."""

    mention: Mention
    kind: str | None
    paragraph: int
    sentence: int


def process_quotes(document: Document, claims: list[Claim], engine: Engine) -> list[Claim]:
    words = words_of(engine)
    layout = layout_of(document, words.abbreviations)
    params = _rule_params(engine)
    quotes = [claim for claim in claims if claim.type == "quote" and claim.rule in params]
    if not quotes:
        return claims
    kept, dropped = _deduplicate(quotes)
    resolved = _Resolver(document, layout, words, engine, params).run(kept, dropped)
    for claim in resolved:
        _widen(claim, layout)
    return [claim for claim in claims if not (claim.type == "quote" and claim.rule in params)] + resolved


def _deduplicate(quotes: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """Claims whose contents overlap no claim of a higher-priority rule, in document order; and the others."""
    ranked = sorted(quotes, key=lambda claim: (-claim.priority, claim.fields["content"]["start"], claim.rule))
    starts: list[int] = []
    kept: list[Claim] = []
    dropped: list[Claim] = []
    for claim in ranked:
        start, end = claim.fields["content"]["start"], claim.fields["content"]["end"]
        index = bisect.bisect_right(starts, start)
        if (index > 0 and kept[index - 1].fields["content"]["end"] > start) or (
                index < len(kept) and kept[index].fields["content"]["start"] < end):
            dropped.append(claim)
            continue
        starts.insert(index, start)
        kept.insert(index, claim)
    return kept, dropped


class _Resolver:
    def __init__(self, document: Document, layout: Layout, words: QuoteWords, engine: Engine,
                 params: dict[str, dict[str, Any]]) -> None:
        self.document = document
        self.layout = layout
        self.words = words
        self.params = params
        self.index = EntityIndex(document, words.entity, engine.gazetteer)
        self.history: list[Antecedent] = []
        self.subjects: dict[int, Phrase | None] = {}  # named subject by sentence index, read once per document
        self.lower_words: frozenset[str] | None = None  # the text's lower-case words, read when first asked

    def run(self, claims: list[Claim], dropped: list[Claim] = ()) -> list[Claim]:
        """Resolve and canonicalise ``claims``; the named speakers of ``dropped`` claims (duplicates of kept
        ones, as "Hal serupa disampaikan X.") still count as antecedents of later pronouns."""
        mentions: dict[int, tuple[Mention | None, dict[str, Any]]] = {}
        via_mentions: dict[int, list[Mention]] = {}
        forward: list[Claim] = []
        named = sorted((claim for claim in dropped if _named(claim) and self._restating(claim)),
                       key=_cue_start, reverse=True)
        for claim in claims:
            while named and _cue_start(named[-1]) < claim.fields["content"]["start"]:
                other = named.pop()
                self._remember(self._register(other.fields["speaker"]), _cue_start(other))
            via_mentions[id(claim)] = [self._register(item) for item in claim.fields["via"]]
            found = self._speaker_of(claim)
            if found is None:
                if self._continues_in_next_paragraph(claim):
                    forward.append(claim)
                continue
            mentions[id(claim)] = found
        by_start = {claim.fields["content"]["start"]: claim for claim in claims}
        for claim in reversed(forward):
            target = self._continuation(claim, by_start, mentions)
            if target is not None:
                mentions[id(claim)] = (target, {})
        kept = []
        for claim in claims:
            if id(claim) not in mentions:
                if self._droppable(claim):
                    continue
                claim.fields["speaker"] = None
            else:
                mention, extra = mentions[id(claim)]
                claim.fields["speaker"] = self.index.entity(mention, **extra) if mention else None
            claim.fields["via"] = [self.index.entity(mention) for mention in via_mentions[id(claim)]]
            kept.append(claim)
        return kept

    # -- one claim ----------------------------------------------------------------

    def _speaker_of(self, claim: Claim) -> tuple[Mention | None, dict[str, Any]] | None:
        """The speaker mention (None for an unresolved pronoun) or None when it must be inherited later."""
        speaker = claim.fields["speaker"]
        start = claim.fields["content"]["start"]
        if speaker is None:
            antecedent = self._inherited(claim)
            if antecedent is None:
                return None
            self._remember(antecedent.mention, start)
            return antecedent.mention, {}
        kind = speaker.get("kind")
        if kind == "pronoun":
            pronoun = speaker["span"]["text"].casefold()
            antecedent = self._latest(person=pronoun in self.words.person_pronouns,
                                      group=pronoun in self.words.group_pronouns)
            source = self._source_since(speaker["span"]["start"], antecedent) \
                if pronoun in self.words.person_pronouns or pronoun == self.words.markers["clitic"] else None
            if source is not None:
                antecedent = source
            elif pronoun in self.words.person_pronouns or (pronoun == self.words.markers["clitic"]
                                                           and claim.fields["kind"] == "direct"):
                # '"...," tulisnya' / '"...," kata dia' opening its sentence: the quotation is the lead before the
                # pronoun, so the person opening the sentence before ("X mengapresiasi ...") may be meant
                quoted_first = claim.fields["kind"] == "direct" and start < speaker["span"]["start"]
                lead_end = start - 1 if quoted_first else speaker["span"]["start"]
                subject = self._previous_subject(speaker["span"]["start"], lead_end, antecedent,
                                                 opening=quoted_first and pronoun != self.words.markers["clitic"])
                antecedent = subject or antecedent
            if antecedent is None and pronoun in self.words.group_pronouns:
                antecedent = self._group_before(speaker["span"]["start"])
            if antecedent is None:
                antecedent = self._recent_subject(speaker["span"]["start"],
                                                  group=pronoun in self.words.group_pronouns)
            if antecedent is None:
                return None, {}
            self._remember(antecedent.mention, start)
            return antecedent.mention, {"resolved_from": speaker["span"]}
        if kind == "statement":
            antecedent = self._latest_organisation()
            if antecedent is None:
                return None, {}  # a statement nobody in the text is said to have issued
            self._remember(antecedent.mention, start)
            return antecedent.mention, {"resolved_from": speaker["span"]}
        if kind == "description":
            antecedent = self._named_by_description(speaker["span"])
            if antecedent is None and not self._introduced_since(speaker["span"], self._latest(person=True)):
                antecedent = self._latest(person=True) or self._recent_subject(speaker["span"]["start"], group=False)
            if antecedent is not None:
                self._remember(antecedent.mention, start)
                return antecedent.mention, {"resolved_from": speaker["span"]}
        holder = self._title_holder(speaker["span"]["text"])
        if holder is not None:
            self._remember(holder.mention, start)
            return holder.mention, {"resolved_from": speaker["span"]}
        mention = self._register(speaker)
        self._remember(mention, start)
        return mention, {}

    def _named_by_description(self, span: dict[str, Any]) -> Antecedent | None:
        """"Politikus PDIP itu meminta ..." after "... politikus PDIP Ali Fahmi" was written: the person the text
        introduced with the same words, even one who has not spoken (bounded look back)."""
        folds = span["text"].split()
        if folds and folds[0].casefold() in self.words.description_heads:
            folds = folds[1:]
        if len(folds) < 3 or folds[-1].casefold() not in self.words.demonstratives or not folds[-2][:1].isupper():
            return None  # "politikus PDIP itu", not "pelatih klub itu" (after "pelatih klub Inter Milan")
        low = max(0, span["start"] - NAME_LOOK_BACK)
        if self.document.text.find(f"{folds[-2]} ", low, span["start"]) < 0:
            return None  # the capitalised last word is written the same way wherever it is: a cheap test first
        described = r"\s+".join(regex.escape(word) for word in folds[:-1])
        found = regex.search(DESCRIBED_NAME.format(described=described), self.document.text, regex.REVERSE,
                             pos=low, endpos=span["start"])  # the nearest such mention before
        if found is None:
            return None
        start, end = found.span(1)
        name = start
        for word in found.group(1).split()[:-2]:
            if not self.words.entity.not_a_name(word):
                break
            name += len(word) + 1  # "Ketua Umum Partai X itu" after "ketua umum Partai X Dr Budi Santoso"
        if self._organisation(start, end, name):
            return None  # a name of two words or more that is no organisation
        mention = self.index.add(name, end, kind="person", split=False)  # the text names the person in full here
        return Antecedent(mention, "person", self.layout.paragraph_index(start), self.layout.sentence_index(start))

    def _source_since(self, pronoun: int, latest: Antecedent | None) -> Antecedent | None:
        """"Kabar lain datang dari salah satu petugas pengadilan. Menurutnya, ...": a person the text got its news
        from ("dari seorang / salah satu" + a speaker noun: ``quotes_indefinite_persons``), introduced after the last
        speaker's sentence, is who a following pronoun or clitic stands for."""
        index = self.layout.sentence_index(pronoun)
        first = max(0, index - 1) if latest is None else max(latest.sentence + 1, index - 1)
        if first > index or self.layout.sentences[first][0] >= pronoun:
            return None
        start = self.layout.sentences[first][0]
        if self.words.markers["source"] not in self.document.text[start:pronoun].casefold():
            return None  # a cheap test before the search
        found = self.words.source_person_pattern.search(self.document.text, start, pronoun)
        if found is None or found.group(1).casefold() not in self.words.speaker_nouns \
                or found.group(1).casefold() in self.words.entity.org_heads:
            return None
        mention = self.index.add(found.start(1), found.end(), kind="person", split=False)
        return Antecedent(mention, "person", self.layout.paragraph_index(found.start()),
                          self.layout.sentence_index(found.start()))

    def _introduced_since(self, span: dict[str, Any], latest: Antecedent | None) -> bool:
        """"... kata salah satu petugas pengadilan. ... ujar petugas tersebut": a person introduced by an indefinite
        ("seorang", "salah satu") after the last speaker is someone else; the description stays the speaker."""
        folds = span["text"].casefold().split()
        if latest is None or len(folds) < 2 or folds[-1] not in self.words.demonstratives:
            return False
        head = folds[1] if folds[0] in self.words.description_heads and len(folds) > 2 else folds[0]
        start = self.layout.sentences[min(latest.sentence + 1, len(self.layout.sentences) - 1)][0]
        if start >= span["start"]:
            return False
        introduced = rf"(?i:(?<![\p{{L}}])(?:{alternation(self.words.indefinites)}) {regex.escape(head)}(?![\p{{L}}]))"
        return regex.search(introduced, self.document.text, pos=start, endpos=span["start"]) is not None

    def _title_holder(self, text: str) -> Antecedent | None:
        """"Hakim menyatakan ..." after "Ketua Majelis Hakim Rudi ..." spoke, "kata Kapolsek" after "Kapolsekta X
        Kompol Y", "Menag mengatakan" after "Menteri Agama Z": a bare title (one or two title words, or a short
        form) is the recent speaker whose role holds it, unless that role is a deputy's ("Wakil Presiden")."""
        words = text.casefold().split()
        lexicon = self.words.entity
        if not words or len(words) > 2 or words[0] not in lexicon.titles or any(
                word not in lexicon.titles and word not in lexicon.role_words for word in words[1:]):
            return None
        title = " ".join(words)
        full = self.words.title_short_forms.get(title)
        for antecedent in self.history[:-MAX_ANTECEDENTS - 1:-1]:
            role = antecedent.mention.role
            if role is None or antecedent.kind == "organization":
                continue
            role_words = role.casefold().split()
            folded = " ".join(role_words)
            if (role_words[0].startswith(title) or (full is not None and folded.startswith(full))
                    or (role_words[0] not in self.words.deputy_words and f" {title} " in f" {folded} ")):
                return antecedent
        return None

    def _inherited(self, claim: Claim) -> Antecedent | None:
        start = claim.fields["content"]["start"]
        if not self.history:
            return None
        latest = self.history[-1]
        if claim.fields["cue"]["lemma"] == FOLLOW_UP_CUE:
            close_enough = (self.layout.paragraph_index(start) - latest.paragraph <= MAX_PARAGRAPH_GAP_FOLLOW_UP
                            and self.layout.sentence_index(start) - latest.sentence <= MAX_SENTENCE_GAP_FOLLOW_UP)
        else:
            close_enough = (self.layout.sentence_index(start) - latest.sentence <= MAX_SENTENCE_GAP_PASSIVE
                            and not self._is_subject(latest.mention, claim))
        return latest if close_enough else None

    def _is_subject(self, mention: Mention, claim: Claim) -> bool:
        """"Budi sebelumnya disebut menerima ...": Budi is what is said about, not who says it."""
        cue = claim.fields["cue"]["span"]["start"]
        subject = self.document.text[self.layout.sentence(cue)[0]:cue]
        return any(word in subject.split() for word in mention.name.split() if word[:1].isupper())

    def _latest(self, person: bool, group: bool = False) -> Antecedent | None:
        """The most recent speaker; for a person pronoun or description, the most recent non-organisation;
        for a group pronoun ("mereka"), the most recent speaker that is not one named person."""
        for antecedent in self.history[:-MAX_ANTECEDENTS - 1:-1]:
            if (person and antecedent.kind == "organization") or (group and self._one_person(antecedent.mention)):
                continue
            return antecedent
        return None

    def _one_person(self, mention: Mention) -> bool:
        """A named person ("Rudi Hartono", "Menteri Sari"), also when called by one word that the document
        writes in full elsewhere ("Hasina" for "Sheikh Hasina"): never what "mereka" stands for."""
        return _named_person(mention) or (mention.kind == "person" and not is_acronym(mention.name)
                                          and len(self.index.canonical(mention)[0].split()) > 1)

    def _latest_organisation(self) -> Antecedent | None:
        """The most recent organisation speaker: who issued "pernyataan tersebut"."""
        return next((antecedent for antecedent in self.history[:-MAX_ANTECEDENTS - 1:-1]
                     if antecedent.kind == "organization"), None)

    def _previous_subject(self, pronoun: int, lead_end: int, latest: Antecedent | None,
                          opening: bool = False) -> Antecedent | None:
        """"Rina menulis surat itu. Dia menegaskan ...", "Rina mengunggah foto. "...," tulisnya": a person pronoun
        opening a sentence (text before ``lead_end``: connectives only), or the clitic of a quotation that opens
        it, refers to the named person who opens the previous sentence, when no speaker was seen in that
        sentence's paragraph. With ``opening`` ('"...," kata dia' after "Menteri X mengapresiasi ...") the
        subject must be the first words of that sentence (after a fronted phrase, "Di tambak miliknya, X ...",
        the subject reading is less sure than the speaker already seen), and the last speaker only must not have
        spoken in that sentence (flattened articles have one paragraph).

        Only the first words of the pronoun's sentence and of the one before are read.
        """
        index = self.layout.sentence_index(pronoun)
        if index == 0:
            return None
        sentence_start = self.layout.sentences[index][0]
        start, end = self.layout.sentences[index - 1]
        if latest is not None and (latest.sentence >= index - 1 if opening
                                   else latest.paragraph >= self.layout.paragraph_index(start)):
            return None
        lead = self.layout.tokens(sentence_start, lead_end)
        if len(lead) > MAX_LEAD_BEFORE_PRONOUN or any(token.fold not in self.words.entity.connectives
                                                      and token.text != "," for token in lead):
            return None
        subject = subject_of(self.layout, start, end, self.words)
        if opening and subject is not None and self.layout.tokens(start, subject.start):
            return None
        # one capitalised word after a connective ("Sementara itu Warto ...") is written inside the sentence
        name = self._person_name(subject.start, subject.end, titled=subject.start > start) \
            if subject is not None else None
        described = described_person(self.layout, start, end, self.words) if name is None else None
        if described is not None:
            subject, name = described, described.start  # "Warto, seorang pedagang ikan, ...": a person
        elif name is None or self._organisation(subject.start, subject.end, name) \
                or (name == start and not self._named_again(name, subject.end)):
            return None  # "Polres X berkoordinasi ...", "Kepergian Y meninggalkan ...": not a person the text names
        role = self.document.text[subject.start:name].strip(" ,") or None
        mention = self.index.add(name, subject.end, kind="person", role=role, split=False)
        return Antecedent(mention, "person", self.layout.paragraph_index(start), index - 1)

    def _group_before(self, pronoun: int) -> Antecedent | None:
        """"Rencana itu dikritik oleh sejumlah relawan. Menurut mereka, ...": with no speaker before, "mereka" stands
        for a lower-case group of people in the sentence before or before the pronoun in its own."""
        index = self.layout.sentence_index(pronoun)
        start = self.layout.sentences[max(0, index - 1)][0]
        group = last_group(self.layout, start, pronoun, self.words)
        if group is None:
            return None
        mention = self.index.add(group.start, group.end, split=False)
        return Antecedent(mention, mention.kind, self.layout.paragraph_index(group.start),
                          self.layout.sentence_index(group.start))

    def _recent_subject(self, pronoun: int, group: bool) -> Antecedent | None:
        """A pronoun, clitic or description before anyone has spoken ("Dejan kembali melatih. ... "...," katanya";
        "TCL merilis ponsel itu, namun mereka menjanjikan ..."; "..., tutur mantan kapten itu"): the named subject
        of the nearest sentence that
        opens with one, the pronoun's own sentence first, at most ``MAX_SUBJECT_LOOK_BACK`` sentences back.
        A person's name for "dia" and "-nya"; for "mereka" a name that is no single person.

        Only reached when no speaker came before, so it costs nothing per quote in most documents.
        """
        index = self.layout.sentence_index(pronoun)
        for position in range(index, max(-1, index - MAX_SUBJECT_LOOK_BACK - 1), -1):
            start, end = self.layout.sentences[position]
            if position == index:
                subject = subject_of(self.layout, start, min(end, pronoun), self.words)
            else:
                if position not in self.subjects:
                    self.subjects[position] = subject_of(self.layout, start, end, self.words)
                subject = self.subjects[position]
            if subject is None:
                continue
            if group:
                text = self.document.text[subject.start:subject.end]
                words = name_key(text).split()
                if (guess_kind(text, self.words.entity) == "person" and len(words) > 1) or (
                        len(words) == 1 and not is_acronym(text) and not self._written_inside_a_sentence(text, start)):
                    continue  # one person; or "Pasangan selebriti itu ...": a capitalised sentence opener
                mention = self.index.add(subject.start, subject.end, role=subject.role)
            else:
                name = self._person_name(subject.start, subject.end, titled=subject.role is not None)
                if name is None:
                    continue
                role = subject.role or self.document.text[subject.start:name].strip(" ,") or None
                mention = self.index.add(name, subject.end, kind="person", role=role, split=False)
            return Antecedent(mention, mention.kind, self.layout.paragraph_index(start), position)
        return None

    def _person_name(self, start: int, end: int, titled: bool = False) -> int | None:
        """Where a person's name starts at the end of ``[start, end)``: the closing run of capitalised name
        words ("Penceramah ustaz Abdul Somad" -> "Abdul Somad"). One word alone ("Harga", "Debitur") counts
        only when the text also writes it inside a sentence before, as names are and sentence openers are not,
        or when it is ``titled``: an appositive after a role ("Hakim PN X, Kusno, ...")."""
        tokens = self.layout.tokens(start, end)
        first = len(tokens)
        while first > 0 and tokens[first - 1].text[:1].isupper() and not self.words.entity.not_a_name(
                tokens[first - 1].text) and first > len(tokens) - MAX_NAME_WORDS:
            first -= 1
        if first < len(tokens) and tokens[first].start == start and self._written_in_lower_case(tokens[first].text):
            # "Kemenangan Lewis Hamilton ...", "Produser Simon Kinberg ...": common nouns open the subject; what
            # follows them is a name only with two words or more ("Laga Arsenal kontra ..." names no person)
            while first < len(tokens) and self._written_in_lower_case(tokens[first].text):
                first += 1
            if len(tokens) - first < 2:
                return None
        if first == len(tokens) or any(token.fold in self.words.first_person for token in tokens[first:]):
            return None
        if len(tokens) - first == 1 and not (titled or self._written_inside_a_sentence(tokens[first].text, start)
                                             or self._opens_a_full_name(tokens[first].text)):
            return None
        return tokens[first].start

    def _named_again(self, start: int, end: int) -> bool:
        """Is the name ``[start, end)`` written elsewhere in the text, whole or its first word inside a sentence? A
        capitalised sentence opener written once ("Kepergian Advent ...") is no name; a name after an adverbial
        or a role ("Pekan lalu, Ratna Sari ...") is not asked."""
        text = self.document.text
        name = text[start:end]
        return text.find(name, end) >= 0 or text.rfind(name, 0, start) >= 0 \
            or self._written_inside_a_sentence(name.split()[0], start)

    def _organisation(self, start: int, end: int, name: int) -> bool:
        """Is the subject ``[start, end)`` with its name from ``name`` an organisation ("Tim Reaksi Cepat BPBD X",
        "P2TP2A")?"""
        text = self.document.text
        return guess_kind(text[start:end], self.words.entity) == "organization" or is_acronym(text[name:end])

    def _written_inside_a_sentence(self, word: str, before: int) -> bool:
        """Is ``word`` written after a lower-case word somewhere in the text before ``before`` (bounded look)?"""
        text = self.document.text
        low = max(0, before - NAME_LOOK_BACK)
        position = text.rfind(word, low, before)
        for _ in range(MAX_NAME_LOOKS):
            if position <= 1:
                return False
            if text[position - 1] == " " and text[position - 2].islower():
                return True
            position = text.rfind(word, low, position)
        return False

    def _written_in_lower_case(self, word: str) -> bool:
        """Does the text write ``word`` in lower case as a word of its own ("laga" for "Laga Arsenal ...")? Names
        are always capitalised, so such a word is a common noun opening a sentence. The text's lower-case words
        are collected once per document, and only for documents that ask."""
        if self.lower_words is None:
            self.lower_words = frozenset(LOWER_WORD.findall(self.document.text))
        return word.casefold() in self.lower_words

    def _opens_a_full_name(self, word: str) -> bool:
        """Does the text write ``word`` as the first of two capitalised name words ("Dejan" in "Dejan Antonic")?"""
        text = self.document.text
        position = text.find(f"{word} ")
        for _ in range(MAX_NAME_LOOKS):
            if position < 0:
                return False
            after = position + len(word) + 1
            if (position == 0 or not text[position - 1].isalpha()) and text[after:after + 1].isupper() \
                    and text[after + 1:after + 2].islower():
                return True
            position = text.find(f"{word} ", after)
        return False

    def _remember(self, mention: Mention, position: int) -> None:
        self.history.append(Antecedent(mention, mention.kind, self.layout.paragraph_index(position),
                                       self.layout.sentence_index(position)))

    def _register(self, item: dict[str, Any]) -> Mention:
        span = item["span"]
        return self.index.add(span["start"], span["end"], kind=item.get("kind"), role=item.get("role"), split=False)

    # -- quotations over several paragraphs ---------------------------------------

    def _continues_in_next_paragraph(self, claim: Claim) -> bool:
        """A follow-up that ends its paragraph, open ("reopened quotes") or closed (the quotation before an
        attributed one: '"A."' then '"B," kata X.')."""
        if claim.fields["cue"]["lemma"] != FOLLOW_UP_CUE:
            return False
        quote = self.layout.quote_containing(claim.fields["content"]["start"])
        if quote is None:
            return False
        paragraph_end = self.layout.paragraph(quote.open)[1]
        return quote.close is None or not self.document.text[quote.end:paragraph_end].strip(" .")

    def _continuation(self, claim: Claim, by_start: dict[int, Claim],
                      mentions: dict[int, tuple[Mention | None, dict[str, Any]]]) -> Mention | None:
        """The speaker of the quotation that reopens in the next paragraph, if there is one."""
        paragraph = self.layout.paragraph_index(claim.fields["content"]["start"])
        if paragraph + 1 >= len(self.layout.paragraphs):
            return None
        reopened = self.layout.quote_opening_at(self.layout.paragraphs[paragraph + 1][0])
        if reopened is None:
            return None
        for start in range(reopened.inner_start, reopened.inner_start + 3):  # blanks after the mark
            if start in by_start:
                found = mentions.get(id(by_start[start]))
                return found[0] if found else None
        return None

    def _restating(self, claim: Claim) -> bool:
        """A passive with its agent ("Hal serupa disampaikan X."): X speaks even when the claim is a duplicate."""
        return self.params.get(claim.rule, {}).get("agent") == "required"

    def _droppable(self, claim: Claim) -> bool:
        """Follow-ups and agentless passives are quotes only through an inherited speaker."""
        return claim.fields["cue"]["lemma"] == FOLLOW_UP_CUE or "agent" in self.params.get(claim.rule, {})


def _named_person(mention: Mention) -> bool:
    """A person named with two words or more or with a role ("Rudi Hartono", "Menteri Sari"): never "mereka".
    A one-word capitalised mention may be a group ("Agensi", "Warga"), and so may a lower-case one ("para relawan")."""
    return mention.kind == "person" and mention.name[:1].isupper() and (
        len(name_key(mention.name).split()) > 1 or mention.role is not None)


def _named(claim: Claim) -> bool:
    speaker = claim.fields["speaker"]
    return speaker is not None and speaker.get("kind") not in ("pronoun", "description")


def _cue_start(claim: Claim) -> int:
    return claim.fields["cue"]["span"]["start"]


def _widen(claim: Claim, layout: Layout) -> None:
    """Make the claim span cover content, cue and an in-sentence speaker mention."""
    spans = [claim.fields["content"], claim.fields["cue"].get("span")]
    speaker = claim.fields["speaker"]
    if speaker is not None:
        spans.append(speaker.get("resolved_from") or speaker["span"])
    sentence = layout.sentence(claim.fields["content"]["start"])
    paragraph = layout.paragraph(claim.start)
    for span in spans:
        if span and paragraph[0] <= span["start"] and span["end"] <= paragraph[1] \
                and abs(span["start"] - sentence[0]) < 2 * (sentence[1] - sentence[0]) + 200:
            claim.start = min(claim.start, span["start"])
            claim.end = max(claim.end, span["end"])


_params: weakref.WeakKeyDictionary[Engine, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


def _rule_params(engine: Engine) -> dict[str, dict[str, Any]]:
    """Params of the quote pack's rules by rule id (also the test of whether a claim is ours)."""
    found = _params.get(engine)
    if found is None:
        found = {rule.id: rule.params for rule in engine.rules if rule.id.startswith(RULE_PREFIX)}
        _params[engine] = found
    return found
