"""The built-in data files load, agree with each other and cover the ontology."""

import pytest

from dyad.errors import DataFileError
from dyad.knowledge import DATA_DIR, load_knowledge
from dyad.knowledge.patterns import PatternIndex, parse_pattern
from dyad.knowledge.tables import read_rows


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


def test_cameo_table_has_every_code_with_gdelt_values(knowledge):
    codes = knowledge.cameo.codes
    assert len(codes) == 312
    assert codes["190"].goldstein == -10.0 and codes["190"].quad_class == 4
    assert codes["042"].quad_class == 1 and codes["042"].goldstein == 1.9
    assert all(-10 <= c.goldstein <= 10 for c in codes.values())
    assert {c.root for c in codes.values()} == {f"{r:02d}" for r in range(1, 21)}


def test_plover_types_follow_the_cameo_to_plover_table(knowledge):
    assert knowledge.cameo.plover_for("190").type == "ASSAULT"
    assert knowledge.cameo.plover_for("042").type == "CONSULT"
    assert knowledge.cameo.plover_for("026").type == "REQUEST"
    assert knowledge.cameo.plover_for("010").type is None  # PLOVER has no bare statements


def test_event_patterns_cover_all_twenty_roots(knowledge):
    roots = {p.code[:2] for bucket in knowledge.patterns.by_trigger.values() for p in bucket}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_every_pattern_code_is_a_cameo_code(knowledge):
    for bucket in knowledge.patterns.by_trigger.values():
        for pattern in bucket:
            assert pattern.code in knowledge.cameo


def test_statement_tables_point_to_real_codes(knowledge):
    rules = knowledge.modality
    for table in (rules.threat_codes, rules.intent_codes, rules.appeal_codes):
        for code in table.values():
            assert code in knowledge.cameo, code


def test_countries_have_unique_iso3_codes():
    rows = list(read_rows(DATA_DIR / "countries.tsv"))
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes)) >= 195
    assert all(len(c) == 3 and c.isupper() for c in codes)


def test_capital_and_demonym_resolve(knowledge):
    meanings = {(m.kind, m.country) for m in knowledge.actors.names["Washington"]}
    assert ("capital", "USA") in meanings
    assert ("demonym", "MEX") in {(m.kind, m.country) for m in knowledge.actors.names["Mexican"]}


def test_an_unknown_code_in_an_analysts_file_is_a_clear_error(tmp_path):
    path = tmp_path / "events.tsv"
    path.write_text("code\tkind\tpattern\n999\tverb\tfrobnicate\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="999"):
        PatternIndex().load(path, known_codes={"190"})


def test_an_analysts_directory_adds_patterns(tmp_path):
    (tmp_path / "events.tsv").write_text("code\tkind\tpattern\n173\tverb\tfrobnicate\n", encoding="utf-8")
    extended = load_knowledge((tmp_path,))
    assert [p.code for p in extended.patterns.candidates("verb", "frobnicate")] == ["173"]


def test_a_pattern_whose_trigger_lists_alternatives_is_refused_with_a_clear_error():
    with pytest.raises(DataFileError, match="one row per trigger word"):
        parse_pattern("071", "verb", "cancel|forgive debt", "events.tsv")
