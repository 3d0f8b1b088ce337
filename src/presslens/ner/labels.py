"""Labels: the titles, functions and epithets an article attaches to a person.

Three patterns, all within one sentence:

- a noun phrase right before the name: "der belarussische Diktator Alexander Lukaschenko",
  "Putins Sprecher Dmitri Peskow", "Kreml-Sprecher Peskow", "Belarusian President Alexander
  Lukashenko", "Kremlin spokesman Dmitry Peskov"; also with a genitive attribute and a comma:
  "der Pressesprecher des russischen Präsidenten, Dmitri Peskow";
- an apposition after the name: "Valery Karbalevich, einem unabhängigen politischen Analysten,"
  or "Dmitry Peskov, the Kremlin spokesman,";
- a definite title without a name that refers back ("Der Diktator fügte hinzu"): it goes to the
  last person earlier in the article labelled with the same title, else to the last one with a
  title of the same group (head of state, minister, spokesperson...) sharing a modifier
  ("Der russische Staatschef" after "Der russische Präsident Wladimir Putin"), else to the last
  one with a title of that group.

The label is the head noun's lemma (simplemma: Präsidenten -> Präsident; English in lower
case); modifiers are the adjectives before it (German ones normalised to the -e form:
belarussischen -> belarussische), a possessor ("Putins", "Putin's"), a compound's first part
("Kreml") or a genitive attribute as written ("des russischen Präsidenten").

Limits: only titles listed in ``person_titles.txt`` (and German compounds ending in one) are
labels; epithets outside that list ("der Machtmensch") are missed; a plural or feminine-plural
title never refers back; relative clauses and predicative labels ("Putin ist Präsident") are
not read.
"""

from __future__ import annotations

from typing import NamedTuple

from presslens.ner.gazetteer import Lexicon, determiners
from presslens.ner.names import Doc, known_word, lemma, title_of
from presslens.resources import load_set

__all__ = ["RawLabel", "find_labels"]

_ORIGIN_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")
_ADJ_ENDINGS = ("e", "en", "em", "er", "es")


class RawLabel(NamedTuple):
    start: int
    end: int
    entity: str
    label: str
    group: str
    modifiers: str
    how: str  # before, apposition, reference


def _adjective(word: str) -> bool:
    """A German word with an adjective ending whose lemma is not a verb (sagte -> sagen)."""
    lem = lemma(word, "de")
    if lem == word:  # unknown to simplemma (belarussischen), or a verb form (müssen)
        return not (word.endswith("en") and known_word(word, "de"))
    return not lem.endswith(("en", "ern", "eln"))


def _norm_adj(word: str, language: str) -> str:
    if language == "de" and word.endswith(("en", "em", "er", "es")) and len(word) > 4:
        return word[:-1]
    return word


class _Ctx:
    def __init__(self, doc: Doc, lex: Lexicon, bounds: list[tuple[int, int]]):
        self.doc, self.lex, self.lang = doc, lex, doc.language
        self.toks, self.text = doc.toks, doc.text
        self.dets = determiners(self.lang)
        self.en_adj = load_set("en", "label_adjectives.txt") if self.lang == "en" else frozenset()
        self.ends_at = {m.t1: m for m in doc.mentions}
        self.starts_at = {m.t0: m for m in doc.mentions}
        self.sent_first = bounds  # per token: first token index of its sentence
        self.taken: set[int] = set()

    def gap(self, i: int) -> str:
        return self.text[self.toks[i - 1][1] : self.toks[i][0]] if i > 0 else ""

    def title(self, i: int) -> tuple[int, str, str] | None:
        """(first token, label, group) of a title ending at token i."""
        word = self.toks[i][2]
        if self.lang == "en" and i > 0 and self.gap(i) == " ":
            pair = (self.toks[i - 1][2].lower(), word.lower())
            if pair in self.lex.multi_titles:
                return i - 1, " ".join(pair), self.lex.multi_titles[pair]
        if i in self.ends_at and self.ends_at[i].kind != "organisation":
            return None
        found = title_of(word, self.lex, self.lang)
        return (i, found[0], found[1]) if found else None

    def walk_left(self, h: int) -> tuple[int, list[str], str | None]:
        """Modifiers before the head at token h: (phrase start token, modifiers, determiner)."""
        first = self.sent_first[h]
        mods: list[str] = []
        start = h
        possessor = False
        k = h - 1
        if k >= first and self.gap(h) == "-" and self.toks[k][2][:1].isupper():
            m = self.ends_at.get(k)
            k0 = m.t0 if m else k
            mods.append(self.text[self.toks[k0][0] : self.toks[k][1]])
            start, k = k0, k0 - 1
        while k >= first:
            gap = self.gap(k + 1)
            word = self.toks[k][2]
            low = word.lower()
            m = self.ends_at.get(k)
            if (
                self.lang == "en"
                and word == "s"
                and k - 1 >= first
                and self.gap(k) in ("'", "’")
                and self.toks[k - 1][2][:1].isupper()
            ):
                if gap != " ":
                    break
                m = self.ends_at.get(k - 1)  # possessive "Putin's"
                k0 = m.t0 if m is not None and m.t0 >= first else k - 1
                mods.append(self.text[self.toks[k0][0] : self.toks[k][1]])
                possessor = True
                start, k = k0, k0 - 1
                continue
            if m is not None and m.t0 >= first:
                span = self.text[self.toks[m.t0][0] : self.toks[k][1]]
                if self.lang == "en" and gap in ("'s ", "’s "):
                    mods.append(span + gap.strip())
                    possessor = True
                elif gap != " ":
                    break
                elif self.lang == "de" and word.endswith("s") and m.kind != "medium":
                    mods.append(span)
                    possessor = True
                elif self.lang == "en" and m.kind in ("organisation", "place"):
                    mods.append(span)
                else:
                    break
                start, k = m.t0, m.t0 - 1
                continue
            if gap != " ":
                break
            kind = self.dets.get(low)
            if possessor and kind is None:
                break
            if kind == "stop":
                break
            if kind is not None:
                return k, mods[::-1], low
            if self.lang == "de":
                if not (word.endswith(_ADJ_ENDINGS) and len(word) > 3 and _adjective(low)):
                    break
                if word[:1].islower():
                    mods.append(_norm_adj(word, "de"))
                elif k == first:
                    mods.append(_norm_adj(low, "de"))  # sentence-initial adjective
                else:
                    break
            elif low in self.en_adj or (word[:1].isupper() and word.endswith(_ORIGIN_ENDINGS)):
                mods.append(word)
            else:
                break
            start, k = k, k - 1
        return start, mods[::-1], None

    def genitive_np(self, i: int) -> int | None:
        """Start token of a genitive NP ending at token i ("des russischen Präsidenten")."""
        first = self.sent_first[i]
        k = i - 1
        while k >= first and self.gap(k + 1) == " ":
            low = self.toks[k][2].lower()
            if low in ("des", "der", "of", "for"):
                return k
            if not (low.endswith(_ADJ_ENDINGS) or self.lang == "en") or low in self.dets:
                return None
            k -= 1
        return None


def _modstr(mods: list[str]) -> str:
    return " ".join(mods)


def find_labels(doc: Doc, lex: Lexicon, sent_first: list[int]) -> list[RawLabel]:
    """Labels of the people in ``doc`` (person mentions must carry their entity)."""
    c = _Ctx(doc, lex, sent_first)
    toks, text = c.toks, c.text
    people = sorted((m for m in doc.mentions if m.kind == "person"), key=lambda m: m.start)
    out: list[RawLabel] = []
    for p in people:
        t0 = p.t0
        if t0 > sent_first[t0]:
            gap = c.gap(t0)
            h = t0 - 1
            found = None
            extra = ""
            end_tok = h
            if gap.strip() == "," and toks[h][2][:1].isupper():
                # "der Pressesprecher des russischen Präsidenten, Dmitri Peskow"
                g = c.genitive_np(h)
                if g is not None and g > sent_first[g] and c.gap(g) == " ":
                    found = c.title(g - 1)
                    extra = text[toks[g][0] : toks[h][1]] if found else ""
            if found is None and (gap == " " or gap.strip() == ","):
                found = c.title(h)
            if found is not None:
                h0, label, group = found
                start, mods, _ = c.walk_left(h0)
                if extra:
                    mods.append(extra)
                out.append(
                    RawLabel(
                        toks[start][0],
                        toks[end_tok][1],
                        p.entity,
                        label,
                        group,
                        _modstr(mods),
                        "before",
                    )
                )
                c.taken.update(range(start, end_tok + 1))
        # apposition after the name
        t1 = p.t1
        if t1 + 2 < len(toks) and c.gap(t1 + 1).strip() == ",":
            k = t1 + 1
            last = min(len(toks) - 1, t1 + 7)
            while k <= last and c.sent_first[k] == c.sent_first[t1]:
                found = c.title(k)
                if found is not None:
                    after = text[toks[k][1] : toks[k][1] + 2].strip()[:1]
                    if after in ("", ",", ".", ";", ":", ")", "–", "-"):
                        _, label, group = found
                        h_start = found[0]
                        start, mods, _ = c.walk_left(h_start)
                        if start <= t1 + 1:
                            out.append(
                                RawLabel(
                                    toks[start][0],
                                    toks[k][1],
                                    p.entity,
                                    label,
                                    group,
                                    _modstr(mods),
                                    "apposition",
                                )
                            )
                            c.taken.update(range(start, k + 1))
                    break
                k += 1
    out.extend(_references(c, out))
    return sorted(out, key=lambda r: r.start)


def _references(c: _Ctx, attached: list[RawLabel]) -> list[RawLabel]:
    toks, lang = c.toks, c.lang
    known = sorted(attached, key=lambda r: r.start)
    out: list[RawLabel] = []
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
        start, mods, det = c.walk_left(h0)
        if c.dets.get(det or "") != "definite":
            continue
        if lang == "de":
            plural = (det == "die" and not word.endswith(("in", "e"))) or (
                word.endswith("s") and word != label and det != "des"
            )
        else:
            plural = word.lower() != label.split()[-1] and not word.lower().endswith("'s")
        if plural:
            continue
        entity = _antecedent(known, out, s, label, group, set(mods))
        if entity is None:
            continue
        out.append(RawLabel(toks[start][0], e, entity, label, group, _modstr(mods), "reference"))
    return out


def _antecedent(known, resolved, pos, label, group, mods) -> str | None:
    earlier = sorted((r for r in (*known, *resolved) if r.start < pos), key=lambda r: r.start)
    for r in reversed(earlier):
        if r.label == label:
            return r.entity
    same_group = [r for r in reversed(earlier) if r.group == group]
    if mods:
        for r in same_group:
            if mods & set(r.modifiers.split()):
                return r.entity
    return same_group[0].entity if same_group else None
