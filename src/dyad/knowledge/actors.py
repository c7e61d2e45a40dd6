"""Actor knowledge: countries and their names, organisations, people with dated roles, role words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyad.knowledge.tables import read_rows, split_values


@dataclass(slots=True, frozen=True)
class Role:
    sector: str | None
    title: bool
    gender: str | None
    covers: tuple[str, ...] = ()  # "the monarch" names again an earlier king, emir or queen
    dateline: bool = True  # False for spokespeople, envoys, governors: no capital dateline places them


@dataclass(slots=True, frozen=True)
class DatedRole:
    country: str | None
    sector: str | None
    role: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class KnownPerson:
    name: str
    gender: str | None
    roles: list[DatedRole] = field(default_factory=list)

    def role_on(self, day: date | None) -> DatedRole | None:
        """The role held on `day`; a role that has ended makes a former office-holder (elite, ELI)."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: r.start or date.min)
        for role in self.roles:
            if role.holds_on(day):
                return role
        past = [r for r in self.roles if r.end and r.end < day]
        if past:
            last = max(past, key=lambda r: r.end or date.min)
            return DatedRole(last.country, "ELI", f"former {last.role}", last.start, last.end)
        return None


@dataclass(slots=True, frozen=True)
class NamedActor:
    """What a name in the text stands for."""

    kind: str  # country, demonym, capital, organisation, person
    name: str
    country: str | None
    sector: str | None


def _parse_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(slots=True)
class ActorKnowledge:
    names: dict[str, list[NamedActor]] = field(default_factory=dict)  # surface form -> meanings
    people: dict[str, KnownPerson] = field(default_factory=dict)  # surface form -> person
    roles: dict[str, Role] = field(default_factory=dict)  # lemma (possibly multi-word) -> role
    first_names: dict[str, str] = field(default_factory=dict)  # lower-case given name -> gender
    country_names: dict[str, str] = field(default_factory=dict)  # iso3 -> English name
    # "kingdom" -> the countries whose names say they are one ("Kingdom of Morocco"): "the kingdom sent aid";
    # "island" -> those countries.tsv describes so ("the island nation")
    state_forms: dict[str, set[str]] = field(default_factory=dict)

    def names_party(self, word: str) -> bool:
        """Whether a word (a lemma) names a kind of actor, a role with a sector ("minister", "soldiers"),
        rather than a part of one or a quantity ("members", "tonnes")."""
        role = self.roles.get(word.lower())
        return role is not None and role.sector is not None

    def add_name(self, surface: str, actor: NamedActor) -> None:
        meanings = self.names.setdefault(surface, [])
        if actor not in meanings:
            meanings.append(actor)

    def load_countries(self, path: Path) -> None:
        for row in read_rows(path):
            iso3, name = row["iso3"], row["name"]
            self.country_names[iso3] = name
            for surface in [name, *split_values(row.get("aliases", ""))]:
                self.add_name(surface, NamedActor("country", name, iso3, None))
                for word in surface.lower().replace("the ", "").split():
                    self.state_forms.setdefault(word.rstrip("s"), set()).add(iso3)
            for word in split_values(row.get("descriptions", "")):
                self.state_forms.setdefault(word.lower(), set()).add(iso3)
            for surface in split_values(row.get("demonyms", "")):
                self.add_name(surface, NamedActor("demonym", name, iso3, None))
            for surface in split_values(row.get("capitals", "")):
                self.add_name(surface, NamedActor("capital", name, iso3, "GOV"))

    def load_organisations(self, path: Path) -> None:
        for row in read_rows(path):
            actor = NamedActor("organisation", row["name"], row["country"] or None, row["sector"] or None)
            for surface in [row["name"], *split_values(row.get("aliases", ""))]:
                self.add_name(surface, actor)

    def load_people(self, path: Path) -> None:
        for row in read_rows(path):
            name = row["name"]
            person = self.people.get(name) or KnownPerson(name=name, gender=row.get("gender") or None)
            person.roles.append(
                DatedRole(
                    country=row["country"] or None,
                    sector=row["sector"] or None,
                    role=row.get("role", ""),
                    start=_parse_date(row.get("start", "")),
                    end=_parse_date(row.get("end", "")),
                )
            )
            for surface in [name, *split_values(row.get("aliases", ""))]:
                self.people[surface] = person
                self.add_name(
                    surface, NamedActor("person", name, row["country"] or None, row["sector"] or None)
                )

    def load_roles(self, path: Path) -> None:
        for row in read_rows(path):
            self.roles[row["word"].lower()] = Role(
                sector=row["sector"] or None,
                title=row.get("title") == "yes",
                gender=row.get("gender") or None,
                covers=tuple(split_values(row.get("covers", "").lower())),
                dateline=row.get("dateline") != "no",
            )

    @property
    def part_words(self) -> frozenset[str]:
        """Role words with no sector of their own ("members", "total"): they stand for what follows
        "of" ("a total of nine Russian diplomats")."""
        return frozenset(w for w, r in self.roles.items() if r.sector is None and r.gender is None)

    def load_first_names(self, path: Path) -> None:
        for row in read_rows(path):
            self.first_names[row["name"].lower()] = row["gender"]
