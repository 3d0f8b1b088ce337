"""Language resources for quotes, loaded once per language and compiled into fast lookups.

``lexicon(language)`` gives the compiled word lists of one language; ``word_set(language,
name)`` any other list of ``resources/<language>/`` (empty when the language has none);
``konjunktiv1(language)`` the forms that mark reported speech on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from presslens.ner.gazetteer import first_name_genders
from presslens.quotations.words import D_RELATIVES, EN_RELATIVES
from presslens.resources import load_list, load_set_all, load_yaml

__all__ = ["Lexicon", "first_names", "given_names", "konjunktiv1", "lexicon", "word_set"]

_DETERMINERS = {
    "de": "der die das des dem den ein eine einer eines einem einen sein seine seiner seinem "
    "seinen ihr ihre ihrer ihrem ihren dieser diese dieses diesem diesen",
    "en": "the a an his her their its this that",
}
_FUNCTION = {
    "de": "und oder aber auch doch noch nur schon sehr nicht kein keine es man wir ich du ihr "
    "wie als so da dann denn weil wenn ob dass daß zu am im in an auf aus bei mit nach seit von "
    "vor zum zur für gegen über unter um durch ohne bis jedoch außerdem zudem dabei damals "
    "weiter heute gestern nun ebenfalls bereits zuvor gleichzeitig dazu darauf jetzt "
    "unterdessen derweil inzwischen mittlerweile hierzu hierbei hier dort damit daher deshalb "
    "deswegen darum trotzdem dennoch allerdings zugleich zuletzt später anschließend danach "
    "demnach vorher seither seitdem konkret gegenüber insgesamt zunächst erst bisher immer "
    "stattdessen außerdem ferner schließlich letztlich offenbar angeblich wohl vielmehr "
    "morgen abends morgens damals einst kürzlich jüngst neulich vergangene vergangenen "
    "ebenso auch sonst somit also nämlich dagegen hingegen zwar weiterhin zusätzlich "
    "besonders vor allem gerade genau etwa rund knapp fast mehr weniger viele alle beide "
    "nichts etwas niemand jemand jeder jede jedes was wer wo wann warum weshalb "
    "bislang aktuell derzeit momentan zusammen außer vorerst nunmehr indes indessen ohnehin "
    "jedenfalls tatsächlich eigentlich natürlich offensichtlich möglicherweise vermutlich "
    "wahrscheinlich anfangs zuerst erstmals bald sogar lediglich kaum oft häufig manchmal "
    "meist meistens stets nie niemals teilweise zumindest mindestens insbesondere daraufhin "
    "folgendes darin daraus darüber hierin worin",
    "en": "and or but also only not no it we i you as so then because if whether that to at in "
    "on of by with from for about after before however meanwhile earlier later also then "
    "now today yesterday is are was were be been being has have had will would can could "
    "should may might must do does did",
}


_RELATIVES = {
    "de": D_RELATIVES,
    "en": EN_RELATIVES,
}


@dataclass(frozen=True)
class Lexicon:
    language: str
    verbs: frozenset  # reporting verb forms (lowercase, first word)
    particles: dict  # form -> required particle
    acts: frozenset
    act_particles: dict
    konjunktiv: frozenset
    pronouns: dict
    titles: tuple  # lowercase function nouns
    media: tuple  # exact names
    media_prefixes: tuple
    cues_before: tuple  # lowercase multiword cues preceding the source
    cues_after: frozenset
    determiners: frozenset
    function: frozenset
    relatives: frozenset  # relative pronouns that open a clause about the noun before

    @cached_property
    def cue_words(self) -> frozenset:
        """Every reporting verb and speech-act form: a stretch without one has no cue."""
        return self.verbs | self.acts


def _forms(lines):
    """Forms and, for forms only ever listed with a particle, the particles they need."""
    forms, particles, bare = set(), {}, set()
    for line in lines:
        parts = line.lower().split()
        forms.add(parts[0])
        if len(parts) > 1:
            particles.setdefault(parts[0], set()).add(" ".join(parts[1:]))
        else:
            bare.add(parts[0])
    return frozenset(forms), {k: v for k, v in particles.items() if k not in bare}


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled quote lexicon for ``"de"`` or ``"en"``."""
    verbs, particles = _forms(load_list(language, "reporting_verbs.txt"))
    acts, act_particles = _forms(load_list(language, "speech_acts.txt"))
    cues = load_yaml(language, "quote_cues.yaml") or []
    try:  # "Alias = Canonical" lines: the alias is what the text says
        media = [m.split(" = ")[0].strip() for m in load_list(language, "media.txt")]
    except FileNotFoundError:
        media = []
    return Lexicon(
        language=language,
        verbs=verbs,
        particles=particles,
        acts=acts,
        act_particles=act_particles,
        konjunktiv=frozenset(load_list(language, "konjunktiv.txt")),
        pronouns=dict(load_yaml(language, "pronouns.yaml") or {}),
        titles=tuple(t.lower() for t in load_list(language, "speaker_titles.txt")),
        media=tuple(media),
        media_prefixes=load_list(language, "media_words.txt"),
        cues_before=tuple(c["cue"] for c in cues if c["where"] == "before"),
        cues_after=frozenset(c["cue"] for c in cues if c["where"] == "after"),
        determiners=frozenset(_DETERMINERS[language].split()),
        function=frozenset(_FUNCTION[language].split()),
        relatives=_RELATIVES[language],
    )


@cache
def word_set(language: str, name: str) -> frozenset:
    """The entries of ``resources/<language>/<name>`` as a set; empty when the language has
    no such file."""
    try:
        return frozenset(load_list(language, name))
    except FileNotFoundError:
        return frozenset()


@cache
def first_names(language: str) -> frozenset:
    """First names as written (capitalised): a word of them makes a phrase a person."""
    return word_set(language, "first_names.txt")


@cache
def given_names(language: str) -> frozenset:
    """Every first name presslens knows: ``first_names.txt`` and the names of
    ``presslens.ner`` (``common/first_name_genders.txt``), as the name finder reads them."""
    return first_names(language) | frozenset(first_name_genders())


@cache
def konjunktiv1(language: str) -> frozenset:
    """Konjunktiv I forms of the lexicon ("sei", "habe", "werde"): unlike Konjunktiv II they
    differ from the indicative and mark reported speech on their own."""
    kii = load_set_all("konjunktiv2.txt")
    return frozenset(w for w in lexicon(language).konjunktiv if w not in kii)
