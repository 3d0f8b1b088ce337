"""The phrase around a name as the label rules read it: titles, modifiers, complements.

``LabelContext`` holds one text's tokens, its mentions by first and last token, and the first
token of each token's sentence; its methods find a title ending at a token (``title``), walk
left over the adjectives, determiner, possessor or compound part before a title
(``walk_left``) and find a title followed by a complement ("der Sprecher des Kremls",
``complement``). Used by ``labels.py`` (labels next to a name) and ``references.py`` (bare
titles that refer back).

Limits: a phrase never crosses its sentence; a complement is at most ten tokens without
punctuation.
"""

from __future__ import annotations

from presslens.ner.gazetteer import NameLexicon, determiners
from presslens.ner.names import NameScan, known_word, lemma, title_of
from presslens.resources import load_set

__all__ = ["LabelContext", "modifier_string", "normalise_adjective"]

_ORIGIN_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")
_ADJ_ENDINGS = ("e", "en", "em", "er", "es")
_CLOSING = frozenset(',.;:!?()[]"„“”«»\n')
_OPENERS = frozenset(
    load_set("de", "complement_openers.txt") | load_set("en", "complement_openers.txt")
)


def modifier_string(mods: list[str]) -> str:
    """Modifiers as the ``modifiers`` column holds them (space-separated)."""
    return " ".join(mods)


def _adjective(word: str) -> bool:
    """A German word with an adjective ending whose lemma is not a verb (sagte -> sagen)."""
    lem = lemma(word, "de")
    if lem == word:  # unknown to simplemma (belarussischen), or a verb form (müssen)
        return not (word.endswith("en") and known_word(word, "de"))
    return not lem.endswith(("en", "ern", "eln"))


def normalise_adjective(word: str, language: str) -> str:
    if language == "de" and word.endswith(("en", "em", "er", "es")) and len(word) > 4:
        return word[:-1]
    return word


class LabelContext:
    """One text's tokens, mentions and sentence starts, as the label rules read them."""

    def __init__(self, doc: NameScan, lex: NameLexicon, bounds: list[tuple[int, int]]):
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
        """Modifiers before the head at token h: (phrase start token, modifiers, determiner).

        English noun modifiers ("fire marshal", "Police Superintendent", at most two words)
        count only when the phrase is closed on their left (a determiner, a possessor, an
        organisation or the sentence start) or when they and the head are capitalised as one
        title; otherwise ("told fire marshal Dana Wills") the phrase starts at the head.
        """
        first = self.sent_first[h]
        mods: list[str] = []
        start = h
        possessor = False
        pending: list[str] = []  # English noun modifiers not yet confirmed
        pending_start = h
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
            if self.lang == "en" and word == "s" and k - 1 >= first and self.gap(k) in ("'", "’"):
                if gap != " ":
                    break
                m = self.ends_at.get(k - 1)  # possessive "Putin's"
                k0 = m.t0 if m is not None and m.t0 >= first else k - 1
                mods.extend(pending)
                pending = []
                mods.append(self.text[self.toks[k0][0] : self.toks[k][1]])
                possessor = True
                start, k = k0, k0 - 1
                continue
            if m is not None and m.t0 >= first:
                span = self.text[self.toks[m.t0][0] : self.toks[k][1]]
                if self.lang == "en" and gap in ("'s ", "’s "):
                    mods.extend(pending)
                    mods.append(span + gap.strip())
                    possessor = True
                elif gap != " ":
                    break
                elif self.lang == "de" and word.endswith("s") and m.kind != "medium":
                    mods.append(span)
                    possessor = True
                elif self.lang == "en" and m.kind in ("organisation", "place"):
                    mods.extend(pending)
                    mods.append(span)
                else:
                    break
                pending = []
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
                mods.extend(pending)
                return k, mods[::-1], low
            if self.lang == "de":
                if not (word.endswith(_ADJ_ENDINGS) and len(word) > 3 and _adjective(low)):
                    break
                if word[:1].islower():
                    mods.append(normalise_adjective(word, "de"))
                elif k == first:
                    mods.append(normalise_adjective(low, "de"))  # sentence-initial adjective
                else:
                    break
            elif not pending and (
                low in self.en_adj or (word[:1].isupper() and word.endswith(_ORIGIN_ENDINGS))
            ):
                mods.append(word)
            elif len(pending) < 2 and word.isalpha() and not possessor:
                if not pending:
                    pending_start = start
                pending.append(word)
            else:
                break
            start, k = k, k - 1
        if pending:
            title_case = all(w[:1].isupper() for w in pending) and self.toks[h][2][:1].isupper()
            if k < first or title_case:
                mods.extend(pending)
            else:
                start = pending_start
        return start, mods[::-1], None

    def complement_end(self, k: int) -> int | None:
        """Last token of a complement right after the title at token k ("des Landkreises
        Gotha"), ending before a comma, full stop or the like within ten tokens, else None."""
        toks = self.toks
        if k + 1 >= len(toks) or self.gap(k + 1) != " " or toks[k + 1][2].lower() not in _OPENERS:
            return None
        j = k + 1
        while j + 1 < len(toks) and j < k + 10 and self.sent_first[j + 1] == self.sent_first[k]:
            if not _CLOSING.isdisjoint(self.gap(j + 1)):
                return j if j > k + 1 else None  # an opener alone is no complement
            j += 1
        after = self.text[toks[j][1] : toks[j][1] + 1]
        return j if after in (",", ".", ";", ":", ")", "") else None

    def complement(self, i: int) -> tuple[int, int] | None:
        """(title token, complement start) of "title + complement" ending at token i, within
        ten tokens and no punctuation: "der Pressesprecher des russischen Präsidenten",
        "Die Präsidentin der Entwicklungsorganisation Brot für die Welt", "the chief of the
        regional fire service"."""
        first = self.sent_first[i]
        k = i
        while k > first and k > i - 10:
            if k < i and not _CLOSING.isdisjoint(self.gap(k + 1)):
                return None
            if self.toks[k][2].lower() in _OPENERS and self.gap(k) == " ":
                found = self.title(k - 1)
                if found is not None:
                    return k - 1, k
            k -= 1
        return None
