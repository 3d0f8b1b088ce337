"""Build one compiled regular expression per language from the timex resource files.

Every rule of ``resources/<lang>/timex_rules.yaml`` becomes one named alternative
``(?P<r12>...)`` of a single pattern, so a text is scanned once; at each position the first
rule (in file order) that matches wins. Word classes from ``timex_vocab.yaml`` and the month
names from ``months.yaml`` are inserted for ``{placeholders}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from presslens.resources import load_yaml

__all__ = ["Rule", "Grammar", "grammar"]

_BUILTIN = {
    "day": r"0?[1-9]|[12]\d|3[01]",
    "monthnum": r"0?[1-9]|1[0-2]",
    "year": r"1[89]\d\d|20\d\d",
    "year2": r"\d\d",
    "hour": r"[01]?\d|2[0-4]",
    "minute": r"[0-5]\d",
    "int": r"\d{1,4}(?:,\d+)?",
}
_PLACEHOLDER = re.compile(r"\{(after:)?([A-Za-z_]\w*)(?::(\w+))?\}")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_WEAK_CLASSES = ("num", "vague", "approx", "rel", "ordinal", "mod")
_FUNCTION_WORDS = frozenset(
    ("der", "die", "das", "dem", "den", "des", "ein", "eine", "in", "im", "am", "an", "auf",
     "und", "oder", "zu", "zum", "zur", "vor", "nach", "seit", "ab", "bis", "von", "vom", "je",
     "pro", "um", "bei", "beim", "mit", "für", "über", "the", "a", "of", "on", "at", "by",
     "for", "from", "to", "and", "or", "this", "that", "every", "each")
)  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")
_ESCAPE = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>")


@dataclass
class Rule:
    """One rule: its name, type, value template, mod and the group names it uses."""

    name: str
    type: str
    value: str
    mod: str | None
    index: int
    groups: dict[str, str] = field(default_factory=dict)  # group alias -> word class
    examples: list = field(default_factory=list)
    negatives: list = field(default_factory=list)
    regex: re.Pattern | None = None


@dataclass
class Grammar:
    """The rules of a language (each with its compiled pattern) and the word-class lookups."""

    language: str
    rules: list[Rule]
    lookup: dict[str, dict[str, str]]  # word class -> casefolded form -> normalised value
    vocab: dict
    by_word: dict = field(default_factory=dict)  # casefolded word -> rules that may start there
    by_prefix: dict = field(default_factory=dict)  # first four letters -> rules (compounds)
    digit: frozenset = frozenset()  # rules that may start with a digit
    weak: frozenset = frozenset()  # words that start a match only before a strong word
    memo: dict = field(default_factory=dict)

    def candidates(self, word: str) -> tuple[tuple, bool]:
        """Rules (in file order) that may match at a word, and whether the word is weak.

        A weak word (a determiner, preposition, numeral, "vergangenen", "Ende"...) can only
        start a match when one of the next five words is a strong one (a month, a unit,
        "heute", a digit...). Memoised per word form.
        """
        hit = self.memo.get(word)
        if hit is None:
            w = word.casefold()
            idx = set(self.by_word.get(w, ())) | set(self.by_prefix.get(w[:4], ()))
            if w[0].isdigit():
                idx |= self.digit
            rules = tuple(self.rules[i] for i in sorted(idx))
            hit = self.memo[word] = (rules, bool(rules) and w in self.weak)
        return hit


def _alternation(forms) -> str:
    forms = sorted({str(f) for f in forms}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@cache
def grammar(language: str) -> Grammar:
    """The compiled grammar for ``language`` ("de" or "en"), built once and cached."""
    vocab = dict(load_yaml(language, "timex_vocab.yaml"))
    vocab["month"] = load_yaml(language, "months.yaml")
    lookup: dict[str, dict[str, str]] = {}
    classes: dict[str, str] = {}
    for name, entries in vocab.items():
        if isinstance(entries, dict):
            table = {}
            for value, forms in entries.items():
                for f in forms:
                    table[str(f).casefold()] = str(value)
                    table[str(f).casefold().replace(" ", "")] = str(value)
            lookup[name] = table
            classes[name] = _alternation(f for forms in entries.values() for f in forms)
        else:
            classes[name] = _alternation(entries)
    rules, parts = [], []
    for i, spec in enumerate(load_yaml(language, "timex_rules.yaml")):
        rule = Rule(
            name=spec["name"],
            type=spec["type"],
            value=str(spec["value"]),
            mod=spec.get("mod"),
            index=i,
            examples=spec.get("examples", []),
            negatives=spec.get("negatives", []),
        )

        def insert(m: re.Match, rule=rule, i=i) -> str:
            after, cls, alias = m.groups()
            if after:
                words = vocab[cls]
                return "(?:" + "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in words) + ")"
            alias = alias or cls
            rule.groups[alias] = cls
            body = _BUILTIN.get(cls) or classes[cls]
            return f"(?P<r{i}_{alias}>{body})"

        body = _PLACEHOLDER.sub(insert, spec["pattern"])

        def rename(m: re.Match, rule=rule, i=i) -> str:
            if m.group(1).startswith(f"r{i}_"):
                return m.group(0)
            rule.groups.setdefault(m.group(1), m.group(1))
            return f"(?P<r{i}_{m.group(1)}>"

        body = _GROUP.sub(rename, body)
        parts.append(f"(?P<r{i}>{body})")
        rules.append(rule)
    # Words at which a rule can start: the words of its vocabulary classes and of its
    # pattern (over-inclusive on purpose; the rule's pattern decides), digits for rules with
    # numbers. Trying only those rules at those words is ~50x faster than one alternation.
    by_word: dict[str, set[int]] = {}
    by_prefix: dict[str, set[int]] = {}
    digit: set[int] = set()
    for rule, spec, part in zip(rules, load_yaml(language, "timex_rules.yaml"), parts):
        rule.regex = re.compile(r"(?<!\w)(?:" + part + r")(?!\w)", re.IGNORECASE)
        words = set(_LETTERS.findall(_ESCAPE.sub(" ", _PLACEHOLDER.sub(" ", spec["pattern"]))))
        for cls in set(rule.groups.values()):
            if cls in _BUILTIN:
                digit.add(rule.index)
            entries = vocab.get(cls, ())
            forms = (
                (f for fs in entries.values() for f in fs) if isinstance(entries, dict) else entries
            )
            for f in forms:
                words.update(_LETTERS.findall(str(f)))
        if re.search(r"\\d|\[\\d|\d", spec["pattern"].replace("{", "").replace("}", "")):
            digit.add(rule.index)
        for w in words:
            w = w.casefold()
            by_word.setdefault(w, set()).add(rule.index)
            if len(w) >= 4:
                by_prefix.setdefault(w[:4], set()).add(rule.index)
    weak = set(_FUNCTION_WORDS)
    for cls in _WEAK_CLASSES:
        entries = vocab.get(cls) or ()
        forms = [f for fs in entries.values() for f in fs] if isinstance(entries, dict) else entries
        weak.update(w.casefold() for f in forms for w in _LETTERS.findall(str(f)))
    g = Grammar(language, rules, lookup, vocab)
    g.by_word, g.by_prefix, g.digit = by_word, by_prefix, frozenset(digit)
    g.weak = frozenset(weak)
    return g
