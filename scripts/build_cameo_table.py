"""Rebuild dyad's CAMEO table (src/dyad/data/cameo.tsv) from the published code tables.

Dev-time only: reads ../shared/eval/cameo/cameo_event_codes.csv (GDELT's names, Goldstein values and
quad classes; PLOVER type/mode from the CAMEO2PLOVER table). dyad never reads ../shared at run time.
PLOVER has no category for CAMEO 01 (statements); CAMEO 02 (appeals) is PLOVER's REQUEST, with the
mode taken from what is asked for.
"""

import csv
import sys
from pathlib import Path

APPEAL_MODES = {
    "021": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}


def plover_for(row: dict[str, str]) -> tuple[str, str]:
    code = row["code"]
    if row["plover_event"]:
        return row["plover_event"], row["plover_mode"]
    if code.startswith("02"):
        return "REQUEST", APPEAL_MODES.get(code[:3], "")
    return "", ""


def main(source: Path, target: Path) -> None:
    rows = list(csv.DictReader(source.open(encoding="utf-8")))
    with target.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "# CAMEO event codes as dyad codes them. Built by scripts/build_cameo_table.py from GDELT's\n"
            "# published tables (names, Goldstein scale, quad class: 1 verbal cooperation, 2 material\n"
            "# cooperation, 3 verbal conflict, 4 material conflict) and the CAMEO-to-PLOVER table;\n"
            "# where GDELT lacks a code, the CAMEO manual's name and ICEWS's Goldstein value.\n"
            "# Columns: code, root, quad_class, goldstein, name, plover_type, plover_mode.\n"
        )
        out.write("code\troot\tquad_class\tgoldstein\tname\tplover_type\tplover_mode\n")
        for row in rows:
            plover_type, plover_mode = plover_for(row)
            # GDELT's tables lack a few codes (1213): the CAMEO manual's name and ICEWS's value stand in.
            goldstein = row["goldstein_gdelt"] or row["goldstein_icews"]
            name = row["name_gdelt"].strip() or row["name_icews"].strip()
            fields = [row["code"], row["root"], row["quad_class"], goldstein, name, plover_type, plover_mode]
            out.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/cameo/cameo_event_codes.csv")
    main(shared, Path(__file__).resolve().parent.parent / "src/dyad/data/cameo.tsv")
