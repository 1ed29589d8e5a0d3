"""``extract run`` on the command line: clean JSONL on stdout with ``-o -`` (progress and
summary on stderr only), stdin input, exit codes, errors file, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import EXIT_SOME_FAILED, EXIT_STRICT, EXIT_USAGE, app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EXTRACT = [sys.executable, "-m", "extract.cli"]
ARTICLES = ["afghan", "korea", "nk-defectors-decline"]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Three bundled articles in a folder."""
    folder = tmp_path_factory.mktemp("articles")
    for name in ARTICLES:
        (folder / f"{name}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
    return folder


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(app, ["run", *args], input=input)


def check_jsonl(text: str) -> list[dict]:
    records = [json.loads(line) for line in text.splitlines()]
    assert all(r["schema"] == "claim-record/1" for r in records)
    return records


def test_cli_run_stdout_is_clean_jsonl_and_summary_goes_to_stderr(small):
    proc = subprocess.run([*EXTRACT, "run", str(small), "-o", "-", "--n-process", "1"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    records = check_jsonl(proc.stdout)
    assert {r["doc_id"] for r in records} <= set(ARTICLES)
    assert records, "the bundled articles hold claims"
    assert "3 documents" in proc.stderr and "0 failed" in proc.stderr
    assert "{" not in proc.stderr


def test_cli_run_reads_jsonl_from_stdin(small):
    feed = "".join(json.dumps({"id": f"in-{n}", "text": (small / f"{n}.txt").read_text(encoding="utf-8"),
                               "title": n}) + "\n" for n in ARTICLES)
    result = invoke("-", "-o", "-", "--n-process", "1", "--no-progress", input=feed)
    assert result.exit_code == 0, result.stderr
    records = check_jsonl(result.stdout)
    assert records and {r["doc_id"] for r in records} <= {f"in-{n}" for n in ARTICLES}
    assert all(r["meta"] == {"title": r["doc_id"][3:]} for r in records)
    assert "documents" in result.stderr


def test_cli_run_twice_is_byte_identical(small, tmp_path):
    outs = []
    for i in range(2):
        out = tmp_path / f"out{i}.jsonl"
        result = invoke(str(small), "-o", str(out), "--n-process", "1")
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0]


def test_cli_run_failed_documents_exit_code_and_errors_file(small, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes((small / "afghan.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "feed.jsonl").write_text('{"id": "x"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(str(src), "-o", str(out), "--n-process", "1", "--no-progress")
    assert result.exit_code == EXIT_SOME_FAILED
    assert "3 failed" in result.stderr and "feed.jsonl:2" in result.stderr
    errors = [json.loads(x) for x in Path(f"{out}.errors.jsonl").read_text().splitlines()]
    assert [e["error"] for e in errors] == ["empty", "missing_field", "malformed"]
    assert check_jsonl(out.read_text(encoding="utf-8"))

    strict = invoke(str(src), "-o", str(tmp_path / "strict.jsonl"), "--n-process", "1", "--strict", "--batch-size", "1")
    assert strict.exit_code == EXIT_STRICT
    assert "--strict" in strict.stderr


def test_cli_run_usage_errors_exit_2(small, tmp_path):
    result = invoke(str(small), "-o", str(tmp_path / "o.jsonl"), "--model", str(tmp_path / "no-such-model"),
                    "--n-process", "1")
    assert result.exit_code == EXIT_USAGE and "error" in result.stderr
    result = invoke(str(small), "-o", "-", "--resume", "--n-process", "1")
    assert result.exit_code == EXIT_USAGE and "--resume" in result.stderr


def test_cli_run_resume_continues(small, tmp_path):
    out = tmp_path / "out.jsonl"
    assert invoke(str(small), "-o", str(out), "--n-process", "1").exit_code == 0
    full = out.read_bytes()
    state = json.loads(Path(f"{out}.state.json").read_text())
    assert state["complete"] and state["output_bytes"] == len(full)
    again = invoke(str(small), "-o", str(out), "--n-process", "1", "--resume")
    assert again.exit_code == 0 and out.read_bytes() == full


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs 2 cores")
def test_cli_run_n_process_2_same_bytes_as_1(small, tmp_path):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"n{n}.jsonl"
        proc = subprocess.run([*EXTRACT, "run", str(small), "-o", str(out), "--n-process", str(n),
                               "--batch-size", "1", "--no-progress"],
                              capture_output=True, text=True, check=False, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0]
