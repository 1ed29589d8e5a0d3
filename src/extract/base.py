"""Shared machinery of the rule components: lexicons as data files.

A component subclasses :class:`RulePipe`, names its lexicons in ``LEXICONS``
(``{attribute name: packaged file name}``) and implements ``__call__``. Lexicons are
loaded from the package at construction (so ``add_pipe`` works without ``initialize``),
can be replaced in ``initialize(lexicons={name: path})`` (or ``[initialize.components]``
in a config), and travel with ``nlp.to_disk``/``spacy.load``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import ensure_path

from .lexicon import data_path, read_lexicon, write_lexicon


class RulePipe:
    """Base for the claim components (not a trainable pipe)."""

    LEXICONS: ClassVar[dict[str, str]] = {}

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.lexicons: dict[str, Any] = {}
        for key, filename in self.LEXICONS.items():
            self.lexicons[key] = read_lexicon(data_path(filename))
        self._compile()

    # -- hooks for subclasses -------------------------------------------------------
    def _compile(self) -> None:
        """Build lookup structures from ``self.lexicons`` (called after every load)."""

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- spaCy pipe protocol ----------------------------------------------------------
    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lexicons: dict[str, str] | None = None,
    ) -> None:
        """Replace packaged lexicons with the user's files: ``{name: path}``."""
        for key, path in (lexicons or {}).items():
            if key not in self.LEXICONS:
                raise ValueError(f"{self.name}: unknown lexicon {key!r}; known: {sorted(self.LEXICONS)}")
            self.lexicons[key] = read_lexicon(path)
        self._compile()

    def add_entries(self, key: str, entries: Iterable[Any]) -> None:
        """Extend one lexicon at run time (e.g. a user's extra reporting verbs)."""
        self.lexicons[key] = list(self.lexicons[key]) + list(entries)
        self._compile()

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for key, filename in self.LEXICONS.items():
            write_lexicon(path / filename, self.lexicons[key])

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RulePipe:
        path = ensure_path(path)
        for key, filename in self.LEXICONS.items():
            if (path / filename).exists():
                self.lexicons[key] = read_lexicon(path / filename)
        self._compile()
        return self
