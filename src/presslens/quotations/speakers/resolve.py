"""Who a speaker mention names: a person, an organisation, a medium, a source, or no one.

``Resolver`` reads one article's names as ``presslens.ner`` finds them (the persons with their
canonical names, as ``pl.entities`` gives them, and the organisations, places and media) and
turns a speaker mention into a ``Who``:

- a name in the mention is that person ("Frankreichs Präsident Jacques Chirac" -> Jacques
  Chirac; "des Wissenschafters Arjen Hoekstra" -> Arjen Hoekstra): titles and genitive
  descriptions stay in the mention, the speaker is the name (``ner.classify_phrase``);
- a pronoun ("er", "sie", "dieser", "she") is the last person named before it outside the
  quotes; a description ("der Minister", "die Sprecherin", "the mayor") the last person named
  with that title; when there is none the speaker is unresolved;
- an institution, a medium or a source ("die Polizei", "AFP", "einer Studie", "der Vorwurf")
  is named as written without its article (the canonical name of a listed one);
- an unlisted name ("die IAEA", "ROG") is taken for an organisation;
- anything else (a time, a common noun, an adverb: "Ende Dezember", "Handy", "Abgesehen")
  names no one: the mention is no speaker (``NO_ONE``).

Limits: gender and number of pronouns are not checked ("sie" may resolve to a person where it
means a group); an unlisted name of a person without a known first name or title is taken for
an organisation; a description resolves only to a person named earlier with the same title.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import NamedTuple

from presslens.lemmas import is_known, lemmatize
from presslens.ner import classify_phrase
from presslens.quotations.candidates import Mention, Name
from presslens.quotations.lexicon import Lexicon, given_names, word_set
from presslens.quotations.phrases import title_of
from presslens.quotations.speakers.mentions import DEMONSTRATIVES, POSSESSIVES, RELATIVES
from presslens.quotations.words import SOURCE_NOUN_ENDS, SPEECH_NOUNS
from presslens.resources import load_yaml

__all__ = ["NO_ONE", "Name", "Resolver", "Who"]

#: The kinds of ``pl.entities`` and the speaker kinds they give.
_KINDS = {"person": "person", "organisation": "organisation", "place": "organisation"}
_KINDS["medium"] = "medium"


class Who(NamedTuple):
    """Who a mention names: ``name`` (None when unknown) and ``kind`` (person, organisation,
    medium, source, unresolved; None when the mention names no one)."""

    name: str | None
    kind: str | None


NO_ONE = Who(None, None)
# pronouns that stand for someone named before ("deren Angaben", "Ihnen zufolge")
_MORE_PRONOUNS = frozenset(["dessen", "deren", "ihnen", "denen", "they", "them"])
UNRESOLVED = Who(None, "unresolved")


class Resolver:
    """The speakers of one article (see the module docstring)."""

    def __init__(self, text: str, lex: Lexicon, names: list[Name]):
        self.text = text
        self.lex = lex
        self.names = sorted(names)
        self._starts = [n.start for n in self.names]
        # (position, canonical name, title before the name)
        self.persons = [(n.start, n.entity, self._title_before(n.start)) for n in self.names]
        self.persons = [p for p, n in zip(self.persons, self.names) if n.kind == "person"]
        self._index: dict[tuple, tuple] = {}
        self._last_skip: tuple | None = None
        self._last_kept: tuple = ((), (), {})

    def _title_before(self, pos: int) -> str:
        """The title among the three words before ``pos`` ("Minister Karl Roth"), or ""."""
        pre = self.text[max(0, pos - 40) : pos].lower().split()[-3:]
        return next((t for t in map(self._title_of, pre) if t), "")

    def _title_of(self, word: str) -> str:
        return title_of(self.lex.language, word.lower())

    def _kept(self, skip: tuple) -> tuple[list[int], list[str], dict]:
        """The persons outside the ``skip`` spans: their positions and names in text order,
        and the same per title before them. Built once per ``skip`` (an article passes the
        same spans for every quote), so each look-up is a binary search."""
        if skip is self._last_skip:  # the same tuple again (hashing it costs its length)
            return self._last_kept
        kept = None if len(skip) > 64 else self._index.get(skip)
        if kept is None:
            merged: list[list[int]] = []
            for a, b in sorted(s for s in skip if s[0] < s[1]):
                if merged and a <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            starts = [a for a, _ in merged]
            positions, names, by_title = [], [], {}
            for p, name, t in self.persons:
                k = bisect_right(starts, p) - 1
                if k >= 0 and p < merged[k][1]:
                    continue
                positions.append(p)
                names.append(name)
                ps, ns = by_title.setdefault(t, ([], []))
                ps.append(p)
                ns.append(name)
            kept = (positions, names, by_title)
            if len(skip) <= 64:
                self._index[skip] = kept
        self._last_skip, self._last_kept = skip, kept
        return kept

    def last_person(self, pos: int, *, title: str = "", skip: tuple = ()) -> str | None:
        """The last person named before ``pos`` outside the ``skip`` spans; with a ``title``,
        the last one named with that title before the name."""
        positions, names, by_title = self._kept(skip)
        if title:
            ps, ns = by_title.get(title, ((), ()))
            k = bisect_left(ps, pos)
            return ns[k - 1] if k else None
        k = bisect_left(positions, pos)
        return names[k - 1] if k else None

    def inside(self, start: int, end: int) -> list[Name]:
        """The names that start inside ``[start, end)``."""
        return self.names[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def identify(self, mention: Mention | None, *, skip: tuple = ()) -> Who:
        """Who ``mention`` names (``skip``: spans whose names are no antecedents)."""
        if mention is None:
            return NO_ONE
        if isinstance(mention.ref, Mention):
            return self.identify(mention.ref, skip=skip)
        phrase = self.text[mention.start : mention.end]
        words = phrase.replace(",", " ").split()
        if not words:
            return NO_ONE
        lex = self.lex
        low = words[0].lower()
        if len(words) == 1 and (
            low in lex.pronouns
            or low in RELATIVES
            or low in POSSESSIVES
            or low in DEMONSTRATIVES
            or low in _MORE_PRONOUNS
        ):
            name = self.last_person(mention.start, skip=skip)
            return Who(name, "person") if name else UNRESOLVED
        inside = self.inside(mention.start, mention.end)
        addressed = self._addressed(words, inside)
        if addressed is not None:
            return addressed
        found = classify_phrase(phrase, language=lex.language)
        if found is not None and found.kind == "person":
            if found.name:  # the person named there, by the name entities give them
                at = mention.start + found.start
                person = next((n for n in inside if n.kind == "person" and n.start == at), None)
                return Who(person.entity if person else found.name, "person")
            name = _name_run([w.strip(_MARKS) for w in words], lex.language, self._title_of)
            if name:  # "Der Forscher Urs Meier": a name ner does not know
                return Who(name, "person")
            title = self._title_of(found.label) or self._title_of(words[-1])
            name = self.last_person(mention.start, title=title, skip=skip) if title else None
            return Who(name, "person") if name else UNRESOLVED  # "der Sprecher": who?
        person = next((n for n in reversed(inside) if n.kind == "person"), None)
        if person is not None:
            return Who(person.entity, "person")
        source = self._source(words)
        if source is not None:  # "einem Bericht der Zeitung", "einem EU-Dokument"
            return source
        other = next((n for n in reversed(inside) if n.kind in _KINDS), None)
        at = mention.start + found.start if found is not None else -1
        if other is not None and (found is None or other.start == at and found.kind != "source"):
            kind = found.kind if found is not None else _KINDS[other.kind]
            return Who(other.entity, kind)  # "des Kremls" -> Kreml, as entities name it
        if found is not None:
            head = found.name.split()[-1] if found.name else ""
            lemma = found.entity.lower() if found.entity else ""
            named = found.entity if lemma and lemma not in (_lemma(head, lex), head.lower()) else ""
            return Who(named or found.name or found.entity, found.kind)
        other = next((n for n in reversed(inside) if n.kind in _KINDS), None)
        if other is not None:
            return Who(other.entity, _KINDS[other.kind])
        return self._by_form(words, mention.start, skip)

    def _addressed(self, words: list[str], inside: list[Name]) -> Who | None:
        """A person named by a form of address and a name ("Mr. Miller", "Frau Berger",
        "Dr Mererid Hughes", ``address_forms.txt``): the person of the article so named (a
        name inside the phrase; for a bare surname the last one named before with it), else
        the name as written. None for any other phrase."""
        lang = self.lex.language
        k = next((i for i, w in enumerate(words) if w.rstrip(".").lower() in _forms(lang)), -1)
        if k < 0 or k + 1 >= len(words) or k > 1:  # "Mr. Miller", "der Herr Minister"
            return None
        rest = [w.strip(_MARKS) for w in words[k + 1 :]]
        rest = [w for w in rest if w and w.rstrip(".").lower() not in _forms(lang)]  # "Prof. Dr."
        if not rest or not all(w[:1].isupper() for w in rest) or self._title_of(rest[0]):
            return None  # "Frau Ministerin": a title, not a name
        person = next((n for n in reversed(inside) if n.kind == "person"), None)
        if person is not None:
            return Who(person.entity, "person")
        if len(rest) > 1:  # a full name: "Dr Mererid Hughes"
            return Who(" ".join(rest), "person")
        return Who(self._by_surname(rest[0]) or rest[0], "person")

    def _by_form(self, words: list[str], start: int, skip: tuple) -> Who:  # noqa: C901
        """A phrase that ``ner`` does not classify, by its form (see the module docstring):
        a name of two or more capitalised words ("der Forscher Urs Meier") is a person; the
        head noun (before a genitive complement: "die Veranstalter der Demonstration") names
        a source ("der Vorwurf"), an institution ("die Stadt"), a medium ("das Magazin"),
        people ("die Beobachter": the person named before with that title, else unresolved)
        or a time ("Ende Dezember": no one); a bare name is a person ("Stoiber", the one of
        the article with that surname) or, in capitals, an organisation ("ROG"); a word that
        is no noun ("Abgesehen", "Demnach") or a number ("37 Prozent") names no one; any
        other noun ("die Sichtweise") is a speaker left unresolved."""
        before = self.text[max(0, start - 3) : start].strip()
        initial = not before or before[-1] in '.!?:\n„“"»«'  # a capital of the sentence start
        lex = self.lex
        lang = lex.language
        marked = any(w[:1] in '„“"»«' for w in words)  # a name in marks: „heise online“
        words = [w.strip(_MARKS) for w in words if w.strip(_MARKS)]
        content = [w for w in words if w.lower() not in lex.determiners]
        if not content:
            return NO_ONE
        if content[-1][:1].isdigit() or content[-1].lower() in _AMOUNTS:
            return UNRESOLVED  # "37 Prozent [der Befragten]", "55 Besucher": people counted
        head_words = [w for w in _before_complement(words, lex) if w.lower() not in lex.determiners]
        head_words = head_words or content
        name = _name_run(head_words, lang, self._title_of)
        if name:
            return Who(name, "person")
        phrase = " ".join(content)
        if phrase in lex.media or _web_address(phrase):
            return Who(phrase, "medium")  # "taz", "tagesschau.de"
        if marked:
            return Who(phrase, "organisation")  # „heise online“, der Verein „Obraz“
        caps = [w for w in head_words if w[:1].isupper() or _inner_capital(w) or lang == "en"]
        if not caps:  # "die beiden", "Mehrere": someone, not named; "gestern", "Indem": no one
            low = content[-1].lower()
            someone = low in _words(lang, "someone")
            return UNRESOLVED if someone or len(words) > len(content) else NO_ONE
        head = caps[-1].rstrip(".")
        low = head.lower()
        lemma = _lemma(head, lex)
        if len(content) == 1 == len(words):  # a bare word: a surname of someone named before?
            person = self._by_surname(head)
            if person:
                return Who(person, "person")
        if head.isupper() and len(head) > 1:
            return Who(phrase, "organisation")  # "die IAEA", "der WWF"
        source = self._source(words)
        if source is not None:
            return source
        if all(_time_word(w.lower(), lang) or w.lower() in _TIME_MODIFIERS for w in content):
            return NO_ONE  # "Ende Dezember", "im Herbst", "Letzte Woche", "Mittwoch"
        if _nominal_adjective(head):
            return UNRESOLVED  # "der 81-Jährige": someone, not named
        if (
            len(content) == 1
            and initial
            and not self._verb_after(start, head)
            and not (lang == "de" and (_noun(head, lang) or _inner_capital(head)))
            and not (lang == "en" and low not in lex.function and not low.endswith("ly"))
        ):
            return UNRESOLVED if low in _words(lang, "someone") else NO_ONE  # "Abgesehen"
        if _ends(low, lemma, _bodies(lang)):
            return Who(phrase, "organisation")
        if any(p.lower() in low for p in lex.media_prefixes):
            return Who(phrase, "medium")
        if _people_noun(head, lemma, lang) or _nominal_adjective(head):
            title = self._title_of(head)
            named = self.last_person(start, title=title, skip=skip) if title else None
            return Who(named, "person") if named else UNRESOLVED  # "die Beobachter": who?
        if len(content) == 1 == len(words) and self._particle_before(start):
            return Who(head, "person")  # "de Vries", "von Trapp": a surname
        if len(content) == 1 == len(words) and not is_known(head, lang):
            return Who(head, "organisation")  # a bare name of no one named: "Greenpeace"
        if len(caps) >= 2:  # "die Deutsche Welle", "das Internationale Rote Kreuz"
            return Who(phrase, "organisation")
        if len(content) == 1 == len(words):
            return Who(head, "organisation")  # "Apple", "Microsoft": a company by its name
        return UNRESOLVED  # "die Sichtweise", "sein Plan": a phrase, but who says it?

    def _source(self, words: list[str]) -> Who | None:
        """A source when the head noun (before a genitive complement) names a text or a
        statement ("einem Bericht der Zeitung" -> "Bericht der Zeitung", "Umfragen")."""
        lex = self.lex
        clean = [w.strip(_MARKS) for w in words if w.strip(_MARKS)]
        head = [w for w in _before_complement(clean, lex) if w.lower() not in lex.determiners]
        if lex.language == "de":  # the first noun heads a German phrase ("Bericht Österreichs")
            nouns = [w for w in head if w[:1].isupper() or _inner_capital(w)]
            head = head[: head.index(nouns[0]) + 1] if nouns else head
        if not head or not head[-1][:1].isalpha():
            return None
        low, lemma = head[-1].lower(), _lemma(head[-1], lex)
        if (
            low in SPEECH_NOUNS
            or lemma in SPEECH_NOUNS
            or _ends(low, lemma, SOURCE_NOUN_ENDS)
            or _ends(low, lemma, _sources(lex.language))
        ):
            start = next(i for i, w in enumerate(clean) if w == head[0])
            return Who(" ".join(clean[start:]), "source")
        return None

    def _particle_before(self, start: int) -> bool:
        """True when a name particle stands right before ``start`` ("de Vries")."""
        before = self.text[max(0, start - 5) : start].split()
        return bool(before) and before[-1] in _PARTICLES

    def _verb_after(self, start: int, word: str) -> bool:
        """True when a verb of saying follows ``word`` at ``start`` ("Gall schreibt: …"):
        the word is the verb's subject, a name."""
        rest = self.text[start + len(word) : start + len(word) + 40].split()
        return bool(rest) and (
            rest[0].lower() in self.lex.verbs or rest[0].lower() in self.lex.acts
        )

    def _by_surname(self, word: str) -> str | None:
        """The canonical name of a person of the article named by ``word``: the last one
        named before whose name ends in it ("Putin", the genitive "Putins"), else the last one
        whose name holds it in front or inside. News names a person by the family name after
        the first mention, and East Asian names put it first ("Ban" of "Ban Ki-moon", "Xi" of
        "Xi Jinping", "Kim" of "Kim Jong Un") even where it is also a given name elsewhere.
        Limits: a bare given name ("Angela") also finds the person so named."""
        base = word[:-1] if word.endswith("s") and len(word) > 3 else word
        names = [(name, name.split()) for _, name, _ in reversed(self.persons) if name]
        found = next((n for n, parts in names if parts[-1] in (word, base)), None)
        return found or next((n for n, parts in names if word in parts[:-1]), None)


_GENITIVE = frozenset(["der", "des", "eines", "einer", "von", "vom", "of"])
_MARKS = '„“”"»«‚‘’()[],.:;'
_TIME_MODIFIERS = frozenset(
    "ende anfang mitte beginn letzte letzten vergangene vergangenen kommende kommenden "  # noqa: SIM905
    "diese dieser diesen am im vom seit bis last next this early late".split()
)
_AMOUNTS = frozenset(["prozent", "percent", "stimmen", "euro", "dollar", "millionen"])


@cache
def _forms(language: str) -> frozenset[str]:
    """Forms of address before a surname (``address_forms.txt``: "Herr", "Mr")."""
    return word_set(language, "address_forms.txt")


def _inner_capital(word: str) -> bool:
    """True for a name with a capital inside ("eBay", "ai-Bericht", "81-Jährige")."""
    return any(c.isupper() for c in word[1:]) or "-jährig" in word.lower()


def _web_address(phrase: str) -> bool:
    """True for a web address as a source ("ndr.de", "t-online.de", "faz.net")."""
    return " " not in phrase and "." in phrase.strip(".") and phrase.rsplit(".", 1)[-1] in _TLDS


_TLDS = frozenset(["de", "at", "ch", "com", "net", "org", "eu", "uk", "info", "by", "ru"])


def _before_complement(words: list[str], lex) -> list[str]:
    """``words`` up to a genitive complement after the head noun ("die Veranstalter der
    Demonstration" -> "die Veranstalter"; a name stays whole: "Ursula von der Leyen")."""
    for k in range(1, len(words)):
        if words[k].lower() in _GENITIVE and words[k - 1][:1].isupper():
            if k + 1 < len(words) and words[k - 1] in given_names(lex.language):
                continue
            return words[:k]
    return words


def _noun(word: str, language: str) -> bool:
    """True when ``word`` is a noun or a name: its lemma keeps the capital (a verb,
    participle or adverb at the sentence start lemmatises to lower case: "Abgesehen")."""
    lemma = lemmatize(word, language)
    return lemma[:1].isupper() or word.isupper()


def _name_run(words: list[str], language: str, title_of) -> str:
    """The person's name that ends ``words`` ("Urs Meier" in "der ehemalige
    FIFA-Schiedsrichter Urs Meier", "Matthias W. Beckmann"): two to four capitalised words,
    titles left out, one of them a known first name or an initial, or none a known word."""
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or title_of(w) or w.rstrip(".") in _ACADEMIC:
            break
        run.insert(0, w)
    if not 2 <= len(run) <= 4:
        return ""
    firsts = given_names(language)
    first = next((k for k, w in enumerate(run) if w in firsts), None)
    if first is not None and len(run) - first >= 2:
        return " ".join(run[first:])  # "Angeklagte Sam Berg" -> "Sam Berg"
    if any(len(w.rstrip(".")) == 1 for w in run) or not any(is_known(w, language) for w in run):
        return " ".join(run)
    return ""


_ACADEMIC = frozenset(["Dr", "Prof", "Mag", "Ing", "Dipl"])


# particles before a surname ("de Vries"); not "von"/"vom": mostly prepositions
_PARTICLES = frozenset(["de", "van", "di", "da", "bin", "al", "le", "la", "ten", "ter"])


@cache
def _words(language: str, name: str) -> tuple[str, ...]:
    """A class of ``speaker_nouns.yaml`` (people, bodies, sources, someone), longest first."""
    try:
        words = (load_yaml(language, "speaker_nouns.yaml") or {}).get(name) or []
    except FileNotFoundError:
        words = []
    return tuple(sorted({str(w).lower() for w in words}, key=len, reverse=True))


def _lemma(word: str, lex) -> str:
    return lemmatize(word, lex.language).lower()


def _ends(low: str, lemma: str, ends) -> bool:
    """True when the word or its lemma is or ends with one of ``ends`` (compounds)."""
    return low.endswith(tuple(ends)) or lemma.endswith(tuple(ends))


@cache
def _bodies(language: str) -> tuple[str, ...]:
    """Nouns of institutions that speak as a body (and ends of compounds of them)."""
    return tuple(
        word_set(language, "speaking_bodies.txt")
        | word_set(language, "organisation_nouns.txt")
        | set(_words(language, "bodies"))
    )


@cache
def _sources(language: str) -> tuple[str, ...]:
    """Nouns of texts and statements that speak for someone (``source_nouns.txt`` and the
    sources of ``speaker_nouns.yaml``)."""
    return tuple(word_set(language, "source_nouns.txt") | set(_words(language, "sources")))


def _people_noun(word: str, lemma: str, language: str) -> bool:
    """True for a noun that names people: a known word with a person ending ("Beobachter",
    "Demonstranten") or a compound ending in a longer one ("Feuerwehrmänner"); an unknown
    word with a short ending is a name ("Stoiber")."""
    low = word.lower()
    ends = _words(language, "people")
    end = next((e for e in ends if low.endswith(e) or lemma.endswith(e)), None)
    return end is not None and (len(end) >= 4 or is_known(word, language))


@cache
def _time_words(language: str) -> frozenset[str]:
    """Months, weekdays and other words of time: a phrase headed by one names no one."""
    months = {
        f.lower() for forms in (load_yaml(language, "months.yaml") or {}).values() for f in forms
    }
    days = (load_yaml(language, "metadata_lines.yaml") or {}).get("weekdays", [])
    return frozenset(months | {str(d).lower() for d in days}) | word_set(
        language, "fronted_time_words.txt"
    )


def _time_word(low: str, language: str) -> bool:
    return low in _time_words(language) or low in _SEASONS


_SEASONS = frozenset(
    "frühling sommer herbst winter frühjahr vorjahr jahr monat woche tag wochenende "  # noqa: SIM905
    "spring summer autumn fall winter year month week day weekend".split()
)


def _nominal_adjective(word: str) -> bool:
    """True for a noun made of an adjective or participle ("81-Jährige", "Verletzte")."""
    low = word.lower()
    if low.endswith(("jährige", "jährigen", "jähriger")):
        return True
    return low.endswith(_ADJECTIVE_NOUN_ENDS) and is_known(low, "de")


_ADJECTIVE_NOUN_ENDS = ("ige", "igen", "iger", "te", "ten")
