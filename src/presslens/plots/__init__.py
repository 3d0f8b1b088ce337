"""Plotly figures of presslens tables, one module per topic, sharing one house theme.

Public as ``presslens.plots``: each function takes the DataFrame the matching extractor
returns and gives a ``plotly.graph_objects.Figure`` (hover shows the passage where one
exists). Figures aggregate or cut to the top rows so that they stay readable on large corpora.
"""

from presslens.plots.compare import contradictions_table, coverage_figure
from presslens.plots.labels import labels_figure
from presslens.plots.overview import length_figure
from presslens.plots.quotes import speakers_figure
from presslens.plots.timeline import timeline_figure
from presslens.plots.wording import keyness_figure, readability_figure

__all__ = [
    "contradictions_table",
    "coverage_figure",
    "keyness_figure",
    "labels_figure",
    "length_figure",
    "readability_figure",
    "speakers_figure",
    "timeline_figure",
]
