"""Speech-act summaries: "X forderte den Rücktritt", "X lehnte den Plan ab".

``act_in`` finds the verb of a sentence that summarises a speech act (``speech_acts.txt``).
Verbs in ``clause_acts.txt`` ("begrüßte", "welcomed") only report speech with a clause or a
quote ("begrüßte die Gäste" is a greeting), so they are no summaries on their own.
Limits: passive sentences are skipped ("wurde kritisiert": the speaker is often missing);
separable particles must close the clause; a noun that looks like a verb form is skipped
when capitalised inside the sentence.
"""

from __future__ import annotations

__all__ = ["act_in"]

_PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "worden", "man"])


def act_in(toks, lows, lex):
    from presslens.quotations.clauses import _words

    clause_only = _words(lex.language, "clause_acts.txt")
    if any(w in _PASSIVE for w in lows) and not any(w in ("von", "vom") for w in lows):
        return -1  # a passive needs its agent: "wurde von der Opposition kritisiert"
    for i, w in enumerate(lows):
        if w in lex.acts and w not in clause_only:
            if i > 0 and toks[i].text[:1].isupper():
                continue  # a noun ("Werten"), not the verb
            need = lex.act_particles.get(w)
            if need and not any(_particle_at_end(toks, lows, i, p) for p in need):
                continue
            if any(x in _CASUALTIES for x in lows[i + 1 : i + 6]):
                continue  # "forderte 92 Menschenleben": not a speech act
            return i
    return -1


_CASUALTIES = frozenset(["menschenleben", "todesopfer", "opfer", "tote", "toten", "leben"])


def _particle_at_end(toks, lows, i, particle):
    """True when the separable ``particle`` of the verb at ``i`` closes its clause
    ("lehnte den Plan ab." / "wies die Kritik zurück,"), not a preposition inside it."""
    words = particle.split()
    last = words[-1]
    if last in ("von", "sich", "über", "für", "mit"):  # prepositional objects: anywhere
        return last in lows[i + 1 :]
    for k in range(i + 1, len(toks)):
        if lows[k] == last and (k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum()):
            return True
    return False
