"""Places in the text: distances and the namesakes that stray from the report.

- :mod:`~sitrep.places.distance`: great-circle distance;
- :mod:`~sitrep.places.strays`: small namesakes far from everything else.
"""
