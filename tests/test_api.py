"""The public API: every listed name resolves, and every extractor honours the contract
(any DataFrame with article_id and text is valid input; the input is never modified; the
output keeps offsets into the article text)."""

import pandas as pd
import pytest

import presslens as pl

ARTICLES = pd.DataFrame(
    {
        "article_id": ["de-1", "en-1"],
        "text": [
            "Der russische Präsident Wladimir Putin traf am Donnerstag, den 23. November, in Minsk ein. "
            '"Wir bedauern dies", sagte Kremlsprecher Dmitri Peskow. Die OVKS besteht aus sechs Staaten.',
            'Russian President Vladimir Putin arrived in Minsk on Thursday. "We regret this," '
            "Kremlin spokesman Dmitry Peskov said. The CSTO has seven members.",
        ],
    },
    index=[10, 20],  # a non-default index must not matter
)

# extractors with one row per item and offsets into `text`
ROW_EXTRACTORS = [
    "paragraphs",
    "sentences",
    "tokens",
    "quotes",
    "timexes",
    "entities",
    "labels",
    "claims",
]
# corpus-level functions that take articles
CORPUS_FUNCTIONS = ["timeline", "readability", "frequencies", "keyness", "align", "contradictions"]


def test_every_public_name_resolves():
    for name in pl.__all__:
        assert getattr(pl, name) is not None, name
    for name in pl.plots.__all__:
        assert callable(getattr(pl.plots, name)), name


def test_importing_a_subpackage_never_hides_a_function():
    import importlib
    import pkgutil
    import types

    # every module of the package, as a user's `import presslens.x.y` would load it
    for info in pkgutil.walk_packages(pl.__path__, "presslens."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        if not info.name.startswith("presslens.dask") or importlib.util.find_spec("dask"):
            importlib.import_module(info.name)
    for name in pl.__all__:
        assert not isinstance(getattr(pl, name), types.ModuleType) or name == "plots", name
    for name in ("quotes", "entities", "labels", "timexes", "stories", "updates"):
        assert isinstance(getattr(pl, name), types.FunctionType), name
    if importlib.util.find_spec("dask"):  # the same for presslens.dask's names
        import presslens.dask as pld

        for name in pld.__all__:
            assert not isinstance(getattr(pld, name), types.ModuleType), name


def test_unknown_names_raise_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'quotez'"):
        pl.quotez  # noqa: B018


@pytest.mark.parametrize("name", ROW_EXTRACTORS + CORPUS_FUNCTIONS)
def test_input_is_not_modified(name):
    before = ARTICLES.copy(deep=True)
    result = getattr(pl, name)(ARTICLES)
    pd.testing.assert_frame_equal(ARTICLES, before)
    assert isinstance(result, pd.DataFrame)


@pytest.mark.parametrize("name", ROW_EXTRACTORS)
def test_offsets_point_into_the_article_text(name):
    result = getattr(pl, name)(ARTICLES)
    assert not result.empty, f"{name} found nothing in the test articles"
    texts = dict(zip(ARTICLES["article_id"], ARTICLES["text"]))
    for row in result.itertuples(index=False):
        text = texts[row.article_id]
        assert 0 <= row.start < row.end <= len(text)
        if hasattr(row, "text") and name not in ("labels", "claims"):
            assert text[row.start : row.end] == row.text


@pytest.mark.parametrize("name", ROW_EXTRACTORS)
def test_empty_corpus_keeps_the_columns(name):
    empty = ARTICLES.iloc[0:0]
    full, none = getattr(pl, name)(ARTICLES), getattr(pl, name)(empty)
    assert none.empty and list(none.columns) == list(full.columns)
