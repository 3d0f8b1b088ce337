"""Find name mentions in one text: gazetteer names, people by cues, known surnames.

German capitalises every noun, so a capitalised word is never taken as a name on its own. A
person is found by a cue: a known first name followed by a capitalised word ("Dmitri Peskow"),
a title or function right before a capitalised word that is not a common word ("Präsident
Macron") or before a pair of capitalised words that closes its phrase ("Der Forscher Urs Meier
sagte"; an office word of ``office_words.txt`` cues only such a pair), or a verb of saying
right before one ("sagte Peskow."). Once a person is known, the bare surname is found
everywhere (``add_surnames``), also with a German genitive -s ("Putins"). A word that starts a
multi-word gazetteer name is a name word where that name does not follow ("Max Berg", not
"Berg-Karabach").

Limits: surnames that are also common words ("Kurz", "Wolf") are not found bare at the start of
a sentence; a name without any cue anywhere in the corpus is missed; first names are a fixed
list (``first_names.txt``); name particles (von, van, de, al) are joined only inside a name that
starts with a first name or a pair after a title. A pair after a title is read as a name unless
a word is inflected, a function word, a month or weekday, or a possessor before a known noun
("Bürgermeisterin Duvenbecks Plan"); a plural -s noun then a noun ("der Trainer Fans Mut
machte") still passes; an unknown first name before a place ("Rajko Bern") is not a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import simplemma

from presslens.ner.gazetteer import WORD, Entry, NameLexicon, determiners
from presslens.resources import load_list, load_set, load_set_all, load_yaml

__all__ = [
    "NameScan", "NameMention", "scan", "add_surnames", "regroup_names", "title_of",
    "office_word", "lemma",
]  # fmt: skip


def _particles(kind: str) -> frozenset[str]:
    return frozenset(
        w
        for w, _, k in (line.partition("|") for line in load_list("common", "name_particles.txt"))
        if k.strip() == kind
        for w in [w.strip()]
    )


_PREPOSITIONS = _particles("preposition")  # "von", "zu": no common word may follow
_PARTICLES = _particles("lower") | _PREPOSITIONS  # "von", "al": may follow a first name
_CAP_PARTICLES = _particles("capital")  # "Van der Bellen"
_SECOND_PARTICLES = _particles("second")  # "der" after "Van"
_SAYING = load_set_all("name_cue_verbs.txt")  # "sagte Peskow."
_STOP = load_set_all("name_stopwords.txt")  # capitalised words that never start a name
_FUNCTION_WORDS = {lang: load_set(lang, "stopwords.txt") for lang in ("de", "en")}  # "Nur"


def _time_words(language: str) -> frozenset[str]:
    """Month and weekday names (timex resources), lower case."""
    months = load_yaml(language, "months.yaml") or {}
    weekdays = (load_yaml(language, "timex_vocab.yaml") or {}).get("weekday", {})
    forms = [f for table in (months, weekdays) for fs in table.values() for f in fs]
    return frozenset(str(f).lower() for f in forms)


_TIME_WORDS = {lang: _time_words(lang) for lang in ("de", "en")}
_WEEKDAYS = tuple(
    w for lang in ("de", "en") for w in _TIME_WORDS[lang] if w.endswith(("tag", "day", "woch"))
)
_LEMMAS: dict[tuple[str, str], str] = {}


def lemma(word: str, language: str) -> str:
    """simplemma lemma of a word, cached."""
    key = (word, language)
    out = _LEMMAS.get(key)
    if out is None:
        out = simplemma.lemmatize(word, lang=language)
        if language == "de" and word[:1].isupper():
            out = out[:1].upper() + out[1:]
        _LEMMAS[key] = out
    return out


_ENDINGS = ("innen", "en", "es", "n", "s", "e")  # German inflection endings of titles
_KNOWN: dict[tuple[str, str], bool] = {}


def known_word(word: str, language: str) -> bool:
    """Whether simplemma's dictionary knows the lower-cased word (a common word), cached."""
    key = (word, language)
    out = _KNOWN.get(key)
    if out is None:
        out = _KNOWN[key] = simplemma.is_known(word.lower(), lang=language)
    return out


_TITLES: dict[str, dict[str, tuple[str, str, str] | None]] = {"de": {}, "en": {}}
_MISSING = object()


def _title_match(word: str, lex: NameLexicon, language: str) -> tuple[str, str, str] | None:
    """``(label, group, key)`` of the title ``word`` is or ends in; ``key`` is the listed title
    (lower case) it matched. Cached per word."""
    cache = _TITLES[language]
    out = cache.get(word, _MISSING)
    if out is not _MISSING:
        return out
    out = None
    if language == "de" and word[:1].isupper() and len(word) >= 4:
        # cheap test first: the word, or the word without an inflection ending, ends in a title
        stems = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e)]
        if any(lex.title_suffix.match(w.lower()[::-1]) for w in stems):
            lem = lemma(word, "de")
            for cand in (lem, *stems):
                m = lex.title_suffix.match(cand.lower()[::-1])
                if m and len(cand) >= 4:
                    key = m.group()[::-1]
                    out = (cand, lex.titles[key], key)
                    break
    elif language == "en":
        low = word.lower()
        if low in lex.titles or low[:-1] in lex.titles or low[:-2] in lex.titles:
            lem = lemma(low, "en")
            if lem in lex.titles:
                out = (lem, lex.titles[lem], lem)
    cache[word] = out
    return out


def title_of(word: str, lex: NameLexicon, language: str) -> tuple[str, str] | None:
    """``(label, group)`` if ``word`` is a title or function noun (or a compound ending in one).

    Titles are those of ``person_titles.txt`` and ``office_words.txt``. German titles must be
    capitalised; English ones are matched in any case. The label is the lemma (German as
    written, English in lower case). Results are cached per word.
    """
    found = _title_match(word, lex, language)
    return None if found is None else found[:2]


def office_word(word: str, lex: NameLexicon, language: str) -> str | None:
    """How ``word`` cues a name if it is a title only through ``office_words.txt``: "pair"
    ("Kreisbrandmeister", "superintendent": it names a pair of capitalised words after it, never
    a single unknown word), "none" (marked ``nocue``: "Vertreter" stands before teams too);
    None for a title of ``person_titles.txt`` or no title."""
    found = _title_match(word, lex, language)
    if found is None or found[2] not in lex.office_words:
        return None
    return "none" if found[2] in lex.label_only else "pair"


@dataclass(slots=True)
class NameMention:
    """A name found in one text while scanning (the ``entities`` row is built from it)."""

    start: int
    end: int
    kind: str
    entity: str | None  # canonical name (gazetteer) or None for people until resolved
    first: str | None = None
    last: str | None = None
    t0: int = 0  # first and last token index (inclusive)
    t1: int = 0
    paired: bool = False  # first name not from the list: two words after a title (_name_pair)


@dataclass(slots=True)
class NameScan:
    """One text as the name rules read it: word tokens, capitalised ones, the names found."""

    text: str
    language: str
    toks: list  # (start, end, word)
    caps: list  # indexes of capitalised tokens
    mentions: list = field(default_factory=list)
    used: set = field(default_factory=set)  # token indexes inside a mention


def _space(gap: str) -> bool:
    """Whether a gap between two name parts is a space (also doubled or non-breaking)."""
    return gap == " " or (len(gap) <= 3 and gap.isspace() and "\n" not in gap)


def _gap(toks, text, i) -> str:
    return text[toks[i - 1][1] : toks[i][0]] if i > 0 else ""


def _gazetteer_at(doc: NameScan, lex: NameLexicon, i: int) -> Entry | None:
    """The gazetteer entry whose tokens start at token i (longest first), or None."""
    toks, text = doc.toks, doc.text
    word = toks[i][2]
    entries = lex.by_first.get(word)
    if entries is None and doc.language == "de" and len(word) > 3 and word[-1] == "s":
        entries = lex.by_first.get(word[:-1])
        entries = tuple(e for e in entries or () if len(e.tokens) == 1)
    n = len(toks)
    for e in entries or ():
        k = len(e.tokens)
        if i + k > n:
            continue
        if all(
            toks[i + j][2] == e.tokens[j] and len(_gap(toks, text, i + j)) <= 2 for j in range(1, k)
        ):
            return e
    return None


def _match_gazetteer(doc: NameScan, lex: NameLexicon, i: int) -> int:
    """Add a gazetteer mention at token i if one starts there; return tokens consumed."""
    e = _gazetteer_at(doc, lex, i)
    if e is None:
        return 0
    k = len(e.tokens)
    doc.mentions.append(
        NameMention(doc.toks[i][0], doc.toks[i + k - 1][1], e.kind, e.entity, t0=i, t1=i + k - 1)
    )
    doc.used.update(range(i, i + k))
    return k


def _is_name_word(word: str, lex: NameLexicon, language: str) -> bool:
    """A capitalised word that may be part of a name: no stop word, acronym or title (an
    office word may be a surname: "Christina Stürmer", "Clara Holzmeister")."""
    return (
        len(word) > 1
        and word[0].isupper()
        and word not in _STOP
        and not (len(word) > 1 and word.isupper() and len(word) < 5)  # acronyms
        and (title_of(word, lex, language) is None or office_word(word, lex, language) is not None)
    )


def _name_at(doc: NameScan, lex: NameLexicon, i: int) -> bool:
    """Whether token i may be part of a person's name: capitalised, no stop word, acronym or
    title, and no gazetteer name starting there ("Berg" is a name word, "Berg-Karabach" a
    place; "Bern" a place)."""
    word = doc.toks[i][2]
    return _is_name_word(word, lex, doc.language) and (
        word not in lex.by_first or _gazetteer_at(doc, lex, i) is None
    )


def _name_pair(doc: NameScan, lex: NameLexicon, i: int) -> bool:
    """Whether tokens i and i+1 read as first name and surname after a title: two capitalised
    name words that close their phrase ("Der Forscher Urs Meier sagte", "Staatssekretär Max
    Berg,"). German capitalises nouns, so neither may be an inflected common noun ("der
    Minister Reformen Vorrang gibt"), except a first name read as an -s plural ("Urs")."""
    toks, text, language = doc.toks, doc.text, doc.language
    if i + 1 >= len(toks) or not _space(_gap(toks, text, i + 1)):
        return False
    if not (_name_at(doc, lex, i) and _name_at(doc, lex, i + 1)):
        return False
    first, last = toks[i][2], toks[i + 1][2]
    stop = _FUNCTION_WORDS.get(language, frozenset())
    if first.lower() in stop or last.lower() in stop:
        return False  # "Hochegger Nur eine Stunde später"
    if known_word(last, language) and not _uninflected(last, language):
        return False
    if known_word(last, language) and not known_word(first, language) and first[-1] in "s'’":
        return False  # a possessor before a noun: "Bürgermeisterin Duvenbecks Plan"
    time = _TIME_WORDS.get(language, frozenset())
    if first.lower() in time or last.lower() in time or last.lower().startswith(_WEEKDAYS):
        return False  # "Kurier-Fotograf Anfang Juni", "Kanzler Faymann Dienstagabend"
    if known_word(first, language) and not _uninflected(first, language):
        base = lemma(first, language)
        if not (language == "de" and first == base[:1].upper() + base[1:] + "s"):
            return False
    end = toks[i + 1][1]
    after = text[end : end + 2]
    if after[:1] in ",.;:)!?" or after in (" (", " –", " -") or end == len(text):
        return True
    return i + 2 < len(toks) and _gap(toks, text, i + 2) == " " and toks[i + 2][2][:1].islower()


def _person(doc: NameScan, i: int, j: int, first: str | None) -> None:
    toks = doc.toks
    doc.mentions.append(
        NameMention(
            toks[i][0], toks[j][1], "person", None, first=first, last=toks[j][2], t0=i, t1=j
        )
    )
    doc.used.update(range(i, j + 1))


def scan(text: str, language: str, lex: NameLexicon) -> NameScan:
    """First pass over one text: gazetteer names and people found by cues."""
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    caps = [i for i, t in enumerate(toks) if t[2][0].isupper()]
    doc = NameScan(text, language, toks, caps)
    n = len(toks)
    first_names, by_first = lex.first_names, lex.by_first
    genitive = language == "de"
    skip = 0  # tokens before this index are inside a mention
    for i in caps:
        if i < skip:
            continue
        word = toks[i][2]
        if word in by_first or (genitive and word[-1] == "s" and word[:-1] in by_first):
            k = _match_gazetteer(doc, lex, i)
            if k:
                skip = i + k
                continue
        if word in first_names and i + 1 < n:
            j = _extend_name(doc, lex, i)
            first_end = _first_name_end(doc, lex, i)
            if j > first_end and not _compound_follows(doc, j):
                k = _surname_start(doc, lex, first_end, j)
                _person(doc, i, j, text[toks[i][0] : toks[k - 1][1]])
                doc.mentions[-1].last = text[toks[k][0] : toks[j][1]]
                skip = j + 1
                continue
        if (
            i + 1 < n
            and title_of(word, lex, language) is not None
            and _space(_gap(toks, text, i + 1))
            and (i not in doc.used)
        ):
            nxt = toks[i + 1][2]
            no_first = nxt not in first_names or _extend_name(doc, lex, i + 1) == i + 1
            cue = office_word(word, lex, language)
            if (
                no_first
                and cue is None  # an office word names no single word: "Agent Orange"
                and _name_at(doc, lex, i + 1)
                and (
                    not known_word(nxt, language)
                    or (_uninflected(word, language) and _closes_phrase(doc, i + 1))
                )
            ):
                j = i + 1  # "Präsident Tomislav Nikolić": unknown capitalised words follow
                paired = False
                while j + 1 < n and j - i < 3 and _space(_gap(toks, text, j + 1)):
                    nxt = toks[j + 1][2]
                    if nxt in _PARTICLES or nxt in _CAP_PARTICLES:  # "Nguyen Van Ly"
                        k = _particle_run(doc, lex, j)
                        if k == j:
                            break
                        j = k
                    elif _name_at(doc, lex, j + 1) and (
                        not known_word(nxt, language)
                        or (j == i + 1 and _name_pair(doc, lex, j))  # "Tomas Berg reiste"
                    ):
                        paired = paired or known_word(nxt, language)
                        j += 1
                    else:
                        break
                _person(doc, i + 1, j, text[toks[i + 1][0] : toks[j - 1][1]] if j > i + 1 else None)
                doc.mentions[-1].paired = paired
                skip = j + 1
            elif no_first and cue != "none" and _name_pair(doc, lex, i + 1):
                j = _particle_run(doc, lex, i + 2)  # "IS-Anführer Abu Bakr al-Baghdadi"
                if j == i + 2:
                    _person(doc, i + 1, j, nxt)  # "Der Forscher Urs Meier sagte"
                    doc.mentions[-1].paired = True
                else:
                    _person(doc, i + 1, j, text[toks[i + 1][0] : toks[i + 2][1]])
                    doc.mentions[-1].last = text[toks[i + 3][0] : toks[j][1]]
                skip = j + 1
    # verbs of saying: "sagte Peskow." / "said Peskov,"
    for i in caps:
        if i and toks[i - 1][2] in _SAYING and i not in doc.used and _gap(toks, text, i) == " ":
            word = toks[i][2]
            after = text[toks[i][1] : toks[i][1] + 1]
            if after in ".,;:" and _name_at(doc, lex, i) and not known_word(word, language):
                _person(doc, i, i, None)
    return doc


def _first_name_end(doc: NameScan, lex: NameLexicon, i: int) -> int:
    """Last token of the first name at token i: "Jean-Claude" and "Hans-Peter" are one."""
    toks, text = doc.toks, doc.text
    j = i
    while j + 1 < len(toks) and _gap(toks, text, j + 1) == "-":
        joined = text[toks[i][0] : toks[j + 1][1]]
        if joined not in lex.first_names and toks[j + 1][2] not in lex.first_names:
            break
        j += 1
    return j


def _particle_run(doc: NameScan, lex: NameLexicon, j: int) -> int:
    """Last token of "von der Leyen", "Van der Bellen", "al-Mikhlafi" after token j, or j."""
    toks, text = doc.toks, doc.text
    n = len(toks)
    k = j + 1
    if k >= n:
        return j
    word = toks[k][2]
    if not (word in _PARTICLES or word in _CAP_PARTICLES):
        return j
    if k + 1 < n and toks[k + 1][2] in _SECOND_PARTICLES and _gap(toks, text, k + 1) == " ":
        k += 1
    if k + 1 >= n:
        return j  # a particle ending the text ("... Ursula von") starts no surname
    name = toks[k + 1][2]
    preposition = toks[j + 1][2] in _PREPOSITIONS
    if (
        (_space(_gap(toks, text, k + 1)) or _gap(toks, text, k + 1) == "-")
        and _name_at(doc, lex, k + 1)
        and not (preposition and known_word(name, doc.language))
        and not (preposition and k + 2 < n and toks[k + 2][2][:1].isupper())
    ):
        return k + 1
    return j


def _compound_follows(doc: NameScan, j: int) -> bool:
    """Whether token j is the first part of a hyphenated compound noun ("Ernst-Happel-Stadion",
    "Cameron-Gipfel"): such a name is a modifier, no mention of the person."""
    toks = doc.toks
    return j + 1 < len(toks) and _gap(toks, doc.text, j + 1) == "-" and toks[j + 1][2][:1].isupper()


def _uninflected(word: str, language: str) -> bool:
    """Whether a word is its own lemma: "Cameron", "Kurz", not the plural "Flamingos"."""
    return lemma(word, language) == word or word[:1].upper() + lemma(word, language)[1:] == word


def _closes_phrase(doc: NameScan, i: int) -> bool:
    """Whether a known capitalised word at token i ends its phrase, as a surname after a title
    does: "der britische Premierminister Cameron." or "Staatsanwalt Franke (SPÖ)", not
    "der Minister Zugeständnisse machte" (German nouns are capitalised; names are not told
    apart from them by the dictionary, which holds "Cameron")."""
    toks, text = doc.toks, doc.text
    word = toks[i][2]
    after = text[toks[i][1] : toks[i][1] + 2]
    return lemma(word, doc.language) == word and (
        after[:1] in ",.;:)" or after in (" (", " –", " -") or toks[i][1] == len(text)
    )


def _extend_name(doc: NameScan, lex: NameLexicon, i: int) -> int:
    """Last token of a name starting with the first name at token i."""
    toks, text, language = doc.toks, doc.text, doc.language
    n = len(toks)
    first_end = _first_name_end(doc, lex, i)
    j = first_end
    while j + 1 < n and j - i < 3:
        gap = _gap(toks, text, j + 1)
        nxt = toks[j + 1][2]
        if _space(gap) and (nxt in _PARTICLES or nxt in _CAP_PARTICLES):
            k = _particle_run(doc, lex, j)
            if k == j:
                break
            j = k
        elif (
            _space(gap)
            and _name_at(doc, lex, j + 1)
            and (j == first_end or toks[j][2] in lex.first_names or not known_word(nxt, language))
        ):
            j += 1
        elif gap == "-" and _name_at(doc, lex, j + 1) and title_of(nxt, lex, language) is None:
            j += 1  # double-barrelled "Johanna Mikl-Leitner"
        elif gap == "-" and j > i and nxt.isalpha() and nxt.islower() and len(toks[j][2]) <= 3:
            j += 1  # a lower-case syllable after a hyphen: "Ban Ki-moon", "Moon Jae-in"
        else:
            break
    return j


def _surname_start(doc: NameScan, lex: NameLexicon, first_end: int, j: int) -> int:
    """First token of the surname ending at token j: "Mikl-Leitner", "von der Leyen"."""
    toks, text = doc.toks, doc.text
    k = j
    while k - 1 > first_end and _gap(toks, text, k) in ("-", " "):
        prev = toks[k - 1][2]
        if _gap(toks, text, k) == "-" and prev not in lex.first_names:
            k -= 1  # a double-barrelled surname starts after the last hyphen run
        elif prev in _PARTICLES or prev in _CAP_PARTICLES or prev in _SECOND_PARTICLES:
            k -= 1
        else:
            break
    return k


def add_surnames(doc: NameScan, surnames: dict[str, str]) -> None:
    """Second pass: bare surnames known from any first-pass person (``form -> surname``)."""
    toks, text, language = doc.toks, doc.text, doc.language
    used = doc.used
    own = {m.last for m in doc.mentions if m.kind == "person"}
    dets = determiners(language)
    for i in doc.caps:
        word = toks[i][2]
        last = surnames.get(word)
        if last is None or i in used:
            continue
        if " " in last:  # "von der Leyen": the last word is the key, the particles precede it
            particles = last[: last.rindex(" ") + 1]
            k = i - particles.count(" ")
            if k < 0 or k in used or text[toks[k][0] : toks[i][0]].lower() != particles.lower():
                continue
            _person(doc, k, i, None)
            doc.mentions[-1].last = last
            continue
        # a surname that is also a common word ("Wahl", "Kurz") only where its full name is
        if known_word(word, language) and (
            last not in own
            or _sentence_initial(text, toks[i][0])
            or (i and toks[i - 1][2].lower() in dets)
        ):
            continue
        j = i
        if "-" in last:  # "Mikl-Leitner": the first part is the key, the rest must follow
            rest = last[len(word) :]
            if not text.startswith(rest, toks[i][1]):
                continue
            j = i + rest.count("-")
        _person(doc, i, j, None)
        doc.mentions[-1].last = last


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'„“”‚‘’»«(")
    return not before or before[-1] in ".!?:\n"


def genitive_base(last: str, language: str, known) -> str:
    """``last`` without a German genitive -s when the bare form is known ("Putins" -> "Putin")."""
    if (
        language == "de"
        and len(last) > 3
        and last[-1] == "s"
        and last[-2] not in "sxz"
        and last[:-1] in known
    ):
        return last[:-1]
    return last


def regroup_names(doc: NameScan, firsts_of: dict[str, frozenset[str]]) -> None:
    """Correct name boundaries with what the whole corpus knows, in place.

    ``firsts_of`` maps the surname of every name found with a first name anywhere in the
    corpus to those first names ("Carter" -> {"Jimmy"}, "Pröll" -> {"Erwin"}).

    - A single word after a title followed by the surname of a full name found elsewhere is a
      first name missing from the list: "Verteidigungsminister Ashton Carter" is one name.
    - A name "A B C" whose "A B" is a full name elsewhere and whose "C" is the surname of another
      full name elsewhere is two people side by side: "Landeshauptmann Erwin Pröll Mitterlehner
      angeschrien" names Erwin Pröll and (Reinhold) Mitterlehner.

    Limits: both rules need the other names of the corpus (an article alone keeps "Ashton");
    a surname written only bare elsewhere does not count.
    """
    toks, text = doc.toks, doc.text
    split = []
    for m in doc.mentions:
        if m.kind != "person":
            continue
        if (
            m.paired
            and m.t1 == m.t0 + 1
            and m.first in firsts_of
            and firsts_of.get(m.last, frozenset()) - {m.first}
        ):
            split.append(m)  # "Minister Brandl Fuchs angerufen": two surnames known elsewhere
            continue
        j = m.t1 + 1
        if (
            m.first is None
            and m.t0 == m.t1
            and j < len(toks)
            and toks[j][2] in firsts_of
            and m.last not in firsts_of
            and j not in doc.used
            and _space(_gap(toks, text, j))
            and not (j + 1 < len(toks) and _gap(toks, text, j + 1) == "-")  # "Müller-Uri"
        ):
            m.first, m.last, m.end, m.t1 = m.last, toks[j][2], toks[j][1], j
            doc.used.add(j)
        elif m.first and " " in m.first and m.last == toks[m.t1][2] and m.t1 - m.t0 >= 2:
            head, middle = m.first.rsplit(" ", 1)
            if (
                toks[m.t1 - 1][2] == middle
                and head in firsts_of.get(middle, ())
                and firsts_of.get(m.last, frozenset()) - {m.first}
            ):
                split.append(m)
    for m in split:
        k = m.t1
        doc.mentions.append(NameMention(toks[k][0], m.end, "person", None, last=m.last, t0=k, t1=k))
        if m.paired:
            m.first, m.last, m.paired = None, m.first, False
        else:
            m.first, m.last = m.first.rsplit(" ", 1)
        m.t1, m.end = k - 1, toks[k - 1][1]
