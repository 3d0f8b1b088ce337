"""English quotations through the same functions (sentences written for the project)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes

CASES = [
    # (text, kind, quote text, speaker, addressee)
    (
        '"We regret this," Kremlin spokesman Dmitry Orlov told state television.',
        "direct",
        '"We regret this,"',
        "Dmitry Orlov",
        "state television",
    ),
    (
        "Orlov said the summit would take place in Minsk.",
        "indirect",
        "the summit would take place in Minsk",
        "Orlov",
        "",
    ),
    (
        "The mayor told reporters the bridge would reopen on Monday.",
        "indirect",
        "the bridge would reopen on Monday",
        "mayor",
        "reporters",
    ),
    (
        "The spokesman said there was no reason to worry.",
        "indirect",
        "there was no reason to worry",
        "spokesman",
        "",
    ),
    (
        "Orlov said on Monday that the summit would take place in Minsk.",
        "indirect",
        "that the summit would take place in Minsk",
        "Orlov",
        "",
    ),
    (
        "According to the ministry, the summit will take place in Minsk.",
        "indirect",
        "the summit will take place in Minsk",
        "ministry",
        "",
    ),
    (
        'The minister described the plan as "reckless and costly".',
        "partial",
        '"reckless and costly"',
        "minister",
        "",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker", "addressee"), CASES)
def test_english_quotes(text, kind, quote, speaker, addressee):
    found = [q for q in extract_quotes(text, language="en") if q.kind == kind]
    assert found, extract_quotes(text, language="en")
    q = found[0]
    assert (q.text, q.addressee) == (quote, addressee)
    assert speaker in q.speaker


def test_an_interrupted_english_quote_is_one_quote_with_two_spans():
    text = '"It is a mistake," he said, "and we will not accept it."'
    (q,) = extract_quotes(text, language="en")
    assert q.kind == "direct"
    assert [text[s:e] for s, e in q.spans] == ['"It is a mistake,"', '"and we will not accept it."']


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye to his friends at the station.",  # an object, not a clause
        "She said nothing about the plan.",
        'The film "Red Square" premiered on Friday.',  # a title
        "The minister described the weather.",  # "described" reports speech only with "as"
    ],
)
def test_english_negatives(text):
    assert extract_quotes(text, language="en") == []
