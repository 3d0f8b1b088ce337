"""pl.stories: articles reporting one event share a story; different events never do; the
result is a pure function of the articles (order and partitioning do not matter)."""

from pathlib import Path

import pandas as pd
import pytest

import presslens as pl
from presslens.storylines import stories

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"
ARTICLES = ROOT / "tests" / "data" / "stories" / "articles.jsonl"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    frame = pd.read_json(ARTICLES, lines=True, dtype={"article_id": str})
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def groups(found: pd.DataFrame) -> set[frozenset]:
    return {frozenset(g) for _, g in found.groupby("story_id")["article_id"]}


def test_the_two_example_articles_report_one_story():
    found = stories(pl.read_articles(EXAMPLE))
    assert found["story_id"].nunique() == 1
    assert found["reason"].str.contains("lukaschenko").all()


def test_reports_of_one_event_share_a_story_and_other_events_stand_alone(articles):
    found = stories(articles)
    assert list(found.columns) == ["article_id", "story_id", "reason"]
    assert list(found["article_id"]) == list(articles["article_id"])
    assert groups(found) == {
        frozenset({"brand-a", "brand-b"}),
        frozenset({"vote-a", "vote-b"}),
        frozenset({"brand-c"}),
        frozenset({"urteil-a"}),
        frozenset({"strike-a"}),
    }
    by_id = found.set_index("article_id")
    assert by_id.loc["brand-b", "story_id"] == "brand-a"  # the first article names the story
    assert by_id.loc["brand-b", "reason"].startswith("like brand-a:")
    assert "plagwitz" in by_id.loc["brand-b", "reason"]
    assert by_id.loc["urteil-a", "reason"].startswith("alone")


@pytest.mark.parametrize(
    "change, expected_together",
    [
        # another fire in the same city in the same week shares only the words of fires
        ({"brand-c": "2024-05-03"}, False),
        # the same fire reported ten days later is no longer grouped (max_days=7)
        ({"brand-b": "2024-05-12"}, False),
        # reported six days later it is
        ({"brand-b": "2024-05-08"}, True),
    ],
)
def test_the_date_window_and_the_words_decide(articles, change, expected_together):
    frame = articles.copy()
    for aid, day in change.items():
        frame.loc[frame["article_id"] == aid, "published"] = pd.Timestamp(day)
    found = stories(frame).set_index("article_id")["story_id"]
    (aid,) = change
    other = "brand-a"
    assert (found[aid] == found[other]) is expected_together


def test_undated_articles_are_compared_with_all(articles):
    found = stories(articles.drop(columns="published"))
    assert frozenset({"brand-a", "brand-b"}) in groups(found)
    assert "undated" in found.set_index("article_id").loc["brand-a", "reason"]


def test_order_does_not_matter(articles):
    expected = stories(articles).set_index("article_id")
    for seed in (1, 2, 3):
        shuffled = articles.sample(frac=1, random_state=seed)
        found = stories(shuffled).set_index("article_id")
        assert list(found.index) == list(shuffled["article_id"])
        pd.testing.assert_frame_equal(found.loc[expected.index], expected)


def test_the_input_is_not_modified(articles):
    before = articles.copy(deep=True)
    stories(articles)
    pd.testing.assert_frame_equal(articles, before)


@pytest.mark.parametrize(
    "frame, message",
    [
        (pd.DataFrame({"article_id": ["a"]}), "missing: text"),
        (pd.DataFrame({"article_id": ["a", "a"], "text": ["x", "y"]}), "'a' repeats"),
    ],
)
def test_bad_input_is_named(frame, message):
    with pytest.raises(ValueError, match=message):
        stories(frame)


def test_empty_and_one_article():
    assert stories(pd.DataFrame({"article_id": [], "text": []})).empty
    one = stories(pd.DataFrame({"article_id": ["a"], "text": ["Ein Satz über nichts."]}))
    assert one["story_id"].tolist() == ["a"]


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_on_dask_any_partitioning_gives_the_pandas_result(articles, npartitions):
    dd = pytest.importorskip("dask.dataframe")
    import dask

    lazy = dd.from_pandas(articles, npartitions=npartitions, sort=False)
    with dask.config.set(scheduler="synchronous"):
        found = stories(lazy)
    pd.testing.assert_frame_equal(found, stories(articles))
