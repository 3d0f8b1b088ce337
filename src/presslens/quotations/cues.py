"""Cue words in a sentence's tokens: reporting verbs and speech acts.

``cue_in`` and ``cue_in_last`` find the first and the last reporting or speech-act verb of a
token list (a form listed only with particles counts when a particle follows it);
``mask_noun_cues`` hides English cue words used as nouns ("six states") from every list.

``act_in`` finds the verb of a sentence that summarises a speech act (``speech_acts.txt``:
"X forderte den Rücktritt", "X lehnte den Plan ab").
Verbs in ``clause_acts.txt`` ("begrüßte", "welcomed") only report speech with a clause or a
quote ("begrüßte die Gäste" is a greeting), so they are no summaries on their own.
A verb that closes a relative or subordinate clause ("…, die den Plan kritisierten") is
passed over for a verb of the main clause; with ``subordinate=False`` it is never taken.
A verb with "sich" right after it is reflexive, no speech act ("verspricht sich Erfolg",
"bezeichnet sich als …"), unless listed with "sich" ("sprach sich … aus"); a clause that
ends in a particle the verb is not listed with has another verb ("forderte Truppen an").
A verb in round brackets is an aside ("(X berichtete)"), never the sentence's speech act;
a form between a determiner or a degree adverb ("oft", "lange") and a noun is an adjective
("ein lange beklagter Mangel").
Limits: passive clauses are skipped unless a "von" phrase names the agent ("wurde
kritisiert": the speaker is often missing); passives in subordinate clauses before the verb
do not count; separable particles must close the clause; a noun that looks like a verb form
is skipped when capitalised inside the sentence.
"""

from __future__ import annotations

from functools import cache

from presslens.quotations.lexicon import word_set
from presslens.quotations.words import SPEECH_NOUNS, SUBORDINATORS

__all__ = [
    "CLAUSE_OPENERS",
    "act_in",
    "cue_in",
    "cue_in_last",
    "mask_noun_cues",
    "passive_without_agent",
]


def cue_in(tokens, lex):
    """Index of the first reporting or speech-act verb in ``tokens`` (particles checked)."""
    lows = [t.low for t in tokens]
    if lex.cue_words.isdisjoint(lows):
        return -1
    for i, w in enumerate(lows):
        for forms, particles in ((lex.verbs, lex.particles), (lex.acts, lex.act_particles)):
            if w in forms:
                need = particles.get(w)
                if need and not any(p.split()[-1] in lows[i + 1 :] for p in need):
                    continue
                return i
    return -1


def cue_in_last(tokens, lex):
    """Index of the last reporting or speech-act verb in ``tokens``, or -1."""
    lows = [t.low for t in tokens]
    if lex.cue_words.isdisjoint(lows):
        return -1
    for k in range(len(lows) - 1, -1, -1):
        w = lows[k]
        for forms, particles in ((lex.verbs, lex.particles), (lex.acts, lex.act_particles)):
            if w in forms:
                need = particles.get(w)
                if not need or any(p.split()[-1] in lows[k + 1 :] for p in need):
                    return k
    return -1


_EN_NOUN_WORDS = (
    "the a an his her their its this these those our your my several many some all both "
    "other various member most few such two three four five six seven eight nine ten eleven "
    "twelve dozens hundreds"
)
_EN_NOUN_BEFORE = frozenset(_EN_NOUN_WORDS.split())
_EN_ADJ_ENDS = ("al", "ous", "ive", "ic", "ian", "ean", "ern", "ish", "ese", "ful", "ary")


def mask_noun_cues(toks, lex):
    """English cue words used as nouns ("six states", "the states", "the United States",
    "federal states") get a ``low`` that matches no word list, so no rule takes them as a
    reporting verb: a cue after a numeral, determiner, quantifier or adjective, or
    capitalised inside the sentence. Reporting nouns ("the reports that") are kept.

    Limits: adjectives are recognised by their ending only; German needs no masking (its
    nouns are capitalised)."""
    if lex.language != "en":
        return toks
    cues = lex.verbs | lex.acts
    out = None
    for i in range(1, len(toks)):
        t = toks[i]
        if t.low not in cues or t.low in SPEECH_NOUNS:
            continue
        p = toks[i - 1]
        noun = (
            t.text[:1].isupper()
            or p.low in _EN_NOUN_BEFORE
            or p.text.isdigit()
            or (p.text.islower() and len(p.low) > 4 and p.low.endswith(_EN_ADJ_ENDS))
        )
        if noun:
            if out is None:
                out = list(toks)
            out[i] = t._replace(low="_" + t.low)
    return toks if out is None else out


_PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "worden", "man"])


def act_in(toks, lows, lex, *, subordinate=True):
    """Index of the speech-act verb that summarises the sentence ``toks``, or -1."""
    clause_only = word_set(lex.language, "clause_acts.txt")
    later = -1
    depth = 0
    for i, w in enumerate(lows):
        depth += (w == "(") - (w == ")")
        if w in lex.acts and w not in clause_only and depth <= 0:
            if passive_without_agent(toks, lows, i):
                continue  # a passive needs its agent: "wurde von der Opposition kritisiert"
            if i > 0 and toks[i].text[:1].isupper():
                continue  # a noun ("Werten"), not the verb
            if _attributive(toks, lows, i, lex):
                continue  # "ein lange beklagter Mangel": a participle before its noun
            need = lex.act_particles.get(w)
            if need and not any(_particle_at_end(toks, lows, i, p) for p in need):
                continue
            if _other_particle(lows, i, lex.language):
                continue  # "forderte Truppen an", "sprachen ihn frei": another verb
            if "sich" in lows[i + 1 : i + 4] and w not in _reflexive(lex.language):
                continue  # "verspricht sich Erfolg", "nennt sich X": no speech act
            if any(x in _CASUALTIES for x in lows[i + 1 : i + 6]):
                continue  # "forderte 92 Menschenleben": not a speech act
            if _subordinate(lows, i):
                if later < 0 and subordinate:
                    later = i
                continue  # "…, die von Erschütterungen sprachen": look for the main verb
            return i
    return later


_DEGREE = frozenset(["oft", "viel", "vielfach", "häufig", "lange", "so", "immer", "bereits"])


def _attributive(toks, lows, i, lex):
    """True when the form at ``i`` is a participle used as an adjective, between a determiner
    or a degree adverb and a noun ("die bezeichnete Stelle", "ein lange beklagter Mangel")."""
    if i == 0 or i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper():
        return False
    return lows[i - 1] in lex.determiners or lows[i - 1] in _DEGREE


def _subordinate(lows, i):
    """True when the verb at ``i`` closes a relative or subordinate clause after a comma
    ("…, die den Plan kritisierten", "…, dass Händler das Gerät empfahlen")."""
    k = i
    while k > 0 and lows[k - 1] not in (",", ";", ":"):
        k -= 1
    e = i + 1
    while e < len(lows) and lows[e] not in (",", ";", ":", ".", "!", "?"):
        e += 1
    if e - i > 2:  # the verb (and its auxiliary) closes the clause
        return False
    return lows[k] in CLAUSE_OPENERS if k == 0 else lows[k] in _SUBORDINATORS


_AND = frozenset(["und", "sowie", "oder", "aber"])  # "lehnte den Plan ab und forderte …"
_CASUALTIES = frozenset(["menschenleben", "todesopfer", "opfer", "tote", "toten", "leben"])


def passive_without_agent(toks, lows, i):
    """True when the clause of the verb at ``i`` is passive ("wurde … kritisiert", "werden …,
    X und Y erwartet") without an agent ("von der Opposition"; not "der Ausbruch von
    Cholera"). Relative and subordinate clauses before the verb do not count ("In einem
    Bericht, der vorgelegt wurde, fordert X")."""
    b = i
    while b < len(lows) and lows[b] not in (",", ";", ":"):
        b += 1
    aux, sub = False, False
    for k in range(b):
        if k == 0 or lows[k - 1] in (",", ";", ":"):
            sub = k < i and _segment_end(lows, k) < i and lows[k] in _SUBORDINATORS
        if lows[k] in _PASSIVE and not sub:
            aux = True
    if not aux:
        return False
    return not any(
        x in ("von", "vom") and (k == 0 or not toks[k - 1].text[:1].isupper())
        for k, x in enumerate(lows[:b])
    )


def _segment_end(lows, k):
    while k < len(lows) and lows[k] not in (",", ";", ":"):
        k += 1
    return k


CLAUSE_OPENERS = SUBORDINATORS
_SUBORDINATORS = frozenset(
    "der die das dem den denen deren dessen welche welcher welches welchem welchen "  # noqa: SIM905
    "nachdem da als wenn weil obwohl während bevor sobald falls ob dass wie seit seitdem "
    "wo womit wobei".split()
)


_PARTICLES = frozenset("an aus frei um ab ein fest bei nach weg".split())  # noqa: SIM905


def _other_particle(lows, i, language):
    """True when the clause of the verb at ``i`` ends in a separable particle the verb is not
    listed with ("forderte Truppen an", "rief den Notstand aus", "sprachen ihn frei")."""
    e = i + 1
    while e < len(lows) and lows[e] not in (",", ";", ":", ".", "!", "?", "und", "oder"):
        e += 1
    if e == i + 1 or lows[e - 1] not in _PARTICLES:
        return False
    return lows[e - 1] not in _particles(language).get(lows[i], ())


@cache
def _particles(language):
    """Form -> the last words of its particles in ``speech_acts.txt``."""
    out: dict = {}
    for e in word_set(language, "speech_acts.txt"):
        parts = e.lower().split()
        if len(parts) > 1:
            out.setdefault(parts[0], set()).add(parts[-1])
    return out


@cache
def _reflexive(language):
    """Forms listed with "sich" in ``speech_acts.txt`` ("sprach sich aus")."""
    return frozenset(e.split()[0] for e in word_set(language, "speech_acts.txt") if " sich" in e)


def _particle_at_end(toks, lows, i, particle):
    """True when the separable ``particle`` of the verb at ``i`` closes its clause
    ("lehnte den Plan ab." / "wies die Kritik zurück,"), not a preposition inside it.
    Prepositional objects ("von", "mit", …) may stand anywhere after the verb, "in" within
    three words after it, "als" anywhere in the verb's clause ("wurde als … kritisiert")."""
    words = particle.split()
    last = words[-1]
    if last in ("von", "sich", "über", "für", "mit"):  # prepositional objects: anywhere
        return last in lows[i + 1 :]
    if last == "in":  # "sieht in dem Plan eine Chance", not "sah … in der 62. Minute"
        near = lows[i + 1 : i + 4]
        return (
            last in near
            and "," not in near[: near.index(last)]
            and near[0] != "sich"  # "sehen sich in …"
            and "vor" not in lows[-2:]  # "sehen eine Produktion in … vor": a plan
        )
    if last == "als":  # in the verb's clause: "kritisierte X als Y", "wurde als Y kritisiert"
        a, b = i, i + 1
        while a > 0 and lows[a - 1] not in (",", ";", ":"):
            a -= 1
        while b < len(lows) and lows[b] not in (",", ";", ":"):
            b += 1
        return "als" in lows[a + 1 : i] + lows[i + 1 : b] and lows[i + 1 : i + 2] != ["sich"]
    if any(w not in lows[i + 1 :] for w in words[:-1]):
        return False  # "geht von … aus" needs its "von"
    for k in range(i + 1, len(toks)):
        if lows[k] == last and (
            k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum() or lows[k + 1] in _AND
        ):
            return True
    return False
