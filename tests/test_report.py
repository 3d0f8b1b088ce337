"""The report renders end to end into one self-contained, escaped HTML file."""

import re
from pathlib import Path

import pytest

from presslens.cli import main
from presslens.report import fingerprint

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"

pytestmark = pytest.mark.slow


def test_report_is_self_contained(example_report):
    html = example_report
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html)
    assert html.count("plotly.js v") >= 1  # the library itself is embedded
    assert "Plotly.newPlot" in html


def test_report_shows_the_articles(example_report):
    html = example_report
    assert "000_fd60826620309148" in html and "002_b9c0357d67b62562" in html
    assert "Putin appelliert an militärischen Verbündeten" in html
    assert "Jasper Bergmann" in html
    assert "Input SHA-256" in html and fingerprint(EXAMPLE) in html
    assert str(ROOT) not in html  # a shared report does not reveal the author's folders
    assert (
        "import presslens as pl" not in html and "pl.read_articles(" not in html
    )  # code is hidden


def test_report_escapes_article_text_and_titles(hostile_report_path):
    html = hostile_report_path.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<img src=x onerror" not in html and "<b id=injected>" not in html
    assert "&lt;script&gt;alert" in html
    assert "sieben Staaten" in html and "Wladimir Putin" in html  # the hostile article is shown


def test_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope"), "--output", str(tmp_path / "x.html")]) == 1
    assert "nope" in capsys.readouterr().err


def test_report_shows_what_the_articles_disagree_on(example_report):
    html = example_report
    # contradictions with their reasons, above the fold and in the comparison section
    assert "different places: Moskau vs Minsk" in html
    assert "states 7 members but lists 6" in html
    assert "different numbers of members: 7 vs 6" in html
    # who is quoted and how
    assert "only reported speech" in html
    # the labels each article gives Lukaschenko
    assert re.search(
        r"Alexander Lukaschenko</b>: Diktator \(000_\w+\); Präsident \(002_\w+\)", html
    )
    # the timeline of the summit week
    assert "Donnerstag, den 23. November" in html and "2023-11-23" in html
    # the second article's date is inferred and marked so
    assert "2023-11-23 (inferred)" in html


def test_every_link_in_the_report_has_a_target(example_report):
    html = example_report
    targets = set(re.findall(r'\bid="([^"]+)"', html))
    links = re.findall(r'href="#([^"]+)"', html)
    claim_links = [link for link in links if link.startswith("claim-")]
    assert len(claim_links) >= 10  # every claim and both sides of every contradiction
    assert not [link for link in links if link not in targets]
