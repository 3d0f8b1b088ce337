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
    }  # quotes without a speaker are counted in the title, not drawn as a speaker
    assert "200 quotes without a speaker" in figures["speakers"].layout.title.text
    assert {t.type for t in figures["readability"].data} == {"box"}
    assert {t.type for t in figures["length"].data} == {"histogram"}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {"title": "Gipfel in Minsk: Putin trifft Lukaschenko"},
            "Gipfel in Minsk: Putin trifft Lukaschenko",
        ),
        (
            {"title": "Ein sehr langer Titel, der weit über die Breite einer Achse hinausgeht"},
            "Ein sehr langer Titel, der weit über die…",
        ),
        (
            {"title": "  ", "outlet": "Iswestija", "published": pd.Timestamp("2023-11-23")},
            "Iswestija 2023-11-23",
        ),
        ({"outlet": "taz"}, "taz"),
        ({"source_file": "/corpus/brand-riverton.txt"}, "brand-riverton.txt"),
        (
            {"text": "Zwölf Menschen starben bei dem Brand in Riverton, teilte die Feuerwehr mit."},
            "Zwölf Menschen starben bei dem Brand in…",
        ),
        ({"title": " – ", "text": "..."}, "x1"),  # no words anywhere: the id
    ],
)
def test_display_name(row, expected):
    frame = pd.DataFrame([{"article_id": "x1", "text": "", **row}])
    assert pl.plots.display_names(frame)["x1"] == expected


def test_display_names_are_unique_and_skip_shared_file_names():
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "title": ["Streik bei der Bahn", "Streik bei der Bahn", None],
            "source_file": ["all.jsonl"] * 3,
            "text": ["x", "y", "Die Gewerkschaft ruft zum Streik auf."],
        }
    )
    assert pl.plots.display_names(frame) == {
        "a": "Streik bei der Bahn",
        "b": "Streik bei der Bahn (2)",
        "c": "Die Gewerkschaft ruft zum Streik auf.",  # not the file all three share
    }


@pytest.mark.parametrize(
    ("sentence", "timex", "expected"),
    [
        (
            "Putin traf am Donnerstag, den 23. November, in Minsk ein.",
            "Donnerstag, den 23. November",
            "Putin traf in Minsk ein",
        ),
        (
            "Minsk hat seit dem 1. Januar den Vorsitz inne.",
            "1. Januar",
            "Minsk hat den Vorsitz inne",
        ),
        (
            "Am Montag stimmte der Rat für die Schließung.",
            "Montag",
            "… stimmte der Rat für die Schließung",
        ),
        (
            "The council voted on Monday to close the school.",
            "Monday",
            "The council voted to close the school",
        ),
        (
            "The fire broke out shortly after midnight.",
            "Tuesday",
            "The fire broke out shortly after midnight",
        ),
        ("", "Montag", ""),
    ],
)
def test_event_label_uses_the_words_of_the_sentence(sentence, timex, expected):
    assert pl.plots.event_label(sentence, timex) == expected


def _lead_word_examples():
    from presslens.resources import resource_path

    for language in ("de", "en"):
        for line in resource_path(language, "date_lead_words.txt").read_text().splitlines():
            if line.startswith("# Example: "):
                sentence, rest = line[len("# Example: ") :].split(" | ")
                timex, label = rest.split(" -> ")
                yield pytest.param(sentence, timex, label, id=f"{language}: {label}")


@pytest.mark.parametrize(("sentence", "timex", "expected"), list(_lead_word_examples()))
def test_date_lead_word_examples(sentence, timex, expected):
    assert pl.plots.event_label(sentence, timex) == expected


def _speakers(kinds):
    return pd.DataFrame(
        [
            {"article_id": "a", "speaker": name, "direct": d, "partial": 0, "indirect": i,
             "free_indirect": 0, "reported": 0, "quotes": d + i, "words": 10, "share": 0.5}
            for name, d, i in kinds
        ]
    )  # fmt: skip


def test_speakers_legend_lists_only_kinds_with_bars_and_people():
    speakers = _speakers([("Anna Berg", 2, 0), ("Polizei", 1, 0), ("dpa", 0, 1), (None, 1, 1)])
    quotes = pd.DataFrame(
        {
            "speaker": ["Anna Berg", "Polizei", "dpa", None],
            "speaker_type": ["person", "organisation", "medium", None],
        }
    )
    fig = pl.plots.speakers_figure(speakers, quotes=quotes, names={"a": "Brand in Riverton"})
    assert [t.name for t in fig.data] == ["direct"]  # no indirect bar is left: no legend entry
    assert set(fig.data[0].y) == {"Anna Berg · Brand in Riverton", "Polizei · Brand in Riverton"}
    assert "3 quotes without a speaker" in fig.layout.title.text  # dpa (a medium) and none


def test_timeline_shows_only_rows_with_a_point_in_view_and_no_crowded_legend():
    n = 12
    timeline = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "date_start": pd.to_datetime(["2023-11-23"] * (n - 1) + ["1999-01-01"]),
            "date_end": pd.to_datetime(["2023-11-23"] * (n - 1) + ["1999-12-31"]),
            "value": ["2023-11-23"] * (n - 1) + ["1999"],
            "timex": ["Donnerstag"] * (n - 1) + ["1999"],
            "sentence": ["Am Donnerstag begann der Streik."] * (n - 1)
            + ["Seit 1999 gilt das Gesetz."],
            "event_id": [0] * (n - 1) + [1],
            "conflict": False,
        }
    )
    focus = (pd.Timestamp("2023-11-01"), pd.Timestamp("2023-11-30"))
    fig = pl.plots.timeline_figure(timeline, focus=focus)
    rows = {y for t in fig.data for y in t.y if y}
    assert rows == {"… begann der Streik"}  # the 1999 event has no point in view
    assert not any(t.showlegend for t in fig.data)  # 12 articles: no legend of ids
    assert "1 of 2 events" not in fig.layout.title.text
    few = pl.plots.timeline_figure(timeline.head(2), names={"a0": "Streik", "a1": "Bahn"})
    assert {t.name for t in few.data if t.showlegend} == {"Streik", "Bahn"}


def test_titles_are_left_aligned_and_wrapped_below_the_toolbar():
    fig = pl.plots.speakers_figure(_speakers([("Anna Berg", 1, 1)]), max_articles=0)
    assert fig.layout.title.x == 0 and fig.layout.title.xanchor == "left"
    assert all(len(line) <= 60 for line in fig.layout.title.text.split("<br>"))
    assert fig.layout.margin.t >= 34 + 22 * len(fig.layout.title.text.split("<br>"))
