"""Tests for presslens.quotes (package presslens.quotations): tables of sentences written for the project."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.quotations import COLUMNS, extract_quotes, quotes, speakers
from presslens.quotations.marks import find_quoted
from presslens.resources import load_yaml

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
    (
        "Die Gewerkschaft forderte den Rücktritt des Vorstands.",
        "reported",
        "Die Gewerkschaft forderte",
        "Gewerkschaft",
    ),
    # dass clause after a predicate of knowing or feeling (resources/de/clause_cues.txt)
    (
        "Im Mai wurde bekannt, dass der Bäcker seinen Laden schließt.",
        "indirect",
        "dass der Bäcker seinen Laden schließt",
        "",
    ),
    (
        "Die Ärztin Jana Pohl zeigte sich besorgt, dass die Zahl der Fälle steigt.",
        "indirect",
        "dass die Zahl der Fälle steigt",
        "Jana Pohl",
    ),
    # zu-infinitive after a request or accusation (resources/de/directive_cues.txt)
    (
        "Der Bürgermeister Karl Ost forderte die Anwohner auf, die Fenster geschlossen zu halten.",
        "indirect",
        "die Fenster geschlossen zu halten",
        "Karl Ost",
    ),
    (
        "Die Gewerkschaft warf dem Vorstand vor, die Zahlen geschönt zu haben.",
        "indirect",
        "die Zahlen geschönt zu haben",
        "Gewerkschaft",
    ),
    ("Es gibt Gerüchte, nach denen der Sänger krank war.", "indirect", "der Sänger krank", ""),
    (
        "Die Behörde legte den Bericht vor. Demnach stieg die Zahl der Unfälle.",
        "indirect",
        "stieg die Zahl der Unfälle",
        "",
    ),
    ("Seiner Ansicht nach ist der Plan zu teuer.", "indirect", "ist der Plan zu teuer", ""),
    (
        "Die Brücke bleibt bis Mai gesperrt. Das teilte die Stadtverwaltung am Montag mit.",
        "indirect",
        "Die Brücke bleibt bis Mai gesperrt",
        "Stadtverwaltung",
    ),
    (
        "Das Konzept sei gescheitert, so der Kritiker Max Roth, ein Professor aus Bonn.",
        "indirect",
        "Das Konzept sei gescheitert",
        "Max Roth",
    ),
    # speakers: verb-second order, appositions, relative clauses, pronouns of the clause
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
    # Konjunktiv I marks reported speech on its own; the speaker is the cue's subject before
    (
        "Der Verband Pro Rad kritisierte den Plan. Die Radwege seien zu schmal.",
        "free_indirect",
        "Die Radwege seien zu schmal.",
        "Pro Rad",
    ),
    (
        "Das lehnte der Bürgermeister Karl Ost ab. Er werde nicht zurücktreten.",
        "reported",
        "Das lehnte der Bürgermeister",
        "Karl Ost",
    ),
    (
        "In dem Bericht der Kommission heißt es, die Wahl sei fair gewesen.",
        "indirect",
        "die Wahl sei fair gewesen",
        "Bericht der Kommission",
    ),
    (
        "Die Anwohner wurden von der Feuerwehr angewiesen, die Fenster zu schließen.",
        "indirect",
        "die Fenster zu schließen",
        "Feuerwehr",
    ),
    (
        "Der Rat tagte, und der Verband Pro Rad rief die Stadt auf, Radwege zu bauen.",
        "indirect",
        "Radwege zu bauen",
        "Pro Rad",
    ),
    (
        "Die Ministerin Eva Brandt erklärte, der Plan sei „völlig unausgegoren“.",
        "partial",
        "„völlig unausgegoren“",
        "Eva Brandt",
    ),
    (
        "Das ist das Ziel, das Kanzler Otto Berg einst erklärt hatte: „Wir schaffen das.“",
        "direct",
        "„Wir schaffen das.“",
        "Otto Berg",
    ),
    (
        "General Tom Kees erklärte, die neue Verfassung werde bald gelten.",
        "indirect",
        "die neue Verfassung werde bald gelten",
        "Tom Kees",
    ),
    (
        "So kritisierte Rajko Bern den Kanzler in der Debatte am Abend heftig wegen seiner "
        "Politik, es sei der größte Fehler gewesen.",
        "indirect",
        "es sei der größte Fehler gewesen",
        "Rajko Bern",
    ),
    (
        "Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung.",
        "indirect",
        "Tatsächlich",
        "Polizei",
    ),
    (
        "Die Brücke wird saniert. Die Kosten trägt das Land. Das gab die Ministerin bekannt.",
        "indirect",
        "Die Brücke wird saniert. Die Kosten trägt das Land",
        "Ministerin",
    ),
    (
        "Der Rat beschloss am Abend, eine neue Schule zu bauen.",
        "indirect",
        "eine neue Schule zu bauen",
        "Rat",
    ),
    (
        "Nach dem vorläufigen Endergebnis erreichte die Partei 40 Prozent.",
        "indirect",
        "erreichte die Partei 40 Prozent",
        "Endergebnis",
    ),
    (
        "Wie gestern bekannt wurde, ist der Sänger schwer erkrankt.",
        "indirect",
        "ist der Sänger schwer erkrankt",
        "",
    ),
    (
        "Die Schlange ist die größte ihrer Art – das beschreiben Forscher aus Bonn.",
        "indirect",
        "Die Schlange ist die größte ihrer Art",
        "Forscher",
    ),
    (
        "Von der Opposition wurde der Besuch als Werbung kritisiert.",
        "reported",
        "Von der Opposition wurde",
        "Opposition",
    ),
    (
        "Der Verband Pro Rad plädiert für breitere Radwege.",
        "reported",
        "Der Verband Pro Rad plädiert",
        "Pro Rad",
    ),
    (
        "Wie de Vries mitteilte, ist die Straße wieder frei.",
        "indirect",
        "ist die Straße wieder frei",
        "de Vries",
    ),
    (
        "Zu Gast war Pfarrer Paul Rinck aus Ulm, der alle Gäste aufforderte, leiser zu sein.",
        "indirect",
        "leiser zu sein",
        "Paul Rinck",
    ),
    (
        "Selbst die Zeitung Die Welt hatte im Mai kritisiert, dass der Plan fehle.",
        "indirect",
        "dass der Plan fehle",
        "Zeitung Die Welt",
    ),
    (
        "Rinck, der lange gezögert hatte, sagte, er wolle Platz machen.",
        "indirect",
        "er wolle Platz machen",
        "Rinck",
    ),
    (
        "Die Anwendung der Regel stellte der Vorsitzende Franz Ohm in Frage: „Das ist fern.“",
        "direct",
        "„Das ist fern.“",
        "Franz Ohm",
    ),
    (
        "Von der Ministerin liegt nur die Äußerung vor, sie werde sich später äußern.",
        "indirect",
        "sie werde sich später äußern",
        "",
    ),
    (
        "Am Abend erklärte der Rat, wie sich das Gremium selbst nennt, die Lage sei ruhig.",
        "indirect",
        "die Lage sei ruhig",
        "Rat",
    ),
    (
        "Die Stadt Ulm, die am Flughafen beteiligt ist, erwog eine Klage.",
        "reported",
        "Die Stadt Ulm",
        "Stadt Ulm",
    ),
    (
        "Die Verbände Pro Rad und Bus Plus werfen Norbert Lammert Verzögerung vor.",
        "reported",
        "Die Verbände Pro Rad",
        "Verbände Pro Rad",
    ),
    (
        "Die Forscherin Eva Brandt riet allgemein zu „Ruhe und Vorsicht“.",
        "partial",
        "„Ruhe und Vorsicht“",
        "Eva Brandt",
    ),
    (
        "Laut „Welt“ soll er sich in Haft befinden.",
        "indirect",
        "soll er sich in Haft befinden",
        "Welt",
    ),
    (
        "Das hatte er längst getan, wie sein Anwalt Tim Vogt mitteilte.",
        "indirect",
        "Das hatte er längst getan",
        "Tim Vogt",
    ),
    (
        "Die Fähre bleibt einen Tag länger im Hafen, das teilte die Reederei mit.",
        "indirect",
        "Die Fähre bleibt einen Tag länger im Hafen",
        "Reederei",
    ),
    (
        "Der Verband bestand darauf, die Gebühren zu senken.",
        "indirect",
        "die Gebühren zu senken",
        "Verband",
    ),
    (
        "Der Anwalt Tim Vogt äußerte sich am Abend. Er rechne mit einem Urteil im Mai.",
        "free_indirect",
        "Er rechne mit einem Urteil im Mai.",
        "Tim Vogt",
    ),
    (
        '"We will not give up," said Mayor Jane Doyle on Monday.',
        "direct",
        '"We will not give up,"',
        "Jane Doyle",
    ),
    ('"We regret this," Peskov told state television.', "direct", '"We regret this,"', "Peskov"),
    (
        "Spokesman Tom Reed said on Friday that the plant would close.",
        "indirect",
        "that the plant would close",
        "Tom Reed",
    ),
    (
        "The plant will close next year, the company said.",
        "indirect",
        "The plant will close next year",
        "company",
    ),
    (
        "According to the police, three people were hurt.",
        "indirect",
        "three people were hurt",
        "police",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quote", "speaker"), CASES)
def test_quote_cases(text, kind, quote, speaker):
    lang = "en" if text.isascii() and (" the " in text.lower() or '"We' in text) else "de"
    found = extract_quotes(text, language=lang)
    hits = [q for q in found if q.kind == kind and q.text.startswith(quote)]
    assert hits, found
    assert speaker in hits[0].speaker


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
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    assert extract_quotes(text, language="en" if text.isascii() else "de") == []


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


def test_quoted_words_inside_reported_speech_are_their_own_quote():
    text = "Die Ministerin Eva Lind sagte, die Reform sei „ein Schritt in die falsche Richtung“."
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "partial"]
    assert found[1].text == "„ein Schritt in die falsche Richtung“"
    assert found[0].speaker == found[1].speaker == "Eva Lind"


def test_uncued_words_in_marks_inside_reported_speech_are_taken_back():
    text = "Der Minister Paul Roth sagte, die Reform sei teuer. Sie soll „Ärger für viele Jahre bringen“."
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "free_indirect", "partial"]
    assert found[2].text == "„Ärger für viele Jahre bringen“"
    assert found[2].speaker == "Paul Roth"


def test_interrupted_quote_has_two_spans():
    text = "„Wir sind bereit“, sagte Anna Kühn, „und wir warten nicht länger.“"
    (q,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert len(q.spans) == 2
    assert text[q.spans[1][0] : q.spans[1][1]] == "„und wir warten nicht länger.“"
    assert q.speaker == "Anna Kühn"


def test_konjunktiv_continuation_and_pronoun():
    text = (
        "Der Bürgermeister Karl Weiß sagte, die Straße werde im Mai fertig. "
        "Die Kosten lägen im Plan, und es gebe keine Verzögerungen."
    )
    found = extract_quotes(text)
    assert [q.kind for q in found] == ["indirect", "free_indirect"]
    assert found[1].speaker == "Karl Weiß"


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


# --- example corpus acceptance -----------------------------------------------------------

CORPUS = "data/examples/ovks-2023"


@pytest.fixture(scope="module")
def corpus(request):
    from pathlib import Path

    root = Path(request.config.rootpath) / CORPUS
    files = sorted(root.glob("*.txt"))
    return pd.DataFrame(
        {
            "article_id": [f.stem[:3] for f in files],
            "text": [f.read_text(encoding="utf-8") for f in files],
        }
    )


def test_example_article_000(corpus):
    q = quotes(corpus, language="de")
    a = q[q["article_id"] == "000"]
    assert set(a["speaker"]) <= {
        "Kreml",
        "Dmitri Peskow",
        "Alexander Lukaschenko",
        "Nikol Paschinjan",
        "Valery Karbalevich",
        "The Moscow Times",  # "…, wie die englischsprachige The Moscow Times berichtete."
    }

    def row(prefix):
        r = a[a["text"].str.startswith(prefix)]
        assert len(r), prefix
        return r.iloc[0]

    assert row('"Wir bedauern dies"').speaker == "Kreml"
    r = row('"Wir bedauern dies in')
    assert (r.speaker, r.via) == ("Dmitri Peskow", "russischen Staatsfernsehen")
    r = row('"Wenn Sie Beschwerden')
    assert (r.speaker, r.via) == ("Alexander Lukaschenko", "Belta.by")
    assert row('es sei "unverantwortlich').speaker == "Alexander Lukaschenko"
    assert row('"strategischer Fehler"').kind == "partial"
    assert row('"strategischer Fehler"').speaker == "Nikol Paschinjan"
    assert row('"Armeniens Sicherheitsarchitektur').speaker == "Nikol Paschinjan"
    r = row('"Die post-sowjetischen')
    assert (r.speaker, r.via) == ("Valery Karbalevich", "AFP")
    # the quoted subheading is skipped; the scare-quoted one is not a quotation
    assert not a["text"].str.startswith('"Beschwerden').any()
    assert not (a["text"] == '"Fehler"').any()


def test_example_article_002(corpus):
    q = quotes(corpus, language="de")
    a = q[q["article_id"] == "002"]
    got = {(r.text[:25], r.speaker) for r in a.itertuples()}
    assert ("stehen zentrale Fragen de", "Kreml") in got
    assert ("dass Putin nicht beabsich", "Dmitri Peskow") in got
    assert ("dass eine Kommunikation m", "Dmitri Peskow") in got
    assert ("dass die OVKS viel Arbeit", "Wladimir Putin") in got
    assert ("dass er mit dem belarussi", "Wladimir Putin") in got


# --- frame contract ------------------------------------------------------------------------


def test_columns_offsets_and_no_mutation(corpus):
    before = corpus.copy(deep=True)
    q = quotes(corpus, language="de")
    pd.testing.assert_frame_equal(corpus, before)
    assert list(q.columns) == COLUMNS
    texts = dict(zip(corpus["article_id"], corpus["text"]))
    for r in q.itertuples():
        assert r.start == r.spans[0][0] and r.end == r.spans[-1][1]
        if r.speaker_start >= 0:
            assert texts[r.article_id][r.speaker_start : r.speaker_end] == r.speaker_mention


def test_empty_frames():
    empty = quotes(pd.DataFrame({"article_id": ["x"], "text": ["Kein Zitat hier."]}), language="de")
    assert list(empty.columns) == COLUMNS and empty.empty
    assert speakers(empty).empty


def test_speakers_table(corpus):
    s = speakers(quotes(corpus, language="de"))
    assert {"article_id", "speaker", "direct", "indirect", "quotes", "share"} <= set(s.columns)
    shares = s.groupby("article_id")["share"].sum()
    assert ((shares - 1).abs() < 1e-9).all()


def test_frame_inside_sentence_gives_two_spans():
    text = "Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung."
    (q,) = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert [text[a:b] for a, b in q.spans] == [
        "Tatsächlich",
        "ist dies keine zutreffende Darstellung",
    ]


def test_missing_space_after_period_splits_sentences():
    from presslens.quotations.extract import split_sentences as split

    text = "Keine Leichen wurden geborgen.Das Schiff war auf dem Weg nach Lae."
    assert len(split(text)) == 2
    assert len(split("Siehe ndr.de für mehr.")) == 1
