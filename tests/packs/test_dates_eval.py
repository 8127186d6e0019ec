"""The date pack against the shared evaluation gold (skipped where ../shared is absent)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import claimkit


def _scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_eval_score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("split", "f1", "value_accuracy"), [("seed", 1.0, 1.0), ("dev", 0.95, 0.95)])
def test_dates_on_the_gold(shared_dir, split, f1, value_accuracy):
    scorer = _scorer(shared_dir)
    engine = claimkit.Engine(allow=["claimkit.dates"])
    lines = (shared_dir / "eval" / f"{split}.docs.jsonl").read_text(encoding="utf-8").splitlines()
    predicted = {}
    for number, line in enumerate(lines):
        record = engine.extract_record(json.loads(line), f"line{number}")
        assert record["errors"] == []
        predicted[record["doc_id"]] = record
    report = scorer.score(scorer.load(shared_dir / "eval" / f"{split}.gold.jsonl"), predicted, {"date"})["date"]
    assert report["f1"] >= f1 and report["value_accuracy"] >= value_accuracy, report
