"""Tests for presslens.quotes: the corpus-level API and the example corpus (topic tests: test_quotes_*.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.quotations import COLUMNS, quotes, speakers

# --- example corpus acceptance -----------------------------------------------------------

CORPUS = "data/examples/ovks-2023"


@pytest.fixture(scope="module")
def corpus(request):
    from pathlib import Path

    root = Path(request.config.rootpath) / CORPUS
    files = sorted(root.glob("*.txt"))
    return pd.DataFrame(
        {
            "article_id": [f.stem[:3] for f in files],
            "text": [f.read_text(encoding="utf-8") for f in files],
        }
    )


def test_example_article_000(corpus):
    q = quotes(corpus, language="de")
    a = q[q["article_id"] == "000"]
    assert set(a["speaker"]) <= {
        "Kreml",
        "Dmitri Peskow",
        "Alexander Lukaschenko",
        "Nikol Paschinjan",
        "Valery Karbalevich",
        "The Moscow Times",  # "…, wie die englischsprachige The Moscow Times berichtete."
    }

    def row(prefix):
        r = a[a["text"].str.startswith(prefix)]
        assert len(r), prefix
        return r.iloc[0]

    assert row('"Wir bedauern dies"').speaker == "Kreml"
    r = row('"Wir bedauern dies in')
    assert (r.speaker, r.via) == ("Dmitri Peskow", "russischen Staatsfernsehen")
    r = row('"Wenn Sie Beschwerden')
    assert (r.speaker, r.via) == ("Alexander Lukaschenko", "Belta.by")
    assert row('es sei "unverantwortlich').speaker == "Alexander Lukaschenko"
    assert row('"strategischer Fehler"').kind == "partial"
    assert row('"strategischer Fehler"').speaker == "Nikol Paschinjan"
    assert row('"Armeniens Sicherheitsarchitektur').speaker == "Nikol Paschinjan"
    r = row('"Die post-sowjetischen')
    assert (r.speaker, r.via) == ("Valery Karbalevich", "AFP")
    # the quoted subheading is skipped; the scare-quoted one is not a quotation
    assert not a["text"].str.startswith('"Beschwerden').any()
    assert not (a["text"] == '"Fehler"').any()


def test_example_article_002(corpus):
    q = quotes(corpus, language="de")
    a = q[q["article_id"] == "002"]
    got = {(r.text[:25], r.speaker) for r in a.itertuples()}
    assert ("stehen zentrale Fragen de", "Kreml") in got
    assert ("dass Putin nicht beabsich", "Dmitri Peskow") in got
    assert ("dass eine Kommunikation m", "Dmitri Peskow") in got
    assert ("dass die OVKS viel Arbeit", "Wladimir Putin") in got
    assert ("dass er mit dem belarussi", "Wladimir Putin") in got


# --- frame contract ------------------------------------------------------------------------


def test_columns_offsets_and_no_mutation(corpus):
    before = corpus.copy(deep=True)
    q = quotes(corpus, language="de")
    pd.testing.assert_frame_equal(corpus, before)
    assert list(q.columns) == COLUMNS
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    for r in q.itertuples():
        assert r.start == r.spans[0][0] and r.end == r.spans[-1][1]
        if r.speaker_start >= 0:
            assert texts[r.article_id][r.speaker_start : r.speaker_end] == r.speaker_mention


def test_empty_frames():
    empty = quotes(pd.DataFrame({"article_id": ["x"], "text": ["Kein Zitat hier."]}), language="de")
    assert list(empty.columns) == COLUMNS and empty.empty
    assert speakers(empty).empty


def test_speakers_table(corpus):
    s = speakers(quotes(corpus, language="de"))
    assert {"article_id", "speaker", "direct", "indirect", "quotes", "share"} <= set(s.columns)
    shares = s.groupby("article_id")["share"].sum()
    assert ((shares - 1).abs() < 1e-9).all()
