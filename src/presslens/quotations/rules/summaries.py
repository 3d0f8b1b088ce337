"""The extent and the special forms of ``reported`` quotes that summarise a speech act.

``cues.act_in`` finds the speech-act verb of a sentence; this module decides what the quote
of such a sentence is: the act's clause (``act_start``/``act_end``: not an opening
"Während …" clause of the author, not a contrasting main clause after it), a clause before
the cue of another quote in the sentence (``act_before``: "X wies die Klage zurück und
sagte, …"), a contrasting "während" clause closed by a speech act (``while_clause``), and
the impersonal forms that report speech without a speaker ("Von X wird gesprochen.", "Es
wurde X genannt.", "Als Grund wurde X angegeben."). It also holds the tests that make a
sentence no summary: the pluperfect (background), a state ("sind angekündigt"), a bare
"Das" object opening the sentence (what was said is the sentence before), first persons.

Limits: clause ends are found at commas and a short list of clause openers, not by parsing.
"""

from __future__ import annotations

from presslens.quotations.candidates import whole
from presslens.quotations.cues import CLAUSE_OPENERS, act_in, passive_without_agent
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import subject
from presslens.quotations.words import (
    FIRST_PERSON,
    NAMED,
    PASSIVE_AUX,
    SOURCE_NOUN_ENDS,
    SPOKEN_OF,
)

__all__ = [
    "act_before", "act_end", "act_start", "es_passive", "impersonal", "impersonal_source",
    "inner_partials", "named_as", "pluperfect", "pronoun_object", "stative", "while_clause",
]  # fmt: skip

_CLAUSE_AUX = frozenset(["hat", "hatte", "hatten", "haben", "wird", "wurde", "wurden", "werden"])


def while_clause(text, toks, lows, lex):
    """A contrasting "während" clause (opening the sentence or after a comma) closed by a
    speech-act verb and its auxiliary ("…, während die Opposition den Plan begrüßte", "…,
    während sich X für Y ausgesprochen hatte"): a ``reported`` quote of that clause, its
    subject the speaker. Verbs that need a clause elsewhere (``clause_acts.txt``) count here,
    the contrast makes them a stance; a passive needs its "von" agent."""
    for k, w in enumerate(lows[:-3]):
        if w != "während" or (k > 0 and lows[k - 1] != ","):
            continue
        e = k + 1
        while e < len(lows) and lows[e] not in (",", ";", ":", ".", "!", "?", "("):
            e += 1
        v = e - 1
        if lows[v] in _CLAUSE_AUX and v - 1 > k:
            v -= 1
        if lows[v] not in lex.acts or v - k < 3:
            continue
        sub, sl = toks[k + 1 : e], lows[k + 1 : e]
        ci = v - k - 1
        need = lex.act_particles.get(sl[ci])
        if need is not None:
            continue  # separable and prepositional forms: "während X davon ausging" is rare
        if passive_without_agent(sub, sl, ci):
            continue
        m = subject(sub, ci, lex)
        if m is None:
            continue
        end = toks[e - 1].end
        d = whole("reported", toks[k].start, end)
        d.update(mention=m, cue=(toks[v].start, toks[v].end), inherit=False)
        return d
    return None


_DEMONSTRATIVES = frozenset(["das", "dies", "dieses"])


def pronoun_object(toks, lows, lex):
    """True when a bare demonstrative before the verb opens the sentence ("Das lehnte X ab.",
    "Dies gab X bekannt."): what was said is the sentence before, this one only names the act."""
    return (
        len(toks) > 2
        and lows[0] in _DEMONSTRATIVES
        and (lows[1] in lex.acts or lows[1] in PASSIVE_AUX or lows[1] in _HAVE)
    )


_HAVE = frozenset(["hat", "haben", "hatte", "hatten"])


def inner_partials(toks, ci, spans):
    """True when the words in quotation marks of the sentence all stand after the speech-act
    verb at ``ci`` and the sentence goes on for three words after the last of them ("X
    berichtete von „schweren Schäden“ an der Brücke im Ort"): the quoted words are a phrase of
    the summary. When they close the sentence ("X nannte den Plan „unsozial“.") they are the
    point of it, a quote of their own."""
    if ci < 0:
        return False
    inside = spans.starting_in(toks[0].start - 1, toks[-1].end)  # a SpanIndex
    if not inside or inside[0][0] < toks[ci].end:
        return False
    after = [t for t in toks if t.start >= inside[-1][1] and t.text[:1].isalnum()]
    return len(after) >= 3


def es_passive(lows, lex):
    """True for a passive with "es" in front that closes on a speech act or "genannt" ("Es
    wurde auch die Wartung bemängelt.", "Es wurde nur eine Summe genannt."): said, by whom
    the sentence does not tell."""
    words = [w for w in lows if w.isalnum()]
    return (
        len(words) > 4
        and words[0] == "es"
        and words[1] in PASSIVE_AUX
        and (words[-1] in NAMED or words[-1] in lex.acts)
        and "," not in lows
    )


def impersonal_source(toks, lows, lex):
    """The source of an impersonal report: the phrase after "aus" ("Aus Bonn wird … berichtet")
    or an opening "In" phrase of a source noun ("In ersten Meldungen war von X die Rede")."""
    if not impersonal(lows):
        return None
    for k, w in enumerate(lows[:-2]):
        if w == "aus" and toks[k + 1].text[:1].isupper():
            return find_mention(toks, lex, after=k + 1)
    if lows[0] == "in" and any(w.endswith(SOURCE_NOUN_ENDS) for w in lows[1:4]):
        return find_mention(toks, lex, after=1)
    return None


def impersonal(lows):
    """True for an impersonal passive of speaking that ends the sentence ("Von X wird
    gesprochen.", "Es wird von X ausgegangen.", "Aus Y wird von X berichtet.") and for "Es war
    von X die Rede.": something was said, by whom the sentence does not tell."""
    words = [w for w in lows if w.isalnum()]
    if len(words) < 4 or "von" not in words[:-1] and "vom" not in words[:-1]:
        return False
    if words[-1] in SPOKEN_OF:
        return not PASSIVE_AUX.isdisjoint(words) and "," not in lows[-3:]
    return words[-2:] == ["die", "rede"] and not {"war", "ist", "sei"}.isdisjoint(words)


def named_as(lows):
    """True for "Als Grund wurde X genannt." / "Als Ursache wird X angegeben.": a passive
    that names what someone gave as a reason or cause."""
    words = [w for w in lows if w.isalnum()]
    return (
        len(words) > 4
        and words[0] == "als"
        and words[-1] in NAMED
        and any(w in ("wurde", "wurden", "wird", "werden") for w in words[2:8])
        and "," not in lows
    )


def act_start(toks, lows, ci, a):
    """Start of a speech-act summary: the sentence start, or the act's clause after an opening
    contrast ("Während X schwieg, forderte Y …": the "während" clause is the author's) or
    after a main clause when it opens with its own subject ("Es kamen 500, die Polizei
    spricht von 400")."""
    k = ci
    while k > 0 and lows[k - 1] not in (",", ";", ":"):
        k -= 1
    if k > 0 and lows[0] == "während":
        return toks[k].start
    if (
        k > 1
        and lows[k] in ("der", "die", "das")
        and ci == k + 2
        and toks[k + 1].text[:1].isupper()
        and lows[0] not in CLAUSE_OPENERS
    ):
        return toks[k].start
    return a


def act_end(toks, lows, ci, b):
    """End of a speech-act summary: the sentence end, or the comma after the act's clause
    when a contrasting or new main clause follows ("X lehnte den Plan ab, während Y …",
    "X geht von einem Unfall aus, sie prüft …"); relative and "um … zu" clauses stay."""
    j = next((k for k in range(ci + 1, len(toks) - 1) if lows[k] == ","), -1)
    if j < 0 or lows[j + 1] not in _NEW_CLAUSE:
        return b
    return toks[j - 1].end


_NEW_CLAUSE = frozenset(["während", "sie", "er", "es", "man"])


def _clause_joint(toks, lows, k, lex):
    """True at a comma, or at "und"/"sowie" before a verb rather than a noun phrase ("…
    auf und beschloss", not "Arbeitszeit und Ruhestand")."""
    if lows[k] == ",":
        return True
    if lows[k] not in ("und", "sowie") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[:1].islower() and nxt.low not in lex.determiners and nxt.low not in lex.function


def act_before(text, toks, lows, lex, q, found):
    """A speech-act clause joined by "und" or a comma before the clause of another quote's
    cue ("X rief Y zur Ruhe auf und beschloss, …", "X lehnt den Plan ab, ein Verkauf sei …"):
    that clause, from the sentence start, is a ``reported`` quote of its own."""
    cue = q.cue
    stop = q.start
    if cue is not None and toks[0].start < cue[0] < stop:
        stop = cue[0]
    n = next((k for k, t in enumerate(toks) if t.start >= stop), len(toks))
    if n < 3 or lows[-1] == "?" or not FIRST_PERSON.isdisjoint(lows[:n]):
        return
    ci = act_in(toks[:n], lows[:n], lex, subordinate=False)
    if ci < 0 or pluperfect(lows, ci):
        return
    j = next((k for k in range(ci + 1, n) if _clause_joint(toks, lows, k, lex)), -1)
    if j < 0:
        return
    m = subject(toks, ci, lex)
    if m is None:
        return
    end = toks[j - 1].end
    d = whole("reported", toks[0].start, end)
    d.update(mention=m, cue=(toks[ci].start, toks[ci].end), inherit=False, rule="act_before")
    found.append(d)


_HAD = frozenset(["hatte", "hatten", "hattest", "hattet", "had"])


def pluperfect(lows, ci):
    """True when the speech act is in the pluperfect ("X hatte den Plan kritisiert"): it tells
    the background of the story, an earlier statement, rather than what is reported now."""
    return any(w in _HAD for w in lows[: ci + 2])


_BE = frozenset(["ist", "sind", "war", "waren"])


def stative(lows, ci):
    """True for a participle in a state ("Weitere Aktionen sind angekündigt", "hätten gewarnt
    sein können"): "sein" after it, or "ist/sind/war/waren" before it in its clause without an
    agent "von":
    what stands announced, nobody is reported as saying it here."""
    if lows[ci + 1 : ci + 2] == ["sein"]:
        return True
    k = ci
    while k > 0 and lows[k - 1] not in (",", ";", ":"):
        k -= 1
    clause = lows[k:ci]
    return not _BE.isdisjoint(clause) and "von" not in clause and "vom" not in clause
