"""The generators' ground truth is right by construction: exact spans, valid contract claims, true values."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from claimkit.packs._files import claim_fields_schema
from claimkit.schema import OutputValidator
from claimkit.testing import (
    DATE_FORMATS,
    QUOTE_PATTERNS,
    articles,
    date_sentences,
    filler_sentences,
    missing_claims,
    people,
    person_names,
    quote_sentences,
    sanction_sentences,
)
from claimkit.testing._vocabulary import words
from claimkit.testing.dates import write_dated_sentence
from claimkit.testing.properties import assert_spans_exact
from claimkit.testing.text import Builder
from claimkit.validation import record_problems

VALIDATOR = OutputValidator({name: claim_fields_schema(name) for name in ("quote", "date", "sanction")})
WEEKDAYS = words("dates", "weekdays")
# For find(): enough tries to meet a rare case, and no shrinking of what it finds.
FINDING = settings(phases=[Phase.explicit, Phase.generate], max_examples=500)


def as_record(generated):
    return {"doc_id": "generated", "published": generated.published.isoformat() if generated.published else None,
            "claims": generated.claims, "errors": []}


@given(articles())
def test_planted_claims_are_valid_contract_claims_with_exact_spans(article):
    record = as_record(article)
    assert [error.message for error in VALIDATOR.record_errors(record)] == []
    assert record_problems(record) == []
    assert_spans_exact(record, article.text)


@given(articles())
def test_articles_open_with_a_dateline(article):
    assert re.match(r"^(?:[A-Z]{4,}(?:, KOMPAS\.com)? [-–]|\w+, CNN Indonesia --|\w+ \(ANTARA\) -"
                    r"|Liputan6\.com, \w+ -) ", article.text)


def test_articles_carry_read_also_lines():
    article = find(articles(), lambda article: "\nBACA JUGA:" in article.text, settings=FINDING)
    assert not any("BACA JUGA" in claim["span"]["text"] for claim in article.claims)


@given(filler_sentences())
def test_filler_names_no_date_and_quotes_nobody(sentence):
    tokens = set(re.findall(r"\w+", sentence))
    assert not tokens & set(WEEKDAYS + words("dates", "months")), sentence
    assert not re.search(r"\d|\"|\btahun\b|\bpekan\b|\bbulan\b", sentence)


@pytest.mark.parametrize("pattern", QUOTE_PATTERNS)
def test_each_quote_pattern_plants_its_quote(pattern):
    @given(quote_sentences(patterns=(pattern,)))
    def planted(generated):
        [quote] = [claim for claim in generated.of_type("quote") if claim["rule"].endswith(pattern)]
        fields = quote["fields"]
        content = fields["content"]["text"]
        assert content and content[-1] not in ",." and content.strip() == content
        if fields["kind"] == "direct":
            assert '"' not in content
        if fields["cue"]["text"]:
            assert fields["cue"]["span"]["text"] == fields["cue"]["text"]
            # The root's tail survives meN- assimilation (mengatakan: kata) and the clitic (tambahnya: tambah).
            assert fields["cue"]["lemma"][-3:] in fields["cue"]["text"].casefold()
        assert fields["speaker"]["name"] in generated.text

    planted()


@given(quote_sentences(patterns=("clitic", "pronoun")))
def test_a_clitic_or_pronoun_resolves_to_the_speaker_named_just_before(generated):
    named, referring = generated.of_type("quote")
    resolved = referring["fields"]["speaker"]
    assert resolved["name"] == named["fields"]["speaker"]["name"]
    assert resolved["resolved_from"]["text"] in {f"{referring['fields']['cue']['lemma']}nya", "Ia", "Dia", "Beliau"}


@given(quote_sentences(patterns=("trailing-cue", "leading-cue", "indirect", "menurut")))
def test_organisations_are_named_in_full_with_their_acronym_as_alias(generated):
    [quote] = generated.of_type("quote")
    speaker = quote["fields"]["speaker"]
    if f"{speaker['name']} (" in generated.text:
        assert speaker["aliases"] and f"({speaker['aliases'][0]})" in generated.text


@pytest.mark.parametrize("tradition, shape", [
    ("korean_north", r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$"),
    ("chinese_hokkien", r"^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$"),
    ("mononym", r"^[A-Z][a-z]+$"),
    ("batak", r"^[A-Z][a-z]+ [A-Z][a-z]+$"),
])
def test_names_follow_their_tradition(tradition, shape):
    @given(person_names((tradition,)))
    def shaped(name):
        assert re.match(shape, name), name

    shaped()


@given(people(("russian", "korean_north", "american")))
def test_foreign_roles_name_the_country(person):
    assert person.role is None or any(country in person.role for country in ("Rusia", "Korea Utara", "Amerika"))


@pytest.mark.parametrize("name", sorted(DATE_FORMATS))
def test_each_date_format_plants_a_well_formed_value(name):
    shapes = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$",
              "week": r"^\d{4}-W\d{2}$", "time": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(\+0[789]:00)?$",
              "decade": r"^\d{3}X$", "century": r"^\d{2}$"}

    @given(date_sentences(formats=(name,)))
    def planted(generated):
        claims = generated.of_type("date")
        assert claims
        for claim in claims:
            assert re.match(shapes[claim["fields"]["granularity"]], claim["fields"]["value"]), claim

    planted()


@given(date_sentences(formats=("weekday-numeric", "weekday-numeric-short", "weekday-day-month")))
def test_weekday_conflict_is_set_exactly_when_the_weekday_is_wrong(generated):
    [claim] = generated.of_type("date")
    stated = claim["span"]["text"].split()[0].rstrip(",")
    actual = WEEKDAYS[dt.date.fromisoformat(claim["fields"]["value"]).weekday()]
    assert claim["fields"]["weekday_conflict"] == (stated != actual)


@given(date_sentences(formats=("day-month", "weekday-numeric-short", "month", "weekday")))
def test_dates_without_a_year_resolve_to_the_half_year_before_publication(generated):
    [claim] = generated.of_type("date")
    value = claim["fields"]["value"]
    if claim["span"]["text"].endswith((" depan", " mendatang")):
        return
    first_day = dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    assert dt.timedelta(0) <= generated.published - first_day < dt.timedelta(days=183)
    assert claim["fields"]["anchored"]


@given(date_sentences(formats=("day-month-year", "numeric", "month-year", "year", "modified", "range")))
def test_a_written_year_is_the_year_of_the_value(generated):
    for claim in generated.of_type("date"):
        if re.search(r"\d{4}", claim["span"]["text"]):
            assert claim["fields"]["value"][:4] in claim["span"]["text"]
            assert not claim["fields"]["anchored"]


@given(st.dates(dt.date(2015, 1, 1), dt.date(2024, 12, 31)), st.data())
def test_relative_dates_count_from_the_publication_date(published, data):
    generated = data.draw(date_sentences(published=published, formats=("deictic",)))
    [claim] = generated.of_type("date")
    offsets = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "lusa": 2}
    assert claim["fields"]["value"] == (published + dt.timedelta(days=offsets[claim["span"]["text"]])).isoformat()


def test_last_week_is_the_iso_week_before_publication():
    article = find(date_sentences(published=dt.date(2021, 3, 23), formats=("this-last-next",)),
                   lambda generated: generated.claims[0]["span"]["text"] == "pekan lalu", settings=FINDING)
    assert article.claims[0]["fields"]["value"] == "2021-W11"


@given(st.data())
def test_a_day_and_month_takes_the_year_of_the_sentence_before(data):
    builder = Builder(dt.date(2021, 3, 23))
    [year] = write_dated_sentence(data.draw, builder, ("year",))
    builder.end_sentence()
    builder.write(" ")
    [day] = write_dated_sentence(data.draw, builder, ("day-month",))
    assert day.fields["value"].startswith(year.fields["value"] + "-")
    assert not day.fields["anchored"]


@given(sanction_sentences())
def test_sanction_roles_are_canonical_and_split(generated):
    [claim] = generated.of_type("sanction")
    fields = claim["fields"]
    for role, group in (("imposers", "imposers"), ("targets", "targets")):
        for entity in fields[role]:
            gazetteer = words("sanctions", group)
            assert entity["name"] in gazetteer
            assert entity["span"]["text"] in [entity["name"], *gazetteer[entity["name"]]]
    assert fields["status"] != "mentioned" or fields["imposers"] == []
    if fields["date"] is not None:
        [date] = [other for other in generated.claims if other["id"] == fields["date"]["claim"]]
        assert date["fields"]["value"] == fields["date"]["value"]


@given(articles())
def test_curly_quotes_keep_every_offset(article):
    curly = article.with_curly_quotes()
    assert len(curly.text) == len(article.text)
    assert '"' not in "".join(curly.text[offset] for offset, _ in article.quote_marks)
    assert_spans_exact(as_record(curly), curly.text)


@given(articles())
def test_a_perfect_extraction_misses_nothing_and_a_lost_claim_is_reported(article):
    record = as_record(article)
    for claim_type in ("quote", "date", "sanction"):
        assert missing_claims(article, record, claim_type) == []
    if article.claims:
        lost = article.claims[0]
        report = missing_claims(article, {**record, "claims": article.claims[1:]}, lost["type"])
        assert report and report[0].startswith(lost["rule"])


@given(date_sentences(formats=("weekday",)))
def test_a_bare_weekday_is_never_sunday_which_would_read_as_a_week(generated):
    [claim] = generated.of_type("date")
    assert not claim["span"]["text"].startswith("Minggu")
    assert claim["span"]["text"].split()[0] == WEEKDAYS[dt.date.fromisoformat(claim["fields"]["value"]).weekday()]
