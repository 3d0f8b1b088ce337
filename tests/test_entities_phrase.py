"""classify_phrase: who a speaker phrase names (sentences written for the project)."""

from __future__ import annotations

import pytest

from presslens.ner import classify_phrase

CASES = [
    # (language, phrase, kind, name, label)
    ("de", "des Wissenschafters Arjen Hoekstra", "person", "Arjen Hoekstra", "Wissenschafter"),
    ("de", "Putins Sprecher Dmitri Peskow", "person", "Dmitri Peskow", "Sprecher"),
    (
        "de",
        "Innenministerin Johanna Mikl-Leitner",
        "person",
        "Johanna Mikl-Leitner",
        "Innenministerin",
    ),
    ("de", "UN-Generalsekretär Ban Ki-moon", "person", "Ban Ki-moon", "Generalsekretär"),
    ("de", "Ursula von der Leyen", "person", "Ursula von der Leyen", ""),
    ("de", "der Sprecher", "person", "", "Sprecher"),  # described, not named
    ("de", "der Sprecher des Präsidenten Paul Moreau", "person", "", "Sprecher"),
    ("de", "die Staatsanwaltschaft Wien", "organisation", "Staatsanwaltschaft Wien", ""),
    ("de", "die Polizei", "organisation", "Polizei", ""),
    ("de", "einer Studie", "source", "Studie", ""),
    ("de", "AFP", "medium", "AFP", ""),
    ("de", "die Zeitung", "medium", "Zeitung", ""),
    ("en", "Mayor Anna Schmidt", "person", "Anna Schmidt", "mayor"),
    (
        "en",
        "the company's chief executive, John Miller",
        "person",
        "John Miller",
        "chief executive",
    ),
    ("en", "the regional fire service", "organisation", "regional fire service", ""),
    ("en", "a new study", "source", "new study", ""),
]


@pytest.mark.parametrize(("language", "phrase", "kind", "name", "label"), CASES)
def test_classify_phrase(language, phrase, kind, name, label):
    found = classify_phrase(phrase, language=language)
    assert found is not None
    assert (found.kind, found.name, found.label) == (kind, name, label)
    assert phrase[found.start : found.end] == found.name


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("de", "Ende Dezember"),
        ("de", "Herbst"),
        ("de", "Handy"),
        ("de", "Bekannte Beispiele"),
        ("de", "denen"),
        ("de", "er"),
        ("en", "it"),
    ],
)
def test_phrase_names_no_one(language, phrase):
    assert classify_phrase(phrase, language=language) is None
