"""Coding knowledge, loaded once from data files that analysts can read and extend.

The built-in files live in `dyad/data/`; `load_knowledge(extra=[DIR])` adds an analyst's own directory of
files in the same formats (see data/README.md), whose entries are used beside the built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dyad.knowledge.actors import ActorKnowledge
from dyad.knowledge.cameo import CameoTable
from dyad.knowledge.imported import ImportedKnowledge
from dyad.knowledge.modality import ModalityRules
from dyad.knowledge.patterns import PatternIndex
from dyad.knowledge.tables import DATA_DIR


@dataclass(slots=True)
class Knowledge:
    cameo: CameoTable
    patterns: PatternIndex
    actors: ActorKnowledge
    modality: ModalityRules
    # PETRARCH-style dictionaries (verbs.tsv, actors.tsv, ...: dyad.knowledge.imported)
    imported: ImportedKnowledge = field(default_factory=ImportedKnowledge)


ACTOR_FILES = {
    "countries.tsv": ActorKnowledge.load_countries,
    "organisations.tsv": ActorKnowledge.load_organisations,
    "people.tsv": ActorKnowledge.load_people,
    "roles.tsv": ActorKnowledge.load_roles,
    "first_names.tsv": ActorKnowledge.load_first_names,
}


def _load(directories: tuple[Path, ...], builtin: bool) -> Knowledge:
    cameo = CameoTable.load(DATA_DIR / "cameo.tsv")
    patterns = PatternIndex()
    actors = ActorKnowledge()
    imported = ImportedKnowledge()
    sources = ((DATA_DIR,) if builtin else ()) + directories
    for directory in sources:
        if (directory / "events.tsv").exists():
            patterns.load(
                directory / "events.tsv", known_codes=None if directory != DATA_DIR else set(cameo.codes)
            )
        for filename, loader in ACTOR_FILES.items():
            if (directory / filename).exists():
                loader(actors, directory / filename)
        if directory != DATA_DIR:
            imported.load_directory(directory)
    modality = ModalityRules.load(DATA_DIR / "modality.yaml")
    return Knowledge(cameo=cameo, patterns=patterns, actors=actors, modality=modality, imported=imported)


@lru_cache(maxsize=8)
def load_knowledge(extra: tuple[Path, ...] = (), builtin: bool = True) -> Knowledge:
    """The built-in knowledge, plus the data files found in each `extra` directory."""
    return _load(tuple(Path(d) for d in extra), builtin)


__all__ = ["DATA_DIR", "Knowledge", "load_knowledge"]
