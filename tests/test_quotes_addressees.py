"""Tests for the ``addressee`` of quotations: to whom it was said (sentences written for the project)."""

from __future__ import annotations

import pytest

from presslens.lang import detect_language
from presslens.quotations import extract_quotes

ADDRESSEES = [
    # (text, addressee of the first quote; "" for none)
    (
        "Der Minister sagte gegenüber der „Nordsee-Zeitung“, die Lage sei ernst.",
        "der „Nordsee-Zeitung“",
    ),
    ("Gegenüber dem Sender sagte die Ministerin: „Wir bleiben.“", "dem Sender"),
    ("„Wir bleiben“, sagte die Ministerin gegenüber dem Sender.", "dem Sender"),
    (
        "Die Stadt teilte dem Sender Radio Nord mit, dass die Brücke gesperrt bleibt.",
        "dem Sender Radio Nord",
    ),
    ("„Wir bleiben“, sagte Anna Roth der Agentur Nordpress.", "der Agentur Nordpress"),
    ("Der Sprecher erklärte den Journalisten, die Straße bleibe gesperrt.", "den Journalisten"),
    (
        "In einem Interview mit dem Nordkurier sagte die Ministerin, sie trete nicht zurück.",
        "dem Nordkurier",
    ),
    ("An die Beschäftigten gewandt sagte der Chef, man müsse sparen.", "die Beschäftigten"),
    ("Die Gewerkschaft warf der Regierung vor, die Löhne zu drücken.", "der Regierung"),
    ("Der Bürgermeister forderte die Bürger auf, Wasser zu sparen.", "die Bürger"),
    ("Die Ärztin sagte ihm, er solle liegen bleiben.", "ihm"),
    ('"We will stay," the mayor told reporters on Monday.', "reporters"),
    ("The mayor told the BBC that the bridge would reopen.", "the BBC"),
    (
        "„Wir bleiben“, sagte Anna Roths Sprecher Paul Kern zum staatlichen Rundfunk.",
        "staatlichen Rundfunk",
    ),
    ("„Wir bleiben“, sagte er AFP.", "AFP"),
    ("„Wir bleiben“, sagte sie der APA.", "der APA"),  # the period ends the sentence
    # negatives
    ("Der Minister sagte zur Lage, dass sie ernst sei.", ""),  # a topic, not a medium
    ("„Wir bleiben“, sagte er zum Abschied.", ""),
    ("Der Minister erklärte den Plan, er werde morgen beginnen.", ""),  # an accusative object
    ("„Wir bleiben“, sagte der Sprecher der Stadtwerke.", ""),  # a genitive, not a dative
    ("Die Gewerkschaft forderte den Rücktritt des Vorstands.", ""),  # a demand, no one addressed
    ("Ihre Haltung gegenüber der Partei sei klar, sagte die Ministerin.", ""),  # no speech there
    ("Die Preise seien gegenüber dem Vorjahr gestiegen, sagte der Händler.", ""),
]


@pytest.mark.parametrize(("text", "addressee"), ADDRESSEES)
def test_addressee(text, addressee):
    found = extract_quotes(text, language=detect_language(text))
    assert found, text
    q = found[0]
    assert q.addressee == addressee
    if addressee:
        assert text[q.addressee_start : q.addressee_end] == addressee
    else:
        assert (q.addressee_start, q.addressee_end) == (-1, -1)


def test_addressee_columns_in_the_table():
    import pandas as pd

    import presslens as pl

    df = pl.quotes(
        pd.DataFrame(
            {"article_id": ["a"], "text": ["Der Sprecher sagte dem Sender, die Straße bleibe zu."]}
        )
    )
    row = df.iloc[0]
    assert row["addressee"] == "dem Sender"
    assert df["text"].iloc[0] == "die Straße bleibe zu"
    assert str(df["addressee_start"].dtype) == "int64"
