"""The facts cache: calls given the same tables read the facts once; other tables never
read facts cached for different ones."""

from pathlib import Path

import pandas as pd
import pytest

import presslens as pl
from presslens.compare.factframe import _stamp

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="module")
def tables():
    articles = pl.read_articles(EXAMPLE)
    return articles, {
        "timexes": pl.timexes(articles),
        "labels": pl.labels(articles),
        "quotes": pl.quotes(articles),
    }


def test_given_tables_give_the_claims_computed_ones(tables):
    articles, given = tables
    pd.testing.assert_frame_equal(pl.claims(articles, **given), pl.claims(articles))


@pytest.mark.parametrize(
    "change, same",
    [
        (lambda t: t.copy(), True),
        (lambda t: t.iloc[::-1], False),  # rows in another order
        (lambda t: t.iloc[1:], False),
        (lambda t: t.assign(speaker="Jemand"), False),
    ],
)
def test_the_stamp_follows_the_content_of_the_tables(tables, change, same):
    _, given = tables
    quotes = given["quotes"]  # its spans column holds lists
    assert _stamp((None, None, quotes)) is not None
    assert (_stamp((None, None, change(quotes))) == _stamp((None, None, quotes))) is same


def test_other_tables_do_not_read_cached_facts(tables):
    articles, given = tables
    with_quotes = pl.claims(articles, **given)
    without = pl.claims(articles, **(given | {"quotes": given["quotes"].iloc[0:0]}))
    speakers = lambda c: set(c.loc[c["kind"] == "attribution", "value"])  # noqa: E731
    assert speakers(with_quotes) and not speakers(without)
