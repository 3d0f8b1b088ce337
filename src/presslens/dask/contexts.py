"""Corpus contexts as reductions: what an extractor needs to know of the whole corpus.

Some extractors' rows depend on the whole corpus through a context object: ``pl.entities`` and
``pl.labels`` give one person one canonical name across all articles of a call ("Putins" ->
"Wladimir Putin"), and ``pl.claims`` reads those labels. Such an extractor says how its context
is built from parts of a corpus (a :class:`CorpusPasses`, given to ``@partitionwise``: passes of
summaries merged in part order); here each pass runs on every partition where it lies and its
summaries are merged in partition order, in a tree of ``SPLIT_EVERY`` summaries per task. Only
the summaries travel (for the names of people: counts per name, never texts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

__all__ = ["CorpusPasses", "corpus_context", "SPLIT_EVERY"]


class CorpusPasses(NamedTuple):
    """How an extractor whose rows depend on the whole corpus through a context object (the
    names of people: ``presslens.ner.entities``) runs on the parts of a corpus.

    Attributes:
        passes: ``((summarise, merge), ...)``: each pass summarises every part,
            ``summarise(part, previous, **options)`` (``previous``: the merged summary of the
            pass before, None for the first), and merges the summaries in part order,
            ``merge([s1, s2, ...])``; the last merged summary is the context.
        option: The extractor's option that, when the caller gives it, makes the context
            unnecessary (``"context"``, ``"labels"``).
        use: ``use(part, context, options) -> options``: the options that hand the context to
            the extractor for one part.
    """

    passes: tuple
    option: str
    use: Callable


#: Summaries merged by one task of the tree reduction.
SPLIT_EVERY = 8


def _merge_in_order(items: list, merge):
    import dask

    merge = dask.delayed(merge, pure=True)
    if not items:
        return merge([])
    while len(items) > 1:
        items = [merge(items[i : i + SPLIT_EVERY]) for i in range(0, len(items), SPLIT_EVERY)]
    return items[0]


def corpus_context(articles, corpus: CorpusPasses, **options):
    """The context ``corpus`` builds from all articles: for a Dask DataFrame a
    ``dask.delayed`` (one reduction per pass, in partition order; computed with the
    extractors that use it), for a pandas frame the context itself. ``options`` (e.g.
    ``language``) go to every summary."""
    import pandas as pd

    if isinstance(articles, pd.DataFrame):
        previous = None
        for summarise, merge in corpus.passes:
            previous = merge([summarise(articles, previous, **options)])
        return previous
    import dask

    parts = articles.to_delayed()
    previous = None
    for summarise, merge in corpus.passes:
        step = dask.delayed(summarise, pure=True)
        previous = _merge_in_order([step(p, previous, **options) for p in parts], merge)
    return previous
