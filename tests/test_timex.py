"""Tests for presslens.timex: rule examples from the resources, example-corpus acceptance,
English through the same functions, corpus-level frames."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from presslens.resources import load_yaml
from presslens.timex import extract_timexes, infer_published, timeline, timexes
from presslens.timex.patterns import grammar

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples" / "ovks-2023"
ANCHOR = "2023-11-25"  # a Saturday, ISO week 47: the anchor of every rule example


def _rule_cases(kind: str):
    for lang in ("de", "en"):
        try:
            rules = load_yaml(lang, "timex_rules.yaml")
        except FileNotFoundError:
            continue
        for rule in rules:
            items = rule.get("examples" if kind == "pos" else "negatives") or []
            for i, item in enumerate(items):
                yield pytest.param(lang, rule["name"], item, id=f"{lang}-{rule['name']}-{i}")


def test_every_rule_has_examples():
    for lang in ("de", "en"):
        for rule in load_yaml(lang, "timex_rules.yaml"):
            assert rule.get("examples"), (lang, rule["name"])
            assert rule.get("negatives"), (lang, rule["name"])


@pytest.mark.parametrize("lang,name,example", list(_rule_cases("pos")))
def test_rule_example(lang, name, example):
    text, span, value = (str(x) for x in example)
    found = extract_timexes(text, language=lang, anchor=ANCHOR)
    assert (span, value) in [(t.text, t.value) for t in found], found


@pytest.mark.parametrize("lang,name,text", list(_rule_cases("neg")))
def test_rule_negative(lang, name, text):
    found = extract_timexes(text, language=lang, anchor=ANCHOR)
    assert name not in [t.rule for t in found], found


def test_grammar_compiles_for_both_languages():
    for lang in ("de", "en"):
        g = grammar(lang)
        assert len(g.rules) > 20 and all(r.regex is not None for r in g.rules)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_combined_pattern_is_first_rule_in_order(lang):
    """At every word of every rule example, the one combined pattern (and its lower-case
    twin on the lower-cased text) matches what trying the candidate rules one by one (first
    match in file order) matches."""
    import re

    g = grammar(lang)
    for rule in g.rules:
        for text in [str(e[0]) for e in rule.examples] + [str(n) for n in rule.negatives]:
            for w in re.finditer(r"\w+", text):
                rules, _, alt = g.candidates(w.group())
                one = next((m for r in rules if (m := r.regex.match(text, w.start()))), None)
                both = alt.ignorecase.match(text, w.start()) if alt else None
                low = alt.lower.match(text.lower(), w.start()) if alt else None
                assert (one and one.span()) == (both and both.span()), (text, w.group())
                assert (one and one.span()) == (low and low.span()), (text, w.group())


@pytest.mark.parametrize(
    "lang,pattern,words",
    [
        ("de", r"{rel}\s+(?P<u>Woche|Jahr(?:es)?)(?!\s+Euro)", {"Woche", "Jahr", "Jahres"}),
        (
            "de",
            r"(?<=noch\s)heute|jede[nmrs]?\s+Monat(?:e|en)",
            {"heute", "jede", "Monat", "Monate", "Monaten"},
        ),
        ("de", r"(?:{year}er|(?P<dec>[2-9]0)er)\s+Jahre?s?", {"Jahres"}),
        ("en", r"{month}\s+{day}(?:st|nd|rd|th)?", set()),
    ],
)
def test_start_words_leave_out_fragments_and_lookarounds(lang, pattern, words):
    from presslens.timex.patterns import _pattern_words

    assert _pattern_words(pattern) == words


def _read(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus():
    return pd.DataFrame(
        {
            "article_id": ["000", "002"],
            "text": [_read("000"), _read("002")],
            "published": pd.to_datetime(["2023-11-25", None]),
            "outlet": ["a", "b"],
        }
    )


@pytest.fixture(scope="module")
def corpus_tx(corpus):
    return timexes(corpus)


def test_infer_published_article_002(corpus):
    out = infer_published(corpus)
    row = out.set_index("article_id").loc["002"]
    assert row["published_inferred"]
    assert (row["published"].year, row["published"].month) == (2023, 11)
    assert row["published"] == pd.Timestamp("2023-11-23")
    first = out.set_index("article_id").loc["000"]
    assert not first["published_inferred"] and first["published"] == pd.Timestamp(ANCHOR)


@pytest.mark.parametrize(
    "text,reference,expected",
    [
        ("Am Donnerstag, 23. November, tagte der Rat. Am 19. Dezember 2022 gab es Streit.",
         None, "2023-11-23"),
        # the years mentioned choose among the years with that weekday: 2022 is nearer to 2023
        # than 2030 to 2028
        ("Am Donnerstag, 23. November, tagte der Rat. Das Ziel bis 2030 steht. 2022 war es knapp.",
         None, "2023-11-23"),
        ("Am Montag, 3. Mai, begann der Prozess. Seit 2019 läuft das Verfahren.", None,
         "2021-05-03"),
        ("Am Freitag, den 4. September, wurde gefeiert. Das Fest gibt es seit 2015.", None,
         "2015-09-04"),
        ("Der Bericht vom 4. März 2020 liegt vor.", None, "2020-03-04"),
        ("Kein Datum, nur Worte.", None, None),
        ("Kein Datum, nur Worte.", "2023-11-30", None),
        # no year anywhere and no reference date: the weekday repeats, no date
        ("Am Donnerstag, den 23. November, traf Putin in Minsk ein.", None, None),
        # with a reference date: the last such weekday date on or before it
        ("Am Donnerstag, den 23. November, traf Putin in Minsk ein.", "2026-12-01", "2023-11-23"),
        ("Putin arrived in Minsk on Thursday, November 23, for the summit.", "2026-12-01",
         "2023-11-23"),
        ("Am Dienstag, 1. Dezember, beginnt die Tagung.", "2026-12-01", "2026-12-01"),
        # years after the reference date are plans
        ("Am Montag, 3. Mai, begann der Prozess. Bis 2030 soll er enden.", "2022-01-01",
         "2021-05-03"),
    ],
)  # fmt: skip
def test_infer_date_table(text, reference, expected):
    from presslens.lang import detect_language
    from presslens.timex import infer_date

    found, evidence = infer_date(text, language=detect_language(text), reference_date=reference)
    assert (found.isoformat() if found else None) == expected
    assert bool(evidence) == (expected is not None)


@pytest.mark.parametrize(
    "article,text,value,mod",
    [
        ("002", "Donnerstag, den 23. November", "2023-11-23", None),
        ("002", "22. November", "2023-11-22", None),
        ("002", "Tag vor dem Gipfeltreffen", "2023-11-22", None),
        ("002", "1. Januar dieses Jahres", "2023-01-01", None),
        ("002", "19. Dezember 2022", "2022-12-19", None),
        ("002", "1999", "1999", None),
        ("000", "Diese Woche", "2023-W47", None),
        ("000", "Ende der Woche", "2023-W47", "END"),
        ("000", "September", "2023-09", None),
        ("000", "heute", "PRESENT_REF", None),  # inside a quotation: the speaker's today
        ("000", "damals", "PAST_REF", None),
    ],
)
def test_example_corpus_values(corpus, corpus_tx, article, text, value, mod):
    tx = corpus_tx
    rows = tx[(tx["article_id"] == article) & (tx["text"] == text)]
    assert len(rows) == 1, tx[tx["article_id"] == article][["text", "value"]]
    row = rows.iloc[0]
    assert row["value"] == value
    assert (None if pd.isna(row["mod"]) else row["mod"]) == mod
    assert (
        corpus.loc[corpus["article_id"] == article, "text"].iloc[0][row["start"] : row["end"]]
        == text
    )


def test_inferred_anchor_is_recorded(corpus_tx):
    tx = corpus_tx
    anchors = tx.loc[(tx["article_id"] == "002") & tx["anchor"].notna(), "anchor"]
    assert anchors.str.startswith(("inferred:", "mention:")).all() and len(anchors) >= 2
    assert (
        tx.loc[tx["text"] == "Tag vor dem Gipfeltreffen", "anchor"].iloc[0] == "mention:2023-11-23"
    )


@pytest.mark.parametrize(
    "text,span,value",
    [
        (
            "Die Minister trafen sich am Donnerstag, den 23. November.",
            "Donnerstag, den 23. November",
            "2023-11-23",
        ),
        ("Er kam gestern an.", "gestern", "2023-11-24"),
        (
            "Die Wahl war am 3. 4. 2021 und zwei Tage später die Auszählung.",
            "zwei Tage später",
            "2021-04-05",
        ),
        ("Vor drei Jahren war alles anders.", "drei Jahren", "P3Y"),
        ("Nächsten Monat beginnt der Umbau.", "Nächsten Monat", "2023-12"),
        ("Das Treffen ist um 20 Uhr.", "20 Uhr", "2023-11-25T20:00"),
        ("Seit Jahren streiten sie.", "Jahren", "PXY"),
        ("in den 1990er Jahren", "den 1990er Jahren", "199"),
        ("Am 28. Dezember ist Schluss.", "28. Dezember", "2023-12-28"),
        ("im Frühjahr 2024", "Frühjahr 2024", "2024-SP"),
        ("im dritten Quartal", "dritten Quartal", "2023-Q3"),
        # a month far from the anchor, no tense cue: the year mentioned just before
        ("Der Start ist 2024 geplant. Im April steht die Schulung an.", "April", "2024-04"),
        ("Das Werk öffnete 2022. Im Mai stand alles still.", "Mai", "2022-05"),
        ("Im Mai stand alles still.", "Mai", "2023-05"),
        # present tense of announcements puts a weekday ahead
        ("Der Verein lädt am Donnerstag zum Vortrag ein.", "Donnerstag", "2023-11-30"),
        ("Der Gemeinderat tagt am Montag.", "Montag", "2023-11-27"),
        ("Der Gemeinderat hat am Montag getagt.", "Montag", "2023-11-20"),
        # seasons follow relative words and tense like months
        ("Im kommenden Winter wird gebaut.", "kommenden Winter", "2023-WI"),
        ("Im Winter war es kalt.", "Winter", "2023-WI"),
        # a year relative to the year mentioned before
        ("Gegründet 2010, im Jahr darauf umbenannt.", "Jahr darauf", "2011"),
        ("Im Folgejahr sank die Zahl.", "Folgejahr", "2024"),
        ("Am Abend des 3. Oktober wurde gefeiert.", "Abend des 3. Oktober", "2023-10-03TEV"),
        # the end of a range that would come before its start lies in the next year
        ("Vom 20. Dezember bis 6. Jänner ist zu.", "6. Jänner", "2024-01-06"),
        ("Vom 20. Dezember bis zum 6. Jänner ist zu.", "6. Jänner", "2024-01-06"),
        ("Am 20. Dezember und am 6. Jänner war zu.", "6. Jänner", "2023-01-06"),
        # clock times in opening hours and examples recur: no date
        ("Geöffnet ist montags von 9 bis 12 Uhr.", "12 Uhr", "T12:00"),
        ("Gesperrt ist beispielsweise von 10 bis 15 Uhr.", "10", "T10:00"),
        ("Der Unfall geschah um 15 Uhr.", "15 Uhr", "2023-11-25T15:00"),
    ],
)
def test_german_table(text, span, value):
    found = extract_timexes(text, anchor=ANCHOR)
    assert (span, value) in [(t.text, t.value) for t in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei hat 2000 Mitglieder.",
        "Er sagte die Wahrheit mit Mut.",
        "Der Samstagsfilm lief.",
        "August Meier sagte nichts.",
        "Guten Morgen, Herr Meier.",
        "Der 16 Jahre jüngere Bruder kam.",
        "Er kaufte 2000 Quadratmeter Land.",
        "Der Preis stieg um 2.50 Euro.",
        "Die Ex-Ministerin sprach.",
    ],
)
def test_german_no_timex(text):
    assert extract_timexes(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("The leaders met on Thursday.", "Thursday", "2023-11-23"),
        ("Talks stalled last week.", "last week", "2023-W46"),
        ("It was signed on November 23, 2023.", "November 23, 2023", "2023-11-23"),
        ("They met on 5 May 2021 and two days later signed.", "two days later", "2021-05-07"),
        ("He arrived yesterday.", "yesterday", "2023-11-24"),
    ],
)
def test_english_table(text, span, value):
    found = extract_timexes(text, language="en", anchor=ANCHOR)
    assert (span, value) in [(t.text, t.value) for t in found], found


def test_text_whose_lower_case_is_longer():
    """A capital İ lower-cases to two characters: case-insensitive patterns keep offsets."""
    text = "İSTANBUL. Am Donnerstag, 23. November, kam er."
    found = extract_timexes(text, anchor=ANCHOR)
    assert [(t.text, t.value) for t in found] == [("Donnerstag, 23. November", "2023-11-23")]
    assert text[found[0].start : found[0].end] == found[0].text


def test_without_anchor_year_stays_unknown():
    found = extract_timexes("Am 28. Dezember ist Schluss.")
    assert [t.value for t in found] == ["XXXX-12-28"]
    assert found[0].date_start is None
    assert [t.value for t in extract_timexes("Er kommt am Freitagabend um 20 Uhr.")] == [
        "XXXX-WXX-5TEV",
        "T20:00",
    ]


def test_timexes_columns_and_empty():
    empty = timexes(pd.DataFrame({"article_id": ["x"], "text": ["Kein Datum hier."]}))
    cols = ["article_id", "timex_id", "start", "end", "text", "type", "value", "mod", "anchor",
            "date_start", "date_end", "sentence_id"]  # fmt: skip
    assert list(empty.columns) == cols and empty.empty
    assert list(timexes(pd.DataFrame({"article_id": [], "text": []})).columns) == cols


def test_missing_text_gives_no_rows():
    arts = pd.DataFrame({"article_id": ["x", "y"], "text": [None, "Am 3. Mai 2021 kam er."]})
    arts["text"] = arts["text"].astype("string")
    tx = timexes(arts, language="de")  # (language detection itself needs a text)
    assert tx["article_id"].tolist() == ["y"] and tx["value"].tolist() == ["2021-05-03"]


def test_english_through_corpus_function():
    arts = pd.DataFrame({"article_id": ["e"], "text": ["Talks stalled last week in Minsk."],
                         "published": pd.to_datetime([ANCHOR]), "language": ["en"]})  # fmt: skip
    tx = timexes(arts)
    assert tx["value"].tolist() == ["2023-W46"]
    assert tx["date_start"].iloc[0] == pd.Timestamp("2023-11-13")


def test_no_mutation(corpus):
    before = corpus.copy(deep=True)
    timexes(corpus)
    infer_published(corpus)
    timeline(corpus)
    pd.testing.assert_frame_equal(corpus, before)


def test_timeline_groups_and_flags():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "outlet": ["A", "B"],
            "text": [
                "Der Gipfel der Allianz in Minsk begann am 23. November 2023.",
                "Der Gipfel der Allianz in Minsk begann am 24. November 2023.",
            ],
        }
    )
    tl = timeline(arts)
    assert len(tl) == 2 and tl["event_id"].nunique() == 1 and tl["conflict"].all()
    assert tl["date_start"].tolist() == [pd.Timestamp("2023-11-23"), pd.Timestamp("2023-11-24")]
    assert tl["outlet"].tolist() == ["A", "B"]
    assert tl["event"].iloc[0]


@pytest.mark.parametrize(
    "text, kept",
    [
        # several dates in one sentence: the narrowest one stands for the sentence
        ("Im November 2023 trafen sich die Minister am 23. November 2023 in Minsk.", "2023-11-23"),
        ("Am 23. November 2023, mitten im November 2023, tagte der Rat.", "2023-11-23"),
        ("The council met in 2023 and voted on 4 May 2023 in Leeds.", "2023-05-04"),
        ("The council met in May 2023 in Leeds.", "2023-05"),
    ],
)
def test_timeline_keeps_the_narrowest_date_given_or_not(text, kept):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text]})
    computed = timeline(arts)
    given = timeline(arts, timexes=timexes(arts))
    pd.testing.assert_frame_equal(computed, given)
    assert computed["value"].tolist() == [kept]


def test_timeline_different_events_not_grouped():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [
                "Der Gipfel der Allianz in Minsk begann am 23. November 2023.",
                "Die Ernte der Bauern im Tal endete am 2. Oktober 2023.",
            ],
        }
    )
    tl = timeline(arts)
    assert tl["event_id"].nunique() == 2 and not tl["conflict"].any()


def test_dates_are_plain_dates():
    t = extract_timexes("am 23. November 2023")[0]
    assert t.date_start == t.date_end == date(2023, 11, 23)


def test_timeline_figure_has_one_trace_group_per_article():
    from presslens.plots.timeline import timeline_figure

    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [
                "Der Gipfel in Minsk begann am 23. November 2023. Diese Woche war viel los.",
                "Der Gipfel in Minsk begann am 24. November 2023.",
            ],
            "published": pd.to_datetime(["2023-11-25", "2023-11-25"]),
        }
    )
    fig = timeline_figure(timeline(arts))
    names = {t.name for t in fig.data if t.showlegend is not False}
    assert names == {"a", "b"}
    assert any(
        "Minsk" in str(c) for t in fig.data if t.customdata is not None for c in t.customdata
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # a deadline is no day of writing
        ("Die Anmeldung läuft bis 15. Juni 2017. Am 3. März 2017 stellte der Verein das "
         "Programm vor.", "2017-03-03"),
        ("Applications are open until June 15, 2017. The club presented it on March 3, 2017.",
         "2017-03-03"),
        # only a deadline: it is all the text has
        ("Die Anmeldung läuft bis 15. Juni 2017.", "2017-06-15"),
    ],
)  # fmt: skip
def test_infer_date_leaves_out_deadlines(text, expected):
    from presslens.lang import detect_language
    from presslens.timex import infer_date

    found, _ = infer_date(text, language=detect_language(text))
    assert found.isoformat() == expected
