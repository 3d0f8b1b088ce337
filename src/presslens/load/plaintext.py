"""Plain text copied from a news site: metadata lines out of the body, into columns.

The rules (general, not tuned to one site):

* **Header**: from the top, metadata lines are taken out until the first body line. Metadata
  lines are dates, relative ages ("51 Wochen vor", "2 days ago"), separators ("|"), section
  names, photo credits ("Foto: ..."), author lines ("Von X", "By X") and lines of several
  such parts joined by " | ".
* **Title**: the first non-blank line, when it is not itself metadata, has at most 30 words,
  does not end with ``.``, ``:``, ``,`` or ``;`` and is followed by a blank line or by a
  metadata line. An article whose first line is anything else gets no title.
* **Author without "Von"/"By"**: a line of 2-4 capitalised name tokens (or several such names
  joined by "und"/"and"/","), only in the header and only next to another metadata line (not
  counting the title), so a two-word subheading at the start of the body stays body.
* **Caption** (teaser): in the header, a line that repeats the start of the title (at least
  three words, or the whole title) or ends with a photo credit ("... (Foto: dpa)"). It is
  kept in ``caption``, not in the body.
* **Footer**: from the end, source/agency lines ("(dpa)", "Quelle: dpa"), photo credits,
  dates, separators and "Von X" lines are taken out; the agency line sets ``outlet``.
* **In the body** only whole photo-credit lines are taken out (with the blank line after them
  when they stand between blank lines); everything else, subheadings and bullets included,
  stays verbatim.

Duplicate photo credits collapse into one; several different ones are joined with "; ".
"""

from __future__ import annotations

import re
from typing import Any

from presslens.load.lines import METADATA_KINDS, Line, classify_line

__all__ = ["parse_plaintext"]

_LINE = re.compile(r"[^\n]*")
_TITLE_END_BAD = ".:,;"
_FOOTER_KINDS = frozenset({"source", "photo", "date", "separator", "author", "relative", "meta"})


def _title_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and s[-1] not in _TITLE_END_BAD and len(s.split()) <= 30


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def _repeats_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    a, t = _norm(line), _norm(title)
    return bool(a) and (a == t or (t.startswith(a + " ") and len(a.split()) >= 3))


def _record(meta: dict[str, Any], line: Line) -> None:
    kind, value = line
    if kind == "meta":
        for part in value:
            _record(meta, part)
    elif kind == "date":
        if meta["published"] is None:
            meta["published"], meta["published_raw"] = value
    elif kind == "relative":
        meta["published_relative"] = meta["published_relative"] or value
    elif kind == "section":
        meta["section"] = meta["section"] or value
    elif kind == "photo":
        if value not in meta["photo_credit"]:
            meta["photo_credit"].append(value)
    elif kind in ("author", "name"):
        if value not in meta["author"]:
            meta["author"].append(value)
    elif kind == "source":
        meta["outlet"], meta["source_line"] = value
    elif kind == "caption":
        caption, credit = value
        meta["caption"].append(caption)
        if credit and credit not in meta["photo_credit"]:
            meta["photo_credit"].append(credit)


def parse_plaintext(text: str) -> tuple[dict[str, Any], str]:
    """Split a pasted article into metadata and body.

    Args:
        text: The article with line ends already normalised to ``\\n``.

    Returns:
        ``(meta, body)``: ``meta`` has ``title, author, published (datetime or None),
        published_raw, published_relative, section, photo_credit, caption, outlet,
        source_line`` (strings or None); ``body`` is the text without the metadata lines.
    """
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    # finditer yields an empty match after each line; keep one span per line
    lines: list[tuple[int, int]] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        lines.append((start, end))
        pos = end + 1
    kinds = [classify_line(text[s:e]) for s, e in lines]
    nonblank = [i for i, k in enumerate(kinds) if k.kind != "blank"]
    meta: dict[str, Any] = {
        "title": None, "author": [], "published": None, "published_raw": None,
        "published_relative": None, "section": None, "photo_credit": [], "caption": [],
        "outlet": None, "source_line": None,
    }  # fmt: skip
    if not nonblank:
        return _finish(meta), ""

    def is_meta(j: int | None) -> bool:
        return j is not None and kinds[j].kind in METADATA_KINDS

    def next_nb(i: int) -> int | None:
        later = [j for j in nonblank if j > i]
        return later[0] if later else None

    # header
    body_first = None
    title_i = None
    prev_nb: int | None = None
    for i in nonblank:
        k = kinds[i]
        nxt = next_nb(i)
        s = text[lines[i][0] : lines[i][1]]
        if k.kind in METADATA_KINDS:
            _record(meta, k)
        elif (
            prev_nb is None
            and _title_like(s)
            and nxt is not None
            and (nxt > i + 1 or is_meta(nxt) or kinds[nxt].kind == "name")
        ):
            meta["title"], title_i = s.strip(), i
        elif k.kind == "name" and (
            (prev_nb is not None and prev_nb != title_i and is_meta(prev_nb)) or is_meta(nxt)
        ):
            _record(meta, k)
        elif k.kind == "caption" or (
            _repeats_title(s, meta["title"])
            and (nxt is None or nxt > i + 1 or is_meta(nxt) or is_meta(prev_nb))
        ):
            _record(meta, k if k.kind == "caption" else Line("caption", (s.strip(), None)))
        else:
            body_first = i
            break
        prev_nb = i
    if body_first is None:
        return _finish(meta), ""

    # footer
    body_last = nonblank[-1]
    while body_last > body_first and kinds[body_last].kind in _FOOTER_KINDS:
        _record(meta, kinds[body_last])
        body_last = max(j for j in nonblank if j < body_last)

    # body, without photo-credit lines
    pieces: list[str] = []
    cut = lines[body_first][0]
    i = body_first + 1
    while i < body_last:
        if kinds[i].kind == "photo":
            _record(meta, kinds[i])
            pieces.append(text[cut : lines[i][0]])
            cut = lines[i][1] + 1
            if kinds[i - 1].kind == "blank":
                while i + 1 < body_last and kinds[i + 1].kind == "blank":
                    i += 1
                    cut = lines[i][1] + 1
        i += 1
    pieces.append(text[cut : lines[body_last][1]])
    return _finish(meta), "".join(pieces).rstrip()


def _finish(meta: dict[str, Any]) -> dict[str, Any]:
    out = dict(meta)
    out["author"] = "; ".join(meta["author"]) or None
    out["photo_credit"] = "; ".join(meta["photo_credit"]) or None
    out["caption"] = " / ".join(meta["caption"]) or None
    return out
