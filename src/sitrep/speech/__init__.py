"""Who said what: speech cues, attributions, speakers and relaying outlets.

- :mod:`~sitrep.speech.cues`: verbs and nouns of saying, and their arguments;
- :mod:`~sitrep.speech.attribution`: reported speech ("X said that C");
- :mod:`~sitrep.speech.speakers`: resolving a pronoun or title to a name;
- :mod:`~sitrep.speech.agencies`: news agencies that relay a statement.
"""
