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


def test_figures_stay_readable_on_many_articles():
    """With hundreds of articles, figures summarise instead of drawing a bar per article."""
    n = 300
    ids = [f"a{i:03d}" for i in range(n)]
    articles = pd.DataFrame({"article_id": ids, "text": ["Ein Satz."] * n, "n_words": range(n)})
    sents = pd.DataFrame({"article_id": ids, "kind": ["sentence"] * n})
    readability = pd.DataFrame(
        {
            "article_id": ids,
            "reading_ease": 40.0,
            "mean_sentence_length": 15.0,
            "mean_word_length": 6.0,
            "sentences": 10,
            "words": 150,
            "wiener_sachtextformel": 11.0,
        }
    )
    coverage = pd.DataFrame(
        {"article_id": ids, "n_sentences": 10, "n_shared": 2, "n_unique": 8, "share_shared": 0.2}
    )
    speakers = pd.DataFrame(
        {
            "article_id": ids,
            "speaker": ["Olaf Scholz", "Polizei", ""] * (n // 3),
            "direct": 1,
            "partial": 0,
            "indirect": 1,
            "free_indirect": 0,
            "reported": 0,
            "quotes": 2,
            "words": 20,
            "share": 0.5,
        }
    )
    figures = {
        "length": pl.plots.length_figure(articles, sents),
        "readability": pl.plots.readability_figure(readability),
        "coverage": pl.plots.coverage_figure(coverage),
        "speakers": pl.plots.speakers_figure(speakers),
    }
    for name, fig in figures.items():
        assert fig.layout.height <= 1200, name
    bars = [t for name in ("coverage", "speakers") for t in figures[name].data if t.type == "bar"]
    assert all(len(t.y) <= 30 for t in bars)  # the top rows, not one per article
    assert set(figures["speakers"].data[0].y) == {
        "Olaf Scholz (100 articles)",
        "Polizei (100 articles)",
        "(unattributed) (100 articles)",
    }
    assert {t.type for t in figures["readability"].data} == {"box"}
    assert {t.type for t in figures["length"].data} == {"histogram"}
