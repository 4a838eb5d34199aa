"""Name normalisation, region words and Arabic articles (no index needed)."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.names import (
    adm2_words,
    articles,
    canonical_articles,
    joined_syllables,
    leading_articles,
    normalize,
    not_places,
    region_words,
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


def test_region_words_point_to_their_admin_level():
    levels = region_words()
    assert (levels["oblast"], levels["governorate"], levels["district"], levels["raion"]) == (
        1, 1, 2, 2)


def test_adm2_words_are_type_words():
    assert {"raion", "district", "hromada"} <= set(adm2_words())


def test_not_places_hold_regions_and_groups_not_towns():
    assert {"middle east", "hamas", "west"} <= not_places()
    assert "kyiv" not in not_places()


def test_leading_articles_are_common_articles_with_a_space():
    leading = leading_articles()
    assert "al " in leading and "el " in leading and "ul " not in leading
    assert {a.strip() for a in leading} < articles()
    assert "ul" in articles()


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


def test_a_region_word_added_by_an_overlay_is_used_at_once(tmp_path):
    from sitrep import reference

    assert split_region_word("Oakvale Shire") == ("Oakvale Shire", None)
    (tmp_path / "gazetteer").mkdir()
    (tmp_path / "gazetteer" / "region_words.csv").write_text("word,level\nshire,2\n")
    reference.use_overlay(tmp_path)
    try:
        assert split_region_word("Oakvale Shire") == ("Oakvale", "shire")
    finally:
        reference.use_overlay(None)
    assert split_region_word("Oakvale Shire") == ("Oakvale Shire", None)


@pytest.mark.parametrize("name, joined", [
    ("Mu-se", "muse"), ("Hpa-An", "hpaan"), ("Nyaung-U", "nyaungu"),
    ("Bobo-Dioulasso", None), ("Kaga-Bandoro", None), ("Muse", None), ("Pa-San Pya", None),
])
def test_names_written_in_hyphenated_syllables_are_also_keyed_run_together(name, joined):
    assert joined_syllables(name) == joined
