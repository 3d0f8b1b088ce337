"""The quotation pipeline: named rules, the rule column, rule statistics, the token index."""

import pandas as pd
import pytest

import presslens as pl
from presslens.quotations import RuleStats, extract_quotes
from presslens.quotations.pipeline import CLAUSE_RULES, DIRECT_RULES
from presslens.quotations.tokens import TokenIndex, tokenize


@pytest.mark.parametrize(
    ("text", "language", "kind", "rule"),
    [
        ("„Wir bauen die Brücke neu“, sagte die Bürgermeisterin.", "de", "direct", "frame_after"),
        ("Die Bürgermeisterin sagte: „Wir bauen die Brücke neu.“", "de", "direct", "frame_before"),
        ("Der Förster warnte, der Wald sei sehr trocken.", "de", "indirect", "verb_comma"),
        ("Die Feuerwehr teilte mit, dass zwei Häuser brannten.", "de", "indirect", "that_clause"),
        ("Laut der Polizei wurde niemand verletzt.", "de", "indirect", "source_phrase"),
        ("Der Verband hat angekündigt die Halle zu öffnen.", "de", "indirect", "infinitive"),
        ("Die Gewerkschaft lehnte den neuen Dienstplan ab.", "de", "reported", "speech_act"),
        ("The mayor said that the bridge would reopen in May.", "en", "indirect", "that_clause"),
        ("The mayor said the bridge would reopen in May.", "en", "indirect", "zero_that"),
        ("According to the fire service, nobody was hurt.", "en", "indirect", "source_phrase"),
        ('"We will rebuild the bridge," the mayor said.', "en", "direct", "frame_after"),
    ],
)
def test_each_quote_names_its_rule(text, language, kind, rule):
    found = extract_quotes(text, language=language)
    assert [(q.kind, q.rule) for q in found] == [(kind, rule)]


def test_konjunktiv_continuation_has_its_rule():
    text = (
        "Die Ministerin sagte am Montag, die Lage sei ernst. Man habe alle Kräfte zusammengezogen."
    )
    found = extract_quotes(text)
    assert [q.rule for q in found] == ["verb_comma", "konjunktiv"]
    text = "Die Ministerin wirkte ratlos. Es gebe keine Spur von dem Boot."
    assert [(q.kind, q.rule) for q in extract_quotes(text)] == [("free_indirect", "konjunktiv")]


def test_no_rule_in_a_sentence_without_quotes():
    assert extract_quotes("Die Brücke wurde 1970 gebaut und ist 300 Meter lang.") == []


def test_rule_column_in_quotes_frame():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["Der Förster warnte, es sei trocken."]})
    assert pl.quotes(articles)["rule"].tolist() == ["verb_comma"]


def test_rule_names_are_unique_and_stats_count_them():
    names = [r.name for r in DIRECT_RULES + CLAUSE_RULES]
    assert len(names) == len(set(names))
    stats = RuleStats()
    extract_quotes(
        "Der Förster warnte, der Wald sei sehr trocken. Laut Polizei brannte es.", stats=stats
    )
    rows = {name: (calls, hits) for name, calls, hits, _ in stats.rows()}
    assert rows["verb_comma"][1] == 1
    assert rows["source_phrase"][1] == 1
    assert rows["that_clause"] == (2, 0)  # tried on both sentences, found nothing
    assert all(seconds >= 0 for *_, seconds in stats.rows())


TRICKY = "Dr. Meier’s „U.S.“-Plan: 3,5 Mio. (ca.) – sagte er.\nBaden-Baden's x.y. 'a' „b“ e.g."


def test_token_index_equals_tokenize_on_every_stretch():
    index = TokenIndex(TRICKY)
    for a in range(len(TRICKY) + 1):
        for b in range(a, len(TRICKY) + 1):
            assert index.tokens(a, b) == tokenize(TRICKY, a, b), (a, b)
