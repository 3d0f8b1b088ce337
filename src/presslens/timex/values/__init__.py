"""The value functions: one named function per kind of underspecified value.

A rule's ``value`` in ``timex_rules.yaml`` is either a TIMEX3 string or a call such as
``md(11,23)`` ("23 November, year from the context") or ``later(2,D,später)``. Each call
name is an entry of :data:`VALUE_FUNCTIONS`: a function ``(args, ctx, start, text) ->
Resolved`` and, for functions that count from the article date, what the value is when there
is no anchor (``XXXX-11-23``). Every function can be called and tested on its own; the words
they read (day words, unit words, "zuvor"...) come from ``timex_vocab.yaml`` through
:class:`~presslens.timex.context.Vocabulary`.

Where each kind lives: ``counts`` (durations, sets, decades, centuries, "vor drei Jahren"),
``mentions`` (counted from a date in the text: "zwei Tage später"), ``days`` (day words,
weekdays, clock times, holidays), ``months`` (months, seasons, quarters without a year: the
year of "am 23. November" is decided in :func:`~presslens.timex.values.months.month_year`);
``base`` holds the shared types and helpers.
"""

from __future__ import annotations

from presslens.timex.values import counts, days, mentions, months
from presslens.timex.values.base import FunctionTable, Resolved, ValueFunction

__all__ = ["Resolved", "ValueFunction", "VALUE_FUNCTIONS"]

#: call name -> value function
VALUE_FUNCTIONS: FunctionTable = FunctionTable(
    {**counts.FUNCTIONS, **mentions.FUNCTIONS, **days.FUNCTIONS, **months.FUNCTIONS}
)
