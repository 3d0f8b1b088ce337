"""Reported clauses without a listed reporting verb, in German.

- ``dass``/``ob`` clauses after a predicate of knowing, deciding or announcing (``wurde
  bekannt, dass``, ``geht davon aus, dass``): words from ``resources/de/clause_cues.txt``;
- zu-infinitive clauses after a request, accusation, proposal or stated plan (``forderte die
  Stadt auf, die Straße zu sperren``, ``der Plan von X, …``): words from
  ``resources/de/directive_cues.txt``; a genitive or "von" after a noun cue names the speaker;
- ``…, wonach …`` and ``…, nach denen …`` after any noun (``Berichte, wonach …``);
- a sentence opened by ``Demnach`` (the source is the sentence before), or by ``Danach`` when
  the sentence before names a study, report or law (else it means "afterwards"); a sentence
  in the indicative with ``demnach`` right after its finite verb (``Die Zahl ist demnach
  gestiegen``) when the sentence before names a source;
- a sentence taken up by the next one: ``… . Das berichtete die Zeitung X.`` /
  ``…, das entschied die NASA.`` / ``… – das jedenfalls sagt X.``

Limits: clause ends are sentence ends; a zu-infinitive is recognised by its last words only
and runs to the next comma, or on over the purpose, relative or adverbial clauses after it
(``…, X einzurichten, um Y zu schützen``) and the zu-infinitives that depend on it;
``Das sagte X`` may refer to a partial statement of the sentence before.
"""

from __future__ import annotations

import re

from presslens.quotations.candidates import Mention, indirect, strip_end
from presslens.quotations.lexicon import word_set
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import subject
from presslens.quotations.words import SOURCE_NOUN_ENDS, SPEECH_NOUNS

__all__ = [
    "backref", "clause_cue", "demnach", "ends_infinitive", "infinitive", "inline_backref",
    "inner_demnach", "relative_source",
]  # fmt: skip

_ZU_INF = re.compile(r"\w+zu\w+en$")
_NOT_INF = frozenset(["um", "ohne", "statt", "anstatt", "als", "und", "oder"])
# a clause after the zu-infinitive that belongs to it: purpose, relative, adverbial clauses
# (not ", was …": a comment of the author on the whole)
_INF_GOES_ON = frozenset(
    ["um", "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher"]
    + ["welches", "wenn", "als", "weil", "da", "nachdem", "damit", "ohne", "statt", "wo"]
    + ["bevor", "sodass", "zumal", "obwohl", "indem", "falls", "ob", "dass", "daß", "wie"]
)
_DEMO = frozenset(["das", "dies", "dieses", "diese"])


_ASSUME = frozenset(["aus", "ausgegangen", "ausgehen", "ausgeht", "überzeugt"])
_PASSIVE_CUES = frozenset(["erwartet", "angenommen"])
_WERDEN = frozenset(["wird", "wurde", "werden", "wurden"])


def clause_cue(lows, d, language):
    """Index of a clause cue among the six words before the comma at ``d - 1``, or -1;
    "erwartet" and "angenommen" count only in the passive ("Es wird erwartet, dass …")."""
    cues = word_set(language, "clause_cues.txt")
    for i in range(d - 2, max(-1, d - 8), -1):
        if lows[i] in _PASSIVE_CUES and _WERDEN.isdisjoint(lows[max(0, i - 4) : i]):
            continue  # "Es wird erwartet, dass …", not "Er erwartet, dass …"
        if lows[i] == "davon" and lows[i + 1] not in _ASSUME:
            continue  # "geht davon aus, dass", not "davon ab, ob" or "davon abgesehen, dass"
        if lows[i] in cues:
            return i
        if lows[i] in (",", ".", ";", ":"):
            break
    return -1


def _stop(toks, j):
    """True when token ``j`` ends a clause: a comma, semicolon or colon, but not one inside a
    number or time ("18:30", "2,5")."""
    t = toks[j]
    if t.text not in ",;:":
        return False
    return not (
        0 < j < len(toks) - 1
        and toks[j - 1].end == t.start
        and t.end == toks[j + 1].start
        and toks[j - 1].text.isdigit()
        and toks[j + 1].text.isdigit()
    )


def ends_infinitive(lows):
    """True when the words end like a zu-infinitive ("… zu sperren", "aufzuheben")."""
    words = [w for w in lows if w.isalpha()]
    if len(words) < 2:
        return False
    if words[-2] == "zu" and words[-1].endswith(("en", "ern", "eln", "n")):
        return True
    if len(words) >= 3 and words[-3] == "zu" and words[-1] in ("haben", "sein", "werden"):
        return True  # "gelogen zu haben" is caught by the first test; "zu stellen haben"
    return bool(_ZU_INF.match(words[-1])) and words[-1] not in ("zuzuhören",)


def infinitive(s):
    """A reported request or accusation: ``<directive> …, <clause> zu <verb>``."""
    text, toks, lows, lex, a = s.text, s.toks, s.lows, s.lex, s.start
    cues = word_set(lex.language, "directive_cues.txt")
    if not cues:
        return None
    n = len(toks)
    for k in range(1, n - 2):
        if toks[k].text != "," or lows[k + 1] in _NOT_INF:
            continue
        ci = -1
        for i in range(k - 1, max(-1, k - 12), -1):
            if toks[i].text == "," and _name_apposition(toks, i, k):
                continue  # "die Ankündigung des Chefs, Karl Roth, …"
            if not toks[i].text[:1].isalnum():
                break  # the cue must stand in the clause right before the comma
            if lows[i] in cues:
                ci = i
                break
        if ci < 0:
            continue
        # the clause runs to the next comma that starts a new clause, else the sentence end
        j = k + 1
        while j < n and not _stop(toks, j):
            j += 1
        if not ends_infinitive(lows[k + 1 : j]):
            continue
        end = strip_end(text, toks[k + 1].start, infinitive_end(toks, lows, j))
        return _clause(toks, ci, toks[k + 1].start, end, lex, a, mention=_owner(toks, ci, k, lex))
    return _participle_infinitive(text, toks, lows, lex, a, cues)


def _owner(toks, ci, k, lex):
    """The speaker named after a noun cue ``toks[ci]`` before the comma at ``k``: "den Plan
    von X", "das Vorhaben der Regierung"; else None (the clause subject speaks)."""
    if not toks[ci].text[:1].isupper() or ci + 2 >= k:
        return None
    if toks[ci + 1].low not in ("von", "vom", "des", "der", "eines", "einer"):
        return None
    after = ci + 2 if toks[ci + 1].low in ("von", "vom") else ci + 1
    m = find_mention(toks[:k], lex, after=after)
    return m if m is not None and m.start >= toks[ci + 1].start else None


def _name_apposition(toks, i, k):
    """True when ``toks[i + 1 : k]`` between two commas is a short name (two to four
    capitalised words: "Karl Roth")."""
    words = toks[i + 1 : k]
    return 2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.text.isalpha() for t in words)


def infinitive_end(toks, lows, j):
    """End of a zu-infinitive clause whose last word stands before token ``j`` (a comma or
    the sentence end), over the clauses after it that belong to it."""
    n = len(toks)
    while j + 2 < n and toks[j].text == ",":
        k = j + 1
        while k < n and not _stop(toks, k):
            k += 1
        if (
            lows[j + 1] not in _INF_GOES_ON
            and lows[j + 1] not in ("„", '"', "»")  # a quoted remark of the speaker
            and not ends_infinitive(lows[j + 1 : k])
        ):
            break  # not "…, um Y zu schützen" / "…, zu sein, die …" / "…, Y zu bekommen"
        j = k
    return toks[j - 1].end


def _participle_infinitive(text, toks, lows, lex, a, cues):
    """Without the comma: "hat angekündigt die Preise zu erhöhen", "wurden aufgefordert
    Türen und Fenster geschlossen zu halten" (a participle cue right before the clause)."""
    n = len(toks)
    for ci in range(1, n - 3):
        w = lows[ci]
        if (
            w not in cues
            or not w.startswith(("ge", "auf", "an", "vor", "be"))
            or not w.endswith(("t", "en"))
        ):
            continue
        if not toks[ci + 1].text[:1].isalnum():
            continue
        j = ci + 1
        while j < n and toks[j].text not in ",;:.":
            j += 1
        if j - ci < 4 or not ends_infinitive(lows[ci + 1 : j]):
            continue
        end = strip_end(text, toks[ci + 1].start, toks[j - 1].end)
        return _clause(toks, ci, toks[ci + 1].start, end, lex, a)
    return None


def _clause(toks, ci, start, end, lex, a, mention=None):
    if mention is None:
        mention = subject(toks, ci, lex)
        if mention is not None and mention.start >= start:
            mention = None
    return indirect(toks, ci, start, end, a, mention)


def _is_source(word):
    w = word[:-1] if word.endswith("n") else word
    return (
        word in SPEECH_NOUNS
        or word.endswith(SOURCE_NOUN_ENDS)
        or w.endswith(SOURCE_NOUN_ENDS)
        or (word in ("gerüchte", "gerüchten"))
    )


def relative_source(s):
    """``Berichte, wonach …`` / ``Umfragen, nach denen …``: the clause after the source."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    n = len(toks)
    for k in range(1, n - 3):
        if toks[k].text != ",":
            continue
        if lows[k + 1] == "wonach":
            at = k + 2
        elif (
            lows[k + 1] == "nach"
            and lows[k + 2] in ("denen", "dem", "der")
            and any(_is_source(w) for w in lows[max(0, k - 4) : k])
        ):  # "Umfragen, nach denen …", not "in die Pause, nach der …"
            at = k + 3
        else:
            continue
        m = find_mention(toks[:k], lex, before=k)
        end = strip_end(text, toks[at].start, b)
        if end - toks[at].start < 10:
            return None
        q = _clause(toks, k + 1, toks[at].start, end, lex, a, mention=m)
        q.inherit = m is None
        return q
    return None


def demnach(s, danach=False):
    """A sentence opened by ``Demnach`` reports what the source before it says; so does one
    opened by ``Danach`` when ``danach`` (the sentence before names a study or report)."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    if lows[0] != "demnach" and not (danach and lows[0] == "danach") or len(toks) < 4:
        return None
    at = 1
    while at < len(toks) and toks[at].text in ",":
        at += 1
    end = strip_end(text, toks[at].start, b)
    q = _clause(
        toks, 0, toks[at].start, end, lex, a, mention=Mention(toks[0].start, toks[0].end, "")
    )
    return q


_SUBORDINATING = frozenset(
    ["als", "da", "dass", "ob", "weil", "wenn", "nachdem", "obwohl", "während", "falls"]
)


def inner_demnach(s):
    """``demnach`` after the finite verb of a main clause ("Die Zahl ist demnach gestiegen",
    "Er bewirbt sich demnach"): the sentence without ``demnach`` (two spans), its source
    the one of the sentence before. Not after a relative pronoun or in a subordinate clause
    opening the sentence."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    k = next((i for i in range(2, len(toks) - 1) if lows[i] == "demnach"), -1)
    if k < 0 or lows[0] in _SUBORDINATING:
        return None
    p = toks[k - 1]
    if not p.text.isalpha() or not p.text[:1].islower() or p.low in lex.determiners:
        return None
    if lows[k - 2] == "," or not toks[k + 1].text[:1].isalnum():
        return None  # "…, die demnach …" / "…, demnach,"
    left = strip_end(text, a, toks[k].start)
    end = strip_end(text, toks[k + 1].start, b)
    if end - toks[k + 1].start < 5:
        return None
    q = _clause(toks, k, a, end, lex, a, mention=Mention(toks[k].start, toks[k].end, ""))
    q.spans = [(a, left), (toks[k + 1].start, end)]
    q.frame = (toks[k].start, toks[k].end)
    return q


_FOCUS = frozenset(["zumindest", "jedenfalls", "immerhin", "wenigstens"])


def backref(s):
    """``Das berichtete die Zeitung X.``: (verb index, mention) when the sentence only takes
    up what the sentence before said; else None."""
    toks, lows, lex = s.toks, s.lows, s.lex
    if len(toks) < 3 or lows[0] not in _DEMO:
        return None
    i = 1
    if lows[i] in _FOCUS and len(toks) > 3:
        i += 1  # "… – das jedenfalls sagt X"
    if lows[i] in ("hat", "hatte", "haben", "hatten", "wurde", "wird"):
        i += 1
    if lows[i] not in lex.verbs:
        # "Das hat die Polizei mitgeteilt": the participle comes last
        last = next((j for j in range(len(toks) - 1, 1, -1) if toks[j].text.isalpha()), -1)
        if i == 1 or last < 0 or lows[last] not in lex.verbs or "," in lows[i:last]:
            return None  # "Das hatte er getan, wie sein Anwalt mitteilte" is no take-up
        m = find_mention(toks, lex, after=i)
        return (last, m) if m is not None else None
    m = find_mention(toks, lex, after=i + 1)
    last = len(toks) - 1 if toks[-1].text.isalpha() else len(toks) - 2
    if (
        m is None
        and last > i + 2
        and lows[last] in {p.split()[-1] for p in lex.particles.get(lows[i], ())}
    ):  # "Das teilte das „Institut X“ mit": the words before the particle
        m = Mention(toks[i + 1].start, toks[last - 1].end, "")
    return (i, m) if m is not None else None


def inline_backref(s):
    """``…, das entschied die NASA.`` / ``… – das meint X.``: the words before the dash or
    comma are the quote of the speaker after the verb."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    for k in range(3, len(toks) - 2):
        if lows[k] not in _DEMO or toks[k - 1].text not in (",", "–", "-", "—", ";"):
            continue
        br = backref(s.part(toks[k:]))
        if br is None:
            continue
        ci, m = br
        end = strip_end(text, a, toks[k - 1].start)
        while end > a and text[end - 1] in " ,–-—":
            end -= 1
        if end - a < 15:
            return None
        q = _clause(toks, k + ci, a, end, lex, a, mention=m)
        q.frame = (toks[k].start, b)
        return q
    return None
