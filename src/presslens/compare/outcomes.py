"""How an event ended: verdicts, decisions and winners (``resources/<lang>/outcomes.yaml``).

``find_outcomes`` returns ``(start, end, key, value)``: ``("verdict", "guilty")``,
``("decision", "rejected")``, ``("winner", "Kingsport Rovers")``.

Limits: phrases, not parsing: who was convicted is not read (an article on two defendants,
one convicted and one acquitted, gives both values); an outcome stated as partial
("teilweise freigesprochen") or negated ("nicht angenommen") is left out.
"""

from __future__ import annotations

import re
from functools import cache

from presslens.resources import load_set, load_yaml

__all__ = ["find_outcomes"]

_PARTICLES = {"frei", "zu", "ab", "an", "aus", "durch"}
_RELATIVE = re.compile(
    r",\s+(?:who|which|der|die|das|welche[rs]?)\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)
_WORDS = re.compile(r"[\w-]+")
_NAME = r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,2})"


def _phrase(form: str) -> str:
    words = form.split()
    if len(words) == 2 and words[1] in _PARTICLES:  # separable verb: "sprach den … frei"
        return rf"{re.escape(words[0])}(?:\s+\S+){{0,4}}?\s+{re.escape(words[1])}"
    return r"\s+".join(map(re.escape, words))


@cache
def _rules(language: str):
    data = load_yaml(language, "outcomes.yaml")
    decisions = [
        (re.compile(rf"(?<![\w-]){_phrase(form)}(?![\w-])", re.IGNORECASE), key, value)
        for key, values in data["decisions"].items()
        for value, forms in values.items()
        for form in forms
    ]
    partial = re.compile(
        "|".join(rf"(?<![\w-]){re.escape(p)}(?![\w-])" for p in data["partial"]), re.IGNORECASE
    )
    negations = frozenset(n.casefold() for n in data["negations"])
    winners = [re.compile(p.replace("{NAME}", _NAME)) for p in data["winner_patterns"]]
    # a cheap test first: a sentence with no decision phrase's first word (as a word) and no
    # word that a winner pattern needs (anywhere) is not read
    firsts = frozenset(
        f.split()[0].casefold()
        for vs in data["decisions"].values()
        for fs in vs.values()
        for f in fs
    )
    if not all(re.fullmatch(r"\w+", f) for f in firsts):
        raise ValueError(f"{language}/outcomes.yaml: a decision phrase starts with a word")
    cue = (firsts, tuple(w.casefold() for w in data["winner_words"]))
    return decisions, partial, negations, winners, cue


def find_outcomes(sentence: str, language: str = "de") -> list[tuple[int, int, str, str]]:
    """Outcomes stated in ``sentence``: ``(start, end, key, value)``."""
    decisions, partial, negations, winners, cue = _rules(language)
    folded = sentence.casefold()
    firsts, winner_words = cue
    if not (
        any(w in folded for w in winner_words) or not firsts.isdisjoint(_WORDS.findall(folded))
    ) or partial.search(sentence):
        return []
    stop = load_set(language, "language_markers.txt", casefold=True)
    out = []
    seen = set()
    for rx, key, value in decisions:
        for m in rx.finditer(sentence):
            before = re.findall(r"[\w'-]+", sentence[max(0, m.start() - 25) : m.start()])[-2:]
            if any(w.casefold() in negations for w in before) or key in seen:
                continue
            if _RELATIVE.search(sentence[max(0, m.start() - 40) : m.start()]):
                continue  # ", who voted against the plan": one person's vote, not the decision
            seen.add(key)
            out.append((m.start(), m.end(), key, value))
    for rx in winners:
        for m in rx.finditer(sentence):
            name = m.group("name")
            words = name.split()
            while words and words[0].casefold() in stop:
                words = words[1:]
            if not words or "winner" in seen:
                continue
            seen.add("winner")
            out.append((m.start(), m.end(), "winner", " ".join(words)))
    return sorted(out)
