"""HTML blocks of the report, built from presslens tables. Every corpus string is escaped."""

from __future__ import annotations

import platform
from pathlib import Path

import pandas as pd

from presslens.plots.overview import length_figure
from presslens.report.escape import esc

__all__ = [
    "REPORT_CSS",
    "title_block",
    "overview_table",
    "overview_frame",
    "problems_block",
    "footer",
    "length_figure",
]

REPORT_CSS = """
<style>
.presslens-table td, .presslens-table th, table.dataTable td, table.dataTable th {
  text-align: left !important; vertical-align: top; }
.pl-findings { background: #f6f8fa; border-radius: 8px; padding: 0.3em 1.4em 0.8em; }
.pl-findings h3 { font-size: 1.05em; margin: 0.9em 0 0.2em; }
.pl-inferred { color: #8a6d00; }
</style>
"""

_OVERVIEW_COLUMNS = [
    "article_id",
    "title",
    "author",
    "published",
    "outlet",
    "section",
    "language",
    "n_words",
]


def title_block(title: str, articles: pd.DataFrame) -> str:
    """The report's heading with a one-line summary of the corpus."""
    n = len(articles)
    langs = ", ".join(sorted(set(articles.get("language", pd.Series(dtype=str)).dropna())))
    return (
        REPORT_CSS + f"<h1>{esc(title)}</h1>"
        f"<p>{n} article{'s' if n != 1 else ''}; language: {esc(langs) or 'unknown'}.</p>"
    )


def overview_table(articles: pd.DataFrame, inferred: pd.DataFrame | None = None) -> str:
    """One row per article with its metadata (escaped HTML table).

    ``inferred`` is the output of ``presslens.infer_published``: a date inferred from the
    text fills a missing ``published`` and is marked "(inferred)".
    """
    return overview_frame(articles, inferred).to_html(
        index=False, escape=True, classes="presslens-table", border=0
    )


def overview_frame(articles: pd.DataFrame, inferred: pd.DataFrame | None = None) -> pd.DataFrame:
    """The table :func:`overview_table` shows, as a DataFrame of strings."""
    cols = [c for c in _OVERVIEW_COLUMNS if c in articles.columns]
    table = articles[cols].copy()
    if "published" in table:
        table["published"] = pd.to_datetime(table["published"]).dt.strftime("%Y-%m-%d")
        if inferred is not None and not inferred.empty:
            guess = inferred[inferred["published_inferred"].astype(bool)]
            dates = dict(zip(guess["article_id"], pd.to_datetime(guess["published"])))
            fill = table["article_id"].map(
                lambda a: (
                    f"{dates[a]:%Y-%m-%d} (inferred)" if a in dates and pd.notna(dates[a]) else None
                )
            )
            table["published"] = table["published"].fillna(fill)
    return table.fillna("")


def _relative(path, root) -> str:
    try:
        return str(Path(path).relative_to(root))
    except (TypeError, ValueError):
        return path


def problems_block(problems: pd.DataFrame, *, root: str | None = None) -> str:
    """The files that could not be read, or a sentence saying there were none.

    Paths inside ``root`` (the corpus folder) are shown relative to it.
    """
    if problems is None or problems.empty:
        return "<p>Every file was read without problems.</p>"
    table = problems.copy()
    if root is not None and "path" in table:
        table["path"] = [_relative(p, root) for p in table["path"]]
    return "<h3>Files that could not be read</h3>" + table.to_html(
        index=False, escape=True, border=0, classes="presslens-table"
    )


def footer(*, corpus: str, title: str, language, corpus_hash: str) -> str:
    """Versions, parameters and the input's hash, so a reader can reproduce the report."""
    import nltk
    import plotly

    import presslens

    params = {"corpus": corpus, "title": title, "language": language}
    versions = (
        f"presslens {presslens.__version__}, Python {platform.python_version()}, "
        f"pandas {pd.__version__}, plotly {plotly.__version__}, nltk {nltk.__version__}"
    )
    return (
        '<div class="presslens-footer">'
        f"<p>Made with {esc(versions)}.</p>"
        f"<p>Parameters: {esc(params)}</p>"
        f"<p>Input SHA-256 (first 16 hex digits): <code>{esc(corpus_hash)}</code></p>"
        "</div>"
    )
