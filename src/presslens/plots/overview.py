"""Figures about the corpus itself: article length and structure."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.names import display_names, shorten
from presslens.plots.theme import PALETTE, apply_theme, colour_map

__all__ = ["length_figure"]


def length_figure(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    *,
    max_bars: int = 40,
    names: dict | None = None,
) -> go.Figure:
    """Bar chart of words and sentences per article (hover: title and id); with more than
    ``max_bars`` articles, a histogram of their lengths instead. ``names``: display names
    of the articles (default :func:`presslens.plots.display_names`)."""
    words = articles.get("n_words", articles["text"].str.split().str.len())
    if len(articles) > max_bars:
        fig = go.Figure(go.Histogram(x=list(words), nbinsx=40, marker_color=PALETTE[0]))
        fig.update_xaxes(title="words per article")
        fig.update_yaxes(title="articles")
        return apply_theme(fig, title=f"Length of the {len(articles):,} articles", height=340)
    n_sent = sentences[sentences["kind"] == "sentence"].groupby("article_id").size()
    ids = list(articles["article_id"])
    names = names or display_names(articles)
    labels = [shorten(names.get(i, str(i)), 28) for i in ids]
    colours = colour_map(ids)
    fig = go.Figure()
    fig.add_bar(
        x=labels,
        y=list(words),
        name="words",
        marker_color=[colours[i] for i in ids],
        customdata=[[names.get(i, str(i)), str(i), int(n_sent.get(i, 0))] for i in ids],
        hovertemplate="%{customdata[0]}<br>id %{customdata[1]}<br>%{y} words, "
        "%{customdata[2]} sentences<extra></extra>",
    )
    fig.update_xaxes(title=None, type="category", automargin=True)
    fig.update_yaxes(title="words")
    return apply_theme(fig, title="Length of each article", height=380)
