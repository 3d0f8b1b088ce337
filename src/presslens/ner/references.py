"""Bare titles that refer back: "Der Diktator fügte hinzu" after "der belarussische Diktator
Alexander Lukaschenko".

A definite, singular title with no name in its noun phrase goes to the last person earlier in
the article whose label it repeats, in this order:

1. the same title or its head noun: "der Premierminister" after "Premierminister Nikol
   Paschinjan", "der Minister" after "Innenministerin ..." (if the gender agrees);
2. a synonym of the same group (state: Präsident, Staatschef; government: Kanzler, Premier,
   Regierungschef; ruler: Diktator, Machthaber; spokes: Sprecher) sharing a modifier: "Der
   russische Staatschef" after "Der russische Präsident Wladimir Putin";
3. a synonym of the same group when the bare title carries no modifier of its own ("Der
   Regierungschef" after "Premier Matteo Renzi").

Every step requires agreement: the title's gender and the person's (first name or labels)
agree ("die Präsidentin" never goes to François Hollande); their identifying modifiers
(nationality, party, organisation, possessor) do not contradict ("der russische
Außenminister" is not "US-Außenminister John Kerry"; "die AfD-Chefin" not "SPÖ-Chef Werner
Faymann"); both or neither hold an office prefix or modifier ("Vizekanzler" is not
"Kanzler", "der frühere Präsident" not "der Präsident"). A title followed by a complement
("den Präsidenten des Wiener Landtags", "the president of the council") names a specific
office and refers back to no one.

Limits: pronouns are not resolved; a title refers back only to a person labelled earlier in
the same article, among the last 40 labels; plural and feminine-plural titles never refer back; a person named without
a title is never an antecedent.
"""

from __future__ import annotations

from functools import cache

from presslens.ner.gender import label_gender, name_gender
from presslens.ner.names import title_of
from presslens.ner.phrases import LabelContext, modifier_string
from presslens.resources import load_list, load_set

__all__ = ["resolve_references"]

_SYNONYM_GROUPS = {"state", "government", "ruler", "spokes"}
_LOOKBACK = 40  # labels read back from a bare title
_PREPOSITIONS = load_set("de", "prepositions.txt")
_OPENERS = frozenset(
    load_set("de", "complement_openers.txt") | load_set("en", "complement_openers.txt")
)


@cache
def _office_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    mods, prefixes = set(), []
    for line in load_list(language, "office_modifiers.txt"):
        word, _, kind = (p.strip() for p in line.partition("|"))
        (prefixes.append(word) if kind == "prefix" else mods.add(word))
    return frozenset(mods), tuple(prefixes)


def _base(label: str, gender: str | None) -> str:
    """The label in lower case without a feminine -in: "präsident" for "Präsidentin"."""
    low = label.lower()
    return low[:-2] if gender == "f" and low.endswith("in") else low


def _identifying(modifiers: str) -> set[str]:
    """Modifiers that say whose or which office: nationality and party adjectives, names."""
    out = set()
    for word in modifiers.replace("'s", "").replace("’s", "").split():
        low = word.lower()
        marked = word[:1].isupper() or low.endswith(("isch", "ische", "sche", "ese", "ian", "an"))
        if marked and low not in ("des", "der", "of", "the"):
            out.add(low)
    return out


def _contradict(a: set[str], b: set[str]) -> bool:
    """Whether two sets of identifying modifiers name different things (by their stems)."""
    if not a or not b:
        return False
    for x in a:
        for y in b:
            if (
                x[:4] == y[:4]
                or (len(x) < 4 and y.startswith(x))
                or (len(y) < 4 and x.startswith(y))
            ):
                return False
    return True


class _Rules:
    def __init__(self, c: LabelContext):
        self.c, self.lex, self.lang = c, c.lex, c.lang
        self.office_mods, self.office_prefixes = _office_words(c.lang)

    def office(self, label: str, modifiers: str) -> frozenset[str]:
        """The office prefixes and modifiers of a label: {"vize"} for "Vizekanzler"."""
        low = label.lower().replace("-", "")
        out = {p for p in self.office_prefixes if low.startswith(p) and len(low) > len(p) + 3}
        out |= {m for m in modifiers.lower().split() if m in self.office_mods}
        return frozenset(out)

    def genders(self, attached) -> dict[str, str]:
        """Each labelled person's gender: by first name, else by an attached gendered label."""
        out: dict[str, str] = {}
        for r in attached:
            if r.entity in out:
                continue
            first = r.entity.split()[0] if " " in r.entity else None
            found = name_gender(first) or label_gender(r.label, self.lex, self.lang)
            if found:
                out[r.entity] = found
        return out

    def antecedent(self, earlier, genders, label: str, group: str, modifiers: str) -> str | None:
        """The entity a bare title refers to among the ``earlier`` labels (most recent last;
        only the last ``_LOOKBACK`` are read, so the cost stays linear in the text)."""
        gender = label_gender(label, self.lex, self.lang)
        base = _base(label, gender)
        mine = _identifying(modifiers)
        office = self.office(label, modifiers)
        candidates = []
        for r in reversed(earlier[-_LOOKBACK:]):
            g = label_gender(r.label, self.lex, self.lang)
            if gender and genders.get(r.entity) not in (None, gender):
                continue
            if _contradict(mine, _identifying(r.modifiers)):
                continue
            if self.office(r.label, r.modifiers) != office:
                continue
            candidates.append((r, _base(r.label, g)))
        for r, other in candidates:
            if other == base or (other.endswith(base) and r.group == group):
                return r.entity
        synonyms = [
            r
            for r, _ in candidates
            if group in _SYNONYM_GROUPS
            and (r.group == group or "ruler" in (r.group, group))
            and {r.group, group} <= _SYNONYM_GROUPS
            and (r.group == "spokes") == (group == "spokes")
        ]
        for r in synonyms:
            if mine & _identifying(r.modifiers) or (mine and _shares_stem(mine, r.modifiers)):
                return r.entity
        if not mine and synonyms:
            return synonyms[0].entity
        return None


def _shares_stem(mine: set[str], modifiers: str) -> bool:
    theirs = _identifying(modifiers)
    return bool(theirs) and not _contradict(mine, theirs)


def _plural(
    word: str, label: str, det: str, lang: str, gender: str | None, after_noun: bool
) -> bool:
    """Whether a title as written is plural ("die Minister", "den Außenministern"); a
    masculine title after "der" is plural where "der" follows a noun or a preposition (a
    masculine singular would be "des" or "dem")."""
    if lang != "de":
        return word.lower() != label.split()[-1] and not word.lower().endswith("'s")
    low, lab = word.lower(), label.lower()
    if low.endswith("innen"):
        return True
    if gender == "f":
        return False
    if det == "die":
        return not word.endswith(("in", "e"))
    if det == "der" and (low != lab or after_noun):
        return True  # genitive plural: "der Journalisten", "die Entscheidung der Minister"
    if det == "den" and low.endswith(("ern", "eln")) and lab.endswith(("er", "el")):
        return True  # dative plural: "den Außenministern"
    return word.endswith("s") and word != label and det != "des"


def resolve_references(c: LabelContext, attached: list, make) -> list:
    """Labels for the bare definite titles in ``c``'s text that refer to a labelled person.

    Args:
        c: The text's label context (its ``taken`` tokens are the attached labels' phrases).
        attached: Labels attached to names (``RawLabel`` rows with ``how`` before/apposition).
        make: The row type to build (``RawLabel``).
    """
    toks, lang = c.toks, c.lang
    rules = _Rules(c)
    known = sorted(attached, key=lambda r: r.start)
    genders = rules.genders(known)
    earlier: list = []  # labels before the current token, in text order
    pending = 0  # next attached label not yet in ``earlier``
    out: list = []
    for i in c.doc.caps if lang == "de" else range(len(toks)):
        s, e, word = toks[i]
        if title_of(word, c.lex, lang) is None:
            continue
        if i in c.taken or i in c.doc.used:
            continue
        found = c.title(i)
        if found is None:
            continue
        h0, label, group = found
        nxt = i + 1
        if nxt < len(toks) and nxt in c.starts_at and c.starts_at[nxt].kind == "person":
            continue  # handled as an attached label
        if nxt < len(toks) and c.gap(nxt) == " ":
            if toks[nxt][2].lower() in _OPENERS:
                continue  # "den Präsidenten des Wiener Landtags": a specific office
            if lang == "de" and toks[nxt][2][:1].isupper() and nxt not in c.doc.used:
                continue  # a name not recognised: "der Trainer Andre Villas-Boas"
        start, mods, det = c.walk_left(h0)
        if c.dets.get(det or "") != "definite":
            continue
        first = c.sent_first[start]
        before = toks[start - 1][2] if start > first else ""
        after_noun = (before[:1].isupper() and start - 1 > first) or before in _PREPOSITIONS
        if _plural(word, label, det, lang, label_gender(label, c.lex, lang), after_noun):
            continue
        while pending < len(known) and known[pending].start < s:
            earlier.append(known[pending])
            pending += 1
        entity = rules.antecedent(earlier, genders, label, group, modifier_string(mods))
        if entity is None:
            continue
        row = make(toks[start][0], e, entity, label, group, modifier_string(mods), "reference")
        out.append(row)
        earlier.append(row)
    return out
