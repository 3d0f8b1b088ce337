"""A person's title read next to the name, and whether two titles of one person can both hold.

News names a person with a title in three ways (``resources/<lang>/role_words.yaml`` lists the
last parts of titles):

* before the name: "Polizeisprecher Jens Albrecht", "City Manager Linda Harper", "der
  Vorsitzende Richter Jörg Hansen", "union president Carla Mendez";
* in an apposition after it: "Jens Albrecht, Kreisbrandinspektor des Landkreises Gotha,",
  "Linda Okafor, Brightwater's chief executive,", "Carla Mendez, president of the union.";
* in an apposition before it: "Brightwater's chief financial officer, Linda Okafor,".

A name is two or three capitalised words that are no function words, days, months or titles.
``pl.labels`` finds titles too; this module reads the appositions and the office words it may
not know, so the comparison does not wait for them.

``titles_compatible`` tells whether two titles of one person can both be true: one contains the
other ("Innenministerin", "Ministerin"), both name one office (``synonyms``: "Diktator",
"Präsident"), or one comes on top of an office (``additive``: "Parteichef").

Limits: patterns, not parsing: a title two clauses away from the name is missed; a person
named by the surname alone gets no title here; "Apparat Jens Müller" would read as a title.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from presslens.resources import load_set, load_yaml

__all__ = ["RoleMention", "find_roles", "titles_compatible"]

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*[\w]|[^\W\d_]|\d+(?:[.,]\d+)*|[^\w\s]")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàíóúñç'’-]+(?:-[A-ZÄÖÜ][a-zäöüß'’-]+)?$")
_DETERMINERS = {
    "de": {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "sein", "seine",
           "ihr", "ihre", "deren", "dessen"},
    "en": {"the", "a", "an", "its", "his", "her", "their", "our"},
}  # fmt: skip
_COMPLEMENT = {"de": {"des", "der", "von", "vom", "im", "beim", "am", "für"},
               "en": {"of", "at", "for", "in", "with"}}  # fmt: skip
_MAX_TITLE_WORDS = 4
_LETTERS = re.compile(r"[^\W\d_]+")
_MAX_KNOWN = 200_000
_ACADEMIC = {"Dr", "Prof", "Dres", "."}


class RoleMention(NamedTuple):
    """``sentence[start:end]`` names ``name`` with the title ``title`` (as written)."""

    start: int
    end: int
    name: str
    title: str


@cache
def _lexicon(language: str) -> dict:
    data = load_yaml(language, "role_words.yaml")
    heads = tuple(sorted({h.casefold() for h in data["heads"]}, key=len, reverse=True))
    stop = load_set(language, "stopwords.txt", casefold=True)
    months = {f.casefold() for forms in load_yaml(language, "months.yaml").values() for f in forms}
    days = {
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }  # fmt: skip
    reporting = {w.split()[0].casefold() for w in load_set(language, "reporting_verbs.txt")}
    alt = "|".join(map(re.escape, heads))
    if not all(h.isalpha() and len(h) >= 3 for h in heads):
        raise ValueError(f"{language}/role_words.yaml: a head is three letters or more")
    by_end: dict[str, tuple[str, ...]] = {}
    for h in heads:
        by_end[h[-3:]] = (*by_end.get(h[-3:], ()), h)
    return {
        "heads": heads,
        # over casefolded text: a head, or a compound that ends in one ("kreisbrandinspektor")
        "title_rx": re.compile(rf"(?:{alt}|.{{2,}}(?:{alt}))$", re.DOTALL),
        # heads by their last three letters (heads are letters only, three or more)
        "by_end": by_end,
        # a memo of _may_hold_title: the runs of letters read so far, and those that end in a
        # head (cleared when it grows past _MAX_KNOWN)
        "runs_seen": set(),
        "runs_titled": set(),
        "stop": stop | months | days,
        "reporting": reporting,
        "synonyms": {
            t.casefold(): group for group, titles in data["synonyms"].items() for t in titles
        },
        "additive": tuple(sorted({t.casefold() for t in data["additive"]}, key=len, reverse=True)),
    }


def _is_title_word(word: str, lex: dict) -> bool:
    return bool(lex["title_rx"].match(word.casefold()))


def _may_hold_title(sentence: str, lex: dict) -> bool:
    """A cheap test before a sentence is read: a run of letters that ends in a head (every
    title word does)."""
    runs = set(_LETTERS.findall(sentence.casefold()))
    seen, titled = lex["runs_seen"], lex["runs_titled"]
    new = runs - seen
    if new:
        if len(seen) > _MAX_KNOWN:
            seen.clear(), titled.clear()
            new = runs
        seen.update(new)
        by_end = lex["by_end"]
        titled.update(r for r in new if (heads := by_end.get(r[-3:])) and r.endswith(heads))
    return not runs.isdisjoint(titled)


def _is_name_word(word: str, lex: dict) -> bool:
    return (
        word not in _ACADEMIC
        and bool(_NAME_WORD.match(word))
        and word.casefold() not in lex["stop"]
        and not _is_title_word(word, lex)
    )


def _names(tokens, lex: dict) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` of names: two or three name words in a row, or one right
    after a title ("Landrat Müller", "Mayor Ortega")."""
    out, i = [], 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and j - i < 3 and _is_name_word(tokens[j].group(), lex):
            j += 1
        if j - i >= 2 or (j - i == 1 and i > 0 and _is_title_word(tokens[i - 1].group(), lex)):
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _title_before(tokens, i: int, lex: dict, language: str) -> tuple[int, int] | None:
    """Start token of a title that ends right before token ``i`` ("Fire Chief"), an academic
    title between them ("Professorin Dr. Anna Berg")."""
    while i > 0 and tokens[i - 1].group() in _ACADEMIC:
        i -= 1
    if i == 0 or not _is_title_word(tokens[i - 1].group(), lex):
        return None
    k = i - 1
    while k > 0 and i - k < _MAX_TITLE_WORDS:
        word = tokens[k - 1].group()
        low = word.casefold()
        if not word[:1].isalpha() or low in lex["stop"] or low in lex["reporting"]:
            break
        if language == "de" and not word[:1].isupper():
            break  # German titles are nouns (and capitalised adjectives: "Vorsitzende Richter")
        k -= 1
    return k, i


def _apposition_after(tokens, j: int, lex: dict, language: str) -> tuple[int, int] | None:
    """Token range of a title in ", [the|Brightwater's] TITLE [of …]," after a name."""
    if j + 2 < len(tokens) and tokens[j].group() == "," and tokens[j + 1].group().isdigit():
        j += 2  # "Ben Carter, 54, Sprecher der Stadtwerke"
    if j < len(tokens) and tokens[j].group() == "(":  # "Petra Lang (Grüne), Fraktionschefin"
        close = next(
            (k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].group() == ")"), None
        )
        j = close + 1 if close is not None else j
    if j >= len(tokens) or tokens[j].group() != ",":
        return None
    k = j + 1
    if k < len(tokens) and (
        tokens[k].group().casefold() in _DETERMINERS[language]
        or tokens[k].group().endswith(("'s", "’s"))
    ):
        k += 1
    for end in range(k + 1, min(k + _MAX_TITLE_WORDS, len(tokens)) + 1):
        word = tokens[end - 1].group()
        if not word[:1].isalpha():
            return None
        if _is_title_word(word, lex):
            nxt = tokens[end].group() if end < len(tokens) else "."
            if nxt in {",", ".", ";", ")"} or nxt.casefold() in _COMPLEMENT[language]:
                return k, end
    return None


def _apposition_before(tokens, i: int, lex: dict, language: str) -> tuple[int, int] | None:
    """Token range of a title in "[Brightwater's|the] TITLE [of …], NAME" ("Die Leiterin des
    Gesundheitsamts, Petra Lang,")."""
    if i < 2 or tokens[i - 1].group() != ",":
        return None
    end = i - 1  # the title ends here, or before a complement of up to four words
    for k in range(i - 2, max(i - 7, 0), -1):
        if _is_title_word(tokens[k].group(), lex):
            if k == i - 2 or tokens[k + 1].group().casefold() in _COMPLEMENT[language]:
                end = k + 1
            break
    else:
        return None
    if not _is_title_word(tokens[end - 1].group(), lex):
        return None
    k = end - 1
    while k > 0 and end - k < _MAX_TITLE_WORDS:
        word = tokens[k - 1].group()
        if word.endswith(("'s", "’s")) or word.casefold() in _DETERMINERS[language]:
            return k, end
        if not word[:1].isalpha() or word.casefold() in lex["stop"]:
            return None
        k -= 1
    return None


def find_roles(sentence: str, *, language: str = "de") -> list[RoleMention]:
    """Names with a title in ``sentence``, in text order (see the module docstring)."""
    lex = _lexicon(language if language in ("de", "en") else "en")
    if not _may_hold_title(sentence, lex):
        return []
    tokens = list(_TOKEN.finditer(sentence))
    out = []
    for i, j in _names(tokens, lex):
        name = " ".join(t.group() for t in tokens[i:j])
        before_name = _title_before(tokens, i, lex, language)
        if before_name is not None:
            a, b = before_name
            title = sentence[tokens[a].start() : tokens[b - 1].end()]
            out.append(RoleMention(tokens[a].start(), tokens[j - 1].end(), name, title))
            continue
        after = _apposition_after(tokens, j, lex, language) if j - i >= 2 else None
        if after is not None:
            a, b = after
            title = sentence[tokens[a].start() : tokens[b - 1].end()]
            out.append(RoleMention(tokens[i].start(), tokens[b - 1].end(), name, title))
            continue
        before = _apposition_before(tokens, i, lex, language) if j - i >= 2 else None
        if before is not None:
            a, b = before
            title = sentence[tokens[a].start() : tokens[b - 1].end()]
            out.append(RoleMention(tokens[a].start(), tokens[j - 1].end(), name, title))
    return out


def _group(title: str, lex: dict) -> str | None:
    return lex["synonyms"].get(title.casefold())


def _additive(title: str, lex: dict) -> bool:
    low = title.casefold()
    return any(low == t or low.endswith((" " + t, "-" + t, t)) for t in lex["additive"])


def titles_compatible(a: str, b: str, *, language: str = "de") -> bool:
    """Whether one person can hold titles ``a`` and ``b`` at once (see the module docstring):
    "Innenministerin"/"Ministerin", "Diktator"/"Präsident", "Kanzler"/"Parteichef" can;
    "Landrätin"/"Bürgermeisterin", "prime minister"/"foreign minister" cannot."""
    x, y = a.casefold().strip(), b.casefold().strip()
    if x == y or x in y or y in x:
        return True
    for lang in dict.fromkeys((language, "de", "en")):
        lex = _lexicon(lang)
        ga, gb = _group(a, lex), _group(b, lex)
        if ga is not None and ga == gb:
            return True
        if _additive(a, lex) or _additive(b, lex):
            return True
    return False
