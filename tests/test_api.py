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


# A small corpus of our own: German and English, quotes, reported speech, dates, names, numbers
# (what the rules iterate over in sets and dicts).
SEED_CORPUS = [
    (
        "brand",
        "de",
        "Großbrand in Linz\n\nAm Montag, dem 4. März 2024, brannte eine Lagerhalle im Hafen. "
        '"Wir waren mit 120 Kräften im Einsatz", sagte Feuerwehrsprecher Jan Huber. Laut '
        "Polizei wurden drei Menschen verletzt. Die Ursache sei noch unklar, erklärte die "
        "Polizei. Bürgermeisterin Anna Berger kündigte an, die Halle werde abgerissen. Berger "
        "sprach von einem schweren Tag für die Stadt.",
    ),
    (
        "brand-2",
        "de",
        "Feuer in Linzer Hafenhalle\n\nBei einem Brand im Linzer Hafen sind am Montag vier "
        "Menschen verletzt worden, teilte die Polizei mit. Nach Angaben der Feuerwehr waren "
        "150 Kräfte im Einsatz. Huber sagte, das Feuer sei gegen 14.30 Uhr ausgebrochen. "
        "Die Gewerkschaft forderte eine Untersuchung.",
    ),
    (
        "vote",
        "en",
        "Parliament passes budget\n\nLawmakers in Vienna approved the budget on Tuesday, "
        'March 5, 2024, by 98 votes to 85. "This is a good day," Finance Minister Anna Berger '
        "said. The opposition said the plan was unfair, according to a statement. Berger told "
        "reporters that taxes would not rise.",
    ),
]

_DUMP = """
import sys, pandas as pd, presslens as pl
rows = {rows!r}
articles = pd.DataFrame(
    {{"article_id": [r[0] for r in rows], "language": [r[1] for r in rows],
      "text": [r[2] for r in rows], "published": pd.Timestamp("2024-03-05")}}
)
for name in ["sentences", "quotes", "timexes", "entities", "labels", "claims", "contradictions",
             "frequencies", "keyness", "align"]:
    sys.stdout.write(name + "\\n" + getattr(pl, name)(articles).to_csv(index=False))
"""


def test_results_do_not_depend_on_the_hash_seed():
    """Two processes with different PYTHONHASHSEED (set and dict order) give identical tables."""
    import os
    import subprocess
    import sys

    code = _DUMP.format(rows=SEED_CORPUS)
    outputs = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(run.stdout)
    assert "quotes" in outputs[0] and len(outputs[0]) > 2000
    assert outputs[0] == outputs[1]
