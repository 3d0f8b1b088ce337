"""Pair quotation marks: German, English, French/Swiss, ASCII, mixed and unbalanced.

``find_quoted(text)`` returns the outer quoted spans (nested single quotes inside double
quotes are not returned separately). Rules, in a single left-to-right pass:

- ``„`` and ``‚`` only open; ``“`` closes an open ``„`` and otherwise opens an English quote
  closed by ``”`` (or, when mixed, ``“`` / ``"``).
- ``»…«`` and ``«…»`` are both accepted (whichever comes first opens).
- ASCII ``"`` opens after a space, bracket or line start and closes otherwise.
- A quote still open at the end of a paragraph continues when the next paragraph starts with
  an opening mark (multi-paragraph quotes); otherwise it ends at the paragraph end
  (unbalanced: ``closed`` is False).

Limits: apostrophes (``’``) are never closing marks of a single quote unless an English
``‘`` is open; quotes longer than ``max_chars`` are cut at the paragraph end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Quoted", "find_quoted", "OPENERS", "CLOSERS"]

_MARK = re.compile(r"[„“”\"»«‚‘’›‹]|\n\s*")
OPENERS = '„“"»«‚‘‹›'
CLOSERS = '“”"«»‘’›‹'
# opener -> closers that end it
_CLOSE_FOR = {
    "„": '“”"',
    "“": '”“"',
    '"': '"”“',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
    "›": "‹",
    "‹": "›",
}
_SINGLE = "‚‘‹›"


class Quoted(NamedTuple):
    """A span in quotation marks; ``start``/``end`` include the marks, ``closed`` is False for
    an unbalanced quote ended by its paragraph."""

    start: int
    end: int
    open: str
    close: str
    closed: bool


def _is_opening_ascii(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{/–—-:":
        return not after.isspace()
    return False


def find_quoted(text: str, *, max_chars: int = 4000) -> list[Quoted]:
    """Outer quoted spans of ``text`` in document order (see module docstring)."""
    out: list[Quoted] = []
    stack: list[tuple[str, int]] = []  # (opener, position); depth 1 or 2 (single inside double)
    skip = -1
    for m in _MARK.finditer(text):
        ch = m.group()
        i = m.start()
        if i == skip:
            continue
        if ch[0] == "\n" or ch[0].isspace():
            if stack:
                # paragraph break inside an open quote: continue if next paragraph reopens
                nxt = m.end()
                op, pos = stack[0]
                if (
                    nxt < len(text)
                    and text[nxt] == op
                    and op != '"'
                    or (op == '"' and nxt < len(text) and text[nxt] == '"')
                ):
                    stack = [(op, pos)]
                    skip = nxt
                    continue
                out.append(Quoted(pos, i, op, "", False))
                stack = []
            continue
        if stack:
            op, pos = stack[-1]
            if ch in _CLOSE_FOR[op]:
                # '"' followed by text after a space: a new opening (the old one is unbalanced)
                if (
                    ch == '"'
                    and op == '"'
                    and _is_opening_ascii(text, i)
                    and len(stack) == 1
                    and i - pos > 1
                    and text[i - 1].isspace()
                ):
                    out.append(Quoted(pos, i - 1, op, "", False))
                    stack = [(ch, i)]
                    continue
                if ch in "’" and i + 1 < len(text) and text[i + 1].isalpha():
                    continue  # apostrophe inside a word
                stack.pop()
                if not stack:
                    out.append(Quoted(pos, i + 1, op, ch, True))
                continue
            if ch in "’":
                continue
            # a reopening mark while open (multi-paragraph continuation handled above)
            if ch in _SINGLE or ch == "‘":
                if (len(stack) == 1 and op not in _SINGLE) and (
                    ch in "‚‹›" or (ch == "‘" and (i == 0 or not text[i - 1].isalnum()))
                ):
                    stack.append((ch, i))
                continue
            if ch == "„" or (ch in "»«" and op not in "»«"):
                if len(stack) == 1:
                    stack.append((ch, i))
                continue
            if ch == '"' and len(stack) == 1 and _is_opening_ascii(text, i):
                stack.append((ch, i))
            continue
        # nothing open
        if ch == '"':
            if _is_opening_ascii(text, i):
                stack.append((ch, i))
            continue
        if ch in "’”":
            continue
        if ch == "‘" and i > 0 and text[i - 1].isalnum():
            continue
        if ch in OPENERS:
            stack.append((ch, i))
    if stack:
        op, pos = stack[0]
        out.append(Quoted(pos, len(text), op, "", False))
    # cut overlong unbalanced quotes at a paragraph end
    res = []
    for q in out:
        if q.end - q.start > max_chars:
            par = text.find("\n", q.start)
            if par != -1 and par < q.end:
                q = q._replace(end=par, closed=False)
        if q.end - q.start > 2:
            res.append(q)
    return res
