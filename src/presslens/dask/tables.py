"""Corpus tables as reductions: each partition is summarised, the summaries are added up.

Nothing here gathers a corpus into one process: a partition's rows become a small table
(counts per speaker, per label, per term, per day), and Dask adds those tables up. Every
function takes a pandas frame too (one partition), so the pandas and Dask paths are the same
code. Results are small pandas frames, except ``speakers`` (one row per article and speaker:
a Dask DataFrame for a Dask input).

``frequencies`` and ``keyness`` add up the partitions' ``presslens.wording.word_counts``
tables (counts per group, case-folded term and spelling) in partition order and compute the
pandas statistics from the sum (``frequencies_from_counts``, ``keyness_from_counts``): the
rows of the pandas call on the whole corpus, on any partitioning (a German genitive joins
its name within its own article, so no count depends on another partition).
"""

from __future__ import annotations

import functools

import pandas as pd

from presslens.dask.dispatch import is_dask_collection
from presslens.quotations import speakers as speakers_pandas
from presslens.wording import word_counts
from presslens.wording.frequencies import frequencies_from_counts
from presslens.wording.keyness import keyness_from_counts

__all__ = [
    "speakers", "speaker_totals", "label_totals", "frequencies", "keyness", "timeline_counts",
    "reduce_partitions", "whole_articles", "add_counts", "SPLIT_EVERY",
]  # fmt: skip

KINDS = ["direct", "partial", "indirect", "free_indirect", "reported"]


def reduce_partitions(
    frame,
    summarise,
    combine,
    meta: pd.DataFrame,
    *,
    whole: str | None = None,
    compute: bool = True,
    **kwargs,
):
    """``combine(concat of summarise(partition, **kwargs))``: for a Dask frame, partitions are
    summarised where they lie and only the summaries travel; a pandas frame is one partition.
    ``whole="article_id"`` first brings the rows of one article into one partition (a
    shuffle), for summaries that count articles. ``compute=False`` returns a ``dask.delayed``
    result for a Dask frame (to compute it in one graph with other results)."""
    if not is_dask_collection(frame):
        return combine(summarise(frame, **kwargs))
    import dask

    if whole is not None:
        frame = whole_articles(frame, whole)
    parts = frame.map_partitions(summarise, meta=meta, **kwargs, enforce_metadata=False)
    result = dask.delayed(combine)(parts)
    return result.compute() if compute else result


def _then(result, func, *args, **kwargs):
    """``func(result, ...)``, delayed when ``result`` is a dask Delayed."""
    if is_dask_collection(result):
        import dask

        return dask.delayed(func)(result, *args, **kwargs)
    return func(result, *args, **kwargs)


def whole_articles(frame, column: str = "article_id"):
    """A Dask frame whose partitions each hold all rows of their articles (a shuffle on
    ``column``; rows keep their order within an article)."""
    return frame.shuffle(on=column)


# ---------------------------------------------------------------------------------------------
# speakers


def _speakers_meta() -> pd.DataFrame:
    cols = {"article_id": object, "speaker": "str", **dict.fromkeys(KINDS, "int64")}
    cols.update(quotes="int64", words="int64", share="float64")
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in cols.items()})


def _speakers_part(quotes: pd.DataFrame) -> pd.DataFrame:
    out = speakers_pandas(quotes)
    meta = _speakers_meta()
    return meta if out.empty else out.astype(dict(meta.dtypes))


def speakers(quotes):
    """``presslens.speakers`` per article; for a Dask frame of quotes a Dask frame (the quotes
    of one article are first brought into one partition), sorted within each partition."""
    if not is_dask_collection(quotes):
        return speakers_pandas(quotes)
    return whole_articles(quotes).map_partitions(_speakers_part, meta=_speakers_meta())


def _speaker_summary(quotes: pd.DataFrame) -> pd.DataFrame:
    per_article = _speakers_part(quotes)
    per_article = per_article.assign(articles=1)
    cols = [*KINDS, "quotes", "words", "articles"]
    return per_article.groupby("speaker", sort=False)[cols].sum().reset_index()


def _speaker_combine(parts: pd.DataFrame, top: int | None) -> pd.DataFrame:
    cols = [*KINDS, "quotes", "words", "articles"]
    out = parts.groupby("speaker", sort=True)[cols].sum().reset_index()
    out = out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    out = out.reset_index(drop=True)
    return out.head(top) if top is not None else out


def speaker_totals(quotes, *, top: int | None = None, compute: bool = True) -> pd.DataFrame:
    """Per speaker over the whole corpus: quotes by kind, ``quotes``, ``words`` quoted and
    ``articles`` quoting them; most quoted first (ties by name). Quotes without a speaker count
    under ``""``. ``top`` keeps the first rows only; ``compute=False``: see ``reduce_partitions``."""
    meta = _speakers_meta().drop(columns=["article_id", "share"]).assign(articles=0)[:0]
    return reduce_partitions(
        quotes,
        _speaker_summary,
        functools.partial(_speaker_combine, top=top),
        meta=meta,
        whole="article_id",
        compute=compute,
    )


# ---------------------------------------------------------------------------------------------
# labels


def _label_summary(labels: pd.DataFrame) -> pd.DataFrame:
    cols = ["entity", "label", "article_id"]
    pairs = labels[cols].astype(object)
    mentions = pairs.groupby(["entity", "label"], sort=False).size().rename("mentions")
    articles = pairs.drop_duplicates().groupby(["entity", "label"], sort=False).size()
    return pd.concat([mentions, articles.rename("articles")], axis=1).reset_index()


def _label_combine(parts: pd.DataFrame, top: int | None) -> pd.DataFrame:
    out = parts.groupby(["entity", "label"], sort=True)[["mentions", "articles"]].sum()
    out = out.reset_index()
    spread = out.groupby("entity")["articles"].transform("sum")
    out = out.assign(_spread=spread).sort_values(
        ["_spread", "entity", "articles", "label"], ascending=[False, True, False, True]
    )
    out = out.drop(columns="_spread").reset_index(drop=True)
    return out.head(top) if top is not None else out


def label_totals(labels, *, top: int | None = None, compute: bool = True) -> pd.DataFrame:
    """Per person and label over the corpus: ``entity, label, mentions, articles`` (how many
    articles give that person that label); people labelled in more articles first.

    ``labels`` is the output of ``presslens.labels`` (pandas or Dask). An article counts once
    per label (it never spans two partitions)."""
    meta = pd.DataFrame(
        {
            "entity": pd.Series(dtype=object),
            "label": pd.Series(dtype=object),
            "mentions": pd.Series(dtype="int64"),
            "articles": pd.Series(dtype="int64"),
        }
    )
    return reduce_partitions(
        labels,
        _label_summary,
        functools.partial(_label_combine, top=top),
        meta=meta,
        whole="article_id",
        compute=compute,
    )


# ---------------------------------------------------------------------------------------------
# word counts: frequencies and keyness


#: Count tables added up by one task of the tree reduction.
SPLIT_EVERY = 8


def _count_meta() -> pd.DataFrame:
    dtypes = {"group": object, "key": "str", "form": "str", "count": "int64", "words": "int64",
              "stop": bool}  # fmt: skip
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})


def add_counts(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Consecutive :func:`presslens.wording.word_counts` tables, in corpus order, added up
    into one (rows of one group, key and form summed; first-seen order kept), so that
    ``counts_from_table`` reads the same counts from it as from their concatenation."""
    tables = [t for t in tables if len(t)]
    if not tables:
        return _count_meta()
    if len(tables) == 1:
        return tables[0]
    summed = (
        pd.concat(tables, ignore_index=True)
        .groupby(["group", "key", "form"], sort=False, dropna=False)
        .agg(count=("count", "sum"), words=("words", "sum"), stop=("stop", "any"))
        .reset_index()
    )
    return summed.astype({"group": object, "key": "str", "form": "str"})


def _word_counts(articles, *, by, unit, n, language, compute: bool = True):
    """The corpus's ``word_counts`` table: for a Dask frame, each partition's table added up
    in a tree of :data:`SPLIT_EVERY` tables per task, in partition order."""
    if unit == "ngram":
        unit, n = "token", (2 if n == 1 else n)
    if unit not in ("token", "lemma"):
        raise ValueError(f"unit must be 'token', 'lemma' or 'ngram', not {unit!r}")
    options = dict(by=by, unit=unit, n=n, language=language)
    if not is_dask_collection(articles):
        return word_counts(articles, **options)
    import dask

    parts = articles.map_partitions(
        word_counts, meta=_count_meta(), enforce_metadata=False, **options
    ).to_delayed()
    add = dask.delayed(add_counts, pure=True)
    while len(parts) > 1:
        parts = [add(parts[i : i + SPLIT_EVERY]) for i in range(0, len(parts), SPLIT_EVERY)]
    total = add(parts)
    return total.compute() if compute else total


def frequencies(
    articles,
    *,
    by: str | None = None,
    unit: str = "lemma",
    n: int = 1,
    stopwords: bool = True,
    min_count: int = 1,
    language: str | None = None,
    top: int | None = None,
    compute: bool = True,
) -> pd.DataFrame:
    """``presslens.frequencies`` as a reduction (pandas or Dask articles): ``group, term, count,
    per_1000``, the rows of the pandas call on the whole corpus (see the module's limits).

    ``by`` defaults to ``None`` (the whole corpus, group "all"): one row per article and term
    is rarely what a large corpus needs. ``top`` keeps the first ``top`` terms of each group;
    ``compute=False``: see ``reduce_partitions``.
    """
    counts = _word_counts(articles, by=by, unit=unit, n=n, language=language, compute=compute)
    return _then(counts, _frequency_table, min_count=min_count, stopwords=stopwords, top=top)


def _frequency_table(counts: pd.DataFrame, *, min_count, stopwords, top) -> pd.DataFrame:
    out = frequencies_from_counts(counts, stopwords=stopwords, min_count=min_count)
    if top is not None:
        out = out.groupby("group", sort=False).head(top).reset_index(drop=True)
    return out


def keyness(
    articles,
    *,
    by: str = "article_id",
    method: str = "log_likelihood",
    target=None,
    reference=None,
    unit: str = "lemma",
    n: int = 1,
    stopwords: bool = True,
    min_count: int = 1,
    prior: float | None = None,
    language: str | None = None,
    top: int | None = None,
    compute: bool = True,
) -> pd.DataFrame:
    """``presslens.keyness`` as a reduction (pandas or Dask articles): the rows of the pandas
    call on the whole corpus (see the module's limits), from counts added up over the
    partitions. ``top`` keeps the first ``top`` terms of each target group;
    ``compute=False``: see ``reduce_partitions``."""
    if method not in ("log_likelihood", "log_odds"):
        raise ValueError(f"method must be 'log_likelihood' or 'log_odds', not {method!r}")
    counts = _word_counts(articles, by=by, unit=unit, n=n, language=language, compute=compute)
    options = dict(method=method, target=target, reference=reference, stopwords=stopwords)
    options.update(min_count=min_count, prior=prior, top=top)
    return _then(counts, _keyness_table, **options)


def _keyness_table(counts: pd.DataFrame, *, top, **options) -> pd.DataFrame:
    out = keyness_from_counts(counts, **options)
    if top is not None:
        out = out.groupby("group", sort=False).head(top).reset_index(drop=True)
    return out


# ---------------------------------------------------------------------------------------------
# timeline


def _day_summary(timexes: pd.DataFrame) -> pd.DataFrame:
    dated = timexes[timexes["date_start"].notna() & timexes["type"].isin(["DATE", "TIME"])]
    day = pd.to_datetime(dated["date_start"]).dt.normalize()
    pairs = pd.DataFrame({"day": day.to_numpy(), "article_id": dated["article_id"].astype(object)})
    mentions = pairs.groupby("day").size().rename("mentions")
    articles = pairs.drop_duplicates().groupby("day").size().rename("articles")
    return pd.concat([mentions, articles], axis=1).reset_index()


def timeline_counts(timexes, *, compute: bool = True) -> pd.DataFrame:
    """Dated mentions per calendar day (the day a DATE or TIME expression starts): ``day,
    mentions, articles`` (articles mentioning that day), in day order. ``timexes`` is the
    output of ``presslens.timexes`` (pandas or Dask); ``compute=False``: see
    ``reduce_partitions``."""
    meta = pd.DataFrame(
        {
            "day": pd.Series(dtype="datetime64[ns]"),
            "mentions": pd.Series(dtype="int64"),
            "articles": pd.Series(dtype="int64"),
        }
    )

    return reduce_partitions(
        timexes, _day_summary, _day_combine, meta=meta, whole="article_id", compute=compute
    )


def _day_combine(parts: pd.DataFrame) -> pd.DataFrame:
    out = parts.groupby("day", sort=True)[["mentions", "articles"]].sum().reset_index()
    return out.astype({"mentions": "int64", "articles": "int64"})
