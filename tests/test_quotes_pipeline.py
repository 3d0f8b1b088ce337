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


def test_span_index_answers_as_a_scan():
    from presslens.quotations.candidates import SpanIndex

    spans = [(0, 10), (3, 5), (12, 30), (12, 14), (20, 40), (41, 41), (45, 50)]
    index = SpanIndex(spans)
    for a in range(0, 52):
        for b in range(a, 53):
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert index.covers(a, b) == any(s <= a and b <= e for s, e in spans)
            assert sorted(index.containing(a, b)) == [
                k for k, (s, e) in enumerate(spans) if s <= a and b <= e
            ]
            assert sorted(index.overlapping(a, b)) == sorted(
                sp for sp in spans if sp[0] < b and a < sp[1]
            )
            assert index.starting_in(a, b) == sorted(sp for sp in spans if a < sp[0] < b)


@pytest.mark.parametrize(
    ("text", "max_chars", "pieces"),
    [
        ("kurz und gut", 2000, ["kurz und gut"]),
        ("eins zwei drei vier fünf sechs", 12, ["eins zwei", "drei vier", "fünf sechs"]),
        ("abcdefghijklmnop", 6, ["abcdef", "ghijkl", "mnop"]),  # no space: a hard cut
    ],
)
def test_overlong_sentences_are_read_in_pieces(text, max_chars, pieces):
    from presslens.quotations.view import bounded

    spans = bounded(text, [(0, len(text))], max_chars)
    assert [text[a:b] for a, b in spans] == pieces


def test_a_page_without_full_stops_still_gives_its_quotes():
    unit = "die Ministerin sagte „wir helfen sofort und ohne Vorbehalt“ und ging weiter "
    found = extract_quotes(unit * 200)  # one "sentence" of 15,000 characters
    assert len(found) == 200
    assert all(q.text == "„wir helfen sofort und ohne Vorbehalt“" for q in found)
