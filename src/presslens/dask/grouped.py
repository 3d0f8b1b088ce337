"""Comparisons within stories: on Dask the story id is the shuffle key.

``contradictions``, ``align``, ``coverage`` and ``timeline`` compare articles with each
other, so a corpus of many stories must be compared story by story (see ``pl.stories``).
:func:`by_story` adds ``story_id`` to the articles and runs a comparison on each story's
articles alone: with pandas story by story, with Dask after a shuffle on ``story_id`` that
brings each story's articles into one partition. Either way the rows for a story are a
function of that story's articles only, so both paths give the same result.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from presslens.dask.dispatch import is_dask_collection
from presslens.dask.partitions import meta_of
from presslens.storylines import stories as find_stories

__all__ = ["by_story", "with_stories"]


def with_stories(articles, stories: pd.DataFrame | None = None, **options):
    """``articles`` with a ``story_id`` column (from ``stories``, else ``pl.stories``
    with ``options``); pandas or Dask."""
    if "story_id" in articles.columns and stories is None:
        return articles
    found = find_stories(articles, **options) if stories is None else stories
    ids = found[["article_id", "story_id"]]
    if is_dask_collection(articles):
        ids = ids.astype({"article_id": articles["article_id"].dtype})
        return articles.merge(ids, on="article_id", how="left")
    story = dict(zip(ids["article_id"], ids["story_id"]))
    return articles.assign(story_id=articles["article_id"].map(story))


def _each_story(part: pd.DataFrame, func: Callable, meta: pd.DataFrame, kwargs: dict):
    frames = []
    for story, group in part.groupby("story_id", sort=True):
        found = func(group.drop(columns="story_id").reset_index(drop=True), **kwargs)
        if len(found):
            frames.append(found.assign(story_id=story))
    if not frames:
        return meta.iloc[:0].copy()
    out = pd.concat(frames, ignore_index=True)
    return out[list(meta.columns)].astype(dict(meta.dtypes))


def by_story(func: Callable, articles, *, stories: pd.DataFrame | None = None, **kwargs):
    """``func`` (e.g. ``presslens.contradictions``) run on the articles of each story alone.

    Args:
        func: A function of an articles frame that returns a frame (a comparison).
        articles: pandas or Dask articles; with a ``story_id`` column it is used as it is.
        stories: The output of ``pl.stories`` to use; by default it is computed.
        **kwargs: Passed on to ``func``.

    Returns:
        ``func``'s rows for every story with two or more articles, with a ``story_id`` column
        added at the end, stories in id order: a pandas frame, or for Dask input a Dask frame
        (one partition holds whole stories).

    Limits: stories of one article are skipped (nothing to compare within them).
    """
    articles = with_stories(articles, stories)
    sizes = articles["story_id"].value_counts()
    if is_dask_collection(articles):
        sizes = sizes.compute()
    shared = sizes[sizes > 1].index
    articles = articles[articles["story_id"].isin(list(shared))]
    sample = meta_of(
        func, articles._meta if is_dask_collection(articles) else articles.iloc[:0], kwargs
    )
    meta = sample.assign(story_id=pd.Series(dtype=object))
    if not is_dask_collection(articles):
        out = _each_story(articles, func, meta, kwargs)
        return out.reset_index(drop=True)
    articles = articles.shuffle(on="story_id")
    return articles.map_partitions(_each_story, func, meta, kwargs, meta=meta)
