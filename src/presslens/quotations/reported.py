"""Indirect and reported speech in German (and the English equivalents).

Forms found, in this order within a sentence:

- ``dass``/``ob`` clauses after a reporting verb or noun (``erklärte, dass …``): the clause,
  from ``dass`` to the end of the sentence, is the quote (kind ``indirect``); when the frame
  before the first comma is itself in Konjunktiv I (``Die Behörde gehe davon aus, dass …``),
  the whole sentence is (kind ``free_indirect``: it goes on with someone's reported
  speech), or the part after a colon (``X äußerte sich zum Plan: Es sei klar, dass …``);
- a reporting verb followed by a comma and a clause without ``dass`` (``fügte hinzu, es sei
  …``), and the reverse order (``Die Lage sei ernst, sagte er.``, ``…, so der Sprecher.``);
- prepositional sources (``sources.py``): ``laut X``, ``X zufolge``, ``nach Angaben (von)
  X``, ``gemäß X``, ``wie X mitteilte``, ``according to X``: the sentence without the source;
- a sentence in Konjunktiv I without its own frame that follows a quote continues that
  speaker's reported speech (kind ``free_indirect``), so does ``soll``/``sollen`` hearsay;
  consecutive sentences are one quote, across paragraph breaks too (not across a heading or
  a sentence of the author), except that hearsay (``Dabei sollen … worden sein.``) and
  Konjunktiv (``Auch seien … worden.``) sentences are not joined;
  when only a clause after a comma, colon or semicolon is in Konjunktiv ("X spricht von
  einem Täter, der sich gestellt habe"), the quote is that clause and the main clause's
  subject speaks; a clause in Konjunktiv I after ", und" ("Der Bahnhof ist gesperrt, und
  sie rechne mit …") is the quote too, spoken by the speaker before; a Konjunktiv clause
  before a colon and a direct quote (``Die Lage sei ernst: „…“``) is a quote of its own;
- a sentence whose verb summarises a speech act (``forderte``, ``kritisierte``,
  ``bezeichnete … als``) with a subject (or "man": the speaker before) is a ``reported``
  quote (the whole sentence), unless it is in the pluperfect (``hatte … kritisiert``, ``…
  vorausgesagt hatten``: background, not a report) or a state (``sind für Montag
  angekündigt``), a question or in the first person (an interview's words), the verb only
  closes a relative clause, or its object is a bare "Das"/"Dies" opening the sentence ("Das
  lehnte X ab.": the content is the sentence before); words in quotation marks keep a
  sentence from being a summary unless they all follow the verb and three words follow them
  ("berichtete von „schweren Schäden“ an der Brücke"); when another quote follows in the
  sentence, the speech-act clause before the cue of that quote ("X rief Y zur Ruhe auf und
  sagte, …") is the ``reported`` quote; so are "Als Grund wurde X genannt/angegeben.", "Es
  wurde X genannt/bemängelt." and an impersonal passive of speaking ("Von X wird
  berichtet/gesprochen/ausgegangen.", "Es war von X die Rede.") (the speaker is an "aus X"
  phrase or an opening "In Meldungen", else the one of the quote before, if near), and a
  contrasting "während" clause closed by a speech act ("…, während X den Plan begrüßte"),
  with its own subject as the speaker.

Words in marks after some words of a reported clause ("…, „dass …“, erklärte X") are part
of it (the clause is the indirect quote, the marked words a quote of their own); a colon
followed by a clause ends a clause framed before it and starts one framed after it.

Limits: clause ends are approximated by the sentence end; Konjunktiv is recognised from a
list of forms (``resources/de/konjunktiv.txt``) and lowercase forms in "-iere"
(``propagiere``), not by full morphology, and ``hätte(n)`` + a participle at the end counts
as reported on its own unless a condition or modal is near; "soll" in the author's own voice
(plans, obligations) is taken as hearsay when it follows a quote; without a quote before,
``soll … sein`` counts and ``soll … haben`` (an allegation the author reports, "Er soll das
Auto gestohlen haben") does not.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.quotations.acts import _OPENERS
from presslens.quotations.acts import _passive as _act_passive
from presslens.quotations.acts import act_in as _act_in
from presslens.quotations.clauses import (
    backref,
    clause_cue,
    demnach,
    infinitive,
    inline_backref,
    relative_source,
)
from presslens.quotations.common import (
    _DASS,
    _FRONTED,
    _NOUN_CUES,
    _ki,
    _make,
    _strip_end,
    _whole,
    fronted_end,
    mask_noun_cues,
)
from presslens.quotations.direct import _cue_in
from presslens.quotations.english import zero_that
from presslens.quotations.frames import noun_clause as _noun_clause
from presslens.quotations.frames import verb_comma as _verb_comma
from presslens.quotations.sources import prepositional
from presslens.quotations.speakers import find_mention, tokenize
from presslens.quotations.subjects import _personal, opinion_holder, subject

__all__ = ["find_reported", "subject"]

_SOLL = frozenset(["soll", "sollen"])


def _new_sentence(gap):
    """True when the text between a direct quote and a clause ends a sentence (".", a line
    break): the clause is no frame of the quote."""
    return "\n" in gap or "." in gap


def _covered(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def _overlaps(spans, a, b):
    return any(s < b and a < e for s, e in spans)


def find_reported(text: str, sents, lex, found: list[dict]) -> list[dict]:
    """Add reported-speech quotes (dicts like ``find_direct``'s) to ``found``; returns it."""
    en = lex.language == "en"
    triggers = _triggers(lex.language)
    direct_spans = [(q["start"], q["end"]) for q in found if q["kind"] == "direct"]
    all_spans = [(q["start"], q["end"]) for q in found]
    sentence_quoted = [False] * len(sents)
    starts = {s for s, _ in sents}
    di = 0
    for si, (a, b) in enumerate(sents):
        while di < len(all_spans) and all_spans[di][1] <= a:
            di += 1
        has_partial = di < len(all_spans) and all_spans[di][0] < b
        if has_partial and _overlaps(direct_spans, a, b):
            sentence_quoted[si] = True
        if _covered(direct_spans, a, b):
            continue
        words = _WORDS.findall(text[a:b].lower())
        if triggers.isdisjoint(words) and not any(w.endswith("iere") for w in words):
            continue  # no cue word at all: nothing to find in this sentence
        toks = mask_noun_cues(tokenize(text, a, b), lex)
        if len(toks) < 3:
            continue
        lows = [t.low for t in toks]
        q = None
        # 0. "… . Das berichtete die Zeitung X.": the sentence before is the quote
        br = None if en or si == 0 else backref(text, toks, lows, lex, a, b)
        if br is not None:
            first = si - 1  # back to the paragraph start, at most three sentences
            while (
                first > max(0, si - 3)
                and "\n" not in text[sents[first - 1][1] : sents[first][0]]
                and not sentence_quoted[first - 1]
            ):
                first -= 1
            sent = (sents[first][0], sents[si - 1][1])
            _take_previous(text, sent, toks, br, found, direct_spans)
            for k in range(first, si + 1):
                sentence_quoted[k] = True
            continue
        # 1. dass/ob clauses
        for d in range(1, len(toks)):
            if lows[d] in _DASS and toks[d - 1].text == ",":
                if lows[d] == "that" and toks[d - 1].text == ",":
                    continue
                ci = _cue_in(toks[:d], lex)
                if ci < 0 and any(w in _NOUN_CUES for w in lows[max(0, d - 4) : d]):
                    ci = next(i for i in range(d - 1, -1, -1) if lows[i] in _NOUN_CUES)
                if ci < 0:
                    ci = clause_cue(lows, d, lex.language)
                if ci < 0:
                    continue
                semi = text.find(";", toks[d].start, b)
                end = _strip_end(text, toks[d].start, b if semi < 0 else semi)
                q = _make(toks, ci, toks[d].start, end, lex, a, b)
                vc = _verb_comma(text, toks, lows, lex, a, b)
                if (
                    vc is not None
                    and vc["cue"] == q["cue"]
                    and vc["cue"][0] < vc["start"] < q["start"]
                ):
                    q = vc  # "sagte, X sei …, dass …": the clause starts at the first comma
                break
            if en and lows[d] == "that":
                vi = next((v for v in range(d - 1, max(-1, d - 6), -1) if lows[v] in lex.verbs), -1)
                if vi < 0 and lows[d - 1] in lex.acts:
                    vi = d - 1  # "welcomed that …" (a speech act needs its clause right after)
                if vi < 0:
                    continue
                end = _strip_end(text, toks[d].start, b)
                q = _make(toks, vi, toks[d].start, end, lex, a, b)
                break
        if q is None and not en:
            q = relative_source(text, toks, lows, lex, a, b)
            if q is None:
                danach = lows[0] == "danach" and si > 0 and _names_source(text, sents[si - 1])
                q = demnach(text, toks, lows, lex, a, b, danach=danach)
                if q is not None:  # "Demnach" stands for the source of the sentence before
                    ref = _previous_source(text, sents, si, lex)
                    q["mention"] = q["mention"]._replace(ref=ref or "previous")
        # 2. prepositional sources
        if q is None:
            q = prepositional(text, toks, lows, lex, a, b)
        # 3. verb, clause  /  clause, verb X.
        if q is None:
            q = _verb_comma(text, toks, lows, lex, a, b)
        if q is None and en:  # "Peskov said the summit would be held in Minsk"
            q = zero_that(text, toks, lows, lex, a, b)
        if q is None and not en:
            q = inline_backref(text, toks, lows, lex, a, b)
        # 3a. a reporting noun and a clause in Konjunktiv I: "die Äußerung vor, er werde …"
        if q is None and not en:
            q = _noun_clause(text, toks, lows, lex, a, b)
        # 3b. requests and accusations as zu-infinitives
        if q is None and not en:
            q = infinitive(text, toks, lows, lex, a, b)
        if q is not None and any(
            0 <= q["start"] - e <= 3 and not _new_sentence(text[e : q["start"]])
            for _, e in direct_spans
        ):
            q = None  # the frame of a direct quote (", so der Sprecher"), not a quote
        if q is not None:
            end = fronted_end(toks, q, lex)
            q_main = None
            if end < q["end"]:  # "Nachdem X erklärt hatte, dass …, stieg …"
                q["end"] = end
                q["spans"] = [(s, min(e, end)) for s, e in q["spans"] if s < end]
            if lows[0] in _FRONTED:
                q_main = _main_clause_after(text, toks, q["end"], lex, b)
            _cut_at_colon_quote(text, q, all_spans)
            colon = _start_after_colon(text, q)
            if colon is not None and q_main is None:  # "…: Eine Strafe sei …, so X."
                q_main = _after_colon(text, toks, colon, lex, b)
            _cut_at_semicolon(text, q)
            if not _overlaps(direct_spans, q["start"], q["end"]) or _embeds(text, q, direct_spans):
                q["kind"] = "indirect"
                end = _strip_end(text, a, b)
                fs = (
                    _frame_in_konjunktiv(toks, q, lex, a)
                    if not en and end - q["end"] <= 1
                    else None
                )
                if fs is not None and fs > a:  # "X äußerte sich: Es sei klar, dass …"
                    q.update(start=fs, end=end, spans=[(fs, end)], frame=(a, fs))
                elif fs is not None:
                    # "Die Behörde gehe davon aus, dass …": the frame is reported speech too,
                    # its subject is inside the quote; the speaker is the one of the quote before
                    q.update(start=a, end=b, spans=[(a, b)], kind="free_indirect", hearsay=False)
                    q.update(mention=None, inherit=True)
                    prev = found[-1] if found else None
                    if _goes_on(prev, sents, si, starts, sentence_quoted, hearsay=False):
                        prev["end"] = b  # one quote with the Konjunktiv sentences before
                        prev["spans"] = [(prev["start"], b)]
                        sentence_quoted[si] = True
                        continue
                found.append(q)
                sentence_quoted[si] = True
                q2 = q_main or _second_clause(text, toks, q, lex, b)
                if q2 is not None and (
                    not _overlaps(direct_spans, q2["start"], q2["end"])
                    or _embeds(text, q2, direct_spans)
                ):
                    found.append(q2)
                if not has_partial:  # 5a. "X rief zu Y auf und beschloss, …": the first clause
                    _act_before(text, toks, lows, lex, q, found)
            continue
        if sentence_quoted[si]:
            if not en:  # "Die Lage sei ernst: „Wir brauchen Hilfe.“": the clause before
                d = _before_colon_quote(text, toks, lex, a, direct_spans)
                if d is not None:
                    found.append(d)
            continue
        # 4. continuation in Konjunktiv / soll hearsay, after a quote in the last sentences
        recent = any(sentence_quoted[max(0, si - 3) : si])
        main = _main_clause(toks, lows)
        soll = any(w in _SOLL for w in main)
        # "soll … gewesen sein" is hearsay on its own; "soll … getan haben" reports an
        # allegation in the author's voice unless a quote is near (then it is "recent")
        hearsay = soll and lows[-1] == "sein"
        # verb forms are lowercase inside the sentence: "an dieser Stelle" holds no "stelle"
        verbs_at = [k for k, t in enumerate(toks) if k == 0 or t.text[:1].islower()]
        verbs = [toks[k].low for k in verbs_at]
        strong = "ich" not in lows and not _ki(lex.language).isdisjoint(
            verbs
        )  # Konjunktiv I: reported speech anywhere
        if not strong and not en:  # "Die Feuerwehr hätte zwei Kinder geholt."
            strong = _past_subjunctive(toks, lows) or _ki_iere(toks, verbs_at, lows)
        if not en and (
            hearsay or strong or recent and (soll or any(w in lex.konjunktiv for w in verbs))
        ):
            prev = found[-1] if found else None
            sub = _subordinate_start(toks, verbs_at, lex)
            if sub is None and _goes_on(
                prev, sents, si, starts, sentence_quoted, hearsay=soll and not strong
            ):
                prev["end"] = b  # consecutive sentences of reported speech: one quote
                prev["spans"] = [(prev["start"], b)]
            else:
                d = _whole("free_indirect", text, a, b)
                d["hearsay"] = soll and not strong
                if sub is not None:  # "X erwartet keine Entscheidung, weil Y gestellt hätten"
                    d.update(start=sub, spans=[(sub, b)])
                    main_toks = [t for t in toks if t.end <= sub]
                    m = find_mention(main_toks, lex, before=len(main_toks))
                    if (
                        m is not None
                        and len(main_toks) > 3
                        and m.end == main_toks[0].end
                        and main_toks[1].text.islower()
                    ):  # "Besorgt äußerte sich X, …": a fronted word, the person after the verb
                        after = find_mention(main_toks, lex, after=2, subject=True)
                        if after is not None and _personal(main_toks, after, lex):
                            m = after
                    if next(t.low for t in toks if t.start >= sub) in _COORD:
                        m = None  # "…, und er wolle …": no frame before, the speaker before
                    if m is not None:  # the main clause's subject speaks
                        d.update(mention=m, inherit=False)
                if (
                    sub is None and not sentence_quoted[si - 1]
                ):  # the subject of the sentence before speaks
                    m = _cue_subject(text, sents, si, lex, fallback=not recent, person=True)
                    if m is not None:
                        d.update(mention=m, inherit=False)
                holder = opinion_holder(toks, lex)
                if holder is not None:  # "Für den Theologen X sei der Rücktritt verständlich"
                    d.update(mention=holder, inherit=False)
                found.append(d)
            sentence_quoted[si] = True
            continue
        # 5. speech-act summaries (not when the sentence holds a partial quote)
        ci = -1
        if lows[-1] != "?" and _FIRST_PERSON.isdisjoint(lows):
            ci = _act_in(toks, lows, lex, subordinate=False)
            if has_partial and not _inner_partials(toks, ci, all_spans):
                ci = -1
        if (
            ci < 0
            and not has_partial
            and (_named_as(lows) or _impersonal(lows) or _es_passive(lows, lex))
        ):
            d = _whole("reported", text, a, b)  # "Als Grund wurde X genannt.": said, by whom?
            m = _impersonal_source(toks, lows, lex)
            if m is not None:  # "Aus Bonn wird von X berichtet", "In Meldungen war von X die Rede"
                d.update(mention=m, inherit=False)
            found.append(d)
            sentence_quoted[si] = True
            continue
        if (
            ci >= 0
            and not _pluperfect(lows, ci)
            and not _stative(lows, ci)
            and not _pronoun_object(toks, lows, lex)
        ):
            m = subject(toks, ci, lex)
            if m is not None or "man" in lows[max(0, ci - 1) : ci + 2]:
                start = _act_start(toks, lows, ci, a)
                d = _whole("reported", text, start, _act_end(toks, lows, ci, b))
                d["cue"] = (toks[ci].start, toks[ci].end)
                if m is not None:  # "man" ("geht man von X aus"): the speaker before
                    d.update(mention=m, inherit=False)
                found.append(d)
                sentence_quoted[si] = True
        if not has_partial and lows[-1] != "?":
            d = _while_clause(text, toks, lows, lex)
            if d is not None:  # 5b. "…, während X den Plan begrüßte": that clause
                found.append(d)
                sentence_quoted[si] = True
    return found


_CLAUSE_AUX = frozenset(["hat", "hatte", "hatten", "haben", "wird", "wurde", "wurden", "werden"])


def _while_clause(text, toks, lows, lex):
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
        if _act_passive(sub, sl, ci):
            continue
        m = subject(sub, ci, lex)
        if m is None:
            continue
        end = toks[e - 1].end
        d = _whole("reported", text, toks[k].start, end)
        d.update(mention=m, cue=(toks[v].start, toks[v].end), inherit=False)
        return d
    return None


_NAMED = frozenset(["genannt", "angegeben"])
_DEMONSTRATIVES = frozenset(["das", "dies", "dieses"])


def _pronoun_object(toks, lows, lex):
    """True when a bare demonstrative before the verb opens the sentence ("Das lehnte X ab.",
    "Dies gab X bekannt."): what was said is the sentence before, this one only names the act."""
    return (
        len(toks) > 2
        and lows[0] in _DEMONSTRATIVES
        and (lows[1] in lex.acts or lows[1] in _PASSIVE or lows[1] in _HAVE)
    )


_HAVE = frozenset(["hat", "haben", "hatte", "hatten"])


def _inner_partials(toks, ci, spans):
    """True when the words in quotation marks of the sentence all stand after the speech-act
    verb at ``ci`` and the sentence goes on for three words after the last of them ("X
    berichtete von „schweren Schäden“ an der Brücke im Ort"): the quoted words are a phrase of
    the summary. When they close the sentence ("X nannte den Plan „unsozial“.") they are the
    point of it, a quote of their own."""
    if ci < 0:
        return False
    inside = [(s, e) for s, e in spans if toks[0].start <= s < toks[-1].end]
    if not inside or inside[0][0] < toks[ci].end:
        return False
    after = [t for t in toks if t.start >= inside[-1][1] and t.text[:1].isalnum()]
    return len(after) >= 3


_SPOKEN_OF = frozenset(["gesprochen", "ausgegangen", "berichtet"])


def _es_passive(lows, lex):
    """True for a passive with "es" in front that closes on a speech act or "genannt" ("Es
    wurde auch die Wartung bemängelt.", "Es wurde nur eine Summe genannt."): said, by whom
    the sentence does not tell."""
    words = [w for w in lows if w.isalnum()]
    return (
        len(words) > 4
        and words[0] == "es"
        and words[1] in _PASSIVE
        and (words[-1] in _NAMED or words[-1] in lex.acts)
        and "," not in lows
    )


def _impersonal_source(toks, lows, lex):
    """The source of an impersonal report: the phrase after "aus" ("Aus Bonn wird … berichtet")
    or an opening "In" phrase of a source noun ("In ersten Meldungen war von X die Rede")."""
    from presslens.quotations.sources import _SOURCE_ENDS

    if not _impersonal(lows):
        return None
    for k, w in enumerate(lows[:-2]):
        if w == "aus" and toks[k + 1].text[:1].isupper():
            return find_mention(toks, lex, after=k + 1)
    if lows[0] == "in" and any(w.endswith(_SOURCE_ENDS) for w in lows[1:4]):
        return find_mention(toks, lex, after=1)
    return None


def _impersonal(lows):
    """True for an impersonal passive of speaking that ends the sentence ("Von X wird
    gesprochen.", "Es wird von X ausgegangen.", "Aus Y wird von X berichtet.") and for "Es war
    von X die Rede.": something was said, by whom the sentence does not tell."""
    words = [w for w in lows if w.isalnum()]
    if len(words) < 4 or "von" not in words[:-1] and "vom" not in words[:-1]:
        return False
    if words[-1] in _SPOKEN_OF:
        return not _PASSIVE.isdisjoint(words) and "," not in lows[-3:]
    return words[-2:] == ["die", "rede"] and not {"war", "ist", "sei"}.isdisjoint(words)


def _named_as(lows):
    """True for "Als Grund wurde X genannt." / "Als Ursache wird X angegeben.": a passive
    that names what someone gave as a reason or cause."""
    words = [w for w in lows if w.isalnum()]
    return (
        len(words) > 4
        and words[0] == "als"
        and words[-1] in _NAMED
        and any(w in ("wurde", "wurden", "wird", "werden") for w in words[2:8])
        and "," not in lows
    )


def _act_start(toks, lows, ci, a):
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
        and lows[0] not in _OPENERS
    ):
        return toks[k].start
    return a


def _act_end(toks, lows, ci, b):
    """End of a speech-act summary: the sentence end, or the comma after the act's clause
    when a contrasting or new main clause follows ("X lehnte den Plan ab, während Y …",
    "X geht von einem Unfall aus, sie prüft …"); relative and "um … zu" clauses stay."""
    j = next((k for k in range(ci + 1, len(toks) - 1) if lows[k] == ","), -1)
    if j < 0 or lows[j + 1] not in _NEW_CLAUSE:
        return b
    return toks[j - 1].end


_NEW_CLAUSE = frozenset(["während", "sie", "er", "es", "man"])


_WORDS = re.compile(r"\w+")


def _clause_joint(toks, lows, k, lex):
    """True at a comma, or at "und"/"sowie" before a verb rather than a noun phrase ("…
    auf und beschloss", not "Arbeitszeit und Ruhestand")."""
    if lows[k] == ",":
        return True
    if lows[k] not in ("und", "sowie") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[:1].islower() and nxt.low not in lex.determiners and nxt.low not in lex.function


def _act_before(text, toks, lows, lex, q, found):
    """A speech-act clause joined by "und" or a comma before the clause of another quote's
    cue ("X rief Y zur Ruhe auf und beschloss, …", "X lehnt den Plan ab, ein Verkauf sei …"):
    that clause, from the sentence start, is a ``reported`` quote of its own."""
    cue = q.get("cue")
    stop = q["start"]
    if cue is not None and toks[0].start < cue[0] < stop:
        stop = cue[0]
    n = next((k for k, t in enumerate(toks) if t.start >= stop), len(toks))
    if n < 3 or lows[-1] == "?" or not _FIRST_PERSON.isdisjoint(lows[:n]):
        return
    ci = _act_in(toks[:n], lows[:n], lex, subordinate=False)
    if ci < 0 or _pluperfect(lows, ci):
        return
    j = next((k for k in range(ci + 1, n) if _clause_joint(toks, lows, k, lex)), -1)
    if j < 0:
        return
    m = subject(toks, ci, lex)
    if m is None:
        return
    end = toks[j - 1].end
    d = _whole("reported", text, toks[0].start, end)
    d.update(mention=m, cue=(toks[ci].start, toks[ci].end), inherit=False)
    found.append(d)


_FIRST_PERSON = frozenset(["ich", "wir"])  # an interview's words, not an author's summary


def _goes_on(prev, sents, si, starts, sentence_quoted, *, hearsay):
    """True when sentence ``si`` continues the free-indirect quote ``prev``: it ends the
    sentence before, starts a sentence (not after a clause of its sentence: "…, es sei"), and
    is of the same sort, ``soll`` hearsay or Konjunktiv ("Dabei sollen … worden sein. Auch
    seien …": two quotes). A paragraph break between them does not matter."""
    return (
        prev is not None
        and prev["kind"] == "free_indirect"
        and sentence_quoted[si - 1]
        and prev["end"] == sents[si - 1][1]
        and prev["start"] in starts
        and prev.get("hearsay") == hearsay
    )


_HAD = frozenset(["hatte", "hatten", "hattest", "hattet", "had"])


def _pluperfect(lows, ci):
    """True when the speech act is in the pluperfect ("X hatte den Plan kritisiert"): it tells
    the background of the story, an earlier statement, rather than what is reported now."""
    return any(w in _HAD for w in lows[: ci + 2])


_BE = frozenset(["ist", "sind", "war", "waren"])


def _stative(lows, ci):
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


_COORD = frozenset(["und", "oder", "aber", "sondern", "doch", "denn", "jedoch"])


_MODAL_KII = frozenset(["könnte", "dürfte", "dürften", "müsste", "sollte", "möchte"])


_REL_PRONOUNS = frozenset(["der", "die", "das", "dem", "den", "denen", "deren", "dessen"])


def _main_clause(toks, lows):
    """The first words up to 16, to the first comma that opens a clause: a comma before a
    capitalised word lists or inserts a noun phrase ("Die Brücken in Bonn, Köln und
    Essen sollen …", "Der Minister, Karl Roth, soll …") and does not end it; a relative
    clause closed by a comma is passed over ("Der Plan, der im Mai vorgelegt wurde, soll
    …": the words after it count, 16 more)."""
    out, k, n = [], 0, min(16, len(toks) - 1)
    while k < n:
        if k > 0 and toks[k].text == "," and not toks[k + 1].text[:1].isupper():
            close = next((j for j in range(k + 2, len(toks)) if toks[j].text == ","), -1)
            if lows[k + 1] not in _REL_PRONOUNS or close < 0:
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


def _subordinate_start(toks, verbs_at, lex):
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
        and toks[comma + 1].low in _COORD
        and toks[first].low not in _ki(lex.language)
    ):
        return None  # "X stärkten Y, und so würden …": Konjunktiv II only, the whole sentence
    if any(
        toks[k - 1].text == "," and toks[k].low in lex.konjunktiv
        for k in range(first + 1, len(toks))
    ):
        return None  # the clause was inserted: "Die Firma, die … habe, sei …"
    return toks[comma + 1].start


def _frame_in_konjunktiv(toks, q, lex, a):
    """Start of the frame before the quote when its verb is in Konjunktiv I ("Die Behörde
    gehe davon aus, dass …"): the frame itself is reported speech. The frame starts the
    sentence or follows a colon ("X äußerte sich zum Plan: Es sei klar, dass …");
    else None."""
    cue = q.get("cue")
    if cue is None or cue[0] > q["start"] or q["start"] == a:
        return None
    first = next((t for t in toks if t.start >= q["start"]), None)
    if first is None or first.low == "so" or first.low in lex.verbs:
        return None  # "…, so der Sender" / "…, sagte er": a frame after the quote
    ki = _ki(lex.language)
    start, k0 = a, 0
    for k, t in enumerate(toks):
        if t.end > q["start"] or t.text in (",", ";", "„", "“", '"'):
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


def _ki_iere(toks, verbs_at, lows):
    """True for a Konjunktiv I of a verb in "-ieren" not in the list ("Die Firma propagiere
    …"): a lowercase form in "-iere" inside the sentence is the first person or Konjunktiv I,
    and the sentence has no "ich"."""
    if "ich" in lows:
        return False
    return any(toks[k].low.endswith("iere") and len(toks[k].low) > 6 and k > 0 for k in verbs_at)


def _past_subjunctive(toks, lows):
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


def _before_colon_quote(text, toks, lex, a, direct_spans):
    """A Konjunktiv I clause that opens the sentence and introduces a direct quote after a
    colon ("Die Lage sei ernst: „…“"): reported speech of its own; else None."""
    s = next((ds for ds, de in direct_spans if a < ds < toks[-1].end), None)
    if s is None or _overlaps(direct_spans, a, s):
        return None
    head = text[a:s].rstrip()
    if not head.endswith(":"):
        return None
    before = [t for t in toks if t.end <= s]
    ki = _ki(lex.language)
    if any(t.low == "ich" for t in before) or not any(
        t.low in ki and t.text.islower() for t in before
    ):
        return None
    d = _whole("free_indirect", text, a, a + len(head) - 1)
    d["hearsay"] = False
    verbs_at = [k for k, t in enumerate(before) if k == 0 or t.text[:1].islower()]
    sub = _subordinate_start(before, verbs_at, lex)
    if sub is not None:  # "Sie warnte vor Not, wenn die Hilfe ende: „…“"
        d.update(start=sub, spans=[(sub, d["end"])])
    return d


_PASSIVE = frozenset(["wurde", "wurden", "wird", "werden", "worden"])
_QUANTIFIERS = frozenset("alle viele einige mehrere beide manche zahlreiche wenige".split())  # noqa: SIM905


def _cue_subject(text, sents, si, lex, *, fallback=True, person=False):
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
    pa, pb = sents[si - 1]
    toks = tokenize(text, pa, pb)
    ci = _cue_in(toks, lex)
    if ci < 0:
        ci = _act_in(toks, [t.low for t in toks], lex)
    if ci >= 0:
        lows = [t.low for t in toks]
        if not _PASSIVE.isdisjoint(lows[:ci]) and not {"von", "vom"} & set(lows):
            return None  # "Die Zahl wurde am Abend bestätigt": its subject did not speak
        return subject(toks, ci, lex)
    m = find_mention(toks, lex, before=len(toks)) if fallback or person else None
    if m is not None and not fallback:  # only a named person or a title: "Der Sprecher Karl Roth"
        # or a body after a fronted phrase ("Am Montag hat die Kommission …"); a sentence
        # opened by a body is often the author's ("Die Lokalregierung machte X verantwortlich")
        named = _personal(toks, m, lex) or (m.start > toks[0].start and _body(toks, m, lex))
        return m if named and text[m.start : m.end].lower() not in lex.pronouns else None
    if m is None or _personal(toks, m, lex):
        return m
    lows = [t.low for t in toks]
    if not _PASSIVE.isdisjoint(lows) and ("von" in lows or "vom" in lows):
        k = lows.index("von") if "von" in lows else lows.index("vom")
        return find_mention(toks, lex, after=k + 1)  # "Von Beobachtern wird X gelobt"
    if (
        m.start > toks[0].start
        and not text[m.start].isdigit()  # "Zwischen dem 1. und 17. August soll …"
        and lows[0] not in _QUANTIFIERS  # "Alle Opfer stammen aus …"
        and _PASSIVE.isdisjoint(lows)  # "Von Beobachtern wird dieser Schritt gelobt"
    ):
        return m  # after a fronted adverbial ("Als Ersatz wollen die Staaten …")
    return None  # the sentence's first words: "Langfristig", "Die Toten"


@cache
def _bodies(language):
    from presslens.resources import load_list

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


def _previous_source(text, sents, si, lex):
    """The source named in the sentence before ``Demnach …``: its ``laut X``/``nach Angaben
    X`` phrase, the subject of its reporting verb or speech act, or its first phrase when
    that names a source ("Ein Bericht des Magazins X sorgt für Schlagzeilen"); else None."""
    from presslens.quotations.sources import _SOURCE_ENDS

    if si == 0:
        return None
    pa, pb = sents[si - 1]
    toks = mask_noun_cues(tokenize(text, pa, pb), lex)
    if len(toks) < 2:
        return None
    lows = [t.low for t in toks]
    q = prepositional(text, toks, lows, lex, pa, pb)
    if q is not None and q.get("mention") is not None:
        return q["mention"]
    ci = _cue_in(toks, lex)
    if ci < 0:
        ci = _act_in(toks, lows, lex)
    if ci >= 0:
        return subject(toks, ci, lex)
    m = find_mention(toks, lex, before=len(toks))
    if m is not None and any(
        t.low.endswith(_SOURCE_ENDS) or t.low.endswith(("studie", "umfrage", "erhebung"))
        for t in toks
        if m.start <= t.start < m.end
    ):
        return m
    return None


_SOURCE_WORDS = re.compile(
    r"studie|bericht|umfrage|darstellung|gesetz|\bact\b|zahlen|statistik|erhebung|analyse|"
    r"untersuchung|mitteilung|prognose|veröffentlich|vorgestellt|vorgelegt"
)


def _names_source(text, sent):
    """True when the sentence names a text or finding ("Studie", "Bericht", "Gesetz",
    "veröffentlichte"): a "Danach" after it means "according to it", not "afterwards"."""
    return _SOURCE_WORDS.search(text[sent[0] : sent[1]].lower()) is not None


def _take_previous(text, sent, toks, br, found, direct_spans):
    """Make the sentence ``sent`` an indirect quote of the speaker in ``br`` (from the
    sentence after it), replacing a weaker reading of that sentence; the pronoun that takes
    it up ("Das" in "Das berichtete X") is a second span of the quote, as it stands for it."""
    a, b = sent
    if _covered(direct_spans, a, b):
        return
    found[:] = [q for q in found if q["kind"] in ("direct", "partial") or not (a <= q["start"] < b)]
    ci, m = br
    end = _strip_end(text, a, b)
    found.append(
        {
            "kind": "indirect",
            "start": a,
            "end": toks[0].end,
            "spans": [(a, end), (toks[0].start, toks[0].end)],
            "mention": m,
            "cue": (toks[ci].start, toks[ci].end),
            "frame": (toks[0].start, toks[-1].end),
            "inherit": False,
        }
    )


@cache
def _triggers(language: str) -> frozenset:
    """Words of which a sentence must contain one to hold reported speech."""
    from presslens.quotations.clauses import _words
    from presslens.quotations.lexicon import lexicon

    lex = lexicon(language)
    return (
        lex.verbs | lex.acts | lex.konjunktiv | _DASS | _SOLL | _NOUN_CUES
        | _words(language, "directive_cues.txt") | _NAMED | _SPOKEN_OF | {"rede"}
        | {"laut", "gemäß", "nach", "zufolge", "so", "wie", "according", "as", "demnach", "danach"}
    )  # fmt: skip


_BUT = frozenset(["doch", "aber", "während", "jedoch", "wohingegen"])


def _second_clause(text, toks, q, lex, b):
    """The clause after "und fügte hinzu, …" that follows a reported clause in the same
    sentence; its speaker is the first clause's."""
    k = next((j for j, t in enumerate(toks) if t.start >= q["end"]), len(toks))
    if k + 4 >= len(toks) or toks[k].low not in ("und", "sowie") and toks[k].text != ",":
        return None
    if toks[k].text == ",":
        k += 1
    if toks[k].low in _BUT and k + 4 < len(toks):  # "…, doch Y erklärte, …": another speaker
        rest = toks[k + 1 :]
        lows = [t.low for t in rest]
        q2 = _verb_comma(text, rest, lows, lex, rest[0].start, b)
        if q2 is None or q2["cue"][0] > q2["start"] or q2["mention"] is None:
            return None
        q2["kind"] = "indirect"
        return q2
    if toks[k].low not in ("und", "sowie") or toks[k + 1].low not in lex.verbs:
        return None
    rest = toks[k + 1 :]
    lows = [t.low for t in rest]
    q2 = _verb_comma(text, rest, lows, lex, rest[0].start, b)
    if q2 is None:
        q2 = infinitive(text, rest, lows, lex, rest[0].start, b)
    if q2 is None or q2["start"] < rest[0].end:
        return None
    q2.update(kind="indirect", mention=q["mention"], inherit=q.get("inherit", False))
    return q2


def _main_clause_after(text, toks, end, lex, b):
    """A reported clause framed by the main clause after a fronted one ("Während X erklärte,
    …, räumte Y ein, es sei …"), or None."""
    rest = [t for t in toks if t.start >= end]
    if len(rest) < 5 or rest[0].text != ",":
        return None
    rest = rest[1:]
    if rest[0].low not in lex.verbs:
        return None
    lows = [t.low for t in rest]
    q2 = _verb_comma(text, rest, lows, lex, rest[0].start, b)
    if q2 is None:
        q2 = infinitive(text, rest, lows, lex, rest[0].start, b)
    if q2 is None or q2["start"] < rest[0].end or q2["cue"][0] > q2["start"]:
        return None
    q2["kind"] = "indirect"
    return q2


def _after_colon(text, toks, c, lex, b):
    """The reported clause in the part of the sentence after the colon at ``c``."""
    rest = [t for t in toks if t.start > c]
    if len(rest) < 4:
        return None
    q2 = _verb_comma(text, rest, [t.low for t in rest], lex, rest[0].start, b)
    if q2 is not None:
        q2["kind"] = "indirect"
    return q2


def _start_after_colon(text, q):
    """A clause framed after it ("…: Eine Strafe sei nicht vermittelbar, so X") starts after
    the last colon before it that opens a new sentence (a capital follows); a clause framed
    before it ends at the first such colon followed by a clause (not a list), whose position
    is returned (else None)."""
    cue = q.get("cue")
    if cue is None or len(q["spans"]) != 1:
        return
    if cue[0] >= q["end"]:
        c = text.rfind(": ", q["start"], q["end"])
        if c > q["start"] and text[c + 2 : c + 3].isupper():
            q["start"] = c + 2
            q["spans"] = [(c + 2, q["end"])]
    elif cue[0] < q["start"]:  # "sagte, X sei Y, doch Z blieb hart: …" ends at the colon
        c = text.find(": ", q["start"], q["end"])
        seg = text[c + 2 : q["end"]].split(",")[0].split()
        if (
            c > q["start"]
            and text[c + 2 : c + 3].isupper()
            and sum(w.isalpha() and w.islower() for w in seg) >= 2  # a clause, not a list
        ):
            q["end"] = c
            q["spans"] = [(q["start"], c)]
            return c
    return None


def _embeds(text, q, spans):
    """True when every quote in marks that overlaps ``q`` lies inside it after some words of
    its own ("Die Stadt könne Hallen öffnen, „damit …“, erklärte X"): the marked words
    are part of the reported clause, not a direct quote with ``q`` as its frame."""
    inner = [(s, e) for s, e in spans if s < q["end"] and q["start"] < e]
    return all(
        q["start"] <= s and e <= q["end"] + 1 and len(text[q["start"] : s].split()) >= 3
        for s, e in inner
    )


def _cut_at_semicolon(text, q):
    """A quote after its cue ends at a semicolon: what follows is the author's again
    ("gaben an, sich unsicher zu fühlen; vor allem Frauen meiden den Platz")."""
    cue = q.get("cue")
    if cue is None or cue[0] > q["start"]:
        return
    semi = text.find(";", q["start"], q["end"])
    if semi > q["start"]:
        q["spans"] = [(a, min(b, semi)) for a, b in q["spans"] if a < semi]
        q["end"] = q["spans"][-1][1]


def _cut_at_colon_quote(text, q, spans):
    """End a reported span before ``: „…“`` (the quote that follows is its own quote)."""
    for s, _ in spans:
        if q["start"] < s < q["end"]:
            head = text[q["start"] : s].rstrip()
            if head.endswith(":"):
                end = _strip_end(text, q["start"], len(head) + q["start"] - 1)
                q["end"] = end
                q["spans"] = [(a, min(b, end)) for a, b in q["spans"] if a < end]
                return
