"""What every value function shares: the result type, the table type and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from presslens.timex.context import Context

__all__ = [
    "Resolved", "Args", "ValueFunction", "FunctionTable", "relative", "iso_day", "clock", "zone",
    "unknown_day", "unknown_date",
]  # fmt: skip

_REL = {"": 0, "0": 0, "+1": 1, "-1": -1, "1": 1}


class Resolved(NamedTuple):
    """A resolved value: the TIMEX3 value, what it was resolved against (``published:...``,
    ``mention:...``; None for absolute values) and an explicit calendar range or None."""

    value: str
    anchor: str | None = None
    range: tuple[date, date] | None = None


#: the arguments of a call, as strings: ``md(11,23)`` -> ["11", "23"]
Args = list[str]


@dataclass(frozen=True)
class ValueFunction:
    """A named value function. ``unknown`` gives the value when the context has no anchor
    (None: the function needs no anchor, or handles its absence itself)."""

    name: str
    apply: Callable[[Args, Context, int, str], Resolved]
    unknown: Callable[[Args], str] | None = None


class FunctionTable(dict):
    """Call name -> :class:`ValueFunction`; :meth:`add` registers a function (a decorator)."""

    def add(self, *names: str, unknown: Callable[[Args], str] | None = None):
        """Register the decorated function under ``names``."""

        def register(f):
            for name in names:
                self[name] = ValueFunction(name, f, unknown)
            return f

        return register


def relative(ctx: Context, word: str) -> int:
    """This (0), next (1), last (-1), the one after next (2)... for a normalised ``rel`` slot
    or a relative word."""
    if word in _REL:
        return _REL[word]
    if word.lstrip("+-").isdigit():  # "+2": "übernächste Woche"
        return int(word)
    return int(ctx.vocab.value("relative_word", word, 0))


def iso_day(d: date) -> str:
    """``d`` as a TIMEX3 day: 2023-11-25."""
    return d.isoformat()


def clock(args: Args) -> tuple[str, str]:
    """Hour and minute of ``time(h,mi[,ampm[,zone]])``; "p.m." adds twelve hours, "12 a.m."
    is midnight."""
    h, mi = args[0], args[1]
    if len(args) > 2 and args[2]:
        pm = args[2].lower().startswith("p")
        h = str(int(h) % 12 + (12 if pm else 0)).zfill(2)
    return h, mi


def zone(args: Args, i: int = 3) -> str:
    """The TIMEX3 zone suffix in ``args[i]`` ("Z" for UTC), else nothing."""
    return args[i] if len(args) > i else ""


def unknown_day(args: Args) -> str:
    """A month and day with an unknown year, from the last two arguments: XXXX-11-23."""
    return f"XXXX-{int(args[-2]):02d}-{int(args[-1]):02d}"


def unknown_date(_args: Args) -> str:
    """A date of which nothing is known: XXXX-XX-XX."""
    return "XXXX-XX-XX"
