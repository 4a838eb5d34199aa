from __future__ import annotations

import pytest

from sitrep.events.dates import is_stamp, is_vague, time_precision
from sitrep.records import TimeExpr


def t(text: str, value: str, start: str | None, end: str | None, precision: str) -> TimeExpr:
    return TimeExpr(text, 0, len(text), value, start, end, precision)


@pytest.mark.parametrize(
    "time, precision",
    [
        (t("on Tuesday", "2024-08-06", "2024-08-06", "2024-08-06", "day"), 1),
        (t("last week", "2024-W18", "2024-04-29", "2024-05-05", "week"), 2),
        (t("in February", "2024-02", "2024-02-01", "2024-02-29", "month"), 3),
        (t("over the summer", "2024-SU", "2024-06-01", "2024-08-31", "season"), 3),
        (t("between Monday and Wednesday", "x", "2024-08-05", "2024-08-07", "other"), 2),
    ],
)
def test_time_precision_follows_acled(time, precision):
    assert time_precision(time) == precision


@pytest.mark.parametrize(
    "time, vague",
    [
        (t("last year", "2023", "2023-01-01", "2023-12-31", "year"), True),
        (t("in recent years", "PAST_REF", None, None, "other"), True),
        (t("on Saturday", "PAST_REF", None, None, "other"), False),  # unknown, not vague
        (t("now", "PRESENT_REF", None, None, "other"), False),  # happening as it is told
        (t("recently", "PAST_REF", None, None, "other"), True),
        (t("over the summer", "2024-SU", "2024-06-01", "2024-08-31", "season"), False),
        # counted back from the telling, with no day or month of its own
        (t("last week", "2024-W18", "2024-04-29", "2024-05-05", "week"), True),
        (t("two weeks ago", "2024-W17", "2024-04-22", "2024-04-28", "week"), True),
        (t("earlier this month", "2024-05", "2024-05-01", "2024-05-31", "month"), True),
        (t("this week", "2024-W19", "2024-05-06", "2024-05-12", "week"), False),
        (t("in March", "2024-03", "2024-03-01", "2024-03-31", "month"), False),
        (t("last March", "2023-03", "2023-03-01", "2023-03-31", "month"), False),
        (t("last Friday", "2024-05-03", "2024-05-03", "2024-05-03", "day"), False),
    ],
)
def test_is_vague_tells_background_times_from_unplaced_days(time, vague):
    assert is_vague(time) is vague


@pytest.mark.model
@pytest.mark.parametrize(
    "piece, value, start, end, day",
    [("in March", "2024-03", "2024-03-01", "2024-03-31", "2024-03-15"),  # the 15th
     ("this month", "2024-05", "2024-05-01", "2024-05-31", "2024-05-08")],  # not after
)
def test_a_month_dates_its_event_on_the_15th_never_after_publication(nlp, piece, value, start,
                                                                       end, day):
    from sitrep.events.dates import choose_time

    text = f"Militants attacked an army post {piece}."
    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == "attacked")
    at = text.index(piece)
    times = [TimeExpr(piece, at, at + len(piece), value, start, end, "month")]
    chosen = choose_time(trigger, next(iter(doc.sents)), times, "2024-05-08")
    assert isinstance(chosen, TimeExpr) and chosen.start_date == day


def _at(text: str, piece: str) -> TimeExpr:
    start = text.index(piece)
    return TimeExpr(piece, start, start + len(piece), "2021-06-18", "2021-06-18", "2021-06-18",
                    "day")


@pytest.mark.parametrize(
    "text, piece",
    [
        ("Two killed in raid\nPublished: 18 Jun 2021 05:02 PM GMT\nGunmen killed two.",
         "18 Jun 2021"),
        ("Bomb kills three\n\nJune 18, 2021\n\nBAGHDAD: A bomb killed three.", "June 18, 2021"),
        ("By Staff | Source: wires | Updated: Jun 18, 2021, 09:27 AM\nText.", "Jun 18, 2021"),
    ],
)
def test_a_dated_line_of_its_own_is_a_publication_stamp(text, piece):
    assert is_stamp(_at(text, piece), text)


@pytest.mark.parametrize(
    "text, piece",
    [
        ("On 18 June 2021, gunmen killed two villagers near Kebbi.", "18 June 2021"),
        ("Gunmen killed two villagers\non June 18, 2021 in Kebbi.", "June 18, 2021"),
        ("Two killed on Friday\nFriday\nText.", "Friday"),
    ],
)
def test_a_date_in_prose_is_no_stamp(text, piece):
    assert not is_stamp(_at(text, piece), text)


def _times(text: str, *pieces: tuple[str, str]) -> list[TimeExpr]:
    out = []
    for piece, day in pieces:
        start = text.index(piece)
        out.append(TimeExpr(piece, start, start + len(piece), day, day, day, "day"))
    return out


@pytest.mark.model
def test_a_night_yields_to_the_date_its_sentence_spells_out(nlp):
    from sitrep.events.dates import choose_time

    text = "On 3 May 2021, overnight, militants attacked an army post in the north."
    doc = nlp(text)
    sent = next(iter(doc.sents))
    trigger = next(t for t in doc if t.lower_ == "attacked")
    times = _times(text, ("3 May 2021", "2021-05-03"), ("overnight", "2021-05-02"))
    chosen = choose_time(trigger, sent, times, "2021-05-03")
    assert isinstance(chosen, TimeExpr) and chosen.text == "3 May 2021"


@pytest.mark.model
def test_a_night_alone_dates_the_event(nlp):
    from sitrep.events.dates import choose_time

    text = "Militants attacked an army post in the north overnight."
    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == "attacked")
    times = _times(text, ("overnight", "2021-05-02"))
    chosen = choose_time(trigger, next(iter(doc.sents)), times, "2021-05-03")
    assert isinstance(chosen, TimeExpr) and chosen.start_date == "2021-05-02"


@pytest.mark.model
@pytest.mark.parametrize(
    "value, start, end, day",
    [("2017-04", "2017-04-01", "2017-04-30", "2017-04-15"),  # a whole month: its middle
     ("2017-04", "2017-04-05", "2017-04-12", "2017-04-05")],  # days within it: the first
)
def test_a_month_dates_its_event_on_the_15th(nlp, value, start, end, day):
    from sitrep.events.dates import choose_time

    text = "In April, rebels burned down two villages in the east."
    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == "burned")
    times = [TimeExpr("April", 3, 8, value, start, end, "month")]
    chosen = choose_time(trigger, next(iter(doc.sents)), times, "2017-06-01")
    assert isinstance(chosen, TimeExpr) and chosen.start_date == day
    assert time_precision(chosen) == 3


def _day_after(nlp, text: str, trigger: str, pieces: tuple[tuple[str, str], ...],
               published: str = "2021-05-05") -> str | None:
    from sitrep.events.dates import day_told_after

    doc = nlp(text)
    sents = list(doc.sents)
    trig = next(t for t in doc if t.lower_ == trigger)
    found = day_told_after(trig, sents, 0, _times(text, *pieces), published)
    return found.start_date if found is not None else None


@pytest.mark.model
def test_an_undated_event_takes_the_day_a_later_sentence_tells_it(nlp):
    text = ("Gunmen raided a village in the north and burned dozens of homes. "
            "The attack took place on Monday, residents said.")
    assert _day_after(nlp, text, "raided", (("Monday", "2021-05-03"),)) == "2021-05-03"
    text = ("Rebel leaders signed a ceasefire in the capital. "
            "After months of talks they signed the deal on Tuesday.")
    assert _day_after(nlp, text, "signed", (("Tuesday", "2021-05-04"),)) == "2021-05-04"


@pytest.mark.model
def test_a_later_day_of_another_happening_or_too_old_dates_nothing(nlp):
    text = ("Gunmen raided a village in the north and burned dozens of homes. "
            "Police arrested two traders in the market on Monday.")
    assert _day_after(nlp, text, "raided", (("Monday", "2021-05-03"),)) is None
    text = ("Gunmen raided a village in the north and burned dozens of homes. "
            "The attack took place on 20 April.")
    assert _day_after(nlp, text, "raided", (("20 April", "2021-04-20"),)) is None
    text = ("Rioters burned a farm in the east. "
            "The attacks have gone on since the violence of Monday.")
    assert _day_after(nlp, text, "burned", (("Monday", "2021-05-03"),)) is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, pieces, expected",
    [
        ("22 June. Militias raided Faru on June 17 and Gama on June 22.",
         (("22 June", "2021-06-22"), ("June 17", "2021-06-17"), ("June 22", "2021-06-22")),
         "2021-06-22"),
        ("26 May (or around). At the weekend traders marched in Awka.",
         (("26 May", "2021-05-26"),), "2021-05-26"),
        # a date on a line of its own is a page's stamp, not a coder's date
        ("22 June 2021.\nMilitias raided Faru on June 17.",
         (("22 June 2021", "2021-06-22"), ("June 17", "2021-06-17")), None),
        # a sentence that tells something besides its date opens no description
        ("On 22 June militias raided Faru. They burned ten homes.",
         (("22 June", "2021-06-22"),), None),
    ],
)
def test_a_description_opening_with_its_date_is_coded_on_it(nlp, text, pieces, expected):
    from sitrep.events.dates import coder_date

    doc = nlp(text)
    found = coder_date(list(doc.sents), _times(text, *pieces))
    assert (found.start_date if found is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, pieces, expected",
    [
        ("On 9 June 2021, in Faru, a man who went missing on June 1 was found killed.",
         (("9 June 2021", "2021-06-09"), ("June 1", "2021-06-01")), "2021-06-09"),
        ("Around 9 June 2021 (as reported), police arrested ten men after a killing on "
         "7 June.", (("9 June 2021", "2021-06-09"), ("7 June", "2021-06-07")), "2021-06-09"),
        # a weekday is no coded date, and a day later in the sentence opens nothing
        ("On Monday, militias raided Faru. They burned ten homes.",
         (("Monday", "2021-06-07"),), None),
        ("Militias raided Faru on 9 June, burning ten homes.",
         (("9 June", "2021-06-09"),), None),
    ],
)
def test_a_day_that_opens_a_description_before_a_comma_is_its_date(nlp, text, pieces,
                                                                     expected):
    from sitrep.events.dates import opening_date

    found = opening_date(list(nlp(text).sents), _times(text, *pieces))
    assert (found.start_date if found is not None else None) == expected


def test_the_opening_date_overrides_days_within_two_weeks_only():
    from sitrep.events.dates import overrides

    opener = TimeExpr("3 May", 0, 5, "2021-05-03", "2021-05-03", "2021-05-03", "day")
    near = TimeExpr("1 May", 9, 14, "2021-05-01", "2021-05-01", "2021-05-01", "day")
    far = TimeExpr("1 March", 9, 16, "2021-03-01", "2021-03-01", "2021-03-01", "day")
    assert overrides(opener, near) and not overrides(opener, far)


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_caption_under_a_headline_does_not_date_its_event(pipeline):
    from sitrep.records import Article

    text = ("Gaza rocket fired into Israel, first in a month; IDF strikes back\n\n"
            "Israeli airstrike on Hamas military targets in Gaza, May 11, 2021. "
            "(Flash90/Abed Rahim Khatib)\n\n"
            "IDF strikes Gaza targets after a rocket was fired into Israel, activating "
            "sirens in Israeli border communities.")
    events = pipeline.process(Article(text=text, published="2022-12-04")).events
    assert events and all(e.event_date != "2021-05-11" for e in events)
