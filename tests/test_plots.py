"""Every figure builder escapes the text it takes from articles (plotly reads tags in text)."""

import json

import pandas as pd
import pytest

import presslens as pl
from presslens.plots.theme import escape_data_text

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"

ARTICLES = pd.DataFrame(
    {
        "article_id": [f"a{HOSTILE}", "b"],
        "title": [f"Titel {HOSTILE}", "Zweiter Artikel"],
        "published": pd.to_datetime(["2023-11-25", "2023-11-24"]),
        "text": [
            f'"{HOSTILE} Wir bedauern dies", sagte Kremlsprecher Dmitri Peskow am 23. November 2023. '
            "Der belarussische Diktator Alexander Lukaschenko traf in Moskau ein. "
            "Die OVKS hat sieben Mitglieder.",
            '"Wir bedauern dies", sagte der Pressesprecher Dmitri Peskow am 22. November 2023. '
            f"Der belarussische Präsident Alexander Lukaschenko {HOSTILE} traf in Minsk ein. "
            "Die OVKS hat sechs Mitglieder.",
        ],
    }
)


def _figures():
    a = ARTICLES
    labels = pl.labels(a)
    titles = dict(zip(a["article_id"], a["title"]))
    return {
        "length": pl.plots.length_figure(a, pl.sentences(a)),
        "speakers": pl.plots.speakers_figure(pl.speakers(pl.quotes(a))),
        "timeline": pl.plots.timeline_figure(pl.timeline(a)),
        "labels": pl.plots.labels_figure(labels),
        "keyness": pl.plots.keyness_figure(pl.keyness(a), columns=2, labels=titles),
        "readability": pl.plots.readability_figure(pl.readability(a), labels=titles),
        "coverage": pl.plots.coverage_figure(pl.coverage(a)),
        "contradictions": pl.plots.contradictions_table(pl.contradictions(a)),
    }


@pytest.fixture(scope="module")
def figures():
    return _figures()


@pytest.mark.parametrize(
    "name",
    [
        "length",
        "speakers",
        "timeline",
        "labels",
        "keyness",
        "readability",
        "coverage",
        "contradictions",
    ],
)
def test_figure_shows_corpus_markup_as_text(figures, name):
    # plotly's JSON writes "<" as \u003c: decode it before looking for tags
    shown = json.dumps(json.loads(figures[name].to_json()), ensure_ascii=False)
    assert "<img" not in shown and "<script" not in shown, name


def test_figures_show_the_hostile_text_escaped(figures):
    shown = json.dumps(json.loads(figures["length"].to_json()), ensure_ascii=False)
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("eins<br>zwei", "eins<br>zwei"),  # our own line breaks survive
        ("A & B", "A &amp; B"),
        ("plain", "plain"),
    ],
)
def test_escape_data_text(value, expected):
    import plotly.graph_objects as go

    fig = escape_data_text(go.Figure(go.Bar(x=[value], y=[1], name=value)))
    assert fig.data[0].x == (expected,) and fig.data[0].name == expected
