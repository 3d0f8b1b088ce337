"""Reported clauses framed by a reporting verb or noun, without "dass".

``verb_comma`` finds "sagte X, es sei …" (the clause after the frame) and "Die Lage sei ernst, sagte
X." / "…, so X." / "…, so zeigen Studien, …" (the clause before it, and the rest of the sentence
after an inserted frame); ``noun_clause`` finds "die Äußerung vor, er werde …" and, with Konjunktiv
II within the first words of the clause, "den Verdacht, er könnte …" (the noun speaks when it
follows the finite verb as its subject: "Es kursieren Gerüchte, …").

Limits: clause ends are sentence ends; the clause after a frame must not start with a
relative pronoun followed by a function word; a long frame needs Konjunktiv I after it; a
clause after the comma in the indicative that opens with a relative pronoun or a finite verb
("…berichtet, der seit Montag zieht", "…, gilt als …") is taken for no reported clause, so
an indicative reported clause of that shape is missed. A noun or prepositional phrase with
a relative clause before "…, <verb> X" ("Karl Roth, der das Amt leitet, erklärte …") is taken
for the verb's subject or adverbial, not for a reported clause; so is a clause opened by a
w-word ("Was X beschreibt, bleibt …"). A frame verb listed only with particles needs one
after it ("…, führte zu Jubel" is no frame).
"""

from __future__ import annotations

from presslens.quotations.candidates import Candidate, Mention, strip_end
from presslens.quotations.lexicon import konjunktiv1
from presslens.quotations.rules.clauses import ends_infinitive
from presslens.quotations.rules.common import make_indirect
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.speakers.subjects import source_phrase
from presslens.quotations.tokens import decimal_comma
from presslens.quotations.words import D_RELATIVES, DASS, FINDINGS, SPEECH_NOUNS
from presslens.resources import load_set, load_set_all

__all__ = ["noun_clause", "verb_comma"]


_NOT_CLAUSE = load_set_all("clause_words.txt")  # "…, weil …", "…, which …": no reported clause


_ADVERSATIVE = frozenset(["darunter", "wobei", "wodurch", "weshalb", "woraufhin", "womit", "doch"])


# prepositions, and words that stand between a verb and its object ("sagte nicht", "sich")
_PREPS = load_set("de", "prepositions.txt") | frozenset(["als", "nicht", "sich", "noch", "schon"])


_SAY = load_set_all("frame_verbs.txt")


_SUBORDINATE = frozenset(
    ["nachdem", "da", "als", "wenn", "weil", "obwohl", "während", "bevor", "sobald", "falls"]
    + ["hätte", "hätten", "wäre", "wären", "sollte", "sollten", "würde", "würden"]
)


def _finite_like(tok, lex):
    """A lowercase word that is no article or pronoun: ", so müsste …" is a consequence."""
    return tok.text[:1].islower() and tok.low not in lex.determiners and tok.low not in lex.pronouns


_HEARSAY = frozenset(
    ["soll", "sollen", "dürfte", "dürften", "könnte", "könnten", "müsste", "müssten", "möge"]
)
_ADVERB_ENDS = ("ig", "lich", "isch", "bar", "sam", "weise", "mals", "wärts", "los")


def _indicative_clause(toks, lows, s, e, lex):
    """True when ``toks[s:e]`` after a reporting verb's comma is no reported clause: a
    relative clause ("der seit Montag zieht", "in denen …") or a main clause going on with
    its finite verb ("gilt als …", "hatte sich herausgestellt"), neither with a Konjunktiv
    form nor ending in a zu-infinitive."""
    if e - s < 2 or not konjunktiv1(lex.language).isdisjoint(lows[s:e]):
        return False
    if any(w in lex.konjunktiv or w in _HEARSAY for w in lows[s:e]) or ends_infinitive(lows[s:e]):
        return False  # Konjunktiv, hearsay ("begangen haben soll") or a zu-infinitive
    w = lows[s]
    if (
        w in D_RELATIVES
        and not toks[s + 1].text[:1].isupper()
        or w in _PREPS
        and lows[s + 1] in D_RELATIVES
    ):
        return True  # not "…, die Lage werde …" (an article)
    return (
        "wie" not in lows[:s]  # "Wie X mitteilte, sieht Y …": the main clause is reported
        and toks[s].text[:1].islower()
        and _finite_like(toks[s], lex)
        and w not in lex.function
        and w not in _PREPS
        and w not in _NOT_CLAUSE
        and not w.endswith(_ADVERB_ENDS)  # "…, kurzfristig zurückzutreten"
    )


_HYPOTHETICAL = frozenset(
    ["könnte", "könnten", "würde", "würden", "wäre", "wären", "hätte", "hätten"]
    + ["müsste", "müssten", "dürfte", "dürften"]
)


def _noun_subject(toks, ci, lex):
    """The noun cue as the speaker when it right follows the finite verb as its subject ("Es
    kursieren Gerüchte, …", "Gegen ihn gibt es neue Vorwürfe, …"); else None (the verb's
    subject speaks: "Die Behörde hat den Verdacht, …")."""
    if ci < 1:
        return None
    p = toks[ci - 1]
    if (
        not p.text.isalpha()
        or not p.text.islower()
        or p.low in lex.determiners
        or p.low in lex.function
        or p.low in _PREPS
        or p.low in D_RELATIVES
    ):
        return None
    return Mention(toks[ci].start, toks[ci].end, "")


def noun_clause(s):
    text, toks, lows, lex, b = s.text, s.toks, s.lows, s.lex, s.end
    ki = konjunktiv1(lex.language)
    for k in range(2, len(toks) - 3):
        if toks[k].text != "," or lows[k + 1] in _NOT_CLAUSE or lows[k + 1] in DASS:
            continue
        ci = next((i for i in range(k - 1, max(-1, k - 5), -1) if lows[i] in SPEECH_NOUNS), -1)
        if ci < 0:
            continue
        j = k + 1
        while j < len(toks) and toks[j].text not in ",;:":
            j += 1
        if ki.isdisjoint(lows[k + 1 : j]) and (
            _HYPOTHETICAL.isdisjoint(lows[k + 2 : min(j, k + 5)]) or j - k < 4
        ):
            continue  # "der Verdacht, er könnte …": Konjunktiv II right after the subject
        end = strip_end(text, toks[k + 1].start, b)
        return make_indirect(s, ci, toks[k + 1].start, end, mention=_noun_subject(toks, ci, lex))
    return None


def _after_frame(text, toks, lows, m, b, lex, i):
    """The rest of the sentence after an inserted frame ("…, so X, rest"), or None."""
    k = next((j for j, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k + 4 >= len(toks) or toks[k].text != ",":
        return None
    first = toks[k + 1].text[:1]
    # an open clause before the frame ("Der Präsident sei, so X, Schuld daran") goes on
    # with a noun or a quotation; else a capital opens an apposition about the speaker
    before = toks[i - 2] if i > 1 else toks[0]  # the word before the frame's comma
    open_clause = before.text.islower() and any(
        t.low in lex.konjunktiv and t.text.islower() for t in toks[: i - 1]
    )
    if lows[k + 1] in D_RELATIVES or lows[k + 1] in _NOT_CLAUSE:
        return None  # a relative clause about the speaker
    if not first.islower() and not (open_clause and (first.isupper() or first in '„"»')):
        return None  # an apposition about the speaker
    end = strip_end(text, toks[k + 1].start, b)
    return (toks[k + 1].start, end) if end - toks[k + 1].start > 10 else None


def _noun_phrase(toks, lex):
    """True for words without a lowercase verb-like word: names, titles, articles, numbers
    ("Die Überlebende Alice Kern, 30"), so no clause of its own."""
    if len(toks) < 2:
        return False
    inside = False  # words in marks are a name: Die Firma „con energy ag“
    attr = False  # after an article: adjectives ("Der ehemalige sozialdemokratische Chef")
    for t in toks:
        if t.text in '„“”"»«':
            inside = not inside if t.text in '"' else t.text in "„»"
            continue
        adjective = attr and t.text.islower() and t.low.endswith(("e", "en", "er", "es", "em"))
        attr = t.low in lex.determiners or adjective
        if not (
            inside
            or adjective
            or t.low in lex.determiners
            or (t.low in lex.function and t.low not in ("es", "man", "wir", "ich"))
            or not t.text[:1].isalpha()
            or t.text[:1].isupper()
        ):
            return False
    return True


_W_SUBJECT = frozenset(["was", "wer", "wieso", "warum", "weshalb", "wann", "wo", "ob"])


def _particle_missing(w, rest, lex):
    """True when the verb ``w`` is listed only with particles ("führte aus", "geht hervor")
    and none of them follows it: another verb ("…, führte zu Jubel", "…, geht zulasten X")."""
    need = lex.particles.get(w)
    return bool(need) and not any(p.split()[-1] in rest for p in need)


def _relative_subject(toks, lows, c, lex):
    """True when the words before the comma at ``c`` are a noun or prepositional phrase and a
    relative clause on it ("Karl Roth, der das Amt leitet, wies …", "In ihrer Ansprache, die im
    Radio lief, mahnte …"): the subject or an adverbial of the verb after the comma, no
    reported clause."""
    c1 = next((k for k in range(1, c) if toks[k].text == ","), -1)
    while 0 < c1 < c - 2 and toks[c1 + 1].text.isdigit() and toks[c1 + 2].text == ",":
        c1 += 2  # "X, 58, who …": over the age
    if c1 < 0 or any(t.text in ",;:" for t in toks[c1 + 1 : c]):
        return False
    r = c1 + 1
    if lows[r] in _PREPS and r + 1 < c:
        r += 1  # "…, auf die …", "…, bei dem …"
    return lows[r] in lex.relatives and _noun_phrase(toks[:c1], lex)


def _reported_rest(toks, lows, rest, lex, said_before):
    """True when the clause after an inserted frame is the reported one (a dass/ob clause,
    or Konjunktiv I after an indicative start): the start is then the subject or an
    adverbial of the frame ("In einer Botschaft, die … lief, sagte X, man werde …")."""
    k = next(j for j, t in enumerate(toks) if t.start >= rest[0])
    if lows[k] in DASS:
        return True
    return not said_before and not konjunktiv1(lex.language).isdisjoint(lows[k:])


def _closes(particle, lows, i, k):
    """True when a verb's particle stands in its clause ``lows[i + 1 : k]``: a separable one
    ("aus", "an", "hinzu") as its last word, a reflexive or object one ("sich", "stellung")
    anywhere in it."""
    if particle in ("sich", "es", "stellung", "auffassung", "darauf"):
        return particle in lows[i + 1 : k]
    return k > i + 1 and lows[k - 1] == particle


# words that open an adjunct closing an English frame ("…, Harper said in a statement.",
# "…, she told reporters on Tuesday.", "…, he said yesterday.")
_EN_ADJUNCT = frozenset(
    "in on at to during after before via from late early earlier later today yesterday "  # noqa: SIM905
    "tonight".split()
)


# words that show the words before an English frame verb are a clause, not its subject
# ("…, although some studios are reported", "…, which was announced")
_EN_NOT_SUBJECT = frozenset(
    "although though while whereas because since if unless which who that and but or "  # noqa: SIM905
    "is are was were be been being has have had will would".split()
)


def _ends_clause(toks, m):
    """True when the mention ``m`` is followed by punctuation or the end of ``toks``."""
    k = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    return k == len(toks) or not toks[k].text[:1].isalnum()


def _closing_adjunct(lows, k):
    """True when the words from ``k`` to the sentence end are a short adjunct of the frame
    (a preposition or time adverb and at most six more words), after the addressee of
    "told" ("…, the mayor told reporters on Tuesday.")."""
    rest = [w for w in lows[k:] if w not in ".!?"]
    if k > 0 and lows[k - 1] in ("told", "tells"):
        j = 0
        while j < min(3, len(rest)) and rest[j] not in _EN_ADJUNCT:
            j += 1
        rest = rest[j:]
    if not rest:
        return k > 0 and lows[k - 1] in ("told", "tells")
    return rest[0] in _EN_ADJUNCT and len(rest) <= 7 and "," not in rest


def verb_comma(s):
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    n = len(toks)
    for i, w in enumerate(lows):
        if w not in lex.verbs and not (
            w == "so" and i > 0 and toks[i - 1].text == "," and lows[i + 1 : i + 2] != ["dass"]
        ):
            continue
        # clause, sagte X.  /  clause, so X.
        if (
            i > 1
            and toks[i - 1].text == ","
            and (w == "so" or w in lex.verbs)
            and lows[0] not in _SUBORDINATE
            and not _noun_phrase(toks[: i - 1], lex)  # "X, 30, beschrieb den Hergang"
            and not _relative_subject(toks, lows, i - 1, lex)
            and not _particle_missing(w, lows[i + 1 :], lex)  # "…, führte zu Jubel"
            and lows[0] not in _W_SUBJECT  # "Was der Zeuge beschreibt, bleibt …"
            and not (
                w == "so"
                and i + 1 < n
                and _finite_like(toks[i + 1], lex)
                and lows[i + 1] not in lex.verbs  # ", so betont die Polizei" is a frame
                and lows[i + 1] not in FINDINGS  # ", so zeigen Studien, …" too
            )
        ):
            m = find_mention(toks, lex, after=i + 1)
            if lex.language == "en" and m is not None and not _ends_clause(toks, m):
                m = None  # "…, said the water was warm": no inverted frame "said X."
            if w == "so" and lows[i + 1] in FINDINGS:  # ", so zeigen neue Studien, …"
                c = next((j for j in range(i + 2, n) if toks[j].text in ",;"), n)
                m = Mention(toks[i + 2].start, toks[c - 1].end, "") if c > i + 2 else None
            heisst = w in ("heißt", "hieß") and lows[i + 1 : i + 2] == ["es"]
            if heisst:  # "…, heißt es in dem Bericht." / "…, hieß es.": the source may be missing
                m = source_phrase(toks, i, i, lex)
            last = n - 1 if toks[-1].text.isalpha() else n - 2
            if (
                m is None
                and w in lex.particles
                and last > i + 1
                and lows[last] in {p.split()[-1] for p in lex.particles[w]}
            ):  # "…, teilte die Hoover Institution mit."
                m = Mention(toks[i + 1].start, toks[last - 1].end, "")
            konj = any(
                t.low in lex.konjunktiv and (k == 0 or t.text[:1].islower())
                for k, t in enumerate(toks[:i])
            )
            said_before = konj
            if n - i <= 10 and w in lex.verbs:
                konj = True  # the frame closes the sentence: ", berichtet Reuters."
            near = (
                heisst
                or m is not None
                and (b - m.end < 60 or konj or w == "so" or text[m.end : m.end + 2].startswith(","))
            )
            if near and (konj or w == "so" or w in _SAY):
                end = strip_end(text, a, toks[i - 1].start)
                spans = [(a, end)]
                rest = None if m is None else _after_frame(text, toks, lows, m, b, lex, i)
                if rest is not None and _reported_rest(toks, lows, rest, lex, said_before):
                    rest = end = None  # "X, der dort war, sagte Reportern, dass …": see below
                elif rest is not None:
                    spans.append(rest)  # "Tatsächlich, so die Polizei, ist dies …"
                if end is not None and (end - a > 10 or rest is not None):
                    return Candidate(
                        "indirect",
                        a,
                        spans[-1][1],
                        spans,
                        m,
                        (toks[i].start, toks[i].end),
                        (toks[i - 1].start, b),
                        m is None,
                    )
        if w == "so" or i > 1 and lows[i - 2 : i] == ["wie", "man"]:
            continue  # "…, wie man sagt, …": an idiom, no frame
        if lex.language == "en" and i > 1 and (i >= n - 3 or _closing_adjunct(lows, i + 1)):
            c = next((k for k in range(i - 1, max(0, i - 6), -1) if toks[k].text == ","), -1)
            words = lows[c + 1 : i]
            last = i - 1
            if words and words[-1] in ("has", "have", "had"):
                words, last = words[:-1], i - 2  # "…, the USAF has announced."
            if 1 < c < last and not _EN_NOT_SUBJECT.intersection(words):
                end = strip_end(text, a, toks[c].start)
                m = Mention(toks[c + 1].start, toks[last].end, "")
                cue, frame = (toks[i].start, toks[i].end), (toks[c].start, b)
                return Candidate("indirect", a, end, [(a, end)], m, cue, frame, False)
        if lex.language == "en":
            continue  # English frames no clause after "said X," (an apposition follows)
        # sagte X, es sei ...
        need = lex.particles.get(w)
        k = i + 1
        while k < n and (toks[k].text != "," or decimal_comma(toks, k)) and k - i < 18:
            k += 1
        if k >= n - 2 or toks[k].text != "," or decimal_comma(toks, k):
            continue
        if k - i >= 10 and konjunktiv1(lex.language).isdisjoint(lows[k + 1 :]):
            continue  # a long frame needs Konjunktiv I in the clause after it
        if (
            need
            and not any(_closes(p.split()[-1], lows, i, k) for p in need)
            and w not in ("sagte", "sagt", "erklärte", "meinte", "warnte", "betonte")
        ):
            continue  # "nahm an den Spielen teil, …": the particle must close the clause
        if lows[k + 1] == "wie":  # "erklärte X, wie sich die Junta nennt, die Lage sei …"
            k2 = next((j for j in range(k + 2, min(n - 2, k + 12)) if toks[j].text == ","), -1)
            if k2 > 0 and not konjunktiv1(lex.language).isdisjoint(lows[k2 + 1 :]):
                k = k2
        if lows[k + 1] in _NOT_CLAUSE or lows[k + 1] in DASS:
            continue
        if lows[k + 1] == "so" and not _finite_like(toks[k + 2], lex):
            continue  # "…festgestellt, so der Sender": the frame of the clause before
        if (
            k == i + 1
            and i > 0
            and lows[i - 1] == "zu"
            and _finite_like(toks[k + 1], lex)
            and lows[k + 1] not in lex.function
            and lows[k + 1] not in D_RELATIVES
        ):
            continue  # "Das Projekt, ein Buch zu schreiben, wurde …": an infinitive group
        if lows[k + 1] in _ADVERSATIVE:
            continue  # "…, jedoch musste …", "…, darunter …": no clause of the verb
        if (
            lows[k + 1] in D_RELATIVES
            and k > i + 1  # "erklärte, die Verfassung werde …": an article after the verb
            and (k + 2 >= n or lows[k + 2] in lex.function or lows[k + 2] in _PREPS)
        ):
            continue  # a relative clause: ", die durch ...", ", der als ..."
        stop = next((j for j in range(k + 1, n) if toks[j].text in ",;:"), n)
        if _indicative_clause(toks, lows, k + 1, stop, lex):
            continue  # "…berichtet, der seit Montag nach Süden zieht" / "…, gilt als …"
        rest = lows[k + 1 :]
        stop = next((j for j in range(k + 1, n) if toks[j].text in ",;:"), n)
        if len(rest) < 3 or all(
            w in lex.determiners or not w.isalpha() or w[0] != w[0].lower()
            for w in (t.text for t in toks[k + 1 : stop])
        ):
            continue  # an apposition: "sagte Honoré Durand, der Geschäftsführer"
        end = strip_end(text, toks[k + 1].start, b)
        return make_indirect(s, i, toks[k + 1].start, end)
    return None
