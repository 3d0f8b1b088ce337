"""Figure for labels: per person, the titles and epithets each article uses."""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.names import shorten
from presslens.plots.theme import apply_theme, colour_map

__all__ = ["labels_figure"]


def labels_figure(
    labels_df: pd.DataFrame, *, top: int = 15, names: dict | None = None
) -> go.Figure:
    """A grid of people (rows) by articles (columns); each cell names the labels that article
    uses for that person, the marker grows with how often, and hovering shows the phrases.

    Args:
        labels_df: The output of ``presslens.labels``.
        top: Keep the ``top`` people labelled in most articles (then most often).
        names: Display names of the articles (``presslens.plots.display_names``).

    Limits: labels are lemmas (Präsident for "Präsidenten"); modifiers show in the hover only.
    """
    fig = go.Figure()
    if labels_df.empty:
        return apply_theme(fig, title="How each article labels people (no labels found)")
    df = labels_df.sort_values("start")
    cells = (
        df.groupby(["entity", "article_id"], sort=False)
        .agg(
            labels=("label", lambda s: ", ".join(dict.fromkeys(s))),
            n=("label", "size"),
            phrases=("text", lambda s: "<br>".join(dict.fromkeys(s))),
        )
        .reset_index()
    )
    spread = cells.groupby("entity").agg(articles=("article_id", "nunique"), n=("n", "sum"))
    keep = spread.sort_values(["articles", "n"], ascending=False).head(top).index
    cells = cells[cells["entity"].isin(keep)]
    articles = sorted(cells["article_id"].astype(str).unique())
    names = {str(k): v for k, v in (names or {}).items()}
    columns = [shorten(names.get(a, a), 28) for a in articles]
    colours = colour_map(articles)
    for aid, column in zip(articles, columns):
        sub = cells[cells["article_id"].astype(str) == aid]
        fig.add_scatter(
            x=[column] * len(sub), y=sub["entity"], mode="markers+text", name=column,
            text=["<br>".join(textwrap.wrap(t, 24)) for t in sub["labels"]],
            textposition="middle right",
            marker=dict(size=10 + 6 * sub["n"].clip(upper=5), color=colours[aid], opacity=0.8),
            customdata=sub[["n", "phrases"]],
            hovertemplate="<b>%{y}</b> in " + html.escape(column) + "<br>%{text} (%{customdata[0]}×)"
            "<br><i>%{customdata[1]}</i><extra></extra>",
        )  # fmt: skip
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=columns, title=None)
    fig.update_yaxes(
        type="category", categoryorder="array", categoryarray=list(keep)[::-1], title=None
    )
    fig.update_layout(showlegend=False)
    return apply_theme(
        fig, title="How each article labels people", height=max(300, 60 * len(keep) + 140)
    )
