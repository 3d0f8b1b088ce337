"""The same analysis on Dask: from a laptop's cores to a cluster (needs ``presslens[dask]``).

``read_articles`` reads a corpus lazily into a Dask DataFrame; every per-article extractor
(``sentences``, ``quotes``, ``timexes``, ``entities``, ``labels``, ``claims``...) takes it and
returns a Dask DataFrame with the pandas path's columns and dtypes, computed partition by
partition; corpus tables (speakers overall, label tables, word frequencies and keyness,
timeline counts) are reductions that return small pandas frames; ``stories`` groups the
articles that report the same story, and ``by_story`` runs a comparison within each story.

Names are imported lazily: ``import presslens.dask`` does not import Dask.
"""

from __future__ import annotations

from importlib import import_module

_API = {
    "read_articles": "presslens.dask.read",
    "problems": "presslens.dask.read",
    "on_partitions": "presslens.dask.partitions",
    "extract": "presslens.dask.partitions",
    "paragraphs": "presslens.dask.extractors",
    "sentences": "presslens.dask.extractors",
    "tokens": "presslens.dask.extractors",
    "quotes": "presslens.dask.extractors",
    "timexes": "presslens.dask.extractors",
    "infer_published": "presslens.dask.extractors",
    "entities": "presslens.dask.extractors",
    "labels": "presslens.dask.extractors",
    "claims": "presslens.dask.extractors",
    "readability": "presslens.dask.extractors",
    "speakers": "presslens.dask.tables",
    "speaker_totals": "presslens.dask.tables",
    "label_totals": "presslens.dask.tables",
    "frequencies": "presslens.dask.tables",
    "keyness": "presslens.dask.tables",
    "timeline_counts": "presslens.dask.tables",
    "stories": "presslens.storylines",
    "by_story": "presslens.dask.grouped",
    "person_context": "presslens.dask.extractors",
    "with_stories": "presslens.dask.grouped",
    "render_report": "presslens.dask.report",
}

__all__ = sorted(_API)


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(_API[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'presslens.dask' has no attribute {name!r}")


def __dir__():
    return __all__
