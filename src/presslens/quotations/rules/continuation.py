"""Konjunktiv continuation: sentences of reported speech without a frame of their own.

A sentence in Konjunktiv I (or with ``soll`` hearsay, Konjunktiv II after a quote, "hätte"
+ participle) continues someone's reported speech (kind ``free_indirect``). This module
decides where such a quote starts (``subordinate_start``: only the clause after a comma,
colon or semicolon when the main clause is the author's; ``frame_in_konjunktiv``: a
dass/verb-comma frame that is itself in Konjunktiv), whether it goes on with the quote
before (``goes_on``); who speaks when no quote is near is ``speakers.context.cue_subject``.

Limits: Konjunktiv is recognised from word lists (``konjunktiv.txt``, ``konjunktiv2.txt``)
and lowercase forms in "-iere", not by morphology; the main clause is found by commas and
capitals, not parsed.
"""

from __future__ import annotations

from presslens.quotations.candidates import whole
from presslens.quotations.lexicon import konjunktiv1
from presslens.quotations.words import COORDINATORS, D_RELATIVES

__all__ = [
    "before_colon_quote", "frame_in_konjunktiv", "goes_on", "ki_iere", "main_clause",
    "past_subjunctive", "subordinate_start",
]  # fmt: skip


def goes_on(prev, sents, si, starts, sentence_quoted, *, hearsay):
    """True when sentence ``si`` continues the free-indirect quote ``prev``: it ends the
    sentence before, starts a sentence (not after a clause of its sentence: "…, es sei"), and
    is of the same sort, ``soll`` hearsay or Konjunktiv ("Dabei sollen … worden sein. Auch
    seien …": two quotes). A paragraph break between them does not matter."""
    return (
        prev is not None
        and prev.kind == "free_indirect"
        and sentence_quoted[si - 1]
        and prev.end == sents[si - 1][1]
        and prev.start in starts
        and prev.hearsay == hearsay
    )


_MODAL_KII = frozenset(["könnte", "dürfte", "dürften", "müsste", "sollte", "möchte"])


def main_clause(toks, lows):
    """The first words up to 16, to the first comma that opens a clause: a comma before a
    capitalised word lists or inserts a noun phrase ("Die Brücken in Bonn, Köln und
    Essen sollen …", "Der Minister, Karl Roth, soll …") and does not end it; a relative
    clause closed by a comma is passed over ("Der Plan, der im Mai vorgelegt wurde, soll
    …": the words after it count, 16 more)."""
    out, k, n = [], 0, min(16, len(toks) - 1)
    while k < n:
        if k > 0 and toks[k].text == "," and not toks[k + 1].text[:1].isupper():
            close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), -1)
            if lows[k + 1] not in D_RELATIVES or close < 0:
                return out
            k = close + 1  # "Der Plan, der im Mai vorgelegt wurde, soll …": over the clause
            n = min(close + 16, len(toks) - 1)
            continue
        out.append(lows[k])
        k += 1
    return out


def _boundary(toks, k):
    """True when token ``k`` is a comma, semicolon or colon between clauses (not the colon
    of a time or score: "14:00", "2:1")."""
    t = toks[k].text
    if t == ":" and 0 < k < len(toks) - 1:
        return not (toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit())
    return t in (",", ":", ";")


def subordinate_start(toks, verbs_at, lex):
    """Start of the clause after a comma, colon or semicolon when only that clause is in
    Konjunktiv ("…, der sich selbst gestellt habe"; "X kritisierte den Plan: Er sei zu
    teuer"): the main clause before it is the author's; else None."""
    first = next((k for k in verbs_at if toks[k].low in lex.konjunktiv), -1)
    if first <= 0:
        return None
    comma = next((k for k in range(first - 1, 0, -1) if _boundary(toks, k)), -1)
    if comma < 2 or comma + 1 >= first:
        return None  # "Am Montag, dem 5. Mai, sei …"
    if any(t.low in _MODAL_KII for t in toks[:comma]):
        return None  # "Man könnte im Mai bauen, wenn das Wetter halte"
    if (
        toks[comma].text == ","
        and toks[comma + 1].low in COORDINATORS
        and toks[first].low not in konjunktiv1(lex.language)
    ):
        return None  # "X stärkten Y, und so würden …": Konjunktiv II only, the whole sentence
    if any(
        toks[k - 1].text == "," and toks[k].low in lex.konjunktiv
        for k in range(first + 1, len(toks))
    ):
        return None  # the clause was inserted: "Die Firma, die … habe, sei …"
    return toks[comma + 1].start


def frame_in_konjunktiv(toks, q, lex, a):
    """Start of the frame before the quote when its verb is in Konjunktiv I ("Die Behörde
    gehe davon aus, dass …"): the frame itself is reported speech. The frame starts the
    sentence or follows a colon ("X äußerte sich zum Plan: Es sei klar, dass …");
    else None."""
    cue = q.cue
    if cue is None or cue[0] > q.start or q.start == a:
        return None
    first = next((t for t in toks if t.start >= q.start), None)
    if first is None or first.low == "so" or first.low in lex.verbs:
        return None  # "…, so der Sender" / "…, sagte er": a frame after the quote
    ki = konjunktiv1(lex.language)
    start, k0 = a, 0
    for k, t in enumerate(toks):
        if t.end > q.start or t.text in (",", ";", "„", "“", '"'):
            return None
        if t.text == ":" and _boundary(toks, k):
            start, k0 = (toks[k + 1].start, k + 1) if k + 1 < len(toks) else (None, k)
        elif t.low in ki and (k == k0 or t.text[:1].islower()):
            return start
    return None


_HAETTE = frozenset(["hätte", "hätten"])


# conditionals, modal infinitives ("hätte helfen können") and first persons: the author's or
# a speaker's own counterfactual, not reported speech
_COUNTERFACTUAL = frozenset([
    "wenn", "falls", "ob", "sonst", "können", "müssen", "sollen", "dürfen", "wollen", "lassen",
    "ich", "wir", "wäre", "wären", "würde", "würden",
])  # fmt: skip


def ki_iere(toks, verbs_at, lows):
    """True for a Konjunktiv I of a verb in "-ieren" not in the list ("Die Firma propagiere
    …"): a lowercase form in "-iere" inside the sentence is the first person or Konjunktiv I,
    and the sentence has no "ich"."""
    if "ich" in lows:
        return False
    return any(toks[k].low.endswith("iere") and len(toks[k].low) > 6 and k > 0 for k in verbs_at)


def past_subjunctive(toks, lows):
    """True for a statement in the Konjunktiv II pluperfect ("Die Feuerwehr hätte zwei Kinder
    geholt"): ``hätte(n)`` as the second to fourth word and a participle at the end, without
    a condition or modal. Reported speech uses it where Konjunktiv I equals the indicative
    ("sie haben"); a sentence opened by "Hätte" is a condition."""
    if len(toks) < 4 or lows[0] in _HAETTE or _HAETTE.isdisjoint(lows[1:4]):
        return False
    if not _COUNTERFACTUAL.isdisjoint(lows):
        return False
    last = toks[-1].text
    return last.islower() and last.endswith(("t", "en"))


def before_colon_quote(text, toks, lex, a, direct_spans):
    """A Konjunktiv I clause that opens the sentence and introduces a direct quote after a
    colon ("Die Lage sei ernst: „…“"): reported speech of its own; else None.
    ``direct_spans`` is a ``SpanIndex`` of the direct quotes."""
    s = next((ds for ds, _ in direct_spans.starting_in(a, toks[-1].end)), None)
    if s is None or direct_spans.overlaps(a, s):
        return None
    head = text[a:s].rstrip()
    if not head.endswith(":"):
        return None
    before = [t for t in toks if t.end <= s]
    ki = konjunktiv1(lex.language)
    if any(t.low == "ich" for t in before) or not any(
        t.low in ki and t.text.islower() for t in before
    ):
        return None
    d = whole("free_indirect", a, a + len(head) - 1)
    d.hearsay = False
    verbs_at = [k for k, t in enumerate(before) if k == 0 or t.text[:1].islower()]
    sub = subordinate_start(before, verbs_at, lex)
    if sub is not None:  # "Sie warnte vor Not, wenn die Hilfe ende: „…“"
        d.update(start=sub, spans=[(sub, d.end)])
    return d
