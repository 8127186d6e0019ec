"""Generated sanction sentences round-trip their roles; real news stays precise.

The generators of :mod:`claimkit.testing` write active, passive, nominal and
background sanction sentences with random imposers, targets, trigger types,
reasons, statuses and dates, and know the claim each one holds.
"""

from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.testing import SANCTION_STATUSES, SANCTION_VOICES, articles, missing_claims, sanction_sentences


@pytest.fixture(scope="module")
def sanctions() -> claimkit.Engine:
    return claimkit.Engine(autoload=True, allow=["claimkit.sanctions"])


def sanction_claims(record: dict) -> list[dict]:
    return [claim for claim in record["claims"] if claim["type"] == "sanction"]


@pytest.mark.parametrize("voice", sorted(SANCTION_VOICES))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_generated_sentences_give_back_exactly_their_claim(sanctions, voice, data):
    sentence = data.draw(sanction_sentences(voices=(voice,)))
    record = sanctions.extract(sentence.document())
    assert record["errors"] == []
    assert missing_claims(sentence, record, "sanction") == []
    assert len(sanction_claims(record)) == 1


@pytest.mark.parametrize("status", SANCTION_STATUSES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_status_round_trips(sanctions, status, data):
    sentence = data.draw(sanction_sentences(statuses=(status,)))
    assert missing_claims(sentence, sanctions.extract(sentence.document()), "sanction") == []


@settings(max_examples=40, deadline=None)
@given(article=articles(kinds=("sanction", "filler")))
def test_sanctions_in_whole_articles_are_found_and_nothing_else(sanctions, article):
    record = sanctions.extract(article.document())
    assert missing_claims(article, record, "sanction") == []
    assert len(sanction_claims(record)) == len(article.of_type("sanction"))


@settings(max_examples=60, deadline=None)
@given(article=articles(kinds=("quote", "date", "filler")))
def test_articles_without_sanctions_give_no_sanction(sanctions, article):
    assert sanction_claims(sanctions.extract(article.document())) == []


# --- real news (only beside the dev checkout) ----------------------------------------


def test_real_news_gives_few_claims_and_no_errors(sanctions, shared_dir):
    """Most "sanksi" in Indonesian news is a domestic rule or penalty: a generous bound on how
    many claims a tenth of the corpus may give guards against the filters breaking."""
    count = documents = 0
    with gzip.open(shared_dir / "corpus" / "indonews.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, None, 10):
            record = sanctions.extract_record(line, "corpus")
            assert record["errors"] == []
            count += len(sanction_claims(record))
            documents += 1
    assert documents > 400
    assert count <= 20


def test_dev_set_scores(sanctions, shared_dir, tmp_path):
    predicted = tmp_path / "dev.pred.jsonl"
    with (shared_dir / "eval" / "dev.docs.jsonl").open(encoding="utf-8") as source, \
            predicted.open("w", encoding="utf-8") as sink:
        for number, line in enumerate(source):
            sink.write(json.dumps(sanctions.extract_record(line, f"doc{number}"), ensure_ascii=False) + "\n")
    scored = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "eval" / "dev.gold.jsonl"),
         str(predicted), "--json", "--types", "sanction"],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(scored.stdout)["sanction"]
    assert report["precision"] >= 0.9
    assert report["f1"] >= 0.85
    assert report["status_accuracy"] >= 0.85
    assert report["imposer_f1"] >= 0.85
    assert report["target_f1"] >= 0.8
