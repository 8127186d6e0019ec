"""Dask: a two-worker LocalCluster writes exactly the bytes of a local run, through the CLI and the library."""

from __future__ import annotations

import gzip
import json
import lzma
import sys
import time
from pathlib import Path

import pytest

from claimkit import Engine, dask_bag
from claimkit.cli import main
from claimkit.corpus import read_inputs
from claimkit.dask_bag import (
    DaskError,
    EngineOptions,
    extract_bag,
    extract_lines_dask,
    read_corpus,
    worker_engine,
    write_ordered,
    write_parts,
)
from claimkit.plugins import ENV_NO_AUTOLOAD

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
DOCUMENTS = 60


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local_cluster, distributed.Client(local_cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """Two files of sample articles with a malformed line, a blank line and a document without doc_id."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    folder = tmp_path_factory.mktemp("corpus")
    files = [folder / "januari.jsonl.gz", folder / "februari.jsonl"]
    for number, path in enumerate(files):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "wt", encoding="utf-8") as handle:
            for n in range(DOCUMENTS):
                text = texts[n % len(texts)].replace("Rabu", ["Senin", "Rabu", "Jumat"][n % 3])
                handle.write(json.dumps({"doc_id": f"{path.stem}-{n}", "text": text,
                                         "published": f"2021-0{number + 1}-{n % 28 + 1:02d}"}) + "\n")
            handle.write("{tidak valid}\n\n")
            handle.write(json.dumps({"text": texts[0]}) + "\n")
    return files


@pytest.fixture(scope="module")
def local_output(corpus: list[Path]) -> bytes:
    out = corpus[0].with_name("local.jsonl")
    assert main(["extract", *map(str, corpus), "-o", str(out)]) == 0
    return out.read_bytes()


def test_cli_sends_the_work_to_a_scheduler_and_writes_the_local_bytes(cluster, corpus, local_output, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setattr(dask_bag, "CHUNK_SIZE", 10)  # many chunks on both workers, so order is at stake
    out = tmp_path / "dask.jsonl"
    address = cluster.scheduler.address
    assert main(["extract", *map(str, corpus), "-o", str(out), "--dask", address]) == 0
    assert out.read_bytes() == local_output
    assert local_output.count(b"\n") == 2 * (DOCUMENTS + 2)


def test_an_interrupted_run_resumes_on_the_cluster(cluster, corpus, local_output, tmp_path):
    out = tmp_path / "resumed.jsonl"
    done = local_output.splitlines(keepends=True)[:50]
    out.write_bytes(b"".join(done) + b'{"doc_id": "cut sh')  # where a killed run stopped
    assert main(["extract", *map(str, corpus), "-o", str(out), "--resume", "--dask", cluster.scheduler.address]) == 0
    assert out.read_bytes() == local_output


def test_a_bag_of_a_corpus_writes_the_local_bytes_as_one_file_or_as_parts(cluster, corpus, local_output, tmp_path):
    lines = extract_bag(read_corpus([str(path) for path in corpus]), lines=True)
    assert write_ordered(lines, str(tmp_path / "all.jsonl.xz")) == 2 * (DOCUMENTS + 2)
    assert lzma.decompress((tmp_path / "all.jsonl.xz").read_bytes()) == local_output

    parts = write_parts(lines, str(tmp_path / "parts" / "*.jsonl.gz"))
    assert [Path(part).name for part in parts] == ["0.jsonl.gz", "1.jsonl.gz"]
    assert b"".join(gzip.decompress(Path(part).read_bytes()) for part in parts) == local_output


def test_a_bag_of_dicts_gives_records_named_by_partition_when_they_have_no_id(cluster, engine):
    import dask.bag

    documents = [{"doc_id": "a", "text": (SAMPLES / "sanksi-kapal-tanker.id.txt").read_text(encoding="utf-8"),
                  "published": "2021-04-15"},
                 {"text": "Tanpa nomor dokumen."},
                 '{"doc_id": "c", "text": "Baris JSONL."}']
    records = extract_bag(dask.bag.from_sequence(documents, npartitions=2)).compute()
    assert [record["doc_id"] for record in records] == ["a", "bag-0:2", "c"]
    assert records[0] == engine.extract_record(documents[0], "unused")


def test_plugins_are_chosen_on_the_client_not_by_the_workers_environment(cluster, corpus, tmp_path, monkeypatch):
    with_plugins = tmp_path / "with-plugins.jsonl"
    assert main(["extract", str(corpus[1]), "-o", str(with_plugins), "--dask", cluster.scheduler.address]) == 0
    monkeypatch.setenv(ENV_NO_AUTOLOAD, "1")  # set here only: the workers were started without it
    without = tmp_path / "without-plugins.jsonl"
    assert main(["extract", str(corpus[1]), "-o", str(without), "--dask", cluster.scheduler.address]) == 0
    assert any(json.loads(line)["claims"] for line in with_plugins.read_text(encoding="utf-8").splitlines())
    assert not any(json.loads(line)["claims"] for line in without.read_text(encoding="utf-8").splitlines())


def test_a_worker_whose_rules_differ_from_the_clients_is_refused(cluster, corpus):
    options = EngineOptions(allow=None, autoload=True, fingerprint="0" * 16)
    with pytest.raises(DaskError, match="rules differ"):
        list(extract_lines_dask(cluster, options, read_inputs([str(corpus[1])])))


def test_warm_up_has_every_worker_build_its_engine_before_any_document_arrives(cluster):
    options = EngineOptions.resolve(allow=["claimkit.dates"])  # options no other test's workers were asked for

    def built() -> bool:  # runs on a worker
        return options in dask_bag._engines

    assert not any(cluster.run(built).values())
    dask_bag.warm_up(cluster, options)
    deadline = time.monotonic() + 120
    while not all(cluster.run(built).values()):
        assert time.monotonic() < deadline, "no engine was built on some worker"
        time.sleep(0.2)


KOTA_RULES = """\
rules:
  - id: kota.nama
    type: kota
    pattern: 'Kota (?P<nama>\\p{{Lu}}\\p{{Ll}}+)'
    priority: {priority}
"""


@pytest.fixture
def kota_rules(installed_plugin, monkeypatch) -> Path:
    """An installed plugin whose rule file the test can edit."""
    site = installed_plugin("kotaplug",
        "from pathlib import Path\nimport claimkit\n\n"
        "@claimkit.hookimpl\ndef register_rule_files(register):\n"
        "    register(Path(__file__).with_name('kota.yaml'))\n\n"
        "@claimkit.hookimpl\ndef register_claim_types(register):\n    register('kota', {'type': 'object'})\n")
    rules = site / "kota.yaml"
    rules.write_text(KOTA_RULES.format(priority=1), encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    return rules


def test_a_worker_rebuilds_its_cached_engine_when_the_rules_changed_on_disk(kota_rules):
    options = EngineOptions.resolve(allow=["kotaplug"], autoload=True)
    before = worker_engine(options)
    assert worker_engine(options) is before
    kota_rules.write_text(KOTA_RULES.format(priority=2), encoding="utf-8")

    as_the_client_builds_it = options.checked_against(Engine(allow=["kotaplug"]))
    after = worker_engine(as_the_client_builds_it)
    assert after is not before
    assert after.rule("kota.nama").priority == 2
    assert worker_engine(as_the_client_builds_it) is after


def test_without_the_dask_extra_the_cli_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an environment without the extra looks like
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLES / "banjir-semarang.id.txt"), "-o", str(out), "--dask", "tcp://x:8786"]) == 2
    assert "pip install 'claimkit[dask]'" in capsys.readouterr().err
    assert not out.exists()

