"""Labels belong to the name in their own noun phrase: tables of sentences written for the project.

Each row is a short text and the (entity, label) pairs that must be found, or must not be found.
"""

from __future__ import annotations

import pytest

from presslens.ner import extract_entities, extract_labels
from presslens.ner.gazetteer import lexicon
from presslens.ner.gender import label_gender, name_gender


def pairs(text: str, language: str = "de") -> set[tuple[str, str]]:
    return {(lb.entity, lb.label) for lb in extract_labels(text, language=language)}


# ---------------------------------------------------------------------------------------------
# a label goes to the name in its own noun phrase

OWN_PHRASE = [
    # (language, text, expected pairs, pairs that must not be found)
    (
        "de",
        "Die Präsidentin der Hilfsorganisation Wasser für alle, Cornelia Brandauer-Lenz, "
        "warnte vor Lücken. Staatschef Paul Moreau lobte die Einigung.",
        {("Cornelia Brandauer-Lenz", "Präsidentin"), ("Paul Moreau", "Staatschef")},
        {("Paul Moreau", "Präsidentin")},
    ),
    (
        "de",
        "Gewerkschaftschef Herbert Strobl griff an. Irmgard Aigner wiederum, die ehemalige "
        "Richterin, kann davon profitieren.",
        {("Irmgard Aigner", "Richterin"), ("Herbert Strobl", "Gewerkschaftschef")},
        {("Herbert Strobl", "Richterin")},
    ),
    (
        "de",
        "SPÖ-Chef Werner Baumann sagte das. In Deutschland hat die AfD-Chefin für Aufregung "
        "gesorgt.",
        {("Werner Baumann", "Chef")},
        {("Werner Baumann", "Chefin")},
    ),
    (
        "de",
        "Innenministerin Johanna Leitner sprach. Das lässt der Außenminister offen, sagt Kurz.",
        {("Johanna Leitner", "Innenministerin")},
        {("Johanna Leitner", "Außenminister")},
    ),
    (
        "de",
        "Das sagte der Sprecher der Polizei, Markus Eder, am Montag.",
        {("Markus Eder", "Sprecher")},
        set(),
    ),
    (
        "de",
        "Der Delegationsleiter im Parlament, Othmar Steiner, erklärte das. Die Kommissarin "
        "Vera Novak widersprach.",
        {("Othmar Steiner", "Delegationsleiter"), ("Vera Novak", "Kommissarin")},
        {("Vera Novak", "Delegationsleiter")},
    ),
    (
        "de",
        "Laut des Wissenschafters Arjen Hoekstra fehlt Wasser.",
        {("Arjen Hoekstra", "Wissenschafter")},
        set(),
    ),
    (
        "en",
        "Mayor Anna Schmidt opened the bridge. The company's chief executive, John Miller, "
        "was there.",
        {("Anna Schmidt", "mayor"), ("John Miller", "chief executive")},
        {("Anna Schmidt", "chief executive")},
    ),
    (
        "de",
        "Das sagte Jens Albrecht, Kreisbrandinspektor des Landkreises Gotha, am Montag.",
        {("Jens Albrecht", "Kreisbrandinspektor")},
        set(),
    ),
    (
        "en",
        "City Manager Linda Harper said so. Linda Okafor, the company's chief financial "
        "officer, declined.",
        {("Linda Harper", "city manager"), ("Linda Okafor", "financial officer")},
        {("Linda Harper", "financial officer")},
    ),
    (
        "de",
        "Das warf Maria Gruber, Obfrau von Attac, Cecilia Novak vor.",
        {("Maria Gruber", "Obfrau")},
        {("Cecilia Novak", "Obfrau")},
    ),
    (
        "en",
        "Peter Novak, the city's mayor, spoke first.",
        {("Peter Novak", "mayor")},
        set(),
    ),
    (
        "en",
        "Princess Amalia Verhoeven opened the wing. Duke Friedrich Oberstein and Duchess Clara "
        "Oberstein met the mayor. Later the duchess spoke to reporters.",
        {
            ("Amalia Verhoeven", "princess"),
            ("Friedrich Oberstein", "duke"),
            ("Clara Oberstein", "duchess"),
        },
        {("Friedrich Oberstein", "duchess"), ("Clara Oberstein", "duke")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected", "absent"), OWN_PHRASE)
def test_label_goes_to_the_name_in_its_phrase(language, text, expected, absent):
    found = pairs(text, language)
    assert expected <= found, found
    assert not (absent & found), found


# ---------------------------------------------------------------------------------------------
# negatives: a label never goes to a person outside its phrase or of the other gender

NEGATIVES = [
    # (language, text, (entity, label), how often the pair may occur: the label next to the name)
    # a feminine label next to a man's name in another clause
    (
        "de",
        "Werner Baumann kam, und die Präsidentin blieb fern.",
        ("Werner Baumann", "Präsidentin"),
        0,
    ),
    # a feminine apposition is no label of the man named before it
    ("de", "Das sagte Karl Huber, die Ministerin schwieg.", ("Karl Huber", "Ministerin"), 0),
    # two persons in one sentence: each keeps the title right before it
    (
        "de",
        "Kanzler Werner Baumann traf Präsidentin Maria Gruber in Wien.",
        ("Werner Baumann", "Präsidentin"),
        0,
    ),
    (
        "de",
        "Kanzler Werner Baumann traf Präsidentin Maria Gruber in Wien.",
        ("Maria Gruber", "Kanzler"),
        0,
    ),
    # a title before a genitive name labels the owner's office, not the owner
    (
        "de",
        "Der Sprecher des Präsidenten Paul Moreau schwieg. Moreau reiste ab.",
        ("Paul Moreau", "Sprecher"),
        0,
    ),
    # a bare title with a complement names another office
    (
        "de",
        "Bundespräsident Heinz Gruber kam. Das Gericht fragte den Präsidenten des Landtags.",
        ("Heinz Gruber", "Präsident"),
        0,
    ),
    # a plural title refers back to no one
    (
        "de",
        "Außenminister Karl Huber kam. Die Entscheidung der Minister sei schwach.",
        ("Karl Huber", "Minister"),
        0,
    ),
    (
        "de",
        "Außenminister Karl Huber kam. Das half den Außenministern.",
        ("Karl Huber", "Außenminister"),
        1,
    ),
    # different identifying modifiers: another person
    (
        "de",
        "US-Außenminister John Kerry kam. Der russische Außenminister blieb fern.",
        ("John Kerry", "Außenminister"),
        1,
    ),
    # a vice-office is another office
    (
        "de",
        "Vizekanzler Reinhold Huber sprach. Der Kanzler schwieg.",
        ("Reinhold Huber", "Kanzler"),
        0,
    ),
    # a monarch is no president
    ("de", "Präsident Paul Moreau kam. Der König empfing Gäste.", ("Paul Moreau", "König"), 0),
    # English marks gender in a few titles: a queen is no man
    ("en", "Queen Peter Brandt, a drag artist, opened the festival.", ("Peter Brandt", "queen"), 0),
    # ... while a "-man" title may name a woman
    ("en", "Chairman Mary Holloway opened the meeting.", ("Mary Holloway", "chairman"), 1),
]


@pytest.mark.parametrize(("language", "text", "pair", "count"), NEGATIVES)
def test_label_not_given(language, text, pair, count):
    found = [(lb.entity, lb.label) for lb in extract_labels(text, language=language)]
    assert found.count(pair) == count, found  # only the label next to the name, if any


# ---------------------------------------------------------------------------------------------
# a bare title refers back to a person in another sentence only through these resolutions

REFERENCES = [
    # same title
    ("de", "Der Diktator Paul Moreau kam an. Der Diktator fügte hinzu, es sei gut.", 2),
    # the head noun of an earlier compound title
    ("de", "Innenministerin Maria Gruber kam. Die Ministerin sagte nichts.", 2),
    # a synonym of the same group sharing a modifier
    ("de", "Der russische Präsident Boris Orlow kam. Der russische Staatschef grüßte.", 2),
    # a synonym without a modifier of its own
    ("de", "Premier Matteo Rossi kam. Der Regierungschef schwieg.", 2),
    ("en", "Armenian Prime Minister Nikol Arakelyan stayed away. The prime minister was angry.", 2),
]


@pytest.mark.parametrize(("language", "text", "n"), REFERENCES)
def test_reference_resolves_to_the_one_person(language, text, n):
    found = extract_labels(text, language=language)
    assert len(found) == n, found
    assert len({lb.entity for lb in found}) == 1
    assert found[-1].text.lower().startswith(("der", "die", "the"))


# ---------------------------------------------------------------------------------------------
# names come out whole

WHOLE_NAMES = [
    ("de", "UN-Generalsekretär Ban Ki-moon sprach.", "Ban Ki-moon"),
    ("de", "Kommissionschefin Ursula von der Leyen kam.", "Ursula von der Leyen"),
    ("de", "Das sagte Jean-Claude Juncker in Brüssel.", "Jean-Claude Juncker"),
    ("de", "Das meinte Berater Yussi Pick am Montag.", "Yussi Pick"),
    ("de", "Laut des Wissenschafters Arjen Hoekstra fehlt Wasser.", "Arjen Hoekstra"),
    ("de", "Außenminister Abdel-Malek al-Mikhlafi reiste ab.", "Abdel-Malek al-Mikhlafi"),
    ("de", "Ähnlich äußerte sich der britische Premierminister Cameron.", "Cameron"),
    ("de", "FPÖ-Chef Heinz-Christian Strache kam.", "Heinz-Christian Strache"),
    ("en", "Mayor Anna Schmidt said the bridge was safe.", "Anna Schmidt"),
    ("de", "Der Botschafter Sergey  Kiselev kam.", "Sergey  Kiselev"),  # doubled space
    ("de", "Der Dissident Nguyen Van Ly ist krank.", "Nguyen Van Ly"),
]


@pytest.mark.parametrize(("language", "text", "name"), WHOLE_NAMES)
def test_person_names_come_out_whole(language, text, name):
    people = [e.text for e in extract_entities(text, language=language) if e.kind == "person"]
    assert name in people, people


NOT_NAMES = [
    # a preposition particle before a common word is no name part
    ("de", "Das sagte Michael von der Polizei.", "Michael von der Polizei"),
    # a first name inside a hyphenated compound noun is no mention
    ("de", "Der Cameron-Gipfel begann.", "Cameron"),
    # a plural noun after a title is no surname
    ("de", "Weil die Minister Zugeständnisse machten, kam er.", "Zugeständnisse"),
]


@pytest.mark.parametrize(("language", "text", "wrong"), NOT_NAMES)
def test_not_person_names(language, text, wrong):
    people = [e.text for e in extract_entities(text, language=language) if e.kind == "person"]
    assert wrong not in people, people


# ---------------------------------------------------------------------------------------------
# gender


@pytest.mark.parametrize(
    ("label", "language", "gender"),
    [
        ("Präsidentin", "de", "f"),
        ("Präsident", "de", "m"),
        ("Innenministerin", "de", "f"),
        ("Außenminister", "de", "m"),
        ("Staatsanwältin", "de", "f"),
        ("Staatsanwalt", "de", "m"),
        ("Klubobfrau", "de", "f"),
        ("Abgeordnete", "de", None),  # adjectival noun: no gender by form
        ("Staatsoberhaupt", "de", None),
        ("spokeswoman", "en", "f"),
        ("president", "en", None),
        ("queen", "en", "f"),
        ("duchess", "en", "f"),
        ("duke", "en", "m"),
        ("crown prince", "en", "m"),
        ("chairman", "en", None),  # "-man" titles are used for women too
        ("spokesman", "en", None),
    ],
)
def test_label_gender(label, language, gender):
    assert label_gender(label, lexicon(language), language) == gender


@pytest.mark.parametrize(
    ("first", "gender"),
    [("Cornelia", "f"), ("Heinz-Christian", "m"), ("Andrea", None), ("Xyzzy", None), (None, None)],
)
def test_name_gender(first, gender):
    assert name_gender(first) == gender


def test_same_surname_other_gender_stays_apart():
    text = "Gerhard Moser kam. Gabriela Moser ging. Moser blieb."
    names = {e.entity for e in extract_entities(text) if e.kind == "person"}
    assert {"Gerhard Moser", "Gabriela Moser"} <= names
