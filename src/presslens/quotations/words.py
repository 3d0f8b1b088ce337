"""Closed word classes that several quotation modules share.

Kept apart so that no rule module imports another for a word list. Each class says what the
rules do with it.
"""

from __future__ import annotations

from presslens.resources import load_set_all

__all__ = [
    "COORDINATORS", "DASS", "D_RELATIVES", "FINDINGS", "FIRST_PERSON", "FRONTED", "NAMED",
    "PASSIVE_AUX", "SOURCE_NOUN_ENDS", "SPEECH_NOUNS", "SPOKEN_OF",
]  # fmt: skip

# nouns of saying in every language ("Erklärung", "statement"): a clause after one is reported
SPEECH_NOUNS = load_set_all("speech_nouns.txt")

# words that open a reported clause after a comma ("erklärte, dass …", "said that …")
DASS = frozenset(["dass", "daß", "ob", "wonach", "that", "whether"])

# German relative pronouns of the d-series: "…, der …" opens a relative clause
D_RELATIVES = frozenset(["der", "die", "das", "dem", "den", "denen", "deren", "dessen"])

# German passive auxiliaries: "wurde … bestätigt" names no speaker by itself
PASSIVE_AUX = frozenset(["wurde", "wurden", "wird", "werden", "worden"])

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
COORDINATORS = frozenset(["und", "oder", "aber", "sondern", "doch", "denn", "jedoch"])
