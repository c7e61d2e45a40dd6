"""CI's reduced quotes/times/places benchmark: the first 7 gold articles, floors a little below the figures
measured on them (full figures: README, "Benchmarks"), so that a regression turns CI red."""

import pytest
from benchmarks.quotes_times_places import evaluate

FLOORS = {  # measured on the first 7 articles: 1.0, 1.0, 1.0, 0.981, 0.913, 0.836, 0.612
    "quote_precision": 0.93,
    "quote_recall": 0.93,
    "speaker_accuracy_direct": 0.92,
    "time_value_accuracy": 0.93,
    "place_accuracy": 0.88,  # countries by code, continents by name, the rest within 50 km
    "place_accuracy_non_country_50km": 0.80,
    "place_accuracy_50km": 0.58,  # every mention strictly within 50 km of the gold point
}


@pytest.mark.slow
def test_quotes_times_and_places_stay_above_their_floors(coder):
    figures = evaluate(limit=7, coder=coder)
    below = {name: figures[name] for name, floor in FLOORS.items() if figures[name] < floor}
    assert not below, below
