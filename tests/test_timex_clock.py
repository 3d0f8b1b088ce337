"""presslens.timex is a pure function of its input: the same frames under any clock."""

from __future__ import annotations

import pandas as pd
import pytest
from freezegun import freeze_time

from presslens.timex import extract_timexes, infer_published, timeline, timexes

ARTICLES = pd.DataFrame(
    {
        "article_id": ["undated-noyear", "undated-years", "dated", "undated-en"],
        "text": [
            "Am Donnerstag, den 23. November, traf der Präsident ein. Gestern hatte er "
            "abgesagt. Am Wochenende reist er weiter.",
            "Am Freitag, den 4. September, wurde das Fest gefeiert. Es findet seit 2009 "
            "statt; im Jahr 2015 kamen erstmals tausend Gäste. Morgen wird aufgeräumt.",
            "Der Streik begann am Montag. Heute verhandeln die Parteien.",
            "The strike ended on Monday. Talks resumed yesterday.",
        ],
        "published": pd.to_datetime([None, None, "2024-02-07", None]),
    }
)


def _run():
    fresh = ARTICLES.copy()
    fresh.attrs.clear()  # no corpus cache from an earlier run
    return (
        timexes(fresh),
        infer_published(fresh),
        extract_timexes(ARTICLES["text"][0], language="de"),
        timeline(fresh),
    )


def test_same_results_under_any_clock():
    with freeze_time("2024-01-10"):
        first = _run()
    with freeze_time("2031-07-01 23:59:59"):
        second = _run()
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])
    assert first[2] == second[2]
    pd.testing.assert_frame_equal(first[3], second[3])


@pytest.fixture(scope="module")
def found():
    return timexes(ARTICLES)


def _value(found, article, text):
    rows = found[(found["article_id"] == article) & (found["text"] == text)]
    assert len(rows) == 1, found[found["article_id"] == article]
    return rows.iloc[0]["value"], rows.iloc[0]["anchor"]


@pytest.mark.parametrize(
    "article,text,value,anchor",
    [
        # no published date, no year in the text: the year stays unknown and the anchor says why
        ("undated-noyear", "Donnerstag, den 23. November", "XXXX-11-23", "none:undated"),
        ("undated-noyear", "Gestern", "XXXX-XX-XX", "none:undated"),
        ("undated-noyear", "Wochenende", "XXXX-WXX-WE", "none:undated"),
        # the years the text mentions fix the weekday date's year (Friday 4 September 2015)
        ("undated-years", "Freitag, den 4. September", "2015-09-04", "inferred:2015-09-04"),
        ("undated-years", "Morgen", "2015-09-05", "inferred:2015-09-04"),
        ("dated", "Heute", "2024-02-07", "published:2024-02-07"),
        ("dated", "Montag", "2024-02-05", "published:2024-02-07"),
        ("undated-en", "yesterday", "XXXX-XX-XX", "none:undated"),
    ],
)
def test_anchor_comes_from_the_text_or_says_why(found, article, text, value, anchor):
    assert _value(found, article, text) == (value, anchor)


def test_reference_date_dates_an_undated_article():
    found = timexes(ARTICLES, reference_date="2023-11-30")
    assert _value(found, "undated-noyear", "Donnerstag, den 23. November") == (
        "2023-11-23",
        "inferred:2023-11-23",
    )
    assert _value(found, "undated-noyear", "Gestern") == ("2023-11-22", "inferred:2023-11-23")
    # the text fixes no date at all: the reference date is the anchor
    assert _value(found, "undated-en", "yesterday") == ("2023-11-29", "reference:2023-11-30")
    assert _value(found, "undated-en", "Monday") == ("2023-11-27", "reference:2023-11-30")
    dated = timexes(ARTICLES, reference_date=pd.Timestamp("2020-01-01"))
    assert _value(dated, "dated", "Heute") == ("2024-02-07", "published:2024-02-07")
