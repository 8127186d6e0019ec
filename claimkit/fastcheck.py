"""A fast yes/no check of JSON Schemas, for the engine's hot path.

``jsonschema`` costs 150-300 µs per claim here, which alone would cap the
engine near 1 MB/s. Claims are almost always valid, so the engine asks this
module first: each schema is translated once into the source of plain Python
functions (one per schema and per ``$ref`` target, nested properties inlined)
for the keywords claimkit's schemas use, the way ``fastjsonschema`` does. A
claim then costs a few isinstance tests, not a call per keyword: nested
closures took about 5 µs per date claim, the generated code about half of
that. Only when a claim fails (or a plugin's schema uses a keyword not handled
here) does ``jsonschema`` run, to decide and to word the error.
``tests/test_fastcheck.py`` checks that both always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex

Check = Callable[[Any], bool]

_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "format",
                "deprecated", "readOnly", "writeOnly", "$defs", "definitions"}

_TYPE_TESTS = {
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "string": "isinstance({v}, str)",
    "null": "{v} is None",
    "boolean": "isinstance({v}, bool)",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "integer": "((isinstance({v}, int) and not isinstance({v}, bool))"
               " or (isinstance({v}, float) and {v}.is_integer()))",
}


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not handle; use jsonschema instead."""


def compile_schema(schema: Any, resources: Mapping[str, dict[str, Any]]) -> Check:
    """A predicate equivalent to ``jsonschema`` validity for ``schema``.

    ``resources`` maps schema ``$id`` URIs to documents, for ``$ref`` to other
    schemas (``https://.../output.schema.json#/$defs/Span``).
    """
    generator = _Generator(resources)
    name = generator.function(schema, schema)
    namespace: dict[str, Any] = {"_equal": _equal, "_unique": _unique, **generator.constants}
    exec("\n\n".join(generator.sources), namespace)  # noqa: S102 - source generated from the schema's keywords
    check: Check = namespace[name]
    return check


def _equal(left: Any, right: Any) -> bool:
    """JSON equality: ``true`` is not ``1``."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_equal(left[key], right[key]) for key in left)
    return left == right


def _unique(items: list[Any]) -> bool:
    return all(not _equal(a, b) for i, a in enumerate(items) for b in items[i + 1:])


class _Generator:
    """Writes one Python function per schema that needs its own (the root, ``$ref`` targets,
    the branches of ``anyOf``/``oneOf``/``not``/``if``); every other subschema is inlined
    into its parent's body as statements that ``return False`` on the first failure."""

    def __init__(self, resources: Mapping[str, dict[str, Any]]) -> None:
        self.resources = resources
        self.sources: list[str] = []
        self.constants: dict[str, Any] = {}
        self.refs: dict[tuple[int, str], str] = {}
        self.counter = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def constant(self, value: Any) -> str:
        name = self.fresh("K")
        self.constants[name] = value
        return name

    def function(self, schema: Any, root: dict[str, Any], name: str | None = None) -> str:
        name = name or self.fresh("check")
        body = self.body(schema, root, "v", 1)
        self.sources.append("\n".join([f"def {name}(v):", *body, "    return True"]))
        return name

    def reference(self, reference: str, root: dict[str, Any]) -> str:
        base, _, pointer = reference.partition("#")
        try:
            document = self.resources[base] if base else root
            target: Any = document
            for part in filter(None, pointer.split("/")):
                target = target[part]
        except KeyError:
            raise Unsupported(f"unresolvable $ref {reference!r}") from None
        key = (id(document), pointer)
        if key not in self.refs:
            self.refs[key] = self.fresh("ref")  # named before its body is written: schemas may recurse
            self.function(target, document, self.refs[key])
        return self.refs[key]

    def body(self, schema: Any, root: dict[str, Any], v: str, depth: int) -> list[str]:
        pad = "    " * depth
        if schema is True:
            return []
        if schema is False:
            return [f"{pad}return False"]
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        lines: list[str] = []
        for keyword, argument in schema.items():
            if keyword not in _ANNOTATIONS:
                lines += self.keyword(keyword, argument, schema, root, v, depth)
        return lines

    def keyword(self, keyword: str, argument: Any, schema: dict[str, Any], root: dict[str, Any], v: str,
                depth: int) -> list[str]:
        pad, inner = "    " * depth, "    " * (depth + 1)
        fail = f"{inner}return False"
        if keyword == "$ref":
            return [f"{pad}if not {self.reference(argument, root)}({v}):", fail]
        if keyword == "type":
            names = [argument] if isinstance(argument, str) else list(argument)
            unknown = [name for name in names if name not in _TYPE_TESTS]
            if unknown:
                raise Unsupported(f"type {unknown[0]!r}")
            return [f"{pad}if not ({' or '.join(_TYPE_TESTS[name].format(v=v) for name in names)}):", fail]
        if keyword == "enum":
            if all(isinstance(option, str) for option in argument):
                return [f"{pad}if not (isinstance({v}, str) and {v} in {self.constant(frozenset(argument))}):", fail]
            return [f"{pad}if not any(_equal({v}, option) for option in {self.constant(list(argument))}):", fail]
        if keyword == "const":
            return [f"{pad}if not _equal({v}, {self.constant(argument)}):", fail]
        if keyword == "required":
            if not argument:
                return []
            present = " and ".join(f"{name!r} in {v}" for name in argument)
            return [f"{pad}if isinstance({v}, dict) and not ({present}):", fail]
        if keyword == "properties":
            lines = [f"{pad}if isinstance({v}, dict):"]
            for name, subschema in argument.items():
                item = self.fresh("x")
                sub = self.body(subschema, root, item, depth + 2)
                if sub:
                    lines += [f"{inner}if {name!r} in {v}:", f"{inner}    {item} = {v}[{name!r}]", *sub]
            return lines if len(lines) > 1 else []
        if keyword == "additionalProperties":
            known = self.constant(frozenset(schema.get("properties", {})))
            patterns = self.constant([regex.compile(p) for p in schema.get("patternProperties", {})])
            key, item = self.fresh("k"), self.fresh("x")
            sub = self.body(argument, root, item, depth + 3)
            if not sub:
                return []
            return [f"{pad}if isinstance({v}, dict):",
                    f"{inner}for {key}, {item} in {v}.items():",
                    f"{inner}    if {key} not in {known} and not any(p.search({key}) for p in {patterns}):", *sub]
        if keyword == "propertyNames":
            key = self.fresh("k")
            sub = self.body(argument, root, key, depth + 2)
            return [f"{pad}if isinstance({v}, dict):", f"{inner}for {key} in {v}:", *sub] if sub else []
        if keyword == "items":
            item = self.fresh("x")
            sub = self.body(argument, root, item, depth + 2)
            return [f"{pad}if isinstance({v}, list):", f"{inner}for {item} in {v}:", *sub] if sub else []
        if keyword in ("minItems", "maxItems", "minLength", "maxLength"):
            kind = "list" if keyword.endswith("Items") else "str"
            compare = "<" if keyword.startswith("min") else ">"
            return [f"{pad}if isinstance({v}, {kind}) and len({v}) {compare} {argument!r}:", fail]
        if keyword == "uniqueItems":
            return [f"{pad}if isinstance({v}, list) and not _unique({v}):", fail] if argument else []
        if keyword in ("minimum", "maximum"):
            compare = "<" if keyword == "minimum" else ">"
            return [f"{pad}if {_TYPE_TESTS['number'].format(v=v)} and {v} {compare} {argument!r}:", fail]
        if keyword == "pattern":
            pattern = self.constant(regex.compile(argument))
            return [f"{pad}if isinstance({v}, str) and {pattern}.search({v}) is None:", fail]
        if keyword == "allOf":
            return [line for subschema in argument for line in self.body(subschema, root, v, depth)]
        if keyword in ("anyOf", "oneOf"):
            calls = [f"{self.function(subschema, root)}({v})" for subschema in argument]
            if keyword == "anyOf":
                return [f"{pad}if not ({' or '.join(calls)}):", fail]
            return [f"{pad}if ({' + '.join(f'bool({call})' for call in calls)}) != 1:", fail]
        if keyword == "not":
            return [f"{pad}if {self.function(argument, root)}({v}):", fail]
        if keyword == "if":
            condition = self.function(argument, root)
            then = self.function(schema.get("then", True), root)
            otherwise = self.function(schema.get("else", True), root)
            return [f"{pad}if not ({then}({v}) if {condition}({v}) else {otherwise}({v})):", fail]
        if keyword in ("then", "else") or (keyword == "patternProperties" and not argument):
            return []  # handled with "if" / "additionalProperties"
        raise Unsupported(f"keyword {keyword!r}")
