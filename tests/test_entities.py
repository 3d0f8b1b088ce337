"""Entities and labels: tables of sentences written for the project, and the example corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import presslens as pl
from presslens.ner import (
    ENTITY_COLUMNS,
    LABEL_COLUMNS,
    entities,
    extract_entities,
    extract_labels,
    label_table,
    labels,
    name_keys,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    files = sorted(EXAMPLES.glob("*.txt"))
    return pd.DataFrame(
        {"article_id": [f.name[:3] for f in files], "text": [f.read_text("utf-8") for f in files]}
    )


@pytest.fixture(scope="module")
def corpus_entities(corpus):
    return entities(corpus)


@pytest.fixture(scope="module")
def corpus_labels(corpus):
    return labels(corpus)


# ---------------------------------------------------------------------------------------------
# mentions in single sentences

MENTIONS = [
    # (language, text, expected (text, kind, entity) triples, all present)
    (
        "de",
        "Der russische Präsident Wladimir Putin reiste nach Minsk.",
        [("Wladimir Putin", "person", "Wladimir Putin"), ("Minsk", "place", "Minsk")],
    ),
    (
        "de",
        "Das sagte Wladimir Putins Sprecher. Putin selbst schwieg.",
        [("Wladimir Putins", "person", "Wladimir Putin"), ("Putin", "person", "Wladimir Putin")],
    ),
    (
        "de",
        "Die OVKS tagte in Moskau, berichtete die Agentur AFP.",
        [("OVKS", "organisation", "OVKS"), ("Moskau", "place", "Moskau"), ("AFP", "medium", "AFP")],
    ),
    (
        "de",
        "Die Organisation des Vertrags über kollektive Sicherheit (OVKS) tagte.",
        [("Organisation des Vertrags über kollektive Sicherheit", "organisation", "OVKS")],
    ),
    (
        "de",
        "Nach Angaben des Kremls kamen die GUS-Staaten.",
        [("Kremls", "organisation", "Kreml"), ("GUS", "organisation", "GUS")],
    ),
    (
        "de",
        "Weißrussland und die Russische Föderation stehen Kiew gegenüber.",
        [
            ("Weißrussland", "place", "Belarus"),
            ("Russische Föderation", "place", "Russland"),
            ("Kiew", "place", "Kiew"),
        ],
    ),
    (
        "de",
        "Das meldete Belta.by, die Iswestija und The Moscow Times.",
        [
            ("Belta.by", "medium", "Belta.by"),
            ("Iswestija", "medium", "Iswestija"),
            ("The Moscow Times", "medium", "The Moscow Times"),
        ],
    ),
    (
        "de",
        "Armeniens Regierung sprach über Bergkarabach und Aserbaidschan.",
        [
            ("Armeniens", "place", "Armenien"),
            ("Bergkarabach", "place", "Bergkarabach"),
            ("Aserbaidschan", "place", "Aserbaidschan"),
        ],
    ),
    (
        "de",
        "Innenministerin Johanna Mikl-Leitner lobte Mikl-Leitners Team.",
        [
            ("Johanna Mikl-Leitner", "person", "Johanna Mikl-Leitner"),
            ("Mikl-Leitners", "person", "Johanna Mikl-Leitner"),
        ],
    ),
    (
        "de",
        "Gewählt wurde Alexander Van der Bellen.",
        [("Alexander Van der Bellen", "person", "Alexander Van der Bellen")],
    ),
    ("de", "Bundeskanzler Faymann widersprach.", [("Faymann", "person", "Faymann")]),
    ("de", "Das sei falsch, sagte Karbalewitsch.", [("Karbalewitsch", "person", "Karbalewitsch")]),
    (
        "en",
        "Belarusian President Alexander Lukashenko met officials in Moscow.",
        [("Alexander Lukashenko", "person", "Alexander Lukashenko"), ("Moscow", "place", "Moskau")],
    ),
    (
        "en",
        "Kremlin spokesman Dmitry Peskov said the CSTO would meet.",
        [
            ("Kremlin", "organisation", "Kreml"),
            ("Dmitry Peskov", "person", "Dmitry Peskov"),
            ("CSTO", "organisation", "OVKS"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MENTIONS)
def test_mentions(language, text, expected):
    found = {(e.text, e.kind, e.entity) for e in extract_entities(text, language=language)}
    for item in expected:
        assert item in found, f"{item} not in {found}"
    for e in extract_entities(text, language=language):
        assert text[e.start : e.end] == e.text


NOT_ENTITIES = [
    (
        "de",
        "Gleichzeitig flehten sie ihn an. Konkret geht es um Geld.",
        {"Gleichzeitig", "Konkret"},
    ),
    (
        "de",
        "Die Spannungen waren hoch. Der Diktator fügte hinzu, es sei falsch.",
        {"Die Spannungen", "Spannungen", "Diktator", "Der Diktator"},
    ),
    ("de", "Die Wahl ist frei, sagte Markus Wahl. Wahl sagte nichts.", {"Die Wahl"}),
    ("de", "Das Treffen mit John C. Calhoun fand statt.", {"John C"}),
    ("de", "Der Präsident Frankreichs kam.", {"Präsident", "Der Präsident"}),
]


@pytest.mark.parametrize(("language", "text", "absent"), NOT_ENTITIES)
def test_not_entities(language, text, absent):
    found = extract_entities(text, language=language)
    texts = {e.text for e in found}
    assert not (texts & absent), texts
    if "Markus Wahl" in text:  # the common word at the sentence start is no surname
        starts = {e.start for e in found if e.kind == "person"}
        assert 4 not in starts and text.index("Wahl sagte") not in starts


# ---------------------------------------------------------------------------------------------
# labels in single texts

LABELS = [
    # (language, text, expected (entity, label, modifiers, phrase))
    (
        "de",
        "Der belarussische Diktator Alexander Lukaschenko sprach.",
        [("Alexander Lukaschenko", "Diktator", "belarussische", "Der belarussische Diktator")],
    ),
    (
        "de",
        "Putin sprach mit dem belarussischen Präsidenten Alexander Lukaschenko.",
        [("Alexander Lukaschenko", "Präsident", "belarussische", "dem belarussischen Präsidenten")],
    ),
    (
        "de",
        "Das sagte Wladimir Putins Sprecher Dmitri Peskow.",
        [("Dmitri Peskow", "Sprecher", "Wladimir Putins", "Wladimir Putins Sprecher")],
    ),
    (
        "de",
        "Zuvor hatte der Pressesprecher des russischen Präsidenten, Dmitri Peskow, das gesagt.",
        [
            (
                "Dmitri Peskow",
                "Pressesprecher",
                "des russischen Präsidenten",
                "der Pressesprecher des russischen Präsidenten",
            )
        ],
    ),
    (
        "de",
        "Das meinte Kreml-Sprecher Peskow.",
        [("Peskow", "Sprecher", "Kreml", "Kreml-Sprecher")],
    ),
    (
        "de",
        "Laut Valery Karbalevich, einem unabhängigen politischen Analysten, ist das so.",
        [
            (
                "Valery Karbalevich",
                "Analyst",
                "unabhängige politische",
                "einem unabhängigen politischen Analysten",
            )
        ],
    ),
    (
        "de",
        "Der armenische Premierminister Nikol Paschinjan blieb fern. "
        "Das sei ein Fehler, sagte der Premierminister.",
        [
            ("Nikol Paschinjan", "Premierminister", "armenische", "Der armenische Premierminister"),
            ("Nikol Paschinjan", "Premierminister", "", "der Premierminister"),
        ],
    ),
    (
        "de",
        "Der russische Präsident Wladimir Putin kam an. Der russische Staatschef grüßte.",
        [("Wladimir Putin", "Staatschef", "russische", "Der russische Staatschef")],
    ),
    (
        "de",
        "Der serbische Präsident Tomislav Nikolić äußerte sich.",
        [("Tomislav Nikolić", "Präsident", "serbische", "Der serbische Präsident")],
    ),
    (
        "de",
        "Die Italiener müssen Innenminister Alfano dankbar sein.",
        [("Alfano", "Innenminister", "", "Innenminister")],
    ),
    (
        "en",
        "Belarusian President Alexander Lukashenko spoke.",
        [("Alexander Lukashenko", "president", "Belarusian", "Belarusian President")],
    ),
    (
        "en",
        "Kremlin spokesman Dmitry Peskov said so. Peskov, Putin's spokesman, added more.",
        [
            ("Dmitry Peskov", "spokesman", "Kremlin", "Kremlin spokesman"),
            ("Dmitry Peskov", "spokesman", "Putin's", "Putin's spokesman"),
        ],
    ),
    (
        "en",
        "Armenian Prime Minister Nikol Pashinyan stayed away. The prime minister was angry.",
        [
            ("Nikol Pashinyan", "prime minister", "Armenian", "Armenian Prime Minister"),
            ("Nikol Pashinyan", "prime minister", "", "The prime minister"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LABELS)
def test_labels(language, text, expected):
    found = {
        (lb.entity, lb.label, lb.modifiers, lb.text)
        for lb in extract_labels(text, language=language)
    }
    for item in expected:
        assert item in found, f"{item} not in {found}"


NO_LABELS = [
    # a bare title with no earlier person of that kind, a plural, a possessive: no label
    ("de", "Der Diktator fügte hinzu, es sei unverantwortlich."),
    ("de", "Der Präsident Wladimir Putin kam. Die Staats- und Regierungschefs berieten."),
    ("de", "Nikol Paschinjan blieb fern. Auch sein Verteidigungsminister erschien nicht."),
    ("de", "Alexander Lukaschenko, der ebenfalls Teil der OVKS ist, schimpfte."),
    ("de", "Johanna Mikl-Leitner sagte das. Das Außenministerium widersprach."),
]


@pytest.mark.parametrize(("language", "text"), NO_LABELS)
def test_no_spurious_labels(language, text):
    found = extract_labels(text, language=language)
    assert [lb for lb in found if lb.text.lower() not in ("der präsident",)] == []


# ---------------------------------------------------------------------------------------------
# canonical names


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Peskow", "Peskov", True),
        ("Paschinjan", "Pashinyan", True),
        ("Lukaschenko", "Lukashenko", True),
        ("Selenskyj", "Zelensky", True),
        ("Karbalewitsch", "Karbalevich", True),
        ("Lawrow", "Lavrov", True),
        ("Putin", "Peskow", False),
        ("Merkel", "Merz", False),
    ],
)
def test_name_keys(a, b, same):
    assert bool(name_keys(a) & name_keys(b)) is same


def test_transliterations_merge_across_articles():
    arts = pd.DataFrame(
        {
            "article_id": ["de1", "de2", "en1"],
            "text": [
                "Der Kremlsprecher Dmitri Peskow sagte das. Peskow blieb dabei.",
                "Peskow widersprach, sagte Alexander Lukaschenko.",
                "Kremlin spokesman Dmitry Peskov said so, and Alexander Lukashenko agreed.",
            ],
            "language": ["de", "de", "en"],
        }
    )
    ent = entities(arts)
    people = ent[ent["kind"] == "person"]
    assert people["entity"].nunique() == 2
    assert set(people["entity"]) == {"Dmitri Peskow", "Alexander Lukaschenko"}
    assert set(people["article_id"]) == {"de1", "de2", "en1"}


def test_different_first_names_stay_apart():
    text = "Bill Clinton traf Hillary Clinton. Später sagte Hillary Clinton etwas, dann Clinton."
    names = [e.entity for e in extract_entities(text) if e.kind == "person"]
    assert names == ["Bill Clinton", "Hillary Clinton", "Hillary Clinton", "Hillary Clinton"]


# ---------------------------------------------------------------------------------------------
# the example corpus (acceptance)


def test_example_entities(corpus_entities):
    ent = corpus_entities
    assert list(ent.columns) == ENTITY_COLUMNS
    by_kind = ent.groupby("kind")["entity"].agg(set)
    assert {
        "Wladimir Putin",
        "Dmitri Peskow",
        "Nikol Paschinjan",
        "Alexander Lukaschenko",
        "Valery Karbalevich",
    } <= by_kind["person"]
    assert {
        "Moskau",
        "Minsk",
        "Armenien",
        "Russland",
        "Belarus",
        "Aserbaidschan",
        "Bergkarabach",
        "Kasachstan",
        "Kirgisistan",
        "Tadschikistan",
        "Georgien",
        "Usbekistan",
        "Ukraine",
    } <= by_kind["place"]
    assert {"OVKS", "Kreml", "GUS"} <= by_kind["organisation"]
    assert {"AFP", "Belta.by", "The Moscow Times", "Iswestija"} <= by_kind["medium"]
    assert "Belta.by" in set(ent["text"])
    # no other people: common nouns and "Der Diktator" are not names
    assert by_kind["person"] == {
        "Wladimir Putin",
        "Dmitri Peskow",
        "Nikol Paschinjan",
        "Alexander Lukaschenko",
        "Valery Karbalevich",
    }
    assert not set(ent["text"]) & {
        "Gleichzeitig",
        "Konkret",
        "Die Spannungen",
        "Spannungen",
        "Diktator",
    }
    # the same person across both articles
    assert set(ent.loc[ent["entity"] == "Wladimir Putin", "article_id"]) == {"000", "002"}


def test_example_offsets(corpus, corpus_entities, corpus_labels):
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    for frame in (corpus_entities, corpus_labels):
        for aid, s, e, t in zip(frame["article_id"], frame["start"], frame["end"], frame["text"]):
            assert texts[aid][s:e] == t


def test_example_labels(corpus_labels):
    lab = corpus_labels
    assert list(lab.columns) == LABEL_COLUMNS

    def used(entity, article):
        rows = lab[(lab["entity"] == entity) & (lab["article_id"] == article)]
        return list(rows["label"])

    assert used("Alexander Lukaschenko", "000") == ["Diktator", "Diktator"]
    assert used("Alexander Lukaschenko", "002") == ["Präsident"]
    assert set(used("Wladimir Putin", "002")) == {"Präsident", "Staatschef"}
    assert used("Dmitri Peskow", "000") == ["Sprecher"]
    assert used("Dmitri Peskow", "002") == ["Pressesprecher"]
    assert set(used("Nikol Paschinjan", "000")) == {"Premierminister"}
    texts = set(lab["text"])
    assert {"Der belarussische Diktator", "Der Diktator", "Der russische Staatschef"} <= texts


def test_label_table(corpus, corpus_labels):
    table = label_table(corpus_labels, articles=corpus)
    assert list(table.columns) == ["entity", "article_id", "labels", "n", "passages"]
    row = table[(table["entity"] == "Alexander Lukaschenko") & (table["article_id"] == "000")].iloc[
        0
    ]
    assert row["labels"] == "Diktator" and row["n"] == 2
    assert "Der Diktator fügte hinzu" in row["passages"]
    # entities labelled in both articles come first
    assert set(table["entity"].iloc[:2]) <= {
        "Alexander Lukaschenko",
        "Dmitri Peskow",
        "Wladimir Putin",
    }


# ---------------------------------------------------------------------------------------------
# contract


def test_input_not_modified(corpus):
    before = corpus.copy(deep=True)
    entities(corpus)
    labels(corpus)
    pd.testing.assert_frame_equal(corpus, before)


def test_empty_and_nameless_input():
    empty = pd.DataFrame({"article_id": pd.Series(dtype=object), "text": pd.Series(dtype=object)})
    assert list(entities(empty).columns) == ENTITY_COLUMNS
    assert list(labels(empty).columns) == LABEL_COLUMNS
    plain = pd.DataFrame({"article_id": ["a"], "text": ["es regnet heute in der stadt."]})
    assert entities(plain).empty and labels(plain).empty
    assert list(label_table(labels(plain)).columns) == [
        "entity",
        "article_id",
        "labels",
        "n",
        "passages",
    ]


def test_missing_columns():
    with pytest.raises(KeyError):
        entities(pd.DataFrame({"text": ["x"]}))


def test_labels_figure(corpus_labels):
    from presslens.plots.labels import labels_figure

    fig = labels_figure(corpus_labels)
    cells = {(x, y, t) for tr in fig.data for x, y, t in zip(tr.x, tr.y, tr.text)}
    assert ("000", "Alexander Lukaschenko", "Diktator") in cells
    assert ("002", "Alexander Lukaschenko", "Präsident") in cells
    assert len(labels_figure(corpus_labels.iloc[0:0]).data) == 0


def test_public_api(corpus):
    import presslens as pl

    assert pl.labels(corpus).shape[0] > 0
    assert pl.entities(corpus).shape[0] > 0  # also after the package was imported


# ---------------------------------------------------------------------------------------------
# resources

RESOURCES = [
    "person_titles.txt",
    "head_offices.txt",
    "first_names.txt",
    "organisations.yaml",
    "media.txt",
    "places_extra.yaml",
    "label_determiners.txt",
]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", RESOURCES)
def test_resource_files(language, name):
    from presslens.resources import load_list, load_yaml, resource_path

    path = resource_path(language, name)
    assert path.read_text("utf-8").startswith("#"), f"{path} needs a # header"
    if name.endswith(".yaml"):
        for item in load_yaml(language, name) or []:
            assert set(item) <= {"name", "kind", "aliases"} and item["name"] and item["kind"]
            assert all(isinstance(a, str) and "," not in a for a in item.get("aliases") or [])
    elif name == "head_offices.txt":
        heads = {t.split("|")[0].strip() for t in load_list(language, "person_titles.txt")}
        heads = {t for t in heads if f"{t} | head" in load_list(language, "person_titles.txt")}
        for line in load_list(language, name):
            title, kind = (p.strip() for p in line.split("|"))
            assert kind in {"state", "government", "ruler", "monarch"} and title in heads, line
    elif name in ("person_titles.txt", "label_determiners.txt"):
        groups = {"head", "minister", "spokes", "party", "office", "military", "expert"}
        groups |= {"epithet", "other", "definite", "stop"}
        for line in load_list(language, name):
            assert line.count("|") == 1 and line.split("|")[1].strip() in groups, line


def test_missing_text_and_odd_index():
    arts = pd.DataFrame(
        {
            "article_id": [5, 7, 9],
            "text": ["Der russische Präsident Wladimir Putin kam.", None, "Dann sagte Peskow."],
            "language": ["de", None, "xx"],
        },
        index=[10, 3, 1],
    )
    ent = entities(arts)
    assert list(ent["article_id"]) == [5, 9]
    assert list(ent["entity"]) == ["Wladimir Putin", "Peskow"]
    assert list(labels(arts)["label"]) == ["Präsident"]


def test_sentences_frame_gives_the_same_ids(corpus, corpus_entities, corpus_labels):
    from presslens.text import sentences

    sents = sentences(corpus)
    pd.testing.assert_frame_equal(entities(corpus, sentences=sents), corpus_entities)
    pd.testing.assert_frame_equal(labels(corpus, sentences=sents), corpus_labels)


def test_analysis_is_cached_with_the_frame_not_globally():
    import presslens.ner as ner
    from presslens.doc import corpus

    assert not hasattr(ner, "_CACHE")
    a = pd.DataFrame({"article_id": ["a"], "text": ["Präsident Paul Moreau kam."]})
    b = pd.DataFrame({"article_id": ["b"], "text": ["Kanzlerin Maria Gruber kam."]})
    for _ in range(2):  # alternating corpora never see each other's analysis
        assert set(entities(a)["entity"]) == {"Paul Moreau"}
        assert set(labels(b)["entity"]) == {"Maria Gruber"}
    assert "1 tables" in repr(corpus(a))  # entities and labels of one frame share one analysis
    changed = a.assign(text=["Präsident Hans Gruber kam."])
    assert set(entities(changed)["entity"]) == {"Hans Gruber"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a name particle ("zu", "von") as the last word of the text: no name follows it
        ("Sprecher Dmitri Peskow zu", ["Dmitri Peskow"]),
        ("Das sagte Karl Theodor zu", ["Karl Theodor"]),
        ("Ministerin Anna Berger von", ["Anna Berger"]),
        # negative: the particle with a name after it stays part of the name
        ("Ministerin Ursula von der Leyen sagte das.", ["Ursula von der Leyen"]),
    ],
)
def test_a_particle_at_the_end_of_the_text(text, people):
    found = pl.entities(pd.DataFrame({"article_id": ["a"], "text": [text], "language": "de"}))
    assert found.loc[found["kind"] == "person", "text"].tolist() == people
