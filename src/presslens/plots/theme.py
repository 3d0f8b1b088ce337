"""The presslens house theme for plotly figures.

One template and one qualitative palette so that an article has the same colour in every
figure of a notebook or report. Limits: colours repeat after ten articles.
"""

from __future__ import annotations

import plotly.graph_objects as go

__all__ = ["PALETTE", "TEMPLATE", "apply_theme", "colour_map"]

PALETTE = (
    "#1f5f8b",
    "#d1495b",
    "#edae49",
    "#00798c",
    "#66a182",
    "#8d6a9f",
    "#e07a5f",
    "#3d405b",
    "#81b29a",
    "#b5838d",
)

TEMPLATE = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Source Sans Pro, Helvetica, Arial, sans-serif", size=13, color="#222"),
        colorway=list(PALETTE),
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin=dict(l=60, r=20, t=50, b=50),
        xaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False),
        yaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False),
        hoverlabel=dict(font_size=12),
        legend=dict(orientation="h", y=-0.2),
    )
)


def colour_map(keys) -> dict:
    """Stable colour for each key (article id, outlet, ...) in the order given."""
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(dict.fromkeys(keys))}


def apply_theme(
    fig: go.Figure, *, title: str | None = None, height: int | None = None
) -> go.Figure:
    """Apply the house template (and optionally a title and height) to ``fig``; returns it."""
    fig.update_layout(template=TEMPLATE)
    if title is not None:
        fig.update_layout(title=title)
    if height is not None:
        fig.update_layout(height=height)
    return fig
