"""The report of a Dask corpus: corpus-wide tables by reduction, one story in full."""

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import presslens as pl

dask = pytest.importorskip("dask")
report = pytest.importorskip("presslens.dask.report")

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "stories" / "articles.jsonl"


@pytest.mark.parametrize(
    "sizes, story, expected",
    [
        ({"a": 2, "b": 3, "c": 1}, None, "b"),
        ({"b": 2, "a": 2}, None, "a"),  # ties: the smallest id
        ({"a": 2, "b": 3}, "a", "a"),
    ],
)
def test_the_story_shown_is_the_chosen_or_the_largest(sizes, story, expected):
    stories = pd.DataFrame(
        [(f"{s}{i}", s) for s, n in sizes.items() for i in range(n)],
        columns=["article_id", "story_id"],
    )
    assert report.choose_story(stories, story) == expected


def test_an_unknown_story_is_named():
    stories = pd.DataFrame({"article_id": ["x"], "story_id": ["x"]})
    with pytest.raises(ValueError, match="no story 'y'"):
        report.choose_story(stories, "y")


def test_render_report_takes_a_dask_corpus(tmp_path):
    rows = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    for i in range(0, len(rows), 3):
        with open(tmp_path / f"part-{i}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[i : i + 3])
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    import presslens.dask as pld

    with dask.config.set(scheduler="synchronous"):
        articles = pld.read_articles(tmp_path)
        out = pl.render_report(articles, tmp_path / "out" / "report.html")
    html = out.read_text(encoding="utf-8")
    assert 'id="corpus"' in html and "The largest stories" in html
    assert "7 articles in 5 stories (2 reported by two or more articles)" in html
    assert re.search(r"quotes, [1-9]\d* load problems", html)  # bad.jsonl
    # the largest stories have two articles each; the smallest id is shown in full
    assert "story brand-a" in html and "Plagwitz" in html
    assert "Elm Street" not in html.split('id="corpus"')[1].split("The largest stories")[0]
