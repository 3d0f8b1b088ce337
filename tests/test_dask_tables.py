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


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("by", [None, "outlet"])
@pytest.mark.parametrize("unit", ["lemma", "ngram"])
def test_frequencies_equal_pandas_on_any_partitioning(articles, by, unit, n):
    found = tables.frequencies(lazy(articles, n), by=by, unit=unit)
    pd.testing.assert_frame_equal(found, pl.frequencies(articles, by=by, unit=unit))


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("method", ["log_likelihood", "log_odds"])
def test_keyness_equals_pandas_on_any_partitioning(articles, method, n):
    found = tables.keyness(lazy(articles, n), by="outlet", method=method)
    pd.testing.assert_frame_equal(found, pl.keyness(articles, by="outlet", method=method))


def test_genitives_are_merged_as_in_pandas_on_any_partitioning(articles):
    """A German genitive joins its name within its own article (wording.frequencies), so one
    article a partition gives the pandas table exactly ("Putins" and "Putin" included)."""
    found = tables.frequencies(lazy(articles, len(articles)))
    expected = pl.frequencies(articles, by=None)
    pd.testing.assert_frame_equal(found.reset_index(drop=True), expected)


def test_top_keeps_the_first_terms_of_each_group(articles):
    found = tables.keyness(lazy(articles, 3), by="outlet", top=2)
    expected = pl.keyness(articles, by="outlet").groupby("group", sort=False).head(2)
    pd.testing.assert_frame_equal(found, expected.reset_index(drop=True))
    assert found.groupby("group").size().max() == 2


@pytest.mark.parametrize(
    "parts",
    [[], [pd.DataFrame()], None],  # None: the articles' own tables, cut in three
)
def test_added_counts_read_as_their_concatenation(articles, parts):
    from presslens.wording import word_counts
    from presslens.wording.frequencies import frequencies_from_counts

    if parts is None:
        parts = [word_counts(articles.iloc[i::3], by="outlet") for i in range(3)]
    else:
        parts = [p for p in parts if len(p)]
    added = tables.add_counts(parts)
    assert list(added.columns) == ["group", "key", "form", "count", "words", "stop"]
    if parts:
        pd.testing.assert_frame_equal(
            frequencies_from_counts(added), frequencies_from_counts(pd.concat(parts))
        )
    else:
        assert added.empty


def test_keyness_names_an_unknown_group(articles):
    with pytest.raises(ValueError, match="no group 'Nowhere'"):
        tables.keyness(articles, by="outlet", target="Nowhere")
