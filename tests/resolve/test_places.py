"""Places: found where the text treats a name as a place, resolved with the article's own countries."""

from datetime import date

from dyad.resolve.gazetteer import Gazetteer, fold
from tests.conftest import code

GUERRERO = (
    "CHILPANCINGO, Mexico (Wire) — Gunmen attacked a police convoy near the town of Cocula in the coastal "
    "state of Guerrero on Sunday, killing four officers, state officials said.\n\n"
    "Guerrero has long been among Mexico's most violent states. The federal government sent National Guard "
    "troops to Cocula and to the port city of Acapulco on Monday.\n\n"
    "Washington urged Mexico to do more against the cartels. Secretary of State Marco Rubio held talks in "
    "Washington with Mexican officials."
)


def places(coder, text, published=date(2026, 3, 9)):
    return code(coder, text, published).places


def by_text(found, text):
    return [p for p in found if p.text == text]


def test_a_state_is_resolved_in_the_article_country(coder):
    guerrero = by_text(places(coder, GUERRERO), "Guerrero")
    assert len(guerrero) == 2
    assert {(p.kind, p.country, p.admin1) for p in guerrero} == {("admin1", "MEX", "Guerrero")}
    assert 16.5 < guerrero[0].lat < 18.5 and -101.5 < guerrero[0].lon < -98.5


def test_a_town_takes_the_state_the_article_names(coder):
    # Cocula is a town in Guerrero and a bigger one in Jalisco: the story is about Guerrero.
    cocula = by_text(places(coder, GUERRERO), "Cocula")
    assert cocula and all(p.admin1 == "Guerrero" and p.country == "MEX" for p in cocula)


def test_a_capital_standing_for_its_government_is_not_a_place(coder):
    washington = by_text(places(coder, GUERRERO), "Washington")
    assert len(washington) == 1  # "held talks in Washington", not "Washington urged"
    assert washington[0].country == "USA" and washington[0].kind == "city"


def test_the_dateline_is_the_article_origin_not_an_event_location(coder):
    result = code(coder, GUERRERO, date(2026, 3, 9))
    origin = result.article.dateline
    assert origin is not None and origin.name == "Chilpancingo" and origin.dateline
    assert result.article.to_dict()["dateline"]["name"] == "Chilpancingo"
    assert all(e.location is None or not e.location.dateline for e in result.events)


def test_country_names_are_places_at_the_country_point(coder):
    mexico = by_text(places(coder, GUERRERO), "Mexico")
    assert mexico and all(p.kind == "country" and p.country == "MEX" for p in mexico)
    assert 20 < mexico[0].lat < 27


def test_an_event_is_located_where_its_sentence_puts_it(coder):
    text = "Russian forces attacked Ukrainian positions near Kharkiv on Sunday."
    result = code(coder, text, date(2026, 3, 9))
    event = next(e for e in result.events if e.cameo.root == "19")
    assert event.location is not None and event.location.name == "Kharkiv"
    assert event.to_dict()["location"]["country"] == "UKR"
    place = next(p for p in result.places if p.name == "Kharkiv")
    assert event.id in place.events


def test_an_event_without_a_place_in_its_sentence_has_no_location(coder):
    result = code(coder, "KYIV (Wire) — Russia accused Ukraine of sabotage on Sunday.", date(2026, 3, 9))
    assert result.events and all(e.location is None for e in result.events)
    assert all(e.to_dict()["location"] is None for e in result.events)


def test_a_month_is_not_a_town(coder):
    found = places(coder, "The deal was signed in March in Caracas, Venezuela's capital.")
    assert [p.name for p in found if p.kind != "country"] == ["Caracas"]


def test_a_famous_city_beats_a_small_namesake_in_the_article_country(coder):
    text = "U.S. and Iranian negotiators met in Geneva on Friday. The United States said talks would go on."
    geneva = by_text(places(coder, text), "Geneva")
    assert geneva and geneva[0].country == "CHE"


def test_the_gazetteer_folds_accents_and_case():
    gazetteer = Gazetteer.bundled()
    assert fold("Bogotá") == fold("BOGOTA") == "bogota"
    assert any(e.country == "COL" and e.capital for e in gazetteer.lookup("Bogota"))
    assert gazetteer.country("MEX").kind == "country"
    assert gazetteer.lookup("Nowhereville-on-Nothing") == []


def test_a_country_name_inside_a_longer_place_name_is_that_place(coder):
    found = places(coder, "Russian warships sailed through the Gulf of Finland and Chinese ships patrolled "
                          "the East China Sea on Monday.")
    assert [(p.text, p.kind) for p in found if "Finland" in p.text or "China" in p.text] == [
        ("Gulf of Finland", "region"), ("East China Sea", "region")]


def test_a_town_placed_in_a_named_region_after_a_comma(coder):
    text = ("Olive growers staged protests in Argentina on Monday. Farmers around Córdoba, in the southern "
            "region of Andalusia, blocked roads in Spain.")
    cordoba = by_text(places(coder, text), "Córdoba")
    assert [(p.country, p.admin1) for p in cordoba] == [("ESP", "Andalusia")]


def test_a_country_name_that_is_a_state_of_the_story_country(coder):
    text = ("WASHINGTON (Wire) — The United States and South Korea agreed on new visas on Tuesday, months "
            "after a raid on a battery plant in Georgia. American officials said the United States wanted "
            "Korean investment.")
    georgia = by_text(places(coder, text), "Georgia")
    assert [(p.kind, p.country) for p in georgia] == [("admin1", "USA")]
    tbilisi = by_text(places(coder, "TBILISI (Wire) — Protesters marched in Georgia on Monday."), "Georgia")
    assert [(p.kind, p.country) for p in tbilisi] == [("country", "GEO")]


def test_another_name_of_a_region_is_a_place_without_a_cue(coder):
    text = ("TOKYO (Wire) — Japan protested to China on Monday. “The Diaoyu Islands are China's inherent "
            "territory,” the Chinese foreign ministry said.")
    assert [p.name for p in by_text(places(coder, text), "Diaoyu Islands")] == ["Senkaku Islands"]


def test_part_of_a_hyphenated_name_is_not_a_place_of_its_own(coder):
    found = places(coder, "The tanker had left the Russian port of Ust-Luga on Sunday.")
    assert not any(p.name == "Luga" for p in found)


def test_a_dateline_in_accented_capitals_is_the_article_origin(coder):
    from dyad.resolve.actors import dateline_end

    text = ("ASUNCIÓN (Wire) — Paraguay's president said on Monday that a new bridge to Brazil would open "
            "in March.")
    result = code(coder, text, date(2026, 1, 12))
    origin = result.article.dateline
    assert origin is not None and origin.dateline and origin.name == "Asunción" and origin.country == "PRY"
    doc = coder.nlp(text)
    assert doc[dateline_end(doc)].text == "Paraguay"
    krakow = code(coder, "KRAKÓW, Poland (Wire) — Thousands marched on Sunday.", date(2026, 1, 12))
    assert krakow.article.dateline is not None and krakow.article.dateline.country == "POL"


def test_a_country_name_that_is_also_a_state_needs_the_text_to_say_which(coder):
    # Niger is a country and a state of Nigeria; the article speaks of Nigeria far more either way.
    text = ("ABUJA (Wire) — Nigeria's air force said on Monday that it had bombed camps in the northwest of "
            "Nigeria. Neighbouring Niger and Benin closed their borders. Nigeria said its troops would stay.")
    niger = by_text(places(coder, text), "Niger")
    assert [(p.kind, p.country) for p in niger] == [("country", "NER")]
    text = ("ABUJA (Wire) — Nigeria's police said on Monday that gunmen had kidnapped 20 villagers in Niger "
            "State. Nigeria's government said more officers were sent to Niger.")
    niger = by_text(places(coder, text), "Niger")
    assert niger and all((p.kind, p.country) == ("admin1", "NGA") for p in niger)


def test_a_city_joined_to_a_place_is_a_place_when_the_recogniser_calls_it_a_person(coder):
    text = (
        "Uzbekistan's culture minister witnessed the signing of a twinning agreement between Samarkand and "
        "Kraków on Thursday."
    )
    places = {p.name for p in code(coder, text).places}
    assert "Kraków" in places
