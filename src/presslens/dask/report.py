"""The HTML report for a corpus on Dask: corpus-wide aggregates, and one story in full.

A report cannot show every quote of a million articles, and it need not gather them: the
corpus is summarised by reductions (totals, the largest stories, the most quoted speakers,
the labels people get, distinctive words, dated mentions per day), and one story, small enough
for one process, gets the full report (comparison, quotes, wording, timeline, reading view).
The page is the usual report (``presslens.report``) with a "Corpus" section in front.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from presslens.dask.tables import (
    keyness,
    label_totals,
    reduce_partitions,
    speaker_totals,
    timeline_counts,
)

__all__ = ["render_report", "corpus_summary", "choose_story"]


def choose_story(stories: pd.DataFrame, story: str | None = None) -> str:
    """``story`` if it is a story id of ``stories``, else the largest story (ties: the
    smallest id)."""
    sizes = stories.groupby("story_id").size()
    if story is not None:
        if story not in sizes.index:
            raise ValueError(f"no story {story!r}; the largest are {list(sizes.nlargest(5).index)}")
        return story
    ordered = sorted(sizes.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return ordered[0][0]


_HASH_META = pd.DataFrame({"h": pd.Series(dtype=object)})


def _hash_part(articles: pd.DataFrame) -> pd.DataFrame:
    """The sum of the articles' SHA-256 digests (of id and text), modulo 2**128, as text."""
    total = 0
    for aid, text in zip(articles["article_id"].astype(str), articles["text"].astype(str)):
        digest = hashlib.sha256(aid.encode() + b"\0" + text.encode("utf-8", "surrogatepass"))
        total = (total + int.from_bytes(digest.digest()[:16], "big")) % 2**128
    return pd.DataFrame({"h": [str(total)]}, dtype=object)


def _hash_total(parts: pd.DataFrame) -> str:
    """The corpus's fingerprint: does not depend on the order of articles or partitions."""
    total = sum(int(h) for h in parts["h"]) % 2**128
    return f"{total:032x}"[:16]


def _value(value):
    return value


def _group_column(articles) -> str | None:
    for column in ("outlet", "section"):
        if column in articles.columns:
            return column
    return None


def corpus_summary(articles, stories: pd.DataFrame, *, top: int = 20) -> dict:
    """The corpus-wide tables of the report, computed in one Dask graph (pandas frames)."""
    import dask

    import presslens as pl

    quotes, labels, timexes = pl.quotes(articles), pl.labels(articles), pl.timexes(articles)
    by = _group_column(articles)
    lazy = {
        "hash": reduce_partitions(
            articles, _hash_part, _hash_total, meta=_HASH_META, compute=False
        ),
        "articles": articles.shape[0],
        "quotes": quotes.shape[0],
        "speakers": speaker_totals(quotes, top=top, compute=False),
        "labels": label_totals(labels, top=top, compute=False),
        "days": timeline_counts(timexes, compute=False),
    }
    if by is not None:
        lazy["keyness"] = keyness(articles, by=by, top=12, compute=False)
    # every value as a Delayed: dask.compute returns a mix of Delayed and DataFrame-expression
    # results grouped by kind, not in the order given (dask 2026.11)
    values = [dask.delayed(_value)(v) for v in lazy.values()]
    found = dict(zip(lazy, dask.compute(*values)))
    sizes = stories.groupby("story_id").size().rename("articles").reset_index()
    sizes = sizes.sort_values(["articles", "story_id"], ascending=[False, True])
    found.update(stories=sizes.head(top).reset_index(drop=True), keyness_by=by)
    found["n_stories"] = len(sizes)
    found["n_shared"] = int((sizes["articles"] > 1).sum())
    return found


def _corpus_section(summary: dict, problems: pd.DataFrame, chosen: str):
    from presslens import plots
    from presslens.report.html import figure_block, snippet
    from presslens.report.page import Section
    from presslens.report.tables import table_block

    line = (
        f"{summary['articles']:,} articles in {summary['n_stories']:,} stories "
        f"({summary['n_shared']:,} reported by two or more articles), {summary['quotes']:,} "
        f"quotes, {len(problems):,} load problems. The sections below show story {chosen}."
    )
    blocks = [snippet("paragraph", line)]
    blocks.append(
        table_block(
            summary["stories"], caption="The largest stories", table_id="table-corpus-stories"
        )
    )
    blocks.append(
        table_block(summary["speakers"], caption="Most quoted", table_id="table-corpus-speakers")
    )
    blocks.append(
        table_block(
            summary["labels"], caption="Labels given to people", table_id="table-corpus-labels"
        )
    )
    days = summary["days"]
    if not days.empty:
        import plotly.graph_objects as go

        fig = go.Figure(go.Bar(x=days["day"], y=days["mentions"], name="dated mentions"))
        fig.update_layout(title="Dated mentions per day", xaxis_title=None, yaxis_title="mentions")
        blocks.append(figure_block(fig, "figure-corpus-days"))
    kw = summary.get("keyness")
    if kw is not None and not kw.empty and kw["group"].nunique() > 1:
        by = summary["keyness_by"]
        fig = plots.keyness_figure(
            kw, top=12, columns=min(3, kw["group"].nunique()), title=f"Distinctive words by {by}"
        )
        blocks.append(figure_block(fig, "figure-corpus-keyness"))
    return Section(
        "Corpus",
        "corpus",
        "The whole corpus, summarised without gathering it: how many articles and stories, who "
        "is quoted most, the labels people get, distinctive words, and dated mentions per day.",
        blocks,
    )


def render_report(
    articles,
    output: str | Path,
    *,
    story: str | None = None,
    title: str | None = None,
    top: int = 20,
) -> Path:
    """Render the report of a Dask DataFrame of articles into one HTML file.

    Args:
        articles: A Dask DataFrame of articles (``presslens.dask.read_articles``), or pandas.
        output: The HTML file to write (its folder is created).
        story: The story shown in full (a ``story_id`` of ``pl.stories``); default: the
            largest story.
        title: The report's title.
        top: Rows of each corpus table.

    Returns:
        The path of the written file.

    Limits: the chosen story is gathered into one process (a story is tens of articles, not a
    corpus).
    """
    import presslens as pl
    from presslens.dask.read import PROBLEMS
    from presslens.dask.read import problems as dask_problems
    from presslens.report.analysis import analyse
    from presslens.report.page import build_page

    stories = pl.stories(articles)
    chosen = choose_story(stories, story)
    ids = list(stories.loc[stories["story_id"] == chosen, "article_id"])
    part = articles[articles["article_id"].isin(ids)]
    part = part.compute() if hasattr(part, "compute") else part.copy()
    if getattr(articles, "_name", None) in PROBLEMS:
        problems = dask_problems(articles)
    else:
        problems = pl.problems(articles) if "problems" in getattr(articles, "attrs", {}) else None
    problems = problems if problems is not None else pd.DataFrame(columns=["path", "problem"])
    part.attrs["problems"] = tuple(problems.itertuples(index=False, name=None))
    summary = corpus_summary(articles, stories, top=top)
    analysis = analyse(part.assign(story_id=chosen).reset_index(drop=True))
    page = build_page(
        analysis,
        title=title or f"presslens report: {summary['articles']:,} articles, story {chosen}",
        corpus_label=f"{summary['articles']:,} articles (Dask), story {chosen}",
        language=None,
        corpus_hash=summary["hash"],
        extra_sections=[_corpus_section(summary, problems, chosen)],
    )
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    return output
