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
    assert html.count("plotly.js (cartesian - minified) v") == 1  # embedded once
    assert "Plotly.newPlot" in html
    assert len(html) < 3_000_000  # the example's report stays small


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
    # the labels each article gives Lukaschenko, articles named by title or outlet
    assert (
        "Alexander Lukaschenko</b>: Diktator (Putin appelliert an militärischen Verbündeten…); "
        "Präsident (Iswestija/RoZ 2023-11-23)" in html
    )
    # contradictions are grouped by kind
    assert "<span>place: 1</span><span>membership: 2</span>" in html
    # the timeline of the summit week, events named by the words of their sentence
    assert "Donnerstag, den 23. November" in html and "2023-11-23" in html
    assert "Der russische Präsident Wladimir Putin traf zum" in html
    assert "versammelte Organisation Vertrags" not in html  # no keyword strings
    # the second article's date is inferred and marked so
    assert "2023-11-23 (inferred)" in html


def test_every_link_in_the_report_has_a_target(example_report):
    html = example_report
    targets = set(re.findall(r'\bid="([^"]+)"', html))
    links = re.findall(r'href="#([^"]+)"', html)
    claim_links = [link for link in links if link.startswith("claim-")]
    assert len(claim_links) >= 10  # every claim and both sides of every contradiction
    assert not [link for link in links if link not in targets]


def test_report_is_a_pure_function_of_its_input(example_report, tmp_path):
    from presslens.report import render_report

    again = render_report(EXAMPLE, tmp_path / "again.html").read_text(encoding="utf-8")
    assert again == example_report


def test_a_non_jinja_template_is_a_clear_error(tmp_path):
    from presslens.report import ReportError, render_report

    with pytest.raises(ReportError, match="Jinja2"):
        render_report(EXAMPLE, tmp_path / "x.html", template=tmp_path / "report.py")


def test_progress_shows_stages_and_articles_on_a_terminal_only():
    import io

    from presslens.report.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    log, terminal = io.StringIO(), Terminal()
    for stream in (log, terminal):
        shown = Progress(None, total_stages=2, stream=stream)
        shown.start("quotes")
        shown.update(512, 1028)
        shown.finish(1028)
    assert log.getvalue() == ""  # a CI log or a file gets nothing
    assert "[1/2] quotes 512/1,028 articles" in terminal.getvalue()
    assert "[1/2] quotes 1,028/1,028 articles" in terminal.getvalue()


def test_report_takes_an_articles_frame_and_a_list_of_sources(example_report, tmp_path):
    import presslens as pl
    from presslens.report import render_report

    files = sorted(str(p) for p in EXAMPLE.glob("*.txt"))
    from_frame = render_report(pl.read_articles(EXAMPLE), tmp_path / "frame.html")
    from_list = render_report(files, tmp_path / "list.html")
    for out in (from_frame, from_list):
        html = out.read_text(encoding="utf-8")
        assert "different places: Moskau vs Minsk" in html
        assert fingerprint(EXAMPLE) in html  # the same files, the same hash


@pytest.mark.parametrize(
    ("problems", "expected"),
    [
        ([], "2 articles; language: de"),
        ([("/c/bad.bin", "binary file; skipped")], "1 file skipped; 1 load problem"),
        ([("/c/a.txt", "1 NUL byte(s) replaced")], "; 1 load problem"),  # a repair, no skip
    ],
)
def test_summary_counts_skipped_files_and_load_problems(problems, expected):
    import pandas as pd

    from presslens.report.sections import summary_line

    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "source_file": ["/c/a.txt", "/c/b.txt"], "language": "de"}
    )
    line = summary_line(articles, pd.DataFrame(problems, columns=["path", "problem"]))
    assert expected in line and ("skipped" in line) == ("skipped" in expected)


@pytest.mark.parametrize("given", ["folder", "list", "frame"])
def test_report_writes_the_notebook_of_its_tables(tmp_path, given):
    """``--notebook``: the notebook reads the same corpus (absolute paths) and shows its
    tables; a folder, a list of files and a frame read from files all work."""
    import json

    import presslens as pl
    from presslens.report import render_report

    files = sorted(str(p) for p in EXAMPLE.iterdir() if p.is_file())
    corpus = {"folder": str(EXAMPLE), "list": files, "frame": pl.read_articles(EXAMPLE)}[given]
    notebook = tmp_path / "tables.ipynb"
    render_report(corpus, tmp_path / "r.html", notebook_output=notebook)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    parameters = "".join(cells[1]["source"])
    assert str(EXAMPLE.resolve()) in parameters
    errors = [o for c in cells for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors
    assert any("Moskau" in json.dumps(c.get("outputs", [])) for c in cells)


def test_a_notebook_needs_files_to_read(tmp_path):
    import pandas as pd

    from presslens.report import ReportError, render_report

    frame = pd.DataFrame({"article_id": ["a"], "text": ["Ein Satz über Minsk."]})
    with pytest.raises(ReportError, match="no source files"):
        render_report(frame, tmp_path / "r.html", notebook_output=tmp_path / "n.ipynb")
