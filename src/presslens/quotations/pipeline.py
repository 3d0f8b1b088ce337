"""The quotation pipeline: which rules run, in which order, on what.

An article is read once (``view.Article``); then

1. every span in quotation marks goes through ``DIRECT_RULES`` (``rules/direct.py``): the
   first rule that takes it makes it a direct or partial quote, or rejects it (names,
   titles, scare quotes); a span that goes on with the quote before after ", sagte er," is
   joined to it (``interrupted``);
2. every sentence not covered by a direct quote goes through ``rules/reported.py``: a
   take-up of the sentence before (``backref``: "Das berichtete X."), else the first of
   ``CLAUSE_RULES`` that finds a reported clause and its frame, else a Konjunktiv or hearsay
   continuation (``konjunktiv``, ``hearsay``), else a speech-act summary (``speech_act``,
   ``impersonal``, ``while_clause``); a clause rule's quote may bring a second clause of the
   sentence (``second_clause``, ``main_clause_after``, ``after_colon``) and a speech act
   before it (``act_before``);
3. quoted words inside reported speech become quotes of their own (``nested``) and the
   author's scare quotes are dropped;
4. speakers are found, resolved and inherited along the article (``speakers/``).

Each quote keeps the name of the rule that found it (the ``rule`` column of ``quotes``).
With a ``RuleStats`` (``extract_quotes(..., stats=...)``) every rule is counted and timed.
"""

from __future__ import annotations

from presslens.quotations.candidates import Candidate
from presslens.quotations.rules import clauses, direct, english, frames, reported, sources
from presslens.quotations.rules.base import Rule, RuleStats, run
from presslens.quotations.rules.nested import drop_scare_quotes, inner_quotes
from presslens.quotations.speakers.attribute import enclosing_speakers
from presslens.quotations.view import Article

__all__ = ["CLAUSE_RULES", "DIRECT_RULES", "find_candidates"]

#: Rules for a span in quotation marks, in order: the first that returns a candidate (or
#: rejects the span) decides.
DIRECT_RULES = (
    Rule("frame_after", direct.frame_after),  # „…“, sagte X / "…," Peskov told
    Rule("frame_before", direct.frame_before),  # X sagte: „…“ / Kreml: „…“
    Rule("standalone", direct.standalone),  # a quote standing as a sentence
    Rule("slogan", direct.slogan),  # Parolen wie „…“
    Rule("partial", direct.partial),  # quoted words in the author's sentence, or no quote
)

#: Rules for a reported clause in a sentence, in order: the first match decides.
CLAUSE_RULES = (
    Rule("that_clause", reported.that_clause),  # erklärte, dass … / said that …
    Rule("relative_source", clauses.relative_source, ("de",)),  # Berichte, wonach …
    Rule("demnach", reported.demnach_source, ("de",)),  # Demnach …
    Rule("source_phrase", sources.prepositional),  # laut X / nach Angaben X / according to X
    Rule("verb_comma", frames.verb_comma),  # sagte X, es sei … / …, sagte X.
    Rule("zero_that", english.zero_that, ("en",)),  # X said the summit would …
    Rule("inline_backref", clauses.inline_backref, ("de",)),  # …, das entschied X.
    Rule("noun_clause", frames.noun_clause, ("de",)),  # die Äußerung vor, er werde …
    Rule("infinitive", clauses.infinitive, ("de",)),  # forderte X auf, Y zu tun
    Rule("inner_demnach", reported.inner_demnach_source, ("de",)),  # Die Zahl ist demnach …
)


def find_candidates(article: Article, stats: RuleStats | None = None) -> list[Candidate]:
    """Every quote of ``article`` as a candidate, in text order, with the speaker phrases the
    rules found (not yet resolved to names)."""
    skipped: list = []
    found = direct.find_direct(article, DIRECT_RULES, stats, skipped)
    found = reported.find_reported(article, found, CLAUSE_RULES, stats)
    found += run(stats, "nested", inner_quotes, article.text, found, skipped)
    found = run(stats, "scare_quotes", drop_scare_quotes, article.text, found)
    marked = {(q.start, q.end): q for q in found if q.kind in ("direct", "partial")}
    for q in found:  # a reported clause that is exactly the words in marks: one quote, the
        d = marked.get((q.start, q.end))  # marked one, with the clause's source if it has none
        if d is not None and q is not d and q.mention is not None and d.cue is None:
            d.update(mention=q.mention, cue=q.cue, inherit=False)
    found = [q for q in found if (q.start, q.end) not in marked or marked[(q.start, q.end)] is q]
    found.sort(key=lambda q: (q.start, q.end))
    enclosing_speakers(found)
    for q in found:
        if q.mention is not None and q.mention.ref == "previous":
            q.source_before = reported.previous_source(article, article.sentence_of(q.start))
    return found
