"""The report's smaller blocks: the summary line, the articles table, load problems, footer."""

from __future__ import annotations

import platform
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from presslens.report.html import render, snippet
from presslens.report.tables import table_block

__all__ = [
    "summary_line",
    "overview_table",
    "overview_frame",
    "problems_block",
    "footer",
]

_OVERVIEW_COLUMNS = ["title", "author", "published", "outlet", "section", "language", "n_words"]


def summary_line(
    articles: pd.DataFrame,
    problems: pd.DataFrame | None = None,
    stories: pd.DataFrame | None = None,
) -> str:
    """One line on the corpus: how many articles (and stories), their languages and
    publication dates, how many files were skipped and how many load problems there were."""
    n = len(articles)
    langs = ", ".join(sorted(set(articles.get("language", pd.Series(dtype=str)).dropna())))
    parts = [f"{n:,} article{'s' if n != 1 else ''}"]
    if stories is not None and not stories.empty:
        sizes = stories.groupby("story_id").size()
        shared = int((sizes > 1).sum())
        told = f"{shared:,}" if shared else "none"
        parts[0] += (
            f" in {len(sizes):,} stor{'ies' if len(sizes) != 1 else 'y'}"
            f" ({told} told by more than one article; comparisons stay within a story)"
        )
    parts.append(f"language: {langs or 'unknown'}")
    dates = pd.to_datetime(articles.get("published", pd.Series(dtype="datetime64[ns]"))).dropna()
    if len(dates):
        first, last = dates.min(), dates.max()
        parts.append(
            f"published {first:%Y-%m-%d}"
            if first.normalize() == last.normalize()
            else f"published {first:%Y-%m-%d} to {last:%Y-%m-%d}"
        )
    if problems is not None and len(problems):
        read = set(articles.get("source_file", pd.Series(dtype=object)).dropna())
        skipped = len(set(problems["path"]) - read) if "path" in problems else 0
        if skipped:
            parts.append(f"{skipped:,} file{'s' if skipped != 1 else ''} skipped")
        parts.append(f"{len(problems):,} load problem{'s' if len(problems) != 1 else ''}")
    return "; ".join(parts) + "."


def overview_frame(
    articles: pd.DataFrame, inferred: pd.DataFrame | None = None, *, names: dict | None = None
) -> pd.DataFrame:
    """One row per article: its display name, metadata and id (strings and numbers).

    ``inferred`` is the output of ``presslens.infer_published``: a date inferred from the
    text fills a missing ``published`` and is marked "(inferred)".
    """
    names = names or {}
    cols = [c for c in _OVERVIEW_COLUMNS if c in articles.columns]
    table = articles[cols].copy()
    table.insert(0, "article", [names.get(a, str(a)) for a in articles["article_id"]])
    if "published" in table:
        table["published"] = pd.to_datetime(table["published"]).dt.strftime("%Y-%m-%d")
        if inferred is not None and not inferred.empty:
            guess = inferred[inferred["published_inferred"].astype(bool)]
            dates = dict(zip(guess["article_id"], pd.to_datetime(guess["published"])))
            fill = articles["article_id"].map(
                lambda a: (
                    f"{dates[a]:%Y-%m-%d} (inferred)" if a in dates and pd.notna(dates[a]) else None
                )
            )
            table["published"] = table["published"].fillna(fill)
    table["article_id"] = articles["article_id"].to_numpy()
    # a column that no article fills says nothing
    table = table.fillna("")
    empty = [c for c in cols if (table[c].astype(str) == "").all()]
    return table.drop(columns=empty)


def overview_table(
    articles: pd.DataFrame, inferred: pd.DataFrame | None = None, *, names: dict | None = None
) -> Markup:
    """The articles table (:func:`overview_frame`) as HTML."""
    return table_block(
        overview_frame(articles, inferred, names=names),
        caption="Articles",
        table_id="table-articles",
        labels={"n_words": "words"},
    )


def _relative(path, root) -> str:
    try:
        return str(Path(path).relative_to(root))
    except (TypeError, ValueError):
        return path


def problems_block(problems: pd.DataFrame, *, root: str | None = None) -> Markup:
    """The load problems (files skipped, records skipped, repairs), or a sentence saying
    there were none. Paths inside ``root`` (the corpus folder) are shown relative to it.
    The table's id is ``table-problems`` (the command line points to it)."""
    if problems is None or problems.empty:
        return snippet("paragraph", "Every file was read without problems.")
    table = problems.copy()
    if root is not None and "path" in table:
        table["path"] = [_relative(p, root) for p in table["path"]]
    return table_block(table, caption="Load problems", table_id="table-problems")


def footer(*, corpus: str, title: str, language, corpus_hash: str, notice: str = "") -> Markup:
    """Versions, parameters and the input's hash, so a reader can reproduce the report."""
    from importlib.metadata import version  # importing nltk for its version took 1 s

    import presslens

    params = {"corpus": corpus, "title": title, "language": language}
    versions = (
        f"presslens {presslens.__version__}, Python {platform.python_version()}, "
        f"pandas {pd.__version__}, plotly {version('plotly')}, nltk {version('nltk')}, "
        f"Jinja2 {version('jinja2')}"
    )
    return render(
        "footer.html.j2",
        versions=versions,
        parameters=str(params),
        corpus_hash=corpus_hash,
        notice=notice,
    )
