"""Places in the text: finding the mentions, resolving them, and checking the result.

- :mod:`~sitrep.places.mentions`: which entities name a place, over which span;
- :mod:`~sitrep.places.countries`: the countries an article is about;
- :mod:`~sitrep.places.resolve`: the place a mention stands for among its namesakes;
- :mod:`~sitrep.places.distance`: great-circle distance;
- :mod:`~sitrep.places.strays`: small namesakes far from everything else.
"""
