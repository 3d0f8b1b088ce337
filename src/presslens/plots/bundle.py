"""The plotly.js that presslens embeds in reports and exported notebooks (no network).

presslens ships plotly.js's cartesian bundle (``templates/report/vendor/``, MIT licence
beside it): bar, box, histogram, scatter, heatmap, pie, violin and a few more trace types,
1.5 MB instead of the full library's 4.8 MB. Every presslens figure uses only these, except
:func:`presslens.plots.contradictions_table` (a table trace), for which the full bundle of
the installed plotly package serves.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["CARTESIAN_TRACES", "CARTESIAN_BUNDLE", "plotly_js", "needs_full_bundle"]

CARTESIAN_BUNDLE = (
    Path(__file__).resolve().parent.parent
    / "templates"
    / "report"
    / "vendor"
    / "plotly-cartesian-4.1.1.min.js"
)
#: The trace types the shipped cartesian bundle draws.
CARTESIAN_TRACES = frozenset(
    [
        "bar",
        "box",
        "contour",
        "heatmap",
        "histogram",
        "histogram2d",
        "histogram2dcontour",
        "image",
        "pie",
        "scatter",
        "scatterternary",
        "violin",
    ]
)


def needs_full_bundle(trace_types) -> bool:
    """Whether figures with these trace types need the full plotly.js."""
    return not set(trace_types) <= CARTESIAN_TRACES


@cache
def plotly_js(*, full: bool = False) -> str:
    """The text of the cartesian bundle, or of the installed plotly's full bundle."""
    if full:
        from plotly.offline import get_plotlyjs

        return get_plotlyjs()
    return CARTESIAN_BUNDLE.read_text(encoding="utf-8")
