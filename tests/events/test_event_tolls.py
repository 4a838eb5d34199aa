"""Which figures belong to which event, and how they add up."""

from __future__ import annotations

from sitrep.events.tolls import Toll, assign_counts, figure, total
from sitrep.records import Count

# Three sentences in one paragraph, then a second paragraph of one sentence.
TEXT = ("Russian forces shelled the town on Sunday, killing 3 civilians. "
        "At least 12 civilians were killed and 121 injured, the governor said. "
        "Police put the toll at 9. "
        "\nThe war has killed 10000 people since 2022.")
SENTENCES = [(0, 64), (64, 135), (135, 161), (161, len(TEXT))]
PARAGRAPHS = [0, 0, 0, 1]


def count(text: str, category: str, value: int, nth: int = 0) -> Count:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Count(text, start, start + len(text), value, value, None, category, None, None)


def test_a_figure_in_the_trigger_sentence_goes_to_that_event():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    c = count("3 civilians", "killed", 3)
    assign_counts([c], [toll], SENTENCES, PARAGRAPHS, {0}, {}, TEXT)
    assert toll.counts == [c]


def test_a_figure_in_a_sentence_with_no_event_reaches_back_in_its_paragraph():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    killed = count("At least 12 civilians", "killed", 12)
    assign_counts([killed], [toll], SENTENCES, PARAGRAPHS, {0}, {}, TEXT)
    assert toll.counts == [killed]


def test_a_figure_in_another_paragraph_or_a_background_sentence_goes_nowhere():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    war = count("10000 people", "killed", 10000)
    assign_counts([war], [toll], SENTENCES, PARAGRAPHS, {0}, {3: []}, TEXT)
    assert toll.counts == []


def test_a_figure_dated_far_from_the_event_is_background():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    c = count("At least 12 civilians", "killed", 12)
    assign_counts([c], [toll], SENTENCES, PARAGRAPHS, {0}, {1: ["2023-01-01"]}, TEXT)
    assert toll.counts == []


def test_total_takes_the_smallest_figure_across_sources_and_prefers_trigger_sentences():
    three = count("3 civilians", "killed", 3)
    twelve = count("At least 12 civilians", "killed", 12)
    nine = count("9", "killed", 9)
    value, used = total([twelve, nine], ("killed",), {0}, SENTENCES)
    assert (value, used) == (9, [nine])
    value, used = total([three, twelve, nine], ("killed",), {0}, SENTENCES)
    assert (value, used) == (3, [three])


def test_total_adds_different_victims_of_one_sentence():
    text = "The strike killed 2 soldiers and 3 civilians and injured 121."
    bounds = [(0, len(text))]
    soldiers = Count("2 soldiers", 18, 28, 2, 2, None, "killed", "soldiers", None)
    civilians = Count("3 civilians", 33, 44, 3, 3, None, "killed", "civilians", None)
    injured = Count("121", 57, 60, 121, 121, None, "injured", None, None)
    assert total([soldiers, civilians, injured], ("killed",), {0}, bounds)[0] == 5
    assert total([soldiers, civilians, injured], ("injured",), {0}, bounds)[0] == 121


def test_a_subset_introduced_by_including_is_not_counted_twice():
    text = TEXT
    sub = Count("including 10 children", 10, 31, 10, 10, None, "killed", "children", None)
    toll = Toll({0}, [text.index("shelled")], "2024-06-02")
    assign_counts([sub], [toll], SENTENCES, PARAGRAPHS, {0}, {}, text)
    assert toll.counts == []


def test_a_figure_with_only_a_floor_adds_its_floor():
    text = "The strike killed several soldiers and 2 civilians."
    bounds = [(0, len(text))]
    several = Count("several soldiers", 18, 34, None, 3, None, "killed", "soldiers", None)
    two = Count("2 civilians", 39, 50, 2, None, None, "killed", "civilians", None)
    assert figure(several) == 3 and figure(two) == 2
    assert total([several, two], ("killed",), {0}, bounds) == (5, [several, two])
    unknown = Count("many", 18, 22, None, None, None, "killed", None, None)
    assert total([unknown], ("killed",), {0}, bounds)[0] == 0


def _at(text: str, phrase: str, value: int, subject: str | None = None,
        category: str = "killed") -> Count:
    start = text.index(phrase)
    return Count(phrase, start, start + len(phrase), value, None, None, category, subject, None)


def test_a_headline_run_into_its_lede_is_not_counted_twice():
    text = ("Five dead as troops fire on protesters in the capital\nPublished Monday\n"
            "Troops shot dead five protesters in the capital on Monday.")
    bounds = [(0, len(text))]
    head = _at(text, "Five", 5)
    lede = _at(text, "five protesters", 5, "protesters")
    assert total([head, lede], ("killed",), {0}, bounds)[0] == 5


def test_close_figures_of_one_sentence_still_add_up():
    text = "The chairman and the chief were killed, and two soldiers and two police died."
    bounds = [(0, len(text))]
    counts = [_at(text, "The chairman", 1), _at(text, "the chief", 1),
              _at(text, "two soldiers", 2, "soldiers"), _at(text, "two police", 2, "police")]
    assert total(counts, ("killed",), {0}, bounds)[0] == 6


def test_a_suicide_attackers_death_adds_once_to_the_lowest_toll():
    text = ("A suicide bomber blew himself up at a mosque, killing 47. "
            "The suicide bomber struck at noon. Officials later put the toll at 50.")
    bounds = [(0, 57), (57, 91), (91, len(text))]
    counts = [_at(text, "suicide bomber", 1, "suicide bomber"), _at(text, "47", 47),
              _at(text, "The suicide bomber", 1, "suicide bomber"), _at(text, "50", 50)]
    value, used = total(counts, ("killed",), {0, 1, 2}, bounds)
    assert value == 48 and [c.text for c in used] == ["suicide bomber", "47"]


def test_the_smallest_figure_is_a_number_rather_than_a_vague_word():
    text = "Dozens of people were killed in the attack. At least 40 people died, doctors said."
    bounds = [(0, 43), (44, len(text))]
    dozens = Count("Dozens of people", 0, 16, 12, 12, None, "killed", None, None)
    forty = Count("At least 40 people", 44, 62, 40, 40, None, "killed", None, None)
    assert total([dozens, forty], ("killed",), {0, 1}, bounds) == (40, [forty])
    assert total([dozens], ("killed",), {0, 1}, bounds) == (12, [dozens])


def test_a_figure_in_a_folded_event_sentence_goes_to_the_event_before_it():
    # sentence 1 held a trigger of its own, folded into the shelling: its toll is the shelling's
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    killed = count("At least 12 civilians", "killed", 12)
    assign_counts([killed], [toll], SENTENCES, PARAGRAPHS, {0, 1}, {}, TEXT)
    assert toll.counts == [killed]
    # but not across a paragraph
    war = count("10000 people", "killed", 10000)
    assign_counts([war], [toll], SENTENCES, PARAGRAPHS, {0, 3}, {}, TEXT)
    assert toll.counts == [killed]


def test_a_figure_below_a_stated_floor_tells_a_part_of_the_toll():
    text = ("Gunmen killed at least 15 villagers in the raid. "
            "A teacher and his son were among the victims.")
    bounds = [(0, 48), (49, len(text))]
    floor = Count("at least 15 villagers", 14, 35, 15, 15, None, "killed", "villagers", None)
    teacher, son = _at(text, "A teacher", 1), _at(text, "his son", 1)
    assert total([floor, teacher, son], ("killed",), {0, 1}, bounds) == (15, [floor])
    # with no floor stated, differing figures still resolve to the smallest
    plain = Count("15 villagers", 23, 35, 15, None, None, "killed", "villagers", None)
    assert total([plain, teacher, son], ("killed",), {0, 1}, bounds)[0] == 2
    # a floor told outside the event's own sentences does not rule out its figures
    assert total([floor, teacher, son], ("killed",), {1}, bounds)[0] == 2


def test_an_event_reaches_the_sentences_whose_figures_would_go_to_it():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    assign_counts([], [toll], SENTENCES, PARAGRAPHS, {0}, {3: []}, TEXT)
    # sentences 1 and 2 have no event of their own; 3 is in another paragraph (and background)
    assert toll.reached == {1, 2}
    other = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    assign_counts([], [other], SENTENCES, PARAGRAPHS, {0, 1}, {2: ["2020-01-01"]}, TEXT)
    # sentence 1 tells an event of its own, sentence 2 is dated far from this one
    assert other.reached == set()


ALSO = ("Jets struck a camp in the forest on Monday. Over 120 fighters were killed. "
        "A woman and four children were also killed. The army also said 100 people died.")
ALSO_SENTENCES = [(0, 44), (44, 75), (75, 119), (119, len(ALSO))]


def _also(text: str, value: int) -> Count:
    start = ALSO.index(text)
    return Count(text, start, start + len(text), value, value, None, "killed", None, None)


def test_dead_told_as_also_killed_add_to_the_toll_another_source_does_not():
    fighters, woman = _also("Over 120 fighters", 120), _also("A woman", 1)
    children, hundred = _also("four children", 4), _also("100 people", 100)
    value, used = total([fighters, woman, children], ("killed",), {0}, ALSO_SENTENCES, ALSO)
    assert (value, used) == (125, [fighters, woman, children])
    # without the text, or with another source's figure, the lowest credible toll wins
    assert total([fighters, woman, children], ("killed",), {0}, ALSO_SENTENCES)[0] == 5
    assert total([fighters, hundred], ("killed",), {0}, ALSO_SENTENCES, ALSO)[0] == 100
    # the sentence of more victims may be the event's own, the toll it adds to not
    value, _ = total([fighters, woman, children], ("killed",), {0, 2}, ALSO_SENTENCES, ALSO)
    assert value == 125


def test_a_stated_coding_that_starts_where_a_bracketed_part_starts_still_counts():
    text = "Militias clashed in the hills. 3 killed (2 fatalities coded for 4 May, 1 for 5 May)."
    bounds = [(0, 31), (31, len(text))]

    def at(piece: str, value: int) -> Count:
        start = text.index(piece)
        return Count(piece, start, start + len(piece), value, value, None, "killed", None, None)

    counts = [at("3", 3), at("2 fatalities", 2), at("2 fatalities coded for", 2)]
    toll = Toll({0}, [text.index("clashed")], "2024-05-04")
    assign_counts(counts, [toll], bounds, [0, 0], {0}, {}, text)
    assert [c.text for c in toll.counts] == ["3", "2 fatalities coded for"]
    assert total(toll.counts, ("killed",), {0}, bounds, text)[0] == 2


def test_a_stated_coding_after_the_events_goes_to_the_first_of_its_paragraph():
    text = ("Militants attacked a base at Afgoye. They said they killed some soldiers. "
            "Troops later shelled a village nearby. Unknown fatalities coded as 10.")
    starts = [0, text.index("They"), text.index("Troops"), text.index("Unknown")]
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    start = text.index("coded as 10")
    coded = Count("coded as 10", start, start + 11, 10, 10, 10, "killed", None, None)
    attack = Toll({0}, [text.index("attacked")], "2024-05-04")
    shelling = Toll({2}, [text.index("shelled")], "2024-05-04")
    assign_counts([coded], [attack, shelling], bounds, [0] * 4, {0, 2}, {}, text)
    assert (attack.counts, shelling.counts) == ([coded], [])


def test_also_after_another_verb_adds_no_victims():
    text = ("Gunmen killed a policeman at the school. Police said the gunmen killed one "
            "officer in an exchange and also shot a student.")
    bounds = [(0, 40), (40, len(text))]

    def at(piece: str, nth: int = 0) -> Count:
        start = text.index(piece, text.index(piece) + 1) if nth else text.index(piece)
        return Count(piece, start, start + len(piece), 1, 1, None, "killed", None, None)

    policeman, officer = at("a policeman"), at("one officer")
    assert total([policeman, officer], ("killed",), {0}, bounds, text)[0] == 1


def test_a_sentence_naming_the_events_own_day_besides_a_far_one_still_tells_it():
    toll = Toll({0}, [TEXT.index("shelled")], "2024-06-02")
    c = count("At least 12 civilians", "killed", 12)
    assign_counts([c], [toll], SENTENCES, PARAGRAPHS, {0}, {1: ["2024-06-02", "2023-06-04"]},
                  TEXT)
    assert toll.counts == [c]
