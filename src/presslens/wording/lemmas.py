"""Lemmas for the wording statistics: see :mod:`presslens.lemmas` (kept here for imports)."""

from __future__ import annotations

from presslens.lemmas import BACKEND, is_known, lemmatize

__all__ = ["lemmatize", "is_known", "BACKEND"]
