"""Datelines in capitals further in the body, as places with the role "dateline"."""

from __future__ import annotations

import pytest

from sitrep.places.datelines import dateline_places


def found(gazetteer, text):
    return [(p.text, p.country_code, p.role, text[p.start:p.end] == p.text)
            for p in dateline_places(text, gazetteer, (), "places@0")]


@pytest.mark.parametrize(
    "text, expected",
    [("Storm warning issued\nBy A. Writer\n\nNAIROBI — Heavy rain fell.", [("NAIROBI", "KE")]),
     ("LIMA (AP) Protesters filled the square.", [("LIMA", "PE")]),
     ("HANOI, May 3 (Reuters) - Officials said.", [("HANOI", "VN")]),
     ("The vote was close. OSLO (AP) - Parliament met.", [("OSLO", "NO")]),
     ("AMMAN & DAMASCUS, June 1 -- Talks resumed.", [("AMMAN", "JO"), ("DAMASCUS", "SY")])],
)
def test_capitalised_datelines_are_found(gazetteer, text, expected):
    assert found(gazetteer, text) == [(n, cc, "dateline", True) for n, cc in expected]


@pytest.mark.parametrize(
    "text",
    ["NAIROBI police said on Monday that rain fell.",   # no comma, agency or dash after it
     "The WHO (AP) said so.",                           # not at a line's start or after a sentence
     "UPDATE — more to follow.",                        # not a place
     "Nairobi — Heavy rain fell."],                     # not in capitals
)
def test_other_capitals_are_no_dateline(gazetteer, text):
    assert found(gazetteer, text) == []


def _at(text: str, name: str):
    from sitrep.records import Place

    start = text.index(name)
    return Place(name, start, start + len(name), name, 1, 0.0, 0.0, "XX", "X", None, None,
                 "PPLC", 1)


@pytest.mark.parametrize(
    "text, name, dateline",
    [("Mogadishu: A suicide bomber struck a base.", "Mogadishu", True),
     ("Headline here\nKyiv, Ukraine — Shelling resumed.", "Kyiv", True),
     ("Lima (AP) - Protesters filled the square.", "Lima", True),
     ("By Jane Roe\nAFP, Paris\nPublished: Monday", "Paris", True),
     ("12 September 2018\nDeutsche Welle (Bonn)\nLeaders sign a deal", "Bonn", True),
     ("Talks went on in the city (Bonn)\nmore", "Bonn", False),
     ("Mogadishu was quiet on Monday: shops opened.", "Mogadishu", False),
     ("Police said a bomb hit Kyiv: two died.", "Kyiv", False),
     ("Rain fell on Monday in the capital.\nParis\n", "Paris", False)],
)
def test_datelines_in_ordinary_case_are_told_by_where_they_stand(text, name, dateline):
    from sitrep.places.datelines import mark_lead_datelines

    place = _at(text, name)
    mark_lead_datelines(text, [place])
    assert (place.role == "dateline") is dateline
