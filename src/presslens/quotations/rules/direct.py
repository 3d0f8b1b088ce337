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
from dataclasses import dataclass
from functools import cache

from presslens.quotations.candidates import Candidate, Mention
from presslens.quotations.cues import cue_in, cue_in_last
from presslens.quotations.lexicon import konjunktiv1
from presslens.quotations.marks import Quoted, find_quoted
from presslens.quotations.phrases import noun_phrase_end
from presslens.quotations.rules.base import SKIP, first_match, run
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import (
    CONJUNCTIONS,
    SUBORDINATE_OPENERS,
    is_personal,
    subject,
)
from presslens.quotations.tokens import Token
from presslens.quotations.view import WINDOW, Article
from presslens.resources import load_set_all

__all__ = [
    "QuotedSpan", "find_direct", "frame_after", "frame_before", "is_title_like",
    "naming_before", "partial", "slogan", "slogan_before", "standalone",
]  # fmt: skip


# Both patterns below ask whether a text ends in a word of a list. They are compiled on the
# reversed words and matched at the start of the reversed text: the same answer as a search
# anchored at the end, in time of the match instead of the text's length times the list's.


@cache
def _naming_reversed() -> re.Pattern:
    words = sorted(load_set_all("naming_nouns.txt"), key=len, reverse=True)
    return re.compile(
        r"\s*[,:]?\s*(?:" + "|".join(re.escape(w[::-1]) for w in words) + ")", re.IGNORECASE
    )


def naming_before(text: str) -> bool:
    """True when ``text`` ends in a naming noun (``naming_nouns.txt``, every language: names
    and titles in marks look alike in German and English text), then maybe a comma or colon.
    The noun may end a compound ("Kinofilm „…“")."""
    return _naming_reversed().match(text[::-1]) is not None


@cache
def _slogan_reversed() -> re.Pattern:
    words = sorted(load_set_all("slogan_words.txt"), key=len, reverse=True)
    return re.compile(
        r"\s*:?\s*"
        r"(?:(?:awte\s+|leipsieb\s+muz\s+|\.b\s*\.z\s+)?eiw\s+|sa\s+hcus\s+|ekil\s+)?"
        r"(?:" + "|".join(re.escape(w[::-1]) for w in words) + ")",
        re.IGNORECASE,
    )


def slogan_before(text: str) -> bool:
    """True when ``text`` ends in a slogan word (``slogan_words.txt``: "Parolen wie", "mit
    der Aufschrift", "chanting"), maybe followed by "wie (etwa|zum Beispiel|z. B.)", "such
    as", "like" and a colon. The word may end a compound ("Protestparolen")."""
    return _slogan_reversed().match(text[::-1]) is not None


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
    if lead_toks[ci].low not in _QUOTING:
        return None
    lows = [t.low for t in lead_toks]
    if not _PASSIVE_AUX.isdisjoint(lows[:ci]):  # "X wird von der Zeitung … zitiert": X speaks
        end = noun_phrase_end(lead_toks, 0, lex)
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
        end = min(noun_phrase_end(lead_toks, k, lex), stop)
        if end > k:
            last, k = Mention(t.start, lead_toks[end - 1].end, ""), end
        else:
            k += 1
    return last


def _with_von(toks, m, lex):
    """The mention ``m`` with a "von" phrase right after it ("Zitat von X", "Das Fazit von
    X"): the author of the words is in it."""
    k = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k + 1 < len(toks) and toks[k].low == "von":
        j = noun_phrase_end(toks, k + 1, lex)
        if j > k + 1:
            return Mention(m.start, toks[j - 1].end, "")
    return m


def _unlisted_frame(trail_toks, lex):
    """The subject of a frame whose verb is in no list ("„…“, strich X heraus"): after a
    quote that opens the sentence, a comma, a lowercase word and right after it a noun phrase
    or pronoun; else None."""
    if len(trail_toks) < 3 or trail_toks[0].text != ",":
        return None
    verb = trail_toks[1]
    if not verb.text.isalpha() or not verb.text.islower() or verb.low in lex.function:
        return None
    if (
        verb.low in lex.determiners
        or verb.low in lex.pronouns
        or verb.low in SUBORDINATE_OPENERS | CONJUNCTIONS
    ):
        return None  # "„…“, obwohl X zögert": a clause of the author's
    m = find_mention(trail_toks, lex, after=2)
    return m if m is not None and m.start == trail_toks[2].start else None


_DEFINITE = frozenset(["der", "die", "das", "des", "dem", "den", "the"])
_NAMING_ARTICLE = frozenset(["als", "einen", "eine", "einer", "einem", "ein"])
# the end of the words before a quote that the naming and slogan patterns read (they end
# there: "die Zeitung „…“", "Parolen wie „…“")
_TAIL = 200
_PREP_CUES = frozenset(["laut", "zufolge", "angaben", "so", "according"])
_SO = frozenset(["so"])


def _previous_frame(article, pos):
    """Speaker, cue and frame from the sentence before a free-standing quote when it
    announces it ("Der Minister sagte am Montag:" or any sentence with a reporting verb)."""
    text, sents, lex = article.text, article.sentences, article.lex
    si = article.sentence_of(pos)
    if si == 0 or sents[si][0] < pos:
        return None, None, None
    a, b = sents[si - 1]
    if "„" in text[a:b] or '"' in text[a:b] or (lex.language == "en" and "“" in text[a:b]):
        return None, None, None  # the sentence before holds a quote: its speaker goes on
    toks = article.tokens(a, b)
    ci = cue_in(toks, lex)
    if ci < 0:
        # "Die Abgeordnete Eva Lind verurteilte den Plan. „…“": the person the sentence is about
        m = find_mention(toks, lex, before=len(toks))
        if m is None or not is_personal(toks, m, lex):
            return None, None, None
        return m, None, (a, b)
    m = subject(toks, ci, lex)
    return m, (toks[ci].start, toks[ci].end), (a, b)


@dataclass
class QuotedSpan:
    """What the direct-quote rules see of one span in quotation marks: the words inside
    (``inner``, ``nwords``), the sentence around it (``s0`` holds its start, ``s1`` its end),
    the words of that sentence before it (``lead``, ``lead_toks``) and after it
    (``trail_toks``, up to ``trail_end``), and the list of skipped spans (see ``nested``)."""

    article: Article
    q: Quoted
    inner: str
    nwords: int
    s0: tuple[int, int]
    s1: tuple[int, int]
    lead: str
    stripped: str
    trail_end: int
    lead_toks: list[Token]
    trail_toks: list[Token]
    skipped: list

    def candidate(self, kind, mention, cue, frame) -> Candidate:
        q = self.q
        return Candidate(
            kind, q.start, q.end, [(q.start, q.end)], mention, cue, frame, mention is None
        )


def frame_after(v: QuotedSpan):
    """„…“, sagte X / „…“, so X / "…," Peskov told: a frame after the quote."""
    lex, q, inner = v.article.lex, v.q, v.inner
    lead, lead_toks, trail_toks, trail_end = v.lead, v.lead_toks, v.trail_toks, v.trail_end
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
    elif lex.language == "en" and 0 < k < len(tt) - 2 and tt[k].text == ",":
        # '"…," Linda Okafor, the company's chief executive, said': over the apposition
        c = next((j for j in range(k + 1, min(len(tt) - 1, k + 10)) if tt[j].text == ","), -1)
        if c > k + 1 and tt[c + 1].low in lex.verbs:
            pre = Mention(tt[0].start, tt[k - 1].end, "")
            tt = tt[c + 1 :]
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
            if v.stripped and not v.stripped.endswith(":"):  # inside the author's sentence
                kind = "partial" if v.nwords < 8 else "direct"
            return v.candidate(kind, mention, (tt[0].start, tt[0].end), (q.end, trail_end))
    return None


def frame_before(v: QuotedSpan):
    """X sagte: „…“ / Kreml: „…“: a frame before the quote, closed by a colon."""
    lex, q, s0, nwords, inner = v.article.lex, v.q, v.s0, v.nwords, v.inner
    lead_toks = v.lead_toks
    if not v.stripped.endswith(":"):
        return None
    ci = cue_in_last(lead_toks, lex)  # "X kritisierte Y, so sagte Z:": Z speaks
    if ci >= 0:
        mention = _quoted_person(lead_toks, ci, lex) or subject(lead_toks, ci, lex)
        cue = (lead_toks[ci].start, lead_toks[ci].end)
        return v.candidate("direct", mention, cue, (s0[0], q.start))
    if len(lead_toks) <= 5 or (nwords >= 3 and inner[:1].isupper()):
        # "Kreml: …", "Ein Polizist nach der Festnahme: „…“": the lead's first phrase
        mention = find_mention(lead_toks, lex, before=len(lead_toks))
        if mention is None and nwords < 3:
            return None
        if mention is not None:  # "Das Fazit von Eva Lind:": the phrase with its "von"
            mention = _with_von(lead_toks, mention, lex)
        ki = konjunktiv1(lex.language)
        if any(t.low in ki and t.text.islower() for t in lead_toks):
            mention = None  # "Die Lage sei ernst: „…“": reported speech goes on
        return v.candidate("direct", mention, None, (s0[0], q.start))
    return None


def standalone(v: QuotedSpan):
    """A quote standing as a sentence or paragraph, spoken by the one the sentence before
    announces; a quoted line alone without final punctuation is a heading (``SKIP``)."""
    text, q, nwords, inner = v.article.text, v.q, v.nwords, v.inner
    if v.stripped or v.trail_end - q.end >= 3 or nwords < 3:
        return None
    line_end = text.find("\n", q.end)
    alone = not text[q.end : len(text) if line_end < 0 else line_end].strip()
    if alone and inner[-1:] not in ".!?,…" and nwords < 12:
        return SKIP  # a quoted heading without attribution: skipped (see module docs)
    mention, cue, frame = _previous_frame(v.article, q.start)
    return v.candidate("direct", mention, cue, frame)


def slogan(v: QuotedSpan):
    """Words after a slogan word ("Parolen wie „Nie wieder Krieg“"): direct speech, however
    short; the slogan word is never their speaker."""
    text, lex = v.article.text, v.article.lex
    lead_toks = v.lead_toks
    if not slogan_before(v.stripped[-_TAIL:]):
        return None
    ci = cue_in(lead_toks, lex)
    mention = subject(lead_toks, ci, lex) if ci >= 0 else None
    if mention is None:
        mention = find_mention(lead_toks, lex, before=len(lead_toks))
    if mention is not None and slogan_before(text[mention.start : mention.end]):
        mention = None  # "die Aufschrift" names the slogan, not who wrote it
    cue = (lead_toks[ci].start, lead_toks[ci].end) if ci >= 0 else None
    return v.candidate("direct", mention, cue, (v.s0[0], v.trail_end))


def partial(v: QuotedSpan):
    """Quoted words inside the author's sentence: a partial quote, or no quote at all (names,
    titles, scare quotes: ``SKIP``, the span noted in ``skipped`` with the reason)."""
    lex, q, nwords, inner, stripped = v.article.lex, v.q, v.nwords, v.inner, v.stripped
    lead_toks, trail_toks, skipped = v.lead_toks, v.trail_toks, v.skipped
    if naming_before(stripped[-_TAIL:]) and (
        inner[:1].isupper()
        or inner[:1].isdigit()
        or nwords < 2
        or (nwords < 5 and inner[-1:] not in ".!?,")
    ):
        skipped.append((q.start, q.end, "naming"))
        return SKIP
    if _self_named(lead_toks, trail_toks):
        skipped.append((q.start, q.end, "naming"))
        return SKIP  # "die sich selbst „…“ nennt", "das als „…“ bekannte Lager"
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
        return SKIP  # a name after an article: "in der „BILD am Sonntag“"
    toks = lead_toks + trail_toks
    ci = cue_in(toks, lex)
    named = lead_toks and lead_toks[-1].low in _NAMING_ARTICLE and ci >= 0
    if not named and (is_title_like(inner) or (inner[:1].isupper() and nwords <= 3 and ci < 0)):
        skipped.append((q.start, q.end, "title" if is_title_like(inner) else "capital"))
        return SKIP  # names, titles and capitalised scare quotes („Eagle“, „Plan B“)
    cued = ci >= 0 or any(
        (t.low in lex.konjunktiv and t.text[:1].islower()) or t.low in _PREP_CUES for t in toks
    )
    lower = inner[:1].islower() or inner[:1] in "([…."
    if not cued and not lower and nwords < 6:
        skipped.append((q.start, q.end, "uncued"))
        return SKIP
    mention = cue = None
    near = cue_in_last(lead_toks, lex)
    if near > ci:  # "X nannte A „…“, Y bezeichnete B als „…“": the cue nearest before
        ci = near
    if ci >= 0:
        cue = (toks[ci].start, toks[ci].end)
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
    return v.candidate("partial", mention, cue, (v.s0[0], v.trail_end))


def _interrupts(text, prev, q) -> bool:
    """True when ``q`` goes on with the direct quote ``prev`` after a frame set off by commas
    ("„…“, sagte er, „…“")."""
    if prev.kind != "direct" or prev.mention is None:
        return False
    gap = text[prev.end : q.start]
    g = gap.strip()
    comma_inside = text[prev.end - 2 : prev.end - 1] == ","  # "…," he said,
    return (
        len(gap) < 80
        and (g.startswith(",") or comma_inside)
        and g.endswith(",")
        and "\n" not in gap
        and not any(c in g for c in ".!?")
    )


def find_direct(
    article: Article, rules, stats=None, skipped: list | None = None
) -> list[Candidate]:
    """Direct and partial quotes: for each span in quotation marks, the first of ``rules``
    (see ``pipeline.DIRECT_RULES``) that takes it.

    Quoted spans inside the author's sentence that are not taken (names, titles, uncued
    short spans) are appended to ``skipped`` as ``(start, end, reason)`` when given; see
    ``nested.py``, which takes some of them back when they sit inside reported speech."""
    if skipped is None:
        skipped = []
    text, lex = article.text, article.lex
    sents = article.sentences
    out: list[Candidate] = []
    for q in find_quoted(text):
        inner = text[q.start + 1 : q.end - (1 if q.closed else 0)].strip()
        nwords = len(inner.split())
        if nwords == 0:
            continue
        if out and run(stats, "interrupted", _interrupts, text, out[-1], q):
            prev = out[-1]
            prev.spans.append((q.start, q.end))
            prev.end = q.end
            continue
        s0 = sents[article.sentence_of(q.start)]
        s1 = sents[article.sentence_of(max(q.end - 1, q.start))]
        lo = max(s0[0], q.start - WINDOW)  # the words before and after the quote read
        trail_end = max(min(s1[1], q.end + WINDOW), q.end)
        lead = text[lo : q.start]
        view = QuotedSpan(
            article, q, inner, nwords, s0, s1, lead, lead.rstrip(), trail_end,
            article.tokens(lo, q.start), article.tokens(q.end, trail_end), skipped,
        )  # fmt: skip
        rule, found = first_match(rules, view, lex.language, stats)
        if found is None or found is SKIP:
            continue
        found.rule = rule.name
        out.append(found)
    return out
