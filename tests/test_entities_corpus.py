"""Name boundaries that the corpus decides (``names.regroup_names``): tables of small corpora
written for the project, each row the articles and the person mentions expected in the last
one (text as written -> canonical name), negatives included."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.ner import (
    entities,
    merge_person_context,
    merge_surname_context,
    person_context,
    surname_context,
)

DOCTOR = "Die Ärztin Sabine Fuchs warnte vor der Grippe."
COUNCILLOR = "Gernot Hallmayer ist Landesrat."
DEPUTY = "Die Abgeordnete Ulrike Oberleitner stimmte zu."

CASES = [
    # a word after a title, then the surname of a full name found elsewhere: a first name
    (
        [DOCTOR, "Das hat Gesundheitsminister Kjeld Fuchs Anfang Mai gesagt."],
        [("Kjeld Fuchs", "Kjeld Fuchs")],
    ),
    # negatives: alone, the article cannot know that Fuchs is a surname
    (["Das hat Gesundheitsminister Kjeld Fuchs Anfang Mai gesagt."], [("Kjeld", "Kjeld")]),
    # ... unless the two words close their phrase after the title (names.py, _name_pair)
    (
        ["Gesundheitsminister Kjeld Fuchs sagte, die Impfung sei sicher."],
        [("Kjeld Fuchs", "Kjeld Fuchs")],
    ),
    # ... the word after the title is itself a surname: two people side by side
    (
        [DOCTOR + " Auch Werner Brandl war da.", "Dann habe Minister Brandl Fuchs angerufen."],
        [("Brandl", "Werner Brandl"), ("Fuchs", "Sabine Fuchs")],
    ),
    # ... a double-barrelled surname is not the surname found elsewhere
    ([DOCTOR, "Die Aktivistin Kjeld Fuchs-Uri sprach."], [("Kjeld", "Kjeld")]),
    # three words: a full name found elsewhere, then the surname of another full name
    (
        [COUNCILLOR, DEPUTY, "Dann habe Landesrat Gernot Hallmayer Oberleitner angerufen."],
        [("Gernot Hallmayer", "Gernot Hallmayer"), ("Oberleitner", "Ulrike Oberleitner")],
    ),
    # negatives: the third word is the surname of no other full name (a double surname)
    (
        [COUNCILLOR, "Dann habe Landesrat Gernot Hallmayer Oberleitner angerufen."],
        [("Gernot Hallmayer Oberleitner", "Gernot Hallmayer Oberleitner")],
    ),
    # ... the first two words are no full name elsewhere
    (
        [DEPUTY, "Präsidentin Ana Quiroga Oberleitner trat zurück."],
        [("Ana Quiroga Oberleitner", "Ana Quiroga Oberleitner")],
    ),
]


def _frame(texts: list[str]) -> pd.DataFrame:
    ids = [f"t{i}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": ids, "text": texts, "language": "de"})


@pytest.mark.parametrize("texts, expected", CASES)
def test_names_in_the_last_article(texts, expected):
    found = entities(_frame(texts))
    last = found[(found["article_id"] == f"t{len(texts) - 1}") & (found["kind"] == "person")]
    assert list(zip(last["text"], last["entity"])) == expected


@pytest.mark.parametrize("texts, expected", CASES)
def test_article_by_article_with_the_merged_context(texts, expected):
    articles = _frame(texts)
    parts = [articles.iloc[i : i + 1] for i in range(len(articles))]
    surnames = merge_surname_context([surname_context(p) for p in parts])
    context = merge_person_context([person_context(p, surnames=surnames) for p in parts])
    last = entities(parts[-1], context=context)
    assert list(zip(last["text"], last["entity"])) == expected
