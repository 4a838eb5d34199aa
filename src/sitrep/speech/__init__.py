"""Who said what: speech cues, attributions, quotes, speakers and relaying outlets.

- :mod:`~sitrep.speech.cues`: verbs and nouns of saying, and their arguments;
- :mod:`~sitrep.speech.attribution`: reported speech ("X said that C");
- :mod:`~sitrep.speech.marks`: quotation marks paired into quoted passages;
- :mod:`~sitrep.speech.direct`: the attribution a quoted passage belongs to;
- :mod:`~sitrep.speech.speakers`: resolving a pronoun or title to a name;
- :mod:`~sitrep.speech.agencies`: news agencies that relay a statement;
- :mod:`~sitrep.speech.quotes`: all the quotes of a Doc.
"""
