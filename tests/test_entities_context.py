"""The corpus step of entities/labels as a reduction: a corpus cut into parts, each part's
context merged in corpus order, gives the rows of one call on the whole corpus.

The articles are written for the project; each holds a case that only the whole corpus
decides: a genitive read from another article ("Duvenbecks"), a bare surname found through
another article ("Hallström"), a bare surname resolved by corpus counts with a tie broken by
first position ("Kowalczyk": Petra and Tomasz once each), a bare-only name in two spellings of
equal count ("Terzic"/"Terzič").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from presslens.ner import (
    PersonContext,
    SurnameContext,
    entities,
    labels,
    merge_person_context,
    merge_surname_context,
    person_context,
    surname_context,
)

ARTICLES = pd.DataFrame(
    [
        ("a1", "Bürgermeisterin Duvenbecks Plan für den Hafen stieß auf Kritik."),
        (
            "a2",
            "Die Bürgermeisterin Karin Duvenbeck sagte am Montag, der Hafen bleibe offen. "
            "Das sei falsch, sagte Hallström.",
        ),
        (
            "a3",
            "Petra Kowalczyk leitet den Betriebsrat. Duvenbecks Sprecher sagte, man rede "
            "weiter, sagte Terzic.",
        ),
        ("a4", "Kowalczyk blieb bei ihrer Forderung. Der Hafenbetreiber schwieg, sagte Terzič."),
        (
            "a5",
            "Tomasz Kowalczyk, ein Hafenarbeiter, sagte, er streike weiter. Kowalczyk sagte "
            "auch, Hallström habe recht.",
        ),
    ],
    columns=["article_id", "text"],
).assign(language="de")

GNAD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus" / "gnad-test.jsonl"


def _parts(articles: pd.DataFrame, sizes: list[int]) -> list[pd.DataFrame]:
    bounds = [sum(sizes[:i]) for i in range(len(sizes) + 1)]
    assert bounds[-1] == len(articles)
    return [articles.iloc[a:b] for a, b in zip(bounds, bounds[1:])]


def _by_parts(articles: pd.DataFrame, sizes: list[int], func) -> pd.DataFrame:
    parts = _parts(articles, sizes)
    surnames = merge_surname_context([surname_context(p) for p in parts])
    context = merge_person_context([person_context(p, surnames=surnames) for p in parts])
    found = [func(p, context=context) for p in parts]
    # an empty result has object columns (as the pandas path on such a part)
    return pd.concat([f for f in found if not f.empty] or found[:1], ignore_index=True)


def _pairs(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(zip(frame["article_id"], frame["text"], frame["entity"]))


# --- what the whole corpus decides -----------------------------------------------------------

WHOLE = [
    ("a1", "Duvenbecks", "Karin Duvenbeck"),  # genitive of a name another article gives
    ("a3", "Duvenbecks", "Karin Duvenbeck"),
    ("a4", "Kowalczyk", "Petra Kowalczyk"),  # no full name here: corpus tie, first seen wins
    ("a4", "Terzič", "Terzic"),  # bare-only name, spellings tied: first seen wins
    ("a5", "Kowalczyk", "Tomasz Kowalczyk"),  # the full name earlier in the same article
    ("a5", "Hallström", "Hallström"),  # found through a2's "sagte Hallström."
]


@pytest.mark.parametrize("row", WHOLE)
def test_whole_corpus_names(row):
    assert row in _pairs(entities(ARTICLES))


# a part alone decides otherwise (the reduction is needed, the test can fail)
ALONE = [
    (["a1"], ("a1", "Duvenbecks", "Duvenbecks")),
    (["a4", "a5"], ("a4", "Kowalczyk", "Tomasz Kowalczyk")),
    (["a4"], ("a4", "Terzič", "Terzič")),
]


@pytest.mark.parametrize("part, row", ALONE)
def test_a_part_alone_names_otherwise(part, row):
    alone = entities(ARTICLES[ARTICLES["article_id"].isin(part)])
    assert row in _pairs(alone)
    assert row not in _pairs(entities(ARTICLES))


@pytest.mark.parametrize("part, name", [("a5", "Hallström"), ("a4", "Kowalczyk")])
def test_a_part_alone_misses_a_surname_known_from_another_part(part, name):
    assert name not in set(entities(ARTICLES[ARTICLES["article_id"] == part])["text"])
    assert (part, name) in {row[:2] for row in _pairs(_by_parts(ARTICLES, [1] * 5, entities))}


# --- parts merged in corpus order equal one call -----------------------------------------------

SPLITS = [[5], [1, 1, 1, 1, 1], [2, 2, 1], [1, 4], [4, 1], [3, 2], [2, 3]]


@pytest.mark.parametrize("sizes", SPLITS)
@pytest.mark.parametrize("func", [entities, labels], ids=["entities", "labels"])
def test_parts_with_merged_context_equal_one_call(sizes, func):
    pd.testing.assert_frame_equal(_by_parts(ARTICLES, sizes, func), func(ARTICLES))


@pytest.mark.parametrize("sizes", SPLITS)
def test_merged_contexts_equal_the_context_of_the_whole(sizes):
    parts = _parts(ARTICLES, sizes)
    surnames = merge_surname_context([surname_context(p) for p in parts])
    assert surnames == surname_context(ARTICLES)
    merged = merge_person_context([person_context(p, surnames=surnames) for p in parts])
    assert merged == person_context(ARTICLES)


ORDERS = [
    ["a5", "a4", "a3", "a2", "a1"],
    ["a4", "a5", "a1", "a2", "a3"],
    ["a2", "a4", "a1", "a5", "a3"],
]


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("sizes", [[1, 1, 1, 1, 1], [2, 3], [4, 1]])
def test_any_row_order_splits_like_one_call_in_that_order(order, sizes):
    articles = ARTICLES.set_index("article_id").loc[order].reset_index()
    for func in (entities, labels):
        pd.testing.assert_frame_equal(_by_parts(articles, sizes, func), func(articles))


def test_first_seen_breaks_ties_so_the_order_matters():
    reordered = ARTICLES.set_index("article_id").loc[["a5", "a4", "a3", "a2", "a1"]]
    found = _pairs(entities(reordered.reset_index()))
    assert ("a4", "Kowalczyk", "Tomasz Kowalczyk") in found  # Tomasz is now seen first
    assert ("a4", "Terzič", "Terzič") in found


def test_merging_is_associative_not_commutative():
    parts = _parts(ARTICLES, [2, 2, 1])
    surnames = merge_surname_context([surname_context(p) for p in parts])
    a, b, c = (person_context(p, surnames=surnames) for p in parts)
    left = merge_person_context([merge_person_context([a, b]), c])
    right = merge_person_context([a, merge_person_context([b, c])])
    assert left == right == merge_person_context([a, b, c])
    assert merge_person_context([c, b, a]) != left  # first seen differs


def test_an_empty_part_changes_nothing():
    empty = ARTICLES.iloc[:0]
    parts = [empty, ARTICLES.iloc[:2], empty, ARTICLES.iloc[2:]]
    surnames = merge_surname_context([surname_context(p) for p in parts])
    context = merge_person_context([person_context(p, surnames=surnames) for p in parts])
    assert context == person_context(ARTICLES)
    assert entities(empty, context=context).empty
    assert merge_person_context([]) == PersonContext()
    assert merge_surname_context([]) == SurnameContext()


# --- the contexts themselves --------------------------------------------------------------------


def test_surname_context_holds_names_not_texts():
    context = surname_context(ARTICLES)
    assert "Duvenbecks" in context.raw_lasts
    assert context.forms["Duvenbecks"] == "Duvenbeck"
    assert context.forms["Hallström"] == "Hallström"
    assert "Hafen" not in context.forms


def test_person_context_counts_names_in_first_seen_order():
    context = person_context(ARTICLES)
    assert [name for name, _ in context.full_names] == [
        ("Karin", "Duvenbeck"),
        ("Petra", "Kowalczyk"),
        ("Tomasz", "Kowalczyk"),
    ]
    assert dict(context.bare_names) == {
        "Duvenbeck": 2,
        "Hallström": 2,
        "Terzic": 1,
        "Kowalczyk": 2,
        "Terzič": 1,
    }


def test_parts_counted_with_other_surnames_cannot_be_merged():
    own = [person_context(p) for p in _parts(ARTICLES, [2, 3])]  # each with its own surnames
    with pytest.raises(ValueError, match="different surname contexts"):
        merge_person_context(own)


@pytest.mark.parametrize("func", [entities, labels])
def test_a_context_must_be_a_person_context(func):
    with pytest.raises(TypeError, match="PersonContext"):
        func(ARTICLES, context=surname_context(ARTICLES))
    with pytest.raises(TypeError, match="SurnameContext"):
        person_context(ARTICLES, surnames=person_context(ARTICLES))


def test_articles_outside_the_context_keep_their_own_names():
    context = person_context(ARTICLES.iloc[:2])
    other = pd.DataFrame(
        {"article_id": ["x"], "text": ["Petra Kowalczyk sagte, sie bleibe."], "language": ["de"]}
    )
    assert _pairs(entities(other, context=context)) == [("x", "Petra Kowalczyk", "Petra Kowalczyk")]


def test_a_subset_named_as_in_its_corpus():
    """A story cut from a corpus gets the names the corpus gives its people."""
    context = person_context(ARTICLES)
    found = _pairs(entities(ARTICLES.iloc[[0, 3]], context=context))
    assert ("a1", "Duvenbecks", "Karin Duvenbeck") in found
    assert ("a4", "Kowalczyk", "Petra Kowalczyk") in found


def test_input_is_not_modified():
    before = ARTICLES.copy()
    _by_parts(ARTICLES, [2, 3], labels)
    pd.testing.assert_frame_equal(ARTICLES, before)


@pytest.fixture(scope="module")
def gnad():
    if not GNAD.exists():
        pytest.skip("needs ../shared/eval (read, never copied)")
    rows = pd.read_json(GNAD, lines=True).head(200)
    articles = pd.DataFrame({"article_id": rows["doc_id"], "text": rows["text"], "language": "de"})
    return articles, {func: func(articles) for func in (entities, labels)}


@pytest.mark.parametrize("sizes", [[50, 50, 50, 50], [1, 1, 97, 101]])
def test_200_gnad_articles_in_parts_equal_one_call(gnad, sizes):
    articles, whole = gnad
    for func, expected in whole.items():
        pd.testing.assert_frame_equal(_by_parts(articles, sizes, func), expected)
