"""claim-extract: checkable statistics, quotes and affiliations from news articles.

The package registers four spaCy factories (``claim_people``, ``claim_affiliations``,
``claim_quotes``, ``claim_statistics``) and offers :func:`build_pipeline` to assemble the
full pipeline on top of an English base model.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_ID = "claim-record/1"

__all__ = ["__version__", "SCHEMA_ID", "build_pipeline", "load_base_model", "doc_to_records"]


def __getattr__(name: str):  # lazy: keep `import extract` cheap (CLI start-up, workers)
    if name in ("build_pipeline", "load_base_model"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "doc_to_records":
        from .records import doc_to_records

        return doc_to_records
    raise AttributeError(name)
