"""Places named in an article, resolved offline to a point, a country and a state or province.

A name is a place when the text treats it as one: the entity recogniser calls it a location, or a cue says so
("in", "near the town of", "the coastal state of", "X, Argentina's second-largest city"); spaCy's small model
often calls towns persons or products, so its label alone never decides. Country names are always places;
a capital standing for its government ("Washington urged restraint") is not. Among the places a name may
stand for, the article's own countries and states win, then the kind the cue asks for, then population.
The dateline ("MEXICO CITY (Wire) —") is the article's origin: a place record, but never an event's location.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dyad.parse.nlp import text_of, words_of
from dyad.records import Place
from dyad.resolve.actors import DATELINE, DocumentActors
from dyad.resolve.gazetteer import Entry, Gazetteer, fold

LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "into", "off", "over",
            "along", "within", "through", "via", "towards", "toward", "from", "to", "between", "beyond"}
ADMIN_CUES = {"state", "province", "region", "department", "governorate", "oblast", "prefecture", "county",
              "territory", "canton", "district"}
# Words that make a name a neighbouring country, never a state of the article's own ("neighbouring Niger").
NEIGHBOUR_WORDS = {"neighbouring", "neighboring", "neighbour", "neighbor"}
CITY_CUES = {"city", "town", "village", "port", "capital", "municipality", "hamlet", "suburb", "outskirt",
             "centre", "center", "neighbourhood", "neighborhood", "community", "township"}
MOTION_VERBS = {"visit", "travel", "fly", "arrive", "return", "go", "come", "head", "move", "send", "deploy",
                "march", "drive", "sail", "flee", "reach", "enter", "leave", "evacuate", "relocate", "tour",
                "land", "withdraw", "bring", "take", "transfer", "base", "station", "hold", "host", "meet"}
# Dependencies that make a capital stand for its government: "Moscow said", "Washington's demands".
GOVERNMENT_DEPS = {"nsubj", "poss", "dative", "agent"}
# Verbs whose object is someone who can answer: "urged Moscow", "accused Washington" (not "shelled Kyiv").
AGENT_OBJECT_VERBS = {
    "urge", "accuse", "warn", "press", "pressure", "push", "criticize", "criticise", "condemn", "blame",
    "sanction", "threaten", "ask", "tell", "call", "invite", "thank", "support", "back", "help", "reassure",
    "recognize", "recognise", "court", "lobby", "persuade", "convince", "allow", "reject", "notify",
    "inform", "defy", "challenge", "engage", "deter", "punish", "trust", "oppose", "praise", "welcome",
    "join", "contact", "rebuke", "fault", "force", "compel", "encourage", "caution", "advise", "remind",
    "implore", "exhort", "demand", "answer", "fight", "defeat", "beat", "outmaneuver", "isolate", "appease",
    "intimidate", "coerce", "bully", "blackmail", "provoke",
}
# Words after which "of X" is a place: "out of Khartoum", "the outskirts of Kharkiv", "residents of Gaza".
PLACE_OF_WORDS = {"out", "outskirts", "outskirt", "centre", "center", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest", "suburb", "suburbs", "heart", "edge",
                  "streets", "street", "resident", "residents", "people", "mayor", "governor", "port", "city",
                  "town", "village", "state", "province", "region", "capital", "area", "part", "parts",
                  "border", "outside", "inside", "rest", "coast", "shores"}
# Words that begin longer names and name nothing alone ("South" of "South Ossetia").
NAME_PREFIXES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "new", "upper", "lower", "greater", "saint", "st", "st.", "san", "santa", "great", "little",
                 "port", "lake", "mount", "cape", "gulf", "bay", "river", "old", "el", "la", "los", "las",
                 "al", "the"}
NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
NAMED_KINDS = {"country", "capital", "organisation"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
FAMOUS_CITY = 100_000  # a city this big outranks its small namesakes anywhere
NAMESAKE_CITY = 100_000  # a state's namesake city this big is what its bare name means
MIN_UNCONTEXTED_POPULATION = 20_000  # a town outside the article's countries needs to be this big
WEAK_MIN_POPULATION = 50_000  # an uncued name is taken for a town of the article's countries this big
LONGER_NAME_REACH = 3  # words either side of a country's name looked at for a longer name holding it


@dataclass(slots=True)
class Candidate:
    start: int  # token indices
    end: int
    entries: list[Entry]
    strong: bool  # the text treats it as a place
    cue: str | None = None  # "admin1" or "city" when a word says which kind
    within: list[Entry] = field(default_factory=list)  # "X, Y": the countries or states Y may be
    label: str = ""  # the entity recogniser's label, if any
    chosen: Entry | None = None


@dataclass(slots=True)
class DocumentPlaces:
    """The places of one article; `at` maps token index to the place it belongs to."""

    places: list[Place] = field(default_factory=list)
    dateline: Place | None = None
    at: dict[int, Place] = field(default_factory=dict)


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:  # loaded on first use: commands that code no article never pay for it
            self._gazetteer = Gazetteer.bundled()
        return self._gazetteer

    def find(self, doc: Doc, actors: DocumentActors, article_id: str = "") -> DocumentPlaces:
        result = DocumentPlaces()
        places: dict[int, Place] = {}
        dateline = self._dateline(doc, actors, article_id)
        if dateline is not None:
            result.dateline, places = dateline
        context = _context_countries(actors, result.dateline)
        governments: set[int] = set()
        places.update(self._named_places(doc, actors, set(places), governments, article_id, context))
        candidates = [c for c in self._candidates(doc, actors, set(places) | governments) if c.entries]
        self._resolve(doc, candidates, context, actors)
        for candidate in candidates:
            entry = candidate.chosen
            if entry is None:
                continue
            span = doc[candidate.start:candidate.end]
            place = _place(span, entry, article_id)
            for i in range(candidate.start, candidate.end):
                places[i] = place
        for i in sorted(places):
            place = places[i]
            if not result.places or result.places[-1] is not place:
                result.places.append(place)
            result.at[i] = place
        return result

    # ---- the dateline -----------------------------------------------------------------------------------
    def _dateline(self, doc: Doc, actors: DocumentActors,
                  article_id: str) -> tuple[Place, dict[int, Place]] | None:
        match = DATELINE.match(text_of(doc))
        if match is None:
            return None
        region = match.group("region")
        entries = self.gazetteer.lookup(match.group("place"))
        if region:
            holders = self.gazetteer.lookup(region)
            held = [e for e in entries if any(_holds(h, e) for h in holders)]
            entries = held or entries
        if not entries:
            return None
        entry = max(entries, key=lambda e: (e.kind != "continent", e.capital, e.population))
        span = doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
        if span is None:
            return None
        origin = _place(span, entry, article_id, dateline=True)
        places = dict.fromkeys(range(span.start, span.end), origin)
        if region:
            region_span = doc.char_span(match.start("region"), match.end("region"), alignment_mode="expand")
            holder = max(self.gazetteer.lookup(region), key=lambda e: (e.kind == "country", e.population),
                         default=None)
            if region_span is not None and holder is not None:
                region_place = _place(region_span, holder, article_id, dateline=True)
                places.update(dict.fromkeys(range(region_span.start, region_span.end), region_place))
        return origin, places

    # ---- names the actor matcher already knows: countries, capitals, bodies named after their seat ------
    def _named_places(self, doc: Doc, actors: DocumentActors, taken: set[int], governments: set[int],
                      article_id: str, context: Counter[str]) -> dict[int, Place]:
        """Country names are places wherever they appear, unless they are part of a longer place name
        ("the South China Sea", "the Gulf of Finland"); a capital, or a city standing for a body
        ("Brussels" for the EU), is one only where the text puts something in it."""
        places: dict[int, Place] = {}
        done: set[int] = set()
        same_names: dict[str, list[Span]] | None = None
        for i, match in sorted(actors.names.items()):
            if match.start in done or i in taken or i in places or match.actor.kind not in NAMED_KINDS:
                continue
            done.add(match.start)
            span = doc[match.start:match.end]
            longer = self._longer_name(doc, match.start, match.end)
            if longer is not None:
                span, entry = longer
            elif match.actor.kind == "country":
                if _is_abbreviated_modifier(span):
                    continue
                if same_names is None:
                    same_names = _names_by_key(doc, actors)
                entry = self._country_entry(span.text, match.actor.name, match.actor.country, context,
                                            _state_reading(span, actors, same_names))
                if entry is None:
                    continue
            else:
                cities = [e for e in self.gazetteer.lookup(span.text)
                          if e.kind == "city" and e.primary and (e.capital or e.population >= 100_000)]
                if not cities:
                    continue
                if _stands_for_government(span.root):
                    governments.update(range(match.start, match.end))
                    continue
                same_country = [e for e in cities if e.country == match.actor.country]
                entry = max(same_country or cities, key=lambda e: (e.capital, e.population))
            place = _place(span, entry, article_id)
            for j in range(span.start, span.end):
                places[j] = place
        return places

    def _longer_name(self, doc: Doc, start: int, end: int) -> tuple[Span, Entry] | None:
        """The longest name of a region, sea or division around a known name that the gazetteer holds
        ("South China Sea" around "China", "Gulf of Finland" around "Finland"), with its place.
        Only windows of name words (capitalised, or "of") are looked up: the run of them around the name
        is found first, so most names cost a few token reads, not sixteen look-ups."""
        if not all(_name_word(t) for t in doc[start:end]):
            return None
        lowest = start
        while lowest > max(0, start - LONGER_NAME_REACH) and _name_word(doc[lowest - 1]):
            lowest -= 1
        highest = end
        while highest < min(len(doc), end + LONGER_NAME_REACH) and _name_word(doc[highest]):
            highest += 1
        best: tuple[Span, Entry] | None = None
        for first in range(lowest, start + 1):
            for last in range(highest, end - 1, -1):
                if (first, last) == (start, end) or (best is not None and last - first <= len(best[0])):
                    continue
                if doc[first].lower_ in {"of", "the"} or doc[last - 1].lower_ == "of":
                    continue
                window = doc[first:last]
                entries = [e for e in self.gazetteer.lookup(window.text) if e.kind in {"region", "admin1"}
                           or (e.kind == "city" and e.primary and e.population >= FAMOUS_CITY)]
                if entries:
                    best = window, max(entries, key=lambda e: (e.kind == "region", e.capital, e.population))
        return best

    def _country_entry(self, text: str, name: str, iso3: str | None, context: Counter[str] | None = None,
                       reading: str | None = None) -> Entry | None:
        """A country's point; but a name the country goes by that is also one of its own cities or
        provinces ("Gaza" for Palestine) is that place, and a country's name that is also a state of
        another country is that state when the text says so ("Niger State", "the state of Georgia"), or,
        with nothing saying it is the country ("neighbouring Niger and Chad"), when the article speaks of
        the state's country more ("Georgia" in a U.S. story). `reading` is what the text says: see
        `_state_reading`."""
        country = self.gazetteer.country(iso3 or "")
        if country is None:
            return None
        context = context or Counter()
        states = [e for e in self.gazetteer.lookup(text) if e.kind == "admin1" and e.primary
                  and e.country != iso3 and reading != "country"
                  and (reading == "state" or context[e.country or ""] > context[iso3 or ""])]
        if states:
            return max(states, key=lambda e: context[e.country or ""])
        if fold(text) != fold(name) and fold(text) != fold(country.name):
            inside = [e for e in self.gazetteer.lookup(text)
                      if e.country == iso3 and e.kind in {"city", "admin1"} and e.primary]
            if inside:
                return max(inside, key=lambda e: (e.kind == "city", e.population))
        return Entry("country", name, country.country, None, country.lat, country.lon, country.population,
                     False, True)

    # ---- other names --------------------------------------------------------------------------------------
    def _candidates(self, doc: Doc, actors: DocumentActors, taken: set[int]) -> list[Candidate]:
        spans: list[tuple[int, int, str]] = []
        covered: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in NAME_LABELS:
                start = ent.start + (1 if ent[0].lower_ == "the" else 0)
                if start < ent.end:
                    spans.append((start, ent.end, ent.label_))
                    covered.update(range(start, ent.end))
        proper = [tag == "PROPN" for tag in words_of(doc).pos]  # no Token built per word
        i = 0
        while i < len(doc):  # proper-noun runs the recogniser left out
            if proper[i] and i not in covered and doc[i].text[:1].isupper():
                j = i
                while j < len(doc) and proper[j] and j not in covered:
                    j += 1
                spans.append((i, j, ""))
                i = j
            else:
                i += 1
        candidates = []
        for start, end, label in sorted(spans):
            for sub_start, sub_end in self._names_within(doc, start, end, label):
                tokens = range(sub_start, sub_end)
                if any(t in taken for t in tokens) or _blocked(actors, sub_start, sub_end):
                    continue
                entries = self.gazetteer.lookup(doc[sub_start:sub_end].text)
                candidate = _candidate(doc, sub_start, sub_end, entries, label)
                candidate.within = self._holders(doc, sub_end)
                candidates.append(candidate)
        return candidates

    def _holders(self, doc: Doc, end: int) -> list[Entry]:
        """"Ellabell, Georgia", "Córdoba, in the southern region of Andalusia": the countries and states the
        name after the comma may be."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        begin = end + 1
        if doc[begin].lower_ == "in":  # "in the southern region of": skip to the name after "of"
            i = begin + 1
            while i < len(doc) and (doc[i].pos_ in {"DET", "ADJ"} or doc[i].dep_ == "amod"):
                i += 1
            if i + 1 >= len(doc) or doc[i].lemma_.lower() not in ADMIN_CUES | {"country"} \
                    or doc[i + 1].lower_ != "of":
                return []
            begin = i + 2
        if begin >= len(doc) or doc[begin].pos_ != "PROPN":
            return []
        stop = begin
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and stop - begin < 3:
            stop += 1
        return [e for e in self.gazetteer.lookup(doc[begin:stop].text) if e.kind in {"country", "admin1"}]

    def _names_within(self, doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
        """The whole span if the gazetteer knows it, else its longest known parts ("Mexico City police")."""
        if label == "PERSON" or self.gazetteer.lookup(doc[start:end].text):
            return [(start, end)]
        found = []
        i = start
        while i < end:
            for j in range(end, i, -1):
                if (i, j) == (start, end):  # the whole span, looked up above
                    continue
                if (j - i == 1 and doc[i].lower_ in NAME_PREFIXES) or _hyphen_joined(doc, i, j):
                    continue
                if doc[i].text[:1].isupper() and self.gazetteer.lookup(doc[i:j].text):
                    found.append((i, j))
                    i = j
                    break
            else:
                i += 1
        return found

    # ---- choosing among the places a name may stand for --------------------------------------------------
    def _resolve(self, doc: Doc, candidates: list[Candidate], context: Counter[str],
                 actors: DocumentActors) -> None:
        for candidate in candidates:
            candidate.chosen = _best(candidate, context, set())
            if candidate.chosen is not None and candidate.chosen.capital and _stands_for_government(
                    doc[candidate.start:candidate.end].root):
                candidate.entries = []
        # Second pass: towns prefer the states the article names; a name taken as a place once is one
        # everywhere.
        states = {c.chosen.admin1 for c in candidates if c.chosen and c.chosen.kind == "admin1" and c.strong}
        accepted: dict[str, Entry] = {}
        for candidate in candidates:
            candidate.chosen = _best(candidate, context, states)
            if candidate.chosen is not None and _acceptable(candidate, context):
                accepted.setdefault(fold(doc[candidate.start:candidate.end].text), candidate.chosen)
        for candidate in candidates:
            key = fold(doc[candidate.start:candidate.end].text)
            if candidate.chosen is not None and _acceptable(candidate, context):
                if candidate.cue is None and not candidate.within:
                    candidate.chosen = accepted.get(key, candidate.chosen)
            elif key in accepted and not _part_of_person_name(actors, candidate):
                candidate.chosen = accepted[key]
            else:
                candidate.chosen = None


def _candidate(doc: Doc, start: int, end: int, entries: list[Entry], label: str) -> Candidate:
    span = doc[start:end]
    cue = _cue(span)
    previous = _previous_word(doc, start)
    located = previous is not None and previous.lower_ in LOCATIVE
    strong = label in PLACE_LABELS or cue is not None or located
    if not strong and span.root.dep_ == "pobj" and span.root.head.lower_ == "of":
        owner = span.root.head.head
        strong = owner.lemma_.lower() in ADMIN_CUES | CITY_CUES | {"north", "south", "east", "west", "edge"}
    if not strong and span.root.dep_ == "conj":
        # "between Samarkand and Kraków": joined to a place, a name the recogniser took for a person is one
        strong = span.root.head.ent_type_ in PLACE_LABELS
    return Candidate(start, end, entries, strong, cue, label=label)


def _previous_word(doc: Doc, start: int) -> Token | None:
    """The word before a name, skipping articles and adjectives ("in the coastal state of")."""
    i = start - 1
    while i >= 0 and (doc[i].dep_ in {"det", "amod", "compound"} or doc[i].pos_ in {"ADJ", "DET"}):
        i -= 1
    return doc[i] if i >= 0 else None


def _cue(span: Span) -> str | None:
    """"the state of Guerrero", "Guerrero state", "Córdoba, Argentina's second-largest city"."""
    doc = span.doc
    words = []
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        words.append(root.head.head)
    if span.end < len(doc) and (doc[span.end].tag_ not in {"NNS", "NNPS"} or root.conjuncts):
        # A plural after one name is a class, not the place's kind: "the Gulf states" are no province,
        # "Lagos and Ogun states" are two.
        words.append(doc[span.end])
    words += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head)
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in ADMIN_CUES:
            return "admin1"
        if lemma in CITY_CUES:
            return "city"
    return None


def _best(candidate: Candidate, context: Counter[str], states: set[str | None]) -> Entry | None:
    if not candidate.entries:
        return None
    famous = max((e.population for e in candidate.entries if e.kind == "city" and e.primary), default=0)
    return max(candidate.entries, key=lambda e: _score(e, candidate, context, states, famous))


def _score(entry: Entry, candidate: Candidate, context: Counter[str], states: set[str | None],
           famous: int = 0) -> float:
    """Higher for the place the article most likely means. A town does not beat a famous city of the same
    name just by being in the article's country ("Geneva" is Switzerland's even in a U.S. story) unless the
    article names its state or the text says "X, Y"."""
    score = 5 * math.log10(entry.population + 10)
    held = entry.admin1 in states or _within(candidate.within, entry)
    overshadowed = (entry.kind == "city" and famous >= FAMOUS_CITY and entry.population * 5 < famous
                    and not held)
    if entry.country in context and not overshadowed:
        score += 40 + 4 * min(context[entry.country], 5)
    if entry.kind in {"admin1", "city"} and entry.admin1 in states:
        score += 25
    if _within(candidate.within, entry):
        score += 60
    score += 10 if entry.primary else 0
    score += 20 if entry.capital else 0
    kind_bonus = {"country": 30, "admin1": 8, "continent": 5, "region": 45}.get(entry.kind, 0)
    if entry.kind == "admin1" and candidate.cue != "admin1" and _has_namesake_city(entry, candidate.entries):
        kind_bonus -= 30  # "Kharkiv", "Belgorod": the city; the province is "the Kharkiv region"
    if candidate.cue == "admin1":
        kind_bonus += 60 if entry.kind == "admin1" else 0
    elif candidate.cue == "city":
        kind_bonus += 60 if entry.kind == "city" else 0
    return score + kind_bonus


def _within(holders: list[Entry], entry: Entry) -> bool:
    """"Córdoba, Argentina", "Ellabell, Georgia": the second name is the first's state or country."""
    return entry.kind != "country" and any(_holds(holder, entry) for holder in holders)


def _has_namesake_city(division: Entry, entries: list[Entry]) -> bool:
    return any(e.kind == "city" and e.country == division.country and e.admin1 == division.admin1
               and e.population >= NAMESAKE_CITY for e in entries)


def _acceptable(candidate: Candidate, context: Counter[str]) -> bool:
    """Strong evidence and a plausible place; or, for a name the recogniser called an organisation or left
    unlabelled ("drone attacks on Belgorod"), a large place in one of the article's countries."""
    entry = candidate.chosen
    if entry is None:
        return False
    if not candidate.strong:
        if candidate.label == "PERSON":
            return False
        if entry.kind == "region":  # regions.tsv's names, aliases included, are chosen by hand
            return entry.country is None or entry.country in context
        return (entry.country in context and entry.primary
                and (entry.kind == "admin1" or entry.capital or entry.population >= WEAK_MIN_POPULATION))
    if entry.kind in {"country", "continent", "region"} or entry.country in context:
        return True
    return entry.population >= MIN_UNCONTEXTED_POPULATION or entry.kind == "admin1"


def _name_word(token: Token) -> bool:
    """A word of a longer place name: capitalised, or the "of" of "Gulf of Finland"."""
    return token.text[:1].isupper() or token.lower_ == "of"


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """A part of a hyphenated name ("Luga" of "Ust-Luga") is not a name of its own."""
    before = start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    after = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    return before or after


def _blocked(actors: DocumentActors, start: int, end: int) -> bool:
    """Organisations, demonyms, people and dates ("March") are not places (a person's name may still be a
    town with a cue)."""
    for i in range(start, end):
        if actors.doc[i].ent_type_ in {"DATE", "TIME"}:
            return True
        match = actors.names.get(i)
        if match is not None and match.actor.kind in {"organisation", "demonym", "person"}:
            return True
    return False


def _part_of_person_name(actors: DocumentActors, candidate: Candidate) -> bool:
    record = actors.person_at.get(candidate.start)
    return record is not None and len(record.entity.name.split()) > 1


def _names_by_key(doc: Doc, actors: DocumentActors) -> dict[str, list[Span]]:
    """The spans of the names the actor matcher found, by folded text (one pass per article)."""
    spans: dict[str, list[Span]] = {}
    for match in {m.start: m for m in actors.names.values()}.values():
        other = doc[match.start:match.end]
        spans.setdefault(fold(other.text), []).append(other)
    return spans


def _state_reading(span: Span, actors: DocumentActors,
                   same_names: dict[str, list[Span]] | None = None) -> str | None:
    """What the text says a country's name means where it is also another country's state: "state" for a
    state cue on this or another mention of the name ("Niger State", "the state of Georgia"), "country"
    for a neighbour ("neighbouring Niger") or a name coordinated with another country's ("Niger and
    Chad"); None when it says neither."""
    doc = span.doc
    root = span.root
    previous = doc[span.start - 1] if span.start > 0 else None
    if (previous is not None and previous.lower_ in NEIGHBOUR_WORDS) or any(
            c.lower_ in NEIGHBOUR_WORDS for c in root.children if c.dep_ in {"amod", "compound"}):
        return "country"
    own = actors.names.get(span.start)
    for other in root.conjuncts:
        match = actors.names.get(other.i)
        if match is not None and match.actor.kind == "country" and (
                own is None or match.actor.country != own.actor.country):
            return "country"
    if _cue(span) == "admin1":
        return "state"
    if same_names is None:
        same_names = _names_by_key(doc, actors)
    for other in same_names.get(fold(span.text), []):
        if other.start != span.start and _cue(other) == "admin1":
            return "state"
    return None


def _is_abbreviated_modifier(span: Span) -> bool:
    """"U.S. forces": an abbreviation used as an adjective is a nationality, not a place."""
    text = span.text.replace(".", "")
    return len(text) <= 3 and text.isupper() and span.root.dep_ in {"compound", "amod", "nmod"}


def _stands_for_government(token: Token) -> bool:
    """A capital that speaks or acts ("Moscow said", "Washington's demands", "pressure on Beijing")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in GOVERNMENT_DEPS:
        return True
    if token.dep_ in {"dobj", "nsubjpass"}:  # "urged Moscow", "Manila would not be intimidated"
        return token.head.lemma_.lower() in AGENT_OBJECT_VERBS
    if token.dep_ == "pobj":
        preposition = token.head
        if preposition.lower_ in {"in", "at", "near", "outside", "inside", "around", "across", "into",
                                  "throughout"}:
            return False
        governor = preposition.head
        if preposition.lower_ == "of" and governor.lemma_.lower() in PLACE_OF_WORDS | {governor.lower_}:
            return governor.lower_ not in PLACE_OF_WORDS and governor.lemma_.lower() not in PLACE_OF_WORDS
        return not (preposition.lower_ in LOCATIVE and governor.lemma_.lower() in MOTION_VERBS)
    return False


def _holds(holder: Entry, entry: Entry) -> bool:
    if holder.kind == "country":
        return holder.country == entry.country
    return holder.kind == "admin1" and holder.country == entry.country and holder.admin1 == entry.admin1


def _context_countries(actors: DocumentActors, dateline: Place | None) -> Counter[str]:
    """How often the article names each country (by name, demonym, capital or its people)."""
    counts: Counter[str] = Counter()
    starts = {match.start: match.actor for match in actors.names.values()}
    for actor in starts.values():
        if actor.country and actor.kind in {"country", "demonym", "capital"}:
            counts[actor.country] += 1
    for record in actors.people:
        if record.entity.country:
            counts[record.entity.country] += 1
    if dateline is not None and dateline.country:
        counts[dateline.country] += 3
    return counts


def _place(span: Span, entry: Entry, article_id: str, dateline: bool = False) -> Place:
    return Place(
        text=span.text, name=entry.name, country=entry.country, admin1=entry.admin1, lat=entry.lat,
        lon=entry.lon, span=(span.start_char, span.end_char), kind=entry.kind, article_id=article_id,
        dateline=dateline,
    )


def dateline_tokens(doc: Doc) -> set[int]:
    """The tokens of the dateline, which belong to no sentence's grammar ("MEXICO CITY —")."""
    match = DATELINE.match(text_of(doc))
    if match is None:
        return set()
    span = doc.char_span(0, match.end(), alignment_mode="contract")
    return set(range(span.start, span.end)) if span is not None else set()
