"""Interactive tables in the report: itables (DataTables) with its scripts embedded, offline.

Limits: a table holds at most ``max_rows`` rows (a sentence says how many were left out),
so a large corpus does not make the report heavy; long cells are cut to ``max_chars``.
"""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML, display

__all__ = ["init_tables", "show_table"]


def init_tables() -> None:
    """Embed the DataTables bundle once (no network: ``connected=False``)."""
    from itables import init_notebook_mode

    init_notebook_mode(all_interactive=False, connected=False)


def _cut(value, max_chars: int):
    if isinstance(value, str) and len(value) > max_chars:
        return value[: max_chars - 1] + "…"
    return value


def show_table(
    frame: pd.DataFrame,
    *,
    caption: str | None = None,
    max_rows: int = 2000,
    max_chars: int = 300,
    allow_html: bool = False,
) -> None:
    """Display ``frame`` as a searchable, sortable table.

    Args:
        frame: The table; with ``allow_html`` every cell must already be escaped HTML.
        caption: Shown above the table.
        max_rows: At most this many rows.
        max_chars: Text cells are cut to this length (not with ``allow_html``).
        allow_html: Render cells as HTML (for links); itables escapes them otherwise.
    """
    from itables import show

    if frame is None or frame.empty:
        display(HTML(f"<p>{html.escape(caption or 'Table')}: no rows.</p>"))
        return
    shown = frame.head(max_rows)
    if not allow_html:
        shown = shown.apply(lambda col: col.map(lambda v: _cut(v, max_chars)))
    note = f" (the first {max_rows:,} of {len(frame):,} rows)" if len(frame) > max_rows else ""
    show(
        shown,
        caption=(caption or "") + note,
        allow_html=allow_html,
        maxBytes=0,
        showIndex=False,
        classes="display compact",
    )
