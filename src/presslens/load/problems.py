"""Problems met while loading: collected into a table, or raised at once."""

from __future__ import annotations

from typing import Literal

import pandas as pd

from presslens.load.values import printable
from presslens.schemas import columns

__all__ = ["LoadError", "Problems", "problems", "PROBLEM_COLUMNS"]

PROBLEM_COLUMNS = columns("problems")


class LoadError(ValueError):
    """A source could not be read (with ``errors="raise"``), or yielded no article at all.

    ``path`` and ``problem`` hold the file (or source) and the problem when the error is
    about one of them (the problem names the record: ``"line 3: invalid JSON ..."``).
    """

    def __init__(self, message: str, *, path: str | None = None, problem: str | None = None):
        super().__init__(message)
        self.path, self.problem = path, problem


class Problems:
    """Collects ``(path, problem)`` pairs, or raises on the first with ``errors="raise"``."""

    def __init__(self, errors: Literal["collect", "raise"] = "collect"):
        if errors not in ("collect", "raise"):
            raise ValueError(f'errors must be "collect" or "raise", not {errors!r}')
        self.errors = errors
        self.rows: list[tuple[str, str]] = []

    def add(self, path, problem: str) -> None:
        path, problem = printable(path), printable(problem)
        if self.errors == "raise":
            raise LoadError(f"{path}: {problem}", path=path, problem=problem)
        self.rows.append((path, problem))


def problems(articles: pd.DataFrame) -> pd.DataFrame:
    """The problems met while loading ``articles``: a DataFrame with columns ``path, problem``.

    ``read_articles`` keeps them in ``articles.attrs["problems"]`` (a tuple of
    ``(path, problem)`` pairs: pandas cannot compare DataFrames held in ``attrs``, so
    ``pd.concat`` and ``merge`` would fail on one). Row selection, ``copy`` and ``concat``
    of frames with the same problems keep them; many other operations (``groupby``,
    ``concat`` of frames from different loads) drop ``attrs``. Call this on the frame
    ``read_articles`` returned, or on a selection of its rows.

    Raises:
        ValueError: ``articles`` carries no record of load problems (not a frame from
            ``read_articles``, or an operation dropped its ``attrs``).
    """
    if "problems" not in articles.attrs:
        raise ValueError(
            "this DataFrame carries no record of load problems: call presslens.problems() on "
            "the frame read_articles() returned (operations such as groupby or merge with "
            "another load drop DataFrame.attrs)"
        )
    return pd.DataFrame(list(articles.attrs["problems"]), columns=PROBLEM_COLUMNS, dtype="str")
