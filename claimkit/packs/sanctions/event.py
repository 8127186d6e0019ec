"""``sanctions.event``: the fields of one sanction claim from one rule match.

Every sanction rule calls this function. The rule's named groups say where
things are (``imposers``/``imposers2``, ``targets``, ``trigger``, ``verb``,
``pre``, ``nominal``, ``reason``); this function says what they mean, using
the word tables of :mod:`.words`, and rejects what the guidelines do not count:

* criminal, legal, social or moral "sanksi" (``sanctions_excluded_kinds``);
* rules instead of events: a target that names nobody ("setiap pelanggar"),
  targets that are all classes ("perusahaan yang melanggar"; "10 individu dan
  entitas" is specific through its number), or a conditional lead-in
  ("jika ...") with no specific target; a conditional with a specific target
  is a threat;
* a sanction with no specific target, unless a state, bloc or international
  body imposes it ("DK PBB akhirnya menjatuhkan sanksi baru");
* a negated sanction with no imposer ("agar kapal kita tidak terkena sanksi"):
  nothing happened and no one is said not to have done it.

Params: ``status`` (used when no status word occurs; default ``imposed``),
``types`` (used when no type phrase occurs), ``international`` (some party must
be a state, bloc or international body), ``imposer_kinds`` (some imposer must be
a gazetteer entity of one of these kinds: "hukuman" is a sport sanction from a
sports body, a criminal sentence from a court), ``adjournable`` (the verb also adjourns
a sitting, "sidang diskors": rejected when the sentence names one before the verb), ``civil``
(a fine: rejected when its sentence names a court, a prison term or the police), ``owner_pronoun``
("mereka" after an envoy is a target, see :func:`_owner_pronoun`) and
``anaphor`` (roles may be missing:
the document step inherits them from the sanction told just before, or drops
the claim).
"""

from __future__ import annotations

import threading
from typing import Any

import regex

from ...rules import RuleMatch
from .parties import Mention, conjuncts, is_generic, parties
from .sentences import END, sentence_start
from .words import STATUS_PRECEDENCE, SanctionWords, sanction_words, words

IMPOSER_GROUPS = ("imposers", "imposers2")
TARGET_GROUPS = ("targets",)
STATUS_GROUPS = ("pre", "nominal", "verb", "trigger")
#: Gazetteer kinds that may impose a sanction without a named target.
AUTHORITY_KINDS = frozenset({"state", "bloc", "international_body", "sports_body", "collective"})
#: Gazetteer kinds of which a party must be for rules with ``international: true``.
STATE_KINDS = frozenset({"state", "bloc", "international_body"})
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
#: Internal field: the claim's missing roles come from the sanction told at most this
#: many sentences before (removed by the document step, which drops the claim when
#: there is none and the claim has no target of its own).
NEEDS_ANTECEDENT = "_needs_antecedent"
#: "pemberian sanksi", "langkah itu" may point a few sentences back ...
ANAPHOR_REACH = 4
#: ... a second verb sharing its subject only within its own sentence.
SHARED_SUBJECT_REACH = 0
#: Internal field: where the clause starts when roles were read in a lookbehind before
#: the match; the document step starts the claim's span there.
CLAUSE_START = "_clause_start"
#: "yang diketuai (langsung oleh) ": a relative passive whose agent follows
_RELATIVE_AGENT = regex.compile(r"\byang\s+di\p{Ll}+(?:\s+(?:langsung|oleh)){0,2}\s+$")


def sanction_event(m: RuleMatch) -> dict[str, Any] | None:
    table = sanction_words(m.engine)
    text = m.text
    if m.has("trigger") and table.excluded_kinds & set(words(m.group("trigger"))):
        return None
    if m.params.get("adjournable") and _names_sitting(m, table):
        return None
    if m.params.get("civil") and _criminal_context(m, table):
        return None
    target_mentions = _mentions(m, TARGET_GROUPS, table)
    imposer_mentions = _mentions(m, IMPOSER_GROUPS, table)
    if imposer_mentions and _reciprocal(m, table):
        target_mentions = imposer_mentions  # "diplomat negara rivalnya" is each of them again
    start = min([m.start(),
                 *(m.start(name) for name in ("nominal", "pre", "verb", "trigger")
                   if m.has(name) and m.end(name) > m.start(name)),
                 *(mention.start for mention in (*target_mentions, *imposer_mentions) if mention.end > mention.start)])
    described = text[start : m.start("reason") if m.has("reason") else m.end()]
    named = [mention for mention in target_mentions if not _owner_pronoun(m, mention, table)]
    if any(is_generic(mention, table) for mention in named) or named and all(
            not mention.pronoun and _bare_common(text[mention.start : mention.end], table) for mention in named):
        return None
    subjects_kept = [mention for mention in imposer_mentions
                     if mention.start >= m.start() or not _relative_agent(text, mention)]
    imposers = parties(m.document, subjects_kept, table) or _instrument_imposers(m, start, table)
    targets = parties(m.document, target_mentions, table)
    status = _status(m, table)
    if status in ("imposed", "extended", "lifted", "eased") and _after_purpose_marker(text, start, table):
        status = "proposed"
    if _conditional(text, start, table):
        if not targets:
            return None
        status = "threatened" if status in ("imposed", "extended", "proposed") else status
    if status == "mentioned" and not imposers and table.statuses(m.group("pre") if m.has("pre") else None) \
            & {"negated"}:
        return None  # "agar kapal Indonesia tidak terkena sanksi": a denial with no one to deny it of
    reach = ANAPHOR_REACH if m.params.get("anaphor") else \
        SHARED_SUBJECT_REACH if not imposers and _shares_subject(m, table) else None
    if reach is None and not targets and not any(imposer.get("kind") in AUTHORITY_KINDS for imposer in imposers):
        return None
    required_kinds = m.params.get("imposer_kinds")
    if required_kinds and not any(imposer.get("kind") in required_kinds for imposer in imposers):
        return None
    sport = any(imposer.get("kind") == "sports_body" for imposer in imposers)
    if _penalty_noun(m, table) or _paid_fine(m, table) and not any(
            imposer.get("kind") in AUTHORITY_KINDS for imposer in imposers):
        if not _sport_setting(m, table, imposers, start):
            return None
        sport = True
    elif m.params.get("civil") and not sport:
        sport = _sport_setting(m, table, imposers, start)  # "Persib dikenai denda" in a league's report is sport
    if m.params.get("international") and not any(party.get("kind") in STATE_KINDS
                                                  for party in (*imposers, *targets)):
        return None
    types = table.sanction_types(_typed_text(m, table, start, len(described))) or m.params.get("types") or (
        ["sport"] if sport or _sport_setting(m, table, imposers, start) else ["unspecified"])
    fields: dict[str, Any] = {
        "status": status,
        "imposers": imposers,
        "targets": targets,
        "sanction_types": types,
        "reason": m.span("reason"),
        "date": None,
    }
    if reach is not None:
        fields[NEEDS_ANTECEDENT] = reach
    if start < m.start():
        fields[CLAUSE_START] = start
    return fields


def _typed_text(m: RuleMatch, table: SanctionWords, start: int, length: int) -> str:
    """The clause up to its reason, and the words right after the trigger even where the match stopped before
    them: "Y dikenakan sanksi empat kali larangan bermain ..." is a sport ban (up to a clause word,
    ``sanctions_gap_stops``, so never into the target or the reason)."""
    end = start + length
    if m.has("trigger"):
        tail = table.trigger_tail.match(m.text, m.end("trigger"))
        if tail is not None:
            end = max(end, tail.end())
    return m.text[start:end]


def _owner_pronoun(m: RuleMatch, mention: Mention, table: SanctionWords) -> bool:
    """ "duta besar mereka diusir": with ``params.owner_pronoun`` "mereka" is the envoy's state (the
    document step resolves it), not the generic "mereka" of "mereka yang melanggar"."""
    return bool(m.params.get("owner_pronoun")) and m.text[mention.start : mention.end].casefold() in table.envoy_owners


def _conditional(text: str, start: int, table: SanctionWords) -> bool:
    """A conditional word before the clause in its sentence ("Jika terbukti, ..."), unless it follows a verb
    of saying: "menyebutkan, jika dubes mereka diusir" reports what happened."""
    opening = sentence_start(text, start)
    return any(not table.reported.search(text, opening, hit.start())
               for hit in table.conditionals.finditer(text, opening, start))


def _names_sitting(m: RuleMatch, table: SanctionWords) -> bool:
    """ "Sidang perceraian itu diskors": a sitting adjourned, not a player suspended. The sitting
    may stand well before the verb ("Sidang ... di Pengadilan Agama X diskors"), so the whole
    sentence up to the verb is read."""
    verb = m.start("verb") if m.has("verb") else m.start()
    return not table.sittings.isdisjoint(words(m.text[sentence_start(m.text, verb) : verb]))


def _criminal_context(m: RuleMatch, table: SanctionWords) -> bool:
    """ "Terdakwa itu didenda Rp 10 juta subsider kurungan": a fine in a sentence that names a court,
    a prosecutor, a prison term or the police is a sentence or enforcement, not a regulator's sanction.
    The whole sentence is read because the court may stand before or after the fine."""
    end = END.search(m.text, m.end())
    sentence = m.text[sentence_start(m.text, m.start()) : end.start() if end else len(m.text)]
    return not table.criminal_words.isdisjoint(words(sentence))


def _reciprocal(m: RuleMatch, table: SanctionWords) -> bool:
    """ "Rusia dan Inggris saling mengusir diplomat": each subject is also the other's target."""
    return m.has("pre") and not table.reciprocal.isdisjoint(words(m.group("pre")))


def _after_purpose_marker(text: str, start: int, table: SanctionWords) -> bool:
    """ "(menuntut) agar Qatar memutus hubungan ...", "mendesak negara anggota untuk menerapkan
    sanksi ...": the clause is demanded, not done."""
    before = words(text[max(0, start - 12) : start])
    return bool(before) and before[-1] in table.purpose_markers


def _shares_subject(m: RuleMatch, table: SanctionWords) -> bool:
    """True for the second verb of "X membekukan aset Y dan mengancam akan memperluas sanksi"."""
    verb_start = m.start("pre") if m.has("pre") else m.start()
    return table.clause_joined.search(m.text, sentence_start(m.text, verb_start), verb_start) is not None


def _mentions(m: RuleMatch, groups: tuple[str, ...], table: SanctionWords) -> list[Mention]:
    """The conjuncts of the role groups; a group before the match is a subject read backwards."""
    return [mention for name in groups if m.has(name)
            for mention in conjuncts(m.text, m.start(name), m.end(name), table, m.start(name) < m.start())]


def _penalty_noun(m: RuleMatch, table: SanctionWords) -> bool:
    """The trigger is "hukuman" or "denda" read by a general rule (the fine rules, ``params.civil``, have their own
    filter)."""
    if m.params.get("civil") or not m.has("trigger"):
        return False
    head = words(m.group("trigger"))[:1]
    return bool(head) and head[0] in table.penalty_nouns


def _paid_fine(m: RuleMatch, table: SanctionWords) -> bool:
    """ "Y harus membayar denda": a late fee or a bank's charge is paid the same way as a league's fine, so a paid
    fine counts only where a penalty noun would (a sport setting) or when an authority of the gazetteer is paid."""
    verb = words(m.group("verb"))[:1] if m.has("verb") else []
    return bool(verb) and verb[0] in table.fine_pay_verbs


def _sport_setting(m: RuleMatch, table: SanctionWords, imposers: list[dict[str, Any]], start: int) -> bool:
    """ "hukuman" and "denda" are a court's sentence as often as a league's penalty, so they count only in sport:
    a sports body imposing, a ban counted in matches ("hukuman empat laga") or named as one ("hukuman larangan
    transfer", ``sanctions_type_sport``), or a sports body named anywhere in
    the article ("Klub itu terancam hukuman tambahan" in a report of the disciplinary committee). Never a criminal
    kind ("hukuman mati"), a sentence naming a court, a prison or the police, or a referee's call on the pitch."""
    trigger_end = m.end("trigger")
    following = words(m.text[trigger_end : trigger_end + 24])[:1]
    if following and following[0] in table.excluded_kinds or _criminal_context(m, table) or any(
            table.match_officials.match(imposer["name"]) for imposer in imposers):
        return False
    return (any(imposer.get("kind") == "sports_body" or table.sport_body_head.match(imposer["name"])
                for imposer in imposers)
            or table.match_length.search(m.text, start, trigger_end + 40) is not None
            or "sport" in table.sanction_types(m.text[start : trigger_end + 40])
            or _sports_body_named(m, table))


_last_document = threading.local()


def _sports_body_named(m: RuleMatch, table: SanctionWords) -> bool:
    """Is a sports body named anywhere in the document? Asked for each match, so the answer is kept for the
    document being read: a search of the whole text per match costs quadratic time on a long text."""
    cached = getattr(_last_document, "entry", None)
    if cached is None or cached[0] is not m.document or cached[1] is not table:
        cached = _last_document.entry = (m.document, table, table.sport_body.search(m.text) is not None)
    return cached[2]


def _relative_agent(text: str, mention: Mention) -> bool:
    """ "Komisi Disiplin yang diketuai Budi Santoso menjatuhkan ...": a name read back from the verb that is the
    agent of a relative passive is not the subject (the head before "yang" is, and it is left unread)."""
    return _RELATIVE_AGENT.search(text, max(0, mention.start - 60), mention.start) is not None


def _instrument_imposers(m: RuleMatch, start: int, table: SanctionWords) -> list[dict[str, Any]]:
    """ "Melalui surat keputusan Komdis PSSI, Y diganjar sanksi ...": a clause that names no imposer takes the
    author of the decision fronted before it in its sentence (the last one, nearest the clause)."""
    hits = list(table.instrument.finditer(m.text, sentence_start(m.text, start), start))
    if not hits or not m.has("verb"):  # a nominal mention decides nothing: "Dari rapat DPR, sanksi ... dibahas"
        return []
    mentions = conjuncts(m.text, hits[-1].start("party"), hits[-1].end("party"), table, True)
    return parties(m.document, [mention for mention in mentions if mention.end > mention.start], table)


def _status(m: RuleMatch, table: SanctionWords) -> str:
    """The strongest status of the clause's words; an obligation before a verb of undergoing is met, not demanded
    ("Y harus menjalani sanksi dua laga" is imposed)."""
    pre = m.group("pre") if m.has("pre") else None
    verb = words(m.group("verb"))[:1] if m.has("verb") else []
    if pre and verb and verb[0] in table.undergo_verbs:
        pre = " ".join(word for word in words(pre) if word not in table.obligation_words)
    found = table.statuses(pre, *(m.group(name) for name in STATUS_GROUPS[1:] if m.has(name)))
    for status in STATUS_PRECEDENCE:
        if status in found:
            return "mentioned" if status == "negated" else status
    return m.params.get("status", "imposed")


def _bare_common(mention: str, table: SanctionWords) -> bool:
    """A target like "perusahaan" or "pejabat yang melanggar": a class, not a party.

    A common-noun target is specific when it carries a name ("warga Belanda"), a
    number or quantifier ("dua perusahaan"), a demonstrative ("klub itu") or a
    possessive ("sekutunya"). A head alone is a class even when it opens a sentence ("Warga dilarang
    bermain di taman ...").
    """
    tokens = words(mention)
    if len(tokens) == 1 and tokens[0] in table.party_heads:
        return True
    if not tokens or any(char.isupper() for char in mention):
        return False  # a name, or nothing left after trimming (not a class either)
    if tokens[0] in table.party_quantifiers or tokens[0].isdigit() or tokens[-1] in _DEMONSTRATIVES:
        return False
    return not tokens[0].endswith("nya")
