"""The report's HTML comes from Jinja2 templates with autoescape (``templates/report/``).

:func:`render` fills one template and returns :class:`markupsafe.Markup`, so a block that one
template produced can go into another without being escaped twice, while every other value
(article text, titles, file names, the report's title) is escaped. :func:`figure_block`
embeds a plotly figure as JSON made safe for a script element. Assets (the stylesheet, the
table script and plotly.js) are read from the same folder.

Limits: the figures are drawn by the shipped partial plotly.js bundle (cartesian: bar, box,
histogram, scatter, heatmap, pie, violin and a few more); a figure with another trace type
(a table, a map) does not draw in the report.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from presslens.plots.bundle import CARTESIAN_BUNDLE, CARTESIAN_TRACES

__all__ = [
    "TEMPLATE_DIR",
    "PLOTLY_BUNDLE",
    "PLOTLY_TRACES",
    "environment",
    "render",
    "snippet",
    "asset",
    "figure_block",
    "script_json",
]

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "report"
PLOTLY_BUNDLE = str(CARTESIAN_BUNDLE.relative_to(TEMPLATE_DIR))
#: The trace types the shipped plotly.js bundle draws.
PLOTLY_TRACES = CARTESIAN_TRACES

#: plotly's own options for every figure: no logo, resize with the page.
FIGURE_CONFIG = {"displaylogo": False, "responsive": True}


@cache
def environment(extra_dir: str | None = None) -> Environment:
    """The Jinja2 environment: templates from ``extra_dir`` (if given) first, then the
    shipped ones; autoescape for every template; undefined names are errors."""
    folders = [extra_dir, str(TEMPLATE_DIR)] if extra_dir else [str(TEMPLATE_DIR)]
    env = Environment(
        loader=FileSystemLoader(folders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env


def render(name: str, *, extra_dir: str | None = None, **context) -> Markup:
    """The template ``name`` filled with ``context`` (escaped), as markup."""
    return Markup(environment(extra_dir).get_template(name).render(**context))


def snippet(kind: str, text: str, *, target: str = "") -> Markup:
    """A paragraph, a heading (h3) or a link to ``#target`` around ``text`` (escaped)."""
    return Markup(render("snippets.html.j2", kind=kind, text=text, target=target).rstrip("\n"))


@cache
def asset(name: str) -> str:
    """The text of a file in the template folder (stylesheet, script, plotly.js)."""
    return (TEMPLATE_DIR / name).read_text(encoding="utf-8")


def script_json(text: str) -> Markup:
    """JSON text made safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and ``'``
    become ``\\u`` escapes, which JavaScript reads as the same characters."""
    safe = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(safe)


def figure_block(fig, figure_id: str) -> Markup:
    """A plotly figure as a ``<div>`` and the script that draws it with the embedded bundle.

    Raises:
        ValueError: the figure has a trace type the shipped bundle cannot draw.
    """
    kinds = {trace.type for trace in fig.data}
    if not kinds <= PLOTLY_TRACES:
        raise ValueError(
            f"the report's plotly.js bundle cannot draw {sorted(kinds - PLOTLY_TRACES)}"
        )
    text = fig.to_json(validate=False)
    return render(
        "figure.html.j2", figure_id=figure_id, spec=script_json(text), config=FIGURE_CONFIG
    )
