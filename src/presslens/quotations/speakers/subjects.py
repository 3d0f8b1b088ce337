"""The speaker of a cue verb: which noun phrase of the clause is its subject.

German main clauses put the finite verb second: the subject precedes it ("Der Minister
sagte") or, when an adverbial opens the clause ("Am Montag sagte der Minister"), follows it.
``subject`` also reaches back over appositions and relative clauses ("X, der Chef, sagte")
and leaves the pronouns of the reported clause alone ("erklärte, sie werde …").

A fronted time phrase ("Zwei Tage später sagte X", "Um 10 Uhr meldete X") is no subject.
A passive gives its "von" phrase as the source only in the verb's own clause ("X wurde von
Y zitiert", not "X, der von Y kam, sagte" nor "X wurde von Y befragt und erklärte"); without
one, a document it names is ("In einem Bericht der Zeitung wurde vermutet"). A verb joined
by "und" after a fronted clause shares the first verb's pronoun ("Danach lenkte er die Fähre
und meldete sich"); "und" with a noun phrase right before the verb opens a clause with that
subject ("… und die Bürger befürchten"). A "laut X" phrase in the cue's clause makes X the
speaker ("X geht laut einem Bericht der Zeitung davon aus": the words reach us through it).
``opinion_holder`` gives the person a Konjunktiv sentence opens with "Für" ("Für den
Theologen X sei der Rücktritt verständlich"): the continuation is that person's view.

Limits: fronted adjectives ("Besorgt äußerte sich X") and fronted objects other than
"das"/"dies" are taken as subjects; case is not checked.
"""

from __future__ import annotations

from functools import cache

from presslens.quotations.candidates import Mention
from presslens.quotations.lexicon import first_names, word_set
from presslens.quotations.phrases import noun_phrase_end, title_of
from presslens.quotations.speakers.mentions import find_mention
from presslens.quotations.words import SPEECH_NOUNS

__all__ = [
    "CONJUNCTIONS", "SUBORDINATE_OPENERS", "is_personal", "opinion_holder", "source_phrase",
    "subject",
]  # fmt: skip


def subject(toks, ci, lex):
    """The speaker phrase for the verb at ``ci``: a pronoun next to it, the phrase before it
    in its own clause, the phrase right after it when the clause opens with an adverbial
    ("Am Montag sagte der Minister", German verb-second order), else the first phrase of
    the sentence. A clause opened by a verb after an apposition ("X, der Chef, sagte")
    reaches back over the apposition; pronouns after a comma belong to the reported clause."""
    n = len(toks)
    v2 = lex.language == "de"  # the verb second: a subject may follow it ("Dann sagte sie")
    cs = _clause_start(toks, ci)
    if (
        cs > 1
        and toks[cs - 1].text == ","
        and (toks[cs].low in _FINITE or toks[cs].low in lex.verbs or toks[cs].low in lex.acts)
    ) and toks[_clause_start(toks, cs - 1)].low not in SUBORDINATE_OPENERS:
        # "X, der Chef, sagte" / "X, der dort lebt, sagte": back to the main clause (not
        # over a subordinate clause: "Weil Öl teuer ist, hat Minister X gefordert")
        cs = _clause_start(toks, cs - 1)
        for _ in range(2):
            if not (
                cs > 1
                and toks[cs - 1].text == ","
                and (toks[cs].low in lex.relatives or not v2 and toks[cs].low in _EN_ARTICLES)
            ):  # "X, who …, said" / "X, an automaker that …, said"
                break
            cs = _clause_start(toks, cs - 1)
            if cs > 1 and toks[cs - 1].text == "," and _age(toks, cs):
                cs = _clause_start(toks, cs - 1)  # "X, 41, who …, said": over the age too
    while cs < ci - 1 and toks[cs].low in CONJUNCTIONS:
        cs += 1  # "…, und UNICEF rief Russland auf"
    for k in range(ci - 2, cs, -1):  # "X war ernst und die Bürger befürchten, …"
        if toks[k].low in _AND and toks[k + 1].low in lex.determiners:
            j = noun_phrase_end(toks, k + 1, lex)
            if j > k + 2 and (j == ci or j == ci - 1 and toks[j].text[:1].islower()):
                return Mention(toks[k + 1].start, toks[j - 1].end, "")
            break
    if (
        cs > 0
        and cs < ci
        and toks[cs - 1].text == ","
        and toks[cs].low in lex.relatives
        and not toks[cs + 1].text[:1].isupper()
    ):  # "…, der alle Nichtmoslems aufforderte" / "…, das vorschlug": the relative pronoun
        return _tok(toks[cs])
    src = source_phrase(toks, cs, ci, lex)
    if src is not None:
        return src
    if (
        toks[cs].low in _SUBORDINATE
        and ci > cs + 1
        and toks[ci].text[:1].islower()
        and (ci + 1 >= n or toks[ci + 1].text in ",;:")
        and _FINITE.isdisjoint(t.low for t in toks[cs + 1 : ci])
    ):  # a subordinate clause with its verb last: "Als X am Sonntag sagte, …" (not the main
        # clause "Als Grund wurde angegeben, …")
        m = find_mention(toks, lex, after=cs + 1, subject=True)
        if m is not None and m.end <= toks[ci].start:
            return m
    via = _laut(toks, cs, ci, lex)
    if via is not None:
        return via
    if ci - 1 > cs and toks[ci - 1].low in _AND and _fronted(toks, cs, lex):
        # "Nach dem Flug lenkte er die Fähre und meldete sich": the first verb's pronoun
        for k in range(cs + 1, ci - 1):
            if toks[k].low in lex.pronouns and toks[k - 1].text[:1].islower():
                return _tok(toks[k])
    if not v2 and 0 < ci < n - 1 and toks[ci - 1].text in ',"”“':
        m = find_mention(toks, lex, after=ci + 1, subject=True)
        k = next((k for k in range(ci + 1, n) if m is not None and toks[k].start >= m.end), n)
        if (
            m is not None
            and m.start == toks[ci + 1].start
            and toks[ci + 1].low != "that"
            and (k == n or toks[k].text in ",.;:!?")
        ):
            return m  # '"…," said the mayor.' / '…, said Harper, …': inverted after a quote
    if (
        v2
        and ci + 1 < n
        and toks[ci + 1].low in lex.pronouns
        and not _object_pronoun(toks, cs, ci, lex)
    ):
        return _tok(toks[ci + 1])
    if (
        ci > cs
        and toks[ci - 1].low in lex.pronouns
        and not (ci - 2 >= cs and toks[ci - 2].low in _PREPOSITIONS)
    ):  # not 'Für sie fordert X'
        if toks[ci - 1].low in ("das", "dies", "dieses") and ci - 1 == cs:
            m = find_mention(toks, lex, after=ci + 1, subject=True)
            if m is not None:
                return m  # "Das lehnte Abhisit ab": the object comes first
        return _tok(toks[ci - 1])
    if v2 and ci + 2 < n and toks[ci + 1].text[:1].isalnum() and toks[ci + 2].low in lex.pronouns:
        return _tok(toks[ci + 2])
    if v2 and ci > cs and _fronted(toks, cs, lex) and not _focus(toks, cs, ci, lex):
        m = find_mention(toks, lex, after=ci + 1, subject=True)
        if m is not None and m.start <= toks[min(ci + 3, n - 1)].end:
            return m
    m = find_mention(toks[cs:], lex, before=ci - cs) if ci > cs else None
    if v2 and m is not None and not is_personal(toks, m, lex):
        after = find_mention(toks, lex, after=ci + 1, subject=True)
        if (
            after is not None
            and after.start <= toks[min(ci + 2, n - 1)].end
            and is_personal(toks, after, lex)
            and _nominative_start(toks, after, lex)
        ):
            return after  # a fronted object: "Jede Verantwortung weist Minister X von sich"
    if m is None and v2:
        m = find_mention(toks, lex, after=ci + 1, subject=True)
        if m is not None and ci + 1 < n and m.start > toks[min(ci + 4, n - 1)].end:
            m = None
    if m is None:
        m = find_mention(toks, lex, before=ci)
    return m


_EN_ARTICLES = frozenset(["a", "an", "the"])


def _age(toks, k):
    """True when token ``k`` is an age in apposition (", 41,")."""
    return (
        toks[k].text.isdigit()
        and len(toks[k].text) <= 3
        and toks[k + 1 : k + 2] != []
        and (toks[k + 1].text == ",")
    )


def opinion_holder(toks, lex):
    """The person a sentence opens with "Für" ("Für den Theologen X sei der Rücktritt
    verständlich", "Für Senator X ist das ein „…“"): whose view it states; else None."""
    if len(toks) < 4 or toks[0].low != "für":
        return None
    j = noun_phrase_end(toks, 1, lex, adj_start=True)
    if j <= 1:
        return None
    m = Mention(toks[1].start, toks[j - 1].end, "")
    return m if is_personal(toks, m, lex) else None


SUBORDINATE_OPENERS = frozenset(
    "nachdem da als wenn weil obwohl während bevor sobald falls ob dass wie seit seitdem".split()  # noqa: SIM905
)
CONJUNCTIONS = frozenset(["und", "aber", "oder", "doch", "sondern", "denn"])
_SUBORDINATE = frozenset("als nachdem weil obwohl wenn da sobald bevor falls".split())  # noqa: SIM905
_AND = frozenset(["und", "sowie", "oder"])  # "aber", "doch" are particles too
_IN = frozenset(["in", "im", "aus", "bei", "beim", "auf"])
_BY = frozenset(["von", "vom"])
_PASSIVE_AUX = frozenset(["wurde", "wurden", "wird", "werden", "worden", "war"])


_LAUT = frozenset(["laut", "gemäß"])


def _laut(toks, cs, ci, lex):
    """The source of a "laut X" phrase in the cue's clause ("X geht laut dem Bericht der
    Zeitung davon aus", "bestätigte X laut Reuters"): the words reach us through it."""
    end = next((k for k in range(ci + 1, len(toks)) if toks[k].text in ",;:"), len(toks))
    for k in range(cs, end):
        if toks[k].low in _LAUT:
            m = find_mention(toks, lex, after=k + 1)
            if m is not None:
                return m
        if toks[k].low == "zufolge":  # "X sagte einem Bericht der Zeitung zufolge"
            for i in range(max(cs, k - 6), k):
                if noun_phrase_end(toks, i, lex) == k:
                    return Mention(toks[i].start, toks[k - 1].end, "")
    return None


def source_phrase(toks, cs, ci, lex):
    """The source of an impersonal or passive frame: "In der Resolution heißt es",
    "Aus Paris hieß es", "wurden von den Behörden angewiesen"."""
    n = len(toks)
    lows = [t.low for t in toks]
    if lows[ci] in ("heißt", "hieß", "geheißen") and "es" in lows[max(cs, ci - 2) : ci + 2]:
        for k in range(cs, min(n - 1, ci + 6)):
            if lows[k] in _IN and k != ci:
                m = find_mention(toks, lex, after=k + 1)
                if m is not None:
                    return m
        return None
    # the verb's own clause, not a relative clause before it ("X, der dort war, sagte") nor
    # a first conjunct ("X wurde von Y befragt und erklärte")
    own = _clause_start(toks, ci)
    for k in range(own, ci):
        nxt = toks[k + 1]
        if lows[k] in _AND and nxt.text[:1].islower() and nxt.low not in lex.determiners:
            own = k + 1
    main = range(own, ci)
    if any(lows[k] in _PASSIVE_AUX for k in main) or (ci + 1 < n and lows[ci + 1] == "worden"):
        for k in main:
            if lows[k] in _BY:
                m = find_mention(toks, lex, after=k + 1)
                if m is not None and m.end <= toks[ci].start:
                    return m
        for k in main:  # "In einem Bericht der Zeitung wurde vermutet"
            if lows[k] in _IN:
                m = find_mention(toks, lex, after=k + 1)
                if m is not None and m.end <= toks[ci].start and _document(toks, m):
                    return m
    return None


@cache
def _speech_nouns():
    return tuple(w for w in SPEECH_NOUNS if len(w) > 3)


def _document(toks, m):
    """True when the phrase ``m`` is headed by a noun of saying or a compound of one
    ("einem Bericht der Zeitung", "einer Pressemitteilung")."""
    nouns = _speech_nouns()
    inside = [t.low for t in toks if m.start <= t.start < m.end and t.text[:1].isupper()]
    return bool(inside) and inside[0].endswith(nouns)


_FINITE = frozenset(
    "hat hatte hatten haben habe ist war waren sind sei wurde wurden wird werden".split()  # noqa: SIM905
)
_ADVERBIAL = frozenset(
    "am im in an auf aus bei mit nach seit von vor zum zur zu für gegen über unter um durch "  # noqa: SIM905
    "ohne bis laut gemäß wegen trotz während angesichts als".split()
)


_PREPOSITIONS = frozenset(
    "für gegen mit von vor zu bei nach über unter auf an in aus um durch ohne".split()  # noqa: SIM905
)
_ADVERB_ENDS = ("lich", "weise", "ell", "mals", "dings", "falls", "end", "gemäß")


def is_personal(toks, m, lex):
    """True when the phrase ``m`` names a person: a first name, a pronoun or a title noun
    ("Minister", "Sprecherin")."""
    names = first_names(lex.language)
    for t in toks:
        if m.start <= t.start < m.end and (
            t.text in names or t.low in lex.pronouns or title_of(lex.language, t.low)
        ):
            return True
    return False


def _nominative_start(toks, m, lex):
    """True when the phrase starts like a subject: "der"/"ein" or a title noun, not a bare
    name (which is often a dative or accusative object: "werfen Norbert Lammert … vor")."""
    first = next(t for t in toks if t.start >= m.start)
    return first.low in ("der", "ein") or bool(title_of(lex.language, first.low))


def _object_pronoun(toks, cs, ci, lex):
    """True when "sie"/"es" after the verb is its object: a phrase with an article opens the
    clause ("Der Chef nannte sie „fahrlässig“"), not an adverbial ("Dann sagte sie")."""
    return (
        toks[ci + 1].low in ("sie", "es")
        and ci > cs + 1
        and toks[cs].low in lex.determiners
        and not _fronted(toks, cs, lex)
    )


_FOCUS = frozenset(["auch", "selbst", "sogar", "nur", "gerade"])


def _focus(toks, cs, ci, lex):
    """True when a focus particle opens the clause before its subject ("Auch die Ministerin
    X sagte"), unlike "Auch sagte X" or "Auch am Montag sagte X"."""
    return (
        toks[cs].low in _FOCUS
        and ci > cs + 2
        and (toks[cs + 1].low in lex.determiners or toks[cs + 1].text[:1].isupper())
    )


def _clause_start(toks, ci):
    """Start of the clause of ``ci``: after the last comma, semicolon or colon before it,
    not counting those in brackets ("X (Awoda, dt. Arbeiterpartei) bekräftigt")."""
    cs, depth = ci, 0
    while cs > 0:
        t = toks[cs - 1].text
        if t == ")":
            depth += 1
        elif t == "(" and depth:
            depth -= 1
        elif t in ",;:" and not depth and not _date_apposition(toks, cs) and not _decimal(toks, cs):
            break
        cs -= 1
    return cs


def _decimal(toks, k):
    """True at the comma of a decimal number ("3,5 Milliarden"): no clause boundary."""
    return (
        k > 1
        and k < len(toks)
        and toks[k - 2].text.isdigit()
        and toks[k].text[:1].isdigit()
        and toks[k - 2].end == toks[k - 1].start
        and toks[k - 1].end == toks[k].start
    )


def _date_apposition(toks, k):
    """True at ", den 7. Oktober" / ", dem 5. Mai" (after "am Donnerstag"): no clause."""
    return k + 1 < len(toks) and toks[k].low in ("den", "dem") and toks[k + 1].text[:1].isdigit()


def _tok(t):
    return Mention(t.start, t.end, t.text)


def _fronted(toks, cs, lex):
    """True when the clause opens with an adverbial (a preposition, an adverb, or a word
    followed by a preposition: "Passend zu …"), so its subject follows the verb."""
    first = toks[cs].low
    time = word_set(lex.language, "fronted_time_words.txt")
    if first[:1].isdigit() or any(t.low in time for t in toks[cs : cs + 3]):
        return True  # "Zwei Stunden später sagte X", "1998 erklärte X"
    if (
        first == "selbst"
        or first in _ADVERBIAL
        or (first in lex.function and first not in lex.pronouns)
    ):
        return True
    if len(first) > 5 and first.endswith(_ADVERB_ENDS) and first not in lex.determiners:
        return True  # "Offiziell geht die Regierung davon aus"
    return (
        cs + 1 < len(toks)
        and toks[cs + 1].low in _ADVERBIAL
        and first not in lex.determiners
        and not toks[cs].text[:1].isupper()
        or (cs + 1 < len(toks) and toks[cs + 1].low == "zu" and first not in lex.determiners)
    )
