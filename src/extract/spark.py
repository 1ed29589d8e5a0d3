"""Claim extraction on Apache Spark: the same records as ``extract run``, across a cluster.

A PySpark job maps documents to claim records with ``mapInPandas``. Each Python worker
of an executor builds the pipeline once (kept in a module global and reused across
tasks, as Spark reuses Python workers) and turns every Arrow batch of documents into
records with the same code as ``extract run`` (:func:`extract.runner.extract_docs`),
so a record is byte-for-byte the line ``extract run`` would write.

Inputs are read *as bytes or raw lines* and decoded by our own readers, so encoding,
BOM, empty-document and malformed-line rules are the same as on one machine:

* folders, ``.txt``/``.md`` files → Spark's ``binaryFile`` source (id = path relative to
  the folder, without suffix);
* ``.jsonl`` → one raw line per row; ``.parquet``/``.csv`` → rows;
* or any DataFrame with an id and a text column (:func:`extract_records`).

Output: records as JSONL part files (``--format jsonl``, one record per line) or Parquet
(``id``, ``doc_id``, ``type``, ``start``, ``end``, ``text``, ``sentence`` and the full
record as a JSON string in ``record``); failed documents go to ``<output>.errors``.

Usage::

    extract spark-run corpus/ -o out/claims --format jsonl            # local[*]
    spark-submit --master yarn ... "$(python -c 'import extract.spark as s; print(s.__file__)')" \\
        hdfs:///news/2024/*.parquet -o hdfs:///claims/2024 --format parquet

See ``docs/spark.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

#: Schema of the intermediate input rows: where a document came from, how to read it.
INPUT_DDL = "source string, kind string, base string, payload binary"
#: Schema of what the workers return: one row per record or per failed document.
OUTPUT_DDL = (
    "kind string, doc_id string, id string, type string, start long, end long, "
    "text string, sentence string, record string"
)
OUTPUT_COLUMNS = ["kind", "doc_id", "id", "type", "start", "end", "text", "sentence", "record"]

_PIPELINE: dict[tuple[str | None, int], Any] = {}


def _pipeline(model: str | None) -> Any:
    """The pipeline of this Python worker, built on first use."""
    key = (model, 0)
    if key not in _PIPELINE:
        from .pipeline import build_pipeline

        _PIPELINE[key] = build_pipeline(model)
    return _PIPELINE[key]


def _local_path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme in ("file", "") else uri


def _doc_id(path: str, base: str) -> str:
    """``sub/article`` for ``<base>/sub/article.txt``; the stem for a single file."""
    p, b = PurePosixPath(_local_path(path)), PurePosixPath(_local_path(base))
    try:
        rel = p.relative_to(b)
    except ValueError:
        return p.stem
    return rel.with_suffix("").as_posix() if rel.parts else p.stem


def _to_item(row: dict[str, Any], text_col: str, id_col: str, max_chars: int) -> Any:
    from .readers import InputError, _record_to_item, check_text, decode_text

    source, kind, payload = row["source"], row["kind"], bytes(row["payload"] or b"")
    if kind == "file":
        doc_id = _doc_id(source, row["base"])
        shown = _local_path(source)
        try:
            text = decode_text(payload, shown)
        except ValueError as e:
            return InputError(doc_id, shown, "binary" if "binary" in str(e) else "encoding", str(e))
        from .readers import InputDoc

        return check_text(doc_id, text, shown, max_chars) or InputDoc(doc_id, text, shown)
    shown = _local_path(source)
    try:
        line = payload.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputError(None, shown, "encoding", f"{shown}: invalid UTF-8 at byte {e.start}")
    if line.startswith("\ufeff"):
        line = line[1:]
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(None, shown, "malformed", f"{shown}: malformed JSON: {e.msg}")
    return _record_to_item(obj, shown, text_col, id_col, max_chars, PurePosixPath(shown).stem)


def extract_partitions(
    batches: Iterator[pd.DataFrame],
    *,
    model: str | None = None,
    text_col: str = "text",
    id_col: str = "id",
    batch_size: int = 32,
    max_chars: int | None = None,
    chunk_chars: int | None = None,
) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: input rows (:data:`INPUT_DDL`) → output rows
    (:data:`OUTPUT_DDL`), in input order."""
    import pandas as pd

    from .readers import DEFAULT_MAX_CHARS, InputError
    from .runner import DEFAULT_CHUNK_CHARS, _encode, batched, extract_docs, unique_ids

    nlp = _pipeline(model)
    max_chars = max_chars or DEFAULT_MAX_CHARS
    chunk_chars = chunk_chars or DEFAULT_CHUNK_CHARS

    def items(frame: pd.DataFrame) -> Iterator[Any]:
        for row in frame.to_dict("records"):
            item = _to_item(row, text_col, id_col, max_chars)
            if item is not None:
                yield item

    for frame in batches:
        rows: list[list[Any]] = []
        # Duplicate ids are caught within a partition only (a cluster-wide check would
        # need a shuffle); deduplicate the input first if it may hold duplicates.
        for batch in batched(unique_ids(items(frame)), batch_size):
            docs = [it for it in batch if not isinstance(it, InputError)]
            outcomes = iter(extract_docs(nlp, docs, chunk_chars=chunk_chars)) if docs else iter(())
            for it in batch:
                outcome = it if isinstance(it, InputError) else next(outcomes)
                if isinstance(outcome, InputError):
                    line = _encode([outcome.to_dict()]).decode("utf-8").rstrip("\n")
                    rows.append(["error", outcome.doc_id, None, None, None, None, None, None, line])
                    continue
                for rec in outcome:
                    line = _encode([rec]).decode("utf-8").rstrip("\n")
                    rows.append(["record", rec["doc_id"], rec["id"], rec["type"], rec["start"], rec["end"],
                                 rec["text"], rec["sentence"], line])
        yield pd.DataFrame(rows, columns=OUTPUT_COLUMNS).astype({"start": "Int64", "end": "Int64"})


def _input_frames(spark: SparkSession, inputs: Sequence[str], *, csv_options: dict[str, str] | None = None):
    """One DataFrame of :data:`INPUT_DDL` rows for files and folders."""
    from pyspark.sql import functions as F

    frames = []
    for inp in inputs:
        uri = str(inp)
        local = Path(_local_path(uri))
        is_dir = local.is_dir() if "://" not in uri or uri.startswith("file:") else uri.endswith("/")
        suffix = PurePosixPath(uri.rstrip("/")).suffix.lower()
        base = uri.rstrip("/") if is_dir else str(PurePosixPath(uri).parent)
        base_uri = local.resolve().as_uri() if "://" not in uri and local.exists() else base
        if is_dir or suffix in (".txt", ".md"):
            reader = spark.read.format("binaryFile")
            if is_dir:
                reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.{txt,md}")
            df = reader.load(uri).select(
                F.col("path").alias("source"), F.lit("file").alias("kind"), F.lit(base_uri).alias("base"),
                F.col("content").alias("payload"),
            )
            if is_dir:  # the same notes `extract run` skips (README, SOURCES, hidden files)
                from .readers import ANCILLARY_STEMS

                name = F.regexp_extract("source", r"([^/]+)\.[^./]+$", 1)
                df = df.filter(~F.lower(name).isin(list(ANCILLARY_STEMS)) & ~F.col("source").contains("/."))
            frames.append(df.orderBy("source"))
        elif suffix == ".jsonl":
            df = spark.read.text(uri).select(
                F.input_file_name().alias("source"), F.lit("json").alias("kind"), F.lit(base).alias("base"),
                F.col("value").cast("binary").alias("payload"),
            )
            frames.append(df)
        elif suffix in (".parquet", ".csv"):
            if suffix == ".parquet":
                raw = spark.read.parquet(uri)
            else:
                opts = {"header": "true", "multiLine": "true", "escape": '"', **(csv_options or {})}
                raw = spark.read.options(**opts).csv(uri)
            frames.append(rows_to_input(raw, source=uri))
        else:
            raise ValueError(f"{uri}: unsupported input for spark-run (folders, .txt .md .jsonl .parquet .csv)")
    if not frames:
        raise ValueError("no inputs")
    out = frames[0]
    for f in frames[1:]:
        out = out.unionByName(f)
    return out


def rows_to_input(df: DataFrame, *, source: str = "dataframe") -> DataFrame:
    """A DataFrame of documents (id, text, any other columns → ``meta``) as input rows."""
    from pyspark.sql import functions as F

    return df.select(
        F.lit(source).alias("source"), F.lit("row").alias("kind"), F.lit(source).alias("base"),
        F.to_json(F.struct(*[F.col(c) for c in df.columns])).cast("binary").alias("payload"),
    )


def extract_records(
    df: DataFrame,
    *,
    model: str | None = None,
    text_col: str = "text",
    id_col: str = "id",
    batch_size: int = 32,
    max_chars: int | None = None,
    chunk_chars: int | None = None,
) -> DataFrame:
    """Claim records (and failed documents) of a DataFrame: either input rows
    (:data:`INPUT_DDL`, from :func:`read_inputs`) or documents with ``id_col``/``text_col``
    columns. Returns rows of :data:`OUTPUT_DDL`; ``kind`` is ``record`` or ``error``."""
    if set(df.columns) != {"source", "kind", "base", "payload"}:
        df = rows_to_input(df)

    def fn(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        return extract_partitions(batches, model=model, text_col=text_col, id_col=id_col,
                                  batch_size=batch_size, max_chars=max_chars, chunk_chars=chunk_chars)

    return df.mapInPandas(fn, schema=OUTPUT_DDL)


def read_inputs(spark: SparkSession, inputs: Sequence[str], *, partitions: int | None = None) -> DataFrame:
    """Input rows for files/folders, optionally spread over ``partitions`` partitions."""
    df = _input_frames(spark, inputs)
    return df.repartition(partitions) if partitions else df


def write_output(out: DataFrame, output: str, *, fmt: str = "jsonl", errors: str | None = None,
                 mode: str = "overwrite") -> dict[str, int]:
    """Write records to ``output`` and failed documents to ``errors`` (default
    ``<output>.errors``); return counts of records and errors."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    out = out.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        records = out.filter(F.col("kind") == "record")
        if fmt == "jsonl":
            records.select(F.col("record").alias("value")).write.mode(mode).text(output)
        elif fmt == "parquet":
            records.drop("kind").write.mode(mode).parquet(output)
        else:
            raise ValueError(f"unknown format {fmt!r} (jsonl or parquet)")
        errs = out.filter(F.col("kind") == "error").select(F.col("record").alias("value"))
        errs.write.mode(mode).text(errors or f"{output.rstrip('/')}.errors")
        counts = {row["kind"]: row["count"] for row in out.groupBy("kind").count().collect()}
    finally:
        out.unpersist()
    return {"records": counts.get("record", 0), "errors": counts.get("error", 0)}


def get_spark(master: str | None = None, app_name: str = "claim-extract",
              config: dict[str, str] | None = None) -> SparkSession:
    """The active session (``spark-submit`` settings win), or a new one on ``master``."""
    import os
    import sys

    from pyspark.sql import SparkSession

    # Local workers must run this interpreter (the one with extract and its model).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run_job(
    inputs: Sequence[str],
    output: str,
    *,
    fmt: str = "jsonl",
    errors: str | None = None,
    master: str | None = None,
    model: str | None = None,
    text_col: str = "text",
    id_col: str = "id",
    batch_size: int = 32,
    partitions: int | None = None,
    spark: SparkSession | None = None,
) -> dict[str, int]:
    """Read ``inputs``, extract, write; the importable core of ``extract spark-run``."""
    spark = spark or get_spark(master)
    df = read_inputs(spark, inputs, partitions=partitions)
    out = extract_records(df, model=model, text_col=text_col, id_col=id_col, batch_size=batch_size)
    return write_output(out, output, fmt=fmt, errors=errors)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point for ``spark-submit path/to/extract/spark.py INPUTS -o OUTPUT``."""
    import argparse

    ap = argparse.ArgumentParser(prog="extract.spark", description="Extract claim records with Spark.")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--format", default="jsonl", choices=["jsonl", "parquet"])
    ap.add_argument("--errors")
    ap.add_argument("--model")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--id-col", default="id")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--partitions", type=int)
    args = ap.parse_args(argv)
    counts = run_job(args.inputs, args.output, fmt=args.format, errors=args.errors, model=args.model,
                     text_col=args.text_col, id_col=args.id_col, batch_size=args.batch_size,
                     partitions=args.partitions)
    print(json.dumps(counts))


if __name__ == "__main__":  # pragma: no cover
    # Import ourselves as a package module so the functions shipped to the executors are
    # pickled by reference (``extract.spark.…``), not by value from ``__main__``.
    from extract.spark import main as _main

    _main()
