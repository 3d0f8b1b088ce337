"""Build one compiled regular expression per language from the timex resource files.

Every rule of ``resources/<lang>/timex_rules.yaml`` becomes one named alternative
``(?P<r12>...)`` of a single pattern, so a text is scanned once; at each position the first
rule (in file order) that matches wins. A text is not scanned at every position: only at the
words that may start some rule (:meth:`Grammar.candidates`), each with one compiled ordered
alternation of just those rules. Word classes from ``timex_vocab.yaml`` and the month
names from ``months.yaml`` are inserted for ``{placeholders}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from presslens.resources import load_yaml

__all__ = ["Rule", "Grammar", "Alternation", "grammar"]

_BUILTIN = {
    "day": r"0?[1-9]|[12]\d|3[01]",
    "monthnum": r"0?[1-9]|1[0-2]",
    "year": r"1[89]\d\d|20\d\d",
    "year2": r"\d\d",
    "hour": r"[01]?\d|2[0-4]",
    "minute": r"[0-5]\d",
    # a count: "3", "2,5" / "2.5", "1.000" / "1,000" (never the digits after a separator)
    "int": r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d{1,4}(?:[.,]\d+)?)",
}
_PLACEHOLDER = re.compile(r"\{((?:not)?after:)?([A-Za-z_]\w*)(?::(\w+))?\}")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_WEAK_CLASSES = ("num", "vague", "approx", "rel", "ordinal", "mod")
_STRONG_CLASSES = ("unit", "unit_plural", "month", "weekday", "season", "pod")
_LETTERS = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\w+")
_ESCAPE = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>")
# a group or character class glued to a word or {placeholder}: Jahr(?:es), jede[nm], {day}(?:st)
_SUFFIX = re.compile(r"(?:(?<=[^\W\d_])|(?<=\}))(?:\[[^\]]*\]|\((?:\?:)?[^()]*\))")
_CHARSET = re.compile(r"\[[^\]]*\]")
_STEM_SUFFIX = re.compile(r"([^\W\d_]+)\((?:\?:)?([^\W\d_|]+(?:\|[^\W\d_]*)*)\)")
_OPTIONAL = re.compile(r"(?<=[^\W\d_])\?")  # Jahre?s? -> Jahres
_GLUED = re.compile(r"(?<=[})])[^\W\d_]+")  # {year}er, (?:s)


_SYNTAX = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[^\\(]+|\(")


def _lower_pattern(src: str) -> str:
    """``src`` with its literal text in lower case (escapes and group names kept), to match
    a lower-cased text without re.IGNORECASE."""
    return "".join(t if t.startswith(("\\", "(?P")) else t.lower() for t in _SYNTAX.findall(src))


def _strip_lookarounds(src: str) -> str:
    """``src`` without its look-ahead and look-behind groups (their words start no match)."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth = 0
            while i < n:
                c = src[i]
                if c == "\\":
                    i += 2
                    continue
                depth += c == "("
                depth -= c == ")"
                i += 1
                if depth == 0:
                    break
            out.append(" ")
            continue
        if src[i] == "\\":
            out.append(src[i : i + 2])
            i += 2
            continue
        out.append(src[i])
        i += 1
    return "".join(out)


def _pattern_words(pattern: str) -> set[str]:
    """The words a rule's own pattern spells out (not its word classes): whole words only,
    not suffix groups on their own (``{day}(?:st|nd)`` gives no "st"), nothing from
    look-arounds; a stem with a suffix group gives both forms (``Jahr(?:es)?``: "Jahr",
    "Jahres")."""
    src = _strip_lookarounds(_SUFFIX.sub("", _OPTIONAL.sub("", pattern)))
    src = _GLUED.sub(" ", src)
    src = _CHARSET.sub(" ", _ESCAPE.sub(" ", _PLACEHOLDER.sub(" ", src)))
    words = set(_LETTERS.findall(src))
    # a word with a suffix group also stands for its longer forms: Tag(?:es)? -> Tages
    for stem, alts in _STEM_SUFFIX.findall(_strip_lookarounds(pattern)):
        words.update(stem + a for a in alts.split("|") if a)
    return words


@dataclass
class Rule:
    """One rule: its name, type, value template, mod and the group names it uses."""

    name: str
    type: str
    value: str
    mod: str | None
    index: int
    groups: dict[str, str] = field(default_factory=dict)  # group alias -> word class
    slots: tuple = ()  # (alias, word class, group name) for each group
    gname: str = ""  # the rule's group in the combined patterns, r12
    span_group: str | None = None  # group r12_t when the rule marks its span
    examples: list = field(default_factory=list)
    negatives: list = field(default_factory=list)
    regex: re.Pattern | None = None


class Alternation:
    """The ordered alternation of some rules' patterns, compiled for a lower-cased text
    (``lower``, no re.IGNORECASE: faster) and, on first use, case-insensitively
    (``ignorecase``, for the rare text whose lower-casing changes its length)."""

    __slots__ = ("body", "lower", "_ignorecase")

    def __init__(self, body: str):
        self.body = body
        self.lower = re.compile(_lower_pattern(body))
        self._ignorecase: re.Pattern | None = None

    @property
    def ignorecase(self) -> re.Pattern:
        if self._ignorecase is None:
            self._ignorecase = re.compile(self.body, re.IGNORECASE)
        return self._ignorecase


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
    cased: frozenset = frozenset()  # words that count only when capitalised ("May")
    memo: dict = field(default_factory=dict)
    parts: list = field(default_factory=list)  # each rule's alternative, (?P<r12>...)
    combined: dict = field(default_factory=dict)  # rule indices -> Alternation

    def candidates(self, word: str) -> tuple[tuple, bool, Alternation | None]:
        """Rules (in file order) that may match at a word, whether the word is weak, and one
        :class:`Alternation` that tries those rules in order.

        A weak word (a determiner, preposition, numeral, "vergangenen", "Ende"...) can only
        start a match when one of the next five words is a strong one (a month, a unit,
        "heute", a digit...). Memoised per word form. The pattern is the ordered alternation
        of the rules' own patterns, so its match is the first rule's match, as if each rule
        were tried in turn (``(?:A|B)`` backtracks into B only when A fails as a whole).
        """
        hit = self.memo.get(word)
        if hit is None:
            w = word.casefold()
            a, b = self.by_word.get(w), self.by_prefix.get(w[:4])
            if a is None and b is None and not w[0].isdigit():  # most words
                hit = self.memo[word] = ((), False, None)
                return hit
            idx = set(a or ()) | set(b or ())
            if w[0].isdigit():
                idx |= self.digit
            key = tuple(sorted(idx))
            rules = tuple(self.rules[i] for i in key)
            alt = None
            if key:
                alt = self.combined.get(key)
                if alt is None:
                    body = r"(?<!\w)(?:" + "|".join(self.parts[i] for i in key) + r")(?!\w)"
                    alt = self.combined[key] = Alternation(body)
            hit = self.memo[word] = (rules, bool(rules) and w in self.weak, alt)
        return hit


def alternation(forms) -> str:
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
            classes[name] = alternation(f for forms in entries.values() for f in forms)
        else:
            classes[name] = alternation(entries)
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
            if after == "notafter:":
                return "".join(rf"(?<!\b{re.escape(str(w))}\s)" for w in vocab[cls])
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
        words = _pattern_words(spec["pattern"])
        for cls in set(rule.groups.values()):
            if cls in _BUILTIN:
                digit.add(rule.index)
            entries = vocab.get(cls, ())
            forms = (
                (f for fs in entries.values() for f in fs) if isinstance(entries, dict) else entries
            )
            for f in forms:
                words.update(_LETTERS.findall(str(f)))
                words.update(_TOKEN.findall(str(f)))  # "Q3", "19th": the word as a token
        if re.search(r"\\d|\[\\d|\d", spec["pattern"].replace("{", "").replace("}", "")):
            digit.add(rule.index)
        for w in words:
            w = w.casefold()
            by_word.setdefault(w, set()).add(rule.index)
            if len(w) >= 4:
                by_prefix.setdefault(w[:4], set()).add(rule.index)
    weak = {str(w).casefold() for w in vocab.get("function_words", ())}
    for cls in _WEAK_CLASSES:
        entries = vocab.get(cls) or ()
        forms = [f for fs in entries.values() for f in fs] if isinstance(entries, dict) else entries
        weak.update(w.casefold() for f in forms for w in _LETTERS.findall(str(f)))
    for rule in rules:
        rule.slots = tuple((a, c, f"r{rule.index}_{a}") for a, c in rule.groups.items())
        rule.gname = f"r{rule.index}"
        rule.span_group = f"r{rule.index}_t" if "t" in rule.groups else None
    g = Grammar(language, rules, lookup, vocab)
    g.by_word, g.by_prefix, g.digit = by_word, by_prefix, frozenset(digit)
    weak -= {str(w).casefold() for w in vocab.get("strong_words", ())}
    for cls in _STRONG_CLASSES:  # "second" is an ordinal and a unit: a unit is never weak
        entries = vocab.get(cls) or {}
        forms = [f for fs in entries.values() for f in fs] if isinstance(entries, dict) else entries
        weak -= {w.casefold() for f in forms for w in _LETTERS.findall(str(f))}
    g.weak = frozenset(weak)
    g.cased = frozenset(str(w).casefold() for w in vocab.get("cased_words", ()))
    g.parts = parts
    # compile the ordered alternations of the rule sets that words can select (~0.2 s, once
    # per process) rather than during the first texts
    for w in [*by_word, *by_prefix, "0"]:
        g.candidates(w)
    g.memo.clear()
    return g
