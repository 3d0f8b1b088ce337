"""Indirect and reported speech in German (and the English equivalents).

Forms found, in this order within a sentence:

- ``dass``/``ob`` clauses after a reporting verb or noun (``erklärte, dass …``): the clause,
  from ``dass`` to the end of the sentence, is the quote (kind ``indirect``);
- a reporting verb followed by a comma and a clause without ``dass`` (``fügte hinzu, es sei
  …``), and the reverse order (``Die Lage sei ernst, sagte er.``, ``…, so der Sprecher.``);
- prepositional sources (``sources.py``): ``laut X``, ``X zufolge``, ``nach Angaben (von)
  X``, ``gemäß X``, ``wie X mitteilte``, ``according to X``: the sentence without the source;
- a sentence in Konjunktiv I without its own frame that follows a quote continues that
  speaker's reported speech (kind ``free_indirect``), so does ``soll``/``sollen`` hearsay;
  when only a clause after a comma is in Konjunktiv ("X spricht von einem Täter, der sich
  gestellt habe"), the quote is that clause and the main clause's subject speaks;
- a sentence whose verb summarises a speech act (``forderte``, ``kritisierte``,
  ``bezeichnete … als``) with a subject is a ``reported`` quote (the whole sentence), unless
  it is in the pluperfect (``hatte … kritisiert``: background, not a report).

Words in marks after some words of a reported clause ("…, „dass …“, erklärte X") are part
of it (the clause is the indirect quote, the marked words a quote of their own); a colon
followed by a clause ends a clause framed before it and starts one framed after it.

Limits: clause ends are approximated by the sentence end; Konjunktiv is recognised from a
list of forms (``resources/de/konjunktiv.txt``), not by morphology; "soll" in the author's
own voice (plans, obligations) is taken as hearsay when it follows a quote.
"""

from __future__ import annotations

import re
from functools import cache

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
from presslens.quotations.frames import noun_clause as _noun_clause
from presslens.quotations.frames import verb_comma as _verb_comma
from presslens.quotations.sources import prepositional
from presslens.quotations.speakers import find_mention, tokenize
from presslens.quotations.subjects import _personal, subject

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
        if triggers.isdisjoint(_WORDS.findall(text[a:b].lower())):
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
                q_main = _main_clause(text, toks, q["end"], lex, b)
            _cut_at_colon_quote(text, q, all_spans)
            colon = _start_after_colon(text, q)
            if colon is not None and q_main is None:  # "…: Eine Strafe sei …, so X."
                q_main = _after_colon(text, toks, colon, lex, b)
            _cut_at_semicolon(text, q)
            if not _overlaps(direct_spans, q["start"], q["end"]) or _embeds(text, q, direct_spans):
                q["kind"] = "indirect"
                found.append(q)
                sentence_quoted[si] = True
                q2 = q_main or _second_clause(text, toks, q, lex, b)
                if q2 is not None and (
                    not _overlaps(direct_spans, q2["start"], q2["end"])
                    or _embeds(text, q2, direct_spans)
                ):
                    found.append(q2)
            continue
        if sentence_quoted[si]:
            continue
        # 4. continuation in Konjunktiv / soll hearsay, after a quote in the last sentences
        recent = any(sentence_quoted[max(0, si - 3) : si])
        main = lows[: min(12, lows.index(",") if "," in lows else 12)]
        soll = any(w in _SOLL for w in main)
        hearsay = soll and lows[-1] in ("haben", "sein")  # "soll ... gewesen sein"
        # verb forms are lowercase inside the sentence: "an dieser Stelle" holds no "stelle"
        verbs_at = [k for k, t in enumerate(toks) if k == 0 or t.text[:1].islower()]
        verbs = [toks[k].low for k in verbs_at]
        strong = "ich" not in lows and not _ki(lex.language).isdisjoint(
            verbs
        )  # Konjunktiv I: reported speech anywhere
        if not en and (
            hearsay or strong or recent and (soll or any(w in lex.konjunktiv for w in verbs))
        ):
            prev = found[-1] if found else None
            sub = _subordinate_start(toks, verbs_at, lex)
            if (
                sub is None
                and prev is not None
                and prev["kind"] == "free_indirect"
                and sentence_quoted[si - 1]
                and prev["end"] == sents[si - 1][1]
                and prev["start"] in starts  # not after a clause of its sentence: "…, es sei"
                and "\n" not in text[prev["end"] : a]
            ):
                prev["end"] = b  # consecutive sentences of reported speech: one quote
                prev["spans"] = [(prev["start"], b)]
            else:
                d = _whole("free_indirect", text, a, b)
                if sub is not None:  # "X erwartet keine Entscheidung, weil Y gestellt hätten"
                    d.update(start=sub, spans=[(sub, b)])
                    main_toks = [t for t in toks if t.end <= sub]
                    m = find_mention(main_toks, lex, before=len(main_toks))
                    if m is not None:  # the main clause's subject speaks
                        d.update(mention=m, inherit=False)
                if (
                    sub is None and not sentence_quoted[si - 1]
                ):  # the subject of the sentence before speaks
                    m = _cue_subject(text, sents, si, lex, fallback=not recent)
                    if m is not None:
                        d.update(mention=m, inherit=False)
                found.append(d)
            sentence_quoted[si] = True
            continue
        # 5. speech-act summaries (not when the sentence holds a partial quote)
        ci = -1 if has_partial else _act_in(toks, lows, lex)
        if ci >= 0 and not _pluperfect(lows, ci):
            m = subject(toks, ci, lex)
            if m is not None:
                d = _whole("reported", text, a, b)
                d.update(mention=m, cue=(toks[ci].start, toks[ci].end), inherit=False)
                found.append(d)
                sentence_quoted[si] = True
    return found


_WORDS = re.compile(r"\w+")

_HAD = frozenset(["hatte", "hatten", "hattest", "hattet", "had"])


def _pluperfect(lows, ci):
    """True when the speech act is in the pluperfect ("X hatte den Plan kritisiert"): it tells
    the background of the story, an earlier statement, rather than what is reported now."""
    return any(w in _HAD for w in lows[:ci])


_COORD = frozenset(["und", "oder", "aber", "sondern", "doch", "denn", "jedoch"])


def _subordinate_start(toks, verbs_at, lex):
    """Start of the clause after a comma when only that clause is in Konjunktiv ("…, der sich
    in die Luft gesprengt habe"): the main clause before it is the author's; else None."""
    first = next((k for k in verbs_at if toks[k].low in lex.konjunktiv), -1)
    if first <= 0:
        return None
    comma = next((k for k in range(first - 1, 0, -1) if toks[k].text == ","), -1)
    if comma < 2 or comma + 1 >= first or toks[comma + 1].low in _COORD:
        return None  # "Am Montag, dem 5. Mai, sei …" / "X lägen im Plan, und es gebe …"
    return toks[comma + 1].start


def _cue_subject(text, sents, si, lex, *, fallback=True):
    """Subject of the first reporting verb or speech act in the sentence before ``si``; with
    ``fallback``, else its first phrase: a person ("Der Minister Karl Roth …") or a phrase after
    the verb ("Als Ersatz wollen die Staaten …"), not the opening words ("Langfristig")."""
    if si == 0:
        return None
    pa, pb = sents[si - 1]
    toks = tokenize(text, pa, pb)
    ci = _cue_in(toks, lex)
    if ci < 0:
        ci = _act_in(toks, [t.low for t in toks], lex)
    if ci >= 0:
        return subject(toks, ci, lex)
    m = find_mention(toks, lex, before=len(toks)) if fallback else None
    if m is None or m.start > toks[0].start or _personal(toks, m, lex):
        return m  # after a fronted adverbial ("Als Ersatz wollen die Staaten …") or a person
    return None  # the sentence's first words: "Langfristig", "Die Toten"


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
        | _words(language, "directive_cues.txt")
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


def _main_clause(text, toks, end, lex, b):
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
    its own ("Die Politik könne Bedingungen schaffen, „dass …“, erklärte X"): the marked words
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
