"""Places in the text: finding the mentions, resolving them, and checking the result.

- :mod:`~sitrep.places.mentions`: which entities name a place, over which span;
- :mod:`~sitrep.places.countries`: the countries an article is about;
- :mod:`~sitrep.places.resolve`: the place a mention stands for among its namesakes;
- :mod:`~sitrep.places.joint`: all of an article's namesakes chosen together (qualifiers,
  one sense per name, the article's other places);
- :mod:`~sitrep.places.abbreviations`: "W.Va.", "U.S.", "Mo." and the names they stand for;
- :mod:`~sitrep.places.acled_names`: ACLED's admin1 names where the index's differ;
- :mod:`~sitrep.places.distance`: great-circle distance;
- :mod:`~sitrep.places.strays`: small namesakes far from everything else.
"""
