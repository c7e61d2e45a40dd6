"""PETRARCH/TABARI dictionaries, read and converted into dyad's own data files.

The classic coders keep their knowledge in four text formats, documented mostly in the files' own comments:

- verbs (`PETR.Validate.verbs.txt`, `CAMEO.2.0.txt`): synonym sets (`&NAME` then `+MEMBER` lines), verb
  blocks (`--- VERB [code] ---`, then the verbs that share it: `BREAK {BROKE BROKEN}`, multi-word verbs with
  the inflected word marked, `+BREAK_DOWN`, `WIRE_+TAP`, a verb's own code `DOWNPLAY [014]`), then pattern
  lines `- words * words [code]` (`*` the verb, `_` joins words that must be adjacent, `$` the source, `+`
  the target, `%` a compound actor, `^` an actor skipped, `&SYN` a synonym set, `(...)` a prepositional
  phrase and `{...}` a noun phrase in PETRARCH2's files; `[a:b]` codes a second event from target to
  source); PETRARCH2's `~ ...` transformations are not carried over.
- actors: a name line, `+SYNONYM` lines, and codes on the same or following lines, possibly dated:
  `[HOBGOV 19950601-19990815]`, `[HOB <950601]`, `[HOBREB >990816]`; `[FRO/BIL/SAM]` is several actors.
- agents: `POLICE {} [~COP]` (the `~` says where the actor's code goes: `~GOV` after, `NGO~` before; `{}`
  lists the plurals, empty for none), substitution sets `!PERSON! = MAN, MEN, ...`.
- discards: one phrase a line; `+` marks a story-level discard.

`read_verbs`, `read_actors`, `read_agents`, `read_discards` parse them; `write_dyad` writes a directory of
dyad data files (verbs.tsv, synsets.tsv, events.tsv with `phrase` patterns, actors.tsv, agents.tsv,
discards.tsv, places.tsv), documented in data/README.md. Malformed lines are reported, never fatal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dyad.knowledge.tables import DATA_DIR, read_rows, split_values

# ---- shared helpers ---------------------------------------------------------------------------------------

_CODE = re.compile(r"\[([^\]]*)\]")


def strip_comment(line: str) -> tuple[str, str]:
    """The line without its `# comment` (a `#` inside `[...]`, as in the code `[###]`, is not one)."""
    if "#" not in line:
        return line.rstrip(), ""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:i].rstrip(), line[i + 1:].strip()
    return line.rstrip(), ""


def _lines(path: Path) -> Iterable[tuple[int, str, str]]:
    """(line number, content, comment) of each line; XML-style `<!-- -->` lines are comments."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    for number, line in enumerate(raw.splitlines(), start=1):
        if line.lstrip().startswith("<"):
            continue
        content, comment = strip_comment(line.replace("\t", " ").rstrip())
        yield number, content, comment


def phrase_words(text: str) -> str:
    """PETRARCH's `SAM_GAMGEE_` as words: `SAM GAMGEE` (underscores join words; a final one only says
    "no stemming", which neither PETRARCH nor dyad does)."""
    return " ".join(part for part in text.replace("_", " ").split() if part)


def regular_verb_forms(base: str) -> list[str]:
    """PETRARCH's regular forms of a verb: -s, -ed, -ing (with its spelling rules)."""
    word = base.lower()
    forms = [word]
    vowels = "aeiou"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(word + "es")
    elif word.endswith("y") and len(word) > 1 and word[-2] not in vowels:
        forms.append(word[:-1] + "ies")
    else:
        forms.append(word + "s")
    if word.endswith("e"):
        forms.append(word + "d")
    elif word.endswith("y") and len(word) > 1 and word[-2] not in vowels:
        forms.append(word[:-1] + "ied")
    else:
        forms.append(word + "ed")
    if word.endswith("e") and not word.endswith("ee") and len(word) > 2:
        forms.append(word[:-1] + "ing")
    else:
        forms.append(word + "ing")
    return forms


def regular_plurals(noun: str) -> list[str]:
    """PETRARCH's regular plural of a noun phrase: its last word takes -s, -es or -ies."""
    words = noun.split(" ")
    last = words[-1].lower()
    if not last or not last[-1].isalpha():
        return []
    if last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith("man"):
        plural = last[:-3] + "men"
    else:
        plural = last + "s"
    return [" ".join([*words[:-1], plural])]


# ---- verbs ------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class VerbLine:
    """One verb of a block: `words` in order, the inflected one marked by `head`."""

    words: list[str]
    head: int
    forms: list[list[str]] | None  # explicit forms from `{...}`; None when the line has no braces
    code: str | None  # the verb's own code, else the block's

    def text(self, words: list[str] | None = None) -> str:
        words = self.words if words is None else words
        if len(words) == 1:
            return words[0].lower()
        return " ".join(("+" if i == self.head else "") + w.lower() for i, w in enumerate(words))


@dataclass(slots=True)
class PatternLine:
    text: str  # dyad's phrase syntax
    code: str
    original: str
    comment: str


@dataclass(slots=True)
class VerbBlock:
    name: str
    code: str | None
    verbs: list[VerbLine] = field(default_factory=list)
    patterns: list[PatternLine] = field(default_factory=list)
    line: int = 0


@dataclass(slots=True)
class VerbDictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)  # name -> members (words, or &OTHER)
    blocks: list[VerbBlock] = field(default_factory=list)
    transformations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def pattern_count(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


def _code_value(text: str) -> str:
    return text.strip().replace(" ", "").upper()


def _verb_words(text: str) -> tuple[list[str], int]:
    """`WIRE_+TAP` -> (["WIRE", "TAP"], 1); `+BREAK_DOWN` -> (["BREAK", "DOWN"], 0); `LASH OUT` -> head 0."""
    words, head = [], 0
    for part in re.split(r"[_\s]+", text.strip()):
        if not part:
            continue
        if part.startswith("+"):
            head = len(words)
            part = part[1:]
        if part:
            words.append(part)
    return words, head


def parse_verb_line(content: str) -> VerbLine | None:
    forms: list[list[str]] | None = None
    brace = re.search(r"\{([^}]*)\}", content)
    if brace:
        forms = []
        for form in brace.group(1).split():
            form_words, _ = _verb_words(form)
            if form_words:
                forms.append(form_words)
        content = content[:brace.start()] + content[brace.end():]
    code_match = _CODE.search(content)
    code = _code_value(code_match.group(1)) if code_match else None
    if code_match:
        content = content[:code_match.start()] + content[code_match.end():]
    words, head = _verb_words(content)
    if not words:
        return None
    return VerbLine(words=words, head=head, forms=forms, code=code)


def convert_pattern(text: str) -> str:
    """A PETRARCH pattern in dyad's phrase syntax: lower case, `_` kept only between two parts,
    PETRARCH2's `(PREP ...)` groups flattened and `{NOUN PHRASE}` words joined."""
    text = re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), text)
    text = text.replace("(", " ").replace(")", " ")
    # "*SCEPTICAL" is "* SCEPTICAL"
    text = re.sub(r"(?<=[^\s_])\*", " *", re.sub(r"\*(?=[^\s_])", "* ", text))
    chunks = []
    for chunk in text.split():
        parts = [p for p in chunk.split("_") if p]
        if parts:
            chunks.append("_".join(p if p.startswith("&") else p.lower() for p in parts))
    return " ".join(chunks)


def read_verbs(path: Path) -> VerbDictionary:
    result = VerbDictionary()
    block: VerbBlock | None = None
    synset: str | None = None
    in_transformations = False
    for number, content, comment in _lines(path):
        if "TRANSFORMATIONS" in comment and not content:
            in_transformations = True
        stripped = content.strip()
        if not stripped:
            synset = None if not comment else synset
            continue
        where = f"{path.name}:{number}"
        if stripped.startswith("~") or in_transformations:
            result.transformations.append(stripped)
            continue
        if stripped.startswith("&"):
            name = stripped.split()[0].rstrip("_")
            synset = name
            result.synsets.setdefault(name, [])
            continue
        if stripped.startswith("---"):
            synset = None
            header = stripped.strip("-").strip()
            code_match = _CODE.search(header)
            name = phrase_words(header[:code_match.start()] if code_match else header)
            code = _code_value(code_match.group(1)) if code_match else None
            block = VerbBlock(name=name, code=None if code in {None, "", "---"} else code, line=number)
            result.blocks.append(block)
            continue
        if stripped.startswith("+") and synset is not None:
            member = stripped[1:].strip()
            result.synsets[synset].append(member if member.startswith("&") else phrase_words(member))
            continue
        synset = None
        if block is None:
            result.warnings.append(f"{where}: outside any verb block: {stripped!r}")
            continue
        if stripped.startswith("-"):
            code_match = _CODE.search(stripped)
            if code_match is None:
                result.warnings.append(f"{where}: pattern without a code: {stripped!r}")
                continue
            original = stripped[1:code_match.start()].strip()
            converted = convert_pattern(original)
            if "*" not in converted:
                result.warnings.append(f"{where}: pattern without the verb `*`: {stripped!r}")
                continue
            code = _code_value(code_match.group(1)) or "---"
            if "#" in code:  # TABARI's discard code; PETRARCH keeps discards in their own file
                result.warnings.append(f"{where}: pattern with the TABARI code {code}: skipped")
                continue
            block.patterns.append(PatternLine(converted, code, original, comment))
            continue
        verb = parse_verb_line(stripped)
        if verb is None:
            result.warnings.append(f"{where}: not a verb line: {stripped!r}")
            continue
        block.verbs.append(verb)
    for block in result.blocks:
        if not block.verbs:  # a block names its verb in the header; the verb lines may be missing
            words, head = _verb_words(block.name)
            block.verbs.append(VerbLine(words=words, head=head, forms=None, code=None))
    return result


# ---- actors -----------------------------------------------------------------------------------------------

@dataclass(slots=True)
class DatedCode:
    codes: list[str]  # several for PETRARCH's [FRO/BIL/SAM]; empty for the null actor [---]
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(slots=True)
class ActorEntry:
    names: list[str]  # first the main name, then synonyms; words separated by " ", ".." where others may come
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""
    line: int = 0
    places: list[str] = field(default_factory=list)  # synonyms set apart as places (see separate_places)


@dataclass(slots=True)
class ActorDictionary:
    entries: list[ActorEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_day(text: str) -> date:
    """PETRARCH dates: YYYYMMDD, or YYMMDD (19YY from 30 on, else 20YY)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in {6, 8}:
        raise ValueError(f"not a PETRARCH date: {text!r}")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year >= 30 else 2000 + year}{digits[2:]}"
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def parse_code(text: str) -> DatedCode:
    """`HOBGOV 19950601-19990815`, `HOB <950601`, `HOBREB >990816`, `FRO/BIL/SAM`, `---`."""
    text = " ".join(text.split())
    restriction = ""
    match = re.match(r"^([^\s<>\d][^\s<>]*)?\s*(.*)$", text)
    code, restriction = (match.group(1) or "", match.group(2)) if match else ("", text)
    codes = [c.upper() for c in code.split("/") if c and c.strip("-")]
    entry = DatedCode(codes=codes)
    restriction = restriction.replace(" ", "")
    if not restriction:
        return entry
    if restriction.startswith("<"):
        entry.end = parse_day(restriction[1:]) - timedelta(days=1)
    elif restriction.startswith(">"):
        entry.start = parse_day(restriction[1:]) + timedelta(days=1)
    elif "-" in restriction:
        low, high = restriction.split("-", 1)
        entry.start, entry.end = parse_day(low), parse_day(high)
    else:
        raise ValueError(f"not a date restriction: {restriction!r}")
    return entry


def actor_name(text: str) -> str:
    """An actor phrase in dyad's notation: `_` joins adjacent words (space); PETRARCH's own spaces let
    other words of the noun phrase come between (`..`)."""
    groups = [phrase_words(group) for group in text.strip().split() if phrase_words(group)]
    return " .. ".join(groups)


def read_actors(path: Path) -> ActorDictionary:
    result = ActorDictionary()
    current: ActorEntry | None = None

    def add_codes(entry: ActorEntry, content: str, where: str) -> str:
        for match in _CODE.finditer(content):
            try:
                entry.codes.append(parse_code(match.group(1)))
            except ValueError as error:
                result.warnings.append(f"{where}: {error}; code skipped")
        return _CODE.sub(" ", content).strip()

    for number, content, comment in _lines(path):
        stripped = content.strip()
        if not stripped:
            continue
        where = f"{path.name}:{number}"
        if stripped.startswith("["):
            if current is None:
                result.warnings.append(f"{where}: code without an actor: {stripped!r}")
                continue
            add_codes(current, stripped, where)
            continue
        if stripped.startswith("+"):
            if current is None:
                result.warnings.append(f"{where}: synonym without an actor: {stripped!r}")
                continue
            name = add_codes(current, stripped[1:], where)
            if actor_name(name):
                current.names.append(actor_name(name))
            continue
        if current is not None and not current.codes:
            # A name line before any code belongs to the same actor (PETRARCH lists names, then codes).
            name = add_codes(current, stripped, where)
            if actor_name(name):
                current.names.append(actor_name(name))
            continue
        current = ActorEntry(names=[], comment=comment, line=number)
        result.entries.append(current)
        name = add_codes(current, stripped, where)
        if actor_name(name):
            current.names.append(actor_name(name))
        else:
            result.warnings.append(f"{where}: actor line without a name: {stripped!r}")
    for entry in result.entries:
        if not entry.codes:
            result.warnings.append(f"{path.name}:{entry.line}: actor {entry.names[:1]} has no code; skipped")
    result.entries = [e for e in result.entries if e.codes and e.names]
    return result


# Places listed under a country (Phoenix lists cities, provinces and rivers as synonyms of the country).
_NOT_COUNTRIES = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "UNO", "EEC"}


@dataclass(slots=True)
class Gazetteer:
    """Names dyad knows for each country (data/countries.tsv), to tell a country's names from its places."""

    names: dict[str, set[str]]  # iso3 -> lower-case names, aliases and demonyms
    capitals: dict[str, set[str]]

    @classmethod
    def builtin(cls) -> Gazetteer:
        names: dict[str, set[str]] = {}
        capitals: dict[str, set[str]] = {}
        for row in read_rows(DATA_DIR / "countries.tsv"):
            iso = row["iso3"]
            values = [row["name"], *split_values(row.get("aliases", "")),
                      *split_values(row.get("demonyms", ""))]
            names[iso] = {v.lower().replace(".", "") for v in values}
            capitals[iso] = {v.lower() for v in split_values(row.get("capitals", ""))}
        return cls(names, capitals)

    def is_name_of(self, iso: str, name: str) -> bool:
        """Whether `name` is one of the country's names (or a variant or misspelling of one)."""
        known = self.names.get(iso, set())
        text = name.replace(" .. ", " ").lower().replace(".", "")
        if text in known or text in self.capitals.get(iso, set()):
            return True
        words = text.split()
        for other in known:
            if len(other) >= 4 and f" {other} " in f" {text} ":
                return True
            if len(other) >= 5 and text.startswith(other[:5]):
                return True
            if difflib.SequenceMatcher(None, text, other).ratio() >= 0.8:
                return True
        # Nicknames ("the Hermit Kingdom") are names; places are rarely written with "the".
        return words[:1] == ["the"] and not {"city", "river", "province", "valley", "region"} & set(words)


def separate_places(dictionary: ActorDictionary, gazetteer: Gazetteer) -> int:
    """Move the places listed among a known country's synonyms out of its names; returns how many.

    Only plain country entries (one undated code that dyad's gazetteer knows as a country) are looked at;
    a synonym stays a name when the gazetteer knows it as a name, demonym or capital of that country, or
    it is a variant of one; everything else there (Paris, Marseille, Alsace, the Loire) is a place."""
    moved = 0
    for entry in dictionary.entries:
        if len(entry.codes) != 1 or entry.codes[0].dated or len(entry.codes[0].codes) != 1:
            continue
        iso = entry.codes[0].codes[0]
        known = iso in gazetteer.names and iso not in _NOT_COUNTRIES
        if not known or not gazetteer.is_name_of(iso, entry.names[0]):
            continue  # not a country dyad knows under that code (PETRARCH's test files reuse codes)
        keep = []
        for name in entry.names:
            if gazetteer.is_name_of(iso, name):
                keep.append(name)
            else:
                entry.places.append(name)
                moved += 1
        entry.names = keep
    return moved


# ---- agents and discards ----------------------------------------------------------------------------------

@dataclass(slots=True)
class AgentEntry:
    name: str  # words
    code: str  # "~GOV" (after the actor's code) or "NGO~" (before it)
    plurals: list[str] | None  # explicit plural forms; [] for none; None to derive the regular one
    comment: str = ""


@dataclass(slots=True)
class AgentDictionary:
    entries: list[AgentEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _expand_substitutions(text: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", text)
    if match is None:
        return [text]
    out = []
    for value in sets.get(match.group(1).upper(), []):
        out.extend(_expand_substitutions(text[:match.start()] + value + text[match.end():], sets))
    return out


def read_agents(path: Path) -> AgentDictionary:
    result = AgentDictionary()
    sets: dict[str, list[str]] = {}
    for number, content, comment in _lines(path):
        stripped = content.strip()
        if not stripped:
            continue
        where = f"{path.name}:{number}"
        substitution = re.match(r"^!(\w+)!\s*=\s*(.+)$", stripped)
        if substitution:
            values = [v.strip() for v in substitution.group(2).split(",") if v.strip()]
            sets[substitution.group(1).upper()] = values
            continue
        code_match = re.search(r"\[([^\]}]*)[\]}]", stripped)
        if code_match is None:
            result.warnings.append(f"{where}: agent without a code: {stripped!r}")
            continue
        code = code_match.group(1).replace(" ", "").upper()
        if "~" not in code:
            result.warnings.append(f"{where}: agent code without ~: {stripped!r}")
            continue
        head = stripped[:code_match.start()]
        plurals: list[str] | None = None
        brace = re.search(r"\{([^}]*)\}", head)
        if brace:
            plurals = [phrase_words(p) for p in brace.group(1).split() if phrase_words(p)]
            head = head[:brace.start()] + head[brace.end():]
        for name in _expand_substitutions(head.strip(), sets):
            words = phrase_words(name.replace(",", " "))
            if words:
                result.entries.append(AgentEntry(words, code, plurals, comment))
    return result


@dataclass(slots=True)
class DiscardEntry:
    phrase: str
    scope: str  # story or sentence
    comment: str = ""


def read_discards(path: Path) -> tuple[list[DiscardEntry], list[str]]:
    entries, warnings = [], []
    for _number, content, comment in _lines(path):
        stripped = content.strip()
        if not stripped:
            continue
        scope = "story" if stripped.startswith("+") else "sentence"
        phrase = phrase_words(stripped.lstrip("+"))
        if phrase:
            entries.append(DiscardEntry(phrase, scope, comment))
    return entries, warnings


# ---- writing dyad's files ---------------------------------------------------------------------------------

def _cell(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


@dataclass(slots=True)
class ImportReport:
    out: Path
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{n:,} {what}" for what, n in self.counts.items()]
        return f"wrote {self.out}: " + ", ".join(parts)


HEADER = "# Imported from PETRARCH dictionaries by `dyad dictionaries import-petrarch` (data/README.md).\n"


def _synset_name(name: str) -> str:
    """dyad writes a set's name without underscores (they join words in patterns): &FIGHT-OF-WORDS."""
    return "&" + name.lstrip("&").rstrip("_").upper().replace("_", "-")


def _resolve_synsets(text: str, known: set[str]) -> str:
    """Tell set names from glued words: `new_&TIETYPES_relations`, `&FIGHT_OF_WORDS` (longest known name)."""
    chunks = []
    for chunk in text.split():
        parts, out, i = chunk.split("_"), [], 0
        while i < len(parts):
            if not parts[i].startswith("&"):
                out.append(parts[i])
                i += 1
                continue
            for j in range(len(parts), i, -1):
                name = "_".join(parts[i:j])[1:].upper()
                if name in known:
                    out.append(_synset_name(name))
                    i = j
                    break
            else:
                raise KeyError(parts[i].upper())
        chunks.append("_".join(out))
    return " ".join(chunks)


def write_verbs(out: Path, dictionaries: list[VerbDictionary]) -> dict[str, int]:
    groups_seen: dict[str, int] = {}
    verb_rows, pattern_rows, synset_rows = [], [], []
    known = {n.lstrip("&").rstrip("_").upper() for dictionary in dictionaries for n in dictionary.synsets}
    for dictionary in dictionaries:
        for name, members in dictionary.synsets.items():
            members = [_synset_name(m) if m.startswith("&") else m for m in members]
            synset_rows.append(f"{_synset_name(name)}\t{'|'.join(_cell(m) for m in members)}")
        for block in dictionary.blocks:
            kept = []
            for pattern in block.patterns:
                try:
                    pattern.text = _resolve_synsets(pattern.text, known)
                except KeyError as error:
                    dictionary.warnings.append(f"{block.name}: pattern {pattern.original!r} names the "
                                               f"undefined synonym set {error.args[0]}; skipped")
                    continue
                kept.append(pattern)
            block.patterns = kept
            base = block.name.lower()
            groups_seen[base] = groups_seen.get(base, 0) + 1
            group = base if groups_seen[base] == 1 else f"{base}#{groups_seen[base]}"
            for verb in block.verbs:
                code = verb.code or block.code or "---"
                forms = ""  # empty: the regular forms are derived when the file is read
                if verb.forms == []:  # PETRARCH's `{}`: this form only
                    forms = verb.text()
                elif verb.forms:  # irregular forms listed: write every form out
                    derived = [verb.text([*verb.words[:verb.head], f, *verb.words[verb.head + 1:]])
                               for f in regular_verb_forms(verb.words[verb.head])]
                    listed = [verb.text(f) for f in verb.forms]
                    forms = "|".join(dict.fromkeys([*derived, *listed]))
                verb_rows.append(f"{verb.text()}\t{group}\t{code}\t{forms}\t")
            for pattern in block.patterns:
                note = _cell(f"{pattern.original} {('# ' + pattern.comment) if pattern.comment else ''}")
                pattern_rows.append(f"{pattern.code}\tphrase\t{group}: {pattern.text}\t{note}")
    (out / "verbs.tsv").write_text(
        HEADER + "verb\tgroup\tcode\tforms\tnote\n" + "\n".join(verb_rows) + "\n", encoding="utf-8")
    (out / "synsets.tsv").write_text(
        HEADER + "name\tmembers\n" + "\n".join(synset_rows) + "\n", encoding="utf-8")
    (out / "events.tsv").write_text(
        HEADER + "code\tkind\tpattern\tnote\n" + "\n".join(pattern_rows) + "\n", encoding="utf-8")
    return {"verbs": len(verb_rows), "verb groups": len(groups_seen), "patterns": len(pattern_rows),
            "synsets": len(synset_rows)}


def write_actors(out: Path, dictionaries: list[ActorDictionary]) -> dict[str, int]:
    rows, place_rows = [], []
    seen: set[str] = set()
    for dictionary in dictionaries:
        for entry in dictionary.entries:
            for place in entry.places:
                place_rows.append(f"{_cell(place)}\t{entry.codes[0].codes[0]}\tlisted as an actor's name")
            if not entry.names:
                continue
            name = entry.names[0]
            seen.add(name)  # the same name twice in the files: its rows are read as one actor
            aliases = "|".join(dict.fromkeys(entry.names[1:]))
            note = _cell(entry.comment)
            for i, dated in enumerate(entry.codes):
                code = "|".join(dated.codes) or "---"
                rows.append(f"{_cell(name)}\t{aliases if i == 0 else ''}\t{code}\t{_iso(dated.start)}\t"
                            f"{_iso(dated.end)}\t{note if i == 0 else ''}")
    (out / "actors.tsv").write_text(
        HEADER + "name\taliases\tcode\tstart\tend\tnote\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (out / "places.tsv").write_text(
        HEADER + "# Places the actor files listed as names of a country: not actors.\n"
        + "name\tcountry\tnote\n" + "\n".join(place_rows) + "\n", encoding="utf-8")
    return {"actors": len(seen), "actor codes": len(rows), "places set apart": len(place_rows)}


def write_agents(out: Path, dictionaries: list[AgentDictionary]) -> dict[str, int]:
    rows = []
    for dictionary in dictionaries:
        for agent in dictionary.entries:
            plurals = "" if agent.plurals is None else ("|".join(agent.plurals) or "-")
            rows.append(f"{_cell(agent.name)}\t{agent.code}\t{plurals}\t{_cell(agent.comment)}")
    (out / "agents.tsv").write_text(
        HEADER + "agent\tcode\tplurals\tnote\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return {"agents": len(rows)}


def write_discards(out: Path, entries: list[DiscardEntry]) -> dict[str, int]:
    rows = [f"{_cell(e.phrase)}\t{e.scope}\t{_cell(e.comment)}" for e in entries]
    (out / "discards.tsv").write_text(
        HEADER + "phrase\tscope\tnote\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return {"discards": len(rows)}


def import_petrarch(out: Path, verbs: Iterable[Path] = (), actors: Iterable[Path] = (),
                    agents: Iterable[Path] = (), discards: Iterable[Path] = (),
                    keep_places: bool = False) -> ImportReport:
    """Convert PETRARCH dictionaries into dyad's data files in `out` (created if needed)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = ImportReport(out=out)
    verb_dicts = [read_verbs(Path(p)) for p in verbs]
    actor_dicts = [read_actors(Path(p)) for p in actors]
    agent_dicts = [read_agents(Path(p)) for p in agents]
    discard_entries: list[DiscardEntry] = []
    for path in discards:
        entries, warnings = read_discards(Path(path))
        discard_entries += entries
        report.warnings += warnings
    if verb_dicts:
        report.counts.update(write_verbs(out, verb_dicts))
        skipped = sum(len(d.transformations) for d in verb_dicts)
        if skipped:
            report.warnings.append(
                f"{skipped} PETRARCH2 transformation(s) not imported (dyad reads framing itself)")
    if actor_dicts:
        if not keep_places:
            gazetteer = Gazetteer.builtin()
            for dictionary in actor_dicts:
                separate_places(dictionary, gazetteer)
        report.counts.update(write_actors(out, actor_dicts))
    if agent_dicts:
        report.counts.update(write_agents(out, agent_dicts))
    if discard_entries:
        report.counts.update(write_discards(out, discard_entries))
    for dictionary in [*verb_dicts, *actor_dicts, *agent_dicts]:
        report.warnings += dictionary.warnings
    return report
