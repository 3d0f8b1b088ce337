"""Views of a corpus that the notebooks and the report share: tables a researcher reads.

Each function takes the tables presslens extracts and returns a new DataFrame (or a block of
HTML for a notebook cell); inputs are never modified. Articles are named by their display
names (:func:`presslens.plots.display_names`) next to their ids.

Limits: grouping by outlet or section needs those columns; grouping by period needs
``published`` dates (articles without one form the group "undated").
"""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from presslens.plots.names import display_names
from presslens.plots.timeline import event_labels
from presslens.report.html import render

__all__ = [
    "HTMLBlock",
    "group_column",
    "with_names",
    "with_period",
    "quote_shares",
    "speaker_quotes",
    "date_disagreements",
    "aligned_pair",
    "side_by_side",
]

_DIRECT = ("direct", "partial")


class HTMLBlock:
    """Markup that a notebook shows as HTML (``_repr_html_``) and prints as its text."""

    def __init__(self, markup: Markup):
        self.markup = markup

    def _repr_html_(self) -> str:
        return str(self.markup)

    def __str__(self) -> str:
        return str(self.markup)


def group_column(
    articles: pd.DataFrame, prefer: tuple = ("outlet", "section"), *, max_groups: int = 12
) -> str | None:
    """The first column of ``prefer`` with two to ``max_groups`` groups; else
    ``"article_id"`` when there are two to ``max_groups`` articles; else None."""
    for column in prefer:
        if column in articles and 2 <= articles[column].nunique() <= max_groups:
            return column
    return "article_id" if 2 <= len(articles) <= max_groups else None


def with_names(frame: pd.DataFrame, articles: pd.DataFrame, *, column: str = "article_id"):
    """``frame`` with an ``article`` column of display names first (ids stay in ``column``)."""
    names = display_names(articles)
    out = frame.copy()
    out.insert(0, "article", out[column].map(lambda a: names.get(a, str(a))))
    return out


def with_period(articles: pd.DataFrame, *, freq: str = "M") -> pd.DataFrame:
    """``articles`` with a ``period`` column: the publication month (``freq="M"``), week
    (``"W"``) or year (``"Y"``) as text; "undated" without a date."""
    dates = pd.to_datetime(articles.get("published", pd.Series(pd.NaT, index=articles.index)))
    period = dates.dt.to_period(freq).astype(str).where(dates.notna(), "undated")
    return articles.assign(period=period)


def quote_shares(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str) -> pd.DataFrame:
    """Per group of articles (``by``: outlet, section, period, article_id…): how many quotes,
    how many direct (or partial) and reported, and the share of direct quotes.

    Returns:
        ``group, articles, quotes, direct, reported, share_direct, quotes_per_article``;
        groups without quotes have zeros.
    """
    values = articles[by].astype(object)
    groups = pd.DataFrame(
        {"article_id": articles["article_id"], "group": values.where(values.notna(), "(none)")}
    )
    per_group = groups.groupby("group", sort=True).size().rename("articles")
    joined = quotes[["article_id", "kind"]].merge(groups, on="article_id", how="inner")
    direct = joined["kind"].isin(_DIRECT)
    counts = pd.DataFrame(
        {
            "quotes": joined.groupby("group").size(),
            "direct": joined[direct].groupby("group").size(),
            "reported": joined[~direct].groupby("group").size(),
        }
    )
    table = pd.concat([per_group, counts], axis=1).fillna(0)
    table[["articles", "quotes", "direct", "reported"]] = table[
        ["articles", "quotes", "direct", "reported"]
    ].astype(int)
    table["share_direct"] = (table["direct"] / table["quotes"].where(table["quotes"] > 0)).fillna(
        0.0
    )
    table["quotes_per_article"] = table["quotes"] / table["articles"]
    return table.rename_axis("group").reset_index()


def speaker_quotes(
    quotes: pd.DataFrame, sentences: pd.DataFrame, speaker: str, *, articles=None
) -> pd.DataFrame:
    """Every quote of ``speaker`` (case-insensitive, part of the resolved name: "Putin"
    finds "Wladimir Putin"), with the whole sentence it stands in.

    Returns:
        ``article_id, kind, speaker, cue, quote, sentence`` (and ``article`` first when
        ``articles`` is given), in corpus order.
    """
    hits = quotes[
        quotes["speaker"].fillna("").str.casefold().str.contains(speaker.casefold(), regex=False)
    ]
    table = hits.merge(
        sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
        on=["article_id", "sentence_id"],
        how="left",
    )
    table = table.rename(columns={"text": "quote"})[
        ["article_id", "kind", "speaker", "cue", "quote", "sentence"]
    ]
    return with_names(table, articles) if articles is not None else table


def date_disagreements(timeline: pd.DataFrame, *, articles=None) -> pd.DataFrame:
    """The events that different articles date differently: one row per statement, with the
    event's label (the words of its sentence), the date each article gives and how it says it.

    Returns:
        ``event_id, event, article_id, value, timex, sentence`` (and ``article`` first when
        ``articles`` is given), by event, then date.
    """
    if timeline.empty or "conflict" not in timeline:
        table = pd.DataFrame(
            columns=["event_id", "event", "article_id", "value", "timex", "sentence"]
        )
    else:
        conflicting = timeline[timeline["conflict"].astype(bool)]
        labels = event_labels(timeline)
        first = {e: labels[i] for i, e in zip(timeline.index[::-1], timeline["event_id"][::-1])}
        table = conflicting.assign(event=conflicting["event_id"].map(first)).sort_values(
            ["event_id", "date_start"], kind="stable"
        )[["event_id", "event", "article_id", "value", "timex", "sentence"]]
    return with_names(table, articles) if articles is not None else table


def aligned_pair(alignment: pd.DataFrame, first, second) -> pd.DataFrame:
    """The aligned sentences of two articles (``first``, ``second``: their ids), in the
    order of ``first``, whichever side of ``presslens.align`` they came from.

    Returns:
        ``sentence_id_a, text_a, sentence_id_b, text_b, score`` (a: ``first``).
    """
    cols = ["sentence_id_a", "text_a", "sentence_id_b", "text_b", "score"]
    forward = alignment[
        (alignment["article_id_a"] == first) & (alignment["article_id_b"] == second)
    ]
    backward = alignment[
        (alignment["article_id_a"] == second) & (alignment["article_id_b"] == first)
    ]
    swapped = backward.rename(
        columns={
            "sentence_id_a": "sentence_id_b",
            "sentence_id_b": "sentence_id_a",
            "text_a": "text_b",
            "text_b": "text_a",
        }
    )
    pairs = pd.concat([forward[cols], swapped[cols]], ignore_index=True)
    return pairs.sort_values(["sentence_id_a", "sentence_id_b"], kind="stable").reset_index(
        drop=True
    )


def side_by_side(pairs: pd.DataFrame, *, left: str, right: str) -> HTMLBlock:
    """Aligned passages as two columns of wrapped text (``left``, ``right``: the articles'
    names), with the similarity score; for a notebook cell. Every text is escaped."""
    rows = [
        {"a": a, "b": b, "score": f"{s:.2f}"}
        for a, b, s in zip(pairs["text_a"], pairs["text_b"], pairs["score"])
    ]
    return HTMLBlock(render("side_by_side.html.j2", left=left, right=right, rows=rows))
