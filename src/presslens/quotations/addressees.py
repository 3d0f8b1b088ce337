"""Addressees: to whom a quotation was said.

Found in the sentence of the quote's cue, outside the quoted words:

- ``gegenüber X`` in the clause of the reporting verb (``sagte er gegenüber der
  „Zeitung“``; not "ihre Haltung gegenüber der Partei" in a clause of its own);
- ``in einem Interview/Gespräch/Brief … mit/an X``, ``an X gewandt/gerichtet``; English
  ``in an interview with X``;
- a dative right after the reporting verb and its subject: ``teilte dem Sender CNN mit``,
  ``sagte Anna Roth der Zeitung X``, ``erklärte den Journalisten``, ``sagte er AFP``,
  ``sagte er zum Staatsfernsehen``; English ``said to X``;
- the object of a verb of addressing (``addressing_verbs.txt``): ``warf der Regierung
  vor``, ``forderte die Stadt auf``, ``bat den Papst``; English ``told X``, ``urged X``.

The words are given as spans into the text; addressees are not resolved to names.
Limits: other speech acts ("kritisierte den Minister") have no addressee; a feminine
dative ``der`` right after the verb reads as the subject ("sagte der Zeitung" is missed),
and after a bare surname as a genitive ("sagte Roth der Zeitung"); the noun phrase ends at
the first function word, verb or punctuation outside quotation marks.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.quotations.lexicon import Lexicon
from presslens.quotations.phrases import noun_phrase_end
from presslens.quotations.tokens import Token, tokenize
from presslens.resources import load_list, load_yaml

__all__ = ["find_addressee"]

_OPEN = '„"»«“‚'
_CLOSE = {"„": '“”"', '"': '"', "»": "«", "«": "»", "“": '”"', "‚": "‘’"}
_DATIVE = frozenset(["dem", "einem", "ihm", "ihr", "ihnen", "den"])
_DATIVE_AFTER_SUBJECT = frozenset(["der", "einer"])
_PRONOUNS = frozenset(["er", "sie", "es", "man", "wir", "ich", "he", "she", "they", "we"])
_CHANNEL = re.compile(
    r"\b(?:[Ii]n|[Ii]m|[Bb]ei) (?:einem |einer |dem |der |seinem |seiner |ihrem |ihrer )?"
    r"(?:\w+-)?(?:Interview|Gespräch|Telefonat|Telefongespräch|Brief|Schreiben|Mail|E-Mail)"
    r"s? (?:mit|an) (?=\S)"
    r"|\b[Ii]n an interview with (?=\S)",
)
_TURNED = re.compile(r"\b[Aa]n (?=[^,.;:]{1,60}? (?:gewandt|gerichtet)\b)")
# words one of which every match of a pattern holds
_HINTS = {
    _CHANNEL: ("Interview", "interview", "Gespräch", "Telefon", "Brief", "Schreiben", "Mail"),
    _TURNED: ("gewandt", "gerichtet"),
}
# characters read after a cue or at a phrase: an addressee and its noun phrase are short
_REACH = 200
_TOWARDS = re.compile(r"\b[Gg]egenüber (?=\S)|\bsaid to (?=\S)")


def find_addressee(
    text: str,
    sentence: tuple[int, int],
    cue: tuple[int, int] | None,
    quote_spans,
    lex: Lexicon,
    speaker: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """The ``(start, end)`` of the words naming the addressee of a quote, or ``None``.

    ``sentence`` bounds the search; ``cue`` is the reporting verb's span; ``quote_spans``
    are left out (an addressee is never inside the quoted words); ``speaker`` is the span
    of the speaker mention, when known (the dative follows it: "sagte Müller der Zeitung")."""
    cued = cue is not None and cue[1] > cue[0]
    a, b = sentence
    outside = _outside(a, b, quote_spans)
    for pattern in (_TOWARDS, _CHANNEL, _TURNED):
        if pattern is _TOWARDS and not cued:
            continue  # "ihre Haltung gegenüber der Partei": no speech in that clause
        for s, e in outside:
            lo, hi = s, e
            if pattern is _TOWARDS:  # starts within 60 characters of the cue (``_same_clause``)
                lo, hi = max(s, cue[0] - 60), min(e, cue[1] + 60 + len("gegenüber X"))
            elif not any(w in text[s:e] for w in _HINTS[pattern]):
                continue  # none of the pattern's nouns or participles: no match (faster)
            for m in pattern.finditer(text, lo, hi):
                if pattern is _TOWARDS and not _same_clause(text, m.start(), cue):
                    continue  # "ihre Haltung gegenüber der Partei": no speech in that clause
                span = _phrase(text, m.end(), e, lex)
                if span is not None:
                    return span
    if not cued:
        return None
    verb = text[cue[0] : cue[1]].lower()
    addressing = _addressing(lex.language)
    if verb not in lex.verbs and verb not in addressing:
        return None
    seg = next(((s, e) for s, e in outside if s <= cue[0] < e), None)
    if seg is None:
        return None
    particle = addressing.get(verb)
    if particle and particle not in re.findall(r"\w+", text[cue[1] : seg[1]].lower()):
        return None  # "forderte den Rücktritt": a demand, no one addressed
    toks = tokenize(text, cue[1], min(seg[1], cue[1] + _REACH))
    i = 0
    if lex.language == "en":
        if verb in addressing and toks and toks[0].text.isalpha() and toks[0].low != "that":
            return _english_phrase(toks, lex)
        return None
    subject_seen = speaker is not None and speaker[1] <= cue[0]
    if (
        speaker is not None
        and toks
        and toks[0].start <= speaker[0] < toks[min(5, len(toks) - 1)].end
    ):
        i = next((k for k, t in enumerate(toks) if t.start >= speaker[1]), len(toks))
        subject_seen = True
    elif toks and toks[0].low in _PRONOUNS:
        i, subject_seen = 1, True
    if i >= len(toks):
        return None
    low = toks[i].low
    if verb in addressing and low in lex.determiners and low not in ("der", "einer"):
        span = _phrase(text, toks[i].start, seg[1], lex)  # "bat den Papst", "rief die Stadt auf"
        if span is not None:
            return span
    if low in _DATIVE or (subject_seen and low in _DATIVE_AFTER_SUBJECT):
        if low in ("ihm", "ihr", "ihnen"):
            return (toks[i].start, toks[i].end)
        span = _phrase(text, toks[i].start, seg[1], lex)
        if span is not None and low == "den" and not _plural_dative(text[span[0] : span[1]]):
            return None  # "den Plan": an accusative object, not a dative
        return span
    if low in ("zum", "zur") and verb in lex.verbs and i + 1 < len(toks):
        span = _phrase(text, toks[i + 1].start, seg[1], lex)  # "sagte X zum Staatsfernsehen"
        if span is not None and _is_medium(text[span[0] : span[1]], lex):
            return span  # not "sagte er zur Lage", "zum Abschied"
        return None
    if (
        subject_seen
        and i > 0
        and toks[i].text[:1].isupper()
        and toks[i].low not in lex.function
        and toks[i].low not in _weekdays(lex.language)
    ):  # "sagte er AFP", "sagte sie Reportern"
        return _phrase(text, toks[i].start, seg[1], lex)
    return None


@cache
def _weekdays(language: str) -> frozenset[str]:
    """Lowercase weekday names ("sagte er Montag" names a day, not an addressee)."""
    days = (load_yaml(language, "metadata_lines.yaml") or {}).get("weekdays", [])
    return frozenset(str(d).lower() for d in days)


@cache
def _addressing(language: str) -> dict[str, str]:
    """Addressing verb forms and the particle each needs ("" for none)."""
    try:
        lines = load_list(language, "addressing_verbs.txt")
    except FileNotFoundError:
        return {}
    return {w[0]: " ".join(w[1:]) for w in (line.lower().split() for line in lines)}


def _is_medium(phrase: str, lex: Lexicon) -> bool:
    """True when a word of ``phrase`` is a listed medium or starts like one (Staatsfernseh…)."""
    words = phrase.split()
    return any(w in lex.media for w in words) or any(
        w.lower().startswith(p.lower()) for w in words for p in lex.media_prefixes
    )


def _same_clause(text: str, pos: int, cue: tuple[int, int]) -> bool:
    """True when ``pos`` and the cue stand within 60 characters with no comma between."""
    lo, hi = (pos, cue[0]) if pos < cue[0] else (cue[1], pos)
    return hi - lo <= 60 and not any(c in text[lo:hi] for c in ",;:")


def _outside(a: int, b: int, spans) -> list[tuple[int, int]]:
    """Parts of ``[a, b)`` not covered by ``spans``."""
    out, pos = [], a
    for s, e in sorted(spans):
        if e <= pos or s >= b:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < b:
        out.append((pos, b))
    return out


def _phrase(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase at ``start``: determiner, adjectives, nouns, a name in marks."""
    toks: list[Token] = tokenize(text, start, min(end, start + _REACH))
    if not toks:
        return None
    k = 1 if toks[0].low in lex.determiners else 0
    if k < len(toks) and toks[k].text in _OPEN:  # der „Berliner Zeitung“
        close = _CLOSE[toks[k].text]
        j = next((x for x in range(k + 1, len(toks)) if toks[x].text in close), -1)
        if j > k + 1:
            return (toks[0].start, toks[j].end)
        return None
    stop = noun_phrase_end(toks, 0, lex, adj_start=True)
    if stop == 0 or (stop == 1 and k == 1):
        return None
    # a name in marks right after a noun: dem Magazin „Der Spiegel“
    if stop < len(toks) and toks[stop].text in _OPEN:
        close = _CLOSE[toks[stop].text]
        j = next((x for x in range(stop + 1, len(toks)) if toks[x].text in close), -1)
        if j > stop + 1:
            return (toks[0].start, toks[j].end)
    end = toks[stop - 1].end
    last = toks[stop - 1].text
    if last.endswith(".") and "." not in last[:-1] and not text[end : end + 1].isalpha():
        end -= 1  # "sagte er der APA." ends the sentence; "U.S." keeps its periods
    return (toks[0].start, end)


def _english_phrase(toks: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """ "reporters", "the BBC", "a local newspaper": words up to a function word or verb."""
    k = 1 if toks[0].low in lex.determiners else 0
    stop = k
    while (
        stop < len(toks)
        and stop - k < 4
        and toks[stop].text.isalpha()
        and toks[stop].low not in lex.function
        and toks[stop].low not in lex.verbs
    ):
        stop += 1
    return (toks[0].start, toks[stop - 1].end) if stop > k else None


def _plural_dative(phrase: str) -> bool:
    """ "den Journalisten", "den Reportern", "den Mitgliedern": a plural dative ends in
    -en, -ern or -eln ("den Plan" is an accusative)."""
    words = phrase.split()
    return len(words) > 1 and words[-1].endswith(("en", "ern", "eln"))
