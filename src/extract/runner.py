"""Run the pipeline over a stream of input documents and write claim records.

Importable core of ``extract run``: the CLI is a thin wrapper over :func:`run`.
Documents stream through in batches; records are written as each batch finishes, in
input order; a document that fails is written to the errors file and the run goes on.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import jsonlines
from spacy.language import Language

from .pipeline import build_pipeline, pipeline_info
from .readers import InputDoc, InputError, Item, read_inputs
from .records import doc_to_records

Result = tuple[Item, list[dict[str, Any]]]


@dataclass
class Summary:
    documents: int = 0
    failed: int = 0
    records: Counter = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def add(self, item: Item, records: list[dict[str, Any]]) -> None:
        if isinstance(item, InputError):
            self.failed += 1
            self.errors.append(item.to_dict())
            return
        self.documents += 1
        self.words += len(item.text.split())
        self.records.update(r["type"] for r in records)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "failed": self.failed,
            "records": dict(sorted(self.records.items())),
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words_per_second, 1),
        }


def records_for(nlp: Language, doc: InputDoc, processed, info: dict[str, str]) -> list[dict[str, Any]]:
    return doc_to_records(processed, doc.id, meta=doc.meta or None, pipeline=info)


def _component_error(doc: InputDoc, exc: BaseException) -> InputError:
    return InputError(doc.id, doc.source, "component", f"{doc.source}: {type(exc).__name__}: {exc}")


def process_batch(nlp: Language, docs: list[InputDoc], info: dict[str, str] | None = None) -> list[Result]:
    """Records for a batch of documents; if the batch fails, each document is retried
    alone so only the guilty one becomes an error."""
    info = info or pipeline_info(nlp)
    try:
        return [(d, records_for(nlp, d, p, info)) for d, p in zip(docs, nlp.pipe(d.text for d in docs), strict=True)]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    out: list[Result] = []
    for d in docs:
        try:
            out.append((d, records_for(nlp, d, nlp(d.text), info)))
        except Exception as e:  # noqa: BLE001
            out.append((_component_error(d, e), []))
    return out


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_stream(nlp: Language, items: Iterable[Item], *, batch_size: int = 32) -> Iterator[Result]:
    """``(item, records)`` for every input item, in input order (errors pass through
    with no records)."""
    info = pipeline_info(nlp)
    for batch in batched(items, batch_size):
        docs = [it for it in batch if isinstance(it, InputDoc)]
        done = iter(process_batch(nlp, docs, info)) if docs else iter(())
        for it in batch:
            yield (it, []) if isinstance(it, InputError) else next(done)


def default_errors_path(output: str | Path) -> Path | None:
    return None if str(output) == "-" else Path(f"{output}.errors.jsonl")


def run(
    inputs: Iterable[str | Path],
    output: str | Path = "outputs/claims.jsonl",
    *,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    text_col: str = "text",
    id_col: str = "id",
    errors_path: str | Path | None = None,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Summary:
    """Extract records from ``inputs`` into ``output`` (``-`` = stdout). Returns a summary."""
    nlp = nlp or build_pipeline(model)
    summary = Summary()
    started = time.perf_counter()
    errors_path = Path(errors_path) if errors_path else default_errors_path(output)
    out_stream: IO[str]
    if str(output) == "-":
        out_stream = stdout or sys.stdout
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        out_stream = open(output, "w", encoding="utf-8")  # noqa: SIM115
    err_stream = None
    try:
        writer = jsonlines.Writer(out_stream, compact=True, sort_keys=False, flush=True)
        items = read_inputs(inputs, text_col=text_col, id_col=id_col, stdin=stdin)
        for item, records in extract_stream(nlp, items, batch_size=batch_size):
            if records:
                writer.write_all(records)
            if isinstance(item, InputError) and errors_path is not None:
                if err_stream is None:
                    errors_path.parent.mkdir(parents=True, exist_ok=True)
                    err_stream = jsonlines.open(errors_path, "w", compact=True, flush=True)
                err_stream.write(item.to_dict())
            summary.add(item, records)
            if on_result:
                on_result((item, records))
    finally:
        if out_stream is not sys.stdout and out_stream is not stdout:
            out_stream.close()
        if err_stream is not None:
            err_stream.close()
        summary.seconds = time.perf_counter() - started
    if errors_path is not None and err_stream is None and errors_path.exists():
        errors_path.unlink()  # a stale errors file from an earlier run would mislead
    return summary
