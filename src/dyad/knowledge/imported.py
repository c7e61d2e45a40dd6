"""Dictionaries in PETRARCH's manner, in dyad's own files (written by `dyad dictionaries import-petrarch`,
or by hand): verbs.tsv, synsets.tsv, `phrase` patterns in events.tsv, actors.tsv, agents.tsv, discards.tsv
and places.tsv. The formats are documented in data/README.md; dyad.code.phrases codes with them.

Everything is indexed for the coder: verbs by inflected form, patterns by verb group (most specific first,
with the words each needs so a sentence without them is skipped at once), actor and agent names by their
letters (case, spaces and underscores aside, so "Dol_Amroth", "Dol Amroth" and "DOL AMROTH" are one key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyad.errors import DataFileError
from dyad.knowledge.petrarch import regular_plurals, regular_verb_forms
from dyad.knowledge.tables import read_rows, split_values

MARKERS = {"$", "+", "^", "%"}


def key_of(text: str) -> str:
    """The letters of a name or phrase: lower case, without spaces or underscores."""
    return "".join(text.lower().replace("_", " ").split())


# ---- verbs and patterns -----------------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class VerbEntry:
    words: tuple[str, ...]  # the inflected phrase, lower case ("broken", "down")
    head: int  # which word is the verb itself
    base: str  # the head word's base form
    group: str
    code: str | None  # default code when no pattern of the group matches; None for "---"


@dataclass(slots=True)
class Element:
    kind: str  # word (alternatives are letter keys), marker ($ + ^ %), verb
    keys: tuple[str, ...] = ()
    marker: str = ""
    glued: bool = False  # must touch the element matched before it (the verb for the first one)
    text: str = ""


@dataclass(slots=True)
class PhrasePattern:
    group: str
    code: str  # "064", "032:033", ":173", "---"
    text: str
    upper: tuple[Element, ...]  # before the verb, nearest first
    lower: tuple[Element, ...]  # after the verb, in order
    required: frozenset[str]  # letter keys of plain words every match needs
    order: int
    source: str = ""

    @property
    def specificity(self) -> int:
        return len(self.upper) + len(self.lower)

    @property
    def markers(self) -> set[str]:
        return {e.marker for e in (*self.upper, *self.lower) if e.kind == "marker"}


def _parts(text: str) -> list[tuple[str, bool]]:
    """(part, glued to the part before it) for each part of a phrase pattern."""
    out: list[tuple[str, bool]] = []
    for chunk in text.split():
        for k, part in enumerate(p for p in chunk.split("_") if p):
            out.append((part, k > 0))
    return out


def compile_pattern(group: str, code: str, text: str, synsets: dict[str, list[str]], order: int,
                    source: str = "") -> PhrasePattern:
    parts = _parts(text)
    stars = [i for i, (part, _) in enumerate(parts) if part == "*"]
    if len(stars) != 1:
        raise DataFileError(f"{source}: a phrase pattern needs exactly one `*` (the verb): {text!r}")
    star = stars[0]
    required: set[str] = set()

    def element(part: str, glued: bool) -> Element:
        if part in MARKERS:
            return Element("marker", marker=part, glued=glued, text=part)
        if part.startswith("&"):
            name = part[1:].upper()
            if name not in synsets:
                raise DataFileError(f"{source}: unknown synonym set &{name} in {text!r}")
            return Element("word", keys=tuple(dict.fromkeys(key_of(m) for m in synsets[name])), glued=glued,
                           text=part)
        key = key_of(part)
        required.add(key)
        return Element("word", keys=(key,), glued=glued, text=part)

    upper = []
    for i in range(star - 1, -1, -1):
        upper.append(element(parts[i][0], parts[i + 1][1]))  # glued to its right-hand neighbour
    lower = [element(part, glued) for part, glued in parts[star + 1:]]
    return PhrasePattern(group=group, code=code, text=text, upper=tuple(upper), lower=tuple(lower),
                         required=frozenset(required), order=order, source=source)


def _expand_synsets(raw: dict[str, list[str]]) -> dict[str, list[str]]:
    """Members of each set, with sets named inside sets (`+&TIETYPES`) replaced by their members."""
    done: dict[str, list[str]] = {}

    def members(name: str, seen: tuple[str, ...]) -> list[str]:
        if name in done:
            return done[name]
        out: list[str] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                inner = member[1:].upper().rstrip("_")
                if inner not in seen:
                    out += members(inner, (*seen, inner))
            else:
                out.append(member)
        done[name] = out
        return out

    for name in raw:
        members(name, (name,))
    return done


# ---- actors and agents ------------------------------------------------------------------------------------

@dataclass(slots=True, frozen=True)
class CodePeriod:
    codes: tuple[str, ...]  # empty: the null actor (PETRARCH's ---)
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class ImportedActor:
    name: str
    periods: list[CodePeriod] = field(default_factory=list)

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """The codes in force on `day`: the first dated code that holds, else the undated one(s)."""
        if day is not None:
            for period in self.periods:
                if period.dated and period.holds_on(day):
                    return period.codes
        undated = [c for p in self.periods if not p.dated for c in p.codes]
        if undated or any(not p.dated for p in self.periods):
            return tuple(dict.fromkeys(undated))
        if day is None and self.periods:
            return self.periods[-1].codes
        return ()


@dataclass(slots=True, frozen=True)
class Agent:
    name: str
    prefix: str  # code written before the actor's ("NGO" of PETRARCH's NGO~)
    suffix: str  # code written after it ("GOV" of ~GOV)


@dataclass(slots=True)
class PhraseIndex:
    """Names (actors, agents, discards) by letter key, for matching over runs of tokens."""

    keys: dict[str, object] = field(default_factory=dict)
    gapped: dict[str, list[tuple[tuple[str, ...], object]]] = field(default_factory=dict)  # first key -> ...
    longest: int = 0  # in letters

    def add(self, name: str, value: object) -> None:
        groups = [key_of(g) for g in name.split(" .. ") if key_of(g)]
        if not groups:
            return
        whole = "".join(groups)
        self.keys.setdefault(whole, value)
        self.longest = max(self.longest, len(whole))
        if len(groups) > 1:
            self.gapped.setdefault(groups[0], []).append((tuple(groups), value))

    def __len__(self) -> int:
        return len(self.keys)


# ---- the whole ---------------------------------------------------------------------------------------------

@dataclass(slots=True)
class ImportedKnowledge:
    verbs_by_form: dict[str, list[VerbEntry]] = field(default_factory=dict)
    verbs_by_base: dict[str, list[VerbEntry]] = field(default_factory=dict)
    raw_synsets: dict[str, list[str]] = field(default_factory=dict)
    raw_patterns: list[tuple[str, str, str, str]] = field(default_factory=list)  # group, code, text, source
    actors: PhraseIndex = field(default_factory=PhraseIndex)
    agents: PhraseIndex = field(default_factory=PhraseIndex)
    discards: PhraseIndex = field(default_factory=PhraseIndex)
    places: set[str] = field(default_factory=set)  # letter keys of names that are places, not actors
    _actors_by_name: dict[str, ImportedActor] = field(default_factory=dict)
    _patterns: dict[str, list[PhrasePattern]] | None = None

    @property
    def active(self) -> bool:
        """Whether any imported verb or pattern is loaded (the phrase coder runs only then)."""
        return bool(self.verbs_by_form or self.raw_patterns)

    # ---- loading --------------------------------------------------------------------------------------
    def load_directory(self, directory: Path) -> None:
        for filename, loader in IMPORTED_FILES.items():
            path = directory / filename
            if path.exists():
                loader(self, path)

    def load_verbs(self, path: Path) -> None:
        for row in read_rows(path):
            words, head = _verb_words(row["verb"])
            if not words:
                raise DataFileError(f"{path}: empty verb in row {row}")
            group = (row.get("group") or " ".join(words)).lower()
            code = row.get("code", "").upper() or None
            code = None if code in {None, "---"} else code
            forms = split_values(row.get("forms", ""))
            if forms:
                phrases = [_verb_words(f) for f in forms]
            else:
                phrases = [([*words[:head], form, *words[head + 1:]], head)
                           for form in regular_verb_forms(words[head])]
            for form_words, form_head in phrases:
                entry = VerbEntry(tuple(form_words), form_head, words[head], group, code)
                self.verbs_by_form.setdefault(form_words[form_head], []).append(entry)
                self.verbs_by_base.setdefault(words[head], []).append(entry)
        self._patterns = None

    def load_synsets(self, path: Path) -> None:
        for row in read_rows(path):
            self.raw_synsets[row["name"].lstrip("&").upper()] = split_values(row.get("members", ""))
        self._patterns = None

    def load_phrase_patterns(self, path: Path) -> None:
        for row in read_rows(path):
            if row.get("kind") != "phrase":
                continue
            group, sep, text = row["pattern"].partition(":")
            if not sep:
                raise DataFileError(
                    f"{path}: a phrase pattern starts with its verb and a colon: {row['pattern']!r}")
            self.raw_patterns.append((group.strip().lower(), row["code"].upper(), text.strip(), path.name))
        self._patterns = None

    def load_actors(self, path: Path) -> None:
        for row in read_rows(path):
            name = row["name"]
            actor = self._actors_by_name.get(name)
            if actor is None:
                actor = self._actors_by_name[name] = ImportedActor(name=name)
                self.actors.add(name, actor)
            for alias in split_values(row.get("aliases", "")):
                self.actors.add(alias, actor)
            codes = tuple(c.upper() for c in split_values(row.get("code", "")) if c.strip("-"))
            start, end = _day(row.get("start", ""), path), _day(row.get("end", ""), path)
            actor.periods.append(CodePeriod(codes, start, end))

    def load_agents(self, path: Path) -> None:
        for row in read_rows(path):
            code = row["code"].replace(" ", "").upper()
            if "~" not in code:
                raise DataFileError(f"{path}: an agent code marks the actor's place with ~: {row['code']!r}")
            prefix, _, suffix = code.partition("~")
            agent = Agent(row["agent"], prefix, suffix)
            plurals = row.get("plurals", "")
            forms = [row["agent"]]
            if plurals == "-":
                pass
            elif plurals:
                forms += split_values(plurals)
            else:
                forms += regular_plurals(row["agent"])
            for form in forms:
                self.agents.add(form, agent)

    def load_discards(self, path: Path) -> None:
        for row in read_rows(path):
            scope = row.get("scope") or "sentence"
            if scope not in {"story", "sentence"}:
                raise DataFileError(f"{path}: discard scope is story or sentence, got {scope!r}")
            self.discards.add(row["phrase"], scope)

    def load_places(self, path: Path) -> None:
        for row in read_rows(path):
            self.places.add(key_of(row["name"]))

    # ---- patterns, compiled once all files are read ---------------------------------------------------
    def patterns_for(self, group: str) -> list[PhrasePattern]:
        if self._patterns is None:
            self._patterns = self._compile()
        return self._patterns.get(group, [])

    def _compile(self) -> dict[str, list[PhrasePattern]]:
        synsets = _expand_synsets(self.raw_synsets)
        by_group: dict[str, list[PhrasePattern]] = {}
        for order, (group, code, text, source) in enumerate(self.raw_patterns):
            by_group.setdefault(group, []).append(compile_pattern(group, code, text, synsets, order, source))
        for patterns in by_group.values():
            patterns.sort(key=lambda p: (-p.specificity, p.order))
        return by_group

    def check(self) -> None:
        """Compile every pattern now (raises DataFileError on a bad one)."""
        self._patterns = self._compile()


def _verb_words(text: str) -> tuple[list[str], int]:
    words, head = [], 0
    for part in text.lower().split():
        if part.startswith("+"):
            head = len(words)
            part = part[1:]
        if part:
            words.append(part)
    return words, head


def _day(text: str, path: Path) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataFileError(f"{path}: not a date (YYYY-MM-DD): {text!r}") from None


IMPORTED_FILES = {
    "verbs.tsv": ImportedKnowledge.load_verbs,
    "synsets.tsv": ImportedKnowledge.load_synsets,
    "events.tsv": ImportedKnowledge.load_phrase_patterns,
    "actors.tsv": ImportedKnowledge.load_actors,
    "agents.tsv": ImportedKnowledge.load_agents,
    "discards.tsv": ImportedKnowledge.load_discards,
    "places.tsv": ImportedKnowledge.load_places,
}
