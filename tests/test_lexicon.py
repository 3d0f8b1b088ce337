"""The lexicon of each language: typed closed word classes whose examples are tests, and every
resource file loads."""

import re

import pytest

from presslens.resources import LANGUAGES, Lexicon, lexicon, load_yaml

_MARKED = re.compile(r"^(?:(\w+): )?(.*\[(.+?)\].*)$")


def _examples(kind: str):
    for language in LANGUAGES:
        for name, entry in load_yaml(language, "word_classes.yaml").items():
            for example in entry.get(kind, []):
                yield pytest.param(language, name, example, id=f"{language}-{name}-{example[:40]}")


@pytest.mark.parametrize(("language", "name", "example"), list(_examples("examples")))
def test_marked_word_belongs_to_its_class(language, name, example):
    part, _, word = _MARKED.match(example).groups()
    assert word.lower() in lexicon(language).word_class(name, part), example


@pytest.mark.parametrize(("language", "name", "example"), list(_examples("counter")))
def test_counter_example_does_not(language, name, example):
    _, _, word = _MARKED.match(example).groups()
    assert word.lower() not in lexicon(language).word_class(name), example


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_class_is_documented_and_has_examples(language):
    for name, entry in load_yaml(language, "word_classes.yaml").items():
        assert entry.get("about") and entry.get("examples") and entry.get("counter"), name
        forms = lexicon(language).word_class(name)
        assert forms and all(f == f.lower() and " " not in f for f in forms), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_typed_attributes_and_every_resource_loads(language):
    lex = lexicon(language)
    assert lexicon(language) is lex
    everything = lex.load_all()
    assert "word_classes.yaml" in everything and "stopwords.txt" in everything
    assert all(content is not None for content in everything.values())
    for name in lex.word_classes:
        assert isinstance(getattr(lex, name), frozenset | dict), name
    assert lex.stopwords and lex.prepositions and lex.abbreviations
    assert lex.words("prepositions") == lex.prepositions
    assert lex.has("months.yaml") and not lex.has("nonsense.txt")


@pytest.mark.parametrize(
    ("language", "attribute", "word", "present"),
    [
        ("de", "relative_pronouns", "denen", True),
        ("de", "subordinators", "obwohl", True),
        ("de", "coordinators", "weil", False),
        ("de", "function_words", "außerdem", True),
        ("en", "relative_pronouns", "whom", True),
        ("en", "subordinators", "because", True),
        ("en", "modal_verbs", "was", False),
    ],
)
def test_attribute_table(language, attribute, word, present):
    assert (word in getattr(lexicon(language), attribute)) is present


def test_parts_and_errors():
    de = lexicon("de")
    assert "worden" in de.auxiliaries["werden"] and "hat" not in de.auxiliaries["werden"]
    assert de.word_class("relative_pronouns", "nominative") == {
        "der", "die", "das", "welcher", "welche", "welches"
    }  # fmt: skip
    assert lexicon("en").articles["indefinite"] == {"a", "an"}
    with pytest.raises(KeyError, match="no class 'adverbs'"):
        de.word_class("adverbs")
    with pytest.raises(ValueError, match="no lexicon for 'fr'"):
        Lexicon("fr")
