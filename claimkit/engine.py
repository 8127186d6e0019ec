"""The engine: plugins in, rules compiled once, documents through.

``text -> Document -> prefilter -> rules (match, function) -> overlap policy
-> process_document hooks -> numbering -> schema check -> record``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .claims import Claim, to_record
from .corpus import InputItem
from .document import Document, parse_published
from .errors import PluginError
from .overlap import resolve_overlaps
from .plugins import PluginFailure, PluginHost
from .prefilter import TriggerIndex
from .registry import collect_registrations
from .rules import Rule, RuleMatch
from .ruleset import DEFAULT_POLICY, build_ruleset
from .schema import OutputValidator

CORE = "claimkit"
_CHARS_PER_START = 600
LOCAL = "local"
MAX_ERRORS_PER_RULE = 5


class Engine:
    """Built once (plugins, rules, schemas), then reused for any number of documents.

    ``plugins`` are registered in addition to the entry-point plugins;
    ``autoload=False`` and ``allow=[...]`` narrow the latter (default: the
    ``CLAIMKIT_*`` environment variables). ``rule_files`` adds YAML files
    owned by the pseudo-plugin ``local`` (for checking a rule file before it
    is packaged). ``timeout`` bounds each regex search in seconds. Raises
    :class:`~claimkit.RuleLoadError` when any rule file is broken.
    """

    def __init__(
        self,
        plugins: Sequence[object] = (),
        *,
        autoload: bool | None = None,
        allow: Iterable[str] | None = None,
        timeout: float = 2.0,
        validate: bool = True,
        rule_files: Sequence[Path | str] = (),
    ) -> None:
        self.host = PluginHost(plugins, autoload=autoload, allow=allow)
        self.timeout = timeout
        self.validate = validate
        registered = collect_registrations(self.host)
        registered.rule_files += [(Path(path), LOCAL) for path in rule_files]
        self.claim_types = registered.claim_types
        self.functions = registered.functions
        self.rule_files = registered.rule_files
        self.ruleset = build_ruleset(self.rule_files, self.functions, self.claim_types, __version__)
        self.rules: list[Rule] = self.ruleset.rules
        self.validator = OutputValidator(self.claim_types)
        self._post_processors = self.host.implementations("process_document")
        self._triggers = TriggerIndex(((index, rule.triggers) for index, rule in enumerate(self.rules)),
                                      {index: rule.leading for index, rule in enumerate(self.rules) if rule.leading})
        self.stats: Counter[str] = Counter()
        self.rule_seconds: Counter[str] | None = None
        """Set to a ``Counter`` to collect seconds spent per rule (``claimkit rules profile``)."""

    # -- public helpers -----------------------------------------------------

    @property
    def plugin_failures(self) -> list[PluginFailure]:
        return self.host.failures

    @property
    def gazetteer(self) -> dict[str, dict[str, Any]]:
        return self.ruleset.gazetteer

    def lexicon(self, name: str) -> list[str]:
        """A word list defined in some rule file (so Python helpers read words from YAML)."""
        try:
            return self.ruleset.lexicons[name]
        except KeyError:
            raise PluginError(f"no lexicon named {name!r} is loaded") from None

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    # -- extraction ---------------------------------------------------------

    def extract(self, document: Document | str, published: dt.date | str | None = None) -> dict[str, Any]:
        """The contract record for one document. Never raises for bad text."""
        if isinstance(document, str):
            document = Document(document, published=parse_published(published))
        errors: list[dict[str, Any]] = []
        claims = self._match_all(document, errors)
        claims = self._resolve(claims)
        claims = self._post_process(document, claims, errors)
        records = to_record([claim for claim in claims if claim.end > claim.start], document.text)
        if self.validate:
            records = self._valid_only(records, claims, errors)
        return {
            "doc_id": document.doc_id,
            "published": document.published.isoformat() if document.published else None,
            "claims": records,
            "errors": errors,
        }

    def extract_record(
        self, raw: Mapping[str, Any] | str, fallback_id: str, default_published: str | None = None
    ) -> dict[str, Any]:
        """Extract from one JSONL input line (or its parsed object); a bad line becomes an error record.

        ``default_published`` applies when the line has no ``published`` of its own.
        """
        try:
            data = json.loads(raw) if isinstance(raw, str) else raw
            if not isinstance(data, Mapping):
                raise ValueError(f"expected a JSON object, got {type(data).__name__}")
            doc_id = str(data.get("doc_id") or data.get("id") or fallback_id)
        except ValueError as exc:
            return _error_record(fallback_id, None, f"bad input line: {exc}")
        try:
            text = data["text"]
            if not isinstance(text, str):
                raise TypeError(f"'text' must be a string, not {type(text).__name__}")
            published = parse_published(data.get("published") or default_published)
            metadata = {key: value for key, value in data.items() if key not in ("doc_id", "text", "published")}
            document = Document(text, doc_id, published, metadata)
        except (KeyError, TypeError, ValueError) as exc:
            message = "missing 'text'" if isinstance(exc, KeyError) else str(exc)
            return _error_record(doc_id, _published_or_none(data.get("published")), f"bad document: {message}")
        return self.extract(document)

    def extract_item(self, item: InputItem) -> dict[str, Any]:
        """Extract one item read by :mod:`claimkit.corpus` (a JSONL line or a text file)."""
        if item.line is not None:
            return self.extract_record(item.line, item.fallback_id, item.published)
        try:
            document = Document(item.text or "", item.fallback_id, parse_published(item.published))
        except ValueError as exc:
            return _error_record(item.fallback_id, None, f"bad document: {exc}")
        return self.extract(document)

    def run_rule(self, rule: Rule, document: Document, errors: list[dict[str, Any]] | None = None,
                 starts: Sequence[int] | None = None) -> list[Claim]:
        """Claims of one rule on one document, without prefilter or post-processing.

        ``starts``, when given, holds every position where a match of the rule can begin
        (where its leading literals occur); the rule is then tried there only, if they are few.
        """
        errors = [] if errors is None else errors
        claims: list[Claim] = []
        failures = 0
        try:
            matches = self._matches(rule, document.text, starts)
        except _Timeout as timeout:
            matches = timeout.matches
            errors.append({"plugin": rule.plugin, "rule": rule.id,
                           "message": f"regex search timed out after {self.timeout}s; later matches of this rule "
                                      "in this document are missing"})
        self.stats["matches"] += len(matches)
        for match in matches:
            try:
                claim = self._claim(rule, document, match)
            except Exception as exc:  # noqa: BLE001 - one bad match must not lose the document
                failures += 1
                if failures <= MAX_ERRORS_PER_RULE:
                    errors.append({"plugin": rule.plugin, "rule": rule.id,
                                   "message": f"function {rule.function_name} raised {type(exc).__name__}: {exc}"})
                continue
            if claim is not None:
                claims.append(claim)
        return claims

    def _matches(self, rule: Rule, text: str, starts: Sequence[int] | None) -> list[Any]:
        """All matches of ``rule`` in ``text``, as ``finditer`` finds them.

        Every search runs under the timeout. The ``regex`` module reads the clock for that
        on each call and each match (about 2.5 µs here), so trying a rule at a few known
        starts beats scanning the text only while the starts are few: up to one per
        ``_CHARS_PER_START`` characters, a ratio measured on news articles.
        """
        # Matches are collected before any rule function runs: the regex module's timeout also counts the
        # time spent between iterations, and only the search itself is meant to be bounded.
        if starts is not None and len(starts) <= 1 + len(text) // _CHARS_PER_START:
            return self.matches_at(rule, text, starts)
        matches: list[Any] = []
        try:
            matches.extend(rule.compiled.finditer(text, timeout=self.timeout))
        except TimeoutError:
            raise _Timeout(matches) from None
        return matches

    def matches_at(self, rule: Rule, text: str, starts: Sequence[int]) -> list[Any]:
        """The matches ``finditer`` would find, when every one begins at one of ``starts`` (sorted):
        the rule is tried at each start not inside the previous match."""
        matches: list[Any] = []
        match_at, end = rule.compiled.match, 0
        try:
            for start in starts:
                if start >= end:
                    match = match_at(text, start, timeout=self.timeout)
                    if match is not None:
                        matches.append(match)
                        end = match.end()
        except TimeoutError:
            raise _Timeout(matches) from None
        return matches

    def _match_all(self, document: Document, errors: list[dict[str, Any]]) -> list[Claim]:
        claims: list[Claim] = []
        active, starts = self._triggers.scan(document.text)
        for index in active:
            rule = self.rules[index]
            self.stats["rule_runs"] += 1
            positions = starts.get(index, ()) if starts is not None and rule.leading else None
            if self.rule_seconds is None:
                claims += self.run_rule(rule, document, errors, positions)
            else:
                started = time.perf_counter()
                claims += self.run_rule(rule, document, errors, positions)
                self.rule_seconds[rule.id] += time.perf_counter() - started
        return claims

    def _claim(self, rule: Rule, document: Document, match: Any) -> Claim | None:
        rule_match = RuleMatch(document, rule, match, self)
        if rule.function is not None:
            computed = rule.function(rule_match)
            if computed is None:
                return None
            fields = {**rule.fields, **computed} if rule.fields else computed
        else:
            fields = dict(rule.fields)
            for name in rule.groups:
                if name != "claim":
                    fields[name] = rule_match.span(name)
        start, end = match.span("claim") if "claim" in rule.groups and match.start("claim") >= 0 else match.span()
        if end <= start:
            return None
        return Claim(rule.type, rule.id, rule.plugin, start, end, fields, rule.priority)

    def _resolve(self, claims: list[Claim]) -> list[Claim]:
        by_type: dict[str, list[Claim]] = {}
        for claim in claims:
            by_type.setdefault(claim.type, []).append(claim)
        kept: list[Claim] = []
        for claim_type in sorted(by_type):
            kept += resolve_overlaps(by_type[claim_type], self.ruleset.policies.get(claim_type, DEFAULT_POLICY))
        return kept

    def _post_process(self, document: Document, claims: list[Claim], errors: list[dict[str, Any]]) -> list[Claim]:
        for plugin, implementation in self._post_processors:
            before = list(claims)
            try:
                result = implementation(document=document, claims=claims, engine=self)
            except Exception as exc:  # noqa: BLE001 - keep the claims, report the plugin
                errors.append({"plugin": plugin, "rule": None,
                               "message": f"process_document raised {type(exc).__name__}: {exc}"})
                claims = before
                continue
            if result is not None:
                claims = list(result)
        return claims

    def _valid_only(self, records: list[dict[str, Any]], claims: list[Claim], errors: list[dict[str, Any]]) \
            -> list[dict[str, Any]]:
        valid = []
        for record in records:
            problem = self.validator.claim_error(record)
            if problem is None:
                valid.append(record)
            else:
                errors.append({"plugin": record["plugin"], "rule": record["rule"],
                               "message": f"claim dropped, it does not match the {record['type']} schema: {problem}"})
        return valid


class _Timeout(Exception):
    """A rule's search timed out; ``matches`` holds those found before."""

    def __init__(self, matches: list[Any]) -> None:
        super().__init__()
        self.matches = matches


def _published_or_none(value: Any) -> str | None:
    try:
        published = parse_published(value)
    except (TypeError, ValueError):
        return None
    return published.isoformat() if published else None


def _error_record(doc_id: str, published: str | None, message: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "published": published, "claims": [],
            "errors": [{"plugin": CORE, "rule": None, "message": message}]}


_default_engine: Engine | None = None


def extract(text: str, published: dt.date | str | None = None, doc_id: str = "doc") -> dict[str, Any]:
    """Extract claims from one text with a lazily built, shared default engine."""
    global _default_engine
    if _default_engine is None:
        _default_engine = Engine()
    return _default_engine.extract(Document(text, doc_id, parse_published(published)))
