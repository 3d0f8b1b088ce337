"""Comparisons within stories (presslens.dask.by_story): the same rows with pandas and Dask,
and never a pair of articles from two different stories."""

from pathlib import Path

import pandas as pd
import pytest

import presslens as pl

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
grouped = pytest.importorskip("presslens.dask.grouped")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "stories" / "articles.jsonl"
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    stories = pd.read_json(ARTICLES, lines=True, dtype={"article_id": str})
    stories["published"] = pd.to_datetime(stories["published"])
    example = pl.read_articles(EXAMPLE)
    cols = ["article_id", "text", "published", "language"]
    return pd.concat([stories[cols], example[cols]], ignore_index=True)


def test_with_stories_adds_the_story_of_each_article(articles):
    found = grouped.with_stories(articles)
    assert list(found.columns) == [*articles.columns, "story_id"]
    by_id = found.set_index("article_id")["story_id"]
    assert by_id["brand-b"] == "brand-a" and by_id["002_b9c0357d67b62562"] == "000_fd60826620309148"
    assert "story_id" not in articles  # the input is not modified


@pytest.mark.parametrize("func", [pl.contradictions, pl.align])
def test_by_story_gives_the_same_rows_on_pandas_and_dask(articles, func):
    eager = grouped.by_story(func, articles)
    assert not eager.empty and eager.columns[-1] == "story_id"
    with dask.config.set(scheduler="synchronous"):
        lazy = grouped.by_story(func, dd.from_pandas(articles, npartitions=3, sort=False))
        computed = lazy.compute()
    order = list(eager.columns)
    pd.testing.assert_frame_equal(
        computed.sort_values(order, ignore_index=True), eager.sort_values(order, ignore_index=True)
    )


def test_pairs_never_cross_stories(articles):
    story = grouped.with_stories(articles).set_index("article_id")["story_id"]
    found = grouped.by_story(pl.align, articles)
    assert (found["article_id_a"].map(story) == found["story_id"]).all()
    assert (found["article_id_b"].map(story) == found["story_id"]).all()


def test_contradictions_of_the_example_are_those_of_its_story(articles):
    example = pl.read_articles(EXAMPLE)
    found = grouped.by_story(pl.contradictions, articles)
    expected = pl.contradictions(example)
    pd.testing.assert_frame_equal(
        found.drop(columns="story_id"), expected, check_dtype=False, check_like=False
    )
