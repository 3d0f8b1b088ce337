"""Noun phrases in token lists: capitalised words, titles, and where a phrase ends.

A noun phrase is an optional article and capitalised words (or words with an inner capital:
``eBay``, ``ai-Bericht``), or an article and an adjective or numeral used as a noun (``die
beiden``, ``der 81-jährige``), with a genitive attribute ("der Sprecher des Ministeriums")
and a name in apposition (", Dmitri Peskow,").

Limits: capitalisation stands for nounhood (German) and names (English); a lowercase
adjective joins a phrase only before a capitalised word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presslens.quotations.lexicon import Lexicon, first_names, lexicon
from presslens.quotations.tokens import Token
from presslens.resources import load_yaml

__all__ = ["is_cap", "noun_phrase_end", "title_of"]

_CAP = re.compile(r"[A-ZÄÖÜ]")


@lru_cache(maxsize=50000)
def title_of(language: str, w: str) -> str:
    """The title noun (``speaker_titles.txt``) that ``w`` is or ends in ("Ministerin",
    "Außenministerin"), else ""."""
    m = _title_re(language).search(w)
    if m is None:
        return ""
    t = m.group()
    return t if w == t or len(w) > len(t) + 2 else ""


@lru_cache(maxsize=4)
def _title_re(language: str) -> re.Pattern:
    titles = sorted(lexicon(language).titles, key=len)
    return re.compile("(?:" + "|".join(re.escape(t) for t in titles) + ")$")


def is_cap(tok: Token) -> bool:
    """Capitalised, or a name with an inner capital ("eBay", "ai-Bericht")."""
    return tok.text[0].isalpha() and bool(
        _CAP.match(tok.text) or (tok.text[0].islower() and _INNER_CAP.search(tok.text))
    )


_INNER_CAP = re.compile(r"^[a-zäöü]{1,4}-?[A-ZÄÖÜ]")


_NAME_PARTICLES = frozenset(["for", "of", "and", "on", "de", "des", "du", "la", "le", "van"])


def _title_before_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True for a lower-case English title between a capitalised word and a name, the title
    English news sets before a name without article ("Fire chief Tom Baker", "Labour leader
    Ann Cole", "company spokesman Sam Reed" after a capital)."""
    return (
        lex.language == "en"
        and k > 0
        and k + 1 < len(tokens)
        and tokens[k].text[:1].islower()
        and is_cap(tokens[k - 1])
        and is_cap(tokens[k + 1])
        and tokens[k + 1].low not in lex.function
        and bool(title_of("en", tokens[k].low))
    )


def _group_after_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True for a lower-case English noun of people or of a body after a capitalised word and
    right before a verb of saying: the name qualifies the group that speaks ("Fire crews
    said", "Police officers told", "Hallam fans chanted"); the capital alone names no one."""
    if not (
        lex.language == "en"
        and 0 < k < len(tokens)
        and tokens[k].text[:1].islower()
        and tokens[k].low not in lex.function
        and is_cap(tokens[k - 1])
    ):
        return False
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if after not in lex.verbs and after not in lex.acts:
        return False
    low = tokens[k].low
    words, ends = _group_nouns(lex.language)
    return low in words or low.endswith(ends)


@lru_cache(maxsize=4)
def _group_nouns(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The people and body nouns of ``speaker_nouns.yaml`` (whole words), and the people
    endings of three letters or more ("-ers", "-ists") that mark a noun of people."""
    try:
        data = load_yaml(language, "speaker_nouns.yaml") or {}
    except FileNotFoundError:
        data = {}
    people = [str(w).lower() for w in data.get("people") or []]
    bodies = [str(w).lower() for w in data.get("bodies") or []]
    ends = tuple(w for w in people if len(w) >= 3 and len(w) <= 4 and w.endswith("s"))
    return frozenset(people + bodies), ends


def noun_phrase_end(tokens: list[Token], i: int, lex: Lexicon, adj_start: bool = False) -> int:
    """End index (exclusive) of a noun phrase starting at token ``i``, or ``i`` if none."""
    n = len(tokens)
    j = i
    if j < n and tokens[j].low in lex.determiners:
        j += 1
    k = j
    while (
        k < n
        and (tokens[k].low not in lex.function)
        and (
            is_cap(tokens[k])
            or (
                tokens[k].text[:1].islower()
                and k + 1 < n
                and tokens[k].low[-1:] in "enrs"
                and tokens[k].low not in lex.verbs
                and tokens[k].low not in lex.determiners
                and is_cap(tokens[k + 1])
                and (k > i or adj_start)
                # after a noun only a genitive adjective ("Chef deutscher Banken"), not a
                # verb: "Polizei wurden Daten", "Zeugen haben Soldaten"
                and (
                    k == j
                    or k == 1  # the capital of the sentence's first word proves no noun
                    or not is_cap(tokens[k - 1])
                    or tokens[k].low.endswith("er")
                    or tokens[k].low in _NAME_PARTICLES  # "Movement for Democratic Change"
                )
            )
            or tokens[k].text[:1].isdigit()
            and k + 1 < n
            and is_cap(tokens[k + 1])
            or _title_before_name(tokens, k, lex)
            or _group_after_name(tokens, k, lex)
        )
    ):
        k += 1
    if (
        k == j
        and j > i
        and lex.language == "de"
        and j < n
        and tokens[j].text[:1].isalnum()
        and tokens[j].text[-1:] in ("e", "n")
        and tokens[j].low not in lex.function
        and tokens[j].low not in lex.verbs
        and (j + 1 >= n or not tokens[j + 1].text[:1].isalpha() or tokens[j + 1].text.islower())
        and not (  # "der oberste geistliche Führer": adjectives before a noun (not a
            # preposition: "die 67-Jährige aus Offenbach")
            j + 2 < n
            and tokens[j + 1].low[-1:] in "enrs"
            and tokens[j + 1].low not in lex.function
            and is_cap(tokens[j + 2])
        )
    ):
        return j + 1  # a noun made of an adjective or numeral: "die beiden", "der 81-jährige"
    if k == j and j > i and lex.language == "en":
        while (
            k < n
            and k - j < 4
            and tokens[k].text[:1].isalpha()
            and tokens[k].low not in lex.function
            and tokens[k].low not in lex.verbs
            and tokens[k].low not in lex.relatives  # "a shop owner who saw it"
        ):
            k += 1
    if k == j:
        return i
    # genitive attribute: "der Sprecher des Ministeriums", "Pressesprecher des russischen Präsidenten"
    # (not after a person's name: "sagte Dmitri Peskow der Agentur X" gives X a dative)
    name_only = False
    if j == i and k - j >= 2 and not title_of(lex.language, tokens[k - 1].low):
        name_only = tokens[k - 2].text in first_names(lex.language)
    if k < n and tokens[k].low in ("des", "der", "of") and k + 1 < n:
        if name_only and tokens[k].low == "der" and lex.language == "de":
            return k
        k2 = noun_phrase_end(tokens, k, lex)
        if k2 > k + 1:
            k = k2
    # apposition with a name: ", Dmitri Peskow,"
    if k + 2 < n and tokens[k].text == "," and is_cap(tokens[k + 1]) and is_cap(tokens[k + 2]):
        k2 = k + 1
        while k2 < n and is_cap(tokens[k2]) and tokens[k2].low not in lex.function:
            k2 += 1
        if k2 - k - 1 <= 4 and (k2 >= n or tokens[k2].text in ",.;:"):
            k = k2
    return k
