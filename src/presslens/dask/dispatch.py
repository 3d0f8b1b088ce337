"""Send a Dask DataFrame given to an extractor on to ``presslens.dask``.

This module never imports Dask: an extractor decorated with :func:`partitionwise` costs one
``sys.modules`` look-up on a pandas frame, and presslens works without the ``dask`` extra.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from presslens.dask.contexts import CorpusPasses

__all__ = ["is_dask_collection", "partitionwise"]


def is_dask_collection(obj) -> bool:
    """True for a Dask collection (DataFrame, Series, Bag...); False when Dask is not loaded."""
    if "dask" not in sys.modules:
        return False
    from dask import is_dask_collection as check

    return check(obj)


def partitionwise(func: Callable | None = None, *, corpus: CorpusPasses | None = None):
    """Decorator for an extractor whose rows for one article depend on that article only, or on
    the whole corpus through a context that ``corpus`` says how to build by reductions.

    Called with a pandas frame, the extractor runs as written. Called with a Dask DataFrame,
    it runs on each partition (``presslens.dask.partitions.on_partitions``) and returns a Dask
    DataFrame whose ``meta`` is the extractor's schema; with ``corpus``, each partition gets
    the context of the whole corpus. Other arguments are passed on; a Dask DataFrame among
    them (``sentences=``) must have the same partitions as ``articles``.
    """
    if func is None:
        return functools.partial(partitionwise, corpus=corpus)
    if corpus is not None:
        func.corpus_passes = corpus  # functools.wraps hands it on to the wrapper

    @functools.wraps(func)
    def wrapper(articles, *args, **kwargs):
        if is_dask_collection(articles):
            from presslens.dask.partitions import on_partitions

            return on_partitions(func, articles, *args, **kwargs)
        return func(articles, *args, **kwargs)

    return wrapper
