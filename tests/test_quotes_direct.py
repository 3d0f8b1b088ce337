"""Tests for presslens.quotes: quotation marks, direct and partial quotes, simple reports, negatives (sentences written for the project)."""

from __future__ import annotations

import pytest

from presslens.quotations import extract_quotes
from presslens.quotations.marks import find_quoted

# --- quotation marks -------------------------------------------------------------------

MARKS = [
    ("Er sagte: „Wir kommen morgen.“ Dann ging er.", ["„Wir kommen morgen.“"]),
    ('Sie sagte: "Das ist gut." Er nickte.', ['"Das ist gut."']),
    ("Er rief »Halt!« und lief.", ["»Halt!«"]),
    ("Sie rief «Halt!» und lief.", ["«Halt!»"]),
    ("He said “we will win” twice.", ["“we will win”"]),
    ("„Das ist ‚gut‘ so“, sagte sie.", ["„Das ist ‚gut‘ so“"]),
    ('Mixed „quote" here.', ['„quote"']),
    ("„Erster Absatz.\n„Zweiter Absatz.“ sagte er.", ["„Erster Absatz.\n„Zweiter Absatz.“"]),
    ("„Nie geschlossen\nNeuer Absatz.", ["„Nie geschlossen"]),
    ("It’s Peter’s car.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks(text, expected):
    assert [text[q.start : q.end] for q in find_quoted(text)] == expected


# --- direct, partial, negatives ----------------------------------------------------------
# --- direct, partial and simple reports --------------------------------------------------

CASES = [
    # (text, kind, quote text (prefix), speaker)
    (
        "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Kühn am Montag.",
        "direct",
        "„Wir bauen die Brücke neu“",
        "Anna Kühn",
    ),
    (
        "Bürgermeisterin Anna Kühn sagte: „Wir bauen die Brücke neu.“",
        "direct",
        "„Wir bauen die Brücke neu.“",
        "Anna Kühn",
    ),
    (
        'Rathaus: "Die Brücke bleibt gesperrt"\n',
        "direct",
        '"Die Brücke bleibt gesperrt"',
        "Rathaus",
    ),
    (
        "Der Trainer Paul Rinck lobte das Team. „Wir haben gekämpft“, sagte er.",
        "direct",
        "„Wir haben gekämpft“",
        "Paul Rinck",
    ),
    (
        "Die Ministerin Eva Brandt nannte den Plan „unausgegoren und teuer“.",
        "partial",
        "„unausgegoren und teuer“",
        "Eva Brandt",
    ),
    (
        "Der Landrat Jens Ohm erklärte, dass die Schule im Herbst öffnen werde.",
        "indirect",
        "dass die Schule im Herbst öffnen werde",
        "Jens Ohm",
    ),
    (
        "Der Landrat Jens Ohm fragte, ob die Schule im Herbst öffnen könne.",
        "indirect",
        "ob die Schule im Herbst öffnen könne",
        "Jens Ohm",
    ),
    (
        "Laut der Feuerwehr brannte die Scheune vollständig ab.",
        "indirect",
        "brannte die Scheune vollständig ab",
        "Feuerwehr",
    ),
    (
        "Nach Angaben der Polizei wurden drei Menschen verletzt.",
        "indirect",
        "wurden drei Menschen verletzt",
        "Polizei",
    ),
    (
        "Der Stadtverwaltung zufolge bleibt das Bad bis Mai geschlossen.",
        "indirect",
        "bleibt das Bad bis Mai geschlossen",
        "Stadtverwaltung",
    ),
    (
        "Die Lage sei ernst, so der Sprecher Olaf Wendt.",
        "indirect",
        "Die Lage sei ernst",
        "Olaf Wendt",
    ),
    (
        "Der Sprecher Olaf Wendt fügte hinzu, es gebe keine Verletzten.",
        "indirect",
        "es gebe keine Verletzten",
        "Olaf Wendt",
    ),
    ("Wie die Bahn mitteilte, fallen alle Züge aus.", "indirect", "fallen alle Züge aus", "Bahn"),
    (  # a name is given with "als … bekannt", a judgement with "als … bezeichnet"
        "Die Ministerin Eva Roth bezeichnete den Plan als „völlig verfehlt“.",
        "partial",
        "„völlig verfehlt“",
        "Eva Roth",
    ),
    (  # slogans: chanted or written words are quotes, however short
        "Die Fans skandierten Parolen wie „Nie wieder Abstieg“ und zogen zum Stadion.",
        "direct",
        "„Nie wieder Abstieg“",
        "Fans",
    ),
    ("Auf dem Plakat stand die Aufschrift „Rettet den Wald“.", "direct", "„Rettet den Wald“", ""),
    (
        'Fans carried banners reading "Save our club" through the town.',
        "direct",
        '"Save our club"',
        "Fans",
    ),
    (
        "Die Gewerkschaft forderte den Rücktritt des Vorstands.",
        "reported",
        "Die Gewerkschaft forderte",
        "Gewerkschaft",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker"), CASES)
def test_quote_cases(check_quote, text, kind, quote, speaker):
    check_quote(text, kind, quote, speaker)


NEGATIVES = [
    "Der Film „Das Boot“ lief gestern im Fernsehen.",
    "Die Maschine des Typs „Airbus A320“ landete sicher.",
    "Er liest die „Süddeutsche Zeitung“ jeden Morgen.",
    "Die Musik war sehr laut, und alle tanzten.",
    "Das Wetter war schön, dass alle draußen waren.",
    "Es ist so kalt wie lange nicht.",
    "Everything went according to plan.",
    "Es regnete stark, so dass das Spiel ausfiel.",
    "Es ist wahrscheinlich, dass es morgen regnet.",
    "Er ging früh nach Hause, um auszuschlafen.",
    "Die Organisation „Ärzte ohne Grenzen“ baut ein Lazarett.",
    "Die Firma „Holz und Stein“ stellt Möbel her.",
    "Das Hochwasser forderte in der Region zwölf Todesopfer.",
    "Im Mai bot der Händler das Gerät für wenig Geld an.",
    "Zum Beispiel gab es eine Spende an das Rote Kreuz.",
    "Wenn es regnen würde, wäre das Fest vorbei.",
    "Ich habe so viel gelernt.",
    "Nach dem Spiel gingen alle nach Hause.",
    "Die Brücke wurde gestern gesperrt und kritisiert.",
    "Hätte er nur Bier getrunken, so müsste er zwölf Liter getrunken haben.",
    "Nachdem er ausgepfiffen worden war, zeigte er dem Publikum die Faust.",
    "Die Mondfähre „Eagle Two“ landete im Meer der Ruhe.",
    "Ich rechne mit allem.",
    "Die befürchteten Folgen blieben aus.",
    "Das Spiel ging in die Pause, nach der die Gäste stärker wurden.",
    "An dieser Stelle stand früher eine Mühle.",  # "Stelle" is a noun, not Konjunktiv I
    "Diese „beeinträchtigten“ Schnecken wurden im Labor untersucht.",  # a scare quote
    "Ihm droht eine Freiheitsstrafe von fünf Jahren.",
    "Der Mann wurde vom Gericht zu fünf Jahren verurteilt.",
    "Zum Thema äußerte sich auch der Bürgermeister Karl Roth.",
    "Die Teams einigten sich darauf, das Spiel zu verschieben.",
    "Der Feuerwehrchef Juan Ruiz bestätigte den Vorfall am Sonntag.",
    "Der Präsident begrüßte die Gäste.",  # a greeting: "begrüßte" needs a clause or a quote
    "President Anna Berg welcomed the guests.",
    "The alliance consists of six states: Norland, Southland, Eastland and Westland.",
    "In der „Welt am Sonntag“ schreibt der Richter Karl Papp über das Verfahren.",
    "Ein Sprecher der „Polizei von Nordhafen“ bestätigte den Unfall.",
    "Die Firma „nord energie ag“, ein Unternehmen aus Kiel, meldete Verluste.",
    "Unter dem Motto „Freiheit für alle“ zogen die Fans durch die Stadt.",  # a motto is a name
    "Der Kinofilm „Sommer in Kiel“ lief gestern an.",  # a naming noun ending a compound
    "Unter dem Motto „100 Tage Sommer“ feierte die Stadt.",
    "Der Chor sang das Lied „Wenn der Regen fällt“ zum Abschluss.",
    "Sie bestand die Prüfung mit dem Prädikat „sehr gut“.",
    # names given with "sich nennen" and "als … bekannt"
    "Die Gruppe, die sich selbst „Freunde des Waldes“ nennt, pflanzte Bäume.",
    "Seit Mai nennt sich der Verein „Grüne Welle“ und wächst.",
    "Dies nennt man einen „Dominoeffekt“.",
    "Das als „Klein-Venedig“ bekannte Viertel liegt am Fluss.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert extract_quotes(text, language="en" if text.isascii() else "de") == []


def test_interrupted_quote_has_two_spans():
    text = "„Wir sind bereit“, sagte Anna Kühn, „und wir warten nicht länger.“"
    (q,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert len(q.spans) == 2
    assert text[q.spans[1][0] : q.spans[1][1]] == "„und wir warten nicht länger.“"
    assert q.speaker == "Anna Kühn"


def test_frame_inside_sentence_gives_two_spans():
    text = "Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung."
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[a:b] for a, b in q.spans] == [
        "Tatsächlich",
        "ist dies keine zutreffende Darstellung",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zeitung „Nordblick“ berichtet, der Hafen sei geschlossen.",
        "Das „Wetterzentrum Nord“ der Insel geht davon aus, dass der Sturm stärker wird.",
        "Der Chef der „Grünen Post“, Karl Roth, sagte, der Hafen sei geschlossen.",
    ],
)
def test_names_in_marks_before_the_verb_are_no_quotes(text):
    assert [q.kind for q in extract_quotes(text)] == ["indirect"]


def test_a_name_in_marks_after_wie_is_the_source_not_a_quote():
    text = "Wie „heise online“ berichtet, sperrten die Behörden den Zugang."
    (q,) = extract_quotes(text)
    assert (q.kind, q.text) == ("indirect", "sperrten die Behörden den Zugang")


def test_words_in_marks_after_the_cue_are_one_quote_not_two():
    found = extract_quotes("Die Polizei bekräftigt auch, „Huchting ist nicht Paris.“")
    assert [q.text for q in found] == ["„Huchting ist nicht Paris.“"]


@pytest.mark.parametrize(
    "text",
    ["Auf dem Plakat stand die Aufschrift „Rettet den Wald“.", "Sie riefen Parolen wie „Nein“."],
)
def test_the_slogan_word_is_never_the_speaker(text):
    (q,) = extract_quotes(text)
    assert q.kind == "direct" and q.speaker_mention.lower() not in ("aufschrift", "parolen")
