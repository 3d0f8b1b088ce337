"""Figures in notebooks that survive every export: :func:`notebook_mode`.

plotly's default renderer in a kernel sends only its own mimetype, which JupyterLab draws
and ``jupyter nbconvert --to html`` drops ("not able to be represented"). The ``presslens``
renderer sends, for every figure:

- ``application/vnd.plotly.v1+json``: JupyterLab and VS Code draw it interactively;
- ``text/html``: a ``<div>`` and a script that draws it with plotly.js, which the first
  figure of a notebook embeds (no network): exports to HTML show every figure;
- ``image/png`` when asked for (``static=True``, or ``PRESSLENS_STATIC_FIGURES=1``) and
  kaleido can draw it: exports that cannot run JavaScript (PDF, Markdown) show the picture;
- ``text/plain``: the figure's title, for anything else.

Limits: plotly.js is embedded in the first figure's output of the session (the cartesian
bundle; the full bundle once a figure needs another trace type, such as a table): cleared
outputs can leave a later figure without it in an HTML export (run the notebook top to
bottom). Static pictures need ``pip install kaleido`` and a Chrome or Chromium on the machine,
and take a second or more per figure.
"""

from __future__ import annotations

import json
import os
import re
import uuid
import warnings

import plotly.io as pio
from plotly.io.base_renderers import MimetypeRenderer
from plotly.utils import PlotlyJSONEncoder

from presslens.plots.bundle import needs_full_bundle, plotly_js

__all__ = ["notebook_mode", "PresslensRenderer"]


def _script_safe(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


#: Which plotly.js bundle this session's outputs embedded (plotly copies a renderer for
#: every figure, so the state lives here).
_SENT: dict[str, str] = {}


class PresslensRenderer(MimetypeRenderer):
    """The renderer :func:`notebook_mode` installs (see the module's docstring)."""

    def __init__(self, static: bool = False):
        self.static = static

    def _library(self, fig_dict: dict) -> str:
        kinds = {trace.get("type", "scatter") for trace in fig_dict.get("data", [])}
        need = "full" if needs_full_bundle(kinds) else "cartesian"
        if _SENT.get("bundle") in ("full", need):
            return ""
        _SENT["bundle"] = need
        return f"<script>{plotly_js(full=need == 'full')}</script>"

    def _png(self, fig_dict: dict) -> bytes | None:
        try:
            return pio.to_image(fig_dict, format="png", scale=1)
        except Exception as exc:  # kaleido or its browser is missing: the others remain
            warnings.warn(f"no static picture of the figure: {exc}", stacklevel=3)
            self.static = False
            return None

    def to_mimebundle(self, fig_dict: dict) -> dict:
        layout = fig_dict.get("layout", {})
        title = layout.get("title")
        title = title.get("text", "") if isinstance(title, dict) else ""
        plain = re.sub(r"<[^>]+>", " ", title or "a plotly figure")
        figure_id = f"presslens-figure-{uuid.uuid4().hex[:12]}"
        text = json.dumps(
            {"data": fig_dict.get("data", []), "layout": layout}, cls=PlotlyJSONEncoder
        )
        spec = _script_safe(text)
        html = (
            self._library(fig_dict)
            + f'<div id="{figure_id}" class="presslens-figure"></div>'
            + f"<script>(function (spec) {{ Plotly.newPlot({json.dumps(figure_id)}, spec.data, "
            + 'spec.layout, {"displaylogo": false, "responsive": true}); })('
            + spec
            + ");</script>"
        )
        bundle = {
            "application/vnd.plotly.v1+json": json.loads(text),
            "text/html": html,
            "text/plain": f"Figure: {' '.join(plain.split())}",
        }
        if self.static:
            png = self._png(fig_dict)
            if png is not None:
                import base64

                bundle["image/png"] = base64.b64encode(png).decode("ascii")
        return bundle


def notebook_mode(*, static: bool | None = None) -> None:
    """Make the ``presslens`` renderer plotly's default in this session (any figure shown as
    a cell's result or with ``fig.show()``).

    Args:
        static: Also embed a PNG of each figure (for PDF and other exports without
            JavaScript); default: the environment variable ``PRESSLENS_STATIC_FIGURES``.
    """
    if static is None:
        static = os.environ.get("PRESSLENS_STATIC_FIGURES", "") not in ("", "0", "false")
    _SENT.clear()  # a notebook run from the top embeds plotly.js in its first figure again
    pio.renderers["presslens"] = PresslensRenderer(static=static)
    pio.renderers.default = "presslens"
