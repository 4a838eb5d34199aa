"""The times stage: spans, values and false hits, with and without the spaCy model."""

from __future__ import annotations

import pytest

from sitrep.records import Article
from sitrep.stages.base import Work
from sitrep.stages.times import TimesStage

PUBLISHED = "2024-08-12"  # a Monday

EXAMPLE = (
    "The Russian president on Tuesday ordered the army to expel Ukrainian units that launched "
    "an offensive into the Kursk region, where Kyiv's forces have seized 28 towns and 120,000 "
    "civilians have fled. At least 12 civilians were killed and 121 injured, including 10 "
    "children, the region's acting governor said yesterday. Kyiv launched the attack last "
    "Tuesday. The president of Ukraine said Russia had carried out about 2,000 cross-border "
    "strikes from Kursk into the Sumy region over the summer. The governor of Belgorod said the "
    "authorities are evacuating parts of the region. The war began in February 2022."
)


def run(text: str, published: str | None = PUBLISHED, doc=None) -> list[tuple[str, str, str]]:
    article = Article(text=text, published=published)
    TimesStage()(Work(article, doc))
    for t in article.times:
        assert article.text[t.start:t.end] == t.text
        assert t.stage == "times@5"
    return [(t.text, t.value, t.precision) for t in article.times]


def test_stage_declares_its_inputs_and_outputs():
    stage = TimesStage()
    assert (stage.name, stage.requires, stage.assigns) == (
        "times", ("text", "doc", "entities", "published"), ("times",))


# Without a Doc the regex scan alone finds these (expected: text, value, precision).
@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv launched the attack last Tuesday.", [("last Tuesday", "2024-08-06", "day")]),
    ("Officials met on Tuesday.", [("Tuesday", "2024-08-06", "day")]),
    ("Strikes continued over the summer.", [("summer", "2024-SU", "season")]),
    ("The war began in February 2022.", [("February 2022", "2022-02", "month")]),
    ("Fighting flared in mid-July and early March.",
     [("mid-July", "2024-07", "month"), ("early March", "2024-03", "month")]),
    ("It happened on Aug. 6, on 6 August 2024 and on 2024-08-06.",
     [("Aug. 6", "2024-08-06", "day"), ("6 August 2024", "2024-08-06", "day"),
      ("2024-08-06", "2024-08-06", "day")]),
    ("Drones struck overnight and again last night.",
     [("overnight", "2024-08-11", "day"), ("last night", "2024-08-11TNI", "day")]),
    ("Talks stalled last week, two days ago and this morning.",
     [("last week", "2024-W32", "week"), ("two days ago", "2024-08-10", "day"),
      ("this morning", "2024-08-12TMO", "day")]),
    ("Losses rose in the third quarter, as in the 1990s and since 2014.",
     [("third quarter", "2024-Q3", "quarter"), ("1990s", "199", "decade"),
      ("2014", "2014", "year")]),
    ("Shelling has intensified in recent days and now covers the city.",
     [("recent days", "PAST_REF", "other"), ("now", "PRESENT_REF", "other")]),
    # "the past week" is the week before, and keeps its "the"
    ("Prices rose over the past week and fell in the last month.",
     [("the past week", "2024-W32", "week"), ("the last month", "2024-07", "month")]),
    ("Attacks came on the night of August 5-6.", [("night of August 5-6", "2024-08-06", "day")]),
    ("Last summer was calm, last winter was not.",
     [("Last summer", "2023-SU", "season"), ("last winter", "2023-WI", "season")]),
    ("KYIV, AUG 12 (Reuters) - Blasts rocked the city.", [("AUG 12", "2024-08-12", "day")]),
    # durations are lengths, with their own precision
    ("The fighting lasted for three hours, then 72 hours more.",
     [("three hours", "PT3H", "other"), ("72 hours", "PT72H", "other")]),
    ("He was jailed for six months in 2019.",
     [("six months", "P6M", "month"), ("2019", "2019", "year")]),
    # a counted length told from publication too; an uncounted one stays vague
    ("Over the past three months 200 people fled, and in the next few days more will.",
     [("the past three months", "P3M", "month"), ("the next few days", "FUTURE_REF", "other")]),
    # lists and ranges told in words: one expression per member, the missing month borrowed
    ("Polls were held on Sunday and Monday.",
     [("Sunday", "2024-08-11", "day"), ("Monday", "2024-08-12", "day")]),
    ("Elections took place in 1994, 1995 and 1997.",
     [("1994", "1994", "year"), ("1995", "1995", "year"), ("1997", "1997", "year")]),
    ("Raids came between 5 and 8 August.",
     [("5", "2024-08-05", "day"), ("8 August", "2024-08-08", "day")]),
    ("Flights stop on December 24 and 25.",
     [("December 24", "2024-12-24", "day"), ("25", "2024-12-25", "day")]),
    ("The night of 5 to 6 August was calm.", [("night of 5 to 6 August", "2024-08-06", "day")]),
    ("Shelling went on 5-7 August.", [("5-7 August", "2024-W32", "week")]),
    ("Talks were held on Aug. 1-2 and Aug. 5-6.",
     [("Aug. 1-2", "2024-W31", "week"), ("Aug. 5-6", "2024-W32", "week")]),
    # complete dates of event notes, and years that modify a noun
    ("On 20-April-2018, troops fired rounds.", [("20-April-2018", "2018-04-20", "day")]),
    ("The 1992 murder and a 1998 budget.", [("1992", "1992", "year"), ("1998", "1998", "year")]),
    ("A Nov. 4 celebration replaced the holiday.", [("Nov. 4", "2024-11-04", "day")]),
    # a day named by its ordinal alone, only after a word that takes a day
    ("Rebels attacked on the 3rd; he lives on the 15th floor and was 12th in the race.",
     [("the 3rd", "2024-08-03", "day")]),
    ("The army must leave by the 20th of this month.", [("the 20th of this month", "2024-08-20",
                                                          "day")]),
    # quarters and fiscal years
    ("Third-quarter profit beat the latest quarter and fiscal 1997.",
     [("Third-quarter", "2024-Q3", "quarter"), ("latest quarter", "2024-Q2", "quarter"),
      ("fiscal 1997", "1997", "year")]),
    ("Sales fell in FY24, in the 2023 fiscal year and in H1 2024, after an H1N1 outbreak.",
     [("FY24", "2024", "year"), ("2023 fiscal year", "2023", "year"),
      ("H1 2024", "2024-H1", "quarter")]),
    # times told from the time before them, not from publication
    ("On 7 January 2022 rebels attacked. The next day troops returned. Two days later, calm.",
     [("7 January 2022", "2022-01-07", "day"), ("The next day", "2022-01-08", "day"),
      ("Two days later", "2022-01-10", "day")]),
    ("Profit in the third quarter of 1989 fell from a year earlier.",
     [("third quarter of 1989", "1989-Q3", "quarter"), ("a year earlier", "1988-Q3", "quarter")]),
    ("The next day troops returned.", []),
    # a day before an abbreviated month, and a number with thousands after it
    ("25 Sep. 20,000 guns were seized.", [("25 Sep", "2024-09-25", "day")]),
    # two days told as alternatives, the first borrowing the second's year
    ("A man was killed at either July 2 or 3, 2019.",
     [("July 2", "2019-07-02", "day"), ("3, 2019", "2019-07-03", "day")]),
    # a day in words glossed by its date in brackets takes the date; a far one does not
    ("Youths clashed last Sunday [4 August] in Gatumba.",
     [("last Sunday", "2024-08-04", "day"), ("4 August", "2024-08-04", "day")]),
    ("Youths clashed on Sunday (2 June) in Gatumba.",
     [("Sunday", "2024-08-11", "day"), ("2 June", "2024-06-02", "day")]),
])
def test_stage_finds_and_resolves_expressions_without_a_doc(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text", [
    "We said a 10-year-old boy was hurt.",
    "Troops may be withdrawn after a protest march.",
    "The 12, the 13 and the 14 brigades fought.",
    "About 2000 strikes hit the region.",
    "The Arab Spring and the fall of Kabul changed everything.",
    "The now-defunct unit withdrew.",
])
def test_stage_produces_no_false_hits(text):
    assert run(text) == []


def test_without_published_date_relative_times_become_refs_and_absolute_ones_resolve():
    got = run("Officials said yesterday the war began in February 2022.", published=None)
    assert got == [("yesterday", "PAST_REF", "other"), ("February 2022", "2022-02", "month")]


def test_unreadable_published_date_does_not_stop_the_stage():
    got = run("Officials said yesterday the war began in February 2022.", published="soon")
    assert got == [("yesterday", "PAST_REF", "other"), ("February 2022", "2022-02", "month")]


# ------------------------------------------------------------------ with the real model
# (the session fixture ``nlp`` comes from tests/conftest.py)


@pytest.mark.model
def test_running_example_values_and_offsets(nlp):
    article = Article(text=EXAMPLE, published=PUBLISHED)
    TimesStage()(Work(article, nlp(EXAMPLE)))
    got = [(t.text, t.start, t.value, t.start_date, t.end_date, t.precision)
           for t in article.times]
    assert got == [
        ("Tuesday", EXAMPLE.index("Tuesday"), "2024-08-06", "2024-08-06", "2024-08-06", "day"),
        ("yesterday", EXAMPLE.index("yesterday"), "2024-08-11", "2024-08-11", "2024-08-11",
         "day"),
        ("last Tuesday", EXAMPLE.index("last Tuesday"), "2024-08-06", "2024-08-06",
         "2024-08-06", "day"),
        ("summer", EXAMPLE.index("summer"), "2024-SU", "2024-06-01", "2024-08-31", "season"),
        ("February 2022", EXAMPLE.index("February 2022"), "2022-02", "2022-02-01",
         "2022-02-28", "month"),
    ]
    for t in article.times:
        assert EXAMPLE[t.start:t.end] == t.text


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The talks will resume on Tuesday.", [("Tuesday", "2024-08-13")]),
    ("The ministers plan to meet on Wednesday.", [("Wednesday", "2024-08-14")]),
    ("The talks are due on Thursday.", [("Thursday", "2024-08-15")]),
    ("The ministers met on Wednesday.", [("Wednesday", "2024-08-07")]),
    ("Russia says it will hold talks in September.", [("September", "2024-09")]),
    ("Kyiv said on Monday it will hold talks next week.",
     [("Monday", "2024-08-12"), ("next week", "2024-W34")]),
    ("Russia said on Monday it would hold talks on Thursday.",
     [("Monday", "2024-08-12"), ("Thursday", "2024-08-15")]),
    ("Residents could return on Friday.", [("Friday", "2024-08-16")]),
    ("Ukraine may have struck the bridge on Sunday.", [("Sunday", "2024-08-11")]),
    # a date hanging off a noun keeps the past reading inside a future clause
    ("The harvest will be smaller after a late frost in May.", [("May", "2024-05")]),
    # scheduled events: "is to", "ahead of", a present clause up to two days ahead
    ("The delegates are to vote on Saturday.", [("Saturday", "2024-08-17")]),
    ("Voters queued ahead of Thursday's referendum.", [("Thursday", "2024-08-15")]),
    ("The trial opens on Wednesday.", [("Wednesday", "2024-08-14")]),
    ("The trial opened on Wednesday.", [("Wednesday", "2024-08-07")]),
    ("The summit on Friday will open new talks.", [("Friday", "2024-08-16")]),
    # a past "was to" looks ahead from its past: not pushed back a year
    ("The truce was to last until September 30.", [("September 30", "2024-09-30")]),
    # an infinitive's date: ahead after a vow, else its governor's tense
    ("The militia vowed on Sunday to retake the town by Wednesday.",
     [("Sunday", "2024-08-11"), ("Wednesday", "2024-08-14")]),
    ("The president asked the cabinet to resign on Tuesday.", [("Tuesday", "2024-08-06")]),
    # a participle that schedules ("slated for", "scheduled for") looks ahead from a past
    # clause; one that does not ("set ablaze on") keeps the past reading
    ("Cadres held a rally on the eve of a strike slated for Wednesday.",
     [("Wednesday", "2024-08-14")]),
    ("Rioters looted shops near a car set ablaze on Wednesday.", [("Wednesday", "2024-08-07")]),
    # a scheduled event ahead is not pushed back a year by a past verb
    ("Delegates arrived for the summit slated for August 20-21.",
     [("August 20-21", "2024-W34")]),
    # "since" looks back, though December 2024 is nearer
    ("Prices saw the sharpest rise since December.", [("December", "2023-12")]),
])
def test_clause_tense_decides_direction(nlp, text, expected):
    assert [(t, v) for t, v, _ in run(text, doc=nlp(text))] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("In May 10 people were killed.", [("May", "2024-05")]),
    ("The Sunday Times reported that Theresa May met officials.", []),
    ("About 50 people held a 'Mother's March for Ukraine' rally in London.", []),
    ("May God help us; a protest march was held.", []),
    ("The death toll rose to 2000 people.", []),
    ("A 10-year-old boy died after 72 hours.", [("72 hours", "PT72H")]),
    ("Rain delayed sowing of winter crops.", []),
    ("RUSSIA MAY ATTACK AGAIN, officials said.", []),
    ("He was 12th on Sunday, and the 13th summit opens on the 15th floor.",
     [("Sunday", "2024-08-11")]),
    # a month the model takes for a name beside its day is a month
    ("26 May (or around). Traders protested in Awka.", [("26 May", "2024-05-26")]),
])
def test_model_guards_against_false_hits(nlp, text, expected):
    assert [(t, v) for t, v, _ in run(text, doc=nlp(text))] == expected


# Published Sunday 2024-09-15: ranges wrap forward, "since" and past clauses look back.
@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Israel has struck Gaza daily since October 7.", [("October 7", "2023-10-07")]),
    ("The town was shelled on September 30.", [("September 30", "2023-09-30")]),
    ("Between July and October, 300 people fled.", [("July", "2024-07"), ("October", "2024-10")]),
    ("Talks began in March 2023 and collapsed later that year.",
     [("March 2023", "2023-03"), ("later that year", "2023")]),
    ("Last spring, Russia seized several villages.", [("Last spring", "2024-SP")]),
    ("Next winter will be hard, officials warned.", [("Next winter", "2024-WI")]),
    ("Rebels entered the town on September 2. The next morning they shelled the market.",
     [("September 2", "2024-09-02"), ("The next morning", "2024-09-03TMO")]),
])
def test_stage_resolves_past_dates_seasons_and_ranges_in_context(nlp, text, expected):
    assert [(t, v) for t, v, _ in run(text, "2024-09-15", doc=nlp(text))] == expected


# A range told in words whose ends do not follow each other: the one nearer publication.
@pytest.mark.model
def test_range_in_words_moves_its_left_end_back_when_that_is_nearer(nlp):
    text = "The agency counted 300 attacks between January and October."
    assert [(t, v) for t, v, _ in run(text, "2024-11-16", doc=nlp(text))] == [
        ("January", "2024-01"), ("October", "2024-10")]
