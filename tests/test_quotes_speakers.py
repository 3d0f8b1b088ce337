"""Tests for presslens.quotes: speakers (word order, appositions, pronouns, source phrases, descriptions, via, cue examples)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes
from presslens.resources import load_yaml

# --- speakers: verb-second order, appositions, relative clauses, pronouns ----------------

CASES = [
    # (text, kind, quote text (prefix), speaker)
    (
        "Am Montag sagte die Ministerin Eva Brandt, der Plan sei zu teuer.",
        "indirect",
        "der Plan sei zu teuer",
        "Eva Brandt",
    ),
    (
        "Zum neuen Gesetz schreibt der Anwalt Tim Vogt: „Es geht zu weit.“",
        "direct",
        "„Es geht zu weit.“",
        "Tim Vogt",
    ),
    (
        "Die Ärztin Jana Pohl, die das Heim leitet, erklärte, sie werde bleiben.",
        "indirect",
        "sie werde bleiben",
        "Jana Pohl",
    ),
    (
        "Jens Ohm, der Landrat, hatte Kai Brehm aufgefordert, das Amt niederzulegen.",
        "indirect",
        "das Amt niederzulegen",
        "Jens Ohm",
    ),
    (
        "Der Trainer Paul Rinck nach dem Spiel: „Wir haben heute alles gegeben.“",
        "direct",
        "„Wir haben heute alles gegeben.“",
        "Paul Rinck",
    ),
    (
        "„Wir helfen“, ließ ein Sprecher der Stadt verlauten.",
        "direct",
        "„Wir helfen“",
        "Sprecher",
    ),
    (
        "Der Verband Pro Rad würdigte die Ministerin als mutige Reformerin.",
        "reported",
        "Der Verband Pro Rad würdigte",
        "Pro Rad",
    ),
    (
        "Anschließend sei laut el-Baradei die Anlage geprüft worden.",
        "indirect",
        "Anschließend sei",
        "el-Baradei",
    ),
    (
        "Offiziell geht die Regierung davon aus, dass der Plan hält.",
        "indirect",
        "dass der Plan hält",
        "Regierung",
    ),
    (
        "Lediglich die Anreise könne schwierig werden, sagte Eva Brandt vom Verein in einem "
        "Interview mit der Zeitung am Montag.",
        "indirect",
        "Lediglich die Anreise könne schwierig werden",
        "Eva Brandt",
    ),
    (
        "Der Zug fällt heute aus, teilte die Bahn am Morgen mit.",
        "indirect",
        "Der Zug fällt heute aus",
        "Bahn",
    ),
    (
        "Die Entscheidung fiel am Montag, wie die Staatsanwaltschaft mitteilte.",
        "indirect",
        "Die Entscheidung fiel am Montag",
        "Staatsanwaltschaft",
    ),
    (
        "Die Zeugin hatte angegeben, dass sie nichts sah; das Gericht prüft den Fall.",
        "indirect",
        "dass sie nichts sah",
        "Zeugin",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker"), CASES)
def test_quote_cases(check_quote, text, kind, quote, speaker):
    check_quote(text, kind, quote, speaker)


# --- speakers of source phrases, datelines, cue words used as nouns ---------------------

SPEAKERS = [
    # (language, text, kind, speaker contains, speaker_mention)
    ("de", "Die Forscherin Eva Lind ist froh. Ihren Angaben zufolge wächst der Wald.",
     "indirect", "Eva Lind", "Ihren Angaben"),
    ("de", "Das Innenministerium zählt nach eigenen Angaben täglich 300 Anträge.",
     "indirect", "Innenministerium", "eigenen Angaben"),
    ("de", "Nach eigenen Angaben reagierte die Armee damit auf Beschuss.",
     "indirect", "Armee", "eigenen Angaben"),
    ("de", "Die Zeitung Tagblatt berichtete über die Pläne. Demnach wolle die Stadt sparen.",
     "indirect", "Tagblatt", "Demnach"),
    ("de", "Wien – Der Bürgermeister Karl Roth sagte, die Straße werde im Mai fertig.",
     "indirect", "Karl Roth", "Der Bürgermeister Karl Roth"),
    ("de", "Nach Angaben unabhängiger Experten ist das Wasser sauber.",
     "indirect", "Experten", "unabhängiger Experten"),
    ("de", "Laut einer neuen Studie schlafen Kinder zu wenig.",
     "indirect", "Studie", "einer neuen Studie"),
    ("de", "Der Präsident Paul Roth begrüßte, dass die Gäste gekommen seien.",
     "indirect", "Paul Roth", "Der Präsident Paul Roth"),
    ("de", "Der Minister Paul Roth sagte, im Gesetz sehe er „kein Hindernis für den Handel“.",
     "partial", "Paul Roth", "Der Minister Paul Roth"),
    ("de", "Eva Lind stellte die Studie vor. Bislang gingen die Forscher davon aus, dass …",
     "indirect", "Forscher", "die Forscher"),
    ("de", "Aktuell lässt die Sängerin Eva Lind Folgendes erklären: „Ich bin gesund.“",
     "direct", "Eva Lind", "die Sängerin Eva Lind"),
    ("de", "Stadtrat: Umbau des Bades war „eine gute Entscheidung“\n", "partial", "Stadtrat",
     "Stadtrat"),
    ("de", "Die Lage müsse sich ändern, deponierte Bürgermeister Karl Roth im Interview.",
     "indirect", "Karl Roth", "Bürgermeister Karl Roth"),
    ("de", "Am Abend meldeten die Agenturen, Feldmann rechne mit einer Verhandlung.",
     "indirect", "Agenturen", "die Agenturen"),
    ("de", "Die Ärztin Eva Lind sagte, es sei ruhig. Nach ersten Angaben gab es keine Opfer.",
     "indirect", "Eva Lind", "ersten Angaben"),
    ("de", "Der Export wurde laut Angaben des Ministeriums widerrufen.",
     "indirect", "Ministerium", "des Ministeriums"),
    ("de", "Die Tat wurde von Marcel Lazar gestanden, der nach eigenen Angaben allein war.",
     "indirect", "Marcel Lazar", "eigenen Angaben"),
    ("de", "Der englischsprachigen Zeitung sagte Filep Karma: „Ich werde kämpfen.“",
     "direct", "Filep Karma", "Filep Karma"),
    ("de", "Die Treffen fallen aus. Als Ersatz wollen die Staaten in Brüssel tagen. Das sei gut.",
     "free_indirect", "Staaten", "die Staaten"),
    ("de", "Die Polizei Wien meldete einen Brand. Nach ersten Angaben gab es keine Verletzten.",
     "indirect", "Polizei", "ersten Angaben"),
    ("de", "Nach palästinensischen Angaben wurden drei Menschen verletzt.",
     "indirect", "palästinensischen Angaben", "palästinensischen Angaben"),
    ("en", "President Anna Berg welcomed that the summit took place in Minsk.",
     "indirect", "Anna Berg", "President Anna Berg"),
    ("en", "President Anna Berg welcomed the “historic step” of the alliance.",
     "partial", "Anna Berg", "President Anna Berg"),
    ("de", "Die Nachrichtenagentur Sana spricht von einem Täter, der sich gestellt habe.",
     "free_indirect", "Sana", "Die Nachrichtenagentur Sana"),
    ("en", "The member states said that the plan works.",
     "indirect", "member states", "The member states"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind", "speaker", "mention"), SPEAKERS)
def test_speakers_of_source_phrases(lang, text, kind, speaker, mention):
    hits = [q for q in extract_quotes(text, language=lang) if q.kind == kind]
    assert hits, extract_quotes(text, language=lang)
    assert speaker in hits[-1].speaker
    assert hits[-1].speaker_mention == mention


def test_description_resolves_to_person():
    text = (
        "Der Premierminister Tomas Berg reiste nach Oslo.\n"
        "„Wir brauchen Verbündete“, sagte der Premierminister damals."
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Tomas Berg"
    assert q.speaker_mention == "der Premierminister"


@pytest.mark.parametrize(
    ("frame", "via"),
    [
        ("sagte er AFP", "AFP"),
        ("sagte er laut Belta.by", "Belta.by"),
        ("sagte er dem staatlichen Fernsehen", "staatlichen Fernsehen"),
    ],
)
def test_via(frame, via):
    text = f"Der Analyst Tim Roth war skeptisch.\n„Das wird nicht halten“, {frame}."
    (q,) = extract_quotes(text)
    assert q.via == via
    assert q.speaker == "Tim Roth"


# --- resources carry examples: run them all --------------------------------------------

CUE_EXAMPLES = [
    (lang, ex["text"], ex["speaker"])
    for lang in ("de", "en")
    for rule in load_yaml(lang, "quote_cues.yaml")
    for ex in rule["examples"]
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CUE_EXAMPLES)
def test_cue_examples(lang, text, speaker):
    found = extract_quotes(text, language=lang)
    if speaker is None:
        assert found == []
    else:
        assert found and found[0].speaker_mention.endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wenige Stunden nach dem Treffen erklärte der Rat, die Lage sei ruhig.", "Rat"),
        ("Um 10:05 Uhr meldete die Agentur Nordpress, der Zug sei entgleist.", "Nordpress"),
        ("Zwei Tage später sagte die Ministerin Eva Brandt, der Plan sei teuer.", "Eva Brandt"),
    ],
)
def test_a_fronted_time_phrase_is_no_speaker(text, speaker):
    (q,) = extract_quotes(text)
    assert speaker in q.speaker


def test_sie_after_the_verb_is_its_object_when_a_phrase_opens_the_clause():
    text = "Die Regeln gelten ab Mai. Der Verbandschef Karl Roth nannte sie „reine Schikane“."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("partial", "Karl Roth")
    (q,) = extract_quotes("Die Ministerin Eva Lind kam. Dann sagte sie, der Plan sei gut.")
    assert (q.speaker_mention, q.speaker) == ("sie", "Eva Lind")


def test_konjunktiv_after_a_sentence_without_cue_takes_only_a_person_as_speaker():
    text = "Langfristig strebt die Firma einen Börsengang an. Eine Option sei der Verkauf."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("free_indirect", "")
    (q,) = extract_quotes("Der Minister Karl Roth war in Bonn. Die Lage sei ernst.")
    assert q.speaker == "Karl Roth"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Auch die Ministerin Eva Roth (SPD) äußerte Bedenken: „Das geht zu weit.“", "Eva Roth"),
        ("Die Zeugin Anna Kühn, 30, beschrieb den Hergang: „Die See war rau.“", "Anna Kühn"),
        ("Auch am Montag sagte der Minister Karl Roth, der Plan sei gut.", "Karl Roth"),
    ],
)
def test_focus_particles_and_ages_around_the_subject(text, speaker):
    (q,) = extract_quotes(text)
    assert speaker in q.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Forscherin Eva Lind sagte, der Wald wachse.", "Eva Lind"),
        ("Die Zeugin Anna Kern sagte, die See sei rau.", "Anna Kern"),
        ("Der Trainer Hans Peter Wolf sagte, die See sei rau.", "Hans Peter Wolf"),
    ],
)
def test_role_nouns_are_no_part_of_the_name(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Weil der Preis stark gestiegen ist, hat der Staatssekretär Max Berg gefordert, "
            "die Steuer zu senken.",
            "Max Berg",
        ),
        (
            "Der Präsident Karl Wulf (CDU) hat mit Tom Peres (Awoda, dt. etwa Arbeiterpartei) "
            "bekräftigt, das Land stehe fest.",
            "Karl Wulf",
        ),
    ],
)
def test_subordinate_clauses_and_brackets_before_the_verb(text, speaker):
    (q,) = extract_quotes(text)
    assert q.speaker == speaker


def test_a_date_apposition_does_not_end_the_clause():
    text = (
        "Karl Gysi hatte am Donnerstag, den 7.10. in einem Interview gesagt, die Partei stagniere."
    )
    (q,) = extract_quotes(text)
    assert q.speaker == "Karl Gysi"


def test_an_apposition_before_a_colon_is_no_reported_clause():
    text = "Dann sagte Jan Berg, Gründer der Band: „Wir spielen nicht für Geld.“"
    assert [q.kind for q in extract_quotes(text)] == ["direct"]
    assert extract_quotes(text)[0].speaker == "Jan Berg"


def test_a_subject_with_adjectives_and_apposition_is_no_reported_clause():
    text = "Der frühere sozialdemokratische Bürgermeister, Heiner Falk, schätzt das Urteil ein."
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("reported", "Heiner Falk")


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Laut Polizei wurden Daten von 900 Karten entwendet.", "wurden Daten", "Polizei"),
        ("Nach Angaben eines Zeugen haben Soldaten in die Luft geschossen.", "haben Soldaten",
         "Zeugen"),
        ("Nach Angaben der Behörde gehören Infektionen zu den häufigsten Leiden.",
         "gehören Infektionen", "Behörde"),
        # a genitive adjective after a noun stays in the phrase
        ("Laut Vertretern deutscher Banken ist die Lage ernst.", "ist die Lage ernst",
         "Vertretern deutscher Banken"),
    ],
)  # fmt: skip
def test_a_verb_after_the_source_noun_is_not_part_of_the_speaker(text, quote, speaker):
    found = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert found and found[0].text.startswith(quote), found
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # a named person in the sentence before takes the word from the quote before that …
        (
            "Der Bürgermeister sagte, die Straße bleibe gesperrt. Die Ärztin Eva Kern wirkte "
            "ratlos. Es gebe keine Spur des Täters.",
            "Eva Kern",
        ),
        (  # … a pronoun there does not: the quote before goes on
            "Der Bürgermeister Ole Lund sagte, die Straße bleibe gesperrt. Er wirkte ratlos. "
            "Es gebe keine Spur des Täters.",
            "Ole Lund",
        ),
        (  # … nor a phrase that names no person
            "Der Bürgermeister Ole Lund sagte, die Straße bleibe gesperrt. Die Lage wirkte "
            "ruhig. Es gebe keine Spur des Täters.",
            "Ole Lund",
        ),
    ],
)
def test_konjunktiv_after_a_quote_and_a_sentence_naming_a_person(text, speaker):
    q = extract_quotes(text)[-1]
    assert (q.kind, q.speaker) == ("free_indirect", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # "zitierte X mit den Worten": X speaks, the subject relays; in the passive X is the subject
        (
            "Ein Sender zitierte den Minister Paul Roth mit den Worten: „Wir bleiben hier.“",
            "Paul Roth",
        ),
        (
            "Am Montag zitierte der Sender die Ärztin Eva Kern mit den Worten: „Wir bleiben hier.“",
            "Eva Kern",
        ),
        (
            "Der Minister Paul Roth wird von einer Zeitung mit den Worten zitiert: „Wir bleiben.“",
            "Paul Roth",
        ),
        ("Die Ministerin Eva Kern erklärte: „Wir bleiben hier.“", "Eva Kern"),  # any other verb
    ],
)
def test_the_person_quoted_with_zitierte_speaks(text, speaker):
    (q,) = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", speaker)
