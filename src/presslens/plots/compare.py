"""Figures for comparison: shared and unique content per article, contradictions side by side."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presslens.plots.names import shorten
from presslens.plots.theme import apply_theme

__all__ = ["coverage_figure", "contradictions_table"]

_SHARED, _UNIQUE = "#1f5f8b", "#edae49"


def coverage_figure(
    coverage: pd.DataFrame, *, top: int = 30, names: dict | None = None
) -> go.Figure:
    """Stacked horizontal bars: per article, the sentences other articles also report
    (shared) and those only it has (unique).

    Args:
        coverage: The output of ``presslens.compare.coverage`` (``by="article"``).
        top: With more articles than this, show the ``top`` articles with the largest
            share of shared sentences (the title says so).
        names: Display names of the articles (``presslens.plots.display_names``).

    Limits: "shared" means one aligned sentence or more at the chosen threshold; it says
    nothing about whether the articles agree on it (see ``contradictions``).
    """
    title = "What articles share, what only one says"
    df = coverage
    if len(df) > top:
        title += f" ({top} of {len(df)} articles, those sharing most)"
        df = df.sort_values(["share_shared", "n_shared"], ascending=False).head(top)
    df = df.iloc[::-1]
    names = names or {}
    labels = [shorten(names.get(a, str(a)), 32) for a in df["article_id"]]
    custom = list(zip(df["share_shared"], df["article_id"].astype(str)))
    fig = go.Figure()
    for col, name, colour in (("n_shared", "shared", _SHARED), ("n_unique", "unique", _UNIQUE)):
        fig.add_bar(
            y=labels, x=df[col], name=name, orientation="h", marker_color=colour,
            customdata=custom,
            hovertemplate="%{y}<br>id %{customdata[1]}<br>" + name + " sentences: %{x}<br>"
            "share reported elsewhere: %{customdata[0]:.0%}<extra></extra>",
        )  # fmt: skip
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="sentences")
    fig.update_yaxes(title=None, type="category", automargin=True)
    return apply_theme(
        fig, title=title, height=max(260, (60 if len(df) < 8 else 26) * len(df) + 140)
    )


def contradictions_table(contradictions: pd.DataFrame) -> go.Figure:
    """The contradictions as a table: subject, the two values, the two evidence sentences
    side by side, and the reason.

    Args:
        contradictions: The output of ``presslens.contradictions``.
    """
    df = contradictions
    header = ["subject", "attribute", "article a", "says", "article b", "says", "reason"]
    cells = [
        df["subject"], df["attribute"],
        df["article_id_a"].astype(str).str[:16], df["value_a"] + ": " + df["evidence_a"],
        df["article_id_b"].astype(str).str[:16], df["value_b"] + ": " + df["evidence_b"],
        df["reason"],
    ]  # fmt: skip
    fig = go.Figure(
        go.Table(
            columnwidth=[70, 50, 70, 220, 70, 220, 120],
            header=dict(values=header, fill_color="#eee", align="left", font=dict(size=12)),
            cells=dict(values=cells, align="left", font=dict(size=11), height=24),
        )
    )
    return apply_theme(
        fig, title="Where the articles contradict each other", height=160 + 110 * len(df)
    )
