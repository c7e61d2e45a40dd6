"""Who is who in an article, resolved the way a reader does: from the document itself.

The first full mention of a person ("Mexican President Claudia Sheinbaum") says who she is; later
"Sheinbaum", "the president" and "she" point back to her. Names of countries, capitals used for their
governments, demonyms, organisations and role words come from the knowledge files.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from dyad.knowledge.actors import ActorKnowledge, DatedRole, NamedActor
from dyad.parse.nlp import text_of, words_of
from dyad.records import Actor, Entity
from dyad.resolve.gazetteer import Gazetteer

PLURAL_PRONOUNS = {"they", "them"}
SUBJECT_DEPS_ALL = {"nsubj", "nsubjpass", "csubj"}
PLURAL_OWNERS = {"their", "theirs"}
ROMAN_NUMERAL = re.compile(r"[IVX]+")  # "Tupou VI", "Letsie III": a regnal number
GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}  # "the three countries": the last three named
PAIR_WORDS = {"both", "two"}  # "both governments", "the two countries": a pair named before
LEADER_PARTICIPLES = {"led", "headed"}  # "a U.S.-led coalition" is the leader's ("-backed" is not)
SIDE_WORDS = {"side", "party"}  # "the two sides agreed", "both parties": the pair named before
PEOPLE_WORDS = {"man", "woman"}  # "the two men": the two people named before, not a role of their own
VEHICLE_NOUNS = {"plane", "aircraft", "airplane", "ship", "vessel", "convoy", "truck", "lorry", "boat"}
GROUP_NOUNS = {"team", "group", "contingent", "detachment", "batch", "squad"}  # "a team of German doctors"
NOT_BODY_WORDS = {"punct", "relcl", "acl", "appos", "conj", "cc"}  # dependents that name no part of a body
PAIR_NOUNS = {"state", "neighbour", "neighbor", "embassy", "capital"}  # "both Gulf states", "both capitals"
HOST_WORDS = {"host"}  # "promised his hosts": the country the owner is visiting, not the owner's own
OTHER_PARTY_WORDS = {"counterpart", "guest"}  # "the king invited his counterpart": the other party
# A state named by its form ("the kingdom's ambassador", "the Scandinavian country's chargé d'affaires"):
# outside the clause's subject, the country named last that is not the subject's. "country" and
# "nation" count only with a modifier of their own ("the Gulf country"): bare, they are often one's own.
STATE_FORMS = {"kingdom", "emirate", "sultanate", "republic", "principality", "monarchy"}
STATE_WORDS = {"country", "nation", "state"}
SAYING_VERBS = {"say", "tell", "add", "insist", "claim", "state"}  # "X said he would": he is X
DATELINE_BODIES = {"office", "presidency", "cabinet"}  # like ministries: of the dateline's state when unnamed
MISSION_NOUNS = {"embassy", "consulate", "mission", "legation", "delegation"}  # "a minister from its embassy"
VISITOR_WORDS = {"visitor", "guest"}  # "received Guyana's foreign minister ... The visitor handed her"
HOSTING_VERBS = {"receive", "host", "welcome"}  # their object is the visitor
VISITING_VERBS = {"visit", "arrive"}  # their subject is the visitor
VISIT_NOUNS = {"visit", "trip", "tour"}  # "her visit to Port Vila": she is not of Vanuatu
PARTY_WORDS = HOST_WORDS | OTHER_PARTY_WORDS | VISITOR_WORDS  # a party named by its part in an exchange
# "Deputy Prime Minister Novak ... The prime minister asked": a title after one of these is another office.
LOWER_RANKS = {"deputy", "vice", "assistant", "junior", "former"}
OWN_FORMS = {"he": "his", "she": "her"}  # the possessive a subject pronoun uses of its own
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Dependents that start a new clause or a separate phrase: they are not part of the actor's own words.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "appos", "punct", "parataxis"}
# Dependents that name the same actor again ("Marco Rubio, the secretary of state").
DESCRIPTOR_DEPS = {"compound", "amod", "nmod", "poss", "det", "case", "nummod", "prep", "pobj", "npadvmod"}
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "across", "inside", "outside", "throughout"}


@dataclass(slots=True)
class NameMatch:
    start: int
    end: int
    actor: NamedActor


@dataclass(slots=True)
class PersonRecord:
    entity: Entity
    surname: str
    roles: set[str] = field(default_factory=set)


# Capital letters of the Latin, Greek and Cyrillic blocks, as a character-class body: a dateline keeps the
# place's accents ("BOGOTÁ —", "KRAKÓW —"), and an ASCII class would miss it.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
# "MEXICO CITY (Wire) —", "KYIV, Ukraine —", "BOGOTÁ —": the place in capitals, then perhaps its region;
# wire copy may add the day ("HARARE, Jan 4 (Reuters) -").
MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
DATELINE = re.compile(
    rf"\A\s*(?P<place>[{CAPITALS}][{CAPITALS} .'’-]*[{CAPITALS}])"
    rf"(?:,\s*(?P<region>[{CAPITALS}](?:[^\W\d_]|[ .'’-])+?))?"
    rf"(?:,\s*{MONTH_DAY})?"
    # "(Reuters) - ", " — ", or an agency with no dash at all ("NEW DELHI, April 9 (PTI) Nepal's minister")
    r"\s*(?:\([^)\n]{1,40}\)\s*(?:(?:—|–|--|-)\s)?|(?:—|–|--|-)\s)"
)


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a wire dateline ("MEXICO CITY (Wire) — "), 0 when there is none."""
    match = DATELINE.match(text_of(doc))
    if match is None:
        return 0
    span = doc.char_span(0, match.end(), alignment_mode="expand")
    return span.end if span is not None else 0


def dateline_capital_country(doc: Doc, knowledge: ActorKnowledge) -> str | None:
    """The country whose capital the dateline names ("BANGUI (AFP) -" -> CAF), None for other places."""
    match = DATELINE.match(text_of(doc))
    if match is None:
        return None
    place = match["place"]
    # "NUKU'ALOFA": str.title() would make "Nuku'Alofa"; each word capitalised once is the other spelling.
    meanings = knowledge.names.get(place.title()) or knowledge.names.get(string.capwords(place.lower()), [])
    return next((m.country for m in meanings if m.kind == "capital"), None)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class ActorMatcher:
    """Finds the names of the knowledge files in a parsed document (one matcher per pipeline)."""

    def __init__(self, nlp: Language, knowledge: ActorKnowledge) -> None:
        self.knowledge = knowledge
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = list(knowledge.names)
        for surface in surfaces:
            forms = {surface}
            if surface.lower().startswith("the ") and len(surface) > 4:
                forms.add(surface[4:])
            self.matcher.add(surface, [nlp.make_doc(form) for form in forms])
        self.max_role_words = max((len(r.split()) for r in knowledge.roles), default=1)
        self.role_ends = {r.split(" ")[-1] for r in knowledge.roles}  # the last word of every role

    def names(self, doc: Doc) -> dict[int, NameMatch]:
        """Longest name match at each token index (every token of the match points to it)."""
        found: list[NameMatch] = []
        for match_id, start, end in self.matcher(doc):
            surface = doc.vocab.strings[match_id]
            meanings = self.knowledge.names.get(surface, [])
            if meanings and not _inside_longer_name(doc, start):
                preferred = _preferred(meanings)
                if preferred.kind == "organisation" and _ends_longer_name(doc, start):
                    continue  # "the National Security Council" (the Philippines') is no UN Security Council
                found.append(NameMatch(start, end, preferred))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        at: dict[int, NameMatch] = {}
        for match in found:
            if any(i in at for i in range(match.start, match.end)):
                continue
            for i in range(match.start, match.end):
                at[i] = match
        return at


NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "du", "la", "le", "el"}


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """"Mocímboa da Praia", "Puerto de la Cruz": a name after a particle that follows a capitalised word is
    the end of a longer place name, not the capital or country it spells."""
    return (start >= 2 and doc[start - 1].text in NAME_PARTICLES
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha)


def _ends_longer_name(doc: Doc, start: int) -> bool:
    """A name whose first word continues a name the recogniser began on a capitalised word before it."""
    return (start >= 1 and doc[start].ent_iob_ == "I" and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_alpha)


def _lower_rank_of(role: str, title: str) -> bool:
    """ "deputy prime minister" is a lower rank of "prime minister", not a longer name for it."""
    return role.split()[-len(title.split()) - 1] in LOWER_RANKS


def _preferred(meanings: list[NamedActor]) -> NamedActor:
    order = {"person": 0, "organisation": 1, "country": 2, "capital": 3, "demonym": 4}
    return min(meanings, key=lambda m: order.get(m.kind, 9))


class DocumentActors:
    """The actors of one article and a way to resolve any noun phrase head to them."""

    def __init__(self, doc: Doc, matcher: ActorMatcher, article_id: str, published: date | None) -> None:
        self.doc = doc
        self.knowledge = matcher.knowledge
        self.article_id = article_id
        self.published = published
        self.max_role_words = matcher.max_role_words
        self.role_ends = matcher.role_ends
        self._lemmas: list[str] | None = None  # lower-case lemma of each token, for role look-ups
        self.body_start = dateline_end(doc)
        self.dateline_country = dateline_capital_country(doc, self.knowledge)
        self.place_country: dict[int, str] = {}  # filled by the places stage, when it runs
        self.place_tokens: set[int] = set()  # every token naming a place (dateline included): no person
        self.names = {i: m for i, m in matcher.names(doc).items() if m.start >= self.body_start}
        self.people: list[PersonRecord] = []
        self.person_at: dict[int, PersonRecord] = {}
        self.entities: dict[str, Entity] = {}
        self._namesakes: set[str] = set()  # known people the text shows to be someone else of that name
        # token -> the actors its phrase stands for: the events stage asks again for the same subjects and
        # objects (a fifth of its cost), and the answer depends only on the text and what is a place.
        self._resolved: dict[int, list[Actor]] = {}
        self._find_people()
        self.names = {i: m for i, m in self.names.items()
                      if m.actor.kind != "person" or m.actor.name not in self._namesakes}
        self.country_mentions = sorted(
            {(m.start, m.actor.country) for m in self.names.values() if m.actor.country}
        )

    def note_places(self, tokens: set[int], countries: dict[int, str]) -> None:
        """What the places stage found: the tokens that name places, and the country of those that are not
        the dateline. A name the recogniser took for a person there ("Adré said") is no one."""
        self.place_tokens = set(tokens)
        self.place_country = dict(countries)
        self._resolved.clear()  # what a phrase stands for can change with what is a place
        # "patrol the South China Sea", "across Lake Chad", "the Gulf of Guinea": a country's name inside a
        # longer place name that is not in that country names the place, not the country. A name that
        # begins one still points to the country it lies off ("crossed the median line of the Taiwan
        # Strait").
        inside = {i for i, m in self.names.items()
                  if m.actor.kind == "country" and m.start - 1 in tokens and m.start in tokens
                  and countries.get(m.start) != m.actor.country}
        if inside:
            self.names = {i: m for i, m in self.names.items() if i not in inside}
            self.country_mentions = [(i, c) for i, c in self.country_mentions if i not in inside]

    def is_place_not_person(self, token: Token) -> bool:
        """A name the places stage resolved to a place ("Adré said" after the recogniser's PERSON), that
        the knowledge files do not name as an actor (a country or capital speaking is still one)."""
        match = self.names.get(token.i)
        return (token.i in self.place_tokens and token.pos_ != "PRON"
                and (match is None or match.actor.kind == "person"))

    # ---- people -------------------------------------------------------------------------------------
    def _find_people(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON" and not self._titled_name(ent):
                continue
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
                end -= 1
            while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                    and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in {"", "PERSON"}:
                end += 1  # "Espen Barth Eide", recognised as "Espen Barth": the surname the name hangs on
            if end <= start or end <= self.body_start:
                continue  # "NUKU'ALOFA (Matangi Tonga) -": the dateline's outlet is no one in the story
            if any(i in self.names and self.names[i].actor.kind != "person" for i in range(start, end)):
                continue  # a country or organisation the NER took for a person
            word = doc[start]
            if end - start == 1 and start not in self.names and word.dep_ == "compound" \
                    and word.head.pos_ == "NOUN":
                continue  # "the Brenner transit corridor": a name that qualifies a thing names no one here
            self._person_mention(start, end)
        # Known people the NER missed, and later mentions by surname the NER labelled otherwise.
        pos = words_of(doc).pos
        for i, tag in enumerate(pos):
            if i in self.person_at:
                continue
            match = self.names.get(i)
            if match and match.actor.kind == "person" and match.start == i:
                self._person_mention(match.start, match.end)
            elif tag == "PROPN" or (tag == "NOUN" and doc[i].is_sent_start and doc[i].text[:1].isupper()):
                # "McClay, who signed for New Zealand, ...": a surname opening a sentence may be tagged as
                # a common noun; it is the person's when that person was named before.
                record = self._by_surname(doc[i].text, before=i)
                if record is not None and tag != "PROPN" and self._first_token(record) >= i:
                    record = None
                if record and (i + 1 >= len(doc) or pos[i + 1] != "PROPN"):
                    self._link(record, i, i + 1)

    def _titled_name(self, ent: Span) -> bool:
        """"President Faustin-Archange Touadéra": a name the recogniser took for an organisation, right
        after a capitalised personal title, is a person's."""
        start = ent.start
        if ent.label_ != "ORG":
            return False
        inside = self.knowledge.roles.get(self.role_at(start)[0] or "") if len(ent) > 1 else None
        regnal = ROMAN_NUMERAL.fullmatch(ent[-1].text) is not None
        if inside is not None and ent[0].is_title and (inside.gender or regnal):
            # "King Tupou VI": a title the recogniser kept inside an organisation, when it is a monarch's (a
            # gendered title) or the name ends in a regnal number; not "General Motors"
            start += 1
        elif start == 0 or not self.doc[start - 1].is_title:
            return False
        role = self.role_at(start - 1)[0]
        entry = self.knowledge.roles.get(role) if role else None
        return (entry is not None and entry.title
                and all(t.pos_ in {"PROPN", "PUNCT"} for t in self.doc[start : ent.end])
                and not any(i in self.names for i in range(ent.start, ent.end)))

    def _by_surname(self, surname: str, before: int) -> PersonRecord | None:
        candidates = [p for p in self.people if p.surname == surname or _family_name_first(p, surname)]
        if not candidates:
            return None
        earlier = [p for p in candidates if p.entity.mentions and self._first_token(p) < before]
        return (earlier or candidates)[-1]

    def _first_token(self, record: PersonRecord) -> int:
        start_char = record.entity.mentions[0][0]
        return self.doc.char_span(start_char, start_char + 1, alignment_mode="expand").start

    def _person_mention(self, start: int, end: int) -> None:
        doc = self.doc
        span = doc[start:end]
        text = span.text
        surname = doc[end - 1].text
        record = next((p for p in self.people if p.entity.name == text), None)
        if record is None and end - start == 1:
            record = self._by_surname(surname, before=start)
        if record is None:
            record = self._new_person(start, end)
        self._link(record, start, end)

    def _new_person(self, start: int, end: int) -> PersonRecord:
        doc = self.doc
        text = doc[start:end].text
        descriptor = self._descriptor_tokens(start, end)
        country = self._country_in(descriptor)
        role_name, sector, gender = self._role_in(descriptor)
        if role_name is None:
            # A title the recogniser kept inside the name ("Jordan's King Abdullah ... the monarch").
            role_name, sector, gender = self._role_in(list(doc[start : end - 1]))
        known = self.knowledge.people.get(text) or self.knowledge.people.get(doc[end - 1].text)
        said = self._contradicting_country(known.role_on(self.published), country, role_name, start) \
            if known is not None else None
        if known is not None and said is not None:
            self._namesakes.add(known.name)
            known, country = None, said  # "Colombia's defence minister Pedro Sánchez": not Spain's premier
        if known is not None:
            dated = known.role_on(self.published)
            if dated is not None:
                country = country or dated.country
                if sector is None or (dated.sector and role_name and role_name in dated.role):
                    sector = dated.sector
                role_name = role_name or dated.role
            gender = gender or known.gender
            text = known.name if len(text.split()) < len(known.name.split()) else text
        if gender is None:
            gender = self.knowledge.first_names.get(doc[start].text.lower()) if end - start > 1 else None
        if country is None and role_name is not None:
            # "Norway has not expelled any diplomats, Foreign Minister Espen Barth Eide said": an
            # office-holder the text gives no country, reporting what a state did, holds its office.
            country = self._reporter_country(doc[start:end].root)
            sentence, home = doc[start].sent, self.dateline_country
            if country and country != home and home in self._countries_named(sentence.start, sentence.end):
                # "ISLAMABAD - Saudi Arabia has agreed to defer payment ... to Pakistan, Finance Minister
                # Muhammad Aurangzeb told the Senate": the act's other party is the capital's own state.
                country = self.dateline_country
        if country is None and role_name is not None and not self._placed_elsewhere(descriptor, start, end):
            # "BANGUI (AFP) - ... President Faustin-Archange Touadéra thanked his Rwandan counterpart": an
            # office-holder the text gives no country, in a story filed from a capital, holds office there
            # (a spokesman quoted in Vienna is as often Iran's: roles.tsv, dateline).
            country = self.dateline_country
        entity = Entity(
            id=f"{self.article_id}:person:{_slug(text)}",
            name=text,
            kind="person",
            country=country,
            sector=sector,
            role=role_name,
            gender=gender,
            article_id=self.article_id,
        )
        record = PersonRecord(entity=entity, surname=doc[end - 1].text)
        if role_name:
            words = [t.lower_ for t in [*descriptor, *doc[start : end - 1]]]
            rank = next((w for w in words if w in LOWER_RANKS and w not in role_name.split()), None)
            record.roles.add(f"{rank} {role_name}" if rank else role_name)
        self.people.append(record)
        return record

    def _placed_elsewhere(self, descriptor: list[Token], start: int, end: int) -> bool:
        """Whether a word describing the person names an office held away from home (spokesman, envoy), or
        a place names where it is held ("the governor of Táchira state", placed once places are known)."""
        roles = self.knowledge.roles
        words = [*descriptor, *self.doc[start:end]]
        placed = any(
            t.lower_ in {"of", "in", "from"}
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in t.children)
            for t in descriptor
        )
        return placed or any(
            (role := self.role_at(t.i)[0]) is not None and not roles[role].dateline for t in words
        )

    def _contradicting_country(self, dated: DatedRole | None, country: str | None, role: str | None,
                               start: int) -> str | None:
        """The country the text gives a person when it contradicts the knowledge file's person of that name,
        whose dated role only applies when it does not: a descriptor of another country, or another office
        held for another country ("Colombia's defence minister said ... Defence Minister Pedro Sánchez")."""
        if dated is None or not dated.country:
            return None
        if country is None and role is not None and role not in dated.role and dated.role not in role:
            country = self._country_given_role(role, start)
        return country if country is not None and country != dated.country else None

    def _country_given_role(self, role: str, before: int) -> str | None:
        """The country of the last earlier mention of `role` that names no one ("Colombia's defence
        minister said"): the office a later "Defence Minister Pedro Sánchez" holds."""
        for i in range(before - 1, self.body_start - 1, -1):
            if self.role_at(i)[0] != role:
                continue
            phrase = self.phrase_tokens(self.doc[i])
            if i in self.person_at or self.doc[i].head.i in self.person_at \
                    or any(t.i in self.person_at for t in phrase):
                continue
            country = self._country_in(phrase)
            if country is not None:
                return country
        return None

    def _link(self, record: PersonRecord, start: int, end: int) -> None:
        span = self.doc[start:end]
        record.entity.mentions.append((span.start_char, span.end_char))
        for i in range(start, end):
            self.person_at[i] = record
        self.entities.setdefault(record.entity.id, record.entity)

    def _descriptor_tokens(self, start: int, end: int) -> list[Token]:
        """Words that describe the person named at start:end: "Mexican President", ", the U.S. envoy,"."""
        doc = self.doc
        head = doc[start:end].root
        tokens: list[Token] = []
        for child in head.children:
            if child.i in range(start, end):
                continue
            if child.dep_ == "appos" or (child.dep_ in DESCRIPTOR_DEPS and child.i < start):
                tokens.extend(t for t in child.subtree if t.dep_ not in CLAUSE_DEPS or t.i == child.i)
        if head.dep_ == "appos" or (head.dep_ == "compound" and head.head.i > end - 1):
            owner = head.head
            tokens.extend(t for t in owner.subtree if not (start <= t.i < end) and t.i < start + 12)
        # Preceding title words the parser attached elsewhere ("Mexican President" as a separate nmod).
        i = start - 1
        while i >= 0 and doc[i].pos_ in {"PROPN", "ADJ", "NOUN"} and doc[i].ent_type_ != "PERSON":
            if doc[i] not in tokens:
                tokens.append(doc[i])
            i -= 1
        return sorted(set(tokens), key=lambda t: t.i)

    # ---- knowledge lookups over tokens -------------------------------------------------------------------
    def _country_in(self, tokens: list[Token]) -> str | None:
        for token in tokens:
            match = self.names.get(token.i)
            if match and match.actor.country and match.actor.kind != "person":
                return match.actor.country
        return None

    def _role_in(self, tokens: list[Token]) -> tuple[str | None, str | None, str | None]:
        """The longest role named in `tokens`, as (role, sector, gender)."""
        best: tuple[str | None, str | None, str | None] = (None, None, None)
        best_length = 0
        for token in tokens:
            role, length = self.role_at(token.i)
            if role and length >= best_length:  # the nearer of two: "the Republic's President X"
                entry = self.knowledge.roles[role]
                best = (role if entry.sector else None, entry.sector, entry.gender)
                best_length = length
        return best

    def lemmas(self) -> list[str]:
        """The lower-case lemma of each token, made once per document: role and body look-ups compare
        them many times, and spaCy builds a new Token object on every access."""
        if self._lemmas is None:
            self._lemmas = words_of(self.doc).lemma
        return self._lemmas

    def role_at(self, i: int) -> tuple[str | None, int]:
        """The longest role word sequence ending (or, for "X of Y", starting) at token i."""
        roles, lemmas = self.knowledge.roles, self.lemmas()
        if lemmas[i] not in self.role_ends and " " not in lemmas[i]:
            return None, 0  # no role ends with this word (most words): spare joining the words before it
        for length in range(min(self.max_role_words, i + 1), 0, -1):
            words = " ".join(lemmas[i - length + 1 : i + 1])
            if words in roles:
                for right in range(min(self.max_role_words, len(lemmas) - i), 1, -1):
                    longer = " ".join(lemmas[i - length + 1 : i + right])
                    if longer in roles:
                        return longer, length + right - 1
                return words, length
        return None, 0

    # ---- resolving an argument --------------------------------------------------------------------------
    def actors_for(self, token: Token) -> list[Actor]:
        """The actors a phrase headed by `token` stands for: one, or several for "A, B and C"."""
        resolved = self._resolved.get(token.i)
        if resolved is None:
            # Pronouns point back to plural phrases whose conjuncts the parse may join to later pronouns
            # ("... they Mexico they diplomats ..."), so resolving can come back to a phrase it is still
            # resolving: that phrase names no one for the second asker, rather than recursing without end.
            self._resolved[token.i] = []
            resolved = self._resolved[token.i] = self._actors_for(token)
        return list(resolved)

    def _actors_for(self, token: Token) -> list[Actor]:
        pair = self._named_pair(token)
        if pair:
            return pair
        named = [self.person_at[c.i].entity for c in token.children
                 if c.dep_ == "appos" and c.i in self.person_at]
        if token.lemma_.lower() in PARTY_WORDS and named and named[0].country:
            # "his German counterpart, Johann Wadephul,": the person named is the counterpart.
            return [Actor(text=self._mention_text(token), name=named[0].name, country=named[0].country,
                          sector=named[0].sector)]
        hosts = self._hosts(token) or self._other_side(token) or self._visitor(token)
        if hosts:
            return hosts
        heads = [token, *(c for c in token.conjuncts if c.i > token.i)]
        # "Germany's development agency GIZ and Switzerland's SDC": the parse may join the second to the
        # name in apposition to the first (not so "the two leaders, Macron and Scholz", who are the two).
        if token.tag_ != "NNS":
            heads += [c for a in token.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                      for c in a.conjuncts if c.i > a.i]
        if token.pos_ not in {"PROPN", "PRON"} and not self._is_named(token):
            # "the ambassadors of A, B and C", "his counterparts from A, B and C": one actor per country.
            of_objects = [
                g
                for c in token.children
                if c.lower_ in {"of", "from"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
            owned = self.role_at(token.i)[0] or token.lemma_.lower() in VEHICLE_NOUNS  # "planes from A and B"
            # "the chairman of the Mongolian parliament": a body its own words give a country is named too
            body = of_objects and self.role_at(of_objects[0].i)[0] and self.names_country(of_objects[0])
            if of_objects and owned and (self._is_named(of_objects[0]) or body):
                owner_role = self.actor_for(token)
                owners = [of_objects[0], *(c for c in of_objects[0].conjuncts if c.i > of_objects[0].i)]
                if token.tag_ == "NNS":
                    # "the prime ministers of Slovakia and the Czech Republic", parsed with the second
                    # country as a conjunct of "ministers": a bare country there is one more owner.
                    owners += [c for c in token.conjuncts if c.i > of_objects[0].i
                               and (named := self.names.get(c.i)) is not None
                               and named.actor.kind in {"country", "capital"}]
                resolved = []
                for owner in owners:
                    owner_actor = self.actor_for(owner)
                    if owner_actor and owner_actor.country:
                        resolved.append(
                            Actor(
                                text=f"{token.text} of {owner_actor.text}",
                                name=owner_actor.name,
                                country=owner_actor.country,
                                sector=owner_role.sector if owner_role else None,
                            )
                        )
                if resolved:
                    return resolved
        if token.lemma_.lower() in GROUP_NOUNS and self.actor_for(token) is None:
            # "a team of 40 German army specialists": who the group is made of
            members = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if members:
                return self.actors_for(members[0])
        actors: list[Actor] = []
        for head in heads:
            actor = self.actor_for(head)
            if actor is not None:
                actors.append(actor)
                actors += self._modifier_conjuncts(head, actor)
        return actors

    def _named_pair(self, token: Token) -> list[Actor]:
        """ "both governments", "the two countries": the last two countries named together before, in
        this sentence or the one before ("tensions between Venezuela and Guyana ... urged both
        governments"); "the two countries' coast guards" are that pair's."""
        for owner in token.children:
            if owner.dep_ == "poss" and owner.tag_ == "NNS" and (pair := self._named_pair(owner)):
                role = self.role_at(token.i)[0]
                sector = self.knowledge.roles[role].sector if role else None
                return [Actor(text=token.text, name=a.name, country=a.country, sector=sector or a.sector)
                        for a in pair]
        shared = self._pair_owned(token) or self._named_group(token)
        if shared:
            return shared
        if token.lower_ == "each" and token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "conj":
            # "The Netherlands and Belgium blamed Russia, and each recalled its ambassador": every doer
            # of the act it is joined to.
            doers = [c for c in token.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}][:1]
            return [a for d in doers for c in (d, *d.conjuncts) for a in self.actors_for(c)]
        if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS:
            # "hosted envoys from Sudan and Chad and urged them": every actor of the group; with none,
            # "... held talks with Singapore's leader. They agreed": the pair named last.
            return self.group(token) or self._last_pair(token)
        if token.lower_ in PAIR_WORDS and token.dep_ in {"nsubj", "nsubjpass"} and (
            token.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            return self._last_pair(token)  # "held talks with his Slovenian counterpart, and the two agreed"
        paired = any(c.lower_ in PAIR_WORDS and c.dep_ in {"det", "predet", "nummod"} for c in token.children)
        if token.tag_ == "NNS" and token.lemma_.lower() in PEOPLE_WORDS and paired:
            return self._last_pair(token)  # "the two men agreed"
        # "Tajik and Kyrgyz troops exchanged fire ... each side blamed the other": one side of the pair
        each = token.lemma_.lower() in SIDE_WORDS and any(
            c.dep_ == "det" and c.lower_ == "each" for c in token.children
        )
        role = self.role_at(token.i)[0]
        if (token.tag_ != "NNS" and not each) or (
            role is None and token.lemma_.lower() not in SIDE_WORDS | PAIR_NOUNS
        ):
            return []
        sector = self.knowledge.roles[role].sector if role else None
        if self._country_in(self.phrase_tokens(token)):
            return []
        if not (each or paired):
            return []
        # "Kenya and Djibouti appealed to both governments": the pair is another than the doers.
        # A phrase inside the subject ("the two countries' ministers agreed") has no doers of its own.
        doers = {a.country for s in self._clause_subjects(token)[:1]
                 if not s.left_edge.i <= token.i <= s.right_edge.i
                 for a in self.actors_for(s) if a.country}
        start = self._window_start(token.i)
        # "Belgium and the Netherlands suspended ... saying both governments ... Congo thanked the two
        # countries": a pair named together a sentence further back, when none is named nearer
        further = self._window_start(start) if start > 0 else start
        for i in range(token.i - 1, further - 1, -1):
            pair = self._named_together(i)[:2]
            if len(pair) < 2 or doers.issuperset(pair):
                continue
            return self._pair_actors(token, pair, sector)
        # No pair named together: "Japan pledged loans to the Philippines ... the two countries" are the
        # only two countries named before.
        countries = [c for c in self._countries_named(start, token.i) if c not in doers]
        if len(countries) < 2:
            # "Greece protested to Turkey ... Turkey's ministry replied ... The two countries agreed": the
            # only two countries the text has named so far, however far back.
            countries = [c for c in self._countries_named(0, token.i) if c not in doers]
        if len(countries) == 2:
            return self._pair_actors(token, countries, sector)
        # "Hungary's prime minister received the Chinese premier ... The two leaders signed": the two
        # office-holders or people of different countries named last.
        pair = self._last_pair(token)
        after = [c for c in self._countries_named(token.i + 1, token.sent.end) if c not in doers]
        if not pair and not countries and len(after) == 2:
            # "The two deputy prime ministers, who met on the border between Armenia's Tavush province and
            # Azerbaijan's Gazakh district": a text that opens on the pair names it after.
            return self._pair_actors(token, after, sector)
        return pair

    def _window_start(self, i: int) -> int:
        """Where the sentence before token `i`'s begins (its own, in the first): how far back a pronoun or a
        description ("the monarch", "the visitor") may point."""
        start = self.doc[i].sent.start
        return self.doc[start - 1].sent.start if start > 0 else start

    def _countries_named(self, start: int, end: int) -> list[str]:
        """The countries named (by a country, capital or people's name) between two tokens, in order."""
        countries: list[str] = []
        for i in range(start, end):
            match = self.names.get(i)
            if (
                # "Uganda's army ... South Sudanese troops ... the two armies": a people's name counts too.
                match is not None and i == match.start
                and match.actor.kind in {"country", "capital", "demonym"}
                and match.actor.country and match.actor.country not in countries
            ):
                countries.append(match.actor.country)
        return countries

    def _pair_owned(self, token: Token) -> list[Actor]:
        """Units of a pair: "soldiers from the two armies" are the pair's soldiers; "clashes between their
        troops" after "Kyrgyz and Tajik commanders agreed" are the troops of both subjects' countries."""
        role = self.role_at(token.i)[0]
        if token.tag_ != "NNS" or role is None:
            return []
        sector = self.knowledge.roles[role].sector
        owners: list[Actor] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
                owners += [a for o in child.children if o.dep_ == "pobj"
                           and any(c.lower_ in PAIR_WORDS for c in o.children) for a in self._named_pair(o)]
            elif child.dep_ == "poss" and child.lower_ in PLURAL_OWNERS:
                owners += [a for s in self._clause_subjects(token)[:1] if s.i < token.i
                           for a in self.actors_for(s)]
                verb = token.head
                if not owners and token.dep_ == "nsubj" and verb.dep_ == "conj":
                    # "The presidents of Ghana and Burkina Faso did not meet ..., but their foreign ministers
                    # spoke by telephone": the subject of the clause it is joined to.
                    owners += [a for s in self._clause_subjects(verb)[:1] for a in self.actors_for(s)]
        countries = list(dict.fromkeys(a.country for a in owners if a.country))
        if len(countries) != 2:
            return []
        return self._pair_actors(token, countries, sector)

    @staticmethod
    def _clause_subjects(token: Token) -> list[Token]:
        """The subjects of the verb a phrase belongs to."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb else []

    def _named_group(self, token: Token) -> list[Actor]:
        """ "Senegal, Gambia and Guinea-Bissau asked Mauritania to free fishermen from the three countries":
        "the three countries" are the last three countries named together before, in this sentence or the
        one before."""
        size = next((GROUP_SIZES[c.lower_] for c in token.children
                     if c.dep_ == "nummod" and c.lower_ in GROUP_SIZES), None)
        if size is None or token.lemma_.lower() not in STATE_WORDS | PAIR_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            return []
        for i in range(token.i - 1, self._window_start(token.i) - 1, -1):
            countries = self._named_together(i)
            if len(set(countries)) == size:
                return self._pair_actors(token, countries, "GOV")
        return []

    def _named_together(self, i: int) -> list[str]:
        """The countries of a coordination of country names that starts at token i ("Saudi Arabia and
        Qatar", "Senegal, Gambia and Guinea-Bissau"), up to its first conjunct that names no country;
        empty when no country name starts there."""
        first = self.names.get(i)
        if first is None or first.actor.kind not in {"country", "capital"} or i != first.start:
            return []
        countries = [first.actor.country]
        # The conjuncts hang on the name's last word.
        for conjunct in (c for c in self.doc[first.end - 1].conjuncts if c.i > i):
            named = self.names.get(conjunct.i)
            if named is None:
                continue
            if named.actor.kind not in {"country", "capital"}:
                break
            countries.append(named.actor.country)
        return countries

    def _pair_actors(self, token: Token, countries: list[str], sector: str | None) -> list[Actor]:
        """The actors of a pair the phrase `token` names ("the two countries", "their troops"), one per
        country."""
        return [Actor(text=token.text, name=self.knowledge.country_names.get(c), country=c, sector=sector)
                for c in countries]

    def _hosts(self, token: Token) -> list[Actor]:
        """ "Lourenço arrived in Kinshasa ... promised his hosts $20 million": hosts named only through
        the visitor's pronoun are the last other country or capital named before them."""
        if token.lemma_.lower() not in HOST_WORDS or self._country_in(self.phrase_tokens(token)):
            return []
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return []
        own = self._object_owner_country(token)
        host = self._last_host(token, own)
        if host is not None:
            return [_named_again(self._mention_text(token), host)]
        for i in range(token.i - 1, -1, -1):
            match = self.names.get(i)
            if match is None or match.actor.kind not in {"country", "capital"} or not match.actor.country:
                continue
            if match.actor.country != own:
                country = match.actor.country
                return [Actor(text=self._mention_text(token), name=self.knowledge.country_names.get(country),
                              country=country, sector="GOV")]
        return []

    def _last_host(self, token: Token, own: str | None) -> Actor | None:
        """ "President Tebboune received Pope Leo ... The pontiff thanked his host": whoever the text last
        said received or hosted someone (or was visited), when of another country than the pronoun's owner."""
        for verb in reversed(self.doc[: token.i]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS | VISITING_VERBS:
                continue
            # "X hosted Y": the host is the subject; "Y visited X": the object.
            roles = {"nsubj"} if verb.lemma_.lower() in HOSTING_VERBS else {"dobj"}
            for host in (c for c in verb.children if c.dep_ in roles):
                actor = self.actor_for(host)
                if actor is not None and actor.country and actor.country != own:
                    return actor
            return None
        return None

    def _holder_of_title(self, token: Token, role: str, covers: tuple[str, ...]) -> Actor | None:
        """ "Morocco's king telephoned Senegal's president ... The monarch invited": the unnamed
        office-holder named last (this sentence or the one before) with this title or one it covers."""
        titles = {role, *covers}
        holders = [actor for holder, actor in self._office_holders(token.i)
                   if holder.i != token.i and self.role_at(holder.i)[0] in titles]
        return holders[-1] if holders else None

    def _described_state(self, token: Token) -> str | None:
        """ "Italy accused Malta ... The island nation's armed forces denied the charge", "the kingdom's
        ministry thanked Madrid": a state described by its form or a word for it (countries.tsv,
        descriptions) is the country so described named last before, not one its own clause names."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        forms = self.knowledge.state_forms
        for word in [token, *owners]:
            # "the island's authorities": a bare description noun of a state named before names it too
            bare = word.pos_ == "NOUN" and word.lemma_.lower() in forms and not any(
                c.dep_ in {"amod", "compound"} for c in word.children)
            if (word.lemma_.lower() in STATE_WORDS | STATE_FORMS or bare) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in word.children
            ):
                break
        else:
            return None
        words = [c.lemma_.lower() for c in word.children if c.dep_ in {"amod", "compound"}]
        words = [w for w in (*words, word.lemma_.lower()) if w in forms]
        if not words:
            return None
        described = set.intersection(*(forms[w] for w in words))
        clause = word
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        others = {c for i, c in self.country_mentions if clause.left_edge.i <= i <= clause.right_edge.i}
        return next((c for i, c in reversed(self.country_mentions)
                     if i < word.i and c in described and c not in others), None)

    def _state_form_country(self, token: Token) -> str | None:
        """ "Bahraini coast guards detained a Qatari boat ... Doha summoned the kingdom's ambassador": a
        state named by its form (itself, or the owner of the word) outside its clause's subject is the
        country last named before that is not the subject's (this sentence or the one before)."""
        owners = [c for c in token.children if c.dep_ == "poss"]
        for word in [token, *owners]:
            lemma = word.lemma_.lower()
            modified = any(c.dep_ in {"amod", "compound"} for c in word.children)
            if (lemma in STATE_FORMS or (lemma in STATE_WORDS and modified)) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in word.children
            ):
                form = word
                break
        else:
            return None
        clause = form  # up to the verb of its clause, unless the form is inside the subject
        while clause.dep_ not in SUBJECT_DEPS_ALL and clause.pos_ not in {"VERB", "AUX"}:
            if clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ in SUBJECT_DEPS_ALL:
            return None  # "the kingdom said": the state the text is about
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        subject = self.actor_for(subjects[0]) if subjects else None
        if subject is None or not subject.country:
            return None
        start = self._window_start(form.i)
        for i, country in reversed(self.country_mentions):
            if start <= i < form.i and country != subject.country:
                return country
        return None

    def _own_state_country(self, token: Token) -> str | None:
        """ "Sarajevo lodged a protest, and the country's presidency demanded his release": a subject owned
        by "the country" (or "the kingdom") is the state the text is about, the country of the subject
        named last before it (this sentence or the one before)."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "poss" and c.lemma_.lower() in STATE_WORDS | STATE_FORMS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            for c in token.children
        ):
            return None
        start = self._window_start(token.i)
        for earlier in reversed(self.doc[start : token.i]):
            match = self.names.get(earlier.i) if earlier.dep_ == "nsubj" else None
            if match is not None and match.actor.kind in {"country", "capital"} and match.actor.country:
                return match.actor.country
        return None

    def _named_after_place(self, phrase: list[Token]) -> str | None:
        """ "a Jaffna court ordered their release": a body named after a town of one of the article's
        countries is that country's."""
        mentioned = {country for _, country in self.country_mentions}
        for word in phrase:
            if word.dep_ != "compound" or word.pos_ != "PROPN" or word.i in self.names:
                continue
            if word.i in self.place_country:
                return self.place_country[word.i]
            local = {e.country for e in Gazetteer.bundled().lookup(word.text) if e.country in mentioned}
            if len(local) == 1:
                return local.pop()
        return None

    def _country_of_form(self, token: Token) -> str | None:
        """ "Mauritania's president received Morocco's foreign minister ... a week after the kingdom sent food
        aid": a state named only by its form is the country last named whose name says it is one
        ("Kingdom of Morocco")."""
        form = token.lemma_.lower()
        if form not in STATE_FORMS or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        countries = self.knowledge.state_forms.get(form, set())
        return next((c for i, c in reversed(self.country_mentions) if i < token.i and c in countries), None)

    def _visitor(self, token: Token) -> list[Actor]:
        """ "Suriname's president received Guyana's foreign minister ... The visitor handed her a letter",
        "Y was welcomed in Canberra by X ... the visitor asked": the visitor (or guest) is whom the text
        last said was received or hosted, or who visited or arrived."""
        if token.lemma_.lower() not in VISITOR_WORDS or self._country_in(self.phrase_tokens(token)):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        # A visit, once told, is the scene of what follows: the last one told before, however far back.
        for verb in reversed(self.doc[: token.i]):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS | VISITING_VERBS:
                continue
            # "X hosted Y", "Y was welcomed by X": the guest; "Y visited X": the visitor.
            roles = {"dobj", "nsubjpass"} if verb.lemma_.lower() in HOSTING_VERBS else {"nsubj"}
            for guest in (c for c in verb.children if c.dep_ in roles):
                actor = self.actor_for(guest)
                if actor is not None and actor.country:
                    return [_named_again(self._mention_text(token), actor)]
        return []

    def _object_owner_country(self, token: Token) -> str | None:
        """The country of the pronoun that owns `token`: in an object ("the visitor urged his host"), the
        clause's subject, whoever was named last."""
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "dobj" else []
        countries = {a.country for a in self.actors_for(subjects[0])} if subjects else set()
        if len(countries) == 1 and None not in countries:
            return countries.pop()
        return self._owner_country(token)

    def _other_side(self, token: Token) -> list[Actor]:
        """ "Morocco's king telephoned Senegal's president ... The monarch invited his counterpart": a
        counterpart or guest named only through the owner's pronoun is the other party of the exchange
        just reported (`other_party`), not the owner."""
        if token.lemma_.lower() not in OTHER_PARTY_WORDS or self._country_in(self.phrase_tokens(token)):
            return []
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None:
            return []
        own = self._object_owner_country(token)
        if own is None and owner.lower_ in PRONOUN_GENDER and (holder := self._last_office_holder(owner)):
            own = holder.country  # "Costa Rica's president held talks ... Her counterpart agreed"
        return [_named_again(self._mention_text(token), a) for a in self.other_party(token, own)]

    def _modifier_conjuncts(self, head: Token, actor: Actor) -> list[Actor]:
        """ "Thai and Cambodian troops": one more actor for each coordinated country modifier, also when
        the parse hangs each modifier on the noun and keeps only their "and" ("U.S. and South Korean
        forces")."""
        more = []
        modifiers = [
            m for m in head.children if m.dep_ in {"amod", "compound", "nmod"} and m.i in self.names
        ]
        coordinated = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for m in modifiers for c in m.children)
        seen = {actor.country}
        for modifier in modifiers:
            others = list(modifier.conjuncts) + (modifiers if coordinated else [])
            for other in others:
                match = self.names.get(other.i)
                if match is None or match.actor.country in seen:
                    continue
                seen.add(match.actor.country)
                if match and match.actor.country and match.actor.country != actor.country:
                    name = self.knowledge.country_names.get(match.actor.country)
                    more.append(
                        Actor(
                            text=f"{other.text} {head.text}",
                            name=name,
                            country=match.actor.country,
                            sector=actor.sector,
                        )
                    )
        return more

    def _is_named(self, token: Token) -> bool:
        return token.i in self.names or token.i in self.person_at

    def actor_for(self, token: Token) -> Actor | None:
        doc = self.doc
        if token.i in self.person_at and self.is_place_not_person(token):
            return None
        if token.i in self.person_at:
            entity = self.person_at[token.i].entity
            return _named_again(self._mention_text(token), entity)
        if token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
            return self._last_group(token)
        if token.lower_ in PRONOUN_GENDER and token.pos_ == "PRON":
            gender = PRONOUN_GENDER[token.lower_]
            previous = self._previous_subject(token, gender) or self._main_clause_subject(token, gender)
            if previous is not None:
                return previous
            record = self._last_person(token.i, gender, besides=self._own_subject(token))
            if record:
                entity = record.entity
                return _named_again(token.text, entity)
            return (self._last_office_holder(token) or self._parallel_object(token)
                    or self._last_person_acted_on(token))
        match = self.names.get(token.i)
        phrase = self.phrase_tokens(token)
        role, _ = self.role_at(token.i)
        if match is not None and (role is None or match.start <= token.i < match.end):
            actor = match.actor
            self._note_entity(actor, match)
            sector = actor.sector
            if actor.kind in {"country", "demonym"} and role is None:
                sector = "CVL" if actor.kind == "demonym" and token.tag_ == "NNPS" else sector
            return Actor(
                text=doc[match.start : match.end].text, name=actor.name, country=actor.country, sector=sector
            )
        if role is None:
            return self._actor_of_group(token, through_of=False)
        entry = self.knowledge.roles[role]
        if entry.sector is None:
            return self._actor_of_group(token, through_of=True)
        country = self._country_in(phrase) or self._mission_country(token)
        if country is None:
            country = self._country_of_conjunct(token)
        if country is None:
            country = self._owner_country(token)
        if country is None:
            country = self._described_state(token)
        if country is None:
            country = self._state_form_country(token)
        if country is None:
            country = self._own_state_country(token)
        if country is None:
            country = self._country_of_form(token)
        name = None
        sector = entry.sector
        if entry.title and country is None:
            record = self._last_person_with_role(token.i, role, entry.covers)
            if record is None and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children
            ):
                # "Lourenço arrived ... The veteran leader promised": a definite title with no country
                # is the person of its sector the text just named.
                holder = self._holder_of_title(token, role, entry.covers)
                record = None if holder else self._last_person_of_sector(token.i, entry.sector)
                if holder is not None:
                    return _named_again(self._mention_text(token), holder)
            if record:
                entity = record.entity
                return _named_again(self._mention_text(token), entity)
        inferred = False
        if country is None:
            earlier = self.earlier_body(token)
            if earlier is not None and earlier.country:
                return Actor(text=self._mention_text(token), name=earlier.name, country=earlier.country,
                             sector=sector)
            country = self.seat_country(token)
        if country is None and (earlier := self.earlier_body(token, guessed=True)) is not None:
            # "the navy's 2017 order ... German-built engines ... The same day, the navy signed": the navy
            # named before, not Germany
            return Actor(text=self._mention_text(token), name=earlier.name, country=earlier.country,
                         sector=sector, inferred=True)
        if country is None:
            country = self._named_after_place(phrase)
        state_body = role.endswith("ministry") or role in DATELINE_BODIES
        if country is None and state_body and self.dateline_country and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            # "SEOUL (Yonhap) -- ... The foreign ministry summoned a Chinese diplomat": a ministry the text
            # names no state for is that of the capital the story is filed from, not the last country named.
            country, inferred = self.dateline_country, True
        if country is None and sector == "COP" and self.dateline_country:
            # "BANGUI (Radio Ndeke Luka) - ... Yaoundé did not reply. Police placed two opposition candidates
            # under house arrest": police act at home, in the state whose capital the story is filed from,
            # unless their sentence is set in another ("In neighbouring Kenya, police said").
            country, inferred = self._country_set_in(token.sent) or self.dateline_country, True
        if country is None:
            country = self._reporter_country(token) or self._context_country(token.i)
            inferred = country is not None
        if country:
            name = self.knowledge.country_names.get(country)
        return Actor(
            text=self._mention_text(token), name=name, country=country, sector=sector, inferred=inferred
        )

    def _actor_of_group(self, token: Token, through_of: bool) -> Actor | None:
        """A part takes the whole's actor: "cartel members", "members of the Sinaloa Cartel"; a noun
        that is no role takes only a named owner ("Ukrainian positions", "Mexico's exports")."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        parts = [
            c for c in token.children if c.dep_ in {"compound", "nmod", "amod", "poss"} and c.i < token.i
        ]
        # "a Vietnamese-flagged trawler": the country sits inside a hyphenated participle modifier.
        parts += [
            g for c in token.children if c.dep_ == "amod" and c.i < token.i
            for g in c.children
            if g.dep_ in {"npadvmod", "compound", "amod"} and g.i + 2 == c.i and g.nbor().text == "-"
        ]
        if through_of:
            parts += [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        else:
            parts = [p for p in parts if p.i in self.names]
        if token.lemma_.lower() in VEHICLE_NOUNS:
            # "planes from Qatar landed in Port Sudan": a vehicle from a state is that state's.
            parts += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" and g.i in self.names]
        # "a U.S.-led naval coalition", "a Saudi-led force", kept as one token: the leader's body.
        for modifier in token.children:
            owner, _, participle = modifier.text.rpartition("-")
            if modifier.dep_ == "amod" and participle.lower() in LEADER_PARTICIPLES:
                meanings = [m for m in self.knowledge.names.get(owner, []) if m.country]
                if meanings:
                    leader = _preferred(meanings)
                    return Actor(text=self._mention_text(token), name=self.knowledge.country_names.get(
                        leader.country), country=leader.country, sector=leader.sector or "GOV")
        # A state before a body of none ("a British-drafted Security Council statement" is Britain's draft),
        # and a named whole before a pronoun ("her Romanian counterpart" is Romania's, not hers). Pronouns
        # are asked last, and only when needed: theirs may point back to this very phrase.
        named = [w for part in parts if part.pos_ != "PRON" and (w := self.actor_for(part)) is not None]
        owner = next((w for w in named if w.country), None) or next((w for w in named if w.sector), None)
        if owner is None:
            owned = (self.actor_for(part) for part in parts if part.pos_ == "PRON")
            owner = next((w for w in owned if w is not None and (w.sector or w.country)), None)
        if owner is not None:
            return _named_again(self._mention_text(token), owner)
        return None

    def _mention_text(self, token: Token) -> str:
        tokens = self.phrase_tokens(token)
        start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
        while start < end and self.doc[start].dep_ == "det":
            start += 1
        return self.doc[start:end].text if start < end else token.text

    def phrase_tokens(self, token: Token) -> list[Token]:
        """The head and the words that modify it, without clauses, conjuncts or prepositions other than of."""
        out = [token]
        stack = [token]
        while stack:
            current = stack.pop()
            for child in current.children:
                if child.dep_ in CLAUSE_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ != "of":
                    continue
                if child.i < self.body_start:
                    continue  # the dateline ("NEW DELHI (Wire) —") is where the story was filed
                out.append(child)
                stack.append(child)
        return out

    def _mission_country(self, token: Token) -> str | None:
        """ "a minister from the Chinese embassy": a diplomat sent from a state's mission is that state's."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
            missions = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in MISSION_NOUNS]
            for mission in missions:
                country = self._country_in(self.phrase_tokens(mission))
                if country is not None:
                    return country
        return None

    def _owner_country(self, token: Token) -> str | None:
        """"Cuba relaxed restrictions on its citizens", "Sheinbaum said her government": a possessive
        pronoun points to the clause's subject, or for his/her to the last person of that gender."""
        for child in token.children:
            if child.dep_ != "poss" or child.pos_ != "PRON":
                continue
            if child.lower_ in PRONOUN_GENDER:
                previous = self._previous_subject(child, PRONOUN_GENDER[child.lower_])
                if previous is not None:
                    return previous.country  # "The visitor said ... His host said": the visitor's host
                record = self._last_person(child.i, PRONOUN_GENDER[child.lower_])
                if record is not None:
                    return record.entity.country
                # No person named: "Peru's president did not travel, and his foreign minister
                # refused": the earlier subject of the sentence owns the pronoun.
            for earlier in reversed(self.doc[token.sent.start : child.i]):
                # not the phrase the pronoun sits in ("none of its ministers": "its" is not "none's")
                inside = earlier.i == token.i or earlier in token.ancestors
                # nor the subject of what someone said ("said the reporter had been treated like a
                # criminal; its principal secretary asked": the ministry's secretary)
                reported = earlier.head.dep_ == "ccomp" and earlier.head.head.lemma_.lower() in SAYING_VERBS
                if earlier.dep_ in {"nsubj", "nsubjpass"} and not inside and not reported:
                    if child.lower_ in PLURAL_OWNERS and earlier.lower_ in PRONOUN_GENDER:
                        continue  # "officials said he offered to train their sailors": not his
                    owner = self.actor_for(earlier)
                    if owner is not None and owner.country:
                        return owner.country
            start = token.sent.start
            if child.lower_ in {"its", "their"} and start > 0 and not any(
                t.dep_ in {"nsubj", "nsubjpass"} for t in self.doc[start : child.i]
            ):
                # "Belgrade answered by expelling Podgorica's envoy. Its foreign minister said": a sentence
                # that opens on "its" continues from the subject of the sentence before.
                before = self.doc[start - 1].sent.root
                for subject in (c for c in before.children if c.dep_ in {"nsubj", "nsubjpass"}):
                    owner = self.actor_for(subject)
                    if owner is not None and owner.country:
                        return owner.country
        return None

    def _country_of_conjunct(self, token: Token) -> str | None:
        """ "Mexican National Guard and Navy": the Navy shares the first conjunct's country (a later
        conjunct's own words are its own: "the secretary and Kuwait's deputy foreign minister")."""
        for other in token.conjuncts:
            if other.i > token.i:
                continue
            country = self._country_in(self.phrase_tokens(other))
            if country:
                return country
        if token.dep_ == "conj":
            return self._country_in([t for t in self.phrase_tokens(token.head) if t.i < token.i])
        return None

    def _last_group(self, pronoun: Token) -> Actor | None:
        """"expelled nine Russian diplomats, accusing them": the nearest plural actor before the pronoun
        in its sentence, other than the subject it refers from."""
        group = self.group(pronoun)
        return group[0] if group else None

    def group(self, pronoun: Token) -> list[Actor]:
        """The actors of the nearest plural phrase before the pronoun in its sentence, other than the
        subject it refers from: all of them ("envoys from Sudan and Chad ... urged them": both)."""
        subject_heads = {c.i for c in pronoun.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
        for token in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if token.tag_ in {"NNS", "NNPS"} and token.i not in subject_heads and token.dep_ != "compound":
                found = [a for a in self.actors_for(token) if a.country or a.sector]
                if found:
                    return [_named_again(pronoun.text, a) for a in found]
        if pronoun.dep_ == "dobj" and pronoun.sent.start > 0:
            # "Nicaragua released 12 Salvadoran fishermen ... Its naval patrols had detained them": the
            # people acted upon in the sentence before.
            previous = self.doc[pronoun.sent.start - 1].sent
            for token in reversed(previous):
                if token.tag_ in {"NNS", "NNPS"} and token.dep_ in {"dobj", "nsubjpass"}:
                    found = [a for a in self.actors_for(token) if a.country and not a.inferred]
                    if found:
                        return [_named_again(pronoun.text, a) for a in found]
        return []

    def _office_holders(self, before: int, start: int | None = None) -> list[tuple[Token, Actor]]:
        """The single office-holders left unnamed ("Brazil's president", "the Turkish foreign minister",
        "India's navy chief") in this sentence and the one before (or from `start`), in text order, with
        their actors: the people a later pronoun can point back to when the text names nobody."""
        start = self._window_start(before) if start is None else start
        found = []
        for token in self.doc[start:before]:
            if token.tag_ != "NN" or token.dep_ == "compound" or token.i in self.person_at:
                continue
            role, _ = self.role_at(token.i)
            if role is None or not self.knowledge.roles[role].title:
                continue
            actor = self.actor_for(token)
            if actor is not None and actor.country and not actor.inferred:
                found.append((token, actor))
        return found

    def _last_office_holder(self, pronoun: Token) -> Actor | None:
        """"Brazil's president flew to Buenos Aires. There he signed": with no person named, he or she is
        the nearest office-holder of a matching gender that was a clause subject (English points back to
        subjects first: "Chile's president called Peru's leader. He offered"), else the nearest one."""
        gender = PRONOUN_GENDER[pronoun.lower_]
        holders = [
            (token, actor) for token, actor in self._office_holders(pronoun.i)
            if self.knowledge.roles[self.role_at(token.i)[0]].gender in {gender, None}
            and self._told_gender(token) in {gender, None}
        ]
        # "Nepal's foreign minister held talks with her Indian counterpart. She urged": the one the text
        # says is a woman, before one whose gender it does not tell; further back than the sentence before,
        # only one it says is of that gender ("Honduras's minister received her counterpart ... The guest
        # promised ... She thanked him").
        holders = [h for h in holders if self._told_gender(h[0]) == gender] or holders or [
            h for h in self._office_holders(pronoun.i, start=0) if self._told_gender(h[0]) == gender]
        # "she held talks with her Vanuatu counterpart": she is not Vanuatu's.
        holders = [h for h in holders if h[1].country not in self._countries_not_its(pronoun)]
        # "HANOI (VNA) - South Korea's trade minister, Yeo Han-koo, met ...": the parse may hang the subject
        # on the dateline as an apposition.
        subjects = [h for h in holders if h[0].dep_ in {"nsubj", "nsubjpass"}
                    or (h[0].dep_ == "appos" and h[0].head.i < self.body_start)]
        doer = next((c for c in pronoun.head.children if c.dep_ == "nsubj" and c.lower_ in PRONOUN_GENDER
                     and c.i < pronoun.i), None) if pronoun.dep_ in {"dobj", "dative"} else None
        if doer is not None and (taken := self._last_office_holder(doer)) is not None:
            # "He told him": the object is not the subject (that would be "himself").
            holders = [h for h in holders if h[1].country != taken.country]
            subjects = []
        elif pronoun.dep_ in {"dobj", "dative"}:
            # "Morocco's king telephoned Senegal's president to congratulate him": an object is not the
            # doer of its own clause, whose subject may be that of the verb it completes.
            verb = pronoun.head
            while verb.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head
            own = {c.i for c in verb.children if c.dep_ == "nsubj"}
            if own and any(h[0].i in own for h in holders):
                taken_countries = {h[1].country for h in holders if h[0].i in own}
                holders = [h for h in holders if h[1].country not in taken_countries]
                subjects = []
        if not (subjects or holders):
            return None
        actor = (subjects or holders)[-1][1]
        return _named_again(pronoun.text, actor)

    def _countries_not_its(self, pronoun: Token) -> set[str]:
        """Countries the pronoun's own clause says it is not of: its counterpart's ("she held talks with her
        Vanuatu counterpart") and the one its visit goes to ("during her visit to Port Vila")."""
        if pronoun.dep_ == "nsubj":
            return {
                country for word in pronoun.head.subtree
                if word.lemma_.lower() in OTHER_PARTY_WORDS
                and any(c.dep_ == "poss" and c.lower_ == OWN_FORMS.get(pronoun.lower_) for c in word.children)
                and (country := self._country_in(self.phrase_tokens(word))) is not None
            }
        if pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in VISIT_NOUNS:
            goals = [p for to in pronoun.head.children if to.dep_ == "prep" and to.lower_ == "to"
                     for p in to.children]
            named = [self.names.get(p.i) for p in goals]
            return {m.actor.country for m in named if m is not None and m.actor.country}
        return set()

    @staticmethod
    def _told_gender(holder: Token) -> str | None:
        """"Peru's foreign minister held talks with her Bolivian counterpart": a possessive pronoun in the
        clause an office-holder is the subject of tells the holder's gender."""
        subject = holder.head if holder.dep_ == "appos" else holder  # a dateline the parse made the subject
        if subject.dep_ != "nsubj":
            return None
        for token in subject.head.subtree:
            if token.i > holder.i and token.dep_ == "poss" and token.lower_ in {"his", "her"}:
                return PRONOUN_GENDER[token.lower_]
        return None

    def _parallel_object(self, pronoun: Token) -> Actor | None:
        """"detained an Algerian journalist and later deported him": an object pronoun of a coordinated
        verb is the singular object of the verb before it."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or verb.dep_ != "conj":
            return None
        for earlier in verb.head.children:
            if earlier.dep_ == "dobj" and earlier.tag_ == "NN" and earlier.pos_ == "NOUN":
                actor = self.actor_for(earlier)
                if actor is not None and actor.country:
                    return _named_again(pronoun.text, actor)
        return None

    def _last_person_acted_on(self, pronoun: Token) -> Actor | None:
        """ "Greece handed a Bulgarian smuggler to Bulgarian police, four days after border police arrested
        him", "extradited a Moldovan banker ... after he was arrested": with nobody named, he or she is the
        nearest person the text acted on (a singular object or passive subject whose own words name a
        country), in this sentence or the one before."""
        start = self._window_start(pronoun.i)
        for i in range(pronoun.i - 1, start - 1, -1):
            token = self.doc[i]
            if token.dep_ not in {"dobj", "nsubjpass"} or token.tag_ != "NN" or token.pos_ != "NOUN":
                continue
            actor = self.actor_for(token)
            if actor is not None and actor.country and not actor.inferred:
                return _named_again(pronoun.text, actor)
        return None

    def other_party(self, token: Token, country: str | None) -> list[Actor]:
        """"Chile's president telephoned Peru's new leader. He offered to resume talks": of the two people
        of different countries named last (`_last_pair`), the one not of `country`."""
        pair = self._last_pair(token)
        others = [_named_again(a.name or a.country or "", a) for a in pair if a.country != country]
        return others if country and len(pair) == 2 and len(others) == 1 else []

    def _last_pair(self, token: Token) -> list[Actor]:
        """"they agreed", "the two men agreed" after "Malaysia's prime minister held talks with Singapore's
        leader": the two people of different countries named last, in this sentence or the one before."""
        people: list[Actor] = []
        candidates = [actor for _, actor in self._office_holders(token.i)]
        named = sorted(i for i in self.person_at if i < token.i and i not in self.place_tokens
                       and i >= self._window_start(token.i))
        candidates += [self.actor_for(self.doc[i]) for i in named]
        for actor in candidates:
            if actor is not None and actor.country and all(actor.country != p.country for p in people):
                people.append(actor)
        if len(people) != 2:
            return []
        return [_named_again(token.text, a) for a in people]

    def _last_person(
        self, before: int, gender: str, besides: PersonRecord | None = None
    ) -> PersonRecord | None:
        """"she said": the person last named before, of that gender or of a gender the text does not give
        (a name the first-name list does not know is as likely a he as a she); never a name the places
        stage found to be a place, nor `besides`."""
        named = (i for i in self.person_at if i < before and i not in self.place_tokens)
        for i in sorted(named, reverse=True):
            record = self.person_at[i]
            if record.entity.gender in {gender, None} and record is not besides:
                return record
        return None

    def _main_clause_subject(self, pronoun: Token, gender: str) -> Actor | None:
        """ "Tokayev was received by Emperor Naruhito on Wednesday, a day after he and Takaichi signed
        agreements": the subject of a clause that hangs on another (or is joined to it by "and") is that
        clause's subject when it is a person of the pronoun's gender, before anyone named in between."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj":
            return None
        if clause.dep_ == "advcl":
            main = clause.head
        elif clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in {"where", "when"}
                                            for c in clause.children):
            # "toured a plant in Changwon, where he told reporters": the verb the place hangs from
            main = next((a for a in clause.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        elif clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING_VERBS:
            main = clause.head  # "he told reporters that he had invited his host": the teller
        elif clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
            main = clause.head  # "the visitor signed an agreement with X, and he invited his host"
        else:
            return None
        for subject in (c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}) if main else ():
            if subject.lower_ == pronoun.lower_ and subject.pos_ == "PRON":
                return self.actor_for(subject)
            record = self.person_at.get(subject.i)
            if record is not None and record.entity.gender in {gender, None} and record.entity.country:
                return _named_again(pronoun.text, record.entity)
            if record is None and subject.lemma_.lower() in VISITOR_WORDS:
                # "the visitor toured ..., where he told reporters"
                visitor = next((a for a in self.actors_for(subject) if a.country), None)
                if visitor is not None:
                    return _named_again(pronoun.text, visitor)
        return None

    def _previous_subject(self, pronoun: Token, gender: str) -> Actor | None:
        """ "... and the king accepted. He also asked his guest": a "he" or "she" opening a sentence goes on
        from the last clause subject of the sentence before when that subject is a title naming a person of
        that gender ("the king"), before any person named since (Christopher Luxon, whose letter the king
        accepted). A subject named by name is left to `_last_person`, as quotes resolve "she said"."""
        sentence = pronoun.sent
        opening = pronoun.dep_ == "nsubj" or (pronoun.dep_ == "poss" and pronoun.head.dep_ == "nsubj")
        if not opening or pronoun.i != sentence.start or sentence.start == 0:
            return None  # "He asked", "His host said": the sentence opens on the pronoun
        before = self.doc[sentence.start - 1].sent
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ in {"ROOT", "conj"}]
        for subject in reversed(subjects[-1:]):
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            if subject.i in self.person_at or not definite:
                continue
            role = self.role_at(subject.i)[0]
            entry = self.knowledge.roles.get(role) if role else None
            # "the king" (a title that tells its gender), "the visitor" (a party of the visit just told)
            # "The Egyptian leader thanked his counterpart": a title that does not tell a gender, told
            # by the possessive of its own clause
            told = entry is not None and entry.gender is None and self._told_gender(subject) == gender
            titled = entry is not None and entry.title and (entry.gender == gender or told)
            if not titled and subject.lemma_.lower() not in VISITOR_WORDS:
                continue
            if self._told_gender(subject) not in {gender, None}:
                continue  # "The guest promised that his government would ... She thanked him": his host
            actor = next(iter(self.actors_for(subject)), None)
            if actor is not None and actor.country and not actor.inferred:
                return _named_again(pronoun.text, actor)
        return None

    def _own_subject(self, pronoun: Token) -> PersonRecord | None:
        """ "President Joseph Aoun received him": the person named as the subject of an object pronoun's
        own verb, whom the pronoun is not (that would be "himself")."""
        if pronoun.dep_ not in {"dobj", "dative"}:
            return None
        subjects = [c for c in pronoun.head.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        subject = subjects[0]
        if subject.tag_ in {"WP", "WDT"} and pronoun.head.dep_ == "relcl":
            subject = pronoun.head.head  # "Wang Wentao, who asked him": Wang is not "him"
        return self.person_at.get(subject.i)

    def pronoun_person(self, pronoun: Token) -> PersonRecord | None:
        """The person a "he" or "she" stands for (see `_last_person`); None for other words."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        return self._last_person(pronoun.i, gender) if gender and pronoun.pos_ == "PRON" else None

    # ---- bodies named without their country ("the ministry said") ----------------------------------------
    def earlier_body(self, token: Token, guessed: bool = False) -> Actor | None:
        """"the ministry" after "the Mexican Foreign Ministry" or "the Foreign Ministry in Caracas": the
        body named before with the same head word and all of this phrase's words, with the country its
        own words gave it there (not one guessed from the context, unless `guessed`: the same body named
        again keeps the country guessed for it, rather than a new guess from the words since)."""
        if token.i in self.person_at or token.pos_ == "PRON" or self.names_country(token):
            return None
        key, lemmas = self.phrase_words(token), self.lemmas()
        for i in range(token.i - 1, self.body_start - 1, -1):
            if lemmas[i] != lemmas[token.i] or i in self.person_at:
                continue
            earlier = self.doc[i]
            if key <= self.phrase_words(earlier):
                actor = self.actor_for(earlier)
                if actor is not None and actor.country and (guessed or not actor.inferred):
                    return actor
        return None

    def body_actor(self, token: Token, actor: Actor) -> Actor:
        """A body named without its country, as a speaker ("the ministry said"): the same body named before,
        else the country the phrase puts it in, else the country the text last named (a speaker is
        usually of the country the story is about; an event actor only looks two sentences back)."""
        if token.i in self.person_at or token.pos_ == "PRON" or self.names_country(token):
            return actor
        named = self.names.get(token.i)
        if named is not None and named.actor.kind == "organisation":
            return actor  # the African Union is no country's
        previous = self.earlier_body(token)
        if previous is not None:
            return Actor(text=actor.text, name=previous.name, country=previous.country,
                         sector=actor.sector or previous.sector)
        if actor.country is None and actor.sector is not None:
            country = self.seat_country(token) or self._reporter_country(token) or self.last_country(token.i)
            if country is not None:
                return Actor(text=actor.text, name=self.knowledge.country_names.get(country), country=country,
                             sector=actor.sector, inferred=True)
        return actor

    def names_country(self, token: Token) -> bool:
        """The phrase's own words name a country ("the Mexican Foreign Ministry", "Russia's ministry")."""
        return any(
            (match := self.names.get(t.i)) is not None and match.actor.country is not None
            and match.actor.kind != "person"
            for t in token.subtree if t.dep_ not in {"relcl", "acl"} and t.i <= token.i
        )

    def _reporter_country(self, token: Token) -> str | None:
        """"Djibouti's navy did not board the freighter, the defence ministry said": a body with no country
        of its own that reports what a state's organ did is of that state."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
            return None
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if (
            verb.dep_ in {"parataxis", "ccomp", "conj"} and verb.head.i < token.i
            and not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
            and not any(c.dep_ == "cc" for c in verb.head.children)
        ):
            # "Ghana will not extradite him, the minister said": the clause before is what it reports (the
            # parse may hang "said" on it), unless "and" joins two acts.
            clauses.append(verb.head)
        for clause in clauses:
            for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                actor = self.actor_for(subject) if self.names_country(subject) else None
                if actor is not None and actor.country:
                    return actor.country
        return None

    def _country_set_in(self, sentence: Span) -> str | None:
        """The country a sentence says it is set in: "In neighbouring Kenya, police said"."""
        return next((m.actor.country for t in sentence if t.dep_ == "pobj" and t.head.lower_ == "in"
                     and (m := self.names.get(t.i)) is not None and m.actor.kind in {"country", "capital"}),
                    None)

    def seat_country(self, token: Token) -> str | None:
        """"the ministry in Caracas", "the ministry of Peru": the country the phrase puts the body in."""
        for preposition in token.children:
            if preposition.dep_ == "prep" and preposition.lower_ in {"in", "of"}:
                for place in preposition.children:
                    match = self.names.get(place.i)
                    if match is not None and match.actor.country:
                        return match.actor.country
                    if place.i in self.place_country:
                        return self.place_country[place.i]  # "a court in Almaty"
        return None

    def last_country(self, before: int) -> str | None:
        """The country the text last named (by name, capital or demonym) before token `before`."""
        mentions = [(m.start, m.actor.country) for m in self.names.values() if m.actor.country
                    and m.actor.kind in {"country", "capital", "demonym"} and m.start < before]
        return max(mentions)[1] if mentions else None

    @staticmethod
    def phrase_words(token: Token) -> frozenset[str]:
        """The content words naming a body: "the ministry" -> {ministry}, "Foreign Ministry" -> {foreign,
        ministry}."""
        words, stack = [token], [token]
        while stack:  # not into clauses or conjuncts: "the secretary and Kuwait's deputy minister"
            for child in stack.pop().children:
                if child.dep_ not in NOT_BODY_WORDS and child.i <= token.i + 6:
                    words.append(child)
                    stack.append(child)
        return frozenset(t.lemma_.lower() for t in words if t.dep_ != "det" and not t.is_stop)

    def _last_person_with_role(
        self, before: int, role: str, covers: tuple[str, ...] = ()
    ) -> PersonRecord | None:
        """The last person named with this title, or with one it covers whose country is known ("Jordan's
        King Abdullah ... the monarch")."""
        seen = sorted(((i, r) for i, r in self.person_at.items() if i < before), key=lambda x: x[0])
        for _, record in reversed(seen):
            titles = (role, *covers) if record.entity.country else (role,)
            if any(title == r or (r.endswith(" " + title) and not _lower_rank_of(r, title))
                   for r in record.roles for title in titles):
                return record
        return None

    def _last_person_of_sector(self, before: int, sector: str) -> PersonRecord | None:
        """The last person named in this sentence or the one before whose sector is `sector`."""
        start = self._window_start(before)
        for i in sorted((i for i in self.person_at if start <= i < before), reverse=True):
            record = self.person_at[i]
            if record.entity.sector == sector and record.entity.country:
                return record
        return None

    def _context_country(self, before: int, besides: str | None = None) -> str | None:
        """The country the text was last about, within this sentence and the one before it (other than
        `besides`)."""
        previous_start = self._window_start(before)
        for i, country in reversed(self.country_mentions):
            if previous_start <= i < before and country != besides:
                return country
        return None

    def other_context_actor(self, actor: Actor, before: int) -> Actor | None:
        """A doer whose country was only guessed from the context, when that guess is the country it acts
        on ("She said the government had asked Zambia": not Zambia's government): the country the text
        was about before that one."""
        country = self._context_country(before, besides=actor.country)
        if not actor.inferred or country is None:
            return None
        return Actor(text=actor.text, name=self.knowledge.country_names.get(country), country=country,
                     sector=actor.sector, inferred=True)

    def _note_entity(self, actor: NamedActor, match: NameMatch) -> None:
        kind = "country" if actor.kind in {"country", "demonym", "capital"} else actor.kind
        key = f"{self.article_id}:{kind}:{_slug(actor.name)}"
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(
                id=key,
                name=actor.name,
                kind=kind,
                country=actor.country,
                sector=actor.sector if kind != "country" else None,
                article_id=self.article_id,
            )
            self.entities[key] = entity
        span = self.doc[match.start : match.end]
        if (span.start_char, span.end_char) not in entity.mentions:
            entity.mentions.append((span.start_char, span.end_char))


def _family_name_first(record: PersonRecord, surname: str) -> bool:
    """ "Lin Chia-lung ... Lin said": a name whose hyphenated given name comes last is written family name
    first (Taiwanese and Korean romanisation, "Chia-lung", "Jae-myung"), and that first word names the
    person again; a double surname ("Władysław Kosiniak-Kamysz") keeps its capital after the hyphen."""
    words = record.entity.name.split()
    given = words[-1].split("-") if len(words) == 2 else []
    return len(given) == 2 and words[0] == surname and given[1][:1].islower()


def _named_again(text: str, who: Actor | Entity) -> Actor:
    """`who` (an actor or a person) as a later phrase names it: "he", "the visitor", "his host"."""
    return Actor(text=text, name=who.name, country=who.country, sector=who.sector)
