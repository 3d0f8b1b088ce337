"""Figure for the timeline of dated statements across articles.

Events are labelled with the words of their sentence (:func:`event_label`): the sentence
without its date expression (and the function words that led into it), shortened. Only
events with a point inside the shown window are rows.
"""

from __future__ import annotations

import re
import textwrap
from functools import cache

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.names import shorten
from presslens.plots.theme import PALETTE, apply_theme, colour_map
from presslens.resources import load_set_all

__all__ = ["timeline_figure", "event_label", "event_labels"]

_LEADING_PUNCT = re.compile(r"^[\s,;:–—-]+")
_TRAILING_PUNCT = re.compile(r"[\s,;:–—(-]+$")


def _wrap(s: str, width: int = 70) -> str:
    return "<br>".join(textwrap.wrap(str(s), width)) if s else ""


@cache
def _lead_words() -> frozenset:
    return load_set_all("date_lead_words.txt")


def event_label(sentence, timex=None, *, width: int = 56) -> str:
    """A short label for what a dated sentence reports: its words without the date
    expression ``timex`` and the function words right before it ("am", "seit dem", "on"),
    shortened to ``width`` characters; "…" marks words left out at the start.

    >>> event_label("Putin traf am Donnerstag, den 23. November, in Minsk ein.", "Donnerstag, den 23. November")
    'Putin traf in Minsk ein'

    Limits: the date expression is found by its words; the first occurrence is removed.
    """
    if not isinstance(sentence, str) or not sentence.strip():
        return ""
    text = " ".join(sentence.split())
    found = text.find(" ".join(str(timex).split())) if isinstance(timex, str) and timex else -1
    if found < 0:
        return shorten(text.rstrip(".!?"), width)
    before, after = text[:found], text[found + len(" ".join(timex.split())) :]
    words = before.split()
    lead_words = _lead_words()
    while words and words[-1].casefold().strip(",") in lead_words:
        words.pop()
    before = _TRAILING_PUNCT.sub("", " ".join(words))
    after = _LEADING_PUNCT.sub("", after).rstrip(" .!?")
    label = shorten(f"{before} {after}" if before and after else before or after, width)
    return ("… " + label) if not before and label else label


def event_labels(timeline_df: pd.DataFrame, *, width: int = 56) -> dict:
    """``{row index: label}`` for the rows of a ``presslens.timeline`` table (from its
    ``sentence``; a table without sentences keeps its ``event`` column)."""
    if "sentence" not in timeline_df:
        return {i: shorten(e, width) for i, e in zip(timeline_df.index, timeline_df["event"])}
    return {
        i: event_label(s, t, width=width)
        for i, s, t in zip(timeline_df.index, timeline_df["sentence"], timeline_df["timex"])
    }


def _unique(labels: dict) -> dict:
    seen: dict[str, int] = {}
    out = {}
    for key, label in labels.items():
        seen[label] = seen.get(label, 0) + 1
        out[key] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    return out


def timeline_figure(
    timeline_df: pd.DataFrame,
    *,
    max_rows: int = 40,
    focus: tuple | None = None,
    names: dict | None = None,
    max_legend: int = 10,
) -> go.Figure:
    """Dated statements on a time axis: one row per event, articles as colours.

    A statement about one day is a dot; one about a longer range (a week, a month) is a bar
    from its first to its last day. Hovering shows the article, the date expression, its
    value and the sentence. Events whose articles disagree on the date are marked with "≠"
    in the row label.

    Args:
        timeline_df: The output of ``presslens.timeline``.
        max_rows: Keep at most this many events (the earliest ones in view).
        focus: ``(start, end)``: show only events with a statement in this window (e.g. the
            weeks around publication), on an axis zoomed to it.
        names: Display names of the articles (``presslens.plots.display_names``).
        max_legend: With more articles than this, no legend: every article has the same
            colour and the hover names it.

    Limits: ranges longer than a year (a decade, "im Jahr 1999") are drawn as long bars that
    may dominate the axis; filter them out beforehand if they are not of interest.
    """
    names = names or {}
    df = timeline_df.dropna(subset=["date_start"]).copy()
    windowed = focus is not None and all(pd.notna(d) for d in focus)
    if windowed:
        lo, hi = pd.Timestamp(focus[0]), pd.Timestamp(focus[1])
        in_view = (df["date_end"] >= lo) & (df["date_start"] <= hi)
        df = df[df["event_id"].isin(df.loc[in_view, "event_id"])]
    n_events = df["event_id"].nunique()
    events = df.drop_duplicates("event_id").sort_values("date_start", kind="stable").head(max_rows)
    df = df[df["event_id"].isin(events["event_id"])]
    flag = df.groupby("event_id")["conflict"].any()
    words = _unique(
        {
            e: (event_label(s, t) or f"event {e}")
            for e, s, t in zip(events["event_id"], events["sentence"], events["timex"])
        }
    )
    labels = {e: ("≠ " if flag.get(e, False) else "") + words[e] for e in events["event_id"]}
    df["row"] = df["event_id"].map(labels)
    ids = list(dict.fromkeys(df["article_id"]))
    legend = len(ids) <= max_legend
    colours = colour_map(ids) if legend else {a: PALETTE[0] for a in ids}
    fig = go.Figure()
    # with a legend, one pair of traces per article (its colour); without, one pair for all
    parts = df.groupby("article_id", sort=False) if legend else [(None, df)]
    for aid, g in parts:
        name = names.get(aid, str(aid)) if aid is not None else "articles"
        colour = colours[aid] if aid is not None else PALETTE[0]
        xs, ys = [], []
        for s, e, row in zip(g["date_start"], g["date_end"], g["row"]):
            if e > s:
                xs += [s, e + pd.Timedelta(days=1), None]
                ys += [row, row, None]
        if xs:
            fig.add_scatter(
                x=xs, y=ys, mode="lines", line=dict(color=colour, width=8),
                opacity=0.45, legendgroup=str(aid), showlegend=False, hoverinfo="skip",
            )  # fmt: skip
        mid = g["date_start"] + (g["date_end"] - g["date_start"]) / 2
        source = [shorten(names.get(a, str(a)), 40) for a in g["article_id"]]
        fig.add_scatter(
            x=mid, y=g["row"], mode="markers", name=shorten(name, 40), legendgroup=str(aid),
            showlegend=legend,
            marker=dict(color=colour, size=11, line=dict(color="white", width=1)),
            customdata=list(zip(g["timex"], g["value"], g["sentence"].map(_wrap), source)),
            hovertemplate="<b>%{customdata[0]}</b> (%{customdata[1]})<br>"
            "%{customdata[2]}<br><i>%{customdata[3]}</i><extra></extra>",
        )  # fmt: skip
    fig.update_yaxes(
        autorange="reversed", title=None, type="category", categoryorder="array",
        categoryarray=list(labels.values()), automargin=True,
    )  # fmt: skip
    fig.update_xaxes(title=None)
    title = "When things happened, by article"
    if windowed:
        fig.update_xaxes(range=[lo, hi])
        title += f" ({lo:%Y-%m-%d} to {hi:%Y-%m-%d})"
    if n_events > len(labels):
        title += f": {len(labels)} of {n_events} events"
    if legend:
        fig.update_layout(legend=dict(orientation="h", x=0, xanchor="left", y=-0.08, yanchor="top"))
    return apply_theme(fig, title=title, height=max(320, 26 * len(labels) + 170))
