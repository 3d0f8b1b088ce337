"""Per-article extractors on a Dask DataFrame: one pandas call per partition.

An article never spans two partitions, so an extractor whose rows for one article depend on
that article only gives, partition by partition, exactly the rows of the pandas call on the
whole frame (the index restarts in every partition). The ``meta`` Dask needs is the
extractor's empty result with its dtypes, taken from one run on a small built-in sample
(:data:`SAMPLE`); every partition's result is brought to the same columns and dtypes.

An extractor whose rows depend on the whole corpus through a context (``entities`` and
``labels`` name each person across all articles of a call; ``claims`` reads those labels) says
how the context is built (``@partitionwise(corpus=...)``): each partition then gets the context
of the whole corpus (``presslens.dask.contexts``: reductions over the partitions), so its rows
too are those of the pandas call.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

__all__ = [
    "on_partitions",
    "extract",
    "meta_of",
    "sample_like",
    "conform",
    "SAMPLE",
]

#: Two short articles written for presslens (German and English) in which every extractor
#: finds something, so that the dtypes of every column are those of real rows.
SAMPLE = pd.DataFrame(
    {
        "article_id": ["sample-de", "sample-en"],
        "text": [
            "Streik bei der Bahn\n\nBerlin, 14.03.2024 – „Wir bleiben bei unserem Angebot“, "
            "sagte Bahnchefin Anna Keller am Dienstag in Berlin. Die Gewerkschaft habe "
            "12.000 Mitglieder, sagte der Sprecher Jan Roth. Seit dem 1. Januar wird verhandelt.",
            'Fire at the harbour\n\nHAMBURG, March 14, 2024 — "We are safe," Mayor Peter Brandt '
            "told reporters on Tuesday in Hamburg. Three people were injured, police said.",
        ],
        "published": pd.to_datetime(["2024-03-14", "2024-03-14"]),
        "language": ["de", "en"],
        "outlet": ["Beispielblatt", "Example Post"],
    }
)

_META: dict = {}


def _qualname(func: Callable) -> str:
    func = getattr(func, "__wrapped__", func)
    module = func.__module__
    # the public name lives in the package (presslens.ner), the function in a module below it
    for pkg in ("presslens.ner", "presslens.quotations", "presslens.timex", "presslens.compare"):
        if module.startswith(pkg + "."):
            module = pkg
    return f"{module}.{func.__name__}"


def sample_like(articles: pd.DataFrame) -> pd.DataFrame:
    """:data:`SAMPLE` with the columns and dtypes of ``articles`` (missing columns are NA)."""
    out = pd.DataFrame(index=SAMPLE.index)
    for col, dtype in articles.dtypes.items():
        given = [SAMPLE[col]] if col in SAMPLE else []
        for value in [*given, pd.NA, 0, ""]:  # the first that the column's dtype takes
            try:
                out[col] = pd.Series(value, index=SAMPLE.index).astype(dtype)
                break
            except (TypeError, ValueError):
                continue
    return out


def meta_of(
    func: Callable, articles: pd.DataFrame, kwargs: dict | None = None, args: tuple = ()
) -> pd.DataFrame:
    """The empty frame with the columns and dtypes ``func`` returns for frames like ``articles``
    (an empty pandas frame: a Dask DataFrame's ``_meta``), cached. Options that are not plain
    values (frames) are left out of the sample run."""
    simple = (str, int, float, bool, type(None))
    kwargs = {k: v for k, v in (kwargs or {}).items() if isinstance(v, simple)}
    args = tuple(a if isinstance(a, simple) else None for a in args)
    dtypes = tuple(map(str, articles.dtypes.items()))
    key = (_qualname(func), args, tuple(sorted(kwargs.items())), dtypes)
    if key not in _META:
        func = getattr(func, "__wrapped__", func)
        _META[key] = func(sample_like(articles), *args, **kwargs).iloc[:0]
    return _META[key]


def conform(frame: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the columns and dtypes of ``meta`` (an empty result gets them all)."""
    if frame.empty:
        return meta.iloc[:0].copy()
    frame = frame[list(meta.columns)]
    wrong = {c: t for c, t in meta.dtypes.items() if frame[c].dtype != t}
    return frame.astype(wrong) if wrong else frame


def _corpus(func: Callable, kwargs: dict):
    """The ``CorpusPasses`` of ``func`` if it needs the corpus's context with these options."""
    corpus = getattr(func, "corpus_passes", None)
    return corpus if corpus is not None and kwargs.get(corpus.option) is None else None


def _call(func: Callable, part: pd.DataFrame, whole, *args, **kwargs) -> pd.DataFrame:
    """``func(part, *args, **kwargs)``, handed the corpus's context ``whole`` if it needs it
    (a positional name no extractor uses as an option)."""
    corpus = _corpus(func, kwargs)
    if whole is not None and corpus is not None:
        kwargs = corpus.use(part, whole, kwargs)
    return func(part, *args, **kwargs)


def _apply(part: pd.DataFrame, func: Callable, meta: pd.DataFrame, whole, *args, **kwargs):
    return conform(_call(func, part, whole, *args, **kwargs), meta)


def on_partitions(func: Callable, articles, *args, **kwargs):
    """``func(articles, *args, **kwargs)`` for a Dask DataFrame: a Dask DataFrame with the
    same columns and dtypes, one partition of results per partition of articles."""
    func = getattr(func, "__wrapped__", func)
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(
            f"articles need the columns article_id and text; missing: {sorted(missing)}"
        )
    meta = meta_of(func, articles._meta, kwargs, args)
    whole = None
    corpus = _corpus(func, kwargs)
    if corpus is not None:
        from presslens.dask.contexts import corpus_context

        whole = corpus_context(articles, corpus, language=kwargs.get("language"))
    return articles.map_partitions(
        _apply, func, meta, whole, *args, meta=meta, align_dataframes=False, **kwargs
    )


def _all_of(part: pd.DataFrame, funcs: dict, metas: dict, contexts: dict) -> dict:
    """Every extractor of ``funcs`` on one partition, one after the other in one task (so
    they share what each caches per text: sentences, the name analysis)."""
    return {
        name: conform(_call(func, part, contexts.get(name)), metas[name])
        for name, func in funcs.items()
    }


def _pick(results: dict, name: str) -> pd.DataFrame:
    return results[name]


def extract(articles, funcs: dict) -> dict:
    """Several per-article extractors on a Dask DataFrame, computed together: ``{name: Dask
    DataFrame}``. Each partition of articles is read and analysed by one task that runs every
    extractor in ``funcs`` (``{"quotes": presslens.quotes, ...}``), so the extractors share the
    partition's sentences and name analysis instead of each redoing them."""
    import dask
    import dask.dataframe as dd

    funcs = {name: getattr(f, "__wrapped__", f) for name, f in funcs.items()}
    metas = {name: meta_of(f, articles._meta) for name, f in funcs.items()}
    from presslens.dask.contexts import corpus_context

    # extractors that share a way of building their context share the context (one reduction)
    built: dict = {}
    contexts = {}
    for name, func in funcs.items():
        corpus = _corpus(func, {})
        if corpus is not None:
            key = corpus.passes
            if key not in built:
                built[key] = corpus_context(articles, corpus)
            contexts[name] = built[key]
    parts = [dask.delayed(_all_of)(p, funcs, metas, contexts) for p in articles.to_delayed()]
    # keep the extractors' dtypes (Dask would turn text columns into its own string dtype)
    with dask.config.set({"dataframe.convert-string": False}):
        return {
            name: dd.from_delayed(
                [dask.delayed(_pick)(p, name) for p in parts], meta=metas[name], verify_meta=False
            )
            for name in funcs
        }
