"""The per-article extractors of presslens, for Dask DataFrames (see ``extract``).

Each function takes the same arguments as its pandas namesake (``presslens.quotes`` ...) and
works on a pandas frame too (it then simply calls it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from presslens.compare import claims as _claims
from presslens.dask.contexts import corpus_context
from presslens.dask.partitions import on_partitions
from presslens.ner import NAME_PASSES
from presslens.ner import entities as _entities
from presslens.ner import labels as _labels
from presslens.quotations import quotes as _quotes
from presslens.text import paragraphs as _paragraphs
from presslens.text import sentences as _sentences
from presslens.text import tokens as _tokens
from presslens.timex import infer_published as _infer_published
from presslens.timex import timexes as _timexes
from presslens.wording import readability as _readability

__all__ = [
    "paragraphs", "sentences", "tokens", "quotes", "timexes", "infer_published", "entities",
    "labels", "claims", "readability", "person_context", "PER_ARTICLE",
]  # fmt: skip


def _lift(func: Callable) -> Callable:
    func = getattr(func, "__wrapped__", func)

    @functools.wraps(func)
    def lifted(articles, *args, **kwargs):
        from presslens.dask.dispatch import is_dask_collection

        if is_dask_collection(articles):
            return on_partitions(func, articles, *args, **kwargs)
        return func(articles, *args, **kwargs)

    return lifted


paragraphs = _lift(_paragraphs)
sentences = _lift(_sentences)
tokens = _lift(_tokens)
quotes = _lift(_quotes)
timexes = _lift(_timexes)
infer_published = _lift(_infer_published)
entities = _lift(_entities)
labels = _lift(_labels)
claims = _lift(_claims)
readability = _lift(_readability)

#: The extractors whose rows for one article depend on that article only (by public name).
PER_ARTICLE = {
    f.__name__: f
    for f in (paragraphs, sentences, tokens, quotes, timexes, infer_published, claims,
              readability)
}  # fmt: skip


def person_context(articles, *, language: str | None = None):
    """The ``presslens.ner.PersonContext`` of all articles (pandas or Dask): for a Dask
    DataFrame a ``dask.delayed``, built by two reductions over the partitions (what
    ``entities``/``labels``/``claims`` on Dask use; pass it as ``context=`` to reuse it)."""
    return corpus_context(articles, NAME_PASSES, language=language)
