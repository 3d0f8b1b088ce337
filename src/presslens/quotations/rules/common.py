"""Helpers the reported-speech rules share: building an indirect quote from a cue, where a
reported clause ends, and whether its cue is negated."""

from __future__ import annotations

from presslens.quotations.candidates import indirect
from presslens.quotations.speakers.subjects import subject
from presslens.quotations.words import D_RELATIVES, FRONTED
from presslens.resources import load_set

__all__ = ["fronted_end", "make_indirect", "negated"]


def make_indirect(s, ci, start, end, mention=None):
    """An indirect quote ``text[start:end]`` cued by token ``ci`` of the sentence view ``s``;
    without a ``mention`` its speaker is the cue's subject (before the quote). A clause after
    its cue ends before a second verb of the speaker's or another speaker's frame."""
    toks, lex, a = s.toks, s.lex, s.start
    if mention is None:
        mention = subject(toks, ci, lex)
    if mention is not None and mention.start >= start:
        mention = None
    if toks[ci].start < start:
        end = _second_verb_end(toks, start, end, lex)
    return indirect(toks, ci, start, end, a, mention)


_AFTER_VERB = frozenset(["sich", "er", "sie", "es", "ihn", "ihm", "nicht", "jedoch", "aber"])


def _second_verb_end(toks, start, end, lex):
    """End of the reported clause before "und" + a second verb of the speaker ("sagte X,
    es sei ernst, und fügte hinzu …"; "…, und betonte, …"), before a main clause's finite
    verb after a comma ("…, sprach aber …") and before another speaker's frame ("…, doch der
    Sprecher erklärte, …")."""
    prev = None
    for k, t in enumerate(toks):
        if start < t.start < end and t.low in ("und", "sowie") and k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.text.islower() and (nxt.low in lex.verbs or nxt.low in lex.acts):
                return prev.end if prev is not None and prev.text != "," else toks[k - 2].end
        if start < t.start < end and t.text == "," and k + 2 < len(toks) and prev is not None:
            v, w = toks[k + 1], toks[k + 2]
            if (  # "erklärte, er sei unschuldig, erkannte das Gericht nicht an"
                v.text.islower()
                and (v.low.endswith(("te", "ten")) or _finite_main(v, lex))
                and v.low not in lex.konjunktiv
                and (w.low in lex.determiners or w.low in _AFTER_VERB)
            ):
                return prev.end
            if v.low in _BUT and prev.text != ",":  # "…, doch der Sprecher erklärte, …"
                j = next(
                    (x for x in range(k + 2, min(len(toks), k + 10)) if toks[x].text == ","), -1
                )
                if j > k + 3 and toks[j - 1].low in lex.verbs and _cap_between(toks, k + 2, j - 1):
                    return prev.end
        if t.start >= start and t.end <= end:
            prev = t
    return end


_BUT = frozenset(["doch", "aber", "während", "jedoch", "wohingegen"])


def _cap_between(toks, i, j):
    """True when a capitalised word (the other speaker) stands in ``toks[i:j]``."""
    return any(t.text[:1].isupper() for t in toks[i:j])


def _finite_main(v, lex):
    """A lowercase word that can open a main clause as its finite verb: no article, pronoun,
    conjunction, relative or function word ("…, sprach aber von …")."""
    return (
        v.text.isalpha()
        and v.low not in _NOT_VERB
        and v.low not in D_RELATIVES
        and v.low not in lex.determiners
        and v.low not in lex.pronouns
        and v.low not in lex.function
    )


# words that are never the finite verb opening a main clause: clause words, "so", small numerals
_NOT_VERB = load_set("de", "clause_words.txt") | frozenset(
    "so ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()  # noqa: SIM905
)


def fronted_end(toks, q, lex):
    """End of a reported clause inside a fronted subordinate clause ("Nachdem er erklärt
    hatte, dass X, stieg die Aktie"): the comma before the main clause's finite verb, a
    lowercase word that is no article, pronoun, conjunction or function word; else the
    quote's end. Only for sentences opened by a subordinating conjunction."""
    if toks[0].low not in FRONTED or q.cue is None or q.cue[0] > q.start:
        return q.end
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if t.start <= q.start or t.start >= q.end or t.text != ",":
            continue
        v = toks[k + 1]
        if (
            v.text[:1].islower()
            and v.text.isalpha()
            and v.low not in _NOT_VERB
            and v.low not in D_RELATIVES
            and v.low not in lex.determiners
            and v.low not in lex.pronouns
            and v.low not in lex.function
            and v.low not in lex.konjunktiv
            and (
                toks[k + 2].text[:1].isupper()
                or toks[k + 2].low in _AFTER_VERB
                or toks[k + 2].low in lex.determiners
            )
        ):  # "…, stieg die Aktie" / "…, räumte Jennifer Lopez ein"; not "…, dadurch würde"
            return toks[k - 1].end
    return q.end


_MODALS = frozenset(["kann", "könnte", "muss", "müsste", "darf", "dürfte", "sollte"])


def negated(toks, q) -> bool:
    """True when the cue of a clause framed before it is negated: "nicht" among the three
    words right before the cue, in its clause ("konnte nicht bestätigen, dass …", "Bisher ist
    nicht bekannt, ob …", "hat sich nicht dazu entschieden, …"), or "kein(e/en)" ("Es fiel
    keine Entscheidung darüber, ob …"), or a modal with "man" ("Man kann sagen, dass …"):
    nobody said it. Not "nicht nur", "keinen Zweifel", nor a clause that gives what a report
    says ("bestätigte die Berichte nicht, wonach …")."""
    cue = q.cue
    if cue is None or cue[0] >= q.start:
        return False
    ci = next((k for k, t in enumerate(toks) if t.start == cue[0]), -1)
    if any(t.start == q.start and t.low == "wonach" for t in toks):
        return False
    near = {t.low for t in toks[max(0, ci - 3) : ci]}
    if "man" in near and not _MODALS.isdisjoint(near):
        return True  # "Insgesamt kann man sagen, dass …": the writer's own summary
    for k in range(ci - 1, max(-1, ci - 4), -1):
        if not toks[k].text[:1].isalnum():
            return False
        if toks[k].low == "nicht":
            return toks[k + 1].low != "nur"
        if toks[k].low in ("kein", "keine", "keinen") and toks[k + 1].low != "zweifel":
            return True  # "Es fiel keine Entscheidung darüber, ob …"; not "keinen Zweifel"
    return False
