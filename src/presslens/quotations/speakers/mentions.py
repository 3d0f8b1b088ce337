"""Speaker mentions: the noun phrase or pronoun that names who speaks, near a cue.

A mention is a pronoun (``er``), a demonstrative standing alone (``Dieser bestätigte``), a
name (``Dmitri Peskow``), a description (``der Premierminister``, ``Putins Sprecher``) or an
organisation (``der Kreml``). ``find_mention`` finds the phrase right after a token (skipping
adverbs and prepositional phrases) or the subject-like phrase of the words before one.

Limits: case is not checked: a dative or accusative phrase may be taken for the speaker
where no preposition or oblique article marks it.
"""

from __future__ import annotations

from presslens.quotations.candidates import Mention
from presslens.quotations.lexicon import Lexicon
from presslens.quotations.phrases import is_cap, noun_phrase_end
from presslens.quotations.tokens import Token
from presslens.quotations.words import SUBJECT_RELATIVES
from presslens.resources import load_set_all

__all__ = ["DEMONSTRATIVES", "NO_SPEAKER_PREPOSITIONS", "POSSESSIVES", "RELATIVES", "find_mention"]


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
            j = noun_phrase_end(tokens, i, lex)
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
                t.low in NO_SPEAKER_PREPOSITIONS
                or t.low in ("ihm", "ihnen", "als")
                or (  # "Der englischsprachigen Zeitung sagte X": dative, not the subject
                    t.low == "der"
                    and i + 2 < before
                    and tokens[i + 1].text[:1].islower()
                    and tokens[i + 1].low.endswith("en")
                    and is_cap(tokens[i + 2])
                )
            ):
                j = noun_phrase_end(tokens, i + 1, lex, adj_start=True)
                i = max(j, i + 1)
                continue
            j = noun_phrase_end(tokens, i, lex)
            if j > i:
                if t.low in _OBLIQUE or (
                    j == i + 1
                    and i == 0
                    and j + 1 < before
                    and (
                        (tokens[j].text == "," and tokens[j + 1].low not in RELATIVES)
                        or tokens[j].low in lex.determiners  # "Selbst die Zeitung …"
                    )
                ):
                    i = j  # an object ("dem Minister") or a fronted adverb ("Unmissverständlich,")
                    continue
                return Mention(tokens[i].start, tokens[min(j, before) - 1].end, "")
            i += 1
    return None


DEMONSTRATIVES = frozenset(
    "dieser diese dieses jener jene jenes letzterer letztere ersterer erstere".split()  # noqa: SIM905
)


def _standalone(tokens, i):
    """True for a demonstrative standing for a noun phrase ("Dieser bestätigte", "so
    letztere"), not one before its noun ("Diese Woche", "diese neue Regel")."""
    if tokens[i].low not in DEMONSTRATIVES:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.text[:1].isalnum():
        return True
    if is_cap(nxt) or nxt.text[:1].isdigit():
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return not (nxt.low[-1:] in "enrs" and after is not None and is_cap(after))


# German relative pronouns that can be the subject of their clause
RELATIVES = SUBJECT_RELATIVES
_SUBORDINATORS = frozenset(
    "obwohl obgleich nachdem weil wenn dass daß ob sobald bevor falls damit sodass".split()  # noqa: SIM905
)
POSSESSIVES = frozenset(
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
NO_SPEAKER_PREPOSITIONS = load_set_all("prepositions.txt") - {"vom"}


def _skip_pp(tokens, i, lex, subject):
    """The phrase after the prepositional phrase at ``i``; when none follows, the "der …"
    taken as a genitive of the preposition's noun is that phrase ("sagte in Berlin der
    Minister")."""
    j = noun_phrase_end(tokens, i + 1, lex)
    if j - i >= 6:
        return None
    m = find_mention(tokens, lex, after=max(j, i + 1), subject=subject)
    if m is None and lex.language == "de":
        k = next((k for k in range(i + 2, j) if tokens[k].low == "der"), -1)
        if k > 0:
            m = find_mention(tokens, lex, after=k, subject=subject)
    return m
