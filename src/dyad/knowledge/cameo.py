"""The CAMEO code table: names, Goldstein values, quad classes and PLOVER equivalents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyad.errors import DataFileError
from dyad.knowledge.tables import read_rows
from dyad.records import Cameo, Plover


@dataclass(slots=True)
class CameoTable:
    codes: dict[str, Cameo]
    plover: dict[str, Plover]

    @classmethod
    def load(cls, path: Path) -> CameoTable:
        codes: dict[str, Cameo] = {}
        plover: dict[str, Plover] = {}
        for row in read_rows(path):
            code = row["code"]
            codes[code] = Cameo(
                code=code,
                name=row["name"],
                root=row["root"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
            )
            plover[code] = Plover(type=row["plover_type"] or None, mode=row["plover_mode"] or None)
        return cls(codes, plover)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def cameo(self, code: str) -> Cameo:
        """The facts of a code. Imported dictionaries may use codes CAMEO lacks (PETRARCH's test
        dictionaries do): those take their root's values, and their name says so."""
        known = self.codes.get(code)
        if known is not None:
            return known
        root = self.codes.get(code[:2])
        if root is None:
            raise DataFileError(f"unknown CAMEO code {code!r}")
        return Cameo(
            code=code,
            name=f"{root.name.capitalize()} (code {code} is not in CAMEO)",
            root=root.root,
            goldstein=root.goldstein,
            quad_class=root.quad_class,
        )

    def plover_for(self, code: str) -> Plover:
        """PLOVER type/mode of a code, inheriting the parent code's where the code has none."""
        for length in range(len(code), 1, -1):
            found = self.plover.get(code[:length])
            if found and found.type:
                return found
        return Plover(type=None, mode=None)
