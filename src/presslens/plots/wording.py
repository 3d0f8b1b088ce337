"""Figures for the wording statistics: distinctive words per group, readability per article."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from presslens.plots.theme import PALETTE, apply_theme, colour_map

__all__ = ["keyness_figure", "readability_figure"]


def _short(value, width: int = 28) -> str:
    s = str(value)
    return s if len(s) <= width else s[: width - 1] + "…"


def _label(labels: dict | None, key) -> object:
    """``labels[key]`` when it is a non-empty value, else ``key``."""
    value = (labels or {}).get(key)
    return key if value is None or pd.isna(value) or str(value).strip() == "" else value


def keyness_figure(
    keyness_df: pd.DataFrame,
    *,
    top: int = 15,
    columns: int = 3,
    labels: dict | None = None,
    title: str | None = None,
) -> go.Figure:
    """The most distinctive terms of each group as horizontal bars, one panel per group.

    Bar length is ``score`` (G² signed by the log ratio, or the log-odds z-score), so only
    over-used terms (score > 0) are drawn; hovering shows the counts in the group and in its
    reference, the frequencies per 1,000 words and the p-value.

    Args:
        keyness_df: The output of ``presslens.keyness``.
        top: Terms per group.
        columns: Panels per row.
        labels: Optional mapping group -> panel title (an article's title, an outlet).
        title: Figure title (default says which statistic is drawn).

    Limits: panels beyond 12 groups are left out (compare fewer groups at a time).
    """
    df = keyness_df[keyness_df["score"] > 0]
    groups = list(dict.fromkeys(keyness_df["group"]))[:12]
    colours = colour_map(groups)
    stat = "G² (log-likelihood)" if "g2" in keyness_df.columns else "z (log-odds, Dirichlet prior)"
    cols = max(1, min(columns, len(groups)))
    rows = max(1, math.ceil(len(groups) / cols))
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=[_short(_label(labels, g), 40) for g in groups] or [""],
        horizontal_spacing=0.12,
        vertical_spacing=0.08 if rows > 1 else 0.1,
    )
    effect = "log_ratio" if "log_ratio" in df.columns else "log_odds"
    for i, g in enumerate(groups):
        part = df[df["group"] == g].nlargest(top, "score").iloc[::-1]
        fig.add_trace(
            go.Bar(
                x=part["score"],
                y=part["term"],
                orientation="h",
                marker_color=colours[g],
                name=_short(g),
                showlegend=False,
                customdata=part[
                    [
                        "count",
                        "count_reference",
                        "per_1000",
                        "per_1000_reference",
                        effect,
                        "p_value",
                    ]
                ],
                hovertemplate=(
                    "<b>%{y}</b><br>score %{x:.1f}<br>count %{customdata[0]} "
                    "(reference %{customdata[1]})<br>per 1,000 words %{customdata[2]:.1f} "
                    f"(reference %{{customdata[3]:.1f}})<br>{effect} %{{customdata[4]:.2f}}"
                    "<br>p %{customdata[5]:.3g}<extra></extra>"
                ),
            ),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    fig.update_xaxes(title_text="")
    fig.update_yaxes(automargin=True)
    apply_theme(
        fig,
        title=title or f"Distinctive words per group: {stat} against the rest",
        height=max(320, rows * (22 * top + 80)),
    )
    return fig


def readability_figure(
    readability_df: pd.DataFrame, *, labels: dict | None = None, max_bars: int = 40
) -> go.Figure:
    """Reading ease, mean sentence length and mean word length per article, side by side;
    with more than ``max_bars`` articles, their distributions (box plots) instead.

    Reading ease is Amstad's Flesch score for German articles and Flesch's for English ones
    (higher is easier; 60-70 is plain prose, below 30 hard); the Wiener Sachtextformel (a
    school grade, German only) is shown on hover.

    Args:
        readability_df: The output of ``presslens.readability``.
        labels: Optional mapping article_id -> label for the axis (a title, an outlet).
    """
    df = readability_df
    measures = ["reading_ease", "mean_sentence_length", "mean_word_length"]
    titles = ["reading ease (Flesch / Amstad)", "words per sentence", "letters per word"]
    if len(df) > max_bars:
        fig = make_subplots(rows=1, cols=3, subplot_titles=titles, horizontal_spacing=0.08)
        for col, column in enumerate(measures, 1):
            fig.add_trace(
                go.Box(x=df[column], name="", boxpoints="outliers", showlegend=False,
                       marker_color=PALETTE[0], hovertext=list(df["article_id"])),
                row=1, col=col,
            )  # fmt: skip
        return apply_theme(fig, title=f"Readability of the {len(df):,} articles", height=300)
    names = [_short(_label(labels, a), 24) for a in df["article_id"]]
    colours = colour_map(df["article_id"])
    fig = make_subplots(
        rows=1,
        cols=3,
        shared_yaxes=True,
        subplot_titles=titles,
        horizontal_spacing=0.06,
    )
    colour_list = [colours[a] for a in df["article_id"]]
    hover = (
        "<b>%{y}</b><br>%{x:.1f}<br>sentences %{customdata[0]}, words %{customdata[1]}"
        "<br>Wiener Sachtextformel %{customdata[2]:.1f}<extra></extra>"
    )
    custom = df[["sentences", "words", "wiener_sachtextformel"]]
    for col, column in enumerate(measures, 1):
        fig.add_trace(
            go.Bar(
                x=df[column],
                y=names,
                orientation="h",
                marker_color=colour_list,
                showlegend=False,
                customdata=custom,
                hovertemplate=hover,
            ),
            row=1,
            col=col,
        )
    fig.update_yaxes(automargin=True, autorange="reversed")
    return apply_theme(fig, title="Readability per article", height=max(260, 40 * len(df) + 160))
