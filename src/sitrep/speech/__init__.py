"""Who said what: speech cues, attributions, quotes, speakers and relaying outlets.

- :mod:`~sitrep.speech.cues`: verbs of saying, stance and intent, and their arguments;
- :mod:`~sitrep.speech.attribution`: reported speech ("X said that C");
- :mod:`~sitrep.speech.edges`: the edges of a reported content;
- :mod:`~sitrep.speech.nouns`: claims named by a noun ("Russia's claim that C");
- :mod:`~sitrep.speech.passive`: passives ("it was announced that C");
- :mod:`~sitrep.speech.layout`: "Name: C" lines and quotes signed after a dash;
- :mod:`~sitrep.speech.marks`: quotation marks paired into quoted passages;
- :mod:`~sitrep.speech.direct`: the attribution a quoted passage belongs to;
- :mod:`~sitrep.speech.speakers`: resolving a pronoun or title to a name;
- :mod:`~sitrep.speech.claims`: claimants lent to the counts inside a quote;
- :mod:`~sitrep.speech.agencies`: news agencies that relay a statement;
- :mod:`~sitrep.speech.quotes`: all the quotes of a Doc.
"""
