"""Figures for quotations: who speaks in each article, and how (direct or reported)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.theme import apply_theme

__all__ = ["speakers_figure"]

_KINDS = {
    "direct": "#1f5f8b",
    "partial": "#00798c",
    "indirect": "#edae49",
    "free_indirect": "#e07a5f",
    "reported": "#8d6a9f",
}


def speakers_figure(
    speakers_df: pd.DataFrame, *, top: int = 12, max_articles: int = 8
) -> go.Figure:
    """Stacked horizontal bars: quotes per speaker and kind, one bar per speaker and article;
    with more than ``max_articles`` articles, one bar per speaker summed over the corpus.

    Args:
        speakers_df: The output of ``presslens.speakers``.
        top: Keep the ``top`` speakers with most quotes over all articles.
        max_articles: Above this many articles the bars sum over articles.

    Limits: speakers are compared by their resolved name as written; spelling variants of
    one person across articles stay separate bars.
    """
    df = speakers_df.copy()
    df["speaker"] = df["speaker"].fillna("").replace("", "(unattributed)")
    keep = df.groupby("speaker")["quotes"].sum().nlargest(top).index
    df = df[df["speaker"].isin(keep)]
    n_articles = speakers_df["article_id"].nunique()
    title = "Who is quoted, and how"
    if n_articles > max_articles:
        kinds = [k for k in _KINDS if k in df.columns]
        df = df.groupby("speaker", as_index=False).agg(
            **{k: (k, "sum") for k in [*kinds, "quotes"]}, articles=("article_id", "nunique")
        )
        df["share"] = df["articles"] / n_articles
        df["label"] = [
            f"{name} ({n} article{'s' if n != 1 else ''})"
            for name, n in zip(df["speaker"], df["articles"])
        ]
        df = df.sort_values("quotes")
        share_text = "share of articles"
        title += f": the {len(df)} speakers quoted most in {n_articles:,} articles"
    else:
        df["label"] = df["speaker"] + " · " + df["article_id"].astype(str).str[:12]
        df = df.sort_values(["article_id", "quotes"], ascending=[False, True])
        share_text = "share of quoted words"
    fig = go.Figure()
    for kind, colour in _KINDS.items():
        if kind in df.columns:
            fig.add_bar(
                y=df["label"], x=df[kind], name=kind, orientation="h", marker_color=colour,
                customdata=df[["share"]],
                hovertemplate="%{y}<br>" + kind + ": %{x}<br>" + share_text + ": "
                "%{customdata[0]:.0%}<extra></extra>",
            )  # fmt: skip
    fig.update_layout(barmode="stack", xaxis_title="quotes", yaxis_title=None)
    return apply_theme(fig, title=title, height=max(300, 28 * len(df) + 120))
