"""Who speaks in the sentence before: ``cue_subject``.

A quote without a frame of its own (a Konjunktiv sentence, a frame without a subject: "Als
Grund wurde angegeben, …") is often spoken by the one the sentence before reports on: the
subject of its reporting verb or speech act, else (with ``fallback``) its first phrase when
that names a person, the agent of a passive or a phrase after a fronted adverbial.

Limits: one sentence back only; a sentence opened by an institution ("Die Lokalregierung
machte X verantwortlich") is often the author's, so only a body after a fronted phrase counts
when a person is asked for.
"""

from __future__ import annotations

from functools import cache

from presslens.quotations.cues import act_in, cue_in
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import is_personal, subject
from presslens.quotations.words import PASSIVE_AUX
from presslens.resources import load_list

__all__ = ["cue_subject"]


def cue_subject(article, si, *, fallback=True, person=False):
    """Subject of the first reporting verb or speech act in the sentence before ``si``; with
    ``fallback``, else its first phrase: a person ("Der Minister Karl Roth …"), the agent of a
    passive ("Von Beobachtern wird X gelobt") or a phrase after the verb ("Als Ersatz wollen
    die Staaten …"), not the opening words ("Langfristig", "Alle Opfer") or a date; with
    ``person`` only, a named person or a title, not a pronoun (after a quote of someone else:
    "Die Ärztin Eva Kern wirkte ratlos. Es gebe keine Spur." gives the word to Eva Kern), or
    an institution after a fronted phrase ("Am Montag hat die Stadtverwaltung den Plan
    vorgestellt.": ``speaking_bodies.txt``)."""
    if si == 0:
        return None
    text, lex = article.text, article.lex
    pa, pb = article.sentences[si - 1]
    toks = article.tokens(pa, pb, masked=False)
    ci = cue_in(toks, lex)
    if ci < 0:
        ci = act_in(toks, [t.low for t in toks], lex)
    if ci >= 0:
        lows = [t.low for t in toks]
        if not PASSIVE_AUX.isdisjoint(lows[:ci]) and not {"von", "vom"} & set(lows):
            return None  # "Die Zahl wurde am Abend bestätigt": its subject did not speak
        return subject(toks, ci, lex)
    m = find_mention(toks, lex, before=len(toks)) if fallback or person else None
    if m is not None and not fallback:  # only a named person or a title: "Der Sprecher Karl Roth"
        # or a body after a fronted phrase ("Am Montag hat die Kommission …"); a sentence
        # opened by a body is often the author's ("Die Lokalregierung machte X verantwortlich")
        named = (
            is_personal(toks, m, lex)
            or (m.start > toks[0].start and _body(toks, m, lex))
            or _named(article, toks, m)
        )
        return m if named and text[m.start : m.end].lower() not in lex.pronouns else None
    if m is None or is_personal(toks, m, lex):
        return m
    lows = [t.low for t in toks]
    if not PASSIVE_AUX.isdisjoint(lows) and ("von" in lows or "vom" in lows):
        k = lows.index("von") if "von" in lows else lows.index("vom")
        return find_mention(toks, lex, after=k + 1)  # "Von Beobachtern wird X gelobt"
    if (
        m.start > toks[0].start
        and not text[m.start].isdigit()  # "Zwischen dem 1. und 17. August soll …"
        and lows[0] not in _QUANTIFIERS  # "Alle Opfer stammen aus …"
        and PASSIVE_AUX.isdisjoint(lows)  # "Von Beobachtern wird dieser Schritt gelobt"
    ):
        return m  # after a fronted adverbial ("Als Ersatz wollen die Staaten …")
    return None  # the sentence's first words: "Langfristig", "Die Toten"


def _named(article, toks, m) -> bool:
    """True when ``m`` holds a name of a person, an organisation or a medium (as
    ``presslens.ner`` finds them) or an acronym ("ROG", "BYD"): someone who can speak."""
    if any(
        n.kind in ("person", "organisation", "medium") for n in article.names_in(m.start, m.end)
    ):
        return True
    return any(
        t.text.isupper() and t.text.isalpha() and len(t.text) > 1
        for t in toks
        if m.start <= t.start < m.end
    )


@cache
def _bodies(language):
    try:
        return tuple(load_list(language, "speaking_bodies.txt"))
    except FileNotFoundError:
        return ()


def _body(toks, m, lex):
    """True when the head of ``m`` (its first capitalised word after the article) names an
    institution or group that speaks as a body ("Die Kriminalpolizei", "der Konzern")."""
    words = [
        t.low
        for t in toks
        if m.start <= t.start < m.end and t.text[:1].isupper() and t.low not in lex.determiners
    ]
    return bool(words) and words[0].endswith(_bodies(lex.language))


_QUANTIFIERS = frozenset("alle viele einige mehrere beide manche zahlreiche wenige".split())  # noqa: SIM905
