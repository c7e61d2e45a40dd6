"""Coding with imported dictionaries (dyad.code.phrases): PETRARCH-style patterns around a verb, actors with
dated codes and agents, discards; PETRARCH's conventions only in its compatibility mode.

The dictionaries are written here by hand in dyad's own format (data/README.md), with fictional actors so
that nothing depends on dyad's built-in knowledge.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.code.events import CodingOptions
from dyad.pipeline import Coder
from dyad.records import Article

DAY = date(1995, 1, 11)

FILES = {
    "verbs.tsv": """verb\tgroup\tcode\tforms\tnote
condemn\tcondemn\t122\t\t
criticize\tcriticize\t121\t\t
abandon\tabandon\t345\t\t
contribute\tcontribute\t070\t\t
free\tfree\t066\t\t
warn\twarn\t160\t\t
delay\tdelay\t120\t\t
arrive\tarrive\t032:033\t\t
oppose\toppose\t112\t\t
restore\trestore\t064\t\t
allow\tallow\t080\t\t
arrest\tarrest\t212\t\t
say\tsaid\t023\tsaid\t
wire +tap\tconfiscate\t1711\twire +tap|wire +tapped|wire +tapping\t
break\tbreak\t1717\tbreak|breaks|breaking|broke|broken\t
+break down\tbreak\t1717\t+break down|+broke down|+broken down\t
""",
    "synsets.tsv": """name\tmembers
&CURRENCY\tDOLLARS|SWISS FRANCS|GOLDEN GOBLIN GALLEONS
&TIETYPES\tMILITARY|ECONOMIC
""",
    "events.tsv": """code\tkind\tpattern\tnote
122\tphrase\tcriticize: heavily *\t
123\tphrase\tcriticize: heavily unjustly *\t
903\tphrase\tabandon: * new_&TIETYPES_relations\t
901\tphrase\tabandon: * diplomatic ties\t
903\tphrase\tcontribute: * &CURRENCY\t
066\tphrase\tfree: + * from $\t
162\tphrase\twarn: * their ^ about +\t
191\tphrase\tdelay: % have *\t
112\tphrase\tallow: not *\t
081\tphrase\tconfiscate: will not *\t
161\tphrase\tbreak: * treaty\t
""",
    "actors.tsv": """name\taliases\tcode\tstart\tend\tnote
ARNOR\tARNORIAN\tARN\t\t\t
GONDOR\tMINAS TIRITH\tGON\t\t\t
OSGILIATH\t\tOSG\t\t\t
ERIADOR\t\tERI\t\t\t
ITHILEN\t\tITH\t\t\t
MORDOR\tBARAD-DUR\tMOR\t\t\t
BREE\t\tBRE\t\t\t
PRINCE OF DOL AMROTH\t\tDOL\t\t\t
WHITE HOUSE\t\tUSAGOV\t\t\t
THE SHIRE\t\tFRO|BIL|SAM\t\t\t
GOLLUM\tSMEAGOL\tHOB\t\t1995-05-31\t
GOLLUM\t\tHOBGOV\t1995-06-01\t1999-08-15\t
GOLLUM\t\tHOBREB\t1999-08-17\t\t
""",
    "agents.tsv": """agent\tcode\tplurals\tnote
police\t~COP\t-\t
foreign minister\t~GOVFRM\t\t
official\t~GOV\t\t
student\t~EDU\t\t
soldier\t~MIL\t\t
msf\tNGO~\t-\t
""",
    "discards.tsv": """phrase\tscope\tnote
baseball\tsentence\t
world golf championships\tstory\t
""",
}


@pytest.fixture(scope="module")
def dictionaries(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dictionaries")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def compat(dictionaries) -> Coder:
    return Coder(dictionaries=[dictionaries], builtin=False, options=CodingOptions(petrarch_compatible=True))


@pytest.fixture(scope="module")
def own(dictionaries) -> Coder:
    return Coder(dictionaries=[dictionaries], builtin=False)


def codings(coder: Coder, text: str, day: date | None = DAY) -> set[tuple[str, str, str]]:
    result = coder.code(Article(text=text, published=day, origin="test"))
    return {(e.source.code, e.target.code if e.target else "---", e.cameo.code) for e in result.events}


# ---- patterns ----------------------------------------------------------------------------------------------

def test_a_verb_without_a_matching_pattern_takes_its_own_code(compat):
    assert codings(compat, "Arnor condemned the attack on Gondor.") == {("ARN", "GON", "122")}


def test_the_longest_matching_pattern_wins(compat):
    assert codings(compat, "Arnor criticized Gondor.") == {("ARN", "GON", "121")}
    assert codings(compat, "Arnor heavily criticized Gondor.") == {("ARN", "GON", "122")}
    assert codings(compat, "Arnor heavily and unjustly criticized Gondor.") == {("ARN", "GON", "123")}


def test_underscore_asks_for_adjacent_words_a_space_allows_others(compat):
    assert codings(compat, "Arnor will abandon new economic relations with Gondor.") == {
        ("ARN", "GON", "903")}
    assert codings(compat, "Arnor will abandon new global economic relations with Gondor.") == {
        ("ARN", "GON", "345")}
    assert codings(compat, "Arnor will abandon full diplomatic ties with Gondor.") == {("ARN", "GON", "901")}


def test_a_synonym_set_member_of_several_words(compat):
    assert codings(compat, "Arnor will contribute a million swiss francs to Gondor.") == {
        ("ARN", "GON", "903")}
    assert codings(compat, "Arnor will contribute a million goblin galleons to Gondor.") == {
        ("ARN", "GON", "070")}


def test_source_and_target_placed_by_the_pattern(compat):
    assert codings(compat, "Ithilen's palace guard was freed from Barad-dur.") == {("MOR", "ITH", "066")}


def test_a_skipped_noun_phrase(compat):
    assert codings(compat, "Arnor warned their populations about the Prince of Dol Amroth.") == {
        ("ARN", "DOL", "162")}


def test_a_compound_meets_itself(compat):
    assert codings(compat, "Gondor and Osgiliath have delayed their meeting.") == {
        ("GON", "OSG", "191"), ("OSG", "GON", "191")}


def test_a_paired_code_codes_the_other_direction(compat):
    assert codings(compat, "Bree arrived in Gondor on Monday.") == {
        ("BRE", "GON", "032"), ("GON", "BRE", "033")}


def test_a_passive_with_by_swaps_source_and_target(compat):
    assert codings(compat, "Eriador was opposed by Osgiliath.") == {("OSG", "ERI", "112")}


def test_a_multi_word_verb_and_its_pattern(compat):
    assert codings(compat, "Soldiers from Gondor wire tapped the lines into Mordor.") == {
        ("GONMIL", "MOR", "1711")}
    assert codings(compat, "Soldiers from Gondor will not wire tap the lines into Mordor.") == {
        ("GONMIL", "MOR", "081")}
    assert codings(compat, "Arnor has broken down a treaty with Gondor.") == {("ARN", "GON", "161")}


def test_a_compound_list_codes_each_actor(compat):
    assert codings(compat, "Arnor, the Shire and Bree condemned Gondor.") == {
        ("ARN", "GON", "122"), ("FRO", "GON", "122"), ("BIL", "GON", "122"), ("SAM", "GON", "122"),
        ("BRE", "GON", "122")}


# ---- actors ------------------------------------------------------------------------------------------------

def test_dated_codes_follow_the_article_date(compat):
    text = "Gollum condemned Gondor."
    assert codings(compat, text, date(1992, 1, 2)) == {("HOB", "GON", "122")}
    assert codings(compat, text, date(1995, 6, 1)) == {("HOBGOV", "GON", "122")}
    assert codings(compat, text, date(2001, 1, 1)) == {("HOBREB", "GON", "122")}


def test_agents_around_the_actor_code(compat):
    assert codings(compat, "Arnor's foreign minister condemned the Gondor police.") == {
        ("ARNGOVFRM", "GONCOP", "122")}
    assert codings(compat, "MSF Arnor condemned Gondor.") == {("NGOARN", "GON", "122")}
    assert codings(compat, "White House officials condemned Gondor.") == {("USAGOV", "GON", "122")}
    assert codings(compat, "Arnor police arrested students.") == {("ARNCOP", "---EDU", "212")}


def test_the_record_holds_the_whole_code_and_country_and_sector(compat):
    event = compat.code(Article(text="MSF Arnor condemned the Gondor police.", published=DAY)).events[0]
    assert (event.source.code, event.source.country, event.source.sector) == ("NGOARN", "ARN", "NGO")
    assert (event.target.code, event.target.country, event.target.sector) == ("GONCOP", "GON", "COP")
    assert event.to_dict()["source"]["code"] == "NGOARN"
    assert any("imported dictionary" in note for note in event.notes)


def test_a_name_written_with_underscores_or_spaces_is_one_name(compat):
    assert codings(compat, "Arnor warned their people about the Prince of Dol_Amroth.") == {
        ("ARN", "DOL", "162")}


# ---- discards, modes and options ---------------------------------------------------------------------------

def test_discards_drop_a_sentence_or_the_story(compat):
    text = "Arnor condemned Gondor. Ithilen condemned Mordor over baseball."
    assert codings(compat, text) == {("ARN", "GON", "122")}
    assert not codings(compat, "Arnor condemned Gondor at the World Golf Championships.")
    assert compat.event_coder.phrases.notes and "story discarded" in compat.event_coder.phrases.notes[0]


def test_future_acts_count_only_in_petrarch_mode(compat, own, dictionaries):
    text = "Arnor will restore full diplomatic ties with Gondor."
    assert codings(compat, text) == {("ARN", "GON", "064")}
    assert not codings(own, text)
    listed = Coder(dictionaries=[dictionaries], builtin=False, options=CodingOptions(all_modalities=True))
    events = listed.code(Article(text=text, published=DAY)).events
    assert [(e.cameo.code, e.modality) for e in events] == [("064", "planned")]


def test_a_negation_the_pattern_reads_is_the_act(own):
    assert codings(own, "Arnor did not allow Gondor to stay.") == {("ARN", "GON", "112")}
    assert not codings(own, "Arnor did not condemn Gondor.")  # no pattern reads it: a negated act


def test_verbs_by_lemma_outside_petrarch_mode_only(compat, own):
    assert codings(own, "Arnor condemns Gondor.") == {("ARN", "GON", "122")}
    assert not codings(compat, "Ethiopia departes from Libya.")  # PETRARCH's forms only


def test_require_dyad_off_codes_a_lone_source(compat):
    text = "Arnor condemned Gondor, a senior official said on Saturday."
    assert codings(compat, text) == {("ARN", "GON", "122")}
    settings = compat.event_coder.phrases.settings
    settings.require_dyad = False
    try:
        assert codings(compat, text) == {("ARN", "GON", "122"), ("---GOV", "---", "023")}
    finally:
        settings.require_dyad = True


def test_a_dateline_is_refused_in_petrarch_mode(compat):
    assert not codings(compat, "MINAS TIRITH: -- Arnor condemned Gondor on Thursday.")


def test_beside_the_builtin_knowledge(dictionaries):
    coder = Coder(dictionaries=[dictionaries])
    found = codings(coder, "Arnor condemned Gondor. Russian forces attacked Ukrainian positions on Tuesday.")
    assert ("ARN", "GON", "122") in found
    assert any(source.startswith("RUS") and code.startswith("19") for source, _, code in found)


def test_verbs_and_patterns_are_indexed(compat):
    imported = compat.knowledge.imported
    assert {e.group for e in imported.verbs_by_form["condemned"]} == {"condemn"}
    assert "condemned" not in imported.verbs_by_base  # bases and forms are separate indexes
    assert [p.code for p in imported.patterns_for("criticize")] == ["123", "122"]


def test_the_code_command_takes_imported_dictionaries(dictionaries):
    result = CliRunner().invoke(main, ["code", "-", "--dictionaries", str(dictionaries), "--no-builtin",
                                       "--petrarch", "--published", "1995-01-11"],
                                input="Arnor will restore full diplomatic ties with Gondor.\n")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.output.splitlines() if '"type": "event"' in line]
    assert [(e["source"]["code"], e["cameo"]["code"], e["target"]["code"]) for e in events] == [
        ("ARN", "064", "GON")]
    refused = CliRunner().invoke(main, ["code", "-", "--no-builtin"], input="text\n")
    assert refused.exit_code != 0


def test_a_dated_event_takes_the_codes_of_its_own_day(compat):
    assert codings(compat, "On June 3, 1995, Gollum condemned Gondor.", date(2001, 1, 1)) == {
        ("HOBGOV", "GON", "122")}


def test_the_trigger_span_points_at_the_verb_phrase(compat):
    text = "Arnor has broken down a treaty with Gondor."
    events = compat.code(Article(text=text, published=DAY, origin="test")).events
    assert events
    for event in events:
        start, end = event.trigger_span
        assert text[start:end] == event.trigger == "broken down"
