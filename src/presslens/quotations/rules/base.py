"""Named rules and their bookkeeping.

A ``Rule`` is a name, a function from a view (a sentence, a quoted span) to a ``Candidate``
or None, and the languages it applies to. ``first_match`` runs an ordered list of rules and
returns the first result; ``RuleStats``, when given, counts each rule's calls and results
and adds up its CPU time (``benchmarks/bench_quotes.py --rules`` prints them).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["SKIP", "Rule", "RuleStats", "first_match", "run"]

#: What a rule returns for a span it rejects outright: no later rule may take it.
SKIP = "skip"


@dataclass(frozen=True)
class Rule:
    """A named rule: ``find(view)`` returns a candidate, None (no match) or ``SKIP``."""

    name: str
    find: Callable
    languages: tuple[str, ...] = ("de", "en")


class RuleStats:
    """Calls, results and CPU seconds per rule name, summed over the articles of a run."""

    def __init__(self) -> None:
        self.calls: Counter = Counter()
        self.hits: Counter = Counter()
        self.seconds: defaultdict = defaultdict(float)

    def run(self, name: str, fn: Callable, *args, **kwargs):
        """``fn(*args, **kwargs)``, counted and timed under ``name``."""
        t0 = time.process_time()
        result = fn(*args, **kwargs)
        self.seconds[name] += time.process_time() - t0
        self.calls[name] += 1
        if result and result is not SKIP:
            self.hits[name] += 1
        return result

    def rows(self) -> list[tuple[str, int, int, float]]:
        """``(rule, calls, results, seconds)`` for each rule, the slowest first."""
        names = sorted(self.calls, key=lambda n: (-self.seconds[n], n))
        return [(n, self.calls[n], self.hits[n], self.seconds[n]) for n in names]


def run(stats: RuleStats | None, name: str, fn: Callable, *args, **kwargs):
    """``fn(*args, **kwargs)``; counted and timed under ``name`` when ``stats`` is given."""
    if stats is None:
        return fn(*args, **kwargs)
    return stats.run(name, fn, *args, **kwargs)


def first_match(rules, view, language: str, stats: RuleStats | None):
    """``(rule, result)`` of the first rule for ``language`` whose result is not None, else
    ``(None, None)``."""
    for rule in rules:
        if language not in rule.languages:
            continue
        result = run(stats, rule.name, rule.find, view)
        if result is not None:
            return rule, result
    return None, None
