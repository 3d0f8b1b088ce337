"""Plotly figures of presslens tables, one module per topic, sharing one house theme.

Public as ``presslens.plots``: each function takes the DataFrame the matching extractor
returns and gives a ``plotly.graph_objects.Figure`` (hover shows the passage where one
exists). Figures aggregate or cut to the top rows so that they stay readable on large corpora.
Articles are named by :func:`display_names` (pass ``names=``), never by bare ids.
"""

from presslens.plots.compare import contradictions_table, coverage_figure
from presslens.plots.labels import labels_figure
from presslens.plots.names import display_names, shorten
from presslens.plots.notebook import notebook_mode
from presslens.plots.overview import length_figure
from presslens.plots.quotes import quote_share_figure, speakers_figure
from presslens.plots.timeline import event_label, event_labels, timeline_figure
from presslens.plots.wording import keyness_figure, readability_figure

__all__ = [
    "contradictions_table",
    "coverage_figure",
    "display_names",
    "event_label",
    "event_labels",
    "keyness_figure",
    "labels_figure",
    "length_figure",
    "notebook_mode",
    "quote_share_figure",
    "readability_figure",
    "shorten",
    "speakers_figure",
    "timeline_figure",
]
