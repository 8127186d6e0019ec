"""Corpus-scale runs: workers change nothing in the output, and an interrupted run resumes losslessly."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimkit.cli import main
from claimkit.resume import completed_records

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def write_corpus(path: Path, documents: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for n in range(documents):
            text = texts[n % len(texts)].replace("Kamis", ["Senin", "Rabu", "Kamis"][n % 3])
            handle.write(json.dumps({"doc_id": f"doc-{n}", "text": text, "published": "2021-04-15"}) + "\n")
            if n == 5:
                handle.write("{not json}\n")


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    write_corpus(corpus, 300)
    assert main(["extract", str(corpus), "-o", str(tmp_path / "one.jsonl")]) == 0
    assert main(["extract", str(corpus), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2"]) == 0
    one = (tmp_path / "one.jsonl").read_bytes()
    assert one == (tmp_path / "two.jsonl").read_bytes()
    assert one.count(b"\n") == 301


@pytest.mark.parametrize("start_methods", [["fork", "spawn"], ["spawn"]], ids=["fork-inherits-engine", "rebuilds"])
def test_worker_pools_give_the_single_process_lines(tmp_path, monkeypatch, start_methods):
    import multiprocessing

    from claimkit import Engine
    from claimkit.corpus import read_inputs
    from claimkit.parallel import extract_lines, extract_lines_parallel

    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 80)
    engine = Engine()
    expected = list(extract_lines(engine, read_inputs([str(corpus)], None, None)))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: start_methods)
    assert list(extract_lines_parallel(engine, {}, read_inputs([str(corpus)], None, None), 2)) == expected


def test_partial_last_line_is_dropped_on_resume(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c", "cla', encoding="utf-8")
    assert completed_records(out) == 2
    assert out.read_text(encoding="utf-8") == '{"doc_id": "a"}\n{"doc_id": "b"}\n'


def test_truncated_gzip_output_is_recovered(tmp_path):
    out = tmp_path / "out.jsonl.gz"
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        handle.writelines(f'{{"doc_id": "d{n}"}}\n' for n in range(1000))
    data = out.read_bytes()
    out.write_bytes(data[: len(data) * 2 // 3])
    kept = completed_records(out)
    assert 0 < kept < 1000
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        assert [json.loads(line)["doc_id"] for line in handle] == [f"d{n}" for n in range(kept)]


@pytest.fixture
def slow_plugin_path(installed_plugin) -> Path:
    """An installed plugin that slows each document down, so that a kill reliably lands in the middle of a run."""
    return installed_plugin("slowplug", "import time\nimport claimkit\n\n"
                            "@claimkit.hookimpl\ndef process_document(document, claims, engine):\n"
                            "    time.sleep(0.003)\n")


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_killed_run_resumes_to_the_uninterrupted_output(tmp_path, suffix, slow_plugin_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 3000)
    expected = tmp_path / f"expected{suffix}"
    assert main(["extract", str(corpus), "-o", str(expected)]) == 0

    out = tmp_path / f"out{suffix}"
    command = [sys.executable, "-m", "claimkit", "extract", str(corpus), "-o", str(out)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(slow_plugin_path)})
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be interrupted"

    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    opener = gzip.open if suffix.endswith(".gz") else open
    with opener(out, "rb") as got, opener(expected, "rb") as want:
        assert got.read() == want.read()


def test_resume_needs_an_output_file():
    assert main(["extract", "-", "--resume"]) == 2
