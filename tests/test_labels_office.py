"""Office words (``office_words.txt``) as labels, and English labels with noun modifiers:
tables of sentences written for the project, negatives included; the examples in the resource
headers run as tests too."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from presslens.ner import entities, labels
from presslens.resources import resource_path


def _labels(text: str, language: str) -> set[tuple[str, str, str]]:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [language]})
    return {(r.entity, r.label, r.modifiers) for r in labels(arts).itertuples()}


def _people(text: str, language: str) -> list[str]:
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [language]})
    found = entities(arts)
    return list(found.loc[found["kind"] == "person", "entity"])


# (language, text, (person, label, modifiers) expected)
LABELLED = [
    # apposition with a complement
    (
        "de",
        "Olaf Brandt, Landrat des Kreises Gotha, sagte, die Straße bleibe gesperrt.",
        ("Olaf Brandt", "Landrat", "des Kreises Gotha"),
    ),
    (
        "de",
        "Der Landrat des Kreises Gotha, Olaf Brandt, sagte, die Straße bleibe gesperrt.",
        ("Olaf Brandt", "Landrat", "des Kreises Gotha"),
    ),
    (
        "de",
        "Olaf Brandt, Dezernent für Verkehr, kündigte eine Prüfung an.",
        ("Olaf Brandt", "Dezernent", "für Verkehr"),
    ),
    # an office word right before the name, compounds by suffix
    (
        "de",
        "Der Kreisbrandmeister Olaf Brandt sagte, das Feuer sei aus.",
        ("Olaf Brandt", "Kreisbrandmeister", ""),
    ),
    (
        "de",
        "Die zuständige Bezirksvorsteherin Eva Hofer kündigte eine Prüfung an.",
        ("Eva Hofer", "Bezirksvorsteherin", "zuständige"),
    ),
    (
        "de",
        "Der Verfassungsrechtler Heinz Mayer hält das Gesetz für unzulässig.",
        ("Heinz Mayer", "Verfassungsrechtler", ""),
    ),
    # English: noun modifiers count when the phrase is closed on their left or title-cased
    (
        "en",
        "Police Superintendent Mark Doyle said the road was closed.",
        ("Mark Doyle", "superintendent", "Police"),
    ),
    (
        "en",
        "Dana Wills, the county's fire marshal, said two crews were on site.",
        ("Dana Wills", "marshal", "county's fire"),
    ),
    (
        "en",
        "Mark Doyle, a senior union official, said the strike would go on.",
        ("Mark Doyle", "official", "senior union"),
    ),
    (
        "en",
        "Operations Manager Linda Harper said the bridge was closed.",
        ("Linda Harper", "manager", "Operations"),
    ),
    ("en", "Councillor Mark Doyle voted against the plan.", ("Mark Doyle", "councillor", "")),
    # ... and not when a verb stands before them
    (
        "en",
        "Witnesses told fire marshal Dana Wills that the door was locked.",
        ("Dana Wills", "marshal", ""),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LABELLED)
def test_office_words_label_the_person(language, text, expected):
    assert expected in _labels(text, language)


# (language, text): an office word before words that are no person names no one
NAMES_NO_ONE = [
    ("de", "Der dänische Vertreter Sonderborg Vikings gewann knapp."),  # nocue: teams
    ("de", "Der Fotograf Anfang Juni stand am Zaun."),  # a time expression
    ("de", "Hoflobbyist Hochegger Nur eine Stunde später kam der Anruf."),  # one word only
    ("de", "Der Rekordmeister Westfield United gewann."),  # "Meister" is no office word
    ("en", "Agent Orange was sprayed over the forests."),
    ("en", "The shop owner Blue Harbour said nothing."),
]


@pytest.mark.parametrize(("language", "text"), NAMES_NO_ONE)
def test_office_word_names_no_team_or_thing(language, text):
    assert _people(text, language) == []
    assert _labels(text, language) == set()


def test_office_word_may_be_a_surname():
    assert _people("Die Sängerin Christina Stürmer trat auf.", "de") == ["Christina Stürmer"]
    assert _people("Die Architektin Clara Holzmeister plante den Bau.", "de") == [
        "Clara Holzmeister"
    ]


def test_bare_office_word_refers_back_only_to_its_holder():
    text = (
        "Olaf Brandt, Dezernent für Verkehr, sagte, die Straße sei gesperrt. "
        "Der Dezernent kündigte eine Prüfung an."
    )
    assert ("Olaf Brandt", "Dezernent", "") in _labels(text, "de")
    other = "Olaf Brandt sagte, die Straße sei gesperrt. Der Dezernent kündigte eine Prüfung an."
    assert _labels(other, "de") == set()


# --- the examples in the resource headers ---------------------------------------------------

_EXAMPLE = re.compile(r'^#\s+\S.*?->\s+"(?P<text>[^"]+)"\s+=>\s+(?P<out>.+)$')


def _examples():
    for language in ("de", "en"):
        for line in resource_path(language, "office_words.txt").read_text("utf-8").splitlines():
            m = _EXAMPLE.match(line)
            if m:
                yield language, m["text"], m["out"].strip()


EXAMPLES = list(_examples())


def test_resource_has_examples():
    assert sum(1 for lang, _, _ in EXAMPLES if lang == "de") >= 5
    assert sum(1 for lang, _, _ in EXAMPLES if lang == "en") >= 4


@pytest.mark.parametrize(("language", "text", "out"), EXAMPLES)
def test_resource_examples(language, text, out):
    found = {(person, label) for person, label, _ in _labels(text, language)}
    if out == "-":
        assert _people(text, language) == [] and found == set()
    else:
        person, label = (p.strip() for p in out.split("|"))
        assert (person, label) in found


@pytest.mark.parametrize("language", ["de", "en"])
def test_resource_format(language):
    groups = {"head", "minister", "spokes", "party", "office", "military", "expert"}
    groups |= {"epithet", "other"}
    for line in resource_path(language, "office_words.txt").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        assert len(parts) in (2, 3) and parts[1] in groups, line
        assert len(parts) == 2 or parts[2] == "nocue", line
