"""Prepositional sources of reported speech: ``laut X``, ``gemäß X``, ``nach Angaben (von)
X``, ``aus Sicht X``, ``X zufolge`` (``zu Folge``), ``dem Vernehmen nach``, ``wie X
mitteilte``, ``according to X``.

The quote is the sentence without the source phrase (two spans when the phrase sits in the middle).
A phrase with a noun before the source noun ("nach Ende der Recherchen"), with "anderen", "meiner",
"Ihrer" ("nach anderen Angaben") or "nach der Veröffentlichung/Auszählung" (a time) names no source.
Limits: the source phrase ends at the first word that does not continue a noun phrase, so long
appositions are only covered when set off by commas.
"""

from __future__ import annotations

from presslens.quotations.candidates import Candidate, Mention, strip_end
from presslens.quotations.lexicon import word_set
from presslens.quotations.phrases import is_cap
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.words import D_RELATIVES, FINDINGS, SOURCE_NOUN_ENDS

__all__ = ["prepositional"]


_ADJ_LAUT = frozenset(["sehr", "zu", "so", "recht", "besonders", "ziemlich"])
_COPULA = frozenset(["ist", "war", "wurde", "wird", "werden", "sind", "waren", "wurden"])

_POSTPOSED = (
    "meinung", "ansicht", "auffassung", "einschätzung", "überzeugung", "angaben", "vernehmen",
)  # fmt: skip
_POSS = frozenset(["seiner", "ihrer", "deren", "dessen", "unserer", "eigenen", "eigener"])
_POSSESSIVE = frozenset(
    "sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem dessen deren".split()  # noqa: SIM905
)
_OWN = frozenset(["eigenen", "eigener", "eigene"])
_VAGUE = frozenset(
    "ersten bisherigen jüngsten neuesten neuen vorläufigen weiteren übereinstimmenden "  # noqa: SIM905
    "unbestätigten offiziellen inoffiziellen aktuellen dortigen diesen".split()
)  # "nach ersten Angaben" names no one; "nach libyschen Angaben" names a side
_GENERIC = (
    "angaben", "informationen", "berichten", "aussagen", "erkenntnissen", "meldungen",
    "schätzungen", "darstellung", "mitteilung", "worten",
)  # fmt: skip
_REL = frozenset(["der", "die", "das", "welche", "welcher"])


def _own_subject(toks, i, j, lex):
    """The subject of the clause around a source phrase ``toks[i:j]`` with "eigenen"
    ("X zählt nach eigenen Angaben", "Nach eigenen Angaben reagierte sie", "die
    Beobachtungsstelle, die nach eigenen Angaben …")."""
    cs = i
    while cs > 0 and toks[cs - 1].text not in ",;:–":
        cs -= 1
    if cs == i:  # the phrase opens the clause: the subject follows the verb
        return find_mention(toks, lex, after=j + 1) if j + 1 < len(toks) else None
    if toks[cs].low in _REL and cs == i - 1 and cs > 1:  # the antecedent of "…, der nach …"
        k = next((x for x in range(cs - 2, max(-1, cs - 7), -1) if is_cap(toks[x])), -1)
        if k >= 0:
            e = k
            while k > 0 and is_cap(toks[k - 1]) and e - k < 3:
                k -= 1
            return Mention(toks[k].start, toks[e].end, "")
    if i - 1 > cs and is_cap(toks[i - 1]):
        k = i - 1
        while k > cs and (is_cap(toks[k - 1]) or toks[k - 1].low in lex.determiners):
            k -= 1
        return Mention(toks[k].start, toks[i - 1].end, "")
    return find_mention(toks[cs:i], lex, before=i - cs)


def _owner(toks, lows, i, k, j, lex):
    """The phrase ``toks[k:j]`` as a mention when its words name no one ("eigenen Angaben",
    "seinen Angaben", "ihrer Meinung"), with ``ref`` set to the clause subject or to the
    possessive pronoun (resolved like "er"/"sie"); None when the phrase names its source."""
    words = lows[k:j]
    ref = None
    if not _OWN.isdisjoint(words):
        ref = _own_subject(toks, i, j, lex) or "previous"
    elif words and words[0] in _POSSESSIVE:
        ref = Mention(toks[k].start, toks[k].end, toks[k].text)
    elif (
        words
        and words[-1] in _GENERIC
        and all(t.low in lex.determiners or t.low in _VAGUE for t in toks[k : j - 1])
    ):
        ref = "previous"  # "nach ersten Angaben", "Den Angaben zufolge": named before
    if ref is None:
        return None
    return Mention(toks[k].start, toks[j - 1].end, "", ref)


def _adj_np(toks, j, lex):
    """End index of a phrase opened by an article or adjectives and closed by its first
    capitalised word ("unabhängiger Experten", "einer ebenfalls beschlossenen
    Entschließung"), or ``j`` when there is none within five words."""
    k = j + 1 if toks[j].low in lex.determiners else j
    while (
        k < len(toks)
        and k - j < 5
        and toks[k].text[:1].islower()
        and toks[k].text.isalpha()
        and toks[k].low not in lex.verbs
        and (toks[k].low in lex.function or toks[k].low.endswith(("e", "er", "em", "en", "es")))
    ):
        k += 1
    if k < len(toks) and k > j and is_cap(toks[k]):
        return k + 1
    return j


def _after_source_noun(toks, lows, i, j, lex):
    """Speaker and frame end of "nach/laut Angaben X" (source noun ending before ``j``)."""
    n = len(toks)
    if j + 1 < n and lows[j] in ("ihrer", "seiner", "dieser"):  # "Angaben ihrer Witwen"
        k = _adj_np(toks, j, lex)
        if k > j + 1:
            return Mention(toks[j].start, toks[k - 1].end, ""), toks[k - 1].end
    if j < n and lows[j] in ("von", "aus", "des", "der", "eines", "einer"):
        m = find_mention(toks, lex, after=j + 1 if lows[j] in ("von", "aus") else j)
        if m is not None:
            return m, max(m.end, toks[j - 1].end)
    if j + 1 < n and lows[j].endswith("er") and lows[j] not in lex.function:
        k = _adj_np(toks, j, lex)  # "nach Angaben unabhängiger Experten" (genitive)
        if k > j + 1:
            return Mention(toks[j].start, toks[k - 1].end, ""), toks[k - 1].end
    m = _owner(toks, lows, i, i + 1, j, lex)
    if m is not None:
        return m, toks[j - 1].end
    return Mention(toks[i + 1].start, toks[j - 1].end, ""), toks[j - 1].end


def _source_noun(lows, k):
    """End index after a source noun ("Angaben", "eigenen Angaben", "Polizeiangaben") that
    starts within two words of ``k``; 0 if none."""
    for j in range(k, min(k + 3, len(lows))):
        if lows[j].endswith(SOURCE_NOUN_ENDS):
            return j + 1
    return 0


_AS_EXPECTED = frozenset(["erwartet", "angenommen"])  # "wie erwartet, …": no source
_OTHER = frozenset(["anderen", "anderer", "meiner", "unserer"])
_EVENTS = frozenset(["veröffentlichung", "auszählung"])


def _names_a_source(toks, lows, i, j):
    """False for a phrase ``toks[i:j]`` ("nach … Angaben") that names no source: a noun before
    the source noun ("nach Ende der Recherchen"; not a genitive name), other or the writer's
    figures ("nach anderen Angaben", "meiner Meinung nach"), the addressee's opinion in an
    interview ("Ihrer Meinung nach", capitalised inside the sentence) or an event after "nach
    der/dem" ("nach der Veröffentlichung", "nach der Auszählung": a time)."""
    for k in range(i + 1, j - 1):  # a name in the genitive stays: "nach Roths Meinung"
        if toks[k].text[:1].isupper() and not (k == j - 2 and lows[k].endswith("s")):
            return False
    if not _OTHER.isdisjoint(lows[i + 1 : j]):
        return False
    if lows[i] == "nach" and lows[i + 1] in ("der", "dem") and lows[j - 1] in _EVENTS:
        return False
    return not any(t.text == "Ihrer" for t in toks[i + 1 : j])


def _apposition(toks, lows, fb, lex, *, verb_after=False):
    """Extend a source phrase over ", einem unabhängigen Analysten," after it (with
    ``verb_after``, only when a lowercase word, the verb, follows it)."""
    n = len(toks)
    k = next((x for x in range(n) if toks[x].start >= fb), n)
    if (
        k < n - 2
        and toks[k].text == ","
        and (lows[k + 1] in lex.determiners or verb_after and is_cap(toks[k + 1]))
    ):  # ", einem Analysten," / ", Professor am Institut," before the verb
        j = k + 1
        while j < n and toks[j].text != "," and j - k < 8:
            j += 1
        if j < n and toks[j].text == ",":
            if verb_after and not (j + 1 < n and toks[j + 1].text[:1].islower()):
                return fb
            if lows[k + 1] not in lex.determiners and (
                lows[j + 1] in D_RELATIVES or not {"und", "oder"}.isdisjoint(lows[k + 1 : j])
            ):
                return fb  # a list of sources ("laut Polizei, Feuerwehr und Zoll, die …")
            return toks[j].end
    return fb


def _span_without(text, a, b, fa, fb):
    """The sentence [a, b) without the frame [fa, fb): one or two spans."""
    spans = []
    left = strip_end(text, a, fa)
    while left > a and text[left - 1] in ",–— ":
        left -= 1
    if left - a > 3:
        spans.append((a, left))
    right = fb
    while right < b and text[right] in ",–— ":
        right += 1
    end = strip_end(text, right, b)
    if end - right > 3:
        spans.append((right, end))
    return spans


def _relative_clause(toks, lows, i, fb, a, b):
    """The relative clause around a source phrase opening it ("Häftlinge, die laut Amnesty
    zu Unrecht einsitzen, hatten …", "ein Boot, auf dem sich nach Angaben X Geld befand,"):
    the quote is that clause, up to the comma after its verb (not one of a list)."""
    r = i - 1
    while r > 1 and lows[r] in ("sich", "es") and i - r < 3:
        r -= 1
    if r < 2 or lows[r] not in D_RELATIVES:
        return a, b
    if toks[r - 1].text != "," and lows[r - 1] in _REL_PREPS and r > 2:
        r -= 1  # "…, unter denen sich nach Einschätzung X …"
    if toks[r - 1].text != ",":
        return a, b
    end = next(
        (
            t.start
            for k, t in enumerate(toks)
            if t.start >= fb
            and t.text == ","
            and (toks[k - 1].text[:1].islower() or toks[k - 1].text in '“")')
        ),
        b,
    )
    return toks[r].start, end


# conjunctions that open a clause of their own around a source phrase ("…, da nach Angaben X
# die Frist verpasst wurde", "…, zumal das Wasser den Prognosen zufolge sinkt")
_SUBORDINATORS = frozenset(
    "da weil zumal sodass obwohl obgleich wobei nachdem falls während because since although "  # noqa: SIM905
    "while".split()
)


def _subordinate_clause(toks, lows, fa, fb, a, b):
    """The subordinate clause around a source phrase ("…, da nach Angaben der Firma die Frist
    verpasst wurde"): the quote is that clause, from its conjunction to the comma after its
    verb or the sentence end; the main clause is the author's. Else ``(a, b)``."""
    k = next((x for x in range(len(toks)) if toks[x].start >= fa), len(toks))
    j = k - 1
    while j >= 0 and toks[j].text not in ",;:" and lows[j] not in _SUBORDINATORS:
        j -= 1
    if j < 0 or lows[j] not in _SUBORDINATORS or toks[j].start < a:
        return a, b
    if j > 0 and toks[j - 1].text != ",":
        return a, b  # the conjunction opens the clause only after a comma or the sentence start
    end = next(
        (
            t.start
            for x, t in enumerate(toks)
            if t.start >= fb and t.text == "," and toks[x - 1].text[:1].islower()
        ),
        b,
    )
    return toks[j].start, min(end, b)


_REL_PREPS = frozenset(
    "an auf aus bei durch für gegen in mit nach über unter von vor zu".split()  # noqa: SIM905
)


_GENITIVE = frozenset(["der", "des", "eines", "einer"])
_FRAME_PREPS = frozenset(["gegenüber", "in", "im", "aus", "bei", "beim", "von", "vom", "des"])
_ADJ_ENDS = ("e", "en", "er", "em", "es")


def _to_verb(toks, lows, fb, lex):
    """A source phrase opening the sentence runs to the finite verb, the second place in a
    German sentence: "Nach Angaben der Polizei gegenüber dem Sender X ist …", "Laut einem
    Bericht Österreichs soll …". Unchanged when the verb is not found within ten words."""
    n = len(toks)
    k = next((x for x in range(n) if toks[x].start >= fb), n)
    if (
        k >= n
        or not (
            lows[k] in _FRAME_PREPS
            or toks[k].text[:1].isupper()
            or lows[k] in _GENITIVE  # "Nach einem Bericht der „Zeitung X“ ist …"
            and (toks[k - 1].text[:1].isupper() or toks[k - 1].text in ')“"')
        )
    ):
        return fb
    j = k
    while j < n and j - k < 10:
        t, low = toks[j], lows[j]
        if t.text in _OPEN and j > k:  # a title or bracket inside: "der „Zeitung X“ ist"
            close = _OPEN[t.text]
            e = next((x for x in range(j + 1, min(n, j + 10)) if toks[x].text == close), -1)
            if e < 0:
                return fb
            j = e + 1
            if j < n and toks[j].text[:1].islower():
                break  # the verb right after the title
            continue
        if not t.text[:1].isalnum():
            return fb  # punctuation before a verb: not a plain phrase
        if t.text[:1].isupper() or t.text[:1].isdigit() or low in lex.determiners | _FRAME_PREPS:
            j += 1
        elif (
            j + 1 < n
            and toks[j + 1].text[:1].isupper()
            and low.endswith(_ADJ_ENDS)
            and low not in lex.verbs
            and low not in lex.konjunktiv
        ):
            j += 1  # an adjective: "der nationalen Behörde"
        else:
            break
    if j == k or j >= n or j - k >= 10:
        return fb
    return toks[j - 1].end


def _np_word(toks, lows, k, lex):
    """True when token ``k`` can belong to the noun phrase before it: a noun or name, an
    article, a genitive link or an adjective before a noun ("unbestätigten Berichten")."""
    t = toks[k]
    if t.text[:1].isupper() or t.text[:1].isdigit() or lows[k] in lex.determiners:
        return True
    if lows[k] in ("von", "vom"):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and lows[k].endswith(_ADJ_ENDS)
        and lows[k] not in lex.verbs
        and (
            nxt.text[:1].isupper()
            or nxt.low.endswith(_ADJ_ENDS)
            and nxt.text[:1].islower()
            and nxt.low not in lex.determiners
        )
    )


_OPEN = {"(": ")", "„": "“", "»": "«"}


def _closing_tail(toks, fb):
    """The end of a source phrase, taking in a bracket or a title in marks right after it
    ("laut dem Geologischen Dienst (USGS)", "nach Angaben des Magazins „Auto heute“")."""
    k = next((j for j, t in enumerate(toks) if t.start >= fb), len(toks))
    while k < len(toks) and toks[k].text in _OPEN:
        close = _OPEN[toks[k].text]
        j = next((j for j in range(k + 1, min(len(toks), k + 12)) if toks[j].text == close), -1)
        if j < 0 or close == "“" and not (j == k + 2 or toks[k + 1].text[:1].isupper()):
            break  # words in marks, not a title: "nach Angaben X „sehr sorgfältig“ geprüft"
        fb, k = toks[j].end, j + 1
    return fb


def _semicolon_part(toks, fa, fb, a, b):
    """The part of the sentence between semicolons that holds the source phrase."""
    for k, t in enumerate(toks):
        if t.text == ";":
            if t.end <= fa and k + 1 < len(toks):
                a = toks[k + 1].start
            elif t.start >= fb:
                return a, t.start
    return a, b


def prepositional(s):
    """A source phrase ("laut X", "nach Angaben X", "X zufolge", "wie X mitteilte",
    "according to X"): the sentence without it is the quote."""
    text, toks, lows, lex, a, b = s.text, s.toks, s.lows, s.lex, s.start, s.end
    n = len(toks)
    first_verb = next((k for k, w in enumerate(lows) if w in lex.verbs), n)
    for i, w in enumerate(lows):
        fa = fb = None
        if w != "wie" and i > 1 and toks[i - 1].text == "," and first_verb < i - 1:
            continue  # "X sagte, nach neuen Erkenntnissen habe …": the verb's clause
        if w in ("laut", "gemäß") and i + 2 < n and toks[i + 1].text in '„“"»':
            j = next((k for k in range(i + 2, n) if toks[k].text in '“”"«'), -1)
            if j < 0 or j - i > 8:
                continue
            mention = Mention(toks[i + 2].start, toks[j - 1].end, "")  # laut „Welt“
            fa, fb = toks[i].start, toks[j].end
        elif (
            w == "aus"
            and i + 3 < n
            and (lows[i + 1] == "sicht" or lows[i + 1 : i + 3] == ["der", "sicht"])
            and lows[lows.index("sicht", i + 1) + 1] in ("der", "des", "von", "vom")
        ):
            j = lows.index("sicht", i + 1) + 1  # "aus Sicht der Verbände", "aus der Sicht X"
            mention, fb = _after_source_noun(toks, lows, i, j, lex)
            fa = toks[i].start
        elif (
            i + 1 < n
            and _source_noun(lows, i + 1) > 0
            and _names_a_source(toks, lows, i, _source_noun(lows, i + 1))
            and (
                w == "nach"
                or w in ("laut", "gemäß")  # "laut eigenen Angaben", "laut Angaben ihrer Witwen"
                and (
                    lows[i + 1].endswith(_GENERIC)  # not "laut Entwurf von …"
                    or _owner(toks, lows, i, i + 1, _source_noun(lows, i + 1), lex) is not None
                )
            )
        ):
            j = _source_noun(lows, i + 1)
            mention, fb = _after_source_noun(toks, lows, i, j, lex)
            fa = toks[i].start
            if w != "nach":
                fb = _apposition(toks, lows, fb, lex)  # "laut Berichten, die sich auf …,"
        elif (
            w in ("laut", "gemäß")
            and i + 1 < n
            and toks[i + 1].text[:1].isalnum()
            and (lows[i + 1] not in lex.function or lows[i + 1] in lex.determiners)
            and (i == 0 or lows[i - 1] not in _ADJ_LAUT)
            and (  # "Es wurde laut." is loud; "Die Lage ist laut Polizei ernst" is a source
                i == 0
                or lows[i - 1] not in _COPULA
                or toks[i + 1].text[:1].isupper()
                or lows[i + 1] in lex.determiners
            )
        ):
            m = find_mention(toks, lex, after=i + 1)
            k = _adj_np(toks, i + 1, lex)  # "laut österreichischer Erhebung"
            if m is None or m.start > toks[i + 1].start:
                end = toks[k - 1].end if k > i + 1 else toks[i + 1].end  # "laut el-Baradei"
                m = Mention(toks[i + 1].start, end, "")
            elif (
                i + 1 < k < n
                and m.end > toks[k - 1].end
                and toks[k].text[:1].islower()
                and lows[k] not in ("des", "der", "von", "vom")
            ):  # "laut einer neuen Studie schlafen Kinder": the phrase ends at its noun
                m = Mention(toks[i + 1].start, toks[k - 1].end, "")
            fa, fb, mention = toks[i].start, m.end, m
            fb = _apposition(toks, lows, fb, lex)
        elif (
            w == "nach"
            and i > 0
            and lows[i - 1].endswith(_POSTPOSED)
            and i + 1 < n
            and (i < 3 or lows[i - 2] not in _OTHER and toks[i - 2].text != "Ihrer")
            and lex.verbs.isdisjoint(lows)  # "X erklärte, Y sei seiner Meinung nach …"
        ):
            # "seiner Ansicht nach", "nach Meinung der Ärzte" is handled above
            j = i - 1
            while j > 0 and (lows[j - 1] in lex.determiners or lows[j - 1] in _POSS) and i - j < 3:
                j -= 1
            fa, fb = toks[j].start, toks[i].end
            mention = _owner(toks, lows, j, j, i, lex) or Mention(
                toks[j].start, toks[i - 1].end, ""
            )
        elif w == "zufolge" and i > 0 or w == "folge" and i > 1 and lows[i - 1] == "zu":
            if w == "folge":  # "Gerüchten zu Folge"
                i -= 1
            j = i - 1
            while j > 0 and toks[j - 1].text not in ",.;:" and i - j < 6:
                if not _np_word(toks, lows, j - 1, lex):
                    break  # "Die Zahl stieg den Behörden zufolge": the phrase starts after the verb
                j -= 1
            fa, fb = toks[j].start, toks[i + 1 if w == "folge" else i].end
            mention = None
            if i - j <= 3 and lows[i - 1].endswith(SOURCE_NOUN_ENDS):  # "Seinen Angaben zufolge"
                mention = _owner(toks, lows, j, j, i, lex)
            if mention is None:
                mention = Mention(toks[j].start, toks[i - 1].end, "")
        elif w == "according" and i + 1 < n and lows[i + 1] == "to":
            m = find_mention(toks, lex, after=i + 2)
            if m is None:
                continue
            fa, fb, mention = toks[i].start, m.end, m
            w = "according to"
        elif (
            w in ("wie", "as")
            and (i == 0 or toks[i - 1].text == ",")
            and lows[i + 1 : i + 2] != ["man"]  # "wie man sagt": an idiom
            and (i < 2 or lows[i - 2] != "so")  # "so, wie X das sagt": a comparison
        ):
            k = i + 1
            while k < n and toks[k].text != "," and k - i < 10:
                k += 1
            said = any(x in lex.verbs for x in lows[i + 1 : k])
            if not said and w == "wie" and k == n and i > 2:  # "…, wie Studien zeigen."
                said = lows[n - 1] in FINDINGS and toks[i - 1].text == ","
            if not said and k < n and w == "wie":  # "Wie gestern bekannt wurde, …"
                cues = word_set(lex.language, "clause_cues.txt") - _AS_EXPECTED
                said = not cues.isdisjoint(lows[i + 1 : k])
            if not said and w == "wie" and i > 2:  # "wie X, Chef von Y, mitteilte." at the end
                end = n - 1 if toks[-1].text in ".!?" else n
                if end - i < 20 and lows[end - 1] in lex.verbs and toks[end - 2].text == ",":
                    k, said = end, True
            if said and (k < n or i > 2):
                m = find_mention(toks, lex, after=i + 1)
                v = next((j for j in range(i + 1, k) if lows[j] in lex.verbs), k)
                if (m is None or m.start > toks[i + 1].end + 2) and v > i + 1:
                    m = Mention(toks[i + 1].start, toks[v - 1].end, "")  # "Wie de Maizière …"
                fa, fb, mention = toks[i].start, toks[min(k, n - 1)].end, m
            else:
                continue
        else:
            continue
        fb = _closing_tail(toks, fb)
        if fa == toks[0].start:  # the sentence's first phrase: up to the verb after it
            fb = _to_verb(toks, lows, _apposition(toks, lows, fb, lex, verb_after=True), lex)
        a, b = _relative_clause(toks, lows, i, fb, *_semicolon_part(toks, fa, fb, a, b))
        a, b = _subordinate_clause(toks, lows, fa, fb, a, b)
        spans = _span_without(text, a, b, fa, fb)
        if not spans:
            return None
        return Candidate(
            "indirect",
            spans[0][0],
            spans[-1][1],
            spans,
            mention,
            (toks[i].start, toks[i].end),
            (fa, fb if fb > fa else b),
            mention is None,
        )
    return None
