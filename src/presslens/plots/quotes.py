"""Figures for quotations: who speaks in each article, and how (direct or reported)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.names import shorten
from presslens.plots.theme import apply_theme

__all__ = ["speakers_figure", "quote_share_figure", "KIND_COLOURS"]

#: The colour of each kind of quote (the legend lists only kinds that have bars).
KIND_COLOURS = {
    "direct": "#1f5f8b",
    "partial": "#00798c",
    "indirect": "#edae49",
    "free_indirect": "#e07a5f",
    "reported": "#8d6a9f",
}
_SPEAKER_TYPES = ("person", "organisation")


def _named(speakers_df: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.Series:
    """Which rows of ``speakers_df`` name a speaker (a person or an organisation, when the
    quotes say which a speaker is)."""
    named = speakers_df["speaker"].map(lambda s: isinstance(s, str) and s.strip() != "")
    if quotes is not None and "speaker_type" in quotes:
        kept = set(quotes.loc[quotes["speaker_type"].isin(_SPEAKER_TYPES), "speaker"].dropna())
        named &= speakers_df["speaker"].isin(kept)
    return named


def speakers_figure(
    speakers_df: pd.DataFrame,
    *,
    top: int = 12,
    max_articles: int = 8,
    names: dict | None = None,
    quotes: pd.DataFrame | None = None,
) -> go.Figure:
    """Stacked horizontal bars: quotes per speaker and kind, one bar per speaker and article;
    with more than ``max_articles`` articles, one bar per speaker summed over the corpus.

    Args:
        speakers_df: The output of ``presslens.speakers``.
        top: Keep the ``top`` speakers with most quotes over all articles.
        max_articles: Above this many articles the bars sum over articles.
        names: Display names of the articles (``presslens.plots.display_names``).
        quotes: The output of ``presslens.quotes``; when it has ``speaker_type``, only
            people and organisations are drawn (not media or vague sources).

    Quotes without a speaker are not drawn; the title says how many there are. Limits:
    speakers are compared by their resolved name as written; spelling variants of one
    person across articles stay separate bars.
    """
    names = names or {}
    named = _named(speakers_df, quotes)
    unattributed = int(speakers_df.loc[~named, "quotes"].sum()) if len(speakers_df) else 0
    df = speakers_df[named].copy()
    keep = df.groupby("speaker")["quotes"].sum().nlargest(top).index
    df = df[df["speaker"].isin(keep)]
    n_articles = speakers_df["article_id"].nunique()
    title = "Who is quoted, and how"
    kinds = [k for k in KIND_COLOURS if k in df.columns]
    if n_articles > max_articles:
        df = df.groupby("speaker", as_index=False).agg(
            **{k: (k, "sum") for k in [*kinds, "quotes"]}, articles=("article_id", "nunique")
        )
        df["share"] = df["articles"] / n_articles
        df["label"] = [
            f"{shorten(name, 32)} ({n} article{'s' if n != 1 else ''})"
            for name, n in zip(df["speaker"], df["articles"])
        ]
        df = df.sort_values(["quotes", "speaker"])
        share_text = "share of articles"
        title += f": the {len(df)} speakers quoted most in {n_articles:,} articles"
    else:
        df["label"] = [
            f"{shorten(s, 28)} · {shorten(names.get(a, str(a)), 24)}"
            for s, a in zip(df["speaker"], df["article_id"])
        ]
        df = df.sort_values(["article_id", "quotes"], ascending=[False, True])
        share_text = "share of quoted words"
    if unattributed:
        title += (
            f" ({unattributed} quote{'s' if unattributed != 1 else ''} without a speaker not shown)"
        )
    fig = go.Figure()
    for kind in kinds:
        if df[kind].sum() > 0:  # the legend lists only kinds that have bars
            fig.add_bar(
                y=df["label"], x=df[kind], name=kind.replace("_", " "), orientation="h",
                marker_color=KIND_COLOURS[kind], customdata=df[["share"]],
                hovertemplate="%{y}<br>" + kind + ": %{x}<br>" + share_text + ": "
                "%{customdata[0]:.0%}<extra></extra>",
            )  # fmt: skip
    fig.update_layout(barmode="stack", showlegend=len(fig.data) > 0)
    fig.update_xaxes(title="quotes")
    fig.update_yaxes(title=None, automargin=True, type="category")
    return apply_theme(fig, title=title, height=max(300, 28 * len(df) + 120))


def quote_share_figure(
    shares: pd.DataFrame, *, labels: dict | None = None, title: str | None = None
) -> go.Figure:
    """Horizontal bars per group: the share of direct (or partial) quotes and of reported
    speech among its quotes; hover gives the counts.

    Args:
        shares: The output of ``presslens.report.views.quote_shares``.
        labels: Optional mapping group -> label (display names when grouping by article).
        title: Figure title.
    """
    df = shares[shares["quotes"] > 0].iloc[::-1]
    names = [shorten((labels or {}).get(g, g), 32) for g in df["group"]]
    fig = go.Figure()
    for column, name, colour in (
        ("direct", "direct or partial", KIND_COLOURS["direct"]),
        ("reported", "reported", KIND_COLOURS["indirect"]),
    ):
        share = df[column] / df["quotes"]
        fig.add_bar(
            y=names, x=share, name=name, orientation="h", marker_color=colour,
            customdata=list(zip(df[column], df["quotes"], df["articles"])),
            hovertemplate="%{y}<br>" + name + ": %{customdata[0]} of %{customdata[1]} quotes "
            "(%{x:.0%})<br>%{customdata[2]} articles<extra></extra>",
        )  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="share of quotes", tickformat=".0%", range=[0, 1])
    fig.update_yaxes(title=None, type="category", automargin=True)
    return apply_theme(
        fig,
        title=title or "Direct and reported speech, share of each group's quotes",
        height=max(260, 30 * len(df) + 150),
    )
