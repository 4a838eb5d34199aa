"""Country centres and the centre of a region's towns."""

from __future__ import annotations

from sitrep.gazetteer.centroids import country_centres, town_centre


def test_country_centres_are_atlas_centres():
    centres = country_centres()
    assert centres["UA"] == (49.0, 32.0)
    assert centres["RU"] == (60.0, 100.0)


def test_town_centre_is_the_middle_of_the_towns_box():
    assert town_centre([(0.0, 0.0), (2.0, 4.0), (1.0, 1.0)]) == {"lat": 1.0, "lon": 2.0}
