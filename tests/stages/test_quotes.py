"""Tests for the quotes stage: quote marks, direct and reported speech, speakers, via."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.errors import PipelineError
from sitrep.records import Article, Quote
from sitrep.stages.base import Work
from sitrep.stages.quotes import QuotesStage

EXAMPLE = (
    "The Russian president on Tuesday ordered the army to expel Ukrainian units that launched "
    "an offensive into the Kursk region, where Kyiv's forces have seized 28 towns and 120,000 "
    "civilians have fled. At least 12 civilians were killed and 121 injured, including 10 "
    "children, the region's acting governor said yesterday. Kyiv launched the attack last "
    "Tuesday. The president of Ukraine said Russia had carried out about 2,000 cross-border "
    "strikes from Kursk into the Sumy region over the summer. The governor of Belgorod said the "
    "authorities are evacuating parts of the region."
)

#: Speaker mentions that stand for a name given elsewhere.
MENTIONS = ("he", "she", "they", "his", "her", "who", "which", "that", "the minister")


@pytest.fixture(scope="session")
def nlp() -> Any:
    from sitrep.nlp.model import load_model

    return load_model()


def _quotes(nlp: Any, text: str) -> list[Quote]:
    quotes = QuotesStage().extract(nlp(text))
    for q in quotes:  # offsets always point at the text they name
        assert text[q.content_start : q.content_end] == q.content
        if q.speaker is not None:  # the mention is the name, or a pronoun standing for it
            mention = text[q.speaker_start : q.speaker_end]
            assert mention == q.speaker or mention.lower() in MENTIONS
    return quotes


def _one(quotes: list[Quote], content: str) -> Quote:
    matches = [q for q in quotes if q.content == content]
    assert len(matches) == 1, [q.content for q in quotes]
    return matches[0]


# -- extraction with the real model -------------------------------------------

CASES = [
    pytest.param(
        EXAMPLE, "At least 12 civilians were killed and 121 injured, including 10 children",
        "the region's acting governor", "said", False, None, id="example-trailing-governor",
    ),
    pytest.param(
        EXAMPLE,
        "Russia had carried out about 2,000 cross-border strikes from Kursk into the Sumy "
        "region over the summer",
        "The president of Ukraine", "said", False, None, id="example-president-of-ukraine",
    ),
    pytest.param(
        EXAMPLE, "the authorities are evacuating parts of the region",
        "The governor of Belgorod", "said", False, None, id="example-governor-of-belgorod",
    ),
    pytest.param(
        '"We will respond," the governor said.', "We will respond",
        "the governor", "said", True, None, id="direct-attribution-after",
    ),
    pytest.param(
        'The governor said: "We will respond. The enemy will pay."',
        "We will respond. The enemy will pay.", "The governor", "said", True, None,
        id="direct-attribution-before-colon",
    ),
    pytest.param(
        '"We are ready," said Smirnov, the acting governor.', "We are ready",
        "Smirnov", "said", True, None, id="direct-inverted-speaker-with-apposition",
    ),
    pytest.param(
        "“We will respond,” Smirnov said, “and the enemy will pay.”",
        "We will respond,” Smirnov said, “and the enemy will pay.",
        "Smirnov", "said", True, None, id="direct-curly-split-by-attribution",
    ),
    pytest.param(
        '"We will respond," the governor said. "The enemy will pay for this."',
        'We will respond," the governor said. "The enemy will pay for this.', "the governor",
        "said", True, None,
        id="direct-continuation-after-attributed-quote",
    ),
    pytest.param(
        "'We will not surrender,' the mayor said.", "We will not surrender",
        "the mayor", "said", True, None, id="direct-single-quotes",
    ),
    pytest.param(
        "Alexei Smirnov was quoted as saying by TASS that the situation was difficult.",
        "the situation was difficult", "Alexei Smirnov", "quoted as saying", False, "TASS",
        id="quoted-as-saying-by-tass",
    ),
    pytest.param(
        'Smirnov was quoted by RIA Novosti as saying: "We have everything under control."',
        "We have everything under control.", "Smirnov", "quoted as saying", True, "RIA Novosti",
        id="quoted-by-agency-as-saying-direct",
    ),
    pytest.param(
        "TASS quoted Smirnov as saying that the fire was out.", "the fire was out",
        "Smirnov", "quoted as saying", False, "TASS", id="agency-quoted-person-as-saying",
    ),
    pytest.param(
        "The governor said the fire was extinguished, the Interfax news agency reported.",
        "the fire was extinguished", "The governor", "said", False, "Interfax",
        id="trailing-news-agency-reported-is-via",
    ),
    pytest.param(
        '"The situation is difficult," Smirnov told reporters, RIA Novosti reported.',
        "The situation is difficult", "Smirnov", "told", True, "RIA Novosti",
        id="direct-quote-relayed-by-trailing-agency",
    ),
    pytest.param(
        "Ukrainian drones attacked an oil depot in Bryansk, RIA Novosti reported.",
        "Ukrainian drones attacked an oil depot in Bryansk", "RIA Novosti", "reported", False,
        None, id="agency-reporting-on-its-own-is-speaker",
    ),
    pytest.param(
        "Smirnov said the town was calm, according to Interfax.", "the town was calm",
        "Smirnov", "said", False, "Interfax", id="according-to-agency-is-via",
    ),
    pytest.param(
        "According to the health ministry, 5 people died.", "5 people died",
        "the health ministry", "according to", False, None, id="according-to-source",
    ),
    pytest.param(
        "Smirnov told Reuters that the town was calm.", "the town was calm",
        "Smirnov", "told", False, "Reuters", id="told-reuters",
    ),
    pytest.param(
        '"It is calm," Smirnov said in a statement to AFP.', "It is calm",
        "Smirnov", "said", True, "AFP", id="statement-to-afp",
    ),
    pytest.param(
        '"The situation is under control," Smirnov said, quoted by RIA Novosti.',
        "The situation is under control", "Smirnov", "said", True, "RIA Novosti",
        id="quoted-by-agency-participle",
    ),
    pytest.param(
        "TASS reported, citing the defence ministry, that 20 drones were downed.",
        "20 drones were downed", "the defence ministry", "reported", False, "TASS",
        id="agency-citing-source",
    ),
    pytest.param(
        "Hamas said in a statement carried by WAFA that the claims were false.",
        "the claims were false", "Hamas", "said", False, "WAFA", id="statement-carried-by-wafa",
    ),
    pytest.param(
        "The UN said 10 civilians died, while Russia's foreign ministry told Reuters it had "
        "not targeted civilians.",
        "10 civilians died", "The UN", "said", False, None, id="content-stops-at-next-speaker",
    ),
    pytest.param(
        "The Russian Defence Ministry denied involvement in the attack.",
        "involvement in the attack", "The Russian Defence Ministry", "denied", False, None,
        id="object-of-denial",
    ),
    pytest.param(
        "Zelensky visited Kharkiv on Monday. He said the city would be rebuilt.",
        "the city would be rebuilt", "Zelensky", "said", False, None,
        id="pronoun-resolved-to-earlier-person",
    ),
    pytest.param(
        "Zelensky visited Kharkiv. He said the city would be rebuilt. He said aid was coming.",
        "aid was coming", "Zelensky", "said", False, None,
        id="pronoun-resolved-through-an-earlier-pronoun",
    ),
    pytest.param(
        "KYIV, Aug 12 (Reuters) - Russia struck Sumy overnight, the regional governor said.",
        "Russia struck Sumy overnight", "the regional governor", "said", False, None,
        id="in-body-dateline-left-out",
    ),
    # reported speech with an object, an infinitive or a prepositional phrase
    pytest.param(
        "Zelensky criticised Russia for targeting civilians.", "Russia for targeting civilians",
        "Zelensky", "criticised", False, None, id="criticised-x-for-y",
    ),
    pytest.param(
        "The foreign ministry called for an immediate ceasefire.", "an immediate ceasefire",
        "The foreign ministry", "called", False, None, id="called-for-x",
    ),
    pytest.param(
        "Blinken urged Israel to protect civilians in Gaza.", "Israel to protect civilians in Gaza",
        "Blinken", "urged", False, None, id="urged-x-to-y",
    ),
    pytest.param(
        "Hamas vowed to continue fighting.", "to continue fighting", "Hamas", "vowed", False, None,
        id="vowed-to",
    ),
    pytest.param(
        "The army warned of further strikes on the city.", "further strikes on the city",
        "The army", "warned", False, None, id="warned-of-x",
    ),
    pytest.param(
        "The ministry blamed Kyiv for the attack on the power plant.",
        "Kyiv for the attack on the power plant", "The ministry", "blamed", False, None,
        id="blamed-x-for-y",
    ),
    pytest.param(
        "Residents believe the shelling will continue.", "the shelling will continue",
        "Residents", "believe", False, None, id="believe-clause",
    ),
    pytest.param(
        "Analysts argued that the offensive had stalled.", "the offensive had stalled",
        "Analysts", "argued", False, None, id="argued-that",
    ),
    pytest.param(
        "A UN report found that 300 civilians had been killed.",
        "300 civilians had been killed", "A UN report", "found", False, None,
        id="document-as-source",
    ),
    pytest.param(
        "The governor visited the hospital, promising more doctors.", "more doctors",
        "The governor", "promising", False, None, id="participle-cue-takes-its-object",
    ),
    # where and how it was said
    pytest.param(
        "In a statement, the ministry said 20 drones had been shot down over the region.",
        "20 drones had been shot down over the region", "the ministry", "said", False, None,
        id="in-a-statement-said",
    ),
    pytest.param(
        "The governor said on Telegram that two people were injured in the shelling.",
        "two people were injured in the shelling", "The governor", "said", False, None,
        id="said-on-telegram",
    ),
    pytest.param(
        "Zelensky wrote on X that Russia had launched 40 missiles overnight.",
        "Russia had launched 40 missiles overnight", "Zelensky", "wrote", False, None,
        id="wrote-on-x",
    ),
    pytest.param(
        "According to a statement from the Israeli military, the strike killed a commander.",
        "the strike killed a commander", "the Israeli military", "according to", False, None,
        id="according-to-statement-from-issuer",
    ),
    pytest.param(
        "According to the ministry's report, 40 people died.", "40 people died",
        "the ministry", "according to", False, None, id="according-to-possessor-of-report",
    ),
    pytest.param(
        "Putin's spokesman said the Kremlin had no plans for talks.",
        "the Kremlin had no plans for talks", "Putin's spokesman", "said", False, None,
        id="possessive-spokesman",
    ),
    pytest.param(
        "Smirnov had told police that he left, but the army overruled him, the source added.",
        "Smirnov had told police that he left, but the army overruled him", "the source",
        "added", False, None, id="trailing-cue-takes-whole-sentence",
    ),
    # stance and intent, any verb with a clause, evidentials
    pytest.param(
        "Hamas wants a ceasefire in Gaza.", "a ceasefire in Gaza", "Hamas", "wants", False, None,
        id="stance-wants-object",
    ),
    pytest.param(
        "The army plans to rebuild the bridge by May.", "to rebuild the bridge by May",
        "The army", "plans", False, None, id="intent-plans-to",
    ),
    pytest.param(
        "The ministry declined to comment on the strike.", "to comment on the strike",
        "The ministry", "declined", False, None, id="declined-to",
    ),
    pytest.param(
        "The court ruled that the detention was unlawful.", "the detention was unlawful",
        "The court", "ruled", False, None, id="any-verb-with-that-clause",
    ),
    pytest.param(
        "Polls show the president losing support in the east.",
        "the president losing support in the east", "Polls", "show", False, None,
        id="evidential-polls-show",
    ),
    pytest.param(
        "Clinton cited his remarks about Machado as examples of his disrespect.",
        "his remarks about Machado as examples of his disrespect", "Clinton", "cited", False,
        None, id="cited-a-record-not-a-source",
    ),
    # noun cues, with or without a source
    pytest.param(
        "Russia's claim that the town had fallen was denied by Kyiv.", "the town had fallen",
        "Russia", "claim", False, None, id="noun-claim-that",
    ),
    pytest.param(
        "The court, which ruled that the detention was unlawful, sat in Kyiv.",
        "the detention was unlawful", "The court", "ruled", False, None,
        id="relative-pronoun-mention-names-its-antecedent",
    ),
    pytest.param(
        "Zelensky spoke in Kyiv. His claim that Russia had lost 500 soldiers angered Moscow.",
        "Russia had lost 500 soldiers",
        "Zelensky", "claim", False, None, id="possessive-pronoun-resolved",
    ),
    pytest.param(
        "Rights groups have expressed concern about the new curfew.", "the new curfew",
        "Rights groups", "concern", False, None, id="noun-cue-voiced-by-the-verb-subject",
    ),
    pytest.param(
        "The plan is supported by far fewer publications.", "The plan",
        "far fewer publications", "supported", False, None, id="passive-agent-any-noun",
    ),
    pytest.param(
        "Allegations of torture have grown.", "torture", None, "allegations", False, None,
        id="sourceless-noun-cue",
    ),
    # passives: sourceless, or sourced by the agent
    pytest.param(
        "It was announced that the border would close on Friday.",
        "the border would close on Friday", None, "announced", False, None,
        id="sourceless-passive-that-clause",
    ),
    pytest.param(
        "The strike on the bridge was confirmed by the army.", "The strike on the bridge",
        "the army", "confirmed", False, None, id="passive-with-agent",
    ),
    # layout: colon lines and signed quotes
    pytest.param(
        "Zelensky: Russia will pay for the strike on Sumy\n\nThe text.",
        "Russia will pay for the strike on Sumy", "Zelensky", ":", False, None,
        id="colon-headline",
    ),
    pytest.param(
        '"We are afraid of the shelling." ― Maria Lopez\n', "We are afraid of the shelling.",
        "Maria Lopez", "―", True, None, id="quote-signed-after-dash",
    ),
    # relays
    pytest.param(
        "Interfax news agency reported that two drones were downed.", "two drones were downed",
        "Interfax news agency", "reported", False, None, id="news-agency-reported",
    ),
    # he/she: the latest person of that gender
    pytest.param(
        "Olga Ivanova met Smirnov on Monday. She said the fire was out.", "the fire was out",
        "Olga Ivanova", "said", False, None, id="she-skips-a-later-man",
    ),
    pytest.param(
        "Foreign Minister Sergei Lavrov met John Kerry in Geneva on Monday. The minister said "
        "the talks had failed.", "the talks had failed", "Sergei Lavrov", "said", False, None,
        id="title-resolved-to-the-person-named-with-it",
    ),
    pytest.param(
        "Ukrainian officials said the dam was hit. They said 300 people were evacuated.",
        "300 people were evacuated", "Ukrainian officials", "said", False, None,
        id="they-resolved-to-a-plural-speaker",
    ),
    pytest.param(
        "Mr. Smirnov met Ivanova, who said she was tired. He said the fire was out.",
        "the fire was out", "Smirnov", "said", False, None, id="he-skips-a-woman",
    ),
    pytest.param(
        '"Putin is lying," Zelensky said. He said the city would be rebuilt.',
        "the city would be rebuilt", "Zelensky", "said", False, None,
        id="pronoun-ignores-person-inside-quote",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "speaker", "cue", "direct", "via"), CASES)
def test_quotes_find_speaker_cue_content_and_via(
    nlp: Any, text: str, content: str, speaker: str, cue: str, direct: bool, via: str | None
) -> None:
    quote = _one(_quotes(nlp, text), content)
    assert (quote.speaker, quote.cue, quote.direct, quote.via) == (speaker, cue, direct, via)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Russia held a so-called "referendum" in the occupied "territories".',
        "The Kremlin has said nothing.",
        "Three people were reported killed.",
        "Russian forces attacked Kharkiv overnight, killing three people.",
        "The test suggests the missile was fired from the north.",
        "The group called Hamas runs Gaza.",
        "Police questioned Smirnov about the fire.",
        "You know the war will go on.",
        "Russian troops tried to storm the village and pushed into the town.",
        "Three soldiers were reported killed in the attack.",
        "The governor was quoted by TASS.",
        "The strike made sure the bridge was closed.",
        "WASHINGTON: 12 May 2024",
        "The army issued a statement on Saturday.",
    ],
)
def test_quotes_ignore_scare_quotes_and_non_speech(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.model
def test_quotes_scare_quote_in_reported_speech_is_not_direct(nlp: Any) -> None:
    quotes = _quotes(nlp, "Kyiv called the so-called 'referendum' a sham.")
    assert [(q.speaker, q.cue, q.content, q.direct) for q in quotes] == [
        ("Kyiv", "called", "the so-called 'referendum' a sham", False)
    ]


@pytest.mark.model
def test_quotes_keep_scare_quote_inside_reported_content(nlp: Any) -> None:
    text = 'Putin said the "special military operation" would continue.'
    quotes = _quotes(nlp, text)
    assert [(q.content, q.direct, q.speaker) for q in quotes] == [
        ('the "special military operation" would continue', False, "Putin")
    ]


@pytest.mark.model
def test_quotes_example_gives_exactly_its_three_attributions_in_order(nlp: Any) -> None:
    quotes = _quotes(nlp, EXAMPLE)
    assert [q.speaker for q in quotes] == [
        "the region's acting governor",
        "The president of Ukraine",
        "The governor of Belgorod",
    ]


@pytest.mark.model
def test_quotes_stage_appends_tagged_records(nlp: Any) -> None:
    text = '"We will respond," the governor said.'
    work = Work(Article(text=text), doc=nlp(text))
    QuotesStage()(work)
    assert [(q.content, q.stage) for q in work.article.quotes] == [("We will respond", "quotes@2")]
    assert (work.article.quotes[0].speaker_start, work.article.quotes[0].speaker_end) == (19, 31)


def test_quotes_stage_without_doc_says_to_run_entities_first() -> None:
    with pytest.raises(PipelineError, match="entities stage"):
        QuotesStage()(Work(Article(text="He said so.")))


def test_quotes_stage_declares_its_records() -> None:
    stage = QuotesStage()
    assert (stage.name, stage.requires, stage.assigns) == (
        "quotes", ("doc", "entities"), ("quotes", "counts")
    )


@pytest.mark.model
def test_pronoun_speaker_keeps_its_mention_and_gets_the_name(nlp: Any) -> None:
    text = "Zelensky visited Kharkiv on Monday. He said the city would be rebuilt."
    quote = _one(_quotes(nlp, text), "the city would be rebuilt")
    assert text[quote.speaker_start : quote.speaker_end] == "He"
    assert quote.speaker == "Zelensky"
