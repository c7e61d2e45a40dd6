"""Coding with imported dictionaries: PETRARCH's verb patterns, matched over spaCy's parse.

A verb of verbs.tsv opens its group's `phrase` patterns (events.tsv), most specific first: the words
before `*` are looked for before the verb (nearest first), the words after it in the verb's own phrase
(its subtree, not the verbs coordinated with it); `_` asks two parts to touch; `$`, `+`, `^` and `%` each
take the next noun phrase in that direction (source, target, skipped, a compound). With no pattern matched
the verb's own code applies. The source is the verb's subject (the agent of a passive "by" phrase; for a
pronoun, the subject of the clause above), the target the first actor of the verb's phrase (not in an
adverbial clause), unless the pattern placed them. Codes `a:b` add the event b from target to source;
with no target, a compound source ("Gondor and Osgiliath have delayed their meeting") meets itself.

With `CodingOptions(petrarch_compatible=True)` the coder follows PETRARCH's conventions: every coded verb
counts, future or negated (negations have their own patterns), with PETRARCH's surface verb forms only,
its options (`PhraseSettings`: require_dyad, new_actor_length) and its dateline check. Otherwise dyad's own
modality rules decide, as for its built-in patterns. Discards (discards.tsv) drop a sentence or a story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyad.code.modality import status_of, tense_of
from dyad.code.phrase_actors import DocUnits, Unit, split_code
from dyad.knowledge import Knowledge
from dyad.knowledge.imported import Element, PhrasePattern, VerbEntry, key_of
from dyad.records import Actor, Article, Cameo, Event, When
from dyad.resolve.actors import DocumentActors
from dyad.resolve.times import TimeIndex

SKIP_VERB_DEPS = {"aux", "auxpass", "amod", "compound", "nmod", "prep"}  # "according to" is no act
CLIMB_DEPS = {"xcomp", "acomp", "conj", "advcl", "ccomp", "pcomp", "prep", "oprd"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}


@dataclass(slots=True)
class PhraseSettings:
    """PETRARCH's options (its `<Config>` records): an event needs a target (`require_dyad`), and a noun
    phrase of up to `new_actor_length` words not in the dictionaries is an actor of its own (0: never)."""

    require_dyad: bool = True
    new_actor_length: int = 0


@dataclass(slots=True)
class Found:
    pattern: PhrasePattern | None
    code: str
    markers: dict[str, Unit] = field(default_factory=dict)
    upper_markers: set[str] = field(default_factory=set)
    used: set[int] = field(default_factory=set)


class PhraseCoder:
    """Codes the verbs of imported dictionaries; `combine` merges its events with dyad's own."""

    def __init__(self, knowledge: Knowledge, options) -> None:
        self.knowledge = knowledge
        self.imported = knowledge.imported
        self.options = options
        self.settings = PhraseSettings()
        self.notes: list[str] = []  # what the last document's coding skipped, and why
        self.imported.check()  # a bad pattern is reported when the coder is made, not per article

    @property
    def petrarch(self) -> bool:
        return bool(getattr(self.options, "petrarch_compatible", False))

    # ---- the document -------------------------------------------------------------------------------
    def combine(self, doc: Doc, article: Article, actors: DocumentActors, times: TimeIndex,
                coded: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
        """dyad's own (trigger, event) pairs with the dictionaries' added: a verb the dictionaries coded is
        not coded again by dyad's patterns; discarded sentences and stories lose all their events."""
        self.notes = []
        story = self._discard(doc, 0, len(doc), "story")
        if story:
            self.notes.append(f"story discarded: {story!r}")
            return []
        units = DocUnits(doc, self.imported, article.published, actors,
                         self.settings.new_actor_length if self.petrarch else 0)
        produced: list[tuple[int, Event]] = []
        claimed: set[int] = set()
        blocked: list[Span] = []
        for sentence in sentences(doc):
            reason = self._blocked(sentence)
            if reason:
                blocked.append(sentence)
                self.notes.append(f"{reason}: {sentence.text[:60]!r}")
                continue
            keys = _sentence_keys(units.keys, sentence)
            for verb, start, end, entries in self._verbs(sentence):
                events = self._code_verb(verb, start, end, entries, sentence, keys, units, article, times)
                if events:
                    claimed.add(verb.i)
                    produced.extend((verb.i, e) for e in events)
        kept = [(t, e) for t, e in coded
                if t not in claimed and not any(s.start <= t < s.end for s in blocked)]
        return kept + produced

    def _discard(self, doc: Doc, start: int, end: int, scope: str) -> str | None:
        index = self.imported.discards
        if not index.keys:
            return None
        keys = [key_of(t.text) for t in doc[start:end]]
        for i in range(len(keys)):
            accumulated = ""
            for j in range(i, min(len(keys), i + 10)):
                accumulated += keys[j]
                if len(accumulated) > index.longest:
                    break
                if index.keys.get(accumulated) == scope:
                    return doc[start + i:start + j + 1].text
        return None

    def _blocked(self, sentence: Span) -> str | None:
        phrase = self._discard(sentence.doc, sentence.start, sentence.end, "sentence")
        if phrase:
            return f"sentence discarded ({phrase!r})"
        if self.petrarch and _dateline(sentence):
            return "dateline"
        return None

    # ---- verbs ----------------------------------------------------------------------------------------
    def _verbs(self, sentence: Span) -> list[tuple[Token, int, int, list[VerbEntry]]]:
        doc = sentence.doc
        found = []
        for token in sentence:
            if not token.tag_.startswith("VB") or token.dep_ in SKIP_VERB_DEPS:
                continue
            entries = self.imported.verbs_by_form.get(token.lower_, [])
            if not entries and not self.petrarch:  # dyad's own mode also knows a verb by its lemma
                entries = list(dict.fromkeys(
                    VerbEntry(tuple(token.lower_ if k == e.head else w for k, w in enumerate(e.words)),
                              e.head, e.base, e.group, e.code)
                    for e in self.imported.verbs_by_base.get(token.lemma_.lower(), [])))
            best: list[tuple[int, int, VerbEntry]] = []
            for entry in entries:
                start, end = token.i - entry.head, token.i - entry.head + len(entry.words)
                if start < sentence.start or end > sentence.end:
                    continue
                if all(doc[start + k].lower_ == w for k, w in enumerate(entry.words) if k != entry.head):
                    best.append((start, end, entry))
            if best:
                longest = max(end - start for start, end, _ in best)
                chosen = [(s, e, entry) for s, e, entry in best if e - s == longest]
                found.append((token, chosen[0][0], chosen[0][1], [entry for _, _, entry in chosen]))
        return found

    def _code_verb(self, verb: Token, start: int, end: int, entries: list[VerbEntry], sentence: Span,
                   keys: set[str], units: DocUnits, article: Article, times: TimeIndex) -> list[Event]:
        groups = list(dict.fromkeys(e.group for e in entries))
        patterns = sorted((p for g in groups for p in self.imported.patterns_for(g)),
                          key=lambda p: (-p.specificity, p.order))
        lower = _lower_tokens(verb, start, end, sentence)
        matcher = _Matcher(units, sentence, start, end, lower, lemmas=not self.petrarch)
        found: Found | None = None
        for pattern in patterns:
            if not pattern.required <= keys:
                continue
            found = matcher.match(pattern)
            if found is not None:
                break
        if found is None:
            default = next((e.code for e in reversed(entries) if e.code), None)
            if default is None:
                return []
            found = Found(pattern=None, code=default)
        if found.code.strip(":") in {"", "---"}:
            return []
        modality = self._modality(verb, found)
        if modality is None:
            return []
        # Dated actor codes hold on the event's own day when the text dates it, else on the article's.
        when = times.date_for(verb, tense_of(verb, self.knowledge.modality))
        units.set_day(_day(when.value) if when.precision == "day" else article.published)
        sources, targets = self._arguments(verb, start, end, found, lower, units)
        return self._events(start, end, found, sources, targets, modality, sentence, units, article, when)

    def _modality(self, verb: Token, found: Found) -> str | None:
        if self.petrarch:
            return "asserted"  # PETRARCH codes what the patterns say: "will meet" is a meeting
        status = status_of(verb, self.knowledge.modality)
        modality = status.modality
        if modality == "negated" and any(verb.doc[i].lower_ in NEGATIONS for i in found.used):
            modality = "asserted"  # the pattern itself reads the negation ("NOT * [112]")
        if modality == "asserted" or self.options.all_modalities:
            return modality
        return None

    # ---- arguments ------------------------------------------------------------------------------------
    def _arguments(self, verb: Token, start: int, end: int, found: Found, lower: list[int],
                   units: DocUnits) -> tuple[list[tuple[str, Unit]], list[tuple[str, Unit]]]:
        subject, kind = subject_of(verb, self.knowledge.modality.frame_verbs)
        sources = self._argument_codes(subject, verb, units) if subject is not None else []
        excluded: set[int] = set()
        if subject is not None:
            excluded |= {t.i for t in subject.subtree}
        targets: list[tuple[str, Unit]] = []
        if kind == "agent":
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            excluded |= {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            targets = self._argument_codes(passive[0], verb, units, resolve=False) if passive else []
        else:
            targets = self._first_actor(verb, lower, excluded, units)
        markers = found.markers
        if "+" in markers:
            targets = units.codes(markers["+"])
            if "$" not in markers and any(m is markers["+"] for _, m in sources):
                sources = self._governing_subject(verb, units)  # "X noted that + regretted"
        if "$" in markers:
            sources = units.codes(markers["$"])
            if "+" not in markers:
                targets = [(c, u) for c, u in targets if u is not markers["$"]]
                if not targets and kind == "agent":
                    targets = self._first_actor(verb, lower, excluded | set(markers["$"].tokens), units)
        if "%" in markers:
            if "%" in found.upper_markers:
                sources = units.codes(markers["%"])
            else:
                targets = units.codes(markers["%"])
        return sources, targets

    def _argument_codes(self, token: Token, verb: Token, units: DocUnits,
                        resolve: bool = True) -> list[tuple[str, Unit]]:
        if token.dep_ == "nsubj":  # "Lions, tigers, and Gondor welcomed": two subjects for one list
            others = [c for c in token.head.children if c.dep_ == "nsubj" and c.i != token.i]
            if others:
                found = [pair for t in [token, *others]
                         for pair in self._one_argument(t, verb, units, resolve)]
                return list({code: (code, unit) for code, unit in found}.values())
        return self._one_argument(token, verb, units, resolve)

    def _one_argument(self, token: Token, verb: Token, units: DocUnits,
                      resolve: bool = True) -> list[tuple[str, Unit]]:
        unit = units.unit_of(token)
        if unit is not None and unit.pronoun:
            return self._governing_subject(verb, units) if resolve else []
        if unit is not None:
            codes = units.codes(unit)
            if codes:
                return codes
        # "Resumption of ties between Arnor and Gondor may spur...": the first actor named in the phrase.
        for t in token.subtree:
            inner = units.by_head.get(t.i)
            if inner is not None and inner is not unit and units.is_coded(inner):
                return units.codes(inner)
        return []

    def _governing_subject(self, verb: Token, units: DocUnits) -> list[tuple[str, Unit]]:
        """For "Ethiopia indicated it would act": the subject of the clause above."""
        current = verb
        for _ in range(4):
            parent = current.head
            while parent.i != current.i and parent.pos_ not in {"VERB", "AUX"}:
                current, parent = parent, parent.head
            if parent.i == current.i:
                return []
            subject, _ = subject_of(parent, self.knowledge.modality.frame_verbs)
            if subject is not None:
                unit = units.unit_of(subject)
                if unit is not None and not unit.pronoun:
                    return units.codes(unit)
            current = parent
        return []

    def _first_actor(self, verb: Token, lower: list[int], excluded: set[int],
                     units: DocUnits) -> list[tuple[str, Unit]]:
        """The first actor named in the verb's phrase, outside adverbial clauses ("restored ties with
        Gondor five years after crowds trashed its embassy": Gondor)."""
        doc = verb.doc
        adverbial = {t.i for c in verb.children if c.dep_ in {"advcl", "parataxis"} and _finite(c)
                     for t in c.subtree}
        for i in lower:
            if i in excluded or i in adverbial:
                continue
            unit = units.by_head.get(i)
            conjunct = doc[i].dep_ == "conj" and doc[i].head.i in lower  # reached with its first conjunct
            if unit is None or unit.pronoun or unit.temporal or conjunct:
                continue
            codes = units.codes(unit)
            if codes:
                return codes
        return []

    # ---- events ---------------------------------------------------------------------------------------
    def _events(self, start: int, end: int, found: Found, sources: list[tuple[str, Unit]],
                targets: list[tuple[str, Unit]], modality: str, sentence: Span, units: DocUnits,
                article: Article, when: When) -> list[Event]:
        primary, _, secondary = found.code.partition(":")
        reciprocal = bool(secondary) or "%" in found.markers
        sources = [(c, u) for c, u in sources if c != "---"]
        pairs: list[tuple[tuple[str, Unit], tuple[str, Unit] | None, str]] = []
        if not targets:
            if len(sources) >= 2 and reciprocal:
                pairs = [(a, b, primary or secondary) for a in sources for b in sources if a[0] != b[0]]
            elif not self.settings.require_dyad:
                pairs = [(a, None, primary) for a in sources if primary]
        else:
            for a in sources:
                for b in targets:
                    if a[0] == b[0]:
                        continue
                    if primary:
                        pairs.append((a, b, primary))
                    if secondary:
                        pairs.append((b, a, secondary))
        trigger_words = sentence.doc[start:end]
        trigger = trigger_words.text
        note = (f"pattern {found.pattern.group}: {found.pattern.text}" if found.pattern is not None
                else "verb's own code")
        events, seen = [], set()
        for source, target, code in pairs:
            key = (source[0], target[0] if target else None, code)
            if key in seen or not code:
                continue
            seen.add(key)
            events.append(Event(
                article_id=article.id, sentence=sentence.text, span=(sentence.start_char, sentence.end_char),
                source=self._actor(source, units), target=self._actor(target, units) if target else None,
                cameo=self._cameo(code), plover=self.knowledge.cameo.plover_for(code), modality=modality,
                date=when, confidence=0.8 if target else 0.6, trigger=trigger,
                trigger_span=(trigger_words.start_char, trigger_words.end_char),
                notes=[f"imported dictionary: {note}"],
            ))
        return events

    @staticmethod
    def _actor(pair: tuple[str, Unit], units: DocUnits) -> Actor:
        """The record's actor: the whole code, and the country and sector dyad's fields hold ("MSF Arnor",
        NGOARN: country ARN, sector NGO)."""
        code, unit = pair
        country, sector = split_code(code)
        for actor_code in unit.actor_codes:
            at = code.find(actor_code)
            if at > 0 and at % 3 == 0:  # prefix agents before the actor's own code
                own_country, own_sector = split_code(actor_code)
                rest = code[at + len(actor_code):]
                country = own_country or country
                sector = (own_sector or (split_code("---" + rest)[1] if rest else None)
                          or split_code(code[:at] + "---")[1])
        name = unit.actor.name if unit.actor is not None else None
        return Actor(text=units.text(unit), name=name, country=country, sector=sector, full_code=code)

    def _cameo(self, code: str) -> Cameo:
        """The facts of a code; codes CAMEO lacks (PETRARCH's test dictionaries use WEIS codes) are kept."""
        table = self.knowledge.cameo
        if code in table or code[:2] in table:
            return table.cameo(code)
        return Cameo(code=code, name=f"code {code} of an imported dictionary (not in CAMEO)", root=code[:2],
                     goldstein=0.0, quad_class=0)


# ---- helpers ----------------------------------------------------------------------------------------------

def sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, a verbless fragment joined to the sentence before it ("... to break into an
    anti-" / "Gondor parade on Saturday.") or, at the start, after it ("CEBU CITY: --" / "Cordova ...")."""
    out: list[Span] = []
    pending: int | None = None
    for sent in doc.sents:
        verbless = not any(t.pos_ in {"VERB", "AUX"} for t in sent)
        if verbless and out:
            out[-1] = doc[out[-1].start:sent.end]
        elif verbless and pending is None:
            pending = sent.start
        else:
            out.append(doc[pending if pending is not None else sent.start:sent.end])
            pending = None
    if pending is not None:
        out.append(doc[pending:len(doc)])
    return out


def subject_of(verb: Token, frame_verbs: dict[str, str]) -> tuple[Token | None, str]:
    """The doer of `verb` and how it was found (agent, subject, passive, head), climbing controlled,
    coordinated and complement verbs ("Arnor is about to restore": Arnor)."""
    current = verb
    for _ in range(8):
        agents = [g for c in current.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0], "agent" if current is verb else "subject"
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "csubj"}]
        # A subject the parser hung on the auxiliary ("The Philippines was ... criticized").
        subjects += [g for c in current.children if c.dep_ in {"aux", "auxpass"} for g in c.children
                     if g.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head, "head"
            return subject, "subject"
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive[0], "passive"
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head, "head"
        # A name the parser took for a modifier of the verb ("Ethiopia act on a resolution").
        named = [c for c in current.children if c.dep_ in {"compound", "npadvmod"} and c.i < current.i
                 and c.pos_ == "PROPN"]
        if named:
            return named[0], "subject"
        if current.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in current.children):
            return None, ""  # "to be allowed to leave": whoever allows is not said
        if current.dep_ == "xcomp":
            objects = [c for c in current.head.children if c.dep_ in {"dobj", "dative"}]
            if objects and frame_verbs.get(current.head.lemma_) == "appeal":
                return objects[0], "subject"
        if current.dep_ in CLIMB_DEPS and current.head.i != current.i:
            if current.dep_ == "ccomp" and current.head.pos_ in {"VERB", "AUX"} and current is not verb:
                return None, ""  # the clause of "said" has its own subject
            current = current.head
            continue
        break
    return None, ""


def _lower_tokens(verb: Token, start: int, end: int, sentence: Span) -> list[int]:
    """The verb's own phrase after it: its subtree without the verbs coordinated with it, and a verbless
    fragment spaCy cut off after it."""
    cut = {t.i for c in verb.children if c.dep_ in {"conj", "cc", "preconj"} for t in c.subtree}
    tokens = {t.i for t in verb.subtree if t.i >= end and t.i not in cut}
    right = max(tokens | {verb.i})
    own = verb.sent
    if sentence.end > own.end and right >= own.end - 2:
        tokens |= set(range(own.end, sentence.end))
    return sorted(tokens)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _finite(clause: Token) -> bool:
    """A clause with its own subject or conjunction ("after crowds trashed its embassy"), not a bare
    infinitive of purpose ("signed an accord to supply Gondor")."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "mark", "expl"} for c in clause.children)


def _sentence_keys(keys: list[str], sentence: Span) -> set[str]:
    """Every token's letters, and those of two and three tokens together ("ca" "n't": "can't")."""
    out: set[str] = set()
    for i in range(sentence.start, sentence.end):
        out.add(keys[i])
        if i + 1 < sentence.end:
            out.add(keys[i] + keys[i + 1])
            if i + 2 < sentence.end:
                out.add(keys[i] + keys[i + 1] + keys[i + 2])
    return out


def _dateline(sentence: Span) -> bool:
    """PETRARCH refuses a sentence that starts with a dateline ("CEBU CITY: -- ...")."""
    words = 0
    for token in list(sentence)[:8]:
        if token.text in {":", "--", "—", "-"} or token.text.startswith("--"):
            return words > 0
        if (token.is_alpha and token.text.isupper() and len(token.text) > 1) or token.text in {"(", ")"}:
            words += token.is_alpha
            continue
        return False
    return False


class _Matcher:
    """Matches one verb's patterns: upper elements leftwards from the verb, lower ones rightwards."""

    def __init__(self, units: DocUnits, sentence: Span, start: int, end: int, lower: list[int],
                 lemmas: bool) -> None:
        self.units = units
        self.doc = sentence.doc
        self.keys = units.keys
        self.first = sentence.start
        self.last = sentence.end
        self.start, self.end = start, end
        self.lower = lower
        self.lower_set = set(lower)
        self.lemmas = lemmas
        self.lower_units = sorted((u for u in units.units if u.head.i in self.lower_set and not u.temporal),
                                  key=lambda u: u.head.i)
        self.upper_units = [u for u in units.units if self.first <= u.start and u.head.i < start
                            and not u.temporal]

    def match(self, pattern: PhrasePattern) -> Found | None:
        found = Found(pattern=pattern, code=pattern.code)
        if not self._lower(pattern.lower, 0, self.end, found, glued_start=self.end):
            return None
        if not self._upper(pattern.upper, 0, self.start - 1, found):
            return None
        found.upper_markers = {e.marker for e in pattern.upper if e.kind == "marker"}
        return found

    # words
    def _ends(self, i: int, element: Element) -> list[int]:
        """Where a word element that starts at token i ends (several tokens may spell one word)."""
        out, accumulated = [], ""
        for j in range(i, min(self.last, i + 4)):
            accumulated += self.keys[j]
            if accumulated in element.keys:
                out.append(j + 1)
        if self.lemmas and not out and self.doc[i].lemma_.lower() in element.keys:
            out.append(i + 1)
        return out

    def _starts(self, j: int, element: Element) -> list[int]:
        out, accumulated = [], ""
        for i in range(j, max(self.first - 1, j - 4), -1):
            accumulated = self.keys[i] + accumulated
            if accumulated in element.keys:
                out.append(i)
        if self.lemmas and not out and self.doc[j].lemma_.lower() in element.keys:
            out.append(j)
        return out

    def _lower(self, elements: tuple[Element, ...], k: int, pos: int, found: Found, glued_start: int) -> bool:
        if k == len(elements):
            return True
        element = elements[k]
        if element.kind == "marker":  # the next noun phrase: the next head, its modifiers before it
            unit = next((u for u in self.lower_units if u.head.i >= pos
                         and (element.marker == "^" or self.units.is_coded(u))), None)
            if unit is None or (element.glued and not unit.start <= pos <= unit.head.i):
                return False
            if element.marker != "^":
                found.markers[element.marker] = unit
            after = max(unit.head.i + 1, unit.end)
            if self._lower(elements, k + 1, after, found, after):
                return True
            found.markers.pop(element.marker, None)
            return False
        candidates = [pos] if element.glued else [i for i in self.lower if i >= pos]
        for i in candidates:
            if i not in self.lower_set and not (element.glued and i < self.last):
                continue
            for end in self._ends(i, element):
                if self._lower(elements, k + 1, end, found, end):
                    found.used.update(range(i, end))
                    return True
        return False

    def _upper(self, elements: tuple[Element, ...], k: int, pos: int, found: Found) -> bool:
        if k == len(elements):
            return True
        element = elements[k]
        if element.kind == "marker":
            before = [u for u in self.upper_units if u.head.i <= pos
                      and (element.marker == "^" or self.units.is_coded(u))]
            if not before:
                return False
            unit = max(before, key=lambda u: u.head.i)
            if element.glued and unit.head.i != pos and unit.end - 1 != pos:
                return False
            if element.marker != "^":
                found.markers[element.marker] = unit
            if self._upper(elements, k + 1, unit.start - 1, found):
                return True
            found.markers.pop(element.marker, None)
            return False
        candidates = [pos] if element.glued else range(pos, self.first - 1, -1)
        for j in candidates:
            if j < self.first:
                continue
            for begin in self._starts(j, element):
                if self._upper(elements, k + 1, begin - 1, found):
                    found.used.update(range(begin, j + 1))
                    return True
        return False
