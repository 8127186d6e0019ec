"""A fast yes/no check of JSON Schemas, for the engine's hot path.

``jsonschema`` costs 150-300 µs per claim here, which alone would cap the
engine near 1 MB/s. Claims are almost always valid, so the engine asks this
module first: each schema is compiled once into nested Python closures for
the keywords claimkit's schemas use. Only when a claim fails (or a plugin's
schema uses a keyword not handled here) does ``jsonschema`` run, to decide
and to word the error. ``tests/test_fastcheck.py`` checks that both always
agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "format",
                "deprecated", "readOnly", "writeOnly", "$defs", "definitions"}


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not handle; use jsonschema instead."""


def compile_schema(schema: Any, resources: Mapping[str, dict[str, Any]]) -> Check:
    """A predicate equivalent to ``jsonschema`` validity for ``schema``.

    ``resources`` maps schema ``$id`` URIs to documents, for ``$ref`` to other
    schemas (``https://.../output.schema.json#/$defs/Span``).
    """
    return _Compiler(resources).compile(schema, schema)


def _is_type(name: str) -> Check:
    checks: dict[str, Check] = {
        "object": lambda value: isinstance(value, dict),
        "array": lambda value: isinstance(value, list),
        "string": lambda value: isinstance(value, str),
        "null": lambda value: value is None,
        "boolean": lambda value: isinstance(value, bool),
        "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
        "integer": lambda value: (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, float) and value.is_integer()),
    }
    try:
        return checks[name]
    except KeyError:
        raise Unsupported(f"type {name!r}") from None


def _equal(left: Any, right: Any) -> bool:
    """JSON equality: ``true`` is not ``1``."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_equal(left[key], right[key]) for key in left)
    return left == right


def _all(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]
    frozen = tuple(checks)

    def every(value: Any) -> bool:
        for check in frozen:  # noqa: SIM110 - a plain loop is measurably faster than all() here
            if not check(value):
                return False
        return True

    return every


class _Compiler:
    def __init__(self, resources: Mapping[str, dict[str, Any]]) -> None:
        self.resources = resources
        self.refs: dict[tuple[int, str], Check] = {}

    def compile(self, schema: Any, root: dict[str, Any]) -> Check:
        if schema is True:
            return lambda value: True
        if schema is False:
            return lambda value: False
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        checks = [self._keyword(keyword, argument, schema, root)
                  for keyword, argument in schema.items() if keyword not in _ANNOTATIONS]
        return _all([check for check in checks if check is not None])

    def _ref(self, reference: str, root: dict[str, Any]) -> Check:
        base, _, pointer = reference.partition("#")
        document = self.resources[base] if base else root
        key = (id(document), pointer)
        if key not in self.refs:
            self.refs[key] = lambda value: resolved(value)  # placeholder for recursive schemas
            target: Any = document
            for part in filter(None, pointer.split("/")):
                target = target[part]
            resolved = self.compile(target, document)
            self.refs[key] = resolved
        return self.refs[key]

    def _keyword(self, keyword: str, argument: Any, schema: dict[str, Any], root: dict[str, Any]) -> Check | None:
        compile_ = self.compile
        if keyword == "$ref":
            try:
                return self._ref(argument, root)
            except KeyError:
                raise Unsupported(f"unresolvable $ref {argument!r}") from None
        if keyword == "type":
            names = [argument] if isinstance(argument, str) else list(argument)
            kinds = [_is_type(name) for name in names]
            if len(kinds) == 1:
                return kinds[0]
            return lambda value: any(kind(value) for kind in kinds)
        if keyword == "enum":
            if all(isinstance(option, str) for option in argument):
                options = frozenset(argument)
                return lambda value: isinstance(value, str) and value in options
            return lambda value: any(_equal(value, option) for option in argument)
        if keyword == "const":
            return lambda value: _equal(value, argument)
        if keyword == "required":
            required = tuple(argument)

            def has_required(value: Any) -> bool:
                if isinstance(value, dict):
                    for name in required:
                        if name not in value:
                            return False
                return True

            return has_required
        if keyword == "properties":
            properties = tuple((name, compile_(sub, root)) for name, sub in argument.items())

            def properties_hold(value: Any) -> bool:
                if isinstance(value, dict):
                    for name, check in properties:
                        if name in value and not check(value[name]):
                            return False
                return True

            return properties_hold
        if keyword == "additionalProperties":
            known = set(schema.get("properties", {}))
            patterns = [regex.compile(p) for p in schema.get("patternProperties", {})]
            extra = compile_(argument, root)
            return lambda value: not isinstance(value, dict) or all(
                extra(item) for name, item in value.items()
                if name not in known and not any(p.search(name) for p in patterns))
        if keyword == "propertyNames":
            names = compile_(argument, root)
            return lambda value: not isinstance(value, dict) or all(names(name) for name in value)
        if keyword == "items":
            item = compile_(argument, root)

            def items_hold(value: Any) -> bool:
                if isinstance(value, list):
                    for element in value:
                        if not item(element):
                            return False
                return True

            return items_hold
        if keyword in ("minItems", "maxItems", "minLength", "maxLength"):
            kind = list if keyword.endswith("Items") else str
            low = keyword.startswith("min")
            return lambda value: not isinstance(value, kind) or (
                len(value) >= argument if low else len(value) <= argument)
        if keyword == "uniqueItems":
            return lambda value: not argument or not isinstance(value, list) or all(
                not _equal(a, b) for i, a in enumerate(value) for b in value[i + 1:])
        if keyword in ("minimum", "maximum"):
            number = _is_type("number")
            low = keyword == "minimum"
            return lambda value: not number(value) or (value >= argument if low else value <= argument)
        if keyword == "pattern":
            pattern = regex.compile(argument)
            return lambda value: not isinstance(value, str) or pattern.search(value) is not None
        if keyword in ("allOf", "anyOf", "oneOf"):
            parts = [compile_(sub, root) for sub in argument]
            if keyword == "allOf":
                return _all(parts)
            if keyword == "anyOf":
                return lambda value: any(part(value) for part in parts)
            return lambda value: sum(1 for part in parts if part(value)) == 1
        if keyword == "not":
            negated = compile_(argument, root)
            return lambda value: not negated(value)
        if keyword == "if":
            condition = compile_(argument, root)
            then = compile_(schema.get("then", True), root)
            otherwise = compile_(schema.get("else", True), root)
            return lambda value: then(value) if condition(value) else otherwise(value)
        if keyword in ("then", "else", "patternProperties") and (keyword != "patternProperties" or not argument):
            return None  # handled with "if" / "additionalProperties"
        raise Unsupported(f"keyword {keyword!r}")
