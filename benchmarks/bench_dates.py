"""claimkit's date pack side by side with ``dateparser.search.search_dates``.

    python benchmarks/bench_dates.py [--eval DIR] [--repeat N] [--seconds S] [--corpus PATH] [--limit N]

Both systems read the same evaluation documents (``seed`` and ``dev`` of
``../shared/eval``) with their publication dates, and both are scored by
``../shared/eval/score.py`` on type ``date``: F1 (span overlap), value accuracy
(of matched claims) and strict F1 (matched with the right value). dateparser is
configured fairly for Indonesian news: ``languages=['id']``, ``DATE_ORDER='DMY'``,
``RELATIVE_BASE`` = the publication date, ``PREFER_DATES_FROM='past'``. Each
match becomes a claim over the matched text, valued at the precision dateparser
itself reports for it (``DateDataParser.get_date_data(...).period``: ``tahun
2005`` -> ``2005``, ``Januari`` -> ``2015-01``); that second parse is not timed.
Throughput is CPU time (``time.process_time``, robust to other load on the machine), the best
run over all documents, claimkit with the date pack alone. Each system gets the same budget:
at least ``--repeat`` runs and at least ``--seconds`` of CPU time in all (a claimkit run lasts
about 10 ms, a dateparser run about 0.4 s, so three runs of each would leave claimkit's figure
to the noise of a shared machine). ``--corpus`` adds claimkit's MB/s on real unlabelled news.

dateparser is a benchmark-only extra (``pip install claimkit[bench]``); claimkit
never imports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import claimkit
from claimkit import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
Record = dict[str, Any]


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_documents(eval_dir: Path) -> list[Record]:
    rows = []
    for split in ("seed", "dev"):
        with (eval_dir / f"{split}.docs.jsonl").open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def load_gold(scorer: ModuleType, eval_dir: Path) -> dict[str, Record]:
    gold: dict[str, Record] = {}
    for split in ("seed", "dev"):
        gold.update(scorer.load(eval_dir / f"{split}.gold.jsonl"))
    return gold


# -- the two systems ------------------------------------------------------------------


def claimkit_system() -> Callable[[Record], Record]:
    engine = claimkit.Engine(allow=["claimkit.dates"])

    def run(row: Record) -> Record:
        return engine.extract(Document(row["text"], row["doc_id"], row.get("published")))

    return run


def dateparser_system() -> tuple[Callable[[Record], Any], Callable[[Record, Any], Record]]:
    """``search`` (timed) finds dates; ``to_record`` (untimed) turns them into contract claims."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def settings(row: Record) -> dict[str, Any]:
        published = dt.date.fromisoformat(row["published"])
        return {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day)}

    def search(row: Record) -> Any:
        return search_dates(row["text"], languages=["id"], settings=settings(row)) or []

    def to_record(row: Record, found: Any) -> Record:
        parser = DateDataParser(languages=["id"], settings=settings(row))
        claims, cursor = [], 0
        for number, (matched, moment) in enumerate(found, 1):
            start = row["text"].find(matched, cursor)
            if start < 0:
                continue
            cursor = start + len(matched)
            period = parser.get_date_data(matched).period or "day"
            claims.append({"id": f"c{number}", "type": "date", "rule": "dateparser", "plugin": "dateparser",
                           "span": {"start": start, "end": cursor, "text": matched},
                           "fields": {"value": timex_value(moment, period), "timex_type": "DATE",
                                      "granularity": period, "anchored": True, "weekday_conflict": False}})
        return {"doc_id": row["doc_id"], "published": row["published"], "claims": claims, "errors": []}

    return search, to_record


def timex_value(moment: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "time":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.date().isoformat()


def best_time(function: Callable[[Record], Any], rows: list[Record], repeat: int,
              seconds: float = 0.0) -> tuple[float, list[Any]]:
    """The fastest of at least ``repeat`` runs over ``rows``, run until ``seconds`` of CPU time are spent."""
    best, results, spent, runs = float("inf"), [], 0.0, 0
    while runs < repeat or spent < seconds:
        started = time.process_time()
        results = [function(row) for row in rows]
        took = time.process_time() - started
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best, results


# -- report ------------------------------------------------------------------------------


def score(scorer: ModuleType, gold: dict[str, Record], records: list[Record]) -> dict[str, Any]:
    return scorer.score(gold, {record["doc_id"]: record for record in records}, {"date"})["date"]


def corpus_throughput(path: Path, limit: int, repeat: int) -> str:
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
    size = sum(len(row["text"].encode("utf-8")) for row in rows)
    seconds, _ = best_time(claimkit_system(), rows, repeat)
    return (f"claimkit date pack on {len(rows)} corpus documents ({size / 1e6:.2f} MB): "
            f"{size / seconds / 1e6:.1f} MB/s, {len(rows) / seconds:.0f} docs/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=SHARED / "eval", help="directory with score.py and the gold")
    parser.add_argument("--repeat", type=int, default=3, help="least timed runs per system (best is reported)")
    parser.add_argument("--seconds", type=float, default=2.0, help="least CPU seconds of timed runs per system")
    parser.add_argument("--corpus", type=Path, help="also time claimkit on this JSONL(.gz) corpus")
    parser.add_argument("--limit", type=int, default=1000, help="corpus documents to read")
    args = parser.parse_args(argv)
    if not (args.eval / "score.py").exists():
        print(f"no evaluation data in {args.eval}", file=sys.stderr)
        return 2
    scorer = load_scorer(args.eval)
    rows = load_documents(args.eval)
    gold = load_gold(scorer, args.eval)
    size = sum(len(row["text"].encode("utf-8")) for row in rows)

    ours_seconds, ours = best_time(claimkit_system(), rows, args.repeat, args.seconds)
    search, to_record = dateparser_system()
    theirs_seconds, found = best_time(search, rows, args.repeat, args.seconds)
    theirs = [to_record(row, hits) for row, hits in zip(rows, found, strict=True)]

    print(f"{len(rows)} documents ({size / 1e3:.0f} KB), {sum(len(scorer.claims_of(g, 'date')) for g in gold.values())}"
          " gold dates\n")
    print("| system | precision | recall | F1 | value accuracy | strict F1 | docs/s |")
    print("|---|---|---|---|---|---|---|")
    for name, records, seconds in (("claimkit (date pack)", ours, ours_seconds),
                                   ("dateparser.search_dates", theirs, theirs_seconds)):
        row = score(scorer, gold, records)
        print(f"| {name} | {row['precision']:.4f} | {row['recall']:.4f} | {row['f1']:.4f} | "
              f"{row['value_accuracy'] or 0:.4f} | {row['strict_f1']:.4f} | {len(rows) / seconds:.1f} |")
    print(f"\nthroughput ratio: claimkit is {theirs_seconds / ours_seconds:.0f}x faster")
    if args.corpus:
        print(corpus_throughput(args.corpus, args.limit, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
