"""Ukrainian names: the national romanisation table, adjective stems and loose keys."""

from __future__ import annotations

import pytest

from sitrep.gazetteer.translit import adjective_stems, loose_key, romanize, translit_table

#: The 33 letters of the Ukrainian alphabet.
ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"


def test_the_table_covers_every_letter_of_the_alphabet():
    table = translit_table()
    assert set(ALPHABET) <= set(table)
    assert all(len(entry) == 2 for entry in table.values())


@pytest.mark.parametrize(
    "cyrillic, latin",
    [  # examples given with the national system (Resolution No. 55 of 2010)
        ("Алушта", "Alushta"), ("Згорани", "Zghorany"), ("Розгон", "Rozghon"),
        ("Єнакієве", "Yenakiieve"), ("Короп’є", "Koropie"), ("Їжакевич", "Yizhakevych"),
        ("Кадиївка", "Kadyivka"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"),
        ("Юрій", "Yurii"), ("Корюківка", "Koriukivka"), ("Яготин", "Yahotyn"),
        ("Костянтин", "Kostiantyn"), ("Знам'янка", "Znamianka"), ("Феодосія", "Feodosiia"),
        ("Щербухи", "Shcherbukhy"), ("Гоща", "Hoshcha"), ("Ґалаґан", "Galagan"),
        ("Біла Церква", "Bila Tserkva"),
    ],
)
def test_romanize_follows_the_national_system(cyrillic, latin):
    assert romanize(cyrillic) == latin


def test_each_word_starts_afresh_and_other_characters_are_kept():
    assert romanize("Нова Ярославка") == "Nova Yaroslavka"  # я at a word's start: "Ya"
    assert romanize("Петрівка-2 (Pisky)") == "Petrivka-2 (Pisky)"


@pytest.mark.parametrize(
    "settlement, adjective",
    [("Андріївка", "Андріївська"), ("Покровськ", "Покровська"), ("Ароматне", "Ароматненська"),
     ("Сонячний", "Сонячненська"), ("Піски", "Пісківська"), ("Бахмут", "Бахмутська"),
     ("Курахове", "Курахівська"), ("Мелітополь", "Мелітопольська")],
)
def test_adjective_stems_give_the_councils_name(settlement, adjective):
    assert adjective.removesuffix("а") in adjective_stems(settlement)


def test_a_name_of_two_words_gives_no_stem():
    assert adjective_stems("Нова Каховка") == set()


def test_loose_key_joins_romanisations_and_keeps_other_names_apart():
    assert loose_key("kamianka") == loose_key("kamyanka")
    assert loose_key("andriivka") == loose_key("andriyivka")
    assert loose_key("pisky") != loose_key("pesky")
