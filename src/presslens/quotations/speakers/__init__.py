"""Speakers: every step that finds, resolves or inherits who speaks a quote.

- ``mentions``: the speaker phrase near a cue (a name, a description, a pronoun);
- ``subjects``: which phrase is the subject of a cue verb (German verb-second order,
  appositions, passives with "von", "laut X" in the clause);
- ``context``: who speaks in the sentence before a quote without a frame of its own;
- ``resolve``: mentions to names (surnames, pronouns and titles to the last named person);
- ``attribute``: the walk along the article that gives each quote its speaker, inheriting
  the speaker of the quote before where a quote names none.
"""
