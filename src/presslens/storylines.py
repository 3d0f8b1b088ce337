"""Which articles report the same story: groups found by shared rare words within a date window.

News reports of one event share what is specific to it: the names of the people, places and
organisations involved and the words of the event itself ("Lagerhalle", "Getränkehändler",
"levee"), and they appear within days of each other. Two reports of different events of one
kind share the words of the genre ("Feuerwehr", "police said"), which many articles use. So:

1. every article becomes the set of its content words (four letters or more, not a stop word,
   case folded), each weighted by its rarity in the corpus (``log(1 + max(N, 1000) / df)``:
   in a small corpus every word counts as rare);
2. **blocking** (never every pair): an index from each word used by at most ``block_df``
   articles to those articles (dated articles by their ``max_days`` window, so a word frequent
   over a year may still block within a week) proposes the pairs that share at least three
   such words; the work grows with the corpus, not with its square;
3. a proposed pair is one story when the articles are at most ``max_days`` apart (when both are
   dated), share at least ``min_shared`` words and their weighted word overlap (cosine) is at
   least ``min_similarity`` (``undated_similarity`` when one has no date: without the date
   window, reports of one topic weeks apart look alike);
4. pairs, strongest first, join two groups when at least two thirds of the pairs across them
   are pairs of one story (a chain of articles, each like the next, is not one story);
   ``story_id`` is the id of the group's first article (earliest ``published``, then the
   smallest id), so the result depends on the articles only, never on their order or on how a
   Dask frame is partitioned.

Limits: articles in different languages share few words and are rarely grouped; a large story
whose reports do not all look alike may be split in parts; very short
items (under ``min_shared`` content words, e.g. "the full text is no longer available") are
left alone; without dates, recurring items with the same cast (league round-ups) may be grouped.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from presslens.dask.dispatch import is_dask_collection
from presslens.resources import load_set
from presslens.schemas import check_articles

__all__ = ["stories", "story_terms", "STORY_COLUMNS", "TERM_COLUMNS"]

STORY_COLUMNS = ["article_id", "story_id", "reason"]
TERM_COLUMNS = ["article_id", "term"]
_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]")
#: Shared blocking words a proposed pair needs.
_MIN_BLOCK_SHARED = 3
#: Corpus size below which words are weighted as if the corpus had this many articles.
_MIN_CORPUS = 1000


def _stopwords() -> frozenset[str]:
    return frozenset(w.casefold() for lang in ("de", "en") for w in load_set(lang, "stopwords.txt"))


def _article_terms(text, stop: frozenset[str]) -> list[str]:
    if not isinstance(text, str):
        return []
    found = {w.casefold() for w in _WORD.findall(text)}
    return sorted(w for w in found if len(w) >= 4 and w not in stop)


def story_terms(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article and distinct content word: ``article_id, term`` (see the module).

    The title is read too when the frame has a ``title`` column.
    """
    stop = _stopwords()
    texts = articles["text"]
    if "title" in articles:
        texts = articles["title"].fillna("").astype(str) + "\n" + texts.fillna("").astype(str)
    ids, terms = [], []
    for aid, text in zip(articles["article_id"], texts):
        words = _article_terms(text, stop)
        ids.extend([aid] * len(words))
        terms.extend(words)
    return pd.DataFrame(
        {"article_id": pd.Series(ids, dtype=object), "term": pd.Series(terms, dtype=object)}
    )


def _string_terms(articles: pd.DataFrame) -> pd.DataFrame:
    return story_terms(articles).astype("string")


def _compute(frame):
    return frame.compute() if is_dask_collection(frame) else frame


def _dates(articles) -> pd.DataFrame:
    cols = ["article_id", "published"] if "published" in articles.columns else ["article_id"]
    dates = _compute(articles[cols])
    if "published" not in dates:
        dates = dates.assign(published=pd.NaT)
    dates = dates.assign(published=pd.to_datetime(dates["published"], errors="coerce"))
    return dates.reset_index(drop=True)


def _candidates(terms, dates: pd.DataFrame, df: pd.Series, block_df: int, max_days: int):
    """Pairs ``a < b`` of articles that share at least three words each used by 2..block_df
    articles of their date window (a frame ``a, b``)."""
    day = dates["published"].dt.normalize()
    windows = pd.DataFrame(
        {
            "article_id": dates["article_id"].astype(object),
            "window": np.where(
                day.notna(), (day - pd.Timestamp("1970-01-01")).dt.days // max(max_days, 1), -1
            ).astype("int64"),
        }
    )
    windows = windows.astype({"article_id": terms["article_id"].dtype})
    rare = df[(df >= 2)].index
    block = terms[terms["term"].isin(rare)].merge(windows, on="article_id")
    # a dated article also joins the next window, so that pairs across a boundary meet, and
    # the window of undated articles (-1), so that they meet every article
    dated = block[block["window"] >= 0]
    keyed = _concat(
        [
            block,
            dated.assign(window=dated["window"] + 1),
            dated.assign(window=dated["window"] * 0 - 1),
        ]
    )
    sizes = keyed.groupby(["term", "window"]).size().rename("n").reset_index()
    keyed = keyed.merge(sizes[sizes["n"] <= block_df], on=["term", "window"])[
        ["article_id", "term", "window"]
    ]
    pairs = keyed.merge(keyed, on=["term", "window"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["article_id_a"] < pairs["article_id_b"]]
    pairs = _compute(pairs[["article_id_a", "article_id_b", "term"]]).drop_duplicates()
    shared = pairs.groupby(["article_id_a", "article_id_b"]).size()
    shared = shared[shared >= _MIN_BLOCK_SHARED]
    return pd.DataFrame(shared.index.tolist(), columns=["a", "b"])


def _concat(frames):
    if is_dask_collection(frames[0]):
        import dask.dataframe as dd

        return dd.concat(frames)
    return pd.concat(frames, ignore_index=True)


def stories(
    articles: pd.DataFrame,
    *,
    max_days: int = 7,
    min_similarity: float = 0.1,
    min_shared: int = 10,
    undated_similarity: float = 0.15,
    block_df: int = 20,
) -> pd.DataFrame:
    """Group the articles that report the same story.

    Args:
        articles: Any DataFrame with ``article_id`` and ``text`` (``published`` and ``title``
            used when present), pandas or Dask; ``article_id`` must be unique.
        max_days: Dated articles further apart than this are never one story.
        min_similarity: Least weighted word overlap (cosine, 0..1) of two articles of a story.
        min_shared: Least number of content words two articles of a story share.
        undated_similarity: Least overlap when one of the two articles has no date (without
            the date window, articles on one topic, weeks apart, look alike).
        block_df: Words used by more articles than this (within a date window) propose no
            pairs; they still count in the overlap.

    Returns:
        A pandas DataFrame, one row per article in the input's order: ``article_id``,
        ``story_id`` (the id of the story's first article: earliest ``published``, then the
        smallest id; an article alone is its own story) and ``reason``: the article it is
        most alike, with the shared words that weigh most, the overlap and the days apart,
        or why it stands alone.

    Raises:
        ValueError: a column is missing or ``article_id`` repeats.

    Limits: see the module docstring.
    """
    check_articles(articles)
    dates = _dates(articles)
    if not dates["article_id"].is_unique:
        repeated = dates["article_id"][dates["article_id"].duplicated()].iloc[0]
        raise ValueError(f"article_id must be unique; {repeated!r} repeats")
    if is_dask_collection(articles):
        meta = pd.DataFrame({c: pd.Series(dtype="string") for c in TERM_COLUMNS})
        terms = articles.map_partitions(_string_terms, meta=meta)
    else:
        terms = story_terms(articles)
    n = len(dates)
    df = _compute(terms.groupby("term").size())
    scale = max(n, _MIN_CORPUS)
    weight = {t: math.log1p(scale / c) for t, c in sorted(df.items())}
    pairs = _candidates(terms, dates, df, block_df, max_days)
    published = dict(zip(dates["article_id"], dates["published"]))
    ids = sorted(set(pairs["a"]) | set(pairs["b"]))
    words = _compute(terms[terms["article_id"].isin(ids)]).groupby("article_id")["term"]
    sets = {aid: frozenset(g) for aid, g in words}
    norm = {aid: math.sqrt(_weight(terms, weight)) for aid, terms in sets.items()}
    edges = []
    for a, b in zip(pairs["a"], pairs["b"]):
        days = _days(published[a], published[b])
        if days is not None and days > max_days:
            continue
        shared = sets[a] & sets[b]
        if len(shared) < min_shared:
            continue
        sim = _weight(shared, weight) / (norm[a] * norm[b])
        if sim >= (min_similarity if days is not None else undated_similarity):
            top = sorted(shared, key=lambda t: (-weight[t], -len(t), t))[:5]
            edges.append((a, b, sim, len(shared), days, top))
    return _assign(dates, edges, max_days)


def _days(x, y) -> int | None:
    if pd.isna(x) or pd.isna(y):
        return None
    return abs((x.normalize() - y.normalize()).days)


def _weight(terms, weight: dict) -> float:
    return math.fsum(weight[t] ** 2 for t in sorted(terms))


def _groups(ids: list, edges: list) -> dict:
    """Stories from the scored pairs: pairs in order of falling overlap join two groups when
    at least two thirds of the pairs across them are pairs of one story (so a chain of
    articles, each like the next, does not become one story). Returns id -> group root."""
    group = {aid: aid for aid in ids}
    members = {aid: [aid] for aid in ids}
    linked = {(a, b) for a, b, *_ in edges} | {(b, a) for a, b, *_ in edges}
    for a, b, *_ in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):
        ra, rb = group[a], group[b]
        if ra == rb:
            continue
        cross = sum((x, y) in linked for x in members[ra] for y in members[rb])
        if 3 * cross < 2 * len(members[ra]) * len(members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for x in members[gone]:
            group[x] = keep
        members[keep] += members.pop(gone)
    return group


def _assign(dates: pd.DataFrame, edges: list, max_days: int) -> pd.DataFrame:
    """Stories of ``edges``, their ids and every article's reason."""
    group = _groups(list(dates["article_id"]), edges)
    order = dates.assign(
        key=dates["published"].fillna(pd.Timestamp.max).astype("datetime64[ns]")
    ).sort_values(["key", "article_id"])
    first: dict = {}
    for aid in order["article_id"]:
        first.setdefault(group[aid], aid)
    best: dict = {}
    for a, b, sim, n, days, top in edges:
        if group[a] != group[b]:
            continue
        for x, y in ((a, b), (b, a)):
            if x not in best or (-sim, y) < (-best[x][1], best[x][0]):
                best[x] = (y, sim, n, days, top)
    reasons = []
    for aid in dates["article_id"]:
        if aid in best:
            other, sim, n, days, top = best[aid]
            apart = (
                "undated" if days is None else ("same day" if days == 0 else f"{days} days apart")
            )
            reasons.append(
                f"like {other}: {n} shared words ({', '.join(top)}), overlap {sim:.2f}, {apart}"
            )
        else:
            reasons.append(f"alone: no article within {max_days} days shares enough words")
    return pd.DataFrame(
        {
            "article_id": dates["article_id"].astype(object),
            "story_id": [first[group[a]] for a in dates["article_id"]],
            "reason": reasons,
        },
        columns=STORY_COLUMNS,
    )
