"""Plotly figure builders, one module per topic, sharing one house theme (``theme.py``)."""
