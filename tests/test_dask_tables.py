"""Corpus tables as reductions: the Dask result is the pandas result, for any partitioning."""

from pathlib import Path

import pandas as pd
import pytest

import presslens as pl

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
tables = pytest.importorskip("presslens.dask.tables")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "stories" / "articles.jsonl"
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    stories = pd.read_json(ARTICLES, lines=True, dtype={"article_id": str})
    example = pl.read_articles(EXAMPLE)[["article_id", "text", "outlet", "language"]]
    frame = pd.concat([stories, example.assign(outlet="Beispiel")], ignore_index=True)
    return frame[["article_id", "text", "outlet", "language"]]


def lazy(frame: pd.DataFrame, n: int):
    return dd.from_pandas(frame, npartitions=n, sort=False)


@pytest.fixture(scope="module")
def quotes(articles):
    return pl.quotes(articles)


@pytest.fixture(autouse=True)
def synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


@pytest.mark.parametrize("n", [2, 5])
def test_speakers_per_article_on_dask_equal_pandas(quotes, n):
    found = tables.speakers(lazy(quotes, n)).compute()
    key = ["article_id", "speaker"]
    expected = pl.speakers(quotes).sort_values(key, ignore_index=True)
    pd.testing.assert_frame_equal(
        found.sort_values(key, ignore_index=True), expected, check_dtype=False
    )


@pytest.mark.parametrize("n", [1, 3])
def test_speaker_totals_add_up_the_articles(quotes, n):
    totals = tables.speaker_totals(lazy(quotes, n))
    pd.testing.assert_frame_equal(totals, tables.speaker_totals(quotes))
    per_article = pl.speakers(quotes)
    expected = per_article.groupby("speaker")["quotes"].sum()
    assert dict(zip(totals["speaker"], totals["quotes"])) == expected.to_dict()
    assert totals["quotes"].is_monotonic_decreasing
    assert (
        totals.set_index("speaker")["articles"].to_dict()
        == per_article.groupby("speaker")["article_id"].nunique().to_dict()
    )
    assert list(tables.speaker_totals(quotes, top=2)["speaker"]) == list(totals["speaker"][:2])


def test_label_totals_count_mentions_and_articles(articles):
    labels = pl.labels(articles)
    totals = tables.label_totals(lazy(labels, 3))
    pd.testing.assert_frame_equal(totals, tables.label_totals(labels))
    expected = labels.groupby(["entity", "label"]).agg(
        mentions=("article_id", "size"), articles=("article_id", "nunique")
    )
    got = totals.set_index(["entity", "label"]).sort_index()
    pd.testing.assert_frame_equal(got, expected.sort_index(), check_dtype=False)


def test_timeline_counts_count_dated_mentions_per_day(articles):
    found = pl.timexes(articles)
    counts = tables.timeline_counts(lazy(found, 4))
    pd.testing.assert_frame_equal(counts, tables.timeline_counts(found))
    dated = found[found["date_start"].notna() & found["type"].isin(["DATE", "TIME"])]
    assert counts["mentions"].sum() == len(dated)
    assert counts["day"].is_monotonic_increasing
    assert pd.Timestamp("2023-11-23") in set(counts["day"])  # "am Donnerstag, den 23. November"


@pytest.mark.parametrize("by", [None, "outlet"])
def test_frequencies_equal_pandas_and_do_not_depend_on_partitions(articles, by):
    one = tables.frequencies(lazy(articles, 1), by=by)
    three = tables.frequencies(lazy(articles, 3), by=by)
    pd.testing.assert_frame_equal(one, three)
    expected = pl.frequencies(articles, by=by)
    key = lambda f: dict(zip(zip(f["group"], f["term"].str.casefold()), f["count"]))  # noqa: E731
    assert key(three) == key(expected)
    assert three["per_1000"].sum() == pytest.approx(expected["per_1000"].sum())


@pytest.mark.parametrize("method", ["log_likelihood", "log_odds"])
def test_keyness_statistics_equal_pandas(articles, method):
    found = tables.keyness(lazy(articles, 3), by="outlet", method=method)
    expected = pl.keyness(articles, by="outlet", method=method)
    assert list(found.columns) == list(expected.columns)
    merged = found.assign(key=found["term"].str.casefold()).merge(
        expected.assign(key=expected["term"].str.casefold()), on=["group", "key"]
    )
    assert len(merged) == len(expected) == len(found)
    for col in ("count", "count_reference", "score", "p_value"):
        assert merged[f"{col}_x"].to_numpy() == pytest.approx(merged[f"{col}_y"].to_numpy())


def test_keyness_names_an_unknown_group(articles):
    with pytest.raises(ValueError, match="no group 'Nowhere'"):
        tables.keyness(articles, by="outlet", target="Nowhere")
