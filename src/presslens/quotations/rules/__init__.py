"""The quotation rules, one module per form of quoting (the order they run in is
``pipeline``'s):

- ``direct``: spans in quotation marks: direct and partial quotes, their frames, and the
  marks that hold names, titles and scare quotes; ``nested``: quoted words inside reported
  speech, and the author's scare quotes;
- ``reported``: the walk over the sentences for reported speech, with ``frames`` ("sagte X,
  es sei …", "…, so X"), ``sources`` ("laut X", "nach Angaben X", "according to X"),
  ``clauses`` (dass/zu-infinitive clauses without a listed verb, "Demnach …", "Das
  berichtete X."), ``english`` ("said" without "that"), ``continuation`` (Konjunktiv
  sentences going on with reported speech) and ``summaries`` (speech-act summaries);
- ``common``: the builders the reported-speech rules share; ``base``: ``Rule`` and the
  bookkeeping of rule counts and times.
"""
