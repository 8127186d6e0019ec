"""The output schema, composed from the shipped envelope and every registered claim type."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .fastcheck import Check, Unsupported, compile_schema
from .resources import load_schema

OUTPUT_ID = "https://claimkit.dev/schemas/output.schema.json"
COMPOSED_ID = "https://claimkit.dev/schemas/composed.schema.json"


def composed_schema(claim_types: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """One schema for a whole output record: envelope plus per-type ``fields``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": COMPOSED_ID,
        "allOf": [{"$ref": OUTPUT_ID}],
        "properties": {
            "claims": {
                "items": {
                    "properties": {"type": {"enum": sorted(claim_types)}},
                    "allOf": [
                        {
                            "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                            "then": {"properties": {"fields": fields}},
                        }
                        for name, fields in sorted(claim_types.items())
                    ],
                }
            }
        },
    }


class OutputValidator:
    """Checks records (``claimkit validate``) and single claims (the engine)."""

    def __init__(self, claim_types: Mapping[str, dict[str, Any]]) -> None:
        envelope = load_schema("output.schema.json")
        registry: Registry = Registry().with_resource(OUTPUT_ID, Resource.from_contents(envelope, DRAFT202012))
        self.schema = composed_schema(claim_types)
        self._record = jsonschema.Draft202012Validator(self.schema, registry=registry)
        self._claims: dict[str, jsonschema.protocols.Validator] = {}
        self._fast: dict[str, Check] = {}
        for name, fields in claim_types.items():
            claim_schema = {"allOf": [{"$ref": f"{OUTPUT_ID}#/$defs/Claim"}], "properties": {"fields": fields}}
            self._claims[name] = jsonschema.Draft202012Validator(claim_schema, registry=registry)
            with contextlib.suppress(Unsupported):  # such a type is checked by jsonschema alone
                self._fast[name] = compile_schema(claim_schema, {OUTPUT_ID: envelope})

    def record_errors(self, record: Any) -> Iterator[jsonschema.ValidationError]:
        yield from sorted(self._record.iter_errors(record), key=lambda error: list(error.absolute_path))

    def claim_error(self, claim: dict[str, Any]) -> str | None:
        """The first schema problem of one claim, or ``None`` when it is valid."""
        validator = self._claims.get(claim.get("type", ""))
        if validator is None:
            return f"claim type {claim.get('type')!r} is not registered"
        fast = self._fast.get(claim["type"])
        if fast is not None and fast(claim):
            return None
        error = jsonschema.exceptions.best_match(validator.iter_errors(claim))
        if error is None:
            return None
        path = "/".join(str(part) for part in error.absolute_path)
        return f"{path}: {error.message}"


def json_path(error: jsonschema.ValidationError) -> str:
    """``$.claims[3].fields.kind`` for a validation error."""
    out = "$"
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out
