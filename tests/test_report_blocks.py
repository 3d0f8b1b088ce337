"""The report's HTML blocks, from small tables written for the project (no kernel needed)."""

import pandas as pd
import pytest
from markupsafe import Markup

from presslens.report import evidence, findings, reading, sections
from presslens.report.tables import table_block

TEXT_A = "Der Gipfel fand in Moskau statt. Die OVKS hat sieben Mitglieder."
TEXT_B = "Der Gipfel fand in Minsk <b>statt</b>. Die OVKS hat sechs Mitglieder."
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "title": ["Erster <i>Titel</i>", None, "Dritter"],
        "published": pd.to_datetime(["2023-11-25", None, "2023-11-20"]),
        "text": [TEXT_A, TEXT_B, "Nichts zu sehen."],
    }
)
CLAIMS = pd.DataFrame(
    {
        "article_id": ["a", "b"],
        "subject": ["CSTO summit", "CSTO summit"],
        "attribute": ["place", "place"],
        "value": ["Moskau", "Minsk"],
        "qualifier": ["", ""],
        "text": ["Gipfel fand in Moskau", "Gipfel fand in Minsk"],
        "start": [4, 4],
        "end": [25, 24],
    }
)
CONTRADICTIONS = pd.DataFrame(
    {
        "subject": ["CSTO summit"],
        "attribute": ["place"],
        "value_a": ["Moskau"],
        "value_b": ["Minsk"],
        "article_id_a": ["a"],
        "article_id_b": ["b"],
        "evidence_a": [TEXT_A[:32]],
        "evidence_b": [TEXT_B[:38]],
        "start_a": [0],
        "end_a": [32],
        "start_b": [0],
        "end_b": [38],
        "reason": ["different places: Moskau vs Minsk"],
    }
)


@pytest.mark.parametrize(
    ("article_id", "start", "end", "expected"),
    [
        ("000_fd60", 10, 20, "claim-000_fd60-10-20"),
        ("a b/c.txt", 0, 5, "claim-a_b_c_txt-0-5"),
        ('x"><script>', 1, 2, "claim-x___script_-1-2"),
    ],
)
def test_claim_anchor_is_a_safe_id(article_id, start, end, expected):
    assert reading.claim_anchor(article_id, start, end) == expected


@pytest.mark.parametrize(
    ("n", "with_contradictions", "expected"),
    [
        (3, False, ["a", "b", "c"]),
        (1, False, ["a"]),
        (2, True, ["a", "b"]),  # contradicted articles come first
    ],
)
def test_reading_order(n, with_contradictions, expected):
    shuffled = ARTICLES.iloc[[2, 0, 1]] if with_contradictions else ARTICLES
    found = reading.reading_order(shuffled, CONTRADICTIONS if with_contradictions else None, n)
    assert found == expected


def test_reading_view_escapes_and_marks_contradicted_claims():
    html = reading.reading_view(ARTICLES, claims=CLAIMS, contradictions=CONTRADICTIONS)
    assert "<b>statt</b>" not in html and "&lt;b&gt;statt&lt;/b&gt;" in html
    assert "<i>Titel</i>" not in html
    assert f'id="{reading.claim_anchor("a", 4, 25)}"' in html
    assert html.count('class="m-contradiction" title=') == 2  # the legend has none


def test_contradiction_cards_link_only_to_shown_articles():
    html = evidence.contradictions_block(
        CONTRADICTIONS, ARTICLES, CLAIMS, shown={"a"}, names={"a": "Erster Titel", "b": "taz"}
    )
    assert '<div title="a">Erster Titel</div>' in html  # the display name, the id on hover
    assert "<mark>Gipfel fand in Moskau</mark>" in html
    assert f'href="#{reading.claim_anchor("a", 4, 25)}"' in html
    assert "claim-b-" not in html  # b is not in the reading view: no dead link
    assert "&lt;b&gt;statt&lt;/b&gt;" in html


def test_no_contradictions_says_so():
    html = evidence.contradictions_block(CONTRADICTIONS.iloc[0:0], ARTICLES, CLAIMS)
    assert "No contradictions found" in html


def test_claims_frame_escapes_and_links():
    frame = evidence.claims_frame(CLAIMS.assign(text=["<b>x</b>", "y"]), shown={"a"})
    assert (
        frame.loc[0, "passage"]
        == f'<a href="#{reading.claim_anchor("a", 4, 25)}">&lt;b&gt;x&lt;/b&gt;</a>'
    )
    assert frame.loc[1, "passage"] == "y"
    html = table_block(frame, caption="Claims")
    assert f'<a href="#{reading.claim_anchor("a", 4, 25)}">' in html  # the link survives
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html


LABELS = pd.DataFrame(
    {
        "entity": ["Alexander Lukaschenko", "Alexander Lukaschenko", "Nikol Paschinjan"],
        "article_id": ["a", "b", "a"],
        "labels": ["Diktator", "Präsident", "Premierminister"],
        "n": [2, 1, 1],
        "passages": ["...", "...", "..."],
    }
)


def test_findings_name_different_labels_and_contradictions():
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "speaker": ["Dmitri Peskow", "Wladimir Putin"],
            "direct": [2, 0],
            "partial": [0, 0],
            "indirect": [0, 2],
            "free_indirect": [0, 0],
            "reported": [0, 1],
            "quotes": [2, 3],
        }
    )
    timeline = pd.DataFrame(
        columns=["date_start", "date_end", "timex", "event", "article_id", "conflict"]
    )
    html = findings.findings_block(
        contradictions=CONTRADICTIONS, speakers=speakers, label_table=LABELS, timeline=timeline
    )
    assert "Contradictions (1)" in html and "Moskau vs Minsk" in html
    assert "<span>place: 1</span>" in html
    assert "<b>Alexander Lukaschenko</b>: Diktator (a); Präsident (b)" in html
    assert "Paschinjan" not in html  # one article only: nothing to compare
    assert "<b>a</b>: only direct quotes" in html and "<b>b</b>: only reported speech" in html


def test_label_matrix_has_one_column_per_article():
    html = findings.label_matrix(LABELS, names={"a": "Erster Titel", "b": "taz"})
    assert "Diktator (2)" in html and "Präsident (1)" in html and "—" in html
    assert ">Erster Titel</th>" in html and ">taz</th>" in html


def test_overview_marks_inferred_dates():
    inferred = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published": pd.to_datetime(["2023-11-25", "2023-11-23", "2023-11-20"]),
            "published_inferred": [False, True, False],
        }
    )
    html = sections.overview_table(ARTICLES, inferred)
    assert "2023-11-25<" in html and "2023-11-23 (inferred)" in html
    assert "<i>Titel</i>" not in html and "Erster &lt;i&gt;Titel&lt;/i&gt;" in html


TIMELINE = pd.DataFrame(
    {
        "date_start": pd.to_datetime(["1999-01-01", "2023-11-22", "2023-11-23", "2023-11-23"]),
        "date_end": pd.to_datetime(["1999-12-31", "2023-11-22", "2023-11-23", "2023-11-23"]),
        "timex": ["1999", "22. November", "Donnerstag", "23. November"],
        "sentence": [
            "Bis 1999 galt das Abkommen.",
            "Am 22. November erklärte Peskow, der Gipfel finde statt.",
            "Am Donnerstag begann der Gipfel in Minsk.",
            "Der Gipfel begann am 23. November.",
        ],
        "value": ["1999", "2023-11-22", "2023-11-23", "2023-11-23"],
        "event": ["Abkommen", "Peskow erklärte", "Gipfel in Minsk", "Gipfel"],
        "article_id": ["b", "b", "a", "b"],
        "conflict": [False, False, False, False],
    }
)


@pytest.mark.parametrize(
    ("focus", "shown", "hidden"),
    [
        # around publication: the summit week, not 1999
        (
            (pd.Timestamp("2023-10-25"), pd.Timestamp("2023-12-02")),
            ["2023-11-22", "around publication"],
            ["1999-01-01: 1999"],
        ),
        # no publication window: the dates named most often (23 November twice)
        (
            None,
            ["2023-11-23: Donnerstag — … begann der Gipfel in Minsk", "named most often"],
            [],
        ),
        # a year alone, however often named, neither opens the span nor is listed
        (
            None,
            ["4 dated statements (3 to the day or month) from 2023-11-22 to 2023-11-23"],
            ["1999-01-01", ">1999:"],
        ),
    ],
)
def test_findings_timeline(focus, shown, hidden):
    empty = pd.DataFrame(columns=["article_id", "speaker", "quotes"])
    html = findings.findings_block(
        contradictions=CONTRADICTIONS.iloc[0:0],
        speakers=empty,
        label_table=LABELS.iloc[0:0],
        timeline=TIMELINE,
        focus=focus,
    )
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def test_findings_summarise_many_articles():
    speakers = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(8)],
            "speaker": ["Olaf Scholz"] * 6 + ["Polizei"] * 2,
            "direct": [1] * 8,
            "reported": [1] * 8,
            "quotes": [2] * 8,
        }
    )
    labels = pd.DataFrame(
        {
            "entity": ["Olaf Scholz"] * 5,
            "article_id": [f"a{i}" for i in range(5)],
            "labels": ["Kanzler", "Kanzler", "Bundeskanzler", "Kanzler, Chef", "Kanzler"],
            "n": [1] * 5,
        }
    )
    html = findings.findings_block(
        contradictions=CONTRADICTIONS.iloc[0:0],
        speakers=speakers,
        label_table=labels,
        timeline=TIMELINE.iloc[0:0],
    )
    assert "8 articles with quotations: 8 direct or partial, 8 reported" in html
    assert "(no speaker" not in html
    assert "<b>Olaf Scholz</b>: quoted in 6 articles (12 quotes)" in html
    assert "Kanzler (4 articles); Bundeskanzler (1 article); Chef (1 article)" in html


def test_label_matrix_summarises_many_articles():
    many = pd.DataFrame(
        {
            "entity": ["Olaf Scholz"] * 8,
            "article_id": [f"a{i}" for i in range(8)],
            "labels": ["Kanzler"] * 5 + ["Bundeskanzler, Kanzler"] * 3,
            "n": [1] * 8,
        }
    )
    html = findings.label_matrix(many)
    assert "Kanzler (8); Bundeskanzler (3)" in html and "a7" not in html


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/home/ana/corpus/sub/bad.txt", "sub/bad.txt"),  # inside the corpus: relative
        ("/elsewhere/bad.txt", "/elsewhere/bad.txt"),  # given apart from the corpus: as is
    ],
)
def test_problems_block_shows_paths_relative_to_the_corpus(path, shown):
    problems = pd.DataFrame({"path": [path], "problem": ["empty file"]})
    html = sections.problems_block(problems, root="/home/ana/corpus")
    assert f">{shown}</td>" in html and "empty file" in html


def test_no_problems_says_so():
    assert "without problems" in sections.problems_block(pd.DataFrame(columns=["path", "problem"]))


KINDS = CONTRADICTIONS.assign(kind=["place"])


def test_cards_are_grouped_by_kind_and_updates_apart():
    count = KINDS.assign(
        kind=["count"], subject=["Tote beim Brand"], attribute=["dead"], value_a=["12"],
        value_b=["8"], reason=["different numbers of dead: 12 vs 8"],
    )  # fmt: skip
    both = pd.concat([KINDS, count], ignore_index=True)
    html = evidence.contradictions_block(both, ARTICLES, CLAIMS)
    assert html.index("Counts") < html.index("Tote beim Brand") < html.index("Places")
    assert html.index("Places") < html.index("Moskau vs Minsk")
    updates = count.assign(reason=["the toll rose from 8 to 12"])
    html = evidence.contradictions_block(updates, ARTICLES, CLAIMS, update=True)
    assert "pl-update" in html and "12 → 8" in html and "Counts" not in html


@pytest.mark.parametrize(
    ("attribute", "kind"),
    [("place", "place"), ("count", "count"), ("members", "membership"), ("colour", "other")],
)
def test_kind_is_read_from_the_attribute_without_a_kind_column(attribute, kind):
    row = CONTRADICTIONS.assign(attribute=[attribute]).iloc[0]
    assert evidence.contradiction_kind(row) == kind


def test_findings_count_kindsdate_conflicts_updates_and_unattributed_quotes():
    timeline = TIMELINE.assign(event_id=[0, 1, 2, 2], conflict=[False, False, True, True])
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "speaker": ["Anna Berg", "dpa", None, "Polizei"],
            "speaker_type": ["person", "medium", None, "organisation"],
        }
    )
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "speaker": ["Anna Berg", "dpa", None, "Polizei"],
            "direct": [1, 1, 1, 0],
            "reported": [0, 0, 0, 1],
            "quotes": [1, 1, 1, 1],
        }
    )
    html = findings.findings_block(
        contradictions=KINDS,
        speakers=speakers,
        label_table=LABELS.iloc[0:0],
        timeline=timeline,
        quotes=quotes,
        updates=KINDS,
        names={"a": "Brand in Riverton", "b": "Feuer in Riverton"},
    )
    assert "<span>place: 1</span>" in html
    assert "date, on the timeline: 1" in html  # one event dated differently
    assert "Contradictions (2)" in html  # counted among the contradictions
    assert "Updates over time (not contradictions): 1" in html
    assert "<b>Brand in Riverton</b>: only direct quotes; speakers: Anna Berg</li>" in html
    assert "speakers: Polizei" in html and "dpa" not in html  # a medium is no speaker
    assert "1 of 4 quotes have no speaker" in html


def test_reading_view_never_writes_a_kind_into_markup():
    quotes = pd.DataFrame(
        {
            "article_id": ["a"],
            "kind": ['direct" onmouseover="alert(1)'],
            "text": ["Der Gipfel"],
            "start": [0],
            "end": [10],
            "speaker": ["<i>x</i>"],
        }
    )
    html = reading.reading_view(ARTICLES, quotes=quotes)
    assert 'class="m-quote-other"' in html and 'onmouseover="alert' not in html
    assert "<i>x</i>" not in html


def test_tables_escape_text_and_keep_markup():
    frame = pd.DataFrame(
        {
            "text": ["<script>alert(1)</script>", "x" * 600],
            "link": [Markup("<a href='#a'>a</a>"), ""],
        },
        dtype=object,
    )
    html = table_block(frame, caption="Caption <b>", max_chars=100)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<a href='#a'>a</a>" in html and "Caption &lt;b&gt;" in html
    assert "x" * 99 + "…" in html and "x" * 101 not in html
    assert 'class="pl-text"' in html  # long text wraps in its cell


def test_analysis_uses_stories_and_updates_when_presslens_has_them(monkeypatch):
    import presslens as pl
    from presslens.report.analysis import analyse

    seen = {}

    def stories(articles):
        return pd.DataFrame(
            {"article_id": articles["article_id"], "story_id": [0, 0, 1], "reason": "test"}
        )

    def updates(articles, *, claims=None):
        seen["story_id"] = list(articles["story_id"])
        seen["claims"] = claims is not None
        return CONTRADICTIONS.assign(kind=["count"])

    monkeypatch.setattr(pl, "stories", stories, raising=False)
    monkeypatch.setattr(pl, "updates", updates, raising=False)
    result = analyse(ARTICLES.drop(columns=["published"]))
    assert seen == {"story_id": [0, 0, 1], "claims": True}  # compared within stories
    assert len(result.updates) == 1 and list(result.stories["story_id"]) == [0, 0, 1]
    line = sections.summary_line(ARTICLES, None, result.stories)
    assert line.startswith("3 articles in 2 stories (1 told by more than one article")


def test_timelinedate_conflicts_count_only_within_a_story():
    timeline = TIMELINE.assign(event_id=[0, 1, 2, 2], conflict=[False, False, True, True])
    timeline = timeline.assign(value=["1999", "2023-11-22", "2023-11-23", "2023-11-24"])
    same = pd.DataFrame({"article_id": ["a", "b"], "story_id": [0, 0]})
    apart = pd.DataFrame({"article_id": ["a", "b"], "story_id": [0, 1]})
    assert findings.date_conflicts(timeline) == 1
    assert findings.date_conflicts(timeline, same) == 1
    assert findings.date_conflicts(timeline, apart) == 0  # two stories: no disagreement
