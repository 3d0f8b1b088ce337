"""Shared fixtures: the example corpus and its rendered report (rendered once per session)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "ovks-2023"


@pytest.fixture(scope="session")
def example_report_path(tmp_path_factory) -> Path:
    from presslens.cli import main

    out = tmp_path_factory.mktemp("report") / "ovks-2023.html"
    assert main(["report", str(EXAMPLE), "--output", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="session")
def example_report(example_report_path) -> str:
    return example_report_path.read_text(encoding="utf-8")


#: Markup that must stay text wherever the report shows article text, titles or file names.
HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)> <b id=injected>fett</b>"


@pytest.fixture(scope="session")
def hostile_report_path(tmp_path_factory) -> Path:
    """The report of a corpus whose article carries HOSTILE in its title, a plain sentence,
    a quote, a claim and a dated sentence (so it reaches every table, figure and the reading
    view), next to an example article; the report's title carries it too."""
    import shutil

    from presslens.report import render_report

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        f"Titel {HOSTILE}\n\nJasper Bergmann\n\n25.11.2023\n\n"
        f"Der Text sagt {HOSTILE}. Das ist alles.\n\n"
        f'"{HOSTILE} Die OVKS besteht aus sieben Staaten", sagte der russische Präsident '
        f"Wladimir Putin am 23. November 2023 in Moskau.\n",
        encoding="utf-8",
    )
    shutil.copy(EXAMPLE / "002_b9c0357d67b62562.txt", corpus)
    return render_report(corpus, root / "evil.html", title=f"Bericht {HOSTILE}")


@pytest.fixture(scope="session")
def check_quote():
    """Check one row of a quote table: ``text`` yields a quote of ``kind`` that starts with
    ``quote`` and whose speaker contains ``speaker``, or, where the speaker is missing (a
    description not resolved, no one named), whose speaker mention does (English when the
    text is ASCII and reads as English, else German)."""
    from presslens.quotations import extract_quotes

    def check(text: str, kind: str, quote: str, speaker: str) -> None:
        english = text.isascii() and (" the " in text.lower() or '"We' in text)
        found = extract_quotes(text, language="en" if english else "de")
        hits = [q for q in found if q.kind == kind and q.text.startswith(quote)]
        assert hits, found
        assert speaker in (hits[0].speaker or hits[0].speaker_mention), hits[0]
        assert hits[0].speaker != ""  # a speaker is someone, or missing (None)

    return check
