"""Who is who in an article, resolved the way a reader does: from the document itself.

The first full mention of a person ("Mexican President Claudia Sheinbaum") says who she is; later
"Sheinbaum", "the president" and "she" point back to her. Names of countries, capitals used for their
governments, demonyms, organisations and role words come from the knowledge files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from dyad.knowledge.actors import ActorKnowledge, NamedActor
from dyad.records import Actor, Entity

PLURAL_PRONOUNS = {"they", "them"}
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


DATELINE = re.compile(r"\A\s*[A-Z][A-Z .,'’-]{1,60}(?:\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s")


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a wire dateline ("MEXICO CITY (Wire) — "), 0 when there is none."""
    match = DATELINE.match(doc.text)
    if match is None:
        return 0
    span = doc.char_span(0, match.end(), alignment_mode="expand")
    return span.end if span is not None else 0


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

    def names(self, doc: Doc) -> dict[int, NameMatch]:
        """Longest name match at each token index (every token of the match points to it)."""
        found: list[NameMatch] = []
        for match_id, start, end in self.matcher(doc):
            surface = doc.vocab.strings[match_id]
            meanings = self.knowledge.names.get(surface, [])
            if meanings:
                found.append(NameMatch(start, end, _preferred(meanings)))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        at: dict[int, NameMatch] = {}
        for match in found:
            if any(i in at for i in range(match.start, match.end)):
                continue
            for i in range(match.start, match.end):
                at[i] = match
        return at


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
        self.body_start = dateline_end(doc)
        self.place_country: dict[int, str] = {}  # filled by the places stage, when it runs
        self.names = {i: m for i, m in matcher.names(doc).items() if m.start >= self.body_start}
        self.people: list[PersonRecord] = []
        self.person_at: dict[int, PersonRecord] = {}
        self.entities: dict[str, Entity] = {}
        self._find_people()
        self.country_mentions = sorted(
            {(m.start, m.actor.country) for m in self.names.values() if m.actor.country}
        )

    # ---- people -------------------------------------------------------------------------------------
    def _find_people(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while end > start and doc[end - 1].text in {"'s", "’s", "'"}:
                end -= 1
            if end <= start:
                continue
            if any(i in self.names and self.names[i].actor.kind != "person" for i in range(start, end)):
                continue  # a country or organisation the NER took for a person
            self._person_mention(start, end)
        # Known people the NER missed, and later mentions by surname the NER labelled otherwise.
        for i, token in enumerate(doc):
            if i in self.person_at:
                continue
            match = self.names.get(i)
            if match and match.actor.kind == "person" and match.start == i:
                self._person_mention(match.start, match.end)
            elif token.pos_ == "PROPN":
                record = self._by_surname(token.text, before=i)
                if record and (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN"):
                    self._link(record, i, i + 1)

    def _by_surname(self, surname: str, before: int) -> PersonRecord | None:
        candidates = [p for p in self.people if p.surname == surname]
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
        known = self.knowledge.people.get(text) or self.knowledge.people.get(doc[end - 1].text)
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
            record.roles.add(role_name)
        self.people.append(record)
        return record

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
                tokens.extend(t for t in child.subtree if t.dep_ not in CLAUSE_DEPS or t is child)
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
            if role and length > best_length:
                entry = self.knowledge.roles[role]
                best = (role if entry.sector else None, entry.sector, entry.gender)
                best_length = length
        return best

    def role_at(self, i: int) -> tuple[str | None, int]:
        """The longest role word sequence ending (or, for "X of Y", starting) at token i."""
        doc, roles = self.doc, self.knowledge.roles
        for length in range(min(self.max_role_words, i + 1), 0, -1):
            words = " ".join(t.lemma_.lower() for t in doc[i - length + 1 : i + 1])
            if words in roles:
                for right in range(min(self.max_role_words, len(doc) - i), 1, -1):
                    longer = " ".join(t.lemma_.lower() for t in doc[i - length + 1 : i + right])
                    if longer in roles:
                        return longer, length + right - 1
                return words, length
        return None, 0

    # ---- resolving an argument --------------------------------------------------------------------------
    def actors_for(self, token: Token) -> list[Actor]:
        """The actors a phrase headed by `token` stands for: one, or several for "A, B and C"."""
        heads = [token, *(c for c in token.conjuncts if c.i > token.i)]
        if token.pos_ not in {"PROPN", "PRON"} and not self._is_named(token):
            of_objects = [
                g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
            ]
            if of_objects and self.role_at(token.i)[0] and self._is_named(of_objects[0]):
                owner_role = self.actor_for(token)
                owners = [of_objects[0], *(c for c in of_objects[0].conjuncts if c.i > of_objects[0].i)]
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
        actors: list[Actor] = []
        for head in heads:
            actor = self.actor_for(head)
            if actor is not None:
                actors.append(actor)
                actors += self._modifier_conjuncts(head, actor)
        return actors

    def _modifier_conjuncts(self, head: Token, actor: Actor) -> list[Actor]:
        """ "Thai and Cambodian troops": one more actor for each coordinated country modifier."""
        more = []
        for modifier in head.children:
            if modifier.dep_ not in {"amod", "compound", "nmod"} or modifier.i not in self.names:
                continue
            for other in modifier.conjuncts:
                match = self.names.get(other.i)
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
        if token.i in self.person_at:
            entity = self.person_at[token.i].entity
            return Actor(
                text=self._mention_text(token), name=entity.name, country=entity.country, sector=entity.sector
            )
        if token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
            return self._last_group(token)
        if token.lower_ in PRONOUN_GENDER and token.pos_ == "PRON":
            record = self._last_person(token.i, PRONOUN_GENDER[token.lower_])
            if record:
                entity = record.entity
                return Actor(text=token.text, name=entity.name, country=entity.country, sector=entity.sector)
            return None
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
        country = self._country_in(phrase)
        if country is None:
            country = self._country_of_conjunct(token)
        if country is None:
            country = self._owner_country(token)
        name = None
        sector = entry.sector
        if entry.title and country is None:
            record = self._last_person_with_role(token.i, role)
            if record:
                entity = record.entity
                return Actor(
                    text=self._mention_text(token),
                    name=entity.name,
                    country=entity.country,
                    sector=entity.sector,
                )
        inferred = False
        if country is None:
            country = self._context_country(token.i)
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
        if through_of:
            parts += [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        else:
            parts = [p for p in parts if p.i in self.names]
        for part in parts:
            whole = self.actor_for(part)
            if whole is not None and (whole.sector or whole.country):
                return Actor(
                    text=self._mention_text(token),
                    name=whole.name,
                    country=whole.country,
                    sector=whole.sector,
                )
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

    def _owner_country(self, token: Token) -> str | None:
        """"Cuba relaxed restrictions on its citizens", "Sheinbaum said her government": a possessive
        pronoun points to the clause's subject, or for his/her to the last person of that gender."""
        for child in token.children:
            if child.dep_ != "poss" or child.pos_ != "PRON":
                continue
            if child.lower_ in PRONOUN_GENDER:
                record = self._last_person(child.i, PRONOUN_GENDER[child.lower_])
                return record.entity.country if record else None
            for earlier in reversed(self.doc[token.sent.start : child.i]):
                if earlier.dep_ in {"nsubj", "nsubjpass"} and earlier.i != token.i:
                    owner = self.actor_for(earlier)
                    if owner is not None and owner.country:
                        return owner.country
        return None

    def _country_of_conjunct(self, token: Token) -> str | None:
        """ "Mexican National Guard and Navy": the Navy shares the first conjunct's country."""
        for other in token.conjuncts:
            country = self._country_in(self.phrase_tokens(other))
            if country:
                return country
        if token.dep_ == "conj":
            return self._country_in([t for t in self.phrase_tokens(token.head) if t.i < token.i])
        return None

    def _last_group(self, pronoun: Token) -> Actor | None:
        """"expelled nine Russian diplomats, accusing them": the nearest plural actor before the pronoun
        in its sentence, other than the subject it refers from."""
        subject_heads = {c.i for c in pronoun.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
        for token in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if token.tag_ in {"NNS", "NNPS"} and token.i not in subject_heads and token.dep_ != "compound":
                actor = self.actor_for(token)
                if actor is not None and (actor.country or actor.sector):
                    return Actor(
                        text=pronoun.text, name=actor.name, country=actor.country, sector=actor.sector
                    )
        return None

    def _last_person(self, before: int, gender: str) -> PersonRecord | None:
        seen = sorted(((i, r) for i, r in self.person_at.items() if i < before), key=lambda x: x[0])
        for _, record in reversed(seen):
            if record.entity.gender == gender:
                return record
        for _, record in reversed(seen):
            if record.entity.gender is None:
                return record
        return None

    def _last_person_with_role(self, before: int, role: str) -> PersonRecord | None:
        seen = sorted(((i, r) for i, r in self.person_at.items() if i < before), key=lambda x: x[0])
        for _, record in reversed(seen):
            if any(role == r or r.endswith(" " + role) for r in record.roles):
                return record
        return None

    def _context_country(self, before: int) -> str | None:
        """The country the text was last about, within this sentence and the one before it."""
        sentence = self.doc[before].sent
        previous_start = sentence.start
        if sentence.start > 0:
            previous_start = self.doc[sentence.start - 1].sent.start
        for i, country in reversed(self.country_mentions):
            if previous_start <= i < before:
                return country
        return None

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
