"""Every table the report shows, computed once, stage by stage, with progress.

:func:`analyse` runs the extractors in the order the report needs them and returns them in
one :class:`Analysis`. Extractors that work article by article (sentences, quotes, dates,
readability) run on slices of the corpus so that progress can count articles; their output is
the same as on the whole frame. ``pl.claims`` runs on the whole frame (a person's title
depends on the names of the other articles), so the claims shown are ``pl.claims(articles)``
and contradictions and updates read the same facts from the corpus cache. Tables that newer versions of presslens provide
(``updates``, ``stories``) are used when present and are empty frames otherwise; with
stories, contradictions, updates and coverage compare articles of the same story only.

Limits: the whole corpus is held in memory (one pandas frame per table).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from presslens.report.progress import Progress

__all__ = ["Analysis", "analyse", "keyness_groups", "STAGES"]

#: The stages :func:`analyse` reports progress for, in order.
STAGES = ("sentences", "quotes", "dates", "entities and labels", "comparison", "wording")


@dataclass(frozen=True)
class Analysis:
    """The tables of one corpus, as the presslens extractors return them."""

    articles: pd.DataFrame
    problems: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    timexes: pd.DataFrame
    timeline: pd.DataFrame
    published: pd.DataFrame
    entities: pd.DataFrame
    labels: pd.DataFrame
    label_table: pd.DataFrame
    claims: pd.DataFrame
    contradictions: pd.DataFrame
    updates: pd.DataFrame
    coverage: pd.DataFrame
    readability: pd.DataFrame
    stories: pd.DataFrame
    keyness: pd.DataFrame
    keyness_by: str | None


def keyness_groups(articles: pd.DataFrame) -> str | None:
    """The column whose groups the report compares by keyness: outlet, else section, each
    when it has two to twelve groups; else the articles themselves when there are two to
    twelve; else None (no comparison that a figure could show)."""
    from presslens.report.views import group_column

    return group_column(articles)


def _by_slices(
    function: Callable, articles: pd.DataFrame, progress: Progress, *, slices: int = 20
) -> pd.DataFrame:
    """``function(articles)`` computed on consecutive slices (for progress), concatenated."""
    n = len(articles)
    step = max(1, -(-n // slices))
    if n <= step:
        result = function(articles)
        progress.update(n, n)
        return result
    parts = []
    for begin in range(0, n, step):
        parts.append(function(articles.iloc[begin : begin + step]))
        progress.update(min(n, begin + step), n)
    return pd.concat(parts, ignore_index=True)


def _accepts(function: Callable, name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def _with_tables(function: Callable, articles: pd.DataFrame, **tables):
    """``function(articles, **tables)`` with the already computed tables it accepts."""
    return function(articles, **{k: v for k, v in tables.items() if _accepts(function, k)})


def _problems(articles: pd.DataFrame) -> pd.DataFrame:
    """The load problems ``read_articles`` recorded; none for a frame made another way."""
    import presslens as pl

    try:
        return pl.problems(articles)
    except ValueError:
        return pd.DataFrame(columns=["path", "problem"])


def _stories(articles: pd.DataFrame) -> pd.DataFrame:
    """Which story each article reports (``pl.stories``, when this version has it and
    the articles carry no ``story_id`` yet): comparisons then stay within a story."""
    import presslens as pl

    find = getattr(pl, "stories", None)
    if find is None or "story_id" in articles or len(articles) < 3:
        return pd.DataFrame(columns=["article_id", "story_id", "reason"])
    return find(articles)


def analyse(articles: pd.DataFrame, *, progress: Progress | None = None) -> Analysis:
    """Run every extractor the report needs on ``articles`` (a frame from ``read_articles``).

    Args:
        articles: The articles (``article_id`` and ``text``; metadata columns are used).
        progress: Where to show the stages and the articles done; None shows nothing.
    """
    import presslens as pl
    from presslens.doc import corpus

    progress = progress or Progress(False)
    n = len(articles)
    # the corpus cache made before the slices are taken: every stage (and every slice of
    # it) then reads the same parsed documents and the facts ``pl.claims`` keeps
    corpus(articles)

    progress.start("sentences")
    sentences = _by_slices(pl.sentences, articles, progress)
    progress.finish(n)

    progress.start("quotes")
    quotes = _by_slices(pl.quotes, articles, progress)
    speakers = pl.speakers(quotes)
    progress.finish(n)

    progress.start("dates")
    timexes = _by_slices(pl.timexes, articles, progress)
    published = _by_slices(pl.infer_published, articles, progress)
    timeline = _with_tables(pl.timeline, articles, timexes=timexes)
    progress.finish(n)

    progress.start("entities and labels")
    entities = pl.entities(articles, sentences=sentences)
    labels = pl.labels(articles, sentences=sentences)
    label_table = pl.label_table(labels, articles=articles)
    progress.finish(n)

    progress.start("comparison")
    # the tables computed above, given to claims, contradictions and updates alike: the
    # facts are read once (the same rows as pl.claims(articles) computing them itself)
    tables = {"timexes": timexes, "labels": labels, "quotes": quotes}
    claims = pl.claims(articles, **tables)
    stories = _stories(articles)
    # assign (not merge): the frame keeps its attrs, so the parsed documents are reused
    compared = (
        articles.assign(
            story_id=articles["article_id"].map(
                dict(zip(stories["article_id"], stories["story_id"]))
            )
        )
        if not stories.empty
        else articles
    )
    contradictions = _with_tables(pl.contradictions, compared, claims=claims, **tables)
    find_updates = getattr(pl, "updates", None)
    updates = (
        _with_tables(find_updates, compared, claims=claims, **tables)
        if find_updates is not None
        else contradictions.iloc[0:0]
    )
    coverage = pl.coverage(compared)
    progress.finish(n)

    progress.start("wording")
    readability = _by_slices(pl.readability, articles, progress)
    keyness_by = keyness_groups(articles)
    keyness = pl.keyness(articles, by=keyness_by) if keyness_by else pd.DataFrame()
    progress.finish(n)

    return Analysis(
        articles=articles,
        problems=_problems(articles),
        sentences=sentences,
        quotes=quotes,
        speakers=speakers,
        timexes=timexes,
        timeline=timeline,
        published=published,
        entities=entities,
        labels=labels,
        label_table=label_table,
        claims=claims,
        contradictions=contradictions,
        updates=updates,
        coverage=coverage,
        readability=readability,
        stories=stories,
        keyness=keyness,
        keyness_by=keyness_by,
    )
