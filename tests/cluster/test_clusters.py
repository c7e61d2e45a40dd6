"""Reports of one event by several outlets become one cluster; similar but distinct events stay apart."""

from __future__ import annotations

from datetime import date

from dyad.cluster import Mention, assign_clusters, cluster, cluster_counts
from dyad.store import open_store
from tests.factories import strike_reports


def mention(n: int, sentence: str, day: int, place: str | None = None, source: str = "RUS",
            root: str = "19") -> Mention:
    return Mention(f"e{n}", f"a{n}", source, "UKR", root, date(2026, 3, day), sentence, place, f"outlet{n}")


def groups(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.mentions) for c in cluster(mentions)}


def test_paraphrased_reports_of_one_event_form_one_cluster_with_their_sources():
    found = cluster([
        mention(1, "Russian forces shelled Ukrainian positions near Kharkiv on Tuesday.", 3, "Kharkiv"),
        mention(2, "Ukraine said Russian troops attacked positions outside Kharkiv with artillery.", 3),
        mention(3, "Three soldiers died when Russian forces bombarded positions close to Kharkiv.", 4),
    ])
    assert len(found) == 1 and found[0].sources == ["outlet1", "outlet2", "outlet3"]


def test_another_day_place_dyad_or_kind_of_act_is_another_event():
    sentence = "Russian forces shelled Ukrainian positions near Kharkiv."
    assert groups([
        mention(1, sentence, 3, "Kharkiv"),
        mention(2, sentence, 10, "Kharkiv"),  # a week later
        mention(3, "Russian artillery hit Ukrainian positions near Zaporizhzhia.", 3, "Zaporizhzhia"),
        mention(4, sentence, 3, "Kharkiv", source="BLR"),
        mention(5, sentence, 3, "Kharkiv", root="11"),
    ]) == {frozenset({f"e{n}"}) for n in range(1, 6)}


def test_unrelated_sentences_about_the_same_pair_and_day_are_not_merged():
    assert len(groups([mention(1, "Drones struck the Odesa grain port.", 3),
                       mention(2, "Artillery pounded trenches in the Donbas.", 3)])) == 2


def test_stored_events_get_cluster_ids_and_series_count_clusters_and_mentions(store_address):
    with open_store(store_address) as store:
        store.add_many(strike_reports())
        clusters = assign_clusters(store)
        assert sorted(len(c.mentions) for c in clusters) == [1, 4]
        assert assign_clusters(store) and store.query("SELECT count(*) FROM event_clusters")[0][0] == 5
        assert [(n, k) for _, n, k in cluster_counts(store, "RUS-UKR", "month")] == [(5, 2)]
