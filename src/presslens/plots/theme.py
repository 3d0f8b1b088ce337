"""The presslens house theme for plotly figures.

One template and one qualitative palette so that an article has the same colour in every
figure of a notebook or report. :func:`apply_theme` also escapes every string a figure
takes from the data (plotly reads ``<b>``, ``<a href>`` and similar tags in text), so article
text, titles and file names show as written; only ``<br>`` line breaks survive. Limits:
colours repeat after ten articles.
"""

from __future__ import annotations

import html

import numpy as np
import plotly.graph_objects as go

__all__ = ["PALETTE", "TEMPLATE", "apply_theme", "colour_map", "escape_data_text"]

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
        xaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False, automargin=True),
        yaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False, automargin=True),
        hoverlabel=dict(font_size=12),
        legend=dict(orientation="h", y=-0.2),
    )
)


def colour_map(keys) -> dict:
    """Stable colour for each key (article id, outlet, ...) in the order given."""
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(dict.fromkeys(keys))}


def _plain(value):
    """``value`` with markup characters of every string escaped (``<br>`` kept)."""
    if isinstance(value, str):
        return html.escape(value, quote=False).replace("&lt;br&gt;", "<br>")
    if isinstance(value, np.ndarray):
        if value.dtype == object:
            out = np.empty(value.shape, dtype=object)
            out.flat[:] = [_plain(v) for v in value.flat]
            return out
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    return value


_TRACE_TEXT = ("x", "y", "text", "hovertext", "customdata", "name", "legendgroup")


def escape_data_text(fig: go.Figure) -> go.Figure:
    """Escape the strings ``fig`` shows from its data: trace values, names, table cells,
    subplot titles and category orders. Hover templates (ours) are left alone."""
    for trace in fig.data:
        for attr in _TRACE_TEXT:
            if attr in trace and trace[attr] is not None:
                trace[attr] = _plain(trace[attr])
        if trace.type == "table":
            trace.cells.values = _plain(trace.cells.values)
    for annotation in fig.layout.annotations:
        if annotation.text and annotation.xref == "paper" and annotation.yref == "paper":
            annotation.text = _plain(annotation.text)
    for axis in [k for k in fig.layout if k.startswith(("xaxis", "yaxis"))]:
        if fig.layout[axis].categoryarray is not None:
            fig.layout[axis].categoryarray = _plain(fig.layout[axis].categoryarray)
    return fig


def apply_theme(
    fig: go.Figure, *, title: str | None = None, height: int | None = None
) -> go.Figure:
    """Apply the house template (and optionally a title and height) to ``fig`` and escape
    its data text (:func:`escape_data_text`); returns it."""
    escape_data_text(fig)
    fig.update_layout(template=TEMPLATE)
    if title is not None:
        fig.update_layout(title=title)
    if height is not None:
        fig.update_layout(height=height)
    return fig
