"""Figures in the text: how many, of whom, what happened to them, and who said so.

- :mod:`~sitrep.figures.numbers`: figure phrases and their values ("at least
  12", "dozens", "1.2 million");
- :mod:`~sitrep.figures.categories`: what happened to the counted people
  (killed, injured, displaced …), from the words and the parse;
- :mod:`~sitrep.figures.subjects`: who a figure counts ("civilians");
- :mod:`~sitrep.figures.claimants`: who gave the figure;
- :mod:`~sitrep.figures.parts`: parts of a larger figure ("including 10 children");
- :mod:`~sitrep.figures.reading` and :mod:`~sitrep.figures.singulars`: one
  figure phrase, and counts of one ("a civilian was killed");
- :mod:`~sitrep.figures.realis`: whether a casualty word tells of a deed done
  ("attempted to lynch a man" counts nothing);
- :mod:`~sitrep.figures.context`: what a figure takes from those around it;
- :mod:`~sitrep.figures.extract`: all the counts of a Doc.
"""
