"""Indirect and reported speech in German (and the English equivalents).

``find_reported`` walks the sentences once; the forms of a sentence's quote are decided by
the modules it calls (``frames``, ``sources``, ``clauses`` for frames and sources;
``continuation`` for Konjunktiv sentences without a frame; ``acts`` and ``summaries`` for
speech-act summaries; ``english`` for English clauses without "that").

Forms found, in this order within a sentence:

- ``dass``/``ob`` clauses after a reporting verb or noun (``erklärte, dass …``; ``hoffte dass``
  without the comma right after a reporting verb): the clause,
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
followed by a clause ends a clause framed before it and starts one framed after it. A cue
with "nicht" or "kein" right before it frames no clause ("konnte nicht bestätigen, dass …"),
nor one in brackets ("(X berichtete)").

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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from presslens.quotations.candidates import Candidate, SpanIndex, strip_end, whole
from presslens.quotations.cues import act_in, cue_in
from presslens.quotations.lexicon import konjunktiv1, lexicon, word_set
from presslens.quotations.rules.base import first_match, run
from presslens.quotations.rules.clauses import backref as take_up
from presslens.quotations.rules.clauses import clause_cue, demnach, infinitive, inner_demnach
from presslens.quotations.rules.common import fronted_end, make_indirect, negated
from presslens.quotations.rules.continuation import (
    before_colon_quote,
    frame_in_konjunktiv,
    goes_on,
    ki_iere,
    main_clause,
    past_subjunctive,
    subordinate_start,
)
from presslens.quotations.rules.frames import verb_comma
from presslens.quotations.rules.sources import prepositional
from presslens.quotations.rules.summaries import (
    act_before,
    act_end,
    act_start,
    es_passive,
    impersonal,
    impersonal_source,
    inner_partials,
    named_as,
    pluperfect,
    pronoun_object,
    stative,
    while_clause,
)
from presslens.quotations.speakers.context import cue_subject
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import is_personal, opinion_holder, subject
from presslens.quotations.view import Article, Sentence
from presslens.quotations.words import (
    COORDINATORS,
    DASS,
    FIRST_PERSON,
    FRONTED,
    NAMED,
    SOURCE_NOUN_ENDS,
    SPEECH_NOUNS,
    SPOKEN_OF,
)

__all__ = [
    "demnach_source", "find_reported", "inner_demnach_source", "previous_source", "that_clause",
]  # fmt: skip

_SOLL = frozenset(["soll", "sollen"])


def _new_sentence(gap):
    """True when the text between a direct quote and a clause ends a sentence (".", a line
    break): the clause is no frame of the quote."""
    return "\n" in gap or "." in gap


def that_clause(s: Sentence):
    """``dass``/``ob`` (English ``that``) clauses after a reporting verb, a noun of saying or a
    clause cue ("erklärte, dass …", "wurde bekannt, dass …", "hoffte dass …")."""
    text, toks, lows, lex, b = s.text, s.toks, s.lows, s.lex, s.end
    en = lex.language == "en"
    for d in range(1, len(toks)):
        # "Er hoffte dass …": the comma left out after the verb
        bare = lows[d] in ("dass", "daß") and lows[d - 1] in lex.verbs and lows[d - 2] != "nicht"
        if lows[d] in DASS and (toks[d - 1].text == "," or bare):
            if lows[d] == "that" and toks[d - 1].text == ",":
                continue
            ci = cue_in(toks[:d], lex)
            if ci >= 0 and _in_brackets(toks, ci):
                ci = -1  # "(die Zeitung berichtete)": a cross-reference, no frame
            if ci < 0 and any(w in SPEECH_NOUNS for w in lows[max(0, d - 4) : d]):
                ci = next(i for i in range(d - 1, -1, -1) if lows[i] in SPEECH_NOUNS)
            if ci < 0:
                ci = clause_cue(lows, d, lex.language)
            if ci < 0:
                continue
            semi = text.find(";", toks[d].start, b)
            end = strip_end(text, toks[d].start, b if semi < 0 else semi)
            q = make_indirect(s, ci, toks[d].start, end)
            vc = verb_comma(s)
            if vc is not None and vc.cue == q.cue and vc.cue[0] < vc.start < q.start:
                q = vc  # "sagte, X sei …, dass …": the clause starts at the first comma
            return q
        if en and lows[d] == "that":
            vi = next((v for v in range(d - 1, max(-1, d - 6), -1) if lows[v] in lex.verbs), -1)
            if vi < 0 and lows[d - 1] in lex.acts:
                vi = d - 1  # "welcomed that …" (a speech act needs its clause right after)
            if vi < 0:
                continue
            end = strip_end(text, toks[d].start, b)
            return make_indirect(s, vi, toks[d].start, end)
    return None


def demnach_source(s: Sentence):
    """A sentence opened by ``Demnach`` (or ``Danach`` after a sentence that names a study or
    report): what the source of the sentence before says."""
    article, si = s.article, s.i
    danach = s.lows[0] == "danach" and si > 0 and _names_source(s.text, article.sentences[si - 1])
    q = demnach(s, danach=danach)
    if q is not None:  # "Demnach" stands for the source of the sentence before
        ref = previous_source(article, si)
        q.mention = q.mention._replace(ref=ref or "previous")
    return q


def inner_demnach_source(s: Sentence):
    """``demnach`` after the finite verb of an indicative sentence ("Die Zahl ist demnach
    gestiegen") after a sentence that names a source."""
    if "demnach" not in s.lows or not _indicative(s.lows, s.lex):
        return None
    ref = previous_source(s.article, s.i)
    q = None if ref is None else inner_demnach(s)
    if q is not None:
        q.mention = q.mention._replace(ref=ref)
    return q


@dataclass
class _Walk:
    """What ``find_reported`` keeps while it walks the sentences: the quotes found so far,
    the spans of the direct quotes and of all quotes in marks (indexed), which sentences
    hold a quote, the sentence starts, and where each sentence's quotes begin in ``found``."""

    found: list[Candidate]
    direct: SpanIndex
    marked: SpanIndex
    direct_ends: list[int]
    sentence_quoted: list[bool]
    starts: set
    marks: list[int]


def find_reported(article: Article, found: list[Candidate], clause_rules, stats=None):
    """Add reported-speech quotes to ``found`` (the direct and partial quotes); returns it.

    For each sentence: a take-up of the sentence before ("Das berichtete X."), else the first
    of ``clause_rules`` (see ``pipeline.CLAUSE_RULES``) that finds a reported clause, else a
    Konjunktiv or hearsay continuation, else a speech-act summary."""
    text, sents, lex = article.text, article.sentences, article.lex
    triggers = _triggers(lex.language)
    direct_spans = [(q.start, q.end) for q in found if q.kind == "direct"]
    all_spans = [(q.start, q.end) for q in found]
    walk = _Walk(
        found,
        SpanIndex(direct_spans),
        SpanIndex(all_spans),
        sorted(e for _, e in direct_spans),
        [False] * len(sents),
        {a for a, _ in sents},
        [],
    )
    sentence_quoted = walk.sentence_quoted
    di = 0
    for si, (a, b) in enumerate(sents):
        walk.marks.append(len(found))
        while di < len(all_spans) and all_spans[di][1] <= a:
            di += 1
        has_partial = di < len(all_spans) and all_spans[di][0] < b
        if has_partial and walk.direct.overlaps(a, b):
            sentence_quoted[si] = True
        if walk.direct.covers(a, b):
            continue
        words = _WORDS.findall(text[a:b].lower())
        if triggers.isdisjoint(words) and not any(w.endswith("iere") for w in words):
            continue  # no cue word at all: nothing to find in this sentence
        s = article.sentence(si)
        if len(s.toks) < 3:
            continue
        # 0. "… . Das berichtete die Zeitung X.": the sentence before is the quote
        if lex.language != "en" and si > 0 and run(stats, "backref", _backref, s, walk):
            continue
        # 1-3. a reported clause and its frame
        rule, q = first_match(clause_rules, s, lex.language, stats)
        if q is not None:
            q.rule = rule.name
        if q is not None and negated(s.toks, q):
            q = None  # "Die Polizei konnte nicht bestätigen, dass …": nobody said it
        ends = walk.direct_ends
        if q is not None and any(
            not _new_sentence(text[e : q.start])
            for e in ends[bisect_left(ends, q.start - 3) : bisect_right(ends, q.start)]
        ):
            q = None  # the frame of a direct quote (", so der Sprecher"), not a quote
        if q is not None:
            _settle_clause(s, q, walk, has_partial, stats)
            continue
        if sentence_quoted[si]:
            if lex.language != "en":  # "Die Lage sei ernst: „Wir brauchen Hilfe.“"
                d = run(
                    stats, "before_colon", before_colon_quote, text, s.toks, lex, a, walk.direct
                )
                if d is not None:
                    d.rule = "before_colon"
                    found.append(d)
            continue
        # 4. continuation in Konjunktiv / soll hearsay, after a quote in the last sentences
        if lex.language != "en" and run(stats, "konjunktiv", _continuation, s, walk):
            continue
        # 5. speech-act summaries (not when the sentence holds a partial quote)
        run(stats, "speech_act", _summary, s, walk, has_partial)
    return found


def _backref(s: Sentence, walk: _Walk) -> bool:
    """ "… . Das berichtete die Zeitung X.": the sentences before (back to the paragraph
    start, at most three) are the quote of the speaker named here; True when found."""
    br = take_up(s)
    if br is None:
        return False
    text, sents, si = s.text, s.article.sentences, s.i
    sentence_quoted = walk.sentence_quoted
    first = si - 1  # back to the paragraph start, at most three sentences
    while (
        first > max(0, si - 3)
        and "\n" not in text[sents[first - 1][1] : sents[first][0]]
        and not sentence_quoted[first - 1]
    ):
        first -= 1
    sent = (sents[first][0], sents[si - 1][1])
    _take_previous(text, sent, s.toks, br, walk, first)
    for k in range(first, si + 1):
        sentence_quoted[k] = True
    return True


def _settle_clause(s: Sentence, q: Candidate, walk: _Walk, has_partial: bool, stats) -> None:
    """Fit the reported clause ``q`` into its sentence (a fronted clause, a colon, a
    semicolon, a frame in Konjunktiv) and add it, with a second clause of the sentence and a
    speech act before it."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    found, direct, sentence_quoted = walk.found, walk.direct, walk.sentence_quoted
    si = s.i
    end = fronted_end(toks, q, lex)
    q_main = None
    if end < q.end:  # "Nachdem X erklärt hatte, dass …, stieg …"
        q.end = end
        q.spans = [(x, min(e, end)) for x, e in q.spans if x < end]
    if lows[0] in FRONTED:
        q_main = _main_clause_after(s, q.end)
        if q_main is not None:
            q_main.rule = "main_clause_after"
    _cut_at_colon_quote(text, q, walk.marked)
    colon = _start_after_colon(text, q)
    if colon is not None and q_main is None:  # "…: Eine Strafe sei …, so X."
        q_main = _after_colon(s, colon)
        if q_main is not None:
            q_main.rule = "after_colon"
    _cut_at_semicolon(text, q)
    if direct.overlaps(q.start, q.end) and not _embeds(text, q, direct):
        return
    q.kind = "indirect"
    end = strip_end(text, a, b)
    fs = frame_in_konjunktiv(toks, q, lex, a) if lex.language != "en" and end - q.end <= 1 else None
    if fs is not None and fs > a:  # "X äußerte sich: Es sei klar, dass …"
        q.update(start=fs, end=end, spans=[(fs, end)], frame=(a, fs))
    elif fs is not None:
        # "Die Behörde gehe davon aus, dass …": the frame is reported speech too,
        # its subject is inside the quote; the speaker is the one of the quote before
        q.update(start=a, end=b, spans=[(a, b)], kind="free_indirect", hearsay=False)
        q.update(mention=None, inherit=True)
        prev = found[-1] if found else None
        if goes_on(prev, s.article.sentences, si, walk.starts, sentence_quoted, hearsay=False):
            prev.end = b  # one quote with the Konjunktiv sentences before
            prev.spans = [(prev.start, b)]
            sentence_quoted[si] = True
            return
    found.append(q)
    sentence_quoted[si] = True
    q2 = q_main
    if q2 is None:
        q2 = run(stats, "second_clause", _second_clause, s, q)
        if q2 is not None:
            q2.rule = "second_clause"
    if q2 is not None and (not direct.overlaps(q2.start, q2.end) or _embeds(text, q2, direct)):
        found.append(q2)
    if not has_partial:  # 5a. "X rief zu Y auf und beschloss, …": the first clause
        run(stats, "act_before", act_before, text, toks, lows, lex, q, found)


def _continuation(s: Sentence, walk: _Walk) -> bool:
    """A sentence in Konjunktiv I (or with ``soll`` hearsay, or Konjunktiv II after a quote
    in the last three sentences) continues someone's reported speech: one quote with the
    quote before when it goes on from it, else a ``free_indirect`` quote of its own; True
    when the sentence is such a one."""
    toks, lows, lex, b = s.toks, s.lows, s.lex, s.end
    found, sentence_quoted, si = walk.found, walk.sentence_quoted, s.i
    recent = any(sentence_quoted[max(0, si - 3) : si])
    main = main_clause(toks, lows)
    soll = any(w in _SOLL for w in main)
    # "soll … gewesen sein" is hearsay on its own; "soll … getan haben" reports an
    # allegation in the author's voice unless a quote is near (then it is "recent")
    hearsay = soll and lows[-1] == "sein"
    # verb forms are lowercase inside the sentence: "an dieser Stelle" holds no "stelle"
    verbs_at = [k for k, t in enumerate(toks) if k == 0 or t.text[:1].islower()]
    verbs = [toks[k].low for k in verbs_at]
    # Konjunktiv I: reported speech anywhere
    strong = "ich" not in lows and not konjunktiv1(lex.language).isdisjoint(verbs)
    if not strong:  # "Die Feuerwehr hätte zwei Kinder geholt."
        strong = past_subjunctive(toks, lows) or ki_iere(toks, verbs_at, lows)
    if not (hearsay or strong or recent and (soll or any(w in lex.konjunktiv for w in verbs))):
        return False
    prev = found[-1] if found else None
    sub = subordinate_start(toks, verbs_at, lex)
    if sub is not None and not strong and not soll:
        opener = next(t for t in toks if t.start >= sub)
        if opener.low in lex.relatives:
            return False  # "…, die für eine Mehrheit ausreichen würde": a hypothesis, no speech
    if sub is None and goes_on(
        prev, s.article.sentences, si, walk.starts, sentence_quoted, hearsay=soll and not strong
    ):
        prev.end = b  # consecutive sentences of reported speech: one quote
        prev.spans = [(prev.start, b)]
    else:
        d = whole("free_indirect", s.start, b)
        d.hearsay = soll and not strong
        d.rule = "hearsay" if d.hearsay else "konjunktiv"
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
                if after is not None and is_personal(main_toks, after, lex):
                    m = after
            if next(t.low for t in toks if t.start >= sub) in COORDINATORS:
                m = None  # "…, und er wolle …": no frame before, the speaker before
            if m is not None:  # the main clause's subject speaks
                d.update(mention=m, inherit=False)
        if sub is None and not sentence_quoted[si - 1]:  # the subject of the sentence before
            m = cue_subject(s.article, si, fallback=False, person=True)
            if m is None:  # a source named shortly before ("laut X", "X teilte mit")
                m = _source_shortly_before(s.article, si)
            if m is None and not recent:
                m = cue_subject(s.article, si, fallback=True, person=True)
            if m is not None:
                d.update(mention=m, inherit=False)
        holder = opinion_holder(toks, lex)
        if holder is not None:  # "Für den Theologen X sei der Rücktritt verständlich"
            d.update(mention=holder, inherit=False)
        found.append(d)
    sentence_quoted[si] = True
    return True


def _summary(s: Sentence, walk: _Walk, has_partial: bool) -> bool:
    """A sentence that summarises a speech act ("X forderte den Rücktritt"), an impersonal
    report ("Als Grund wurde X genannt.", "Von X wird gesprochen."), or a contrasting
    "während" clause closed by a speech act; True when one is found."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    found, sentence_quoted, si = walk.found, walk.sentence_quoted, s.i
    ci = -1
    if lows[-1] != "?" and FIRST_PERSON.isdisjoint(lows):
        ci = act_in(toks, lows, lex, subordinate=False)
        if has_partial and not inner_partials(toks, ci, walk.marked):
            ci = -1
    if ci < 0 and not has_partial and (named_as(lows) or impersonal(lows) or es_passive(lows, lex)):
        d = whole("reported", a, b)  # "Als Grund wurde X genannt.": said, by whom?
        d.rule = "impersonal"
        m = impersonal_source(toks, lows, lex)
        if m is not None:  # "Aus Bonn wird von X berichtet", "In Meldungen war von X die Rede"
            d.update(mention=m, inherit=False)
        found.append(d)
        sentence_quoted[si] = True
        return True
    taken = False
    if (
        ci >= 0
        and not pluperfect(lows, ci)
        and not stative(lows, ci)
        and not pronoun_object(toks, lows, lex)
    ):
        m = subject(toks, ci, lex)
        if m is not None or "man" in lows[max(0, ci - 1) : ci + 2]:
            start = act_start(toks, lows, ci, a)
            d = whole("reported", start, act_end(toks, lows, ci, b))
            d.cue = (toks[ci].start, toks[ci].end)
            d.rule = "speech_act"
            if m is not None:  # "man" ("geht man von X aus"): the speaker before
                d.update(mention=m, inherit=False)
            found.append(d)
            sentence_quoted[si] = True
            taken = True
    if not has_partial and lows[-1] != "?":
        d = while_clause(text, toks, lows, lex)
        if d is not None:  # 5b. "…, während X den Plan begrüßte": that clause
            d.rule = "while_clause"
            found.append(d)
            sentence_quoted[si] = True
            taken = True
    return taken


def _in_brackets(toks, ci):
    """True when token ``ci`` stands in a short bracket ("(X berichtete)")."""
    before = [t.text for t in toks[max(0, ci - 3) : ci] if t.text in "()"]
    after = [t.text for t in toks[ci + 1 : ci + 3]]
    return before[-1:] == ["("] and ")" in after


def _indicative(lows, lex):
    """True for a sentence without Konjunktiv forms and hearsay "soll(en)" (those make
    reported speech of their own, step 4)."""
    return lex.konjunktiv.isdisjoint(lows) and _SOLL.isdisjoint(lows)


_WORDS = re.compile(r"\w+")


def previous_source(article, si):
    """The source named in the sentence before ``Demnach …``: its ``laut X``/``nach Angaben
    X`` phrase, the subject of its reporting verb or speech act, or its first phrase when
    that names a source ("Ein Bericht des Magazins X sorgt für Schlagzeilen"); else None."""
    if si == 0:
        return None
    lex = article.lex
    prev = article.sentence(si - 1)
    toks, lows = prev.toks, prev.lows
    if len(toks) < 2:
        return None
    q = prepositional(prev)
    if q is not None and q.mention is not None:
        return q.mention
    ci = cue_in(toks, lex)
    if ci < 0:
        ci = act_in(toks, lows, lex)
    if ci >= 0:
        return subject(toks, ci, lex)
    m = find_mention(toks, lex, before=len(toks))
    if m is not None and any(
        t.low.endswith(SOURCE_NOUN_ENDS) or t.low.endswith(("studie", "umfrage", "erhebung"))
        for t in toks
        if m.start <= t.start < m.end
    ):
        return m
    return None


def _source_shortly_before(article, si, back=3):
    """The source named in one of the ``back`` sentences before ``si`` (a "laut X" phrase,
    the subject of a reporting verb or speech act, a report), across paragraph breaks too:
    reported speech in Konjunktiv goes on with it."""
    for k in range(si, max(0, si - back), -1):
        before = article.sentence(k - 1)
        q = prepositional(before) if len(before.toks) > 1 else None
        if q is not None and q.mention is not None:
            return q.mention  # "… laut der Agentur X …"
        m = cue_subject(article, k, fallback=False)  # "X teilte mit", not "X wurde bestätigt"
        if m is not None:
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


def _take_previous(text, sent, toks, br, walk, first):
    """Make the sentence ``sent`` (from sentence ``first`` on) an indirect quote of the speaker
    in ``br`` (from the sentence after it), replacing a weaker reading of that sentence; the
    pronoun that takes it up ("Das" in "Das berichtete X") is a second span of the quote, as
    it stands for it."""
    a, b = sent
    if walk.direct.covers(a, b):
        return
    found, k = walk.found, walk.marks[first]  # the quotes found since sentence ``first``
    found[k:] = [q for q in found[k:] if q.kind in ("direct", "partial") or not (a <= q.start < b)]
    ci, m = br
    end = strip_end(text, a, b)
    found.append(
        Candidate(
            "indirect",
            a,
            toks[0].end,
            [(a, end), (toks[0].start, toks[0].end)],
            m,
            (toks[ci].start, toks[ci].end),
            (toks[0].start, toks[-1].end),
            False,
            rule="backref",
        )
    )


@cache
def _triggers(language: str) -> frozenset:
    """Words of which a sentence must contain one to hold reported speech."""
    lex = lexicon(language)
    return (
        lex.verbs | lex.acts | lex.konjunktiv | DASS | _SOLL | SPEECH_NOUNS
        | word_set(language, "directive_cues.txt") | NAMED | SPOKEN_OF | {"rede"}
        | {"laut", "gemäß", "nach", "zufolge", "so", "wie", "according", "as", "demnach", "danach"}
        | {"sicht", "folge"}  # "aus Sicht X", "X zu Folge"
    )  # fmt: skip


_BUT = frozenset(["doch", "aber", "während", "jedoch", "wohingegen"])


def _second_clause(s, q):
    """The clause after "und fügte hinzu, …" that follows a reported clause in the same
    sentence; its speaker is the first clause's."""
    toks, lex = s.toks, s.lex
    k = next((j for j, t in enumerate(toks) if t.start >= q.end), len(toks))
    if k + 4 >= len(toks) or toks[k].low not in ("und", "sowie") and toks[k].text != ",":
        return None
    if toks[k].text == ",":
        k += 1
    if toks[k].low in _BUT and k + 4 < len(toks):  # "…, doch Y erklärte, …": another speaker
        q2 = verb_comma(s.part(toks[k + 1 :]))
        if q2 is None or q2.cue[0] > q2.start or q2.mention is None:
            return None
        q2.kind = "indirect"
        return q2
    if toks[k].low not in ("und", "sowie") or toks[k + 1].low not in lex.verbs:
        return None
    rest = s.part(toks[k + 1 :])
    q2 = verb_comma(rest)
    if q2 is None:
        q2 = infinitive(rest)
    if q2 is None or q2.start < rest.toks[0].end:
        return None
    q2.update(kind="indirect", mention=q.mention, inherit=q.inherit)
    return q2


def _main_clause_after(s, end):
    """A reported clause framed by the main clause after a fronted one ("Während X erklärte,
    …, räumte Y ein, es sei …"), or None."""
    rest = [t for t in s.toks if t.start >= end]
    if len(rest) < 5 or rest[0].text != ",":
        return None
    rest = rest[1:]
    if rest[0].low not in s.lex.verbs:
        return None
    part = s.part(rest)
    q2 = verb_comma(part)
    if q2 is None:
        q2 = infinitive(part)
    if q2 is None or q2.start < rest[0].end or q2.cue[0] > q2.start:
        return None
    q2.kind = "indirect"
    return q2


def _after_colon(s, c):
    """The reported clause in the part of the sentence after the colon at ``c``."""
    rest = [t for t in s.toks if t.start > c]
    if len(rest) < 4:
        return None
    q2 = verb_comma(s.part(rest))
    if q2 is not None:
        q2.kind = "indirect"
    return q2


def _start_after_colon(text, q):
    """A clause framed after it ("…: Eine Strafe sei nicht vermittelbar, so X") starts after
    the last colon before it that opens a new sentence (a capital follows); a clause framed
    before it ends at the first such colon followed by a clause (not a list), whose position
    is returned (else None)."""
    cue = q.cue
    if cue is None or len(q.spans) != 1:
        return
    if cue[0] >= q.end:
        c = text.rfind(": ", q.start, q.end)
        if c > q.start and text[c + 2 : c + 3].isupper():
            q.start = c + 2
            q.spans = [(c + 2, q.end)]
    elif cue[0] < q.start:  # "sagte, X sei Y, doch Z blieb hart: …" ends at the colon
        c = text.find(": ", q.start, q.end)
        if (
            c > q.start
            and text[c + 2 : c + 3].isupper()
            and sum(w.isalpha() and w.islower() for w in _first_part(text, c + 2, q.end)) >= 2
        ):  # a clause, not a list
            q.end = c
            q.spans = [(q.start, c)]
            return c
    return None


def _first_part(text, a, b):
    """The words of ``text[a:b]`` up to its first comma."""
    comma = text.find(",", a, b)
    return text[a : b if comma < 0 else comma].split()


def _embeds(text, q, spans):
    """True when every quote in marks that overlaps ``q`` lies inside it after some words of
    its own ("Die Stadt könne Hallen öffnen, „damit …“, erklärte X"): the marked words
    are part of the reported clause, not a direct quote with ``q`` as its frame."""
    inner = spans.overlapping(q.start, q.end)
    return all(
        q.start <= s and e <= q.end + 1 and len(text[q.start : s].split()) >= 3 for s, e in inner
    )


def _cut_at_semicolon(text, q):
    """A quote after its cue ends at a semicolon: what follows is the author's again
    ("gaben an, sich unsicher zu fühlen; vor allem Frauen meiden den Platz")."""
    cue = q.cue
    if cue is None or cue[0] > q.start:
        return
    semi = text.find(";", q.start, q.end)
    if semi > q.start:
        q.spans = [(a, min(b, semi)) for a, b in q.spans if a < semi]
        q.end = q.spans[-1][1]


def _cut_at_colon_quote(text, q, spans):
    """End a reported span before ``: „…“`` (the quote that follows is its own quote)."""
    for s, _ in spans.starting_in(q.start, q.end):
        if q.start < s < q.end:
            head = text[q.start : s].rstrip()
            if head.endswith(":"):
                end = strip_end(text, q.start, len(head) + q.start - 1)
                q.end = end
                q.spans = [(a, min(b, end)) for a, b in q.spans if a < end]
                return
