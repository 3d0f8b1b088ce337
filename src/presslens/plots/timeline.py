"""Figure for the timeline of dated statements across articles."""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.theme import apply_theme, colour_map

__all__ = ["timeline_figure"]


def _wrap(s: str, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(str(s), width)) if s else ""


def timeline_figure(
    timeline_df: pd.DataFrame, *, max_rows: int = 40, focus: tuple | None = None
) -> go.Figure:
    """Dated statements on a time axis: one row per event, articles as colours.

    A statement about one day is a dot; one about a longer range (a week, a month) is a bar
    from its first to its last day. Hovering shows the date expression, its value and the
    sentence. Events whose articles disagree on the date are marked with "≠" in the row label.

    Args:
        timeline_df: The output of ``presslens.timeline``.
        max_rows: Keep at most this many events (the earliest ones).
        focus: ``(start, end)`` dates the time axis first shows (e.g. the weeks around
            publication); double-clicking the figure shows all dates.

    Limits: ranges longer than a year (a decade, "im Jahr 1999") are drawn as long bars that
    may dominate the axis; filter them out beforehand if they are not of interest.
    """
    df = timeline_df.dropna(subset=["date_start"]).copy()
    events = df.drop_duplicates("event_id").head(max_rows)
    df = df[df["event_id"].isin(events["event_id"])]
    flag = df.groupby("event_id")["conflict"].any()
    labels = {
        e: ("≠ " if flag.get(e, False) else "") + (str(lbl)[:45] or f"event {e}")
        for e, lbl in zip(events["event_id"], events["event"])
    }
    df["row"] = df["event_id"].map(labels)
    colours = colour_map(df["article_id"])
    fig = go.Figure()
    for aid, g in df.groupby("article_id", sort=False):
        xs, ys = [], []
        for s, e, row in zip(g["date_start"], g["date_end"], g["row"]):
            if e > s:
                xs += [s, e + pd.Timedelta(days=1), None]
                ys += [row, row, None]
        name = str(aid)[:20]
        if xs:
            fig.add_scatter(
                x=xs, y=ys, mode="lines", line=dict(color=colours[aid], width=8),
                opacity=0.45, legendgroup=name, showlegend=False, hoverinfo="skip",
            )  # fmt: skip
        mid = g["date_start"] + (g["date_end"] - g["date_start"]) / 2
        fig.add_scatter(
            x=mid, y=g["row"], mode="markers", name=name, legendgroup=name,
            marker=dict(color=colours[aid], size=11, line=dict(color="white", width=1)),
            customdata=list(zip(g["timex"], g["value"], g["sentence"].map(_wrap),
                                g["outlet"].fillna("").astype(str))),
            hovertemplate="<b>%{customdata[0]}</b> (%{customdata[1]})<br>"
            "%{customdata[2]}<br><i>%{customdata[3]}</i><extra>" + html.escape(name) + "</extra>",
        )  # fmt: skip
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title=None)
    if focus is not None and all(pd.notna(d) for d in focus):
        fig.update_xaxes(range=[pd.Timestamp(focus[0]), pd.Timestamp(focus[1])])
        fig.add_annotation(
            text="zoomed to the weeks around publication; double-click to see all dates",
            xref="paper", yref="paper", x=1, y=1.02, showarrow=False, xanchor="right",
            yanchor="bottom", font=dict(size=11, color="#666"),
        )  # fmt: skip
    return apply_theme(
        fig, title="When things happened, by article", height=max(320, 26 * len(labels) + 160)
    )
