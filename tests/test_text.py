"""Paragraphs, sentences and tokens: tables of text -> expected segments."""

import pandas as pd
import pytest

from presslens.text import paragraphs, sentences, split_paragraphs, split_sentences, tokens


def _texts(spans, text):
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German abbreviations and ordinal dates do not end sentences
        ("Er kam am 23. November an. Das war gut.", ["Er kam am 23. November an.", "Das war gut."]),
        ("Das gilt z.B. für Äpfel. Dann nicht.", ["Das gilt z.B. für Äpfel.", "Dann nicht."]),
        ("Seit dem 1. Januar gilt es. Gut so.", ["Seit dem 1. Januar gilt es.", "Gut so."]),
        ("Am 5. Sept. kam er. Dann ging er.", ["Am 5. Sept. kam er.", "Dann ging er."]),
        ("Es kam Jan. 2020. Danach nichts.", ["Es kam Jan. 2020.", "Danach nichts."]),
        ("Haus Nr. 5 brannte. Niemand starb.", ["Haus Nr. 5 brannte.", "Niemand starb."]),
        ("Dr. Müller sagte nichts. Er ging.", ["Dr. Müller sagte nichts.", "Er ging."]),
        # unlisted abbreviations of one- or two-letter parts ("h.c.", "D.A.S.", "n.V.")
        (
            "Laut Prof. Dr. h.c. Meier ist das falsch.",
            ["Laut Prof. Dr. h.c. Meier ist das falsch."],
        ),
        (
            "Auch die D.A.S. Versicherung zahlt. Gut.",
            ["Auch die D.A.S. Versicherung zahlt.", "Gut."],
        ),
        ("Linz siegte 3:2 n.V. Die Fans jubelten.", ["Linz siegte 3:2 n.V.", "Die Fans jubelten."]),
        # ordinals and Roman numerals end no sentence unless a sentence starter follows
        (
            "Das Tor fiel in der 24. Minute. Dann Pause.",
            ["Das Tor fiel in der 24. Minute.", "Dann Pause."],
        ),
        ("Papst Benedikt XVI. besuchte Rom. Gut.", ["Papst Benedikt XVI. besuchte Rom.", "Gut."]),
        ("Er wurde 3. Die Mannschaft jubelte.", ["Er wurde 3.", "Die Mannschaft jubelte."]),
        # a sentence end without the space after it
        (
            "Das Schiff wurde geborgen.Das Wrack sank.",
            ["Das Schiff wurde geborgen.", "Das Wrack sank."],
        ),
        ("Die Seite spiegel.de meldete es. Gut.", ["Die Seite spiegel.de meldete es.", "Gut."]),
        (
            "Zum 3. Mal siegte der 1. FC Köln. Jubel.",
            ["Zum 3. Mal siegte der 1. FC Köln.", "Jubel."],
        ),
        ("Es ist 99,999 Prozent sicher. Ja.", ["Es ist 99,999 Prozent sicher.", "Ja."]),
        # quotation marks stay with their sentence
        ("Er sagte: „Wir kommen.“ Dann ging er.", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
        ('"Wir bedauern dies," sagte Peskow. Gut.', ['"Wir bedauern dies," sagte Peskow.', "Gut."]),
        # negatives: a real sentence end after a number or a word is kept
        (
            "Die Zahl stieg auf 2023. Im Jahr danach fiel sie.",
            ["Die Zahl stieg auf 2023.", "Im Jahr danach fiel sie."],
        ),
        ("Er ging. Sie blieb.", ["Er ging.", "Sie blieb."]),
        ("Wirklich? Ja! Gut.", ["Wirklich?", "Ja!", "Gut."]),
    ],
)
def test_german_sentences(text, expected):
    assert _texts(split_sentences(text, language="de"), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington. He arrived.",
            ["Mr. Smith went to Washington.", "He arrived."],
        ),
        ("It was Jan. 5 in the U.S. capital.", ["It was Jan. 5 in the U.S. capital."]),
        ("Prices rose, e.g. bread. Then fell.", ["Prices rose, e.g. bread.", "Then fell."]),
        ('"We regret this," said Peskov. He left.', ['"We regret this," said Peskov.', "He left."]),
        ("Gen. Smith spoke. Troops left.", ["Gen. Smith spoke.", "Troops left."]),
        ("It ended. It began.", ["It ended.", "It began."]),
        # English writes no ordinal with a full stop: a number ends the sentence
        ("He finished 3. Smith won.", ["He finished 3.", "Smith won."]),
        ("It was World War II. The war ended.", ["It was World War II.", "The war ended."]),
    ],
)
def test_english_sentences(text, expected):
    assert _texts(split_sentences(text, language="en"), text) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Beziehung bröckelt\n\nDie Lage ist ernst.", ["heading", "paragraph"]),
        ('Kreml: "Wir bedauern dies"\n\nDer Kreml äußerte sich.', ["heading", "paragraph"]),
        ("Fakten: Mitglieder\n\n  • Armenien\n\n  • Belarus", ["heading", "bullet", "bullet"]),
        ("Liste:\n- eins\n- zwei", ["heading", "bullet", "bullet"]),
        ("Punkte:\n1. Erstens kommt.\n2) Zweitens geht.", ["heading", "bullet", "bullet"]),
        # a long line without final punctuation is not a heading
        ("Text.\n" + "wort " * 20, ["paragraph", "paragraph"]),
        # a single line is a paragraph even without a full stop
        ("Nur eine Zeile ohne Punkt", ["paragraph"]),
    ],
)
def test_paragraph_kinds(text, kinds):
    assert [p.kind for p in split_paragraphs(text)] == kinds


def test_hard_wrapped_lines_join_and_headings_are_segments():
    text = "Die Regierung hat am Montag\nbeschlossen, dass es so bleibt.\nNeue Lage\nEr ging."
    paras = split_paragraphs(text)
    assert _texts(paras, text) == [
        "Die Regierung hat am Montag\nbeschlossen, dass es so bleibt.",
        "Neue Lage",
        "Er ging.",
    ]
    sents = split_sentences(text)
    assert [s.kind for s in sents] == ["sentence", "heading", "sentence"]


def test_crlf_and_offsets_point_into_text():
    text = "Erster Satz.\r\n\r\nZweiter Satz. Dritter."
    spans = split_sentences(text)
    assert _texts(spans, text) == ["Erster Satz.", "Zweiter Satz.", "Dritter."]


ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b"],
        "text": [
            "Titelzeile\n\nDer Präsident kam am 23. November an. Er sagte nichts.",
            'The president said: "Yes." He left.',
        ],
        "published": pd.to_datetime(["2023-11-25", None]),
    }
)


def test_sentences_table():
    s = sentences(ARTICLES)
    assert list(s.columns) == [
        "article_id",
        "sentence_id",
        "paragraph_id",
        "start",
        "end",
        "kind",
        "text",
    ]
    assert s.groupby("article_id").size().to_dict() == {"a": 3, "b": 2}
    for row in s.itertuples():
        text = ARTICLES.set_index("article_id").loc[row.article_id, "text"]
        assert text[row.start : row.end] == row.text
    assert s.loc[s.article_id == "a", "kind"].tolist() == ["heading", "sentence", "sentence"]


def test_tokens_table():
    t = tokens(ARTICLES)
    a = t[t.article_id == "a"]
    assert a["text"].tolist()[:6] == ["Titelzeile", "Der", "Präsident", "kam", "am", "23"]
    assert t.loc[t.text == "23", "is_word"].tolist() == [False]
    assert (t.groupby("article_id")["token_id"].apply(lambda s: s.is_monotonic_increasing)).all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("acht S-300-Luftabwehrraketen", ["acht", "S-300-Luftabwehrraketen"]),
        ("zu 99,999 Prozent", ["zu", "99,999", "Prozent"]),
        ("am 25.11.2023!", ["am", "25.11.2023", "!"]),
        ("It's Peskov's", ["It's", "Peskov's"]),
    ],
)
def test_token_forms(text, expected):
    t = tokens(pd.DataFrame({"article_id": ["x"], "text": [text]}), language="de")
    assert t["text"].tolist() == expected


def test_empty_and_missing_columns():
    empty = sentences(pd.DataFrame({"article_id": ["x"], "text": [""]}))
    assert empty.empty and "sentence_id" in empty.columns
    with pytest.raises(ValueError, match="article_id and text"):
        sentences(pd.DataFrame({"text": ["a"]}))


def test_inputs_are_not_modified():
    before = ARTICLES.copy(deep=True)
    paragraphs(ARTICLES), sentences(ARTICLES), tokens(ARTICLES)
    pd.testing.assert_frame_equal(ARTICLES, before)


PUNKT_TEXTS = [
    "Er kam am 23. November an. Das war gut.",
    "Laut Prof. Dr. h.c. Meier ist das falsch. Die U.S. Army kam (am 5. Mai.) Dann nichts.",
    'Sie sagte: "Wir kommen." Dann ging sie... Wirklich?! Ja.',
    "J. Bach spielte. 3. Die Liste: a. b. c. Ende.",
    "„Nein.“ ‚Ja.‘ »Vielleicht.« (Klar.) [So.] Ende -- oder nicht. Weiter.",
    "He left at 3 p.m. Police said the U.S. team won. It ended. It began.",
    "Zahlen: 1.000. 2,5. -3. 4.- Euro. Ende.\nNeue Zeile. noch klein. Groß.",
    "Ünïcödé. ÄÖÜ. ßtraße. 東京. Ende!",
]


@pytest.mark.parametrize("text", PUNKT_TEXTS)
@pytest.mark.parametrize("language", ["de", "en"])
def test_punkt_decides_as_nltk_does(text, language):
    """presslens.punkt repeats nltk's Punkt with the same parameters, span for span."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from presslens.punkt import span_tokenize
    from presslens.segment import punkt_parameters

    ours = punkt_parameters(language)
    params = PunktParameters()
    params.abbrev_types = ours.abbrev_types
    params.collocations = set(ours.collocations)
    params.sent_starters = set(ours.sent_starters)
    expected = list(PunktSentenceTokenizer(params).span_tokenize(text))
    assert list(span_tokenize(text, ours)) == expected
