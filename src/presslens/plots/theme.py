"""The presslens house theme for plotly figures.

One template and one qualitative palette so that an article has the same colour in every
figure of a notebook or report. :func:`apply_theme` also escapes every string a figure
takes from the data (plotly reads ``<b>``, ``<a href>`` and similar tags in text), so article
text, titles and file names show as written; only ``<br>`` line breaks survive. Limits:
colours repeat after ten articles.
"""

from __future__ import annotations

import html
import textwrap

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
        margin=dict(l=60, r=20, t=60, b=50),
        xaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False, automargin=True),
        yaxis=dict(showgrid=True, gridcolor="#eee", zeroline=False, automargin=True),
        hoverlabel=dict(font_size=12),
        # the legend sits at the bottom edge of the figure, below the x-axis title
        legend=dict(
            orientation="h",
            x=0,
            xanchor="left",
            y=0,
            yanchor="bottom",
            yref="container",
            traceorder="normal",
        ),
        modebar=dict(orientation="h"),
    )
)

#: Characters per line of a figure title (longer titles wrap, so that the title never runs
#: under plotly's toolbar at the top right).
TITLE_WIDTH = 60


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


def _legend_shown(fig: go.Figure) -> bool:
    if fig.layout.showlegend is not None:
        return bool(fig.layout.showlegend)
    shown = [t for t in fig.data if "showlegend" in t and t.showlegend is not False]
    return len(shown) > 1


def apply_theme(
    fig: go.Figure, *, title: str | None = None, height: int | None = None
) -> go.Figure:
    """Apply the house template (and optionally a title and height) to ``fig`` and escape
    its data text (:func:`escape_data_text`); returns it.

    The title is left-aligned and wrapped at :data:`TITLE_WIDTH` characters, with room above
    the plot for it and for plotly's toolbar; a legend gets room at the bottom."""
    escape_data_text(fig)
    fig.update_layout(template=TEMPLATE)
    lines = 0
    if title is not None:
        wrapped = textwrap.wrap(title, TITLE_WIDTH) or [""]
        lines = len(wrapped)
        fig.update_layout(
            title=dict(
                text="<br>".join(html.escape(line, quote=False) for line in wrapped),
                x=0,
                xref="paper",
                xanchor="left",
                y=1,
                yref="container",
                yanchor="top",
                pad=dict(t=12),
                font=dict(size=16),
            )
        )
    top = 34 + 22 * max(1, lines)
    bottom = 90 if _legend_shown(fig) else 50
    margin = fig.layout.margin
    fig.update_layout(
        margin=dict(
            t=max(top, margin.t or 0),
            b=max(bottom, margin.b or 0),
            l=margin.l if margin.l is not None else 60,
            r=margin.r if margin.r is not None else 20,
        )
    )
    if height is not None:
        fig.update_layout(height=height + (lines - 1) * 22 + (bottom - 50))
    return fig
