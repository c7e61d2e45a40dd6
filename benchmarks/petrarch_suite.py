"""PETRARCH's own unit-test suite, coded by dyad with the suite's dictionaries imported.

    .venv/bin/python benchmarks/petrarch_suite.py [--details] [--min-exact F] [--max-extra-ratio R]
                                                   [--suite DIR]

The suite (shared/eval/petrarch2/PETR.UnitTest.records.xml, MIT, from openeventdata/petrarch2) holds 283
test sentences written by PETRARCH's authors with the codings their dictionary coder must produce. This
script imports its dictionaries (PETR.Validate.*) with `dyad dictionaries import-petrarch`, codes every
sentence with dyad's own parser (the bundled CoreNLP trees are ignored) in PETRARCH-compatibility mode,
applies the `<Config>` records in order (require_dyad, new_actor_length; the comma-clause options have no
counterpart in a dependency parse and are only counted), and scores per category:

- exact: expected codings found with the same source, target and event code;
- root: expected codings found with the right source and target and the code's first two digits only;
- missed: the rest of the expected codings; extra: codings dyad produced that no expectation names;
- no-event / error expectations met: the sentence produced no coding at all.

Sentences flagged sentence="false" (cases PETRARCH2 itself does not implement) are reported apart. The last
line is `petrarch-suite: X/Y exact` over the sentence="true" sentences.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyad.code.events import CodingOptions
from dyad.knowledge.petrarch import import_petrarch
from dyad.pipeline import Coder
from dyad.records import Article

DEFAULT_SUITE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "petrarch2"
RECORDS = "PETR.UnitTest.records.xml"


@dataclass
class Record:
    id: str
    category: str
    day: date | None
    implemented: bool  # sentence="true"
    text: str
    expected: list[tuple[str, str, str]] = field(default_factory=list)
    noevents: bool = False
    error: str | None = None
    config: dict[str, str] = field(default_factory=dict)  # options in force for this record


def _attributes(text: str) -> dict[str, str]:
    """XML attributes, double- or single-quoted (sourcecode='"INJURY TOLL"' is a new actor's code)."""
    found = re.findall(r"(\w+)\s*=\s*(?:(\")([^\"]*)\"|(')([^']*)')", text)
    return {key.lower(): double if quote else single for key, quote, double, _, single in found}


def read_suite(path: Path) -> list[Record]:
    """The suite's records in order, each with the `<Config>` options in force for it."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    config: dict[str, str] = {}
    records: list[Record] = []
    pattern = re.compile(r"<Config\s+([^>]*)>\s*</Config>|<Sentence\s+([^>]*)>(.*?)</Sentence>", re.S)
    for match in pattern.finditer(text):
        if match.group(1) is not None:
            attributes = _attributes(match.group(1))
            config[attributes["option"].lower()] = attributes["value"]
            continue
        attributes = _attributes(match.group(2))
        body = match.group(3)
        raw_day = attributes.get("date", "")
        day = date(int(raw_day[:4]), int(raw_day[4:6]), int(raw_day[6:8])) if len(raw_day) == 8 else None
        sentence_text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        record = Record(
            id=attributes.get("id", f"record-{len(records) + 1}"), category=attributes.get("category", "?"),
            day=day, implemented=attributes.get("sentence", "true").lower() == "true",
            text=" ".join((sentence_text.group(1) if sentence_text else "").split()).replace("&amp;", "&"),
            config=dict(config),
        )
        for coding in re.findall(r"<EventCoding\s+([^>]*)>", body):
            values = _attributes(coding)
            if values.get("noevents", "").lower() == "true":
                record.noevents = True
            elif "error" in values:
                record.error = values["error"]
            elif "eventcode" in values:
                record.expected.append((values["sourcecode"], values["targetcode"], values["eventcode"]))
        records.append(record)
    return [r for r in records if r.id != "FINAL-RECORD"]


def import_dictionaries(suite: Path, out: Path) -> None:
    report = import_petrarch(out, verbs=[suite / "PETR.Validate.verbs.txt"],
                             actors=[suite / "PETR.Validate.actors.txt"],
                             agents=[suite / "PETR.Validate.agents.txt"],
                             discards=[suite / "PETR.Validate.discards.txt"])
    print(report.summary())


def make_coder(dictionaries: Path) -> Coder:
    return Coder(dictionaries=[dictionaries], builtin=False, options=CodingOptions(petrarch_compatible=True))


def apply_config(coder: Coder, config: dict[str, str]) -> None:
    settings = coder.event_coder.phrases.settings
    settings.require_dyad = config.get("require_dyad", "true").lower() != "false"
    settings.new_actor_length = int(config.get("new_actor_length", "0") or 0)


def codings(coder: Coder, record: Record) -> list[tuple[str, str, str]]:
    apply_config(coder, record.config)
    result = coder.code(Article(text=record.text, published=record.day, origin=record.id))
    return [(e.source.code or "---", e.target.code if e.target else "---", e.cameo.code)
            for e in result.events]


def score(expected: list[tuple[str, str, str]], found: list[tuple[str, str, str]]) -> Counter:
    counts: Counter = Counter()
    remaining = Counter(found)
    wanted = Counter(expected)
    exact = remaining & wanted
    counts["exact"] = sum(exact.values())
    remaining -= exact
    wanted -= exact
    for (source, target, code), n in list(wanted.items()):
        for _ in range(n):
            partner = next((f for f in remaining if f[0] == source and f[1] == target and f[2][:2] == code[:2]
                            and remaining[f] > 0), None)
            if partner is not None:
                counts["root"] += 1
                remaining[partner] -= 1
                remaining = +remaining
            else:
                counts["missed"] += 1
    counts["expected"] = len(expected)
    counts["extra"] = sum(remaining.values())
    return counts


def evaluate(coder: Coder, records: list[Record], details: bool = False) -> dict[str, dict[str, Counter]]:
    """{"true"|"false": {category or "all": counts}}."""
    table: dict[str, dict[str, Counter]] = {"true": defaultdict(Counter), "false": defaultdict(Counter)}
    for record in records:
        found = codings(coder, record)
        counts = score(record.expected, found)
        counts["sentences"] = 1
        if record.noevents:
            counts["noevents"] += 1
            counts["noevents_met"] += not found
        if record.error:
            counts["errors"] += 1
            counts["errors_met"] += not found
        flag = "true" if record.implemented else "false"
        for key in (record.category, "all"):
            table[flag][key].update(counts)
        wrong = counts["exact"] != len(record.expected) or counts["extra"] or (
            (record.noevents or record.error) and found)
        if details and wrong:
            expectation = record.error or ("no event" if record.noevents else "")
            print(f"{record.id} [{record.category}{'' if record.implemented else ', sentence=false'}] "
                  f"{record.text}")
            print(f"    expected {sorted(record.expected)} {expectation}".rstrip())
            print(f"    dyad     {sorted(found)}")
    return table


def print_table(title: str, rows: dict[str, Counter]) -> None:
    print(title)
    print(f"  {'category':12} {'sent':>4} {'expected':>8} {'exact':>5} {'root':>5} {'missed':>6} {'extra':>5}"
          f" {'no-event met':>12} {'error met':>9}")
    for category in sorted(rows, key=lambda c: (c == "all", c)):
        c = rows[category]
        print(f"  {category:12} {c['sentences']:>4} {c['expected']:>8} {c['exact']:>5} {c['root']:>5} "
              f"{c['missed']:>6} {c['extra']:>5} {c['noevents_met']:>5}/{c['noevents']:<6} "
              f"{c['errors_met']:>3}/{c['errors']:<5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=DEFAULT_SUITE, help="folder of the PETRARCH2 files")
    parser.add_argument("--details", action="store_true", help="print every sentence dyad disagrees on")
    parser.add_argument("--min-exact", type=float, default=0.0, help="fail below this share exact")
    parser.add_argument("--max-extra-ratio", type=float, default=None,
                        help="fail when extra codings exceed this share of the expected ones")
    args = parser.parse_args()

    records = read_suite(args.suite / RECORDS)
    with tempfile.TemporaryDirectory(prefix="dyad-petrarch-") as folder:
        import_dictionaries(args.suite, Path(folder))
        coder = make_coder(Path(folder))
        table = evaluate(coder, records, args.details)
    ignored = sorted({k for r in records for k in r.config if k not in {"require_dyad", "new_actor_length"}})
    print(f"config options applied: require_dyad, new_actor_length; not applicable: {', '.join(ignored)}")
    print_table('sentence="false" (not implemented in PETRARCH2):', table["false"])
    print_table('sentence="true":', table["true"])
    total = table["true"]["all"]
    exact, expected = total["exact"], total["expected"]
    share = exact / expected if expected else 0.0
    print(f"petrarch-suite: {exact}/{expected} exact")
    if share < args.min_exact:
        sys.exit(f"petrarch-suite: {share:.3f} exact is below the floor {args.min_exact}")
    if args.max_extra_ratio is not None and total["extra"] > args.max_extra_ratio * expected:
        sys.exit(f"petrarch-suite: {total['extra']} extra codings, over {args.max_extra_ratio} x {expected}")


if __name__ == "__main__":
    main()
