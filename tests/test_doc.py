"""The document layer: one Doc per article, built once per corpus, read by every extractor."""

import copy
import pickle

import pandas as pd
import pytest

import presslens as pl
from presslens.doc import Corpus, Doc, corpus, docs

GERMAN = (
    "Streik im Hafen\n\n"
    "Die Gewerkschaft rief am Montag zum Streik auf. Laut Prof. Dr. h.c. Meier ist das "
    "falsch.\n\n"
    "„Wir bleiben hart“, sagte die Sprecherin."
)
ENGLISH = "Fire in the harbour. Mr. Smith said the U.S. team arrived at 3 p.m. on Monday."


def _frame(**texts) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            GERMAN,
            "de",
            [
                "Streik im Hafen",
                "Die Gewerkschaft rief am Montag zum Streik auf.",
                "Laut Prof. Dr. h.c. Meier ist das falsch.",
                "„Wir bleiben hart“, sagte die Sprecherin.",
            ],
        ),
        (
            ENGLISH,
            "en",
            ["Fire in the harbour.", "Mr. Smith said the U.S. team arrived at 3 p.m. on Monday."],
        ),
        # an unlisted abbreviation of one- or two-letter parts does not end a sentence
        (
            "Es unterschrieb i.V. Meier. Gut.",
            "de",
            ["Es unterschrieb i.V. Meier.", "Gut."],
        ),
        ("She met J.R. Doe. He left.", "en", ["She met J.R. Doe.", "He left."]),
        # negatives: a word with a full stop still ends its sentence
        (
            "Das Wahlergebnis stand fest. Dann kam ab.",
            "de",
            ["Das Wahlergebnis stand fest.", "Dann kam ab."],
        ),
        (
            "Die Polizei kam um 10 Uhr an. Es brannte.",
            "de",
            ["Die Polizei kam um 10 Uhr an.", "Es brannte."],
        ),
    ],
)
def test_sentences_of_a_doc(text, language, expected):
    doc = Doc(text, language)
    assert [s.text for s in doc.sentences] == expected
    assert [s.index for s in doc.sentences] == list(range(len(expected)))


def test_tokens_offsets_lowers_and_lemmas():
    doc = Doc("Die Präsidenten sagten: „Wir kommen.“", "de")
    assert doc.token_texts == ["Die", "Präsidenten", "sagten", ":", "„", "Wir", "kommen", ".", "“"]
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
        assert tok.lower == tok.text.lower()
    assert doc.lowers[:3] == ["die", "präsidenten", "sagten"]
    assert doc.lemmas[1] == "Präsident"
    assert doc.lemmas[3] == ":"  # signs keep their form
    assert [t.is_word for t in doc.tokens][:4] == [True, True, True, False]


def test_sentence_views_hold_their_tokens_and_paragraph():
    doc = Doc(GERMAN, "de")
    heading, first, second, quote = doc.sentences
    assert (heading.kind, heading.paragraph) == ("heading", 0)
    assert (first.kind, first.paragraph, second.paragraph, quote.paragraph) == ("sentence", 1, 1, 2)
    assert [t.text for t in first.tokens][:3] == ["Die", "Gewerkschaft", "rief"]
    assert first.lowers[-1] == "."
    assert all(t.sentence == 1 for t in first.tokens)
    assert doc.sentence_at(first.start + 3) == first
    assert doc.sentence_at(first.end) is None  # the space between two sentences
    assert doc.sentence_index(first.end) == 1
    assert doc.sentence_index(0) == 0
    assert [doc.token_texts[i] for i in doc.token_range(quote.start, quote.start + 4)] == [
        "„",
        "Wir",
    ]


def test_empty_and_missing_text():
    frame = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["", None, float("nan")]})
    for doc in docs(frame, language="de"):
        assert doc.text == "" and doc.sentences == [] and doc.tokens == []


def test_docs_are_built_once_per_corpus():
    articles = _frame(de=GERMAN, en=ENGLISH)
    first = docs(articles)
    assert [d.language for d in first] == ["de", "en"]  # detected
    again = docs(articles)
    assert all(a is b for a, b in zip(first, again))
    # a frame taken from the corpus shares its cache
    subset = articles[articles["article_id"] == "en"]
    assert docs(subset)[0] is first[1]
    assert corpus(subset) is corpus(articles)
    # another language is another Doc; a changed text is a new Doc, never a stale one
    assert docs(articles, language="de")[1] is not first[1]
    changed = articles.assign(text=[GERMAN + " Neu.", ENGLISH])
    assert docs(changed)[0] is not first[0] and docs(changed)[0].text.endswith("Neu.")


def test_the_cache_is_kept_with_the_frame_not_in_its_data():
    articles = _frame(de=GERMAN)
    before = articles.copy(deep=True)
    pl.sentences(articles)
    pd.testing.assert_frame_equal(articles, before)
    cache = corpus(articles)
    assert isinstance(cache, Corpus) and len(cache) == 1
    assert copy.deepcopy(cache) is cache  # pandas deep-copies attrs: the cache is shared
    restored = pickle.loads(pickle.dumps(articles))
    assert len(corpus(restored)) == 0  # pickles without its docs
    assert pl.sentences(restored).equals(pl.sentences(articles))


def test_language_column_and_unsupported_language():
    articles = _frame(a=ENGLISH).assign(language=["de"])
    assert docs(articles)[0].language == "de"  # the column wins over detection
    articles = articles.assign(language=["fr"])
    assert docs(articles)[0].language == "en"  # an unsupported code is detected instead
    with pytest.raises(pl.InputError, match="language 'fr' is not supported"):
        docs(articles, language="fr")


def test_a_lone_surrogate_is_read_as_a_replacement_character():
    """Invalid JSON "\\ud800" gives a lone surrogate, which UTF-8 (pandas' str columns, the
    HTML report) cannot hold: the Doc reads it as U+FFFD, same length, offsets unchanged."""
    text = "Er sagte: „Text \ud800 Ende.“ Gut."
    frame = pd.DataFrame({"article_id": ["a"], "text": pd.Series([text], dtype=object)})
    doc = docs(frame, language="de")[0]
    assert doc.text == text.replace("\ud800", "\ufffd") and len(doc.text) == len(text)
    assert pl.sentences(frame)["text"].tolist() == ["Er sagte: „Text \ufffd Ende.“", "Gut."]
    assert Doc("Ohne.", "de").text == "Ohne."
