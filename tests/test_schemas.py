"""The table contract: every public function returns the columns and dtypes of its schema, and
every extractor rejects input it cannot analyse with one error type and a clear message."""

import pandas as pd
import pytest

import presslens as pl
from presslens.schemas import SCHEMAS, InputError, check_articles, schema

ARTICLES = pd.DataFrame(
    {
        "article_id": ["brand", "vote"],
        "text": [
            "Großbrand in Linz\n\nAm Montag, dem 4. März 2024, brannte eine Lagerhalle in Linz. "
            '"Wir waren mit 120 Kräften im Einsatz", sagte Feuerwehrsprecher Jan Huber. '
            "Laut Polizei wurden drei Menschen verletzt. Die Ursache sei noch unklar.",
            "Parliament votes on budget\n\nLawmakers in Vienna approved the budget on Tuesday, "
            'March 5, 2024, by 98 votes to 85. "This is a good day," Finance Minister Anna '
            "Berger said. The opposition said the plan was unfair.",
        ],
        "published": pd.to_datetime(["2024-03-04", "2024-03-05"]),
        "outlet": ["A", "B"],
    }
)

# public function -> how to call it on ARTICLES
CALLS = {
    "paragraphs": lambda a: pl.paragraphs(a),
    "sentences": lambda a: pl.sentences(a),
    "tokens": lambda a: pl.tokens(a),
    "quotes": lambda a: pl.quotes(a),
    "speakers": lambda a: pl.speakers(pl.quotes(a)),
    "timexes": lambda a: pl.timexes(a),
    "timeline": lambda a: pl.timeline(a),
    "infer_published": lambda a: pl.infer_published(a),
    "entities": lambda a: pl.entities(a),
    "labels": lambda a: pl.labels(a),
    "label_table": lambda a: pl.label_table(pl.labels(a)),
    "frequencies": lambda a: pl.frequencies(a),
    "ngrams": lambda a: pl.ngrams(a),
    "collocations": lambda a: pl.collocations(a, by="outlet"),
    "keyness": lambda a: pl.keyness(a, by="outlet"),
    "keyness_log_odds": lambda a: pl.keyness(a, by="outlet", method="log_odds"),
    "kwic": lambda a: pl.kwic(a, "Linz"),
    "readability": lambda a: pl.readability(a),
    "align": lambda a: pl.align(a),
    "coverage": lambda a: pl.coverage(a),
    "claims": lambda a: pl.claims(a),
    "contradictions": lambda a: pl.contradictions(a),
    "updates": lambda a: pl.updates(a),
    "stories": lambda a: _function("stories")(a),
}


def _function(name: str):
    """The public function ``name`` (``pl.stories`` is hidden by the module
    ``presslens.stories`` once a test imported it)."""
    import importlib

    return getattr(importlib.import_module(pl._API[name]), name)


# functions whose result is computed from the articles frame (the input check applies)
EXTRACTORS = [
    "paragraphs", "sentences", "tokens", "quotes", "timexes", "timeline", "infer_published",
    "entities", "labels", "frequencies", "ngrams", "collocations", "keyness", "kwic",
    "readability", "align", "coverage", "claims", "contradictions", "updates", "stories",
]  # fmt: skip
# the keys taken from the input keep its dtype
AS_INPUT = {"article_id", "article_id_a", "article_id_b", "group"}


def test_every_table_has_a_schema():
    assert set(CALLS) | {"read_articles", "problems"} == set(SCHEMAS)


@pytest.mark.parametrize("name", list(CALLS))
def test_columns_and_dtypes_follow_the_schema(name):
    result = CALLS[name](ARTICLES)
    expected = schema(name)
    assert list(result.columns) == expected.columns
    for column, dtype in expected.dtypes.items():
        if dtype is not None and not result.empty:
            assert str(result[column].dtype) == dtype, (name, column)


def test_the_loader_follows_its_schema():
    from pathlib import Path

    articles = pl.read_articles(Path(__file__).parents[1] / "data" / "examples" / "ovks-2023")
    assert list(articles.columns) == schema("read_articles").columns
    for column, dtype in schema("read_articles").dtypes.items():
        assert str(articles[column].dtype) == dtype, column
    assert list(pl.problems(articles).columns) == schema("problems").columns


@pytest.mark.parametrize("name", ["quotes", "entities", "timexes", "claims"])
def test_schema_frame_and_empty(name):
    s = schema(name)
    empty = s.empty()
    assert empty.empty and list(empty.columns) == s.columns
    assert all(str(empty[c].dtype) == (d or "object") for c, d in s.dtypes.items())
    rows = [tuple(_value(d) for d in s.dtypes.values())]
    frame = s.frame(rows)
    assert len(frame) == 1 and list(frame.columns) == s.columns


def _value(dtype):
    return {"int64": 1, "Int64": 1, "float64": 1.0, "bool": True}.get(
        dtype, pd.Timestamp("2024-03-04") if dtype and dtype.startswith("datetime") else "x"
    )


@pytest.mark.parametrize("name", EXTRACTORS)
@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (ARTICLES.drop(columns="text"), "need the columns article_id and text; missing: text"),
        (ARTICLES.drop(columns="article_id"), "missing: article_id"),
        (ARTICLES["text"], "must be a pandas DataFrame"),
        ([{"article_id": "a", "text": "Text."}], "not list"),
    ],
)
def test_bad_input_raises_one_error_type(name, bad, message):
    with pytest.raises(InputError, match=message):
        CALLS[name](bad)


@pytest.mark.parametrize("name", [n for n in EXTRACTORS if n not in ("paragraphs", "stories")])
def test_an_unsupported_language_is_refused(name):
    fn = getattr(pl, "keyness" if name == "keyness" else name)
    args = ("Linz",) if name == "kwic" else ()
    with pytest.raises(InputError, match="language 'fr' is not supported"):
        fn(ARTICLES, *args, language="fr")


def test_input_error_is_a_value_and_key_error_with_a_plain_message():
    with pytest.raises(ValueError) as caught:
        check_articles(pd.DataFrame({"text": ["a"]}))
    assert isinstance(caught.value, KeyError)
    assert str(caught.value).startswith("articles need")  # not quoted as KeyError would
    assert pl.InputError is InputError


@pytest.mark.parametrize(
    ("frame", "kwargs"),
    [
        (pd.DataFrame({"article_id": [], "text": []}), {}),
        (pd.DataFrame({"article_id": [1], "text": [None]}), {"language": "de"}),
        (pd.DataFrame({"id": [1], "body": ["x"]}), {"required": ("id", "body")}),
    ],
)
def test_valid_input_passes(frame, kwargs):
    check_articles(frame, **kwargs)


@pytest.mark.parametrize("name", [n for n in CALLS if n != "stories"])  # stories: see notes
def test_article_ids_keep_their_dtype(name):
    """Keys taken from the input keep its dtype (integer ids stay integers)."""
    result = CALLS[name](ARTICLES.assign(article_id=[7, 8]))
    for column, dtype in schema(name).dtypes.items():
        if dtype is None and column.startswith("article_id") and not result.empty:
            assert str(result[column].dtype) == "int64", (name, column)
