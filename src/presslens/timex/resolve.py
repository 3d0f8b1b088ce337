"""Turn underspecified values (``wd(4)``, ``day(-1)``, ``md(11,23)``...) into TIMEX3 values.

A value that is no call (``2022-12-19``, ``PRESENT_REF``) is already resolved. A call is
looked up by name in :data:`presslens.timex.values.VALUE_FUNCTIONS`; a function that counts
from the article date gets its ``unknown`` value when there is no anchor (``XXXX-11-23``).
How each kind is placed (tense cues, the year just mentioned, a date earlier in the text) is
documented on its value function.

Limits: tense cues are words, not a parse ("ist" counts as past, for the perfect tense).
"""

from __future__ import annotations

import re

from presslens.timex.arithmetic import easter, value_range
from presslens.timex.context import Context
from presslens.timex.values import VALUE_FUNCTIONS, Resolved

__all__ = ["Context", "Resolved", "resolve", "value_range", "easter"]

_CALL = re.compile(r"(\w+)\((.*)\)\Z")


def resolve(u: str, ctx: Context, start: int, text: str) -> Resolved:
    """Resolve one underspecified value ``u`` of the expression ``text`` at ``start``.

    Returns ``(value, anchor label, explicit range or None)``. The anchor label says what a
    relative value was resolved against: ``published:<date>``, ``inferred:<date>``,
    ``reference:<date>`` or ``mention:<date>``; without an anchor, the context's ``missing``
    label (``none:undated``) for values left with unknown parts; None for absolute values.
    An unknown call gives ``XXXX-XX-XX``.
    """
    m = _CALL.match(u)
    if not m:
        return Resolved(u)
    fn = VALUE_FUNCTIONS.get(m.group(1))
    if fn is None:
        return Resolved("XXXX-XX-XX")
    args = [a.strip() for a in m.group(2).split(",")]
    if ctx.anchor is not None:
        return fn.apply(args, ctx, start, text)
    res = Resolved(fn.unknown(args)) if fn.unknown is not None else fn.apply(args, ctx, start, text)
    if res.anchor is None and ("XXXX" in res.value or res.value.startswith("T")):
        return res._replace(anchor=ctx.missing)  # say why the value stays unknown
    return res
