"""The ``cue`` of quotations as a reader names it (sentences written for the project)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes

CUES = [
    # (text, language, cue, the text at cue_start:cue_end)
    ("Der Minister sagte, die Lage sei ernst.", "de", "sagte", "sagte"),
    ("Der Minister fügte hinzu, die Lage sei ernst.", "de", "fügte hinzu", "fügte"),
    ("Die Stadt teilte mit, dass die Brücke gesperrt bleibt.", "de", "teilte mit", "teilte"),
    (
        "Nach Angaben der Polizei wurden drei Menschen verletzt.",
        "de",
        "Nach Angaben",
        "Nach Angaben",
    ),
    ("Laut der Feuerwehr brannte das Lager ab.", "de", "Laut", "Laut"),
    # "gab an" and "gab zu" are both listed: the particle closing the clause wins, whatever
    # the set order of the process (a "zu" of the infinitive comes later)
    (
        "Der Konzern gab an, die Preise im Herbst nicht erhöhen zu wollen.",
        "de",
        "gab an",
        "gab",
    ),
    ("Der Fahrer gab zu, zu schnell gefahren zu sein.", "de", "gab zu", "gab"),
    (
        "Die Ärztin gab zu bedenken, dass die Zahlen gestiegen seien.",
        "de",
        "gab zu bedenken",
        "gab",
    ),
    (
        "According to the ministry, the summit will take place in Minsk.",
        "en",
        "According to",
        "According to",
    ),
]


@pytest.mark.parametrize(("text", "language", "cue", "at"), CUES)
def test_cue_words(text, language, cue, at):
    (q,) = extract_quotes(text, language=language)
    assert q.cue == cue
    assert text[q.cue_start : q.cue_end] == at
