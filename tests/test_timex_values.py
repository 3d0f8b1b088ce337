"""Each value function of presslens.timex.values on its own: a table of calls -> values."""

from __future__ import annotations

from datetime import date

import pytest

from presslens.timex.context import Context
from presslens.timex.resolve import resolve
from presslens.timex.values import VALUE_FUNCTIONS

SAT = date(2023, 11, 25)  # a Saturday, ISO week 47


def _ctx(text: str = "", anchor=SAT, language: str = "de") -> Context:
    return Context(text, anchor, [(0, len(text))] if text else [], language, "published")


@pytest.mark.parametrize(
    "call,value",
    [
        ("dur(3,Y)", "P3Y"),
        ("dur(X,H)", "PTXH"),
        ("dur(3.5,MIN)", "PT3.5M"),
        ("vague(W)", "PXW"),
        ("duradj(3,tägig)", "P3D"),
        ("duradj(,eintägig)", "P1D"),
        ("duradj(2,stündig)", "PT2H"),
        ("setu(Monat)", "P1M"),
        ("freq(wöchentlich)", "P1W"),
        ("setwd(2,)", "XXXX-WXX-2"),
        ("setwd(5,EV)", "XXXX-WXX-5TEV"),
        ("decade(1990,)", "199"),
        ("decade(,80)", "198"),
        ("decade(,20)", "192"),
        ("century(19)", "18"),
        ("day(-1)", "2023-11-24"),
        ("dayword(gestern)", "2023-11-24"),
        ("dayword(übermorgen)", "2023-11-27"),
        ("daypod(morgen,MO)", "2023-11-26TMO"),
        ("relu(-1,Woche)", "2023-W46"),
        ("relu(+1,Monat)", "2023-12"),
        ("relu(0,Quartal)", "2023-Q4"),
        ("relu(Vorjahres,)", "2022"),
        ("year(-1)", "2022"),
        ("weekend(+1)", "2023-W48-WE"),
        ("wd(6)", "2023-11-25"),
        ("wd(4)", "2023-11-23"),
        ("wdrel(+1,1)", "2023-11-27"),
        ("wdrel(-1,6)", "2023-11-18"),
        ("wddir(gestrigen,5)", "2023-11-24"),
        ("wdweek(2,-1)", "2023-11-14"),
        ("edge(Jahresende,)", "2023"),
        ("md(11,23)", "2023-11-23"),
        ("md(2,30)", "XXXX-02-30"),
        ("wmd(4,11,23)", "2023-11-23"),
        ("m(9)", "2023-09"),
        ("ym(-1,3)", "2022-03"),
        ("ym(0,1,1)", "2023-01-01"),
        ("season(SP,+1)", "2024-SP"),
        ("season(FA,-1)", "2022-FA"),
        ("yseason(-1,FA)", "2022-FA"),
        ("quarter(3,2019,)", "2019-Q3"),
        ("quarter(3,,-1)", "2022-Q3"),
        ("half(2,,)", "2023-H2"),
        ("mdpod(10,3,EV)", "2023-10-03TEV"),
        ("holiday(12-25)", "2023-12-25"),
        ("holiday(E+0)", "2023-04-09"),
        ("time(19,30)", "2023-11-25T19:30"),
        ("pod(AF)", "2023-11-25TAF"),
        ("kw(48,)", "2023-W48"),
        ("same()", "2023-11-25"),
        ("nosuchfunction(1)", "XXXX-XX-XX"),
        ("PRESENT_REF", "PRESENT_REF"),
    ],
)
def test_value_function(call, value):
    assert resolve(call, _ctx(), 0, "").value == value


@pytest.mark.parametrize(
    "call,value",
    [
        ("md(11,23)", "XXXX-11-23"),
        ("wmd(4,11,23)", "XXXX-11-23"),
        ("m(9)", "XXXX-09"),
        ("wd(4)", "XXXX-WXX-4"),
        ("relu(-1,Woche)", "XXXX-WXX"),
        ("relu(-1,Jahr)", "XXXX"),
        ("day(-1)", "XXXX-XX-XX"),
        ("weekend(0)", "XXXX-WXX-WE"),
        ("season(SU,)", "XXXX-SU"),
        ("time(8,,p.m.)", "T20:00"),
        ("pod(NI)", "XXXX-XX-XXTNI"),
        ("dur(2,D)", "P2D"),
        ("quarter(3,2015,)", "2015-Q3"),
        ("quarter(4,,)", "XXXX-Q4"),
        ("half(2,,)", "XXXX-H2"),
        ("edge(Jahreswechsel,2024)", "2024"),
        ("holiday(12-25)", "XXXX-12-25"),
        ("holiday(E+1)", "XXXX-XX-XX"),
    ],
)
def test_value_function_without_anchor(call, value):
    ctx = Context("", None, [], "de", "published", "none:undated")
    resolved = resolve(call, ctx, 0, "")
    assert resolved.value == value
    # a value with unknown parts says why (the context's missing label), others need none
    unknown = "XXXX" in value or value.startswith("T")
    assert resolved.anchor == ("none:undated" if unknown else None)


def test_english_words_come_from_the_english_vocabulary():
    ctx = _ctx(language="en")
    assert resolve("dayword(yesterday)", ctx, 0, "").value == "2023-11-24"
    assert resolve("freq(annually)", ctx, 0, "").value == "P1Y"
    assert resolve("later(2,D,earlier)", ctx, 0, "").value == "2023-11-23"


def test_every_call_in_the_rules_has_a_value_function():
    import re

    from presslens.resources import load_yaml

    for lang in ("de", "en"):
        for rule in load_yaml(lang, "timex_rules.yaml"):
            call = re.match(r"(\w+)\(", str(rule["value"]))
            if call:
                assert call.group(1) in VALUE_FUNCTIONS, (lang, rule["name"])
