"""The command line as users run it: files in, one JSONL record per document out."""

from __future__ import annotations

import gzip
import json
import lzma
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from claimkit.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sanksi-kapal-tanker.id.txt"


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_text_file_is_one_document_named_by_its_stem(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(SAMPLE), "--published", "2021-04-15", "-o", str(out)]) == 0
    [record] = read_jsonl(out)
    assert record["doc_id"] == "sanksi-kapal-tanker"
    assert record["published"] == "2021-04-15"
    assert {"quote", "date", "sanction"} <= {claim["type"] for claim in record["claims"]}


def test_jsonl_with_a_malformed_line_keeps_one_record_per_line(tmp_path):
    lines = [json.dumps({"doc_id": f"d{n}", "text": f"Rapat pada {n % 28 + 1} Maret 2021."}) for n in range(10_000)]
    lines[4321] = '{"doc_id": "broken", "text": '
    lines[777] = json.dumps({"doc_id": "no-text"})
    lines[778] = json.dumps({"doc_id": "bad-date", "text": "x", "published": "kemarin"})
    source = tmp_path / "in.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl.xz"
    assert main(["extract", str(source), "-o", str(out), "--plugins", "claimkit.dates"]) == 0
    records = read_jsonl(out)
    assert len(records) == 10_000
    assert records[4321]["doc_id"] == "in.jsonl.gz:4322"
    assert "bad input line" in records[4321]["errors"][0]["message"]
    assert records[777]["errors"][0]["message"] == "bad document: missing 'text'"
    assert records[778]["doc_id"] == "bad-date" and records[778]["errors"]
    assert [record["doc_id"] for record in records[:3]] == ["d0", "d1", "d2"]


def test_strict_exits_one_when_a_document_has_errors(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"doc_id": "a", "text": "baik"}\nnot json\n', encoding="utf-8")
    assert main(["extract", str(source), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert main(["extract", str(source), "-o", str(tmp_path / "o.jsonl"), "--strict"]) == 1


def test_stdin_to_stdout_then_validate_in_a_pipe(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    run = [sys.executable, "-m", "claimkit"]
    extracted = subprocess.run([*run, "extract", "-", "--published", "2021-04-15"], input=text,
                               capture_output=True, text=True, check=True)
    [record] = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert record["doc_id"] == "stdin" and record["claims"]
    assert "1 documents, 0 with errors" in extracted.stderr
    checked = subprocess.run([*run, "validate", "-"], input=extracted.stdout, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_validate_reports_line_and_json_path(tmp_path, capsys):
    good = {"doc_id": "a", "published": None, "errors": [], "claims": [
        {"id": "c1", "type": "date", "rule": "r.x", "plugin": "p", "span": {"start": 0, "end": 4, "text": "2021"},
         "fields": {"value": "2021", "timex_type": "DATE", "granularity": "year", "anchored": False,
                    "weekday_conflict": False}}]}
    bad_kind = json.loads(json.dumps(good))
    bad_kind["claims"][0]["fields"]["timex_type"] = "MOMENT"
    bad_span = json.loads(json.dumps(good))
    bad_span["claims"][0]["span"]["end"] = 9
    path = tmp_path / "out.jsonl"
    path.write_text("\n".join([json.dumps(good), json.dumps(bad_kind), "{oops", json.dumps(bad_span)]) + "\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:2: $.claims[0].fields.timex_type: 'MOMENT' is not one of")
    assert out[1].startswith(f"{path}:3: $: not JSON")
    assert out[2] == f"{path}:4: $.claims[0].span: span text has length 4 but offsets 0..9"


def test_validate_accepts_real_output(tmp_path):
    out = tmp_path / "out.jsonl"
    main(["extract", str(SAMPLE), "--published", "2021-04-15", "-o", str(out)])
    assert main(["validate", str(out)]) == 0


def test_rules_list_names_file_and_line(capsys):
    assert main(["rules", "list"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows and all(len(row) == 4 for row in rows)
    rule_id, claim_type, plugin, location = rows[0]
    path, line = location.rsplit(":", 1)
    assert Path(path).is_file() and int(line) > 0
    installed = {entry_point.name for entry_point in metadata.entry_points(group="claimkit")}
    assert {row[2] for row in rows} <= installed


def test_rules_test_passes_for_the_built_in_packs(capsys):
    assert main(["rules", "test", "-q"]) == 0
    assert "0 failed" in capsys.readouterr().err


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "extract" in capsys.readouterr().err
