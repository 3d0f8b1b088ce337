"""A title before a pair of capitalised words names a person; gazetteer prefixes are no names;
organisation nouns and acronyms in speaker phrases. Sentences written for the project,
negatives included."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.ner import classify_phrase, entities


def _people(text: str, language: str = "de") -> list[tuple[str, str]]:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [language]})
    found = entities(arts)
    people = found[found["kind"] == "person"]
    return list(zip(people["text"], people["entity"]))


# (language, text, person mentions as (text, entity))
NAMED = [
    # a title, then two capitalised words that close their phrase (no listed first name)
    ("de", "Der Forscher Urs Meier sagte, die Daten seien eindeutig.", [("Urs Meier",) * 2]),
    ("de", "Die Richterin Ilvy Sommer wies die Klage ab.", [("Ilvy Sommer",) * 2]),
    ("de", "Der Milizenführer Abu Karim al-Rashid sprach.", [("Abu Karim al-Rashid",) * 2]),
    ("de", "Das sagte Trainer Teodor Lang (54) nach dem Spiel.", [("Teodor Lang",) * 2]),
    # an office word names a pair too
    ("de", "Der Gutachter Urs Meier sagte, das Dach sei morsch.", [("Urs Meier",) * 2]),
    # a word that starts a multi-word gazetteer name ("Berg-Karabach") is a surname alone
    (
        "de",
        "Gestern hat der Staatssekretär Max Berg gefordert, die Steuer zu senken.",
        [("Max Berg",) * 2],
    ),
    ("de", "Der Angeklagte Sam Berg hatte erklärt, er sei unschuldig.", [("Sam Berg",) * 2]),
    # negatives: the pair is no name
    ("de", "Er sagte, dass der Minister Reformen Vorrang gibt.", []),  # inflected noun
    ("de", "Der Fotograf Anfang Juni stand am Zaun.", []),  # a time expression
    ("de", "Kanzler Faymann Dienstagabend in Wien.", [("Faymann",) * 2]),  # a weekday
    ("de", "Der Trainer Vorgabe Nur drei Punkte holte.", []),  # function word
    ("de", "Am Gipfel in Berg-Karabach sprach Präsident Kurt Lanz.", [("Kurt Lanz",) * 2]),
    ("en", "Mayor Says Budget Cuts Loom", []),  # a headline in title case
    ("de", "Das bestätigte der Forscher Urs Meier", [("Urs Meier",) * 2]),  # at the very end
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMED)
def test_title_before_a_name_pair(language, text, expected):
    assert _people(text, language) == expected


def test_a_place_is_still_a_place():
    arts = pd.DataFrame(
        {
            "article_id": ["a"],
            "text": ["Der Konflikt um Berg-Karabach dauert an."],
            "language": "de",
        }
    )
    found = entities(arts)
    assert list(zip(found["text"], found["kind"])) == [("Berg-Karabach", "place")]


def test_pair_split_when_both_are_surnames_elsewhere():
    texts = [
        "Die Ärztin Sabine Fuchs warnte vor der Grippe. Auch Werner Brandl war da.",
        "Dann habe Minister Brandl Fuchs angerufen.",
    ]
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": texts, "language": "de"})
    found = entities(arts)
    last = found[(found["article_id"] == "b") & (found["kind"] == "person")]
    assert list(zip(last["text"], last["entity"])) == [
        ("Brandl", "Werner Brandl"),
        ("Fuchs", "Sabine Fuchs"),
    ]


# (language, phrase, kind, entity): bodies that speak as one
BODIES = [
    ("de", "die Stadt", "organisation", "Stadt"),
    ("de", "der Bund", "organisation", "Bund"),
    ("de", "der Staat", "organisation", "Staat"),
    ("de", "das Parlament", "organisation", "Parlament"),
    ("de", "die Gemeinde", "organisation", "Gemeinde"),
    ("de", "Die Armeeleitung", "organisation", "Armeeleitung"),
    ("de", "der Stadtrat", "organisation", "Stadtrat"),  # the council ...
    ("de", "die Stadträtin", "person", ""),  # ... a member of it
    ("de", "der Landesrat", "person", ""),
    ("de", "Die IAEA", "organisation", "IAEA"),
    ("en", "the city", "organisation", "city"),
    ("en", "the state parliament", "organisation", "parliament"),
    ("en", "the NTSB", "organisation", "NTSB"),
    ("de", "der Staatssekretär Max Berg", "person", "Max Berg"),
    ("de", "der Forscher Urs Meier", "person", "Urs Meier"),  # the pair ends the text
]


@pytest.mark.parametrize(("language", "phrase", "kind", "entity"), BODIES)
def test_bodies_as_speakers(language, phrase, kind, entity):
    found = classify_phrase(phrase, language=language)
    assert found is not None and (found.kind, found.entity) == (kind, entity)


@pytest.mark.parametrize("phrase", ["Greenpeace", "Ende Dezember", "Handy", "der Ausweg"])
def test_no_body(phrase):
    assert classify_phrase(phrase, language="de") is None
