"""Closed word classes that several quotation modules share.

Kept apart so that no rule module imports another for a word list. Each class says what the
rules do with it.
"""

from __future__ import annotations

from presslens.resources import lexicon, load_set_all

__all__ = [
    "COORDINATORS", "DASS", "D_RELATIVES", "FINDINGS", "FIRST_PERSON", "FRONTED", "NAMED",
    "EN_RELATIVES", "PASSIVE_AUX", "SOURCE_NOUN_ENDS", "SPEECH_NOUNS", "SPOKEN_OF", "SUBJECT_RELATIVES", "SUBORDINATORS",
]  # fmt: skip

# nouns of saying in every language ("Erklärung", "statement"): a clause after one is reported
SPEECH_NOUNS = load_set_all("speech_nouns.txt")

# words that open a reported clause after a comma ("erklärte, dass …", "said that …")
DASS = frozenset(["dass", "daß", "ob", "wonach", "that", "whether"])

# German relative pronouns of the d-series (the word class of resources/de/word_classes.yaml
# without "welcher"): "…, der …" opens a relative clause
D_RELATIVES = frozenset(w for w in lexicon("de").relative_pronouns if not w.startswith("welch"))

# German relative pronouns that can be the subject of their clause ("…, der sagte")
SUBJECT_RELATIVES = lexicon("de").word_class("relative_pronouns", "nominative")

# English relative pronouns that only open a relative clause ("that" is also a complementizer)
EN_RELATIVES = lexicon("en").relative_pronouns - {"that"}

# German passive auxiliaries: "wurde … bestätigt" names no speaker by itself
PASSIVE_AUX = frozenset(["wurde", "wurden", "wird", "werden", "worden"])

# German subordinating conjunctions (the word class of resources/de/word_classes.yaml): a
# clause they open is not the main clause ("…, weil X sagte")
SUBORDINATORS = lexicon("de").subordinators

# subordinating conjunctions that open a sentence with a fronted clause ("Nachdem X sagte, …")
FRONTED = frozenset(
    [
        "nachdem",
        "während",
        "als",
        "wenn",
        "weil",
        "obwohl",
        "obgleich",
        "da",
        "bevor",
        "sobald",
        "falls",
        "seit",
        "seitdem",
        "solange",
        "indem",
    ]
)

# nouns (and their ends) that name the source of a statement ("Angaben", "Polizeiangaben",
# "Studie"): "nach Angaben X", "laut einer Studie", "Den Angaben zufolge"
SOURCE_NOUN_ENDS = (
    "angaben", "aussagen", "aussage", "berichten", "informationen", "auffassung", "ansicht",
    "stellungnahme", "darstellung", "meinung", "einschätzung", "worten", "erkenntnissen",
    "schätzungen", "ermittlungen", "auskunft", "mitteilung", "meldungen", "zählung",
    "umfrage", "studie", "berechnungen", "überzeugung", "recherchen", "bericht", "berichts",
    "einschätzungen", "schilderungen", "darstellungen", "vorstellungen", "erkenntnis",
    "gesetz", "entwurf", "veröffentlichung", "ergebnis", "ergebnissen", "prognose", "prognosen",
    "hochrechnung", "hochrechnungen", "quellen", "analyse", "vorhersage", "bekunden",
    "dokument", "papier", "unterlagen", "reporter", "reporterin", "zeugen", "augenzeugen",
    "schätzung", "planungen", "erkenntnisstand", "kenntnisstand", "erfahrungen",
    "verfassung", "medien", "idee", "ideen", "wunsch", "willen",
)  # fmt: skip

# verbs of findings that frame a clause only after ", so" or "wie" ("…, so zeigen Studien",
# "…, wie eine Auswertung zeigt"): alone they mostly mean showing, not saying
FINDINGS = frozenset(["zeigen", "zeigt", "zeigte", "zeigten", "belegen", "belegt", "belegte"])

# first persons: a sentence with them gives an interview's words, not an author's summary
FIRST_PERSON = frozenset(["ich", "wir"])

# participles of "Als Grund wurde X genannt/angegeben": what someone gave as a reason
NAMED = frozenset(["genannt", "angegeben"])

# participles of an impersonal passive of speaking ("Von X wird gesprochen/berichtet")
SPOKEN_OF = frozenset(["gesprochen", "ausgegangen", "berichtet"])

# coordinating conjunctions: a clause after ", und" continues the sentence before
COORDINATORS = lexicon("de").word_class("coordinators")
