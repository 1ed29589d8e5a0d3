"""Read input documents lazily from files, folders and stdin.

Every reader yields :class:`InputDoc` for a usable document and :class:`InputError` for
one that is not (with the file and line it came from), so one bad document never stops
a run. Supported: ``.txt``/``.md`` (one article per file), ``.jsonl`` (``id``, ``text``,
optional ``title``/``url``/``date``, other fields kept as ``meta``), ``.csv`` and
``.parquet`` (via pandas, ``text_col``/``id_col``), and ``-`` for JSONL on stdin.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

TEXT_SUFFIXES = {".txt", ".md"}
TABLE_SUFFIXES = {".csv", ".parquet"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | {".jsonl"}
DEFAULT_MAX_CHARS = 20_000_000


@dataclass
class InputDoc:
    id: str
    text: str
    source: str  # "path" or "path:line" (where a user can find it)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    doc_id: str | None
    source: str
    error: str  # short class: empty, binary, encoding, too_large, malformed, missing_field, ...
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "source": self.source, "error": self.error, "message": self.message}


Item = InputDoc | InputError


def decode_text(data: bytes, source: str) -> str:
    """Bytes of an article → text. Strips a UTF-8 BOM; newlines are kept as they are so
    offsets refer to the text as read. Raises ``ValueError`` naming the input."""
    if b"\x00" in data[:8192]:
        raise ValueError(f"{source}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{source}: invalid UTF-8 at byte {e.start}") from e
    return text[1:] if text.startswith("\ufeff") else text


def check_text(doc_id: str | None, text: Any, source: str, max_chars: int) -> InputError | None:
    """Why ``text`` cannot be processed, or ``None`` if it can."""
    if not isinstance(text, str):
        return InputError(doc_id, source, "bad_field", f"{source}: text is {type(text).__name__}, not a string")
    if not text.strip():
        return InputError(doc_id, source, "empty", f"{source}: empty document")
    if len(text) > max_chars:
        return InputError(
            doc_id, source, "too_large", f"{source}: {len(text):,} characters exceeds the limit of {max_chars:,}"
        )
    if "\x00" in text:
        return InputError(doc_id, source, "binary", f"{source}: text contains NUL characters")
    return None


def _error_kind(message: str) -> str:
    return "binary" if "binary" in message else "encoding"


def read_text_file(path: Path, doc_id: str, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    source = str(path)
    try:
        text = decode_text(path.read_bytes(), source)
    except ValueError as e:
        return InputError(doc_id, source, _error_kind(str(e)), str(e))
    except OSError as e:
        return InputError(doc_id, source, "io", f"{source}: {e.strerror or e}")
    return check_text(doc_id, text, source, max_chars) or InputDoc(doc_id, text, source)


def _record_to_item(
    obj: Any, source: str, text_col: str, id_col: str, max_chars: int, fallback_id: str
) -> Item:
    if not isinstance(obj, dict):
        return InputError(None, source, "malformed", f"{source}: expected a JSON object, got {type(obj).__name__}")
    raw_id = _plain(obj.get(id_col))
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    if text_col not in obj or _plain(obj[text_col]) is None:
        return InputError(doc_id, source, "missing_field", f"{source}: missing {text_col!r} field")
    err = check_text(doc_id, obj[text_col], source, max_chars)
    if err:
        return err
    meta = {k: _plain(v) for k, v in obj.items() if k not in (text_col, id_col)}
    return InputDoc(doc_id, obj[text_col], source, meta)


def _plain(value: Any) -> Any:
    """Make a pandas/numpy cell JSON-serialisable (missing values, NaN and NaT → None)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if type(value).__name__ in ("NaTType", "NAType"):
        return None
    if hasattr(value, "item"):
        try:
            return _plain(value.item())
        except (ValueError, AttributeError):
            pass
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def read_jsonl_stream(
    stream: IO[bytes] | IO[str],
    name: str,
    *,
    text_col: str = "text",
    id_col: str = "id",
    max_chars: int = DEFAULT_MAX_CHARS,
    id_prefix: str | None = None,
) -> Iterator[Item]:
    """Documents of a JSONL stream, one per line; bad lines become errors with line numbers."""
    prefix = id_prefix if id_prefix is not None else Path(name).stem
    for n, raw in enumerate(stream, 1):
        source = f"{name}:{n}"
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as e:
            yield InputError(None, source, "encoding", f"{source}: invalid UTF-8 at byte {e.start}")
            continue
        if n == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(None, source, "malformed", f"{source}: malformed JSON: {e.msg}")
            continue
        yield _record_to_item(obj, source, text_col, id_col, max_chars, f"{prefix}:{n}")


def read_table(
    path: Path, *, text_col: str = "text", id_col: str = "id", max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Item]:
    """Rows of a CSV (streamed in chunks) or Parquet (by row group) file."""
    import pandas as pd

    def frames() -> Iterator[Any]:
        if path.suffix == ".csv":
            yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=1000)
        else:
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(path)
            for i in range(pf.num_row_groups):
                yield pf.read_row_group(i).to_pandas()

    row = 0
    try:
        for frame in frames():
            if text_col not in frame.columns:
                yield InputError(
                    None, str(path), "missing_field",
                    f"{path}: no column {text_col!r} (columns: {', '.join(map(str, frame.columns))})",
                )
                return
            for obj in frame.to_dict("records"):
                row += 1
                line = row + 1 if path.suffix == ".csv" else row  # CSV: header is line 1
                yield _record_to_item(obj, f"{path}:{line}", text_col, id_col, max_chars, f"{path.stem}:{row}")
    except Exception as e:  # noqa: BLE001 - a broken table is reported, the run goes on
        yield InputError(None, f"{path}:{row + 1}", "malformed", f"{path}: cannot read table: {e}")


#: Files a folder of articles commonly holds beside them; skipped when walking a folder
#: (name them explicitly to read them anyway).
ANCILLARY_STEMS = {"readme", "sources", "license", "licence", "changelog", "notice", "authors"}


def is_ancillary(rel: Path) -> bool:
    """Hidden files/folders and README/SOURCES/LICENSE-style notes are not articles."""
    return any(part.startswith(".") for part in rel.parts) or rel.stem.lower() in ANCILLARY_STEMS


def iter_paths(path: Path) -> Iterator[tuple[Path, str]]:
    """Files under ``path`` with the doc_id base they get: sorted, nested folders
    giving relative ids (``sub/article``); notes such as README.md/SOURCES.md skipped."""
    if path.is_dir():
        files = (q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES)
        for p in sorted(q for q in files if not is_ancillary(q.relative_to(path))):
            rel = p.relative_to(path).with_suffix("")
            yield p, rel.as_posix()
    else:
        yield path, path.stem


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    text_col: str = "text",
    id_col: str = "id",
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """All documents of ``inputs`` (files, folders, ``-``), lazily, in the given order."""
    for inp in inputs:
        if str(inp) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_stream(stream, "<stdin>", text_col=text_col, id_col=id_col,
                                         max_chars=max_chars, id_prefix="stdin")
            continue
        path = Path(inp)
        if not path.exists():
            yield InputError(None, str(path), "not_found", f"{path}: no such file or folder")
            continue
        for file, doc_id in iter_paths(path):
            suffix = file.suffix.lower()
            if suffix in TEXT_SUFFIXES:
                yield read_text_file(file, doc_id, max_chars)
            elif suffix == ".jsonl":
                with file.open("rb") as f:
                    yield from read_jsonl_stream(f, str(file), text_col=text_col, id_col=id_col, max_chars=max_chars)
            elif suffix in TABLE_SUFFIXES:
                yield from read_table(file, text_col=text_col, id_col=id_col, max_chars=max_chars)
            else:
                yield InputError(None, str(file), "unsupported", f"{file}: unsupported file type {suffix or '(none)'!r}")
