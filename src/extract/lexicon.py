"""Rule and lexicon data files shipped in ``extract/data``.

Lexicons are plain text (one entry per line, ``#`` comments) or JSONL (one object per
line). Components load them at construction, let ``initialize`` replace them with a
user's files, and save them with ``to_disk`` so a saved pipeline carries its rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(str(resources.files("extract") / "data"))


def data_path(name: str) -> Path:
    """Path of a packaged data file."""
    return DATA_DIR / name


def read_lines(path: str | Path) -> list[str]:
    """Entries of a TXT lexicon: stripped, non-empty, ``#`` comments dropped, order kept."""
    out: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#"):
            continue
        line = line.split(" #", 1)[0].strip()  # inline comment
        if line:
            out.append(line)
    return out


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Objects of a JSONL rule file (blank lines skipped)."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: invalid JSON: {e}") from e
    return rows


def read_lexicon(path: str | Path) -> Any:
    """Read a TXT (list of str) or JSONL (list of dict) lexicon by its extension."""
    path = Path(path)
    return read_jsonl(path) if path.suffix == ".jsonl" else read_lines(path)


def write_lexicon(path: str | Path, entries: Iterable[Any]) -> None:
    """Write a lexicon in the format its extension names."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as f:
        for e in entries:
            f.write((json.dumps(e, ensure_ascii=False) if path.suffix == ".jsonl" else str(e)) + "\n")
