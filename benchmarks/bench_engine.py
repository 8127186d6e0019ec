"""Throughput of the whole engine, next to a floor measured in the same run.

    python benchmarks/bench_engine.py [--corpus PATH] [--limit N] [--plugins a,b]

The floor is one pass of a single combined regex of all rules' trigger
literals over the same texts: no engine can skip reading the text, so the
ratio says how much the rules cost on top of that. Also reports how cost
grows with document size (1 KB to 10 MB built from the same text): a linear
engine keeps MB/s roughly constant. Default corpus: ../shared/corpus when
present, else the bundled samples repeated.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

import claimkit
from claimkit import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "indonews.jsonl.gz"


def load_documents(path: Path | None, limit: int) -> list[Document]:
    if path is not None and path.exists():
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
        return [Document(row["text"], row["doc_id"], row.get("published") or None) for row in rows]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return [Document(texts[n % len(texts)], f"s{n}", "2021-04-15") for n in range(min(limit, 2000))]


def floor_pattern(engine: claimkit.Engine) -> re.Pattern[str]:
    """A hand-written-script baseline: one stdlib regex alternating every (case-folded) trigger literal,
    run over the case-folded text (faster than ``re.IGNORECASE`` with this many alternatives)."""
    literals = sorted({word for rule in engine.rules if rule.triggers for word in rule.triggers}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, literals)) or "(?!)")


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--plugins", help="allow-list of plugins (default: all installed)")
    parser.add_argument("--no-sizes", action="store_true", help="skip the document-size sweep")
    args = parser.parse_args()

    allow = args.plugins.split(",") if args.plugins else None
    engine = claimkit.Engine(allow=allow)
    documents = load_documents(args.corpus, args.limit)
    megabytes = sum(len(doc.text) for doc in documents) / 1e6
    floor = floor_pattern(engine)

    engine_seconds = timed(lambda: [engine.extract(doc) for doc in documents], repeat=1)
    floor_seconds = timed(lambda: [floor.findall(doc.text.casefold()) for doc in documents])
    claims = sum(len(engine.extract(doc)["claims"]) for doc in documents[:500])

    source = args.corpus if args.corpus.exists() else "bundled samples"
    print(f"corpus: {len(documents)} documents, {megabytes:.2f} M chars ({source})")
    print(f"rules: {len(engine.rules)}; plugins: {', '.join(sorted({r.plugin for r in engine.rules}))}")
    print(f"{'':24s}{'seconds':>10s}{'MB/s':>10s}{'docs/s':>10s}")
    for name, seconds in (("engine (1 core)", engine_seconds), ("floor: one literal regex", floor_seconds)):
        print(f"{name:24s}{seconds:10.2f}{megabytes / seconds:10.2f}{len(documents) / seconds:10.0f}")
    print(f"engine / floor time ratio: {engine_seconds / floor_seconds:.1f}x; claims in first 500 docs: {claims}")

    if not args.no_sizes:
        base = "\n".join(doc.text for doc in documents[:400])
        print("\nsize sweep (one document of each size):")
        print(f"{'size':>10s}{'seconds':>10s}{'MB/s':>10s}{'rule runs':>11s}{'matches':>10s}")
        for size in (1_000, 10_000, 100_000, 1_000_000, 10_000_000):
            text = (base * (size // max(len(base), 1) + 1))[:size]
            engine.stats.clear()
            engine.extract(Document(text, "big"))
            runs, matches = engine.stats["rule_runs"], engine.stats["matches"]
            seconds = timed(lambda text=text: engine.extract(Document(text, "big")), repeat=1 if size > 10**6 else 3)
            print(f"{size:>10d}{seconds:10.4f}{size / 1e6 / seconds:10.2f}{runs:>11d}{matches:>10d}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
