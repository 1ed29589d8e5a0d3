"""Readers: every supported input shape, ids, meta, and bad input reported with file and
line instead of stopping a run."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from extract.readers import InputDoc, InputError, read_inputs


def read(*inputs, **kw):
    return list(read_inputs([str(i) for i in inputs], **kw))


def docs(items):
    return [i for i in items if isinstance(i, InputDoc)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_readers_nested_folders_give_relative_ids(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "top.txt").write_text("Top story.", encoding="utf-8")
    (tmp_path / "a" / "mid.md").write_text("# Mid\n\nStory.", encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt").write_text("Deep story.", encoding="utf-8")
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not an article", encoding="utf-8")
    items = read(tmp_path)
    assert [d.id for d in items] == ["a/b/deep", "a/mid", "top"]
    assert items[1].text == "# Mid\n\nStory."
    assert items[0].source.endswith("deep.txt")


def test_readers_single_file_id_is_its_stem(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("A story.", encoding="utf-8")
    (doc,) = read(p)
    assert doc.id == "story" and doc.text == "A story."


@pytest.mark.parametrize(
    "data,text",
    [
        (b"\xef\xbb\xbfWith a BOM.", "With a BOM."),
        (b"Windows\r\nnewlines\r\n", "Windows\r\nnewlines\r\n"),
        ("Caf\u00e9 \u201cquoted\u201d \u4e2d\u6587".encode(), "Caf\u00e9 \u201cquoted\u201d \u4e2d\u6587"),
    ],
)
def test_readers_text_kept_as_read(tmp_path, data, text):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    (doc,) = read(p)
    assert doc.text == text


@pytest.mark.parametrize(
    "data,kind",
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (b"\x00\x01\x02\x03binary\xff", "binary"),
        (b"caf\xe9 in latin-1", "encoding"),
    ],
)
def test_readers_bad_text_file_is_an_error(tmp_path, data, kind):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    (err,) = read(p)
    assert isinstance(err, InputError)
    assert err.error == kind and err.doc_id == "bad" and str(p) in err.message


def test_readers_too_large_for_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 100, encoding="utf-8")
    (err,) = read(p, max_chars=50)
    assert err.error == "too_large"
    (doc,) = read(p, max_chars=10_000)
    assert isinstance(doc, InputDoc)


def test_readers_missing_path(tmp_path):
    (err,) = read(tmp_path / "nope")
    assert err.error == "not_found"


def test_readers_jsonl_meta_ids_and_bad_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "a1", "text": "First.", "title": "T", "url": "http://x", "extra": [1, 2]}),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"text": "No id."}),
        json.dumps({"id": 7, "text": 5}),
    ]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = read(p)
    assert [type(i).__name__ for i in items] == ["InputDoc", "InputError", "InputError", "InputError", "InputDoc",
                                                 "InputError"]
    first = items[0]
    assert first.id == "a1" and first.meta == {"title": "T", "url": "http://x", "extra": [1, 2]}
    assert first.source == f"{p}:1"
    assert items[1].error == "malformed" and items[1].source == f"{p}:2"
    assert items[2].error == "missing_field" and items[2].doc_id == "a3" and f"{p}:3" in items[2].message
    assert items[3].error == "malformed" and items[3].source == f"{p}:4"
    assert items[4].id == "feed:6"  # no id: file stem and line
    assert items[5].error == "bad_field" and items[5].doc_id == "7"


def test_readers_jsonl_custom_columns_and_invalid_utf8_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_bytes(b'{"key": "k1", "body": "Hello."}\n{"key": "k2", "body": "caf\xe9"}\n')
    items = read(p, text_col="body", id_col="key")
    assert items[0].id == "k1" and items[0].text == "Hello."
    assert items[1].error == "encoding" and items[1].source == f"{p}:2"


def test_readers_stdin_jsonl():
    stream = io.BytesIO(b'{"id": "s1", "text": "From stdin."}\n{"text": "Second."}\n')
    items = list(read_inputs(["-"], stdin=stream))
    assert [d.id for d in items] == ["s1", "stdin:2"]
    assert items[0].source == "<stdin>:1"


def test_readers_csv_columns_line_numbers_and_meta(tmp_path):
    p = tmp_path / "table.csv"
    pd.DataFrame({"doc": ["c1", "c2", "c3"], "body": ["First row.", "", "Third, with comma."],
                  "section": ["x", "y", "z"]}).to_csv(p, index=False)
    items = read(p, text_col="body", id_col="doc")
    assert [type(i).__name__ for i in items] == ["InputDoc", "InputError", "InputDoc"]
    assert items[0].meta == {"section": "x"} and items[0].source == f"{p}:2"
    assert items[1].error == "empty" and items[1].source == f"{p}:3"
    assert items[2].text == "Third, with comma."


def test_readers_csv_missing_text_column(tmp_path):
    p = tmp_path / "table.csv"
    pd.DataFrame({"id": ["a"], "content": ["x"]}).to_csv(p, index=False)
    (err,) = read(p)
    assert err.error == "missing_field" and "'text'" in err.message


def test_readers_parquet_with_id_col_and_typed_meta(tmp_path):
    p = tmp_path / "table.parquet"
    df = pd.DataFrame({"uid": [10, 11], "text": ["Parquet one.", None], "n": [1.5, 2.5],
                       "date": pd.to_datetime(["2020-01-02", "2021-03-04"])})
    df.to_parquet(p)
    items = read(p, id_col="uid")
    assert items[0].id == "10" and items[0].meta["n"] == 1.5
    assert items[0].meta["date"].startswith("2020-01-02")
    json.dumps(items[0].meta)
    assert items[1].error == "missing_field" and items[1].doc_id == "11"


def test_readers_are_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Doc {i}.", encoding="utf-8")
    it = read_inputs([str(tmp_path)])
    first = next(it)
    (tmp_path / "2.txt").unlink()  # read only when reached
    rest = list(it)
    assert first.id == "0" and rest[-1].error == "io"


def test_readers_inputs_in_given_order(tmp_path):
    a, b = tmp_path / "b.txt", tmp_path / "a.txt"
    a.write_text("B.", encoding="utf-8")
    b.write_text("A.", encoding="utf-8")
    assert [d.id for d in read(a, b)] == ["b", "a"]


def test_readers_module_documents_formats():
    import extract.readers as r

    assert {".txt", ".md", ".jsonl", ".csv", ".parquet"} <= r.SUPPORTED_SUFFIXES
    assert Path(r.__file__).name == "readers.py"
