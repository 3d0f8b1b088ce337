"""One escaping rule for every corpus string the report shows."""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["esc"]


def esc(value) -> str:
    """``value`` as escaped HTML text; missing values (None, NaN, NA) are the empty string."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value))
