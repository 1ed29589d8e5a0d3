"""The Spark job in ``local[2]``: the same records as ``extract run`` on the same corpus,
from files and from a DataFrame, as JSONL or Parquet. Slow (a JVM and two Python
workers that each load the pipeline): runs in CI."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 (apt: openjdk-17-jre-headless)"),
]


@pytest.fixture(scope="module")
def spark():
    from extract.spark import get_spark

    session = get_spark("local[2]", app_name="extract-test",
                        config={"spark.ui.showConsoleProgress": "false", "spark.sql.shuffle.partitions": "4"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def run(inputs: list[Path], output: Path) -> None:
    """``extract run`` as a user runs it: a fresh process, so the reference is made by the
    same code the Spark workers import."""
    import subprocess

    cmd = [sys.executable, "-m", "extract.cli", "run", *map(str, inputs), "-o", str(output), "--n-process", "1",
           "--no-progress"]
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
    assert output.exists()


def parts(folder: Path, suffix: str = ".txt") -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob(f"part-*{suffix}")))


def test_spark_run_files_same_records_as_extract_run(spark, tmp_path):
    from extract.spark import run_job

    ref = tmp_path / "ref.jsonl"
    run([CORPUS], ref)
    out = tmp_path / "spark-out"
    counts = run_job([str(CORPUS)], str(out), spark=spark)
    assert counts["errors"] == 0
    assert counts["records"] == len(ref.read_bytes().splitlines())
    # Same lines, and (files are read in sorted order) in the same order.
    assert parts(out) == ref.read_bytes()


def test_spark_dataframe_input_errors_and_parquet(spark, tmp_path):
    from extract.spark import extract_records, write_output

    rows = [(p.stem, p.read_text(encoding="utf-8"), "wire") for p in sorted(CORPUS.glob("*.txt"))[:3]]
    rows.append(("no-text", None, "wire"))
    rows.append(("blank", "   ", "wire"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": t, "desk": d}) + "\n" for i, t, d in rows), encoding="utf-8")
    ref = tmp_path / "ref.jsonl"
    run([feed], ref)
    ref_errors = [json.loads(x) for x in Path(f"{ref}.errors.jsonl").read_text().splitlines()]

    df = spark.createDataFrame(rows, "id string, text string, desk string")
    out = tmp_path / "parquet-out"
    counts = write_output(extract_records(df), str(out), fmt="parquet")
    assert counts == {"records": len(ref.read_bytes().splitlines()), "errors": 2}

    table = spark.read.parquet(str(out)).orderBy("doc_id", "start", "type").collect()
    got = sorted(json.loads(r["record"])["id"] for r in table)
    want = [json.loads(x) for x in ref.read_text(encoding="utf-8").splitlines()]
    assert got == sorted(r["id"] for r in want)
    by_id = {r["id"]: r for r in want}
    for row in table:
        rec = json.loads(row["record"])
        assert rec == by_id[rec["id"]] and rec["meta"] == {"desk": "wire"}
        assert (row["doc_id"], row["start"], row["end"], row["text"]) == (rec["doc_id"], rec["start"], rec["end"],
                                                                          rec["text"])
    errors = [json.loads(line) for line in parts(Path(f"{out}.errors")).decode().splitlines()]
    assert sorted(e["error"] for e in errors) == sorted(e["error"] for e in ref_errors) == ["empty", "missing_field"]


def test_spark_cli_help_lists_spark_run():
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "extract.cli", "spark-run", "--help"], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0 and "mapInPandas" in proc.stdout
