"""The fast schema check agrees with jsonschema on valid and broken claims."""

from __future__ import annotations

import copy

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit.fastcheck import Unsupported, compile_schema
from claimkit.packs._files import claim_fields_schema
from claimkit.schema import OutputValidator

SPAN = {"start": 3, "end": 7, "text": "Budi"}
ENTITY = {"name": "Budi Santoso", "span": SPAN, "aliases": ["Budi"]}
VALID = {
    "quote": {"kind": "direct", "content": SPAN, "speaker": ENTITY, "cue": {"text": "kata", "lemma": "kata"},
              "via": [ENTITY]},
    "date": {"value": "2021-03-22", "timex_type": "DATE", "granularity": "day", "anchored": True,
             "weekday_conflict": False},
    "sanction": {"status": "imposed", "imposers": [ENTITY], "targets": [], "sanction_types": ["economic"],
                 "reason": None, "date": {"value": "2021", "claim": "c2"}},
}
ODD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
                       st.sampled_from(["", "direct", "c1", "DATE", "2021"]), st.just([]), st.just({}),
                       st.just([SPAN]), st.just(SPAN))


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def mutate(claim, path, new, delete):
    claim = copy.deepcopy(claim)
    if not path:
        return new
    parent = claim
    for part in path[:-1]:
        parent = parent[part]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return claim


@pytest.fixture(scope="module")
def validator():
    return OutputValidator({name: claim_fields_schema(name) for name in VALID})


@pytest.mark.parametrize("claim_type", sorted(VALID))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fast_check_and_jsonschema_agree(validator, claim_type, data):
    claim = {"id": "c1", "type": claim_type, "rule": "r.x", "plugin": "p", "span": SPAN,
             "fields": VALID[claim_type]}
    path = data.draw(st.sampled_from(list(paths(claim))))
    broken = mutate(claim, path, data.draw(ODD_VALUES), data.draw(st.booleans()))
    fast = validator._fast[claim_type](broken)
    slow = validator._claims[claim_type].is_valid(broken)
    assert fast == slow


def test_valid_claims_pass_quickly_and_broken_ones_get_a_message(validator):
    for claim_type, fields in VALID.items():
        claim = {"id": "c1", "type": claim_type, "rule": "r.x", "plugin": "p", "span": SPAN, "fields": fields}
        assert validator.claim_error(claim) is None
    claim["fields"] = {**VALID["sanction"], "status": "rumoured"}
    assert validator.claim_error(claim) == "fields/status: 'rumoured' is not one of " + repr(
        ["imposed", "threatened", "lifted", "extended", "eased", "proposed", "mentioned"])


def test_unknown_keywords_fall_back_to_jsonschema():
    with pytest.raises(Unsupported):
        compile_schema({"type": "object", "dependentRequired": {"a": ["b"]}}, {})


@pytest.mark.parametrize("schema, good, bad", [
    ({"type": "integer"}, 3.0, True),
    ({"enum": [1, "a"]}, 1, True),
    ({"type": "array", "uniqueItems": True}, [1, "1"], [1, 1]),
    ({"if": {"const": "a"}, "then": {"minLength": 2}, "else": {"type": "integer"}}, 4, "a"),
    ({"not": {"type": "string"}, "minimum": 2}, 2, 1),
])
def test_keyword_semantics_match_jsonschema(schema, good, bad):
    check = compile_schema(schema, {})
    assert check(good) and jsonschema.Draft202012Validator(schema).is_valid(good)
    assert not check(bad) and not jsonschema.Draft202012Validator(schema).is_valid(bad)
