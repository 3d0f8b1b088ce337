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


def speakers_figure(speakers_df: pd.DataFrame, *, top: int = 12) -> go.Figure:
    """Stacked horizontal bars: quotes per speaker and kind, one panel row per article.

    Args:
        speakers_df: The output of ``presslens.speakers``.
        top: Keep the ``top`` speakers with most quotes over all articles.

    Limits: speakers are compared by their resolved name as written; spelling variants of
    one person across articles stay separate bars.
    """
    df = speakers_df.copy()
    df["speaker"] = df["speaker"].replace("", "(unattributed)")
    keep = df.groupby("speaker")["quotes"].sum().nlargest(top).index
    df = df[df["speaker"].isin(keep)]
    df["label"] = df["speaker"] + " · " + df["article_id"].astype(str).str[:12]
    df = df.sort_values(["article_id", "quotes"], ascending=[False, True])
    fig = go.Figure()
    for kind, colour in _KINDS.items():
        if kind in df.columns:
            fig.add_bar(
                y=df["label"], x=df[kind], name=kind, orientation="h", marker_color=colour,
                customdata=df[["article_id", "share"]],
                hovertemplate="%{y}<br>" + kind + ": %{x}<br>share of quoted words: "
                "%{customdata[1]:.0%}<extra></extra>",
            )  # fmt: skip
    fig.update_layout(barmode="stack", xaxis_title="quotes", yaxis_title=None)
    return apply_theme(fig, title="Who is quoted, and how", height=max(300, 28 * len(df) + 120))
