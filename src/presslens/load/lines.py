"""What a single line of text copied from a news site is: a date, an author, a photo credit...

``classify_line(line)`` returns a ``Line(kind, value)``. Kinds: ``blank``, ``separator``,
``date``, ``relative`` (age such as "vor 3 Tagen"), ``section``, ``photo`` (credit),
``author`` (with "Von"/"By"/"Autor:"), ``ui`` (page interface: "Teilen", "5 min read"),
``name`` (2-4 capitalised tokens: an author only among other metadata lines), ``source``
(agency line such as "(dpa)"), ``caption`` (text with a trailing photo credit; only
meaningful in the header), ``meta`` (several parts joined by " | " or " · ", each of them
metadata) and ``text`` (anything else). The word lists and
patterns are data in ``resources/<lang>/metadata_lines.yaml``; both languages are applied.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from presslens.load.dates import parse_date
from presslens.resources import LANGUAGES, load_set, load_yaml

__all__ = ["Line", "classify_line", "may_be_credit", "rules", "METADATA_KINDS"]

METADATA_KINDS = frozenset(
    {"separator", "date", "relative", "section", "photo", "author", "source", "meta", "ui"}
)
_SEPARATOR = re.compile(r"[\s|/\\·•*_=~#–—+-]+")
_PARTS = re.compile(r"\s+[|·•]\s+")
_BREADCRUMB = re.compile(r"\s*[>›»/]\s*")


class Line(NamedTuple):
    """The kind of a line and what it gives: a string, a datetime, or a list of parts."""

    kind: str
    value: object = None


def _words(items) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(set(items), key=len, reverse=True))


@cache
def rules() -> dict:
    """The metadata rules of both languages, merged and compiled."""
    merged: dict[str, list] = {}
    for lang in LANGUAGES:
        for key, value in load_yaml(lang, "metadata_lines.yaml").items():
            merged.setdefault(key, []).extend(value)
    flags = re.IGNORECASE
    particles = _words(merged["name_particles"])
    upper = "A-ZÄÖÜÀ-ÞŁŚŻČŠŽ"
    token = rf"(?:[{upper}]\.|[{upper}][\w'’]*(?:-[{upper}]?[\w'’]+)*)"
    name = rf"{token}(?:\s+(?:(?:{particles})\s+)*{token}){{1,3}}"
    joiner = rf"(?:\s*,\s*|\s+(?:{_words(merged['author_joiners'])})\s+)"
    credit_prefix = _words(merged["photo_credit_prefixes"])
    multiword = _words(w for w in merged["photo_credit_prefixes"] if " " in w)
    return {
        "sections": {s.casefold() for s in merged["sections"]},
        # function words ("Der", "The") never start a name token
        "function_words": set().union(
            *(load_set(lang, "language_markers.txt") for lang in LANGUAGES)
        ),
        "home": {s.casefold() for s in merged["home_words"]},
        "names": re.compile(rf"{name}(?:{joiner}{name}){{0,3}}"),
        "explicit_author": re.compile(
            rf"(?:{_words(merged['author_prefixes'])})\s*:?\s+(?P<rest>[A-ZÄÖÜ].*)", flags
        ),
        # a comma may follow a prefix of several words ("Image source, Getty Images")
        "photo": re.compile(
            rf"(?:(?:{credit_prefix})\s*(?::|©|\(c\))|(?:{multiword})\s*,|©|\(c\))"
            rf"\s*(?P<credit>\S.*)",
            flags,
        ),
        "credit_start": re.compile(
            rf"\s*(?:{credit_prefix}|{_words(merged['caption_prefixes'])}|©|\(c\))", flags
        ),
        "caption_prefix": re.compile(
            rf"(?:{_words(merged['caption_prefixes'])})\s*[:,]\s*(?P<caption>\S.*)", flags
        ),
        "trailing_photo": re.compile(
            rf"(?P<caption>.*?\S)\s*[(\[]?\s*(?:{credit_prefix})\s*:\s*(?P<credit>[^()\[\]:]{{1,80}}?)\s*[)\]]?",
            flags,
        ),
        "relative": [re.compile(r["pattern"], flags) for r in merged["relative_age"]],
        "ui_words": {s.casefold() for s in merged["interface_lines"]},
        "ui": [re.compile(r["pattern"], flags) for r in merged["interface_patterns"]],
        "source": [re.compile(r["pattern"], flags) for r in merged["source_line"]],
    }


def _credit_ok(credit: str) -> bool:
    words = credit.split()
    return 0 < len(words) <= 12 and not (credit.endswith(".") and len(words) >= 5)


def is_name_list(text: str) -> bool:
    """2-4 capitalised tokens (lower-case particles allowed), possibly several joined by
    commas, "und", "and" or "&"."""
    r = rules()
    if not r["names"].fullmatch(text) or text.casefold() in r["sections"]:
        return False
    capitalised = re.findall(r"\b[^\W\d_][\w'’-]*", text)
    return not any(w[0].isupper() and w.casefold() in r["function_words"] for w in capitalised)


def _author(rest: str) -> str | None:
    """The names after "Von"/"By": the whole rest, or its part before a comma (a role)."""
    rest = rest.strip()
    token = re.compile(r"[A-ZÄÖÜ][\w'’.-]*|[a-z]+")
    if is_name_list(rest) or (len(rest.split()) == 1 and token.fullmatch(rest)):
        return rest
    head = rest.split(",")[0].strip()
    if head != rest and (is_name_list(head) or len(head.split()) == 1):
        return head
    return None


def may_be_credit(line: str) -> bool:
    """A cheap test: ``line`` starts like a photo credit or caption ("Foto", "©"...)."""
    return bool(rules()["credit_start"].match(line))


def _classify_one(line: str) -> Line:
    s = line.strip()
    if not s:
        return Line("blank")
    if _SEPARATOR.fullmatch(s):
        return Line("separator", s)
    r = rules()
    if len(s) > 160:
        return Line("text")
    date = parse_date(s)
    if date is not None:
        return Line("date", (date, s))
    if any(p.fullmatch(s) for p in r["relative"]):
        return Line("relative", s)
    if s.casefold() in r["sections"]:
        return Line("section", s)
    if s.casefold() in r["ui_words"] or any(p.fullmatch(s) for p in r["ui"]):
        return Line("ui", s)
    crumbs = _BREADCRUMB.split(s)
    if (
        len(crumbs) > 1
        and crumbs[0].casefold() in r["home"]
        and all(0 < len(c.split()) <= 3 for c in crumbs[1:])
    ):
        return Line("section", " > ".join(crumbs[1:]))
    m = r["photo"].fullmatch(s)
    if m and _credit_ok(m["credit"]):
        return Line("photo", m["credit"].strip())
    m = r["explicit_author"].fullmatch(s)
    if m and (author := _author(m["rest"])):
        return Line("author", author)
    for pattern in r["source"]:
        m = pattern.fullmatch(s)
        if m:
            return Line("source", (m["source"].strip(), s))
    if not re.search(r"\d", s) and is_name_list(s):
        return Line("name", s)
    m = r["caption_prefix"].fullmatch(s)
    if m:
        return Line("caption", (m["caption"].strip(), None))
    m = r["trailing_photo"].fullmatch(s)
    if m and _credit_ok(m["credit"]):
        return Line("caption", (m["caption"].strip(), m["credit"].strip()))
    return Line("text")


def classify_line(line: str) -> Line:
    """Classify one line (see the module docstring for the kinds)."""
    whole = _classify_one(line)
    if whole.kind not in ("text", "name", "caption"):
        return whole  # "Foto: picture alliance / dpa | Name" is one credit
    parts = _PARTS.split(line.strip())
    if len(parts) > 1:
        kinds = [_classify_one(p) for p in parts]
        if all(k.kind in METADATA_KINDS or k.kind == "name" for k in kinds):
            return Line("meta", [k if k.kind != "name" else Line("author", k.value) for k in kinds])
    return whole
