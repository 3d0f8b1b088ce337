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
    assert speaker in (q.speaker or q.speaker_mention)  # a description: the mention


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


# issue 14: English as a peer of German (sentences written for the project)
FRAMES = [
    # (text, quotes as (kind, quote text, speaker mention, via))
    (
        "A bus driver who saw the crash said the lights had been red for minutes.",
        [("indirect", "the lights had been red for minutes", "A bus driver", "")],
    ),
    (
        "Maria Costa, who runs the bakery on the square, said she heard two loud bangs.",
        [("indirect", "she heard two loud bangs", "Maria Costa", "")],
    ),
    (
        "Peter Lund, 58, who has fished the lake for decades, said the water was too warm.",
        [("indirect", "the water was too warm", "Peter Lund", "")],
    ),
    (
        '"We will rebuild the pier," said Tom Berg, the harbour master of the town.',
        [("direct", '"We will rebuild the pier,"', "Tom Berg", "")],
    ),
    (
        '"Nobody was hurt," Nora Quist, the company\'s safety officer, said on Monday.',
        [("direct", '"Nobody was hurt,"', "Nora Quist", "")],
    ),
    (
        "The ferry will not sail on Sunday, the operator said in a statement.",
        [("indirect", "The ferry will not sail on Sunday", "the operator", "statement")],
    ),
    (
        "The council had warned tenants about the damp, the mayor told reporters on Friday.",
        [("indirect", "The council had warned tenants about the damp", "the mayor", "")],
    ),
    (
        "Ellis wrote on Twitter that the museum would reopen in June.",
        [("indirect", "that the museum would reopen in June", "Ellis", "Twitter")],
    ),
    (
        "The union said in a statement that its members would strike on Monday.",
        [("indirect", "that its members would strike on Monday", "The union", "statement")],
    ),
    (
        "According to the coast guard, two sailors were rescued from the water.",
        [("indirect", "two sailors were rescued from the water", "the coast guard", "")],
    ),
    (
        "The vote will be held in May, the electoral office has announced.",
        [("indirect", "The vote will be held in May", "the electoral office", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_english_frames_appositions_and_relative_clauses(text, expected):
    found = extract_quotes(text, language="en")
    assert [(q.kind, q.text, q.speaker_mention, q.via) for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was a bus driver who saw the crash.",  # a relative clause, no speech
        "Residents met Maria Costa, who runs the bakery on the square.",  # an apposition
        'The so-called "green corridor" opened on Tuesday.',  # scare quotes, no cue
        'Critics call the plan a "land grab" and a "fiasco".',
        "The plan, which the council approved in May, said little about parking.",
        "The opening was delayed, although some tenants are reported to be unhappy.",
    ],
)
def test_english_clauses_that_report_no_speech(text):
    assert [q.text for q in extract_quotes(text, language="en") if q.kind != "partial"] == []
