"""Run the pipeline over a stream of input documents and write claim records.

Importable core of ``extract run``: the CLI is a thin wrapper over :func:`run`.

* **Streaming.** Inputs are read lazily and processed in batches of ``batch_size``
  documents; each batch's records are written (in input order) as soon as it is done,
  so memory does not grow with the corpus.
* **Parallel.** ``n_process > 1`` hands batches to a pool of workers that each load the
  pipeline once and send back only records (:mod:`extract.parallel`). Batches are the
  same whatever ``n_process``, so the output is byte-identical.
* **Restartable.** After every batch the records and errors are flushed and fsynced,
  then a small state file (``<output>.state.json``) records the committed byte offsets
  and how many input items are done; it is replaced atomically. ``resume=True`` truncates
  the outputs back to the last commit and skips the done items, so after a crash or
  ``kill -9`` the final output holds every record exactly once.
* **Errors never stop a run.** A document that cannot be read or processed goes to the
  errors file (``<output>.errors.jsonl``: ``doc_id``, ``source``, ``error``, ``message``)
  and the run goes on; ``strict=True`` stops at the first failure instead
  (:class:`StrictModeError`).
* **Long documents** are split at paragraph (else line, sentence, space) boundaries into
  chunks of at most ``chunk_chars`` characters; records keep exact offsets into the
  whole text.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc

from .claims import get_claims
from .pipeline import build_pipeline, pipeline_info, resolve_model_name
from .readers import DEFAULT_MAX_CHARS, InputDoc, InputError, Item, read_inputs
from .records import doc_to_records

Result = tuple[Item, list[dict[str, Any]]]
DocOutcome = list[dict[str, Any]] | InputError

#: Longest piece of text given to the base model at once (long documents are split).
DEFAULT_CHUNK_CHARS = 100_000
#: ``nlp.pipe`` batches inside a batch: the parser's working memory grows with the batch
#: (measured with the small English model: ~0.27 GB resident at 8 articles, ~0.85 GB at
#: 64), while throughput is flat above a few documents.
PIPE_GROUP_DOCS = 16
PIPE_GROUP_CHARS = 200_000
#: Errors kept in memory for the summary (all of them go to the errors file).
MAX_ERRORS_KEPT = 100
STATE_VERSION = 1


class StrictModeError(RuntimeError):
    """A document failed and the run was strict."""

    def __init__(self, error: dict[str, Any], summary: Summary) -> None:
        super().__init__(error["message"])
        self.error = error
        self.summary = summary


class ResumeError(RuntimeError):
    """The state file does not belong to this command or its inputs changed."""


@dataclass
class Summary:
    documents: int = 0
    failed: int = 0
    records: Counter = field(default_factory=Counter)
    words: int = 0
    seconds: float = 0.0
    skipped: int = 0  # input items already done by an earlier (resumed) run
    resumed_words: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)  # the first MAX_ERRORS_KEPT

    @property
    def words_per_second(self) -> float:
        return (self.words - self.resumed_words) / self.seconds if self.seconds > 0 else 0.0

    def add(self, item: Item, records: list[dict[str, Any]]) -> None:
        if isinstance(item, InputError):
            self.failed += 1
            if len(self.errors) < MAX_ERRORS_KEPT:
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

    def counts(self) -> dict[str, Any]:
        return {"documents": self.documents, "failed": self.failed,
                "records": dict(sorted(self.records.items())), "words": self.words}

    def restore(self, counts: dict[str, Any]) -> None:
        self.documents = counts.get("documents", 0)
        self.failed = counts.get("failed", 0)
        self.records = Counter(counts.get("records", {}))
        self.words = self.resumed_words = counts.get("words", 0)


# -- processing one batch ----------------------------------------------------------------

def split_points(text: str, limit: int) -> list[int]:
    """Start offsets of the chunks of ``text``, each at most ``limit`` characters, cut
    after a paragraph break if there is one in the second half of the window, else after
    a line break, a sentence end, a space, or (last resort) anywhere."""
    starts = [0]
    pos = 0
    n = len(text)
    while n - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            i = text.rfind(sep, lo, hi)
            if i != -1:
                cut = i + len(sep)
                break
        if cut <= pos or cut > hi:
            cut = hi
        starts.append(cut)
        pos = cut
    return starts


def _shift(value: Any, offset: int) -> Any:
    """A copy of a claim dict with every character offset moved by ``offset``: ``start``/
    ``end`` pairs (the claim, a speaker mention, …) and ``*_span`` pairs."""
    if isinstance(value, dict):
        out = {k: _shift(v, offset) for k, v in value.items()}
        if _is_int(out.get("start")) and _is_int(out.get("end")):
            out["start"] += offset
            out["end"] += offset
        for k, v in out.items():
            if k.endswith("_span") and isinstance(v, (list, tuple)) and len(v) == 2 and all(map(_is_int, v)):
                out[k] = [v[0] + offset, v[1] + offset]
        return out
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    return value


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _JoinedDoc:
    """What :func:`extract.records.doc_to_records` reads of a ``Doc`` (text, sentences,
    claims): for a document processed as several chunks, and as a cheap view of a whole
    ``Doc`` (whose ``.text`` costs a pass over all tokens each time it is read)."""

    def __init__(self, text: str, sents: list[tuple[int, int]], claims: list[dict[str, Any]]) -> None:
        self.text = text
        self.sents = [SimpleNamespace(start_char=s, end_char=e) for s, e in sents]
        self._ = SimpleNamespace(claims=claims, people=None)

    def has_annotation(self, attr: str) -> bool:
        return bool(self.sents)


def _chunked_records(nlp: Language, doc: InputDoc, starts: list[int], info: dict[str, str]) -> list[dict[str, Any]]:
    text = doc.text
    bounds = [*starts, len(text)]
    sents: list[tuple[int, int]] = []
    claims: list[dict[str, Any]] = []
    pieces = (text[bounds[i]:bounds[i + 1]] for i in range(len(starts)))
    for offset, processed in zip(starts, nlp.pipe(pieces, batch_size=1), strict=True):
        if processed.has_annotation("SENT_START"):
            sents.extend((s.start_char + offset, s.end_char + offset) for s in processed.sents)
        else:
            sents.append((offset, offset + len(processed.text)))
        claims.extend(_shift(c, offset) for c in get_claims(processed))
    joined = _JoinedDoc(text, sents, claims)
    return doc_to_records(joined, doc.id, meta=doc.meta or None, pipeline=info)  # type: ignore[arg-type]


def _records(processed: Doc, doc: InputDoc, info: dict[str, str]) -> list[dict[str, Any]]:
    """Records of one processed document. ``Doc.text`` is rebuilt from the tokens on every
    access, so the record builder gets a view with the text computed once."""
    text = processed.text
    if processed.has_annotation("SENT_START"):
        sents = [(s.start_char, s.end_char) for s in processed.sents]
    else:
        sents = [(0, len(text))]
    view = _JoinedDoc(text, sents, get_claims(processed))
    return doc_to_records(view, doc.id, meta=doc.meta or None, pipeline=info)  # type: ignore[arg-type]


def _check_serialisable(records: list[dict[str, Any]]) -> None:
    for r in records:
        json.dumps(r, ensure_ascii=False, allow_nan=False)


def _component_error(doc: InputDoc, exc: BaseException) -> InputError:
    return InputError(doc.id, doc.source, "component", f"{doc.source}: {type(exc).__name__}: {exc}")


def _one(nlp: Language, doc: InputDoc, info: dict[str, str], chunk_chars: int) -> DocOutcome:
    try:
        starts = split_points(doc.text, chunk_chars)
        if len(starts) > 1:
            records = _chunked_records(nlp, doc, starts, info)
        else:
            records = _records(nlp(doc.text), doc, info)
        _check_serialisable(records)
        return records
    except Exception as e:  # noqa: BLE001 - one bad document never stops the run
        return _component_error(doc, e)


def extract_docs(
    nlp: Language,
    docs: list[InputDoc],
    *,
    info: dict[str, str] | None = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> list[DocOutcome]:
    """Records (or an error) for each document of a batch, in order. Short documents go
    through ``nlp.pipe`` in groups (at most :data:`PIPE_GROUP_DOCS` documents and
    :data:`PIPE_GROUP_CHARS` characters, which bounds the model's working memory); if a
    group fails, its documents are retried alone so only the guilty one becomes an error.
    Long documents are processed chunk by chunk."""
    info = info or pipeline_info(nlp)
    out: list[DocOutcome | None] = [None] * len(docs)
    for group in _groups([i for i, d in enumerate(docs) if len(d.text) <= chunk_chars], docs):
        try:
            processed = nlp.pipe((docs[i].text for i in group), batch_size=len(group))
            for i, p in zip(group, processed, strict=True):
                records = _records(p, docs[i], info)
                _check_serialisable(records)
                out[i] = records
        except Exception:  # noqa: BLE001 - the rest of the group is retried one by one below
            pass
    for i, d in enumerate(docs):
        if out[i] is None:
            out[i] = _one(nlp, d, info, chunk_chars)
    return out  # type: ignore[return-value]


def _groups(indices: list[int], docs: list[InputDoc]) -> Iterator[list[int]]:
    group: list[int] = []
    chars = 0
    for i in indices:
        n = len(docs[i].text)
        if group and (len(group) >= PIPE_GROUP_DOCS or chars + n > PIPE_GROUP_CHARS):
            yield group
            group, chars = [], 0
        group.append(i)
        chars += n
    if group:
        yield group


def process_batch(nlp: Language, docs: list[InputDoc], info: dict[str, str] | None = None) -> list[Result]:
    """``(item, records)`` for a batch (a failed document becomes its error, no records)."""
    return [(o, []) if isinstance(o, InputError) else (d, o)
            for d, o in zip(docs, extract_docs(nlp, docs, info=info), strict=True)]


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _merge(batch: list[Item], outcomes: Iterator[DocOutcome]) -> list[Result]:
    results: list[Result] = []
    for it in batch:
        if isinstance(it, InputError):
            results.append((it, []))
        else:
            o = next(outcomes)
            results.append((o, []) if isinstance(o, InputError) else (it, o))
    return results


def _batch_results(
    batches: Iterable[list[Item]],
    *,
    nlp: Language | None,
    model: str | None,
    n_process: int,
    chunk_chars: int,
) -> Iterator[tuple[list[Item], list[Result]]]:
    """Each batch with its ``(item, records)`` results, in input order."""
    if n_process <= 1:
        assert nlp is not None
        info = pipeline_info(nlp)
        for batch in batches:
            docs = [it for it in batch if isinstance(it, InputDoc)]
            outcomes = extract_docs(nlp, docs, info=info, chunk_chars=chunk_chars) if docs else []
            yield batch, _merge(batch, iter(outcomes))
        return
    from .parallel import WorkerPool

    pending: list[list[Item]] = []  # batches handed to the pool, oldest first

    def shards() -> Iterator[list[InputDoc]]:
        for batch in batches:
            pending.append(batch)
            yield [it for it in batch if isinstance(it, InputDoc)]

    with WorkerPool(model, n_process, chunk_chars=chunk_chars) as pool:
        for outcomes in pool.map(shards()):
            batch = pending.pop(0)
            yield batch, _merge(batch, iter(outcomes))


def extract_stream(
    nlp: Language,
    items: Iterable[Item],
    *,
    batch_size: int = 32,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[Result]:
    """``(item, records)`` for every input item, in input order (errors pass through
    with no records). Single process, for library use."""
    for _batch, results in _batch_results(batched(items, batch_size), nlp=nlp, model=None, n_process=1,
                                          chunk_chars=chunk_chars):
        yield from results


# -- input bookkeeping ---------------------------------------------------------------------

def unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """Pass items through; a document whose id was already seen becomes a
    ``duplicate_id`` error (its records would be indistinguishable from the first's).
    Keeps an 8-byte digest per id, not the ids."""
    seen: set[bytes] = set()
    for it in items:
        if isinstance(it, InputDoc):
            key = hashlib.blake2b(it.id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
            if key in seen:
                yield InputError(it.id, it.source, "duplicate_id",
                                 f"{it.source}: duplicate document id {it.id!r} (an earlier document has it)")
                continue
            seen.add(key)
        yield it


def _item_key(item: Item) -> str:
    return f"{item.source}\t{item.id if isinstance(item, InputDoc) else item.doc_id}"


def default_errors_path(output: str | Path) -> Path | None:
    return None if str(output) == "-" else Path(f"{output}.errors.jsonl")


def state_path(output: str | Path) -> Path:
    return Path(f"{output}.state.json")


def _encode(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records).encode("utf-8")


def _write_state(path: Path, state: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(state, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _fingerprint(inputs: list[str], text_col: str, id_col: str, max_chars: int, chunk_chars: int,
                 errors_path: Path | None) -> dict[str, Any]:
    return {"inputs": [os.path.abspath(i) if i != "-" else i for i in inputs], "text_col": text_col,
            "id_col": id_col, "max_chars": max_chars, "chunk_chars": chunk_chars,
            "errors": str(errors_path) if errors_path else None}


class _Sink:
    """Where records and errors go: committed batch by batch, with a state file."""

    def __init__(self, output: str | Path, errors_path: Path | None, stdout: IO[str] | None,
                 fingerprint: dict[str, Any], resume: bool) -> None:
        self.to_stdout = str(output) == "-"
        self.errors_path = errors_path
        self.fingerprint = fingerprint
        self.state: dict[str, Any] | None = None
        self.stdout = stdout
        self.out: IO[bytes] | None = None
        self.err: IO[bytes] | None = None
        if self.to_stdout:
            if resume:
                raise ResumeError("--resume needs an output file (not '-')")
            if errors_path is not None:
                self.err = self._open(errors_path, 0)
            return
        self.output = Path(output)
        self.state_file = state_path(output)
        if not resume and self.state_file.exists():
            self.state_file.unlink()  # a fresh run: an old commit point must never be resumed
        if resume and self.state_file.exists():
            self.state = json.loads(self.state_file.read_text(encoding="utf-8"))
            if self.state.get("version") != STATE_VERSION or self.state.get("fingerprint") != fingerprint:
                raise ResumeError(
                    f"{self.state_file} belongs to a different command (inputs or options changed); "
                    "run without --resume to start over"
                )
            if not self.output.exists() or self.output.stat().st_size < self.state["output_bytes"]:
                raise ResumeError(f"{self.output} is shorter than its last commit; run without --resume")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        st = self.state or {}
        self.out = self._open(self.output, st.get("output_bytes", 0))
        if errors_path is not None:
            self.err = self._open(errors_path, st.get("errors_bytes", 0))

    @staticmethod
    def _open(path: Path, keep: int) -> IO[bytes]:
        """Open for appending after the first ``keep`` bytes (dropping anything after
        them: the half-written tail of an interrupted run)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        f = open(path, "r+b" if keep and path.exists() else "wb")  # noqa: SIM115
        f.truncate(keep)
        f.seek(keep)
        return f

    @property
    def done_items(self) -> int:
        return self.state["items"] if self.state else 0

    def commit(self, records: bytes, errors: bytes, items: int, last_key: str, counts: dict[str, Any],
               complete: bool = False) -> None:
        if self.to_stdout:
            out = self.stdout or sys.stdout
            if records:
                out.write(records.decode("utf-8"))
                out.flush()
            if errors and self.err is not None:
                self.err.write(errors)
                self.err.flush()
            return
        assert self.out is not None
        if records:
            self.out.write(records)  # one buffered write per batch
        self.out.flush()
        os.fsync(self.out.fileno())
        if self.err is not None:
            if errors:
                self.err.write(errors)
            self.err.flush()
            os.fsync(self.err.fileno())
        self.state = {
            "version": STATE_VERSION,
            "fingerprint": self.fingerprint,
            "items": items,
            "last": last_key,
            "output_bytes": self.out.tell(),
            "errors_bytes": self.err.tell() if self.err is not None else 0,
            "summary": counts,
            "complete": complete,
        }
        _write_state(self.state_file, self.state)

    def close(self, failed: int) -> None:
        for f in (self.out, self.err):
            if f is not None:
                f.close()
        if self.errors_path is not None and failed == 0 and self.errors_path.exists():
            self.errors_path.unlink()  # no errors: an empty or stale errors file would mislead


def _skip_done(items: Iterator[Item], n: int, last_key: str | None) -> Iterator[Item]:
    item: Item | None = None
    for _ in range(n):
        item = next(items, None)
        if item is None:
            raise ResumeError(f"the inputs now hold fewer than the {n} items already done; run without --resume")
    if n and last_key is not None and item is not None and _item_key(item) != last_key:
        raise ResumeError("the inputs changed since the interrupted run; run without --resume")
    return items


# -- the run -------------------------------------------------------------------------------

def run(
    inputs: Iterable[str | Path],
    output: str | Path = "outputs/claims.jsonl",
    *,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    text_col: str = "text",
    id_col: str = "id",
    errors_path: str | Path | None = None,
    resume: bool = False,
    strict: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Summary:
    """Extract records from ``inputs`` into ``output`` (``-`` = stdout). Returns a summary.

    ``n_process`` > 1 runs that many workers (``0`` = all cores), each loading ``model``
    (``nlp`` is then not used). Raises :class:`StrictModeError` (``strict``) or
    :class:`ResumeError` (``resume`` with a state file of another command)."""
    from .parallel import default_n_process

    inputs = [str(i) for i in inputs]
    n_process = default_n_process() if n_process <= 0 else n_process
    if n_process > 1:
        resolve_model_name(model)  # fail early, in the parent, if no model is installed
    else:
        nlp = nlp or build_pipeline(model)
    errors_path = Path(errors_path) if errors_path else default_errors_path(output)
    fingerprint = _fingerprint(inputs, text_col, id_col, max_chars, chunk_chars, errors_path)
    sink = _Sink(output, errors_path, stdout, fingerprint, resume)
    summary = Summary()
    started = time.perf_counter()
    try:
        if sink.state is not None:
            summary.restore(sink.state.get("summary", {}))
            summary.skipped = sink.done_items
            if sink.state.get("complete"):
                return summary
        items: Iterator[Item] = unique_ids(
            read_inputs(inputs, text_col=text_col, id_col=id_col, max_chars=max_chars, stdin=stdin)
        )
        items = _skip_done(items, sink.done_items, sink.state.get("last") if sink.state else None)
        if n_process > 1:
            head = list(islice(items, batch_size + 1))
            if len(head) <= batch_size:  # one batch: workers would only add their start-up time
                n_process = 1
                nlp = nlp or build_pipeline(model)
            items = chain(head, items)
        done = sink.done_items
        last_key = sink.state.get("last", "") if sink.state else ""
        first_failure: dict[str, Any] | None = None
        for batch, results in _batch_results(batched(items, batch_size), nlp=nlp, model=model,
                                             n_process=n_process, chunk_chars=chunk_chars):
            records = bytearray()
            errors = bytearray()
            for item, recs in results:
                records += _encode(recs)
                if isinstance(item, InputError):
                    errors += _encode([item.to_dict()])
                    first_failure = first_failure or item.to_dict()
                summary.add(item, recs)
                if on_result:
                    on_result((item, recs))
            done += len(batch)
            last_key = _item_key(batch[-1])
            sink.commit(bytes(records), bytes(errors), done, last_key, summary.counts())
            if strict and first_failure:
                raise StrictModeError(first_failure, summary)
        sink.commit(b"", b"", done, last_key, summary.counts(), complete=True)
    finally:
        sink.close(summary.failed)
        summary.seconds = time.perf_counter() - started
    return summary
