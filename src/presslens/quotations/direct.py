"""Direct and partial quotations: which quoted spans are quotations, and their frames.

A span in quotation marks (see ``marks.py``) is a **direct** quote when it stands as a
sentence of its own or is attached to a frame (``„…“, sagte X``, ``X sagte: „…“``,
``Kreml: "…"``) and a **partial** quote when a few quoted words sit inside the author's
sentence next to a reporting verb, a speech-act verb, Konjunktiv or a reported clause.
Titles of works, names and scare quotes are skipped: short spans of capitalised words,
capitalised spans right after a definite article (``in der „Welt am Sonntag“``), spans after
a naming noun (``des Typs``, ``Zeitung``, ``Operation``, ``so genannt``: ``naming_nouns.txt``),
names given with ``sich nennen`` or ``als „…“ bekannt``, and short spans in sentences
without any cue. Words after a slogan word (``Parolen wie``,
``mit der Aufschrift``, ``chanting``: ``slogan_words.txt``) are direct quotes however short:
people chanted or wrote them; the slogan word itself is never their speaker.

A quoted line standing alone without final punctuation (a subheading such as
``"Beschwerden von Angesicht zu Angesicht äußern"``) is skipped: it repeats a quote of the
article body and has no attribution of its own. A heading with a speaker frame
(``Kreml: "Wir bedauern dies"``) is a direct quote.

A free-standing quote is spoken by the subject of a reporting verb in the sentence before,
else by the person that sentence opens with ("Die Abgeordnete X verurteilte den Plan.
„…“"); a quote that opens its sentence and is followed by a comma, a verb in no list and a
noun phrase ("„…“, strich X heraus") is spoken by that phrase; words in marks after "als" in
a sentence without a cue ("X feierte die Absage als „…“") by the sentence's first phrase.

Limits: a short scare quote in a sentence that also reports speech is taken as partial; a
quote-only paragraph with no speaker nearby gets the previous quote's speaker.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.resources import load_set_all

__all__ = ["is_title_like", "naming_before", "slogan_before"]


@cache
def naming_before() -> re.Pattern:
    """Text ending in a naming noun (``naming_nouns.txt``, every language: names and titles in
    marks look alike in German and English text). The noun may end a compound
    ("Kinofilm „…“")."""
    words = sorted(load_set_all("naming_nouns.txt"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\s*[,:]?\s*$", re.IGNORECASE)


@cache
def slogan_before() -> re.Pattern:
    """Text ending in a slogan word (``slogan_words.txt``: "Parolen wie", "mit der
    Aufschrift", "chanting"), optionally followed by "wie (etwa|zum Beispiel)", "such as",
    "like" and a colon. The word may end a compound ("Protestparolen")."""
    words = sorted(load_set_all("slogan_words.txt"), key=len, reverse=True)
    return re.compile(
        r"(?:" + "|".join(map(re.escape, words)) + r")"
        r"(?:\s+wie(?:\s+etwa|\s+zum\s+beispiel|\s+z\.\s*b\.)?|\s+such\s+as|\s+like)?"
        r"\s*:?\s*$",
        re.IGNORECASE,
    )


def is_title_like(inner: str) -> bool:
    """True for short quoted text that looks like a name or title (every word capitalised)."""
    words = inner.split()
    if not words or len(words) > 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps == len(words) and not inner.rstrip().endswith((".", "!", "?", ","))


_NAMING_VERBS = frozenset(["nennt", "nennen", "nannte", "nannten", "heißt", "hieß"])
_KNOWN = ("bekannt",)


def _self_named(lead_toks, trail_toks) -> bool:
    """Marks that give a name, not a quote: "die sich (selbst) „…“ nennt", "nennt sich „…“",
    "Dies nennt man einen „…“", "das als „…“ bekannte Lager"."""
    before = [t.low for t in lead_toks[-3:]]
    after = trail_toks[0].low if trail_toks else ""
    if before[-1:] == ["sich"] or before[-2:] == ["sich", "selbst"]:
        return after in _NAMING_VERBS or (
            len(before) >= 2 and before[-2] in _NAMING_VERBS and before[-1] == "sich"
        )
    if len(before) >= 2 and before[-2:] in (["nennt", "man"], ["nennen", "sie"]):
        return True
    if len(before) >= 3 and before[-3:-1] == ["nennt", "man"]:
        return True  # "Dies nennt man einen „…“"
    return before[-1:] == ["als"] and after.startswith(_KNOWN)


_QUOTING = frozenset(["zitierte", "zitierten", "zitiert", "zitieren", "quoted", "quotes"])
_PASSIVE_AUX = frozenset(["wird", "wurde", "wurden", "werden", "was", "were", "is"])


def _quoted_person(lead_toks, ci, lex):
    """The object of an active "zitierte X mit den Worten" before a colon: X is the speaker,
    the subject only relays ("Ein Sender zitierte den Minister mit den Worten: „…“"); in the
    passive the subject speaks ("Der Minister wird von der Zeitung zitiert: „…“"). None for
    other verbs."""
    from presslens.quotations.speakers import Mention, _np

    if lead_toks[ci].low not in _QUOTING:
        return None
    lows = [t.low for t in lead_toks]
    if not _PASSIVE_AUX.isdisjoint(lows[:ci]):  # "X wird von der Zeitung … zitiert": X speaks
        end = _np(lead_toks, 0, lex)
        return Mention(lead_toks[0].start, lead_toks[end - 1].end, "") if end > 0 else None
    stop = next(
        (k for k in range(ci + 1, len(lows) - 1) if lows[k] == "mit" and lows[k + 1] == "den"),
        -1,
    )
    if stop < 0 or stop == ci + 1:
        return None
    last, k = None, ci + 1  # the last noun phrase or pronoun before "mit den Worten"
    while k < stop:
        t = lead_toks[k]
        if t.low in lex.pronouns:
            last, k = Mention(t.start, t.end, t.text), k + 1
            continue
        end = min(_np(lead_toks, k, lex), stop)
        if end > k:
            last, k = Mention(t.start, lead_toks[end - 1].end, ""), end
        else:
            k += 1
    return last


def _sentence_of(sents, pos):
    from bisect import bisect_right

    i = bisect_right(sents, (pos, 10**12)) - 1
    return max(i, 0)


def _cue_in(tokens, lex):
    """Index of the first reporting or speech-act verb in ``tokens`` (particles checked)."""
    lows = [t.low for t in tokens]
    for i, w in enumerate(lows):
        for forms, particles in ((lex.verbs, lex.particles), (lex.acts, lex.act_particles)):
            if w in forms:
                need = particles.get(w)
                if need and not any(p.split()[-1] in lows[i + 1 :] for p in need):
                    continue
                return i
    return -1


def _cue_in_last(tokens, lex):
    """Index of the last reporting or speech-act verb in ``tokens``, or -1."""
    lows = [t.low for t in tokens]
    for k in range(len(lows) - 1, -1, -1):
        w = lows[k]
        for forms, particles in ((lex.verbs, lex.particles), (lex.acts, lex.act_particles)):
            if w in forms:
                need = particles.get(w)
                if not need or any(p.split()[-1] in lows[k + 1 :] for p in need):
                    return k
    return -1


def _with_von(toks, m, lex):
    """The mention ``m`` with a "von" phrase right after it ("Zitat von X", "Das Fazit von
    X"): the author of the words is in it."""
    from presslens.quotations.speakers import Mention, _np

    k = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k + 1 < len(toks) and toks[k].low == "von":
        j = _np(toks, k + 1, lex)
        if j > k + 1:
            return Mention(m.start, toks[j - 1].end, "")
    return m


def _unlisted_frame(trail_toks, lex):
    """The subject of a frame whose verb is in no list ("„…“, strich X heraus"): after a
    quote that opens the sentence, a comma, a lowercase word and right after it a noun phrase
    or pronoun; else None."""
    from presslens.quotations.speakers import find_mention

    if len(trail_toks) < 3 or trail_toks[0].text != ",":
        return None
    verb = trail_toks[1]
    if not verb.text.isalpha() or not verb.text.islower() or verb.low in lex.function:
        return None
    from presslens.quotations.subjects import _CONJ, _OPENERS

    if verb.low in lex.determiners or verb.low in lex.pronouns or verb.low in _OPENERS | _CONJ:
        return None  # "„…“, obwohl X zögert": a clause of the author's
    m = find_mention(trail_toks, lex, after=2)
    return m if m is not None and m.start == trail_toks[2].start else None


_DEFINITE = frozenset(["der", "die", "das", "des", "dem", "den", "the"])
_NAMING_ARTICLE = frozenset(["als", "einen", "eine", "einer", "einem", "ein"])
_PREP_CUES = frozenset(["laut", "zufolge", "angaben", "so", "according"])
_SO = frozenset(["so"])


def _previous_frame(text, sents, pos, lex):
    """Speaker, cue and frame from the sentence before a free-standing quote when it
    announces it ("Der Minister sagte am Montag:" or any sentence with a reporting verb)."""
    from presslens.quotations.common import mask_noun_cues
    from presslens.quotations.speakers import tokenize
    from presslens.quotations.subjects import subject

    si = _sentence_of(sents, pos)
    if si == 0 or sents[si][0] < pos:
        return None, None, None
    a, b = sents[si - 1]
    if "„" in text[a:b] or '"' in text[a:b]:
        return None, None, None
    toks = mask_noun_cues(tokenize(text, a, b), lex)
    ci = _cue_in(toks, lex)
    if ci < 0:
        from presslens.quotations.speakers import find_mention
        from presslens.quotations.subjects import _personal

        # "Die Abgeordnete Eva Lind verurteilte den Plan. „…“": the person the sentence is about
        m = find_mention(toks, lex, before=len(toks))
        if m is None or not _personal(toks, m, lex):
            return None, None, None
        return m, None, (a, b)
    m = subject(toks, ci, lex)
    return m, (toks[ci].start, toks[ci].end), (a, b)


def find_direct(text: str, sents, lex, skipped: list | None = None) -> list[dict]:
    """Direct and partial quotes as dicts (kind, start, end, spans, mention, cue, frame).

    Quoted spans inside the author's sentence that are not taken (names, titles, uncued
    short spans) are appended to ``skipped`` as ``(start, end, reason)`` when given; see
    ``nested.py``, which takes some of them back when they sit inside reported speech."""
    if skipped is None:
        skipped = []
    from presslens.quotations.common import mask_noun_cues
    from presslens.quotations.marks import find_quoted
    from presslens.quotations.speakers import Mention, find_mention, tokenize

    out = []
    for q in find_quoted(text):
        inner = text[q.start + 1 : q.end - (1 if q.closed else 0)].strip()
        nwords = len(inner.split())
        if nwords == 0:
            continue
        if out and out[-1]["kind"] == "direct" and out[-1]["mention"] is not None:
            gap = text[out[-1]["end"] : q.start]
            g = gap.strip()
            comma_inside = text[out[-1]["end"] - 2 : out[-1]["end"] - 1] == ","  # "…," he said,
            if (
                len(gap) < 80
                and (g.startswith(",") or comma_inside)
                and g.endswith(",")
                and "\n" not in gap
                and not any(c in g for c in ".!?")
            ):
                prev = out[-1]
                prev["spans"].append((q.start, q.end))
                prev["end"] = q.end
                continue
        s0 = sents[_sentence_of(sents, q.start)]
        s1 = sents[_sentence_of(sents, max(q.end - 1, q.start))]
        lead = text[s0[0] : q.start]
        trail_end = max(s1[1], q.end)
        lead_toks = mask_noun_cues(tokenize(text, s0[0], q.start), lex)
        trail_toks = mask_noun_cues(tokenize(text, q.end, trail_end), lex)
        kind = None
        mention = None
        cue = None
        frame = None
        # trailing frame: „…“, sagte X / „…“, so X
        tt = trail_toks[1:] if trail_toks and trail_toks[0].text == "," else trail_toks
        pre = None
        k = 0
        while (
            k < min(len(tt), 5)
            and tt[k].low not in lex.verbs
            and tt[k].text.isalpha()
            and (tt[k].text[:1].isupper() or tt[k].low in lex.determiners or lex.language == "en")
        ):
            k += 1
        if 0 < k < len(tt) and tt[k].low in lex.verbs:
            pre = Mention(tt[0].start, tt[k - 1].end, "")  # "…," Peskov told / Steinbrück sagte
            tt = tt[k:]
        # inside a sentence, marks right before the verb without a comma hold its subject
        # (Die Zeitung „Yemen Post“ berichtet …): a name, not a quote with a trailing frame
        # and a name after an article (der Chefredakteur der „New York Times“, sagte …)
        subject_marks = lead.strip() and trail_toks[:1] and trail_toks[0].text != ","
        subject_marks = subject_marks or (
            lead_toks and lead_toks[-1].low in lex.determiners and is_title_like(inner)
        )
        if (
            tt
            and (tt[0].low in lex.verbs or tt[0].low in _SO)
            and (trail_toks[0].text == "," or inner[-1:] in ",.!?" or tt[0].low in lex.verbs)
            and not (subject_marks and inner[-1:] not in ",.!?")
        ):
            idx = trail_toks.index(tt[0])
            mention = pre or find_mention(trail_toks, lex, after=idx + 1)
            if mention is not None or tt[0].low in lex.verbs:
                kind = "direct"
                cue = (tt[0].start, tt[0].end)
                frame = (q.end, trail_end)
        stripped = lead.rstrip()
        if kind is None and stripped.endswith(":"):
            ci = _cue_in_last(lead_toks, lex)  # "X kritisierte Y, so sagte Z:": Z speaks
            if ci >= 0:
                from presslens.quotations.subjects import subject

                mention = _quoted_person(lead_toks, ci, lex) or subject(lead_toks, ci, lex)
                kind, cue, frame = (
                    "direct",
                    (lead_toks[ci].start, lead_toks[ci].end),
                    (s0[0], q.start),
                )
            elif len(lead_toks) <= 5 or (nwords >= 3 and inner[:1].isupper()):
                # "Kreml: …", "Ein Polizist nach der Festnahme: „…“": the lead's first phrase
                mention = find_mention(lead_toks, lex, before=len(lead_toks))
                kind, frame = "direct", (s0[0], q.start)
                if mention is None:
                    kind = "direct" if nwords >= 3 else None
                else:  # "Das Fazit von Eva Lind:": the phrase with its "von"
                    mention = _with_von(lead_toks, mention, lex)
                from presslens.quotations.common import _ki

                ki = _ki(lex.language)
                if any(t.low in ki and t.text.islower() for t in lead_toks):
                    mention = None  # "Die Lage sei ernst: „…“": reported speech goes on
        if kind is None and not stripped and trail_end - q.end < 3 and nwords >= 3:
            line_end = text.find("\n", q.end)
            alone = not text[q.end : len(text) if line_end < 0 else line_end].strip()
            if alone and inner[-1:] not in ".!?,…" and nwords < 12:
                continue  # a quoted heading without attribution: skipped (see module docs)
            kind = "direct"  # a quote standing as a sentence or paragraph
            mention, cue, frame = _previous_frame(text, sents, q.start, lex)
        if kind is None and slogan_before().search(stripped):  # "Parolen wie „Nie wieder Krieg“"
            from presslens.quotations.subjects import subject

            ci = _cue_in(lead_toks, lex)
            mention = subject(lead_toks, ci, lex) if ci >= 0 else None
            if mention is None:
                mention = find_mention(lead_toks, lex, before=len(lead_toks))
            if mention is not None and slogan_before().search(text[mention.start : mention.end]):
                mention = None  # "die Aufschrift" names the slogan, not who wrote it
            kind, frame = "slogan", (s0[0], trail_end)
            if ci >= 0:
                cue = (lead_toks[ci].start, lead_toks[ci].end)
        if kind is None:
            # inside the author's sentence: partial quote or not a quote at all
            if naming_before().search(stripped) and (
                inner[:1].isupper()
                or inner[:1].isdigit()
                or nwords < 2
                or (nwords < 5 and inner[-1:] not in ".!?,")
            ):
                skipped.append((q.start, q.end, "naming"))
                continue
            if _self_named(lead_toks, trail_toks):
                skipped.append((q.start, q.end, "naming"))
                continue  # "die sich selbst „…“ nennt", "das als „…“ bekannte Lager"
            if (
                lead_toks
                and (
                    lead_toks[-1].low in _DEFINITE
                    and inner[:1].isupper()
                    or lead_toks[-1].low in ("wie", "laut", "gemäß")  # Wie „heise online“ …
                )
                and nwords <= 8
                and inner[-1:] not in ".!?"
            ):
                skipped.append((q.start, q.end, "naming"))
                continue  # a name after an article: "in der „BILD am Sonntag“"
            toks = lead_toks + trail_toks
            ci = _cue_in(toks, lex)
            named = lead_toks and lead_toks[-1].low in _NAMING_ARTICLE and ci >= 0
            if not named and (
                is_title_like(inner) or (inner[:1].isupper() and nwords <= 3 and ci < 0)
            ):
                skipped.append((q.start, q.end, "title" if is_title_like(inner) else "capital"))
                continue  # names, titles and capitalised scare quotes („Eagle“, „Plan B“)
            cued = ci >= 0 or any(
                (t.low in lex.konjunktiv and t.text[:1].islower()) or t.low in _PREP_CUES
                for t in toks
            )
            lower = inner[:1].islower() or inner[:1] in "([…."
            if not cued and not lower and nwords < 6:
                skipped.append((q.start, q.end, "uncued"))
                continue
            kind = "partial"
            near = _cue_in_last(lead_toks, lex)
            if near > ci:  # "X nannte A „…“, Y bezeichnete B als „…“": the cue nearest before
                ci = near
            if ci >= 0:
                cue = (toks[ci].start, toks[ci].end)
                from presslens.quotations.subjects import subject

                # a cue after the quote: the sentence without the quote ("Der Chef, der den
                # Sieg als „…“ bezeichnete, …", "X wird von Y als „…“ bezeichnet")
                mention = subject(lead_toks if ci < len(lead_toks) else toks, ci, lex)
                if mention is None and ci >= len(lead_toks):
                    mention = find_mention(trail_toks, lex, after=ci - len(lead_toks) + 1)
                if mention is None:
                    mention = find_mention(lead_toks, lex, before=len(lead_toks))
            else:  # a headline "Griechische Regierung: Grenzzaun war „organisierte Aktion“"
                colon = next((k for k, t in enumerate(lead_toks[:5]) if t.text == ":"), -1)
                if colon > 0:
                    mention = find_mention(lead_toks, lex, before=colon)
                elif not lead_toks:
                    mention = _unlisted_frame(trail_toks, lex)
                elif lead_toks[-1].low == "als" and len(lead_toks) > 3:
                    # "X feierte die Absage als „…“": who calls it that
                    mention = find_mention(lead_toks, lex, before=len(lead_toks) - 1)
            frame = (s0[0], trail_end)
        elif kind == "direct" and stripped and not stripped.endswith(":"):
            kind = "partial" if nwords < 8 else "direct"
        if kind == "slogan":  # chanted or written words: direct speech, however short
            kind = "direct"
        d = {
            "kind": kind,
            "start": q.start,
            "end": q.end,
            "spans": [(q.start, q.end)],
            "mention": mention,
            "cue": cue,
            "frame": frame,
            "inherit": mention is None,
        }
        out.append(d)
    return out
