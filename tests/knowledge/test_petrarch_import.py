"""PETRARCH/TABARI dictionaries: each construct of the four formats, parsed from small snippets written for
these tests, written as dyad's files and read back; the real dictionaries import without error."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.knowledge import load_knowledge
from dyad.knowledge.imported import ImportedKnowledge, compile_pattern
from dyad.knowledge.petrarch import (
    Gazetteer,
    import_petrarch,
    parse_code,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
    regular_verb_forms,
    separate_places,
)
from dyad.knowledge.tables import read_rows

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "petrarch2"

VERBS = """\
<!-- A verb dictionary in PETRARCH's format -->
&CURRENCY  # money
+DOLLARS
+SWISS FRANCS
+GOLDEN_GOBLIN_GALLEONS

&TIETYPES
+MILITARY
+ECONOMIC

&ACCORDSYN
+&TIETYPES
+CLOSER

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
- * NEW_&TIETYPES_RELATIONS [903] #  -PAS 12.01.12
- * DIPLOMATIC TIES [901]
- * DIPLXMATIC  [###]  # TABARI's discard code

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BREAKING_DOWN +BROKE_DOWN +BROKEN_DOWN }
- + * IN $  [075]
- * OFF_  [195]

--- DELAY [120]  [031:031]  ---
DELAY
DOWNPLAY [014]
- % HAVE  *  [191]

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]

--- ARRIVE  [032:033]  ---
ARRIVE    # -PAS 95.12.18

--- WARN  [160] ---
WARN
- * THEIR ^ ABOUT +  [162]
- SUGGESTED_+ * [165]
- * WITHOUT CODE

--- RUSH   [---]  ---
RUSH
- * (TO BORDER)  [154]
- * {ARMS SHIPMENT}  [072]
- *SCEPTICAL  [012]

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""

ACTORS = """\
<!-- actors -->
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN

ARNOR_  [ARN] #JW   10/17/91
LORIEN  [ELR/GAL]
BOROMIR  [---]
ITHILEN TELEVISION  [ITHTV]

GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]

U.S.S.R
+USSR
	[USR <911226]
PRINCE OF DOL AMROTH
	[--- <950630]
	[DOL]
KOFI_ANNAN_	[IGOUNO 970101-061231] [ELI]# two codes on one line
BAD_DATE [KORGOV 2004017-20061201]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
POLICE {} [ ~COP] # JON 2/8/95
FOREIGN_MINISTER [~GOVFRM]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MSF {}  [NGO~]
CONGRESS!PERSON! [~LEG]
DEPARMENT_OF_ENVIRONMENT [~ENV}
"""

DISCARDS = """\
# Story-level discards are indicated with a '+'.
MONTHS LATER
+World Golf Championships   # pas 26-Feb-2014
BASEBALL
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("petrarch")
    out = {}
    for name, text in {"verbs": VERBS, "actors": ACTORS, "agents": AGENTS, "discards": DISCARDS}.items():
        out[name] = folder / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def imported(files, tmp_path_factory) -> tuple[Path, ImportedKnowledge]:
    out = tmp_path_factory.mktemp("dyad-dictionaries")
    import_petrarch(out, verbs=[files["verbs"]], actors=[files["actors"]], agents=[files["agents"]],
                    discards=[files["discards"]])
    return out, load_knowledge((out,), builtin=False).imported


# ---- verbs -------------------------------------------------------------------------------------------------

def test_synsets_blocks_and_verb_lines(files):
    verbs = read_verbs(files["verbs"])
    assert verbs.synsets["&CURRENCY"] == ["DOLLARS", "SWISS FRANCS", "GOLDEN GOBLIN GALLEONS"]
    assert verbs.synsets["&ACCORDSYN"] == ["&TIETYPES", "CLOSER"]
    blocks = {b.name: b for b in verbs.blocks}
    assert blocks["DELAY"].code == "120" and blocks["RUSH"].code is None
    break_down = blocks["BREAK"].verbs[1]
    assert (break_down.words, break_down.head) == (["BREAK", "DOWN"], 0)
    assert ["BROKEN", "DOWN"] in break_down.forms
    wiretap = blocks["CONFISCATE"].verbs[1]
    assert (wiretap.words, wiretap.head) == (["WIRE", "TAP"], 1)
    assert blocks["DELAY"].verbs[1].code == "014"  # DOWNPLAY's own code
    assert verbs.transformations == ["~ a (a b ATTACK) SAY = a b 015"]


def test_pattern_lines_keep_their_markers_and_codes(files):
    verbs = read_verbs(files["verbs"])
    patterns = {p.text: p.code for b in verbs.blocks for p in b.patterns}
    assert patterns["* new_&TIETYPES_relations"] == "903"
    assert patterns["+ * in $"] == "075"
    assert patterns["* off"] == "195"  # a final "_" only says "no stemming"
    assert patterns["% have *"] == "191"
    assert patterns["* their ^ about +"] == "162"
    assert patterns["suggested_+ *"] == "165"
    assert patterns["* to border"] == "154"  # PETRARCH2's (PREP ...) flattened
    assert patterns["* arms_shipment"] == "072"  # and its {NOUN PHRASE} joined
    assert patterns["* sceptical"] == "012"
    assert not any("diplxmatic" in text for text in patterns)  # TABARI's ### code is not a code
    assert any("without a code" in w for w in verbs.warnings)


def test_regular_verb_forms_follow_petrarch():
    assert regular_verb_forms("depart") == ["depart", "departs", "departed", "departing"]
    assert regular_verb_forms("deplore") == ["deplore", "deplores", "deplored", "deploring"]
    assert regular_verb_forms("carry") == ["carry", "carries", "carried", "carrying"]
    assert regular_verb_forms("push") == ["push", "pushes", "pushed", "pushing"]


def test_glue_and_markers_compile_into_upper_and_lower_parts():
    pattern = compile_pattern("clash", "907", "most_certainly_&NEG_ever * over efforts",
                              {"NEG": ["did n't", "will not"]}, 0)
    upper = [(e.text, e.glued) for e in pattern.upper]
    assert upper == [("ever", False), ("&NEG", True), ("certainly", True), ("most", True)]
    assert pattern.upper[1].keys == ("didn't", "willnot")
    assert [(e.text, e.glued) for e in pattern.lower] == [("over", False), ("efforts", False)]
    assert pattern.required == {"most", "certainly", "ever", "over", "efforts"}
    shot = compile_pattern("shot", "224", "+ was * dead in $", {}, 1)
    assert shot.markers == {"+", "$"} and shot.specificity == 5


# ---- actors, agents, discards ------------------------------------------------------------------------------

def test_actor_entries_with_synonyms_dated_and_compound_codes(files):
    actors = {e.names[0]: e for e in read_actors(files["actors"]).entries}
    assert actors["GONDOR"].names == ["GONDOR", "MINAS TIRITH", "ANORIEN"]
    assert actors["LORIEN"].codes[0].codes == ["ELR", "GAL"]
    assert actors["BOROMIR"].codes[0].codes == []  # the null actor
    assert actors["ITHILEN .. TELEVISION"].codes[0].codes == ["ITHTV"]  # PETRARCH's space: words between
    gollum = actors["GOLLUM"]
    assert gollum.names == ["GOLLUM", "SMEAGOL"]
    before, during, after = gollum.codes
    assert before.end == date(1995, 5, 31) and before.start is None
    assert (during.start, during.end) == (date(1995, 6, 1), date(1999, 8, 15))
    assert after.start == date(1999, 8, 17) and after.end is None
    assert actors["U.S.S.R"].names == ["U.S.S.R", "USSR"]
    annan = actors["KOFI ANNAN"]
    assert [c.codes for c in annan.codes] == [["IGOUNO"], ["ELI"]]
    assert annan.codes[0].start == date(1997, 1, 1) and annan.codes[0].end == date(2006, 12, 31)


def test_a_bad_date_is_reported_not_fatal(files):
    dictionary = read_actors(files["actors"])
    assert any("2004017" in w for w in dictionary.warnings)
    assert "BAD DATE" not in {e.names[0] for e in dictionary.entries}  # no code left: skipped


def test_petrarch_dates_two_and_four_digit_years():
    assert parse_code("ONO <911226").end == date(1991, 12, 25)
    assert parse_code("RHO <790606").end == date(1979, 6, 5)
    assert parse_code("HOBCIV <20080120").end == date(2008, 1, 19)
    assert parse_code("--- <950630").codes == []


def test_agents_prefix_suffix_plurals_and_substitutions(files):
    agents = {a.name: a for a in read_agents(files["agents"]).entries}
    assert agents["POLICE"].code == "~COP" and agents["POLICE"].plurals == []
    assert agents["GOLDEN GOOSE"].plurals == ["GOLDEN GEESE"]
    assert agents["MSF"].code == "NGO~"
    assert {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"} <= set(agents)
    assert agents["DEPARMENT OF ENVIRONMENT"].code == "~ENV"  # a mistyped bracket is forgiven


def test_discards_story_and_sentence(files):
    discards, _ = read_discards(files["discards"])
    assert {(d.phrase, d.scope) for d in discards} == {
        ("MONTHS LATER", "sentence"), ("World Golf Championships", "story"), ("BASEBALL", "sentence")}


# ---- written as dyad's files and read back -----------------------------------------------------------------

def test_round_trip_verbs_and_patterns(imported):
    out, knowledge = imported
    rows = {r["verb"]: r for r in read_rows(out / "verbs.tsv")}
    assert rows["break"]["group"] == "break" and rows["break"]["code"] == "1717"
    assert rows["+break down"]["forms"].split("|")[-1] == "+broken down"
    assert rows["wire +tap"]["code"] == "1711"
    assert rows["rush"]["code"] == "---"
    forms = knowledge.verbs_by_form
    assert {e.group for e in forms["delayed"]} == {"delay"}
    assert "broken" in forms and "broke" in forms and "breaking" in forms
    assert [e.words for e in forms["tapped"]] == [("wire", "tapped")]
    downplay = forms["downplayed"][0]
    assert (downplay.group, downplay.code) == ("delay", "014")
    assert [p.code for p in knowledge.patterns_for("abandon")] == ["903", "901"]
    warn = knowledge.patterns_for("warn")
    assert warn[0].text == "* their ^ about +"  # four parts before two


def test_round_trip_actors_agents_discards(imported):
    _, knowledge = imported
    actors = knowledge.actors.keys
    assert actors["minastirith"] is actors["gondor"]
    gollum = actors["smeagol"]
    assert gollum.codes_on(date(1992, 1, 2)) == ("HOB",)
    assert gollum.codes_on(date(1995, 6, 1)) == ("HOBGOV",)
    assert gollum.codes_on(date(2001, 1, 1)) == ("HOBREB",)
    prince = actors["princeofdolamroth"]
    assert prince.codes_on(date(1995, 1, 1)) == () and prince.codes_on(date(1999, 8, 9)) == ("DOL",)
    assert actors["lorien"].codes_on(None) == ("ELR", "GAL")
    assert knowledge.actors.gapped["ithilen"][0][0] == ("ithilen", "television")
    agents = knowledge.agents.keys
    assert agents["police"].suffix == "COP" and "polices" not in agents
    assert agents["goldengeese"].suffix == "GGS" and agents["foreignministers"].suffix == "GOVFRM"
    assert agents["msf"].prefix == "NGO"
    assert knowledge.discards.keys["worldgolfchampionships"] == "story"
    assert knowledge.discards.keys["baseball"] == "sentence"


def test_places_listed_under_a_country_are_set_apart(tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text("FRANCE_  [FRA]\n+FRENCH_\n+REPUBLIQUE_FRANCAISE_\n+PARIS_\n+MARSEILLE_\n+LOIRE_VALLEY_\n"
                    "ERIADOR [ERI]\n+MINAS_ANOR\n", encoding="utf-8")
    dictionary = read_actors(path)
    moved = separate_places(dictionary, Gazetteer.builtin())
    france, eriador = dictionary.entries
    assert france.names == ["FRANCE", "FRENCH", "PARIS"]  # name, demonym, capital
    assert france.places == ["REPUBLIQUE FRANCAISE", "MARSEILLE", "LOIRE VALLEY"] and moved == 3
    assert eriador.names == ["ERIADOR", "MINAS ANOR"]  # ERI is Eritrea's code, but this is no Eritrea


def test_the_cli_imports_and_reports(files, tmp_path):
    result = CliRunner().invoke(main, ["dictionaries", "import-petrarch", "--verbs", str(files["verbs"]),
                                       "--actors", str(files["actors"]), "--agents", str(files["agents"]),
                                       "--discards", str(files["discards"]), "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "patterns" in result.output and "actors" in result.output
    assert {p.name for p in (tmp_path / "d").iterdir()} == {
        "verbs.tsv", "synsets.tsv", "events.tsv", "actors.tsv", "agents.tsv", "discards.tsv", "places.tsv"}
    empty = CliRunner().invoke(main, ["dictionaries", "import-petrarch", "--out", str(tmp_path / "e")])
    assert empty.exit_code != 0


# ---- the real dictionaries ---------------------------------------------------------------------------------

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="shared/eval/petrarch2 is not beside the repo")


@needs_shared
def test_cameo_verb_dictionary_imports_in_seconds(tmp_path):
    started = time.perf_counter()
    report = import_petrarch(tmp_path, verbs=[SHARED / "CAMEO.2.0.txt"])
    assert time.perf_counter() - started < 10
    assert report.counts["patterns"] > 4600 and report.counts["verb groups"] == 397
    knowledge = ImportedKnowledge()
    knowledge.load_directory(tmp_path)
    knowledge.check()  # every pattern compiles
    assert knowledge.patterns_for("ask")


@needs_shared
@pytest.mark.slow
def test_phoenix_dictionaries_import_without_city_actors(tmp_path):
    report = import_petrarch(
        tmp_path, verbs=[SHARED / "CAMEO.2.0.txt"],
        actors=[SHARED / "Phoenix.Countries.actors.txt", SHARED / "Phoenix.International.actors.txt",
                SHARED / "Phoenix.MilNonState.actors.txt"],
        agents=[SHARED / "Phoenix.agents.txt"], discards=[SHARED / "Phoenix.discards.txt"])
    assert report.counts["actors"] > 20000 and report.counts["places set apart"] > 2000
    knowledge = load_knowledge((tmp_path,), builtin=False).imported
    actors = knowledge.actors.keys
    for place in ("marseille", "lyon", "kandahar", "helmand", "alsace"):
        assert place not in actors, place
        assert place in knowledge.places
    assert actors["france"].codes_on(date(2014, 1, 1)) == ("FRA",)
    assert actors["kabul"].codes_on(date(2014, 1, 1)) == ("AFG",)  # a capital stays: PETRARCH codes it so
    assert actors["afghan"].codes_on(date(2014, 1, 1)) == ("AFG",)
    assert knowledge.agents.keys["police"].suffix == "COP"
