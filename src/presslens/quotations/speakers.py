"""Speaker mentions and their resolution to names.

A mention is the noun phrase that names the speaker near a cue: a pronoun (``er``) or a
demonstrative standing alone (``Dieser bestätigte``), a name
(``Dmitri Peskow``), a description (``der Premierminister``, ``Putins Sprecher``) or an
organisation (``der Kreml``). ``Resolver`` turns a mention into a speaker: names stay names
(a surname alone becomes the full name seen earlier), pronouns and descriptions become the last
compatible named person, anything else stays as written without its article.

A noun phrase is an optional article and capitalised words (or words with an inner capital:
``eBay``, ``ai-Bericht``), or an article and an adjective or numeral used as a noun (``die
beiden``, ``der 81-jährige``).

Limits: names are found by a capitalisation heuristic (two or more capitalised words that are
not common nouns by their suffix); gender and number of pronouns are not checked; "sie" may
resolve to a person where it means a group.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from presslens.quotations.lexicon import WORD, Lexicon
from presslens.resources import load_set_all

__all__ = ["Token", "Mention", "tokenize", "find_mention", "Resolver"]

_NOUN_SUFFIX = re.compile(
    r"(ung|heit|keit|schaft|tion|sion|tät|ismus|ium|ik|nis|tum|ment|ei|enz|anz|chen|lein|"
    r"isten|ister|ern|eln|ungen|ssen|ische[nrms]?|ischen)$"
)
_CAP = re.compile(r"[A-ZÄÖÜ]")


_CAPWORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w’'-]*")


@lru_cache(maxsize=50000)
def _title(language: str, w: str) -> str:
    m = _title_re(language).search(w)
    if m is None:
        return ""
    t = m.group()
    return t if w == t or len(w) > len(t) + 2 else ""


@lru_cache(maxsize=4)
def _title_re(language: str) -> re.Pattern:
    from presslens.quotations.lexicon import lexicon

    titles = sorted(lexicon(language).titles, key=len)
    return re.compile("(?:" + "|".join(re.escape(t) for t in titles) + ")$")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    low: str


class Mention(NamedTuple):
    """A speaker phrase; ``ref`` is what an anaphoric source phrase stands for ("nach
    eigenen Angaben" -> the clause subject, "Seinen Angaben" -> "Seinen", "Demnach" -> the
    source of the sentence before): the speaker is resolved from ``ref``."""

    start: int
    end: int
    text: str
    ref: object = None


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with absolute offsets."""
    out = []
    for m in WORD.finditer(text, start, end):
        w = m.group()
        if w[-1] == "." and len(w) > 1 and not w[:-1].replace(".", "").isupper():
            w = w[:-1]  # sentence-final period, not an abbreviation like "U.S."
        s = m.start()
        out.append(Token(s, s + len(w), w, w.lower()))
    return out


def _is_cap(tok: Token) -> bool:
    """Capitalised, or a name with an inner capital ("eBay", "ai-Bericht")."""
    return tok.text[0].isalpha() and bool(
        _CAP.match(tok.text) or (tok.text[0].islower() and _INNER_CAP.search(tok.text))
    )


_INNER_CAP = re.compile(r"^[a-zäöü]{1,4}-?[A-ZÄÖÜ]")


_NAME_PARTICLES = frozenset(["for", "of", "and", "on", "de", "des", "du", "la", "le", "van"])


def _np(tokens: list[Token], i: int, lex: Lexicon, adj_start: bool = False) -> int:
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
            _is_cap(tokens[k])
            or (
                tokens[k].text[:1].islower()
                and k + 1 < n
                and tokens[k].low[-1:] in "enrs"
                and tokens[k].low not in lex.verbs
                and tokens[k].low not in lex.determiners
                and _is_cap(tokens[k + 1])
                and (k > i or adj_start)
                # after a noun only a genitive adjective ("Chef deutscher Banken"), not a
                # verb: "Polizei wurden Daten", "Zeugen haben Soldaten"
                and (
                    k == j
                    or k == 1  # the capital of the sentence's first word proves no noun
                    or not _is_cap(tokens[k - 1])
                    or tokens[k].low.endswith("er")
                    or tokens[k].low in _NAME_PARTICLES  # "Movement for Democratic Change"
                )
            )
            or tokens[k].text[:1].isdigit()
            and k + 1 < n
            and _is_cap(tokens[k + 1])
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
        and not (  # "der oberste geistliche Führer": adjectives before a noun
            j + 2 < n and tokens[j + 1].low[-1:] in "enrs" and _is_cap(tokens[j + 2])
        )
    ):
        return j + 1  # a noun made of an adjective or numeral: "die beiden", "der 81-jährige"
    if k == j and j > i and lex.language == "en":
        while (
            k < n
            and k - j < 4
            and tokens[k].text[:1].isalpha()
            and (tokens[k].low not in lex.function and tokens[k].low not in lex.verbs)
        ):
            k += 1
    if k == j:
        return i
    # genitive attribute: "der Sprecher des Ministeriums", "Pressesprecher des russischen Präsidenten"
    # (not after a person's name: "sagte Dmitri Peskow der Agentur X" gives X a dative)
    name_only = False
    if j == i and k - j >= 2 and not _title(lex.language, tokens[k - 1].low):
        from presslens.quotations.subjects import _first_names

        name_only = tokens[k - 2].text in _first_names(lex.language)
    if k < n and tokens[k].low in ("des", "der", "of") and k + 1 < n:
        if name_only and tokens[k].low == "der" and lex.language == "de":
            return k
        k2 = _np(tokens, k, lex)
        if k2 > k + 1:
            k = k2
    # apposition with a name: ", Dmitri Peskow,"
    if k + 2 < n and tokens[k].text == "," and _is_cap(tokens[k + 1]) and _is_cap(tokens[k + 2]):
        k2 = k + 1
        while k2 < n and _is_cap(tokens[k2]) and tokens[k2].low not in lex.function:
            k2 += 1
        if k2 - k - 1 <= 4 and (k2 >= n or tokens[k2].text in ",.;:"):
            k = k2
    return k


def find_mention(
    tokens: list[Token],
    lex: Lexicon,
    *,
    after: int | None = None,
    before: int | None = None,
    subject: bool = False,
) -> Mention | None:
    """The speaker noun phrase right after token index ``after`` (skipping adverbs) or ending
    right before token index ``before``; pronouns count. None if no plausible phrase."""
    n = len(tokens)
    if after is not None:
        i = after
        skipped = 0
        while i < n and skipped < 4:
            t = tokens[i]
            if t.low in lex.pronouns or _standalone(tokens, i):
                return Mention(t.start, t.end, t.text)
            if t.low in (
                "am",
                "im",
                "in",
                "zum",
                "zur",
                "vor",
                "mit",
                "bei",
                "von",
                "to",
                "at",
                "in",
                "on",
                "gegenüber",
            ):
                return None if skipped else _skip_pp(tokens, i, lex, subject)
            j = _np(tokens, i, lex)
            if j > i:
                if subject and t.low in _OBLIQUE:
                    return None  # an object: "kündigte einen Truck an"
                return Mention(tokens[i].start, tokens[j - 1].end, "")
            if t.text in ',.;:!?“”"„»«':
                return None
            i += 1
            skipped += 1
        return None
    if before is not None:
        # scan phrase starts from the sentence start; the subject is the first phrase that is
        # not inside a prepositional phrase
        i = 0
        while i < before:
            t = tokens[i]
            if t.low in lex.pronouns or _standalone(tokens, i):
                return Mention(t.start, t.end, t.text)
            if t.low in _SUBORDINATORS:  # "Obwohl X …": the conjunction is no part of X
                i += 1
                continue
            if (
                t.low in _PREP
                or t.low in ("ihm", "ihnen", "als")
                or (  # "Der englischsprachigen Zeitung sagte X": dative, not the subject
                    t.low == "der"
                    and i + 2 < before
                    and tokens[i + 1].text[:1].islower()
                    and tokens[i + 1].low.endswith("en")
                    and _is_cap(tokens[i + 2])
                )
            ):
                j = _np(tokens, i + 1, lex, adj_start=True)
                i = max(j, i + 1)
                continue
            j = _np(tokens, i, lex)
            if j > i:
                if t.low in _OBLIQUE or (
                    j == i + 1
                    and i == 0
                    and j + 1 < before
                    and (
                        (tokens[j].text == "," and tokens[j + 1].low not in _RELATIVE)
                        or tokens[j].low in lex.determiners  # "Selbst die Zeitung …"
                    )
                ):
                    i = j  # an object ("dem Minister") or a fronted adverb ("Unmissverständlich,")
                    continue
                return Mention(tokens[i].start, tokens[min(j, before) - 1].end, "")
            i += 1
    return None


_DEMONSTRATIVE = frozenset(
    "dieser diese dieses jener jene jenes letzterer letztere ersterer erstere".split()  # noqa: SIM905
)


def _standalone(tokens, i):
    """True for a demonstrative standing for a noun phrase ("Dieser bestätigte", "so
    letztere"), not one before its noun ("Diese Woche", "diese neue Regel")."""
    if tokens[i].low not in _DEMONSTRATIVE:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.text[:1].isalnum():
        return True
    if _is_cap(nxt) or nxt.text[:1].isdigit():
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return not (nxt.low[-1:] in "enrs" and after is not None and _is_cap(after))


_RELATIVE = frozenset(["der", "die", "das", "welcher", "welche", "welches"])
_SUBORDINATORS = frozenset(
    "obwohl obgleich nachdem weil wenn dass daß ob sobald bevor falls damit sodass".split()  # noqa: SIM905
)
_POSSESSIVE = frozenset(
    "sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem his her their".split()  # noqa: SIM905
)  # "seiner Meinung nach", "nach ihren Angaben": the owner speaks
_OBLIQUE = frozenset(
    [
        "dem",
        "den",
        "einem",
        "einen",
        "ihm",
        "ihnen",
        "ihren",
        "seinen",
        "ihrem",
        "seinem",
        "diesem",
        "diesen",
        "des",
        "eines",
        "reportern",
        "journalisten",
    ]
)
# prepositions before a noun phrase that is no speaker ("am Montag", "laut X", "of the party");
# without "vom", as this list had it (with it, dev speaker accuracy falls 0.873 -> 0.868)
_PREP = load_set_all("prepositions.txt") - {"vom"}


def _skip_pp(tokens, i, lex, subject):
    """The phrase after the prepositional phrase at ``i``; when none follows, the "der …"
    taken as a genitive of the preposition's noun is that phrase ("sagte in Berlin der
    Minister")."""
    j = _np(tokens, i + 1, lex)
    if j - i >= 6:
        return None
    m = find_mention(tokens, lex, after=max(j, i + 1), subject=subject)
    if m is None and lex.language == "de":
        k = next((k for k in range(i + 2, j) if tokens[k].low == "der"), -1)
        if k > 0:
            m = find_mention(tokens, lex, after=k, subject=subject)
    return m


class Resolver:
    """Resolve mentions in one article to speaker names (see module docstring)."""

    _NAME = re.compile(
        r"\b[A-ZÄÖÜ][\w’'\-]+(?:\s+(?:von|van|de|der|al|bin|ibn|le|da)?\s*[A-ZÄÖÜ][\w’'\-]+)+"
    )

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.persons: list[tuple[int, str, str]] = []  # (position, full name, title before)
        self.surnames: dict[str, str] = {}
        self._titles = {}
        det = lex.determiners | lex.function | _PREP
        from presslens.quotations.subjects import _first_names

        first = _first_names(lex.language)
        for m in self._NAME.finditer(text):
            seg: list[tuple[int, str]] = []
            for w in re.finditer(r"\S+", m.group()):
                word, wpos = w.group(), m.start() + w.start()
                lw = word.lower()
                surname = seg and seg[-1][1] in first and not _ABSTRACT.search(lw)  # "Anna Kern"
                if (
                    lw in det
                    or (_NOUN_SUFFIX.search(lw) and not surname)
                    or self._title_of(word)
                    or _role(word)
                ):
                    self._add(seg, text)
                    seg = []
                    continue
                if seg and word in first and seg[-1][1] not in first:
                    self._add(seg, text)  # "Witwen Eva Lind": a first name starts the name
                    seg = []
                seg.append((wpos, word))
            self._add(seg, text)
        # later mentions by surname alone ("Putin") count as mentions of the full name
        if self.surnames:
            seen = {p for p, _, _ in self.persons}
            inside = [(p, p + len(n)) for p, n, _ in self.persons]
            for m in _CAPWORD.finditer(text):
                w = m.group()
                if (
                    w in self.surnames
                    and m.start() not in seen
                    and not any(a <= m.start() < b for a, b in inside[-3:])
                ):
                    self.persons.append((m.start(), self.surnames[w], ""))
            self.persons.sort()

    def _add(self, seg, text):
        if len(seg) < 2 or len(seg) > 4:
            return
        words = [w for _, w in seg]
        if words[-1].endswith("s") and len(seg) == 2 and not words[-1].endswith("ss"):
            end = seg[-1][0] + len(words[-1])
            if re.match(r"\s+[A-ZÄÖÜ]", text[end : end + 3]):
                words[-1] = words[-1][:-1]  # "Wladimir Putins Sprecher" -> Wladimir Putin
        name = " ".join(words).rstrip(".")
        pos = seg[0][0]
        pre = text[max(0, pos - 40) : pos].lower().split()[-3:]
        title = next((t for t in map(self._title_of, pre) if t), "")
        self.persons.append((pos, name, title))
        self.surnames.setdefault(words[-1], name)
        self.surnames.setdefault(words[-1] + "s", name)  # genitive "Putins"

    def _title_of(self, word: str) -> str:
        return _title(self.lex.language, word.lower())

    def last_person(self, pos: int, *, title: str = "", skip: tuple = ()) -> str | None:
        best = None
        for p, name, t in self.persons:
            if p >= pos:
                break
            if any(a <= p < b for a, b in skip):
                continue
            if not title or t == title:
                best = name
        if best is None and title:
            return self.last_person(pos, skip=skip)
        return best

    def resolve(self, mention: Mention, *, skip: tuple = ()) -> str:
        """Speaker name for ``mention`` (``skip``: spans whose names are not antecedents)."""
        if isinstance(mention.ref, Mention):
            return self.resolve(mention.ref, skip=skip)
        words = self.text[mention.start : mention.end].replace(",", " ").split()
        if not words:
            return ""
        low = [w.lower() for w in words]
        if len(words) == 1 and (
            low[0] in self.lex.pronouns
            or low[0] in _RELATIVE
            or low[0] in _POSSESSIVE
            or low[0] in _DEMONSTRATIVE
        ):
            return self.last_person(mention.start, skip=skip) or words[0]
        # a full name inside the mention (the last one: "Putins Sprecher Dmitri Peskow")
        best = None
        for p, name, _ in self.persons:
            if mention.start <= p < mention.end:
                best = name
        if best:
            return best
        for w in reversed(words):
            if w in self.surnames and w[0].isupper():
                return self.surnames[w]
        for w in words:
            t = self._title_of(w)
            if t:
                return self.last_person(mention.start, title=t, skip=skip) or _strip(
                    words, low, self.lex
                )
        return _strip(words, low, self.lex)


_ABSTRACT = re.compile(r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|ungen)$")
_ROLE = re.compile(r"(?:erin|eurin|istin|antin|entin|erinnen|istinnen)$")


def _role(word: str) -> bool:
    """A feminine role noun ("Forscherin", "Polizistin"), never part of a name."""
    return bool(_ROLE.search(word))


def _strip(words, low, lex) -> str:
    gen = low[0] in ("des", "eines")
    while words and low[0] in lex.determiners:
        words, low = words[1:], low[1:]
    if not words:
        return ""
    if gen and words[-1].endswith("s") and not words[-1].endswith("ss") and len(words[-1]) > 3:
        words = words[:-1] + [words[-1][:-1]]
    return " ".join(words)
