"""Plain text copied from a news site: metadata lines out of the body, into columns.

The rules (general, not tuned to one site):

* **Header**: from the top, metadata lines are taken out until the first body line. Metadata
  lines are dates, relative ages ("51 Wochen vor", "2 days ago"), separators ("|"), section
  names, photo credits ("Foto: ..."), author lines ("Von X", "By X") and lines of several
  such parts joined by " | ".
* **Title**: the first line that is not metadata, when it comes first or after metadata
  lines other than a photo credit (a line after a credit is a caption), has at most 30
  words, does not end with ``.``, ``:``, ``,`` or ``;`` and is followed by a blank line or by
  a metadata line. An article whose first text line is anything else gets no title.
* **Kicker** ("Dachzeile"): a line of at most 8 words without final full stop directly above
  such a title (no blank line between), e.g. "Gipfel in Minsk" over the headline.
* **Interface lines** ("Teilen", "Share", "Lesezeit: 4 Min.", "Artikel anhören") in the
  header are dropped.
* **Author without "Von"/"By"**: a line of 2-4 capitalised name tokens (or several such names
  joined by "und"/"and"/","), only in the header and only next to another metadata line (not
  counting the title), so a two-word subheading at the start of the body stays body.
* **Caption** (teaser): in the header, a line that repeats the start of the title (at least
  three words, or the whole title) or ends with a photo credit ("... (Foto: dpa)"). It is
  kept in ``caption``, not in the body.
* **Footer**: from the end, source/agency lines ("(dpa)", "Quelle: dpa"), photo credits,
  dates, separators and "Von X" lines are taken out; the agency line sets ``outlet``.
* **In the body** only whole photo-credit lines and lines with an explicit caption prefix
  ("Bildunterschrift:", "Image caption,") are taken out (with the blank line after them when
  they stand between blank lines); everything else, subheadings and bullets included, stays
  verbatim.

Duplicate photo credits collapse into one; several different ones are joined with "; ".
``outlet`` from an agency line is its content as written ("(Iswestija/RoZ)" gives
"Iswestija/RoZ"): which part is the outlet and which the agency is not guessed.

Limits: the first date line wins (a "Veröffentlicht" and an "Aktualisiert" line give the
first); a section is recognised only from the listed names or a breadcrumb starting with
"Startseite"/"Home"; a bare name line at the end of the body (a signature) stays in the body;
a kicker or subheading over the first paragraph is indistinguishable from a title when it is
followed by a blank line.
"""

from __future__ import annotations

import re
from array import array
from typing import Any

from presslens.load.lines import METADATA_KINDS, Line, classify_line, may_be_credit

__all__ = ["parse_plaintext"]

_TITLE_END_BAD = ".:,;"
_NONSPACE = re.compile(r"\S")
_FOOTER_KINDS = frozenset(
    {"source", "photo", "date", "separator", "author", "relative", "meta", "ui"}
)


def _title_like(line: str, max_words: int = 30) -> bool:
    s = line.strip()
    return bool(s) and s[-1] not in _TITLE_END_BAD and len(s.split()) <= max_words


def _heading(line: str) -> str:
    """The line without surrounding space and Markdown heading marks ("# Title")."""
    return line.strip().lstrip("#").strip()


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
        ``(meta, body)``: ``meta`` has ``kicker, title, author, published (datetime or None),
        published_raw, published_relative, section, photo_credit, caption, outlet,
        source_line`` (strings or None); ``body`` is the text without the metadata lines.
    """
    lines = _LineIndex(text)
    kinds = _LazyKinds(text, lines)  # body lines are mostly never classified
    nonblank = lines.nonblank
    meta: dict[str, Any] = {
        "kicker": None, "title": None, "author": [], "published": None, "published_raw": None,
        "published_relative": None, "section": None, "photo_credit": [], "caption": [],
        "outlet": None, "source_line": None,
    }  # fmt: skip
    if not nonblank:
        return _finish(meta), ""

    def line(j: int) -> str:
        return text[lines[j][0] : lines[j][1]]

    def is_meta(j: int | None) -> bool:
        return j is not None and kinds[j].kind in METADATA_KINDS

    def ends_block(j: int, nxt: int | None) -> bool:
        """Line ``j`` is followed by a blank line, a metadata line or a name line."""
        return nxt is not None and (nxt > j + 1 or is_meta(nxt) or kinds[nxt].kind == "name")

    # header
    body_first = None
    title_i = None
    prev_nb: int | None = None
    n = 0
    while n < len(nonblank):
        i = nonblank[n]
        k = kinds[i]
        nxt = nonblank[n + 1] if n + 1 < len(nonblank) else None
        after = nonblank[n + 2] if n + 2 < len(nonblank) else None
        s = line(i)
        title_slot = meta["title"] is None and (
            prev_nb is None or (is_meta(prev_nb) and kinds[prev_nb].kind != "photo")
        )
        if k.kind in METADATA_KINDS:
            _record(meta, k)
        elif title_slot and _title_like(s) and ends_block(i, nxt):
            meta["title"], title_i = _heading(s), i
        elif (
            title_slot
            and nxt == i + 1
            and kinds[nxt].kind == "text"
            and _title_like(s, max_words=8)
            and _title_like(line(nxt))
            and ends_block(nxt, after)
        ):
            # a kicker ("Dachzeile") directly above the title
            meta["kicker"], meta["title"] = _heading(s), _heading(line(nxt))
            title_i = nxt
            prev_nb, n = nxt, n + 2
            continue
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
        n += 1
    if body_first is None:
        return _finish(meta), ""

    # footer
    m = len(nonblank) - 1
    while nonblank[m] > body_first and kinds[nonblank[m]].kind in _FOOTER_KINDS:
        _record(meta, kinds[nonblank[m]])
        m -= 1
    body_last = nonblank[m]

    # body, without photo-credit lines
    pieces: list[str] = []
    cut = lines[body_first][0]
    i = body_first + 1
    while i < body_last:
        if may_be_credit(line(i)) and (
            kinds[i].kind == "photo" or (kinds[i].kind == "caption" and kinds[i].value[1] is None)
        ):
            _record(meta, kinds[i])
            pieces.append(text[cut : lines[i][0]])
            cut = lines[i][1] + 1
            if not line(i - 1).strip():
                while i + 1 < body_last and not line(i + 1).strip():
                    i += 1
                    cut = lines[i][1] + 1
        i += 1
    pieces.append(text[cut : lines[body_last][1]])
    return _finish(meta), "".join(pieces).rstrip()


class _LineIndex:
    """Start and end offsets of every line (without its ``\\n``) and the numbers of the lines
    that are not blank, in compact arrays (a large file has millions of lines)."""

    def __init__(self, text: str):
        self.starts, self.ends, self.nonblank = array("q"), array("q"), array("q")
        pos, i, n = 0, 0, len(text)
        while True:
            end = text.find("\n", pos)
            if end < 0:
                end = n
            self.starts.append(pos)
            self.ends.append(end)
            if _NONSPACE.search(text, pos, end):
                self.nonblank.append(i)
            if end == n:
                break
            pos, i = end + 1, i + 1

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]


class _LazyKinds:
    """``classify_line`` of each line, computed when first asked for."""

    def __init__(self, text: str, lines: _LineIndex):
        self.text, self.lines, self.cache = text, lines, {}

    def __getitem__(self, i: int) -> Line:
        if i not in self.cache:
            s, e = self.lines[i]
            self.cache[i] = classify_line(self.text[s:e])
        return self.cache[i]


def _finish(meta: dict[str, Any]) -> dict[str, Any]:
    out = dict(meta)
    out["author"] = "; ".join(meta["author"]) or None
    out["photo_credit"] = "; ".join(meta["photo_credit"]) or None
    out["caption"] = " / ".join(meta["caption"]) or None
    return out
