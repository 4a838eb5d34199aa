"""Name normalisation and ACLED-style naming rules (no index needed)."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.admin import admin1_name, admin2_name, same_place_name
from sitrep.gazetteer.demonyms import demonym_index
from sitrep.gazetteer.names import (
    canonical_articles,
    normalize,
    skeleton,
    slavic_stem,
    split_region_word,
    strip_type_word,
)


@pytest.mark.parametrize(
    "raw, key",
    [("Kryvyi Rih", "kryvyi rih"), ("Kryvyi-Rih", "kryvyi rih"), ("Kryvyi–Rih", "kryvyi rih"),
     ("Ḩalab", "halab"), ("Kam'yanske", "kamyanske"), ("Kam’yanske", "kamyanske"),
     ("Łódź", "lodz"), ("the Gaza Strip", "gaza strip"), ("U.S.", "u s"), ("  Sumy ", "sumy")],
)
def test_normalize_folds_case_diacritics_apostrophes_and_hyphens(raw, key):
    assert normalize(raw) == key


@pytest.mark.parametrize(
    "raw, stem, word",
    [("Kursk Oblast", "Kursk", "oblast"), ("Sumy region", "Sumy", "region"),
     ("Donetsk province", "Donetsk", "province"), ("Borno State", "Borno", "state"),
     ("Kyiv", "Kyiv", None), ("Region", "Region", None)],
)
def test_split_region_word_separates_the_trailing_region_word(raw, stem, word):
    assert split_region_word(raw) == (stem, word)


@pytest.mark.parametrize(
    "raw, stripped",
    [("Aleppo Governorate", "Aleppo"), ("Sumy Oblast", "Sumy"), ("Rivers State", "Rivers"),
     ("Tatarstan, Respublika", "Tatarstan"), ("The State of Tigray", "Tigray"),
     ("Autonomous Republic of Crimea", "Crimea"), ("Borno", "Borno")],
)
def test_strip_type_word_leaves_the_proper_name(raw, stripped):
    assert strip_type_word(raw) == stripped


@pytest.mark.parametrize(
    "word, stem",
    [("Kurskaya", "Kursk"), ("Belgorodskaya", "Belgorodsk"), ("Sudzhanskiy", "Sudzhansk"),
     ("Sums'ka", "Sumsk"), ("Kharkiv", None)],
)
def test_slavic_stem_cuts_adjectival_endings(word, stem):
    assert slavic_stem(word) == stem


@pytest.mark.parametrize(
    "code, name, aliases, towns, expected",
    [
        ("RU.41", "Kurskaya oblast'", ["Kursk vilayəti"], [("Kursk", 448733)], "Kursk"),
        ("XX.01", "Belgorodskaya oblast'", [], [("Stary Oskol", 1), ("Belgorod", 2)],
         "Belgorod"),
        ("XX.02", "Ḩalab", ["Aleppo", "Aleppo Governorate"], [("Aleppo", 1)], "Aleppo"),
        ("XX.03", "Bayrūt", ["Beirut"], [("Ra's Bayrut", 1)], "Beirut"),
        ("XX.04", "North Darfur", ["North Darfur State"], [("El Fasher", 1)], "North Darfur"),
        ("XX.05", "Kandahār", ["Qandahor viloyati"], [("Kandahar", 1)], "Kandahar"),
        ("UA.12", "Kyiv", ["Kyiv City"], [("Kyiv", 1)], "Kyiv City"),
        ("UA.26", "Zaporizka oblast", ["Zaporizhzhia Oblast"], [], "Zaporizhia"),
    ],
)
def test_admin1_name_is_acled_style(code, name, aliases, towns, expected):
    assert admin1_name(code, name, aliases, towns) == expected


def test_admin2_name_drops_the_type_word():
    assert admin2_name("Sumskyi Raion") == "Sumskyi"
    assert admin2_name("Kutum District") == "Kutum"


@pytest.mark.parametrize(
    "a, b, same",
    [("Zaporizhzhya", "Zaporizhia", True), ("Mykolayiv", "Mykolaiv", True),
     ("Kursk", "Kurchatov", False), ("Sumy", "Sumy", True)],
)
def test_same_place_name_accepts_spelling_variants_only(a, b, same):
    assert same_place_name(a, b) is same


@pytest.mark.parametrize(
    "word, code",
    [("russian", "RU"), ("russians", "RU"), ("israelis", "IL"), ("palestinians", "PS"),
     ("sudanese", "SD"), ("somalis", "SO"), ("burkinabe", "BF"), ("congolese", "CD"),
     ("burmese", "MM"), ("afghans", "AF"), ("frenchmen", "FR")],
)
def test_demonym_index_has_singular_and_plural(word, code):
    assert demonym_index()[word] == code


@pytest.mark.parametrize(
    "key, canon",
    [("deir el zour", "deir al zour"), ("dayr az zawr", "dayr al zawr"),
     ("ras al ayn", "ras al ayn"), ("tell abyad", "tell abyad"),
     ("el fasher", "el fasher"), ("abu ad duhur", "abu al duhur")],
)
def test_canonical_articles_writes_every_inner_article_as_al(key, canon):
    assert canonical_articles(key) == canon


@pytest.mark.parametrize(
    "a, b",
    [("hodeidah", "hudaydah"), ("deir el zour", "dayr az zawr"), ("mekelle", "mek ele"),
     ("hiran", "hiiraan"), ("khan younis", "khan yunis"), ("qamishli", "kamishli")],
)
def test_transliterations_of_one_name_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a, b", [("hodeidah", "haditha"), ("marib", "mosul"), ("gaza", "goma")])
def test_different_names_have_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)
