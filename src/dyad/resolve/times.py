"""The time expressions of an article, and the one that dates each event."""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from dyad.records import When
from dyad.resolve.actors import dateline_end
from dyad.resolve.dates import _number, normalise

# Clauses below a verb have their own time: "met on Friday to discuss the attack of March 2".
OWN_TIME_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl"})
STATEMENT_SKIP_DEPS = OWN_TIME_DEPS | {"xcomp"}
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
# Prepositions of the means or occasion of a verb's act: "told him by telephone", "during talks".
CHANNELS = frozenset({"by", "over", "during", "at", "after", "following"})
# Words that place an act before a later day, which is then not the act's own: "ahead of next month's summit".
LATER_REFERENCES = frozenset({"ahead"})
CARRYING_PREPOSITIONS = frozenset({"in", "by", "through", "via"})
# The verbs that date a meeting ("talks that ended on Tuesday"), and the meetings that date what they were for
CLOSING_VERBS = frozenset({"end", "conclude", "close", "finish", "begin", "start", "open"})
MEETING_NOUNS = frozenset({"summit", "talk", "meeting", "conference", "session", "visit", "negotiation"})
LETTER_NOUNS = frozenset({"letter", "note", "message", "cable", "memorandum"})  # what carries an act told
SENTENCES_BACK = 3  # how far back a sentence with no day of its own looks for the story's day
SAYING_VERBS = frozenset({"say", "tell", "report", "add", "state"})  # "..., the two sides said"
# Acts of words a speaker may do beside saying: "said the strike was a violation and demanded ..."
SPEAKERS_VERBS = frozenset({"demand", "urge", "call", "ask", "warn", "accuse", "vow", "pledge"})
# Pronouns that carry people over from the sentence before, and with them its day.
CONTINUING_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them"})


class TimeIndex:
    def __init__(self, doc: Doc, published: date | None) -> None:
        self.published = published
        self.expressions: dict[int, Span] = {}
        # "ULAANBAATAR, Jan. 8 (Montsame) - China delivered ...": the dateline's day dates the story, not
        # an act of its first sentence (the parse hangs the dateline on that sentence's verb).
        self.body_start = dateline_end(doc)
        for ent in doc.ents:
            if ent.label_ in {"DATE", "TIME"}:
                for token in ent:
                    self.expressions[token.i] = ent
        self.anchors: list[tuple[int, int, date]] = []  # token ranges said on a day the text gives (quotes)
        self.values: dict[int, When] = {}  # expression start -> value, when resolved with the whole text

    def anchor_at(self, i: int) -> date | None:
        """The day relative dates at token i count from: the speech day of a quote, else publication."""
        for start, end, day in self.anchors:
            if start <= i < end:
                return day
        return self.published

    def use_values(self, values: dict[int, When]) -> None:
        """Values resolved with the article's context (speech days, "that day"), preferred by `date_for`."""
        self.values.update(values)

    def use_expressions(self, dates: list[Span], not_dates: list[Span]) -> None:
        """Date expressions the recogniser missed, and spans it labelled that date nothing (ages,
        durations): set by the temporal stage before events are dated."""
        for span in not_dates:
            for token in span:
                self.expressions.pop(token.i, None)
        previous: Span | None = None
        for span in sorted(dates, key=lambda s: s.start):
            if previous is not None and previous.end == span.start:
                span = span.doc[previous.start : span.end]  # "on Tuesday night": a day and its part
            for token in span:
                self.expressions[token.i] = span
            previous = span

    def _expression_in(
        self, head: Token, skip: frozenset[str] = OWN_TIME_DEPS, own_only: bool = False
    ) -> Span | None:
        """The time expression of the clause headed by `head`, the one nearest to it in the parse
        first ("On Wednesday, the president praised Ouagadougou for releasing drivers on Monday");
        `own_only` leaves out the verb's arguments and what hangs on them."""
        verb = head.pos_ in {"VERB", "AUX"}
        stack = deque([head])
        while stack:
            token = stack.popleft()
            if token.i in self.expressions and token.i >= self.body_start:
                return self.expressions[token.i]
            for child in token.children:
                own_time = child.dep_ in skip and not (_noun_conjunct(child) or _small_clause(child))
                if own_time and child is not head:
                    continue
                if child.lower_ in LATER_REFERENCES:
                    continue  # "discussed trade ahead of next month's summit": a later day it prepares for
                if verb and token.dep_ in ARGUMENT_DEPS and child.dep_ in NOUN_MODIFIER_DEPS:
                    continue  # "suspend a 1968 agreement" happens now, not in 1968
                if verb and token.dep_ == "pobj" and child.dep_ in NOUN_MODIFIER_DEPS - {"poss"}:
                    continue  # "notified India under a 2005 agreement" (but "at Tuesday's summit")
                if own_only and token is head and child.dep_ in ARGUMENT_DEPS:
                    continue
                stack.append(child)
        return None

    def date_for(self, anchor: Token, tense: str, reported_by: Token | None = None,
                 statement: bool = False) -> When:
        """The event's own date: the expression in its clause, else "on or before" what is known.

        A statement ("agreed to resume talks in June") is dated by its own clause, not by the act it
        announces; a coordinated verb without a date shares its first verb's ("met on Friday and signed").
        """
        heads = [anchor]
        if anchor.pos_ not in {"VERB", "AUX"} and anchor.head.i != anchor.i:
            heads.append(anchor.head)
            if anchor.dep_ == "pobj" and anchor.head.lower_ in CHANNELS and anchor.head.head.pos_ == "VERB":
                # "asked him by telephone, three days after ...": that day; "asked Kuwait on Sunday to convert
                # its deposits, during talks in Kuwait City": the day of the act the talks are the occasion of
                verb = anchor.head.head
                heads += [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"}:
            # a past tense joined to a planned act shares the day of the verb that tells the plan first
            heads += [anchor.head.head, anchor.head] if joined_to_plan(anchor) else [anchor.head]
            if (anchor.lemma_ in SPEAKERS_VERBS and anchor.head.dep_ == "ccomp"
                    and anchor.head.head.lemma_ in SAYING_VERBS
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children)):
                # "said on Monday the strike was a violation and demanded that Ankara halt": the parse joins
                # the speaker's second act to what it said; it shares the day of the saying
                heads.append(anchor.head.head)
        if statement and anchor.dep_ == "ccomp" and anchor.head.lemma_ in SAYING_VERBS:
            heads.append(anchor.head)  # "In a call on Sunday, Erdogan told Putin that Ankara was ready to"
        if anchor.dep_ == "pcomp" and anchor.head.lower_ == "by" and anchor.head.head.pos_ in {"VERB", "AUX"}:
            heads.append(anchor.head.head)  # "responded on Friday by expelling a diplomat"
        if (
            anchor.dep_ in {"advcl", "xcomp"} and anchor.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
        ):
            heads.append(anchor.head)  # "telephoned him on Sunday to congratulate him": that Sunday
        if (anchor.dep_ == "acl" and anchor.tag_ == "VBG" and anchor.head.dep_ == "dobj"
                and anchor.head.head.pos_ in {"VERB", "AUX"}):
            heads.append(anchor.head.head)  # "adopted a resolution on Thursday condemning X": that Thursday
        participle = anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.pos_ in {"VERB", "AUX"}
        if participle and not any(c.dep_ in {"mark", "nsubj"} for c in anchor.children):
            heads.append(anchor.head)  # "said on Friday, calling the detentions an abduction": that Friday
        # "asked for the maps in a letter delivered on Oct. 2", "in a note dated Dec. 18": the day of the
        # message that carried the act
        heads += [a for o in _carrying_letters(anchor) for a in o.children
                  if a.dep_ == "acl" and a.tag_ == "VBN"]
        if anchor.pos_ in {"VERB", "AUX"}:
            # "held two days of talks that ended on Tuesday": the day the meeting held ended
            heads += [c for o in anchor.children if o.dep_ == "dobj" for n in (o, *_objects_of_nouns(o))
                      for c in n.children if c.dep_ in {"relcl", "acl"} and c.lemma_ in CLOSING_VERBS]
        if anchor.dep_ in {"relcl", "acl"} and anchor.head.lemma_.lower() in MEETING_NOUNS:
            # "signed a treaty on Saturday at their annual summit, which Sanchez hosted in Huelva", "at the
            # end of two days of talks mediated by Oman": the meeting's part in the act dated
            heads += _verbs_above(anchor.head)
        shared: list[Token] = []
        if anchor.tag_ in {"VBD", "VBN"}:
            # "had beaten three fishermen and confiscated their nets on Sunday": one day for both (not the
            # day of what the second verb plans: "thanked her and invited her to open the show in August").
            shared = [c for c in anchor.children if c.dep_ == "conj" and c.tag_ in {"VBD", "VBN"}
                      and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)]
            heads += shared
        if anchor.pos_ not in {"VERB", "AUX"}:
            # "two days of talks that ended on Thursday": what the event noun itself did, it did then.
            heads += [c for c in anchor.children if c.dep_ == "relcl" and any(
                s.dep_ == "nsubj" and s.lower_ in {"that", "which"} for s in c.children)]
        unresolved: When | None = None
        skip = STATEMENT_SKIP_DEPS if statement else OWN_TIME_DEPS
        for head in heads:
            offset = self._offset_date(head)
            if offset is not None:
                return offset
            # "strongly condemns the arrest of six fishermen on Tuesday": a present tense is not dated by
            # the day its object's act was done, which would put it in the days to come.
            expression = self._expression_in(
                head, skip | {"xcomp"} if head in shared else skip, own_only=tense == "present")
            if expression is not None:
                when = self.values.get(expression.start) or normalise(
                    expression.text, self.anchor_at(expression.start), tense)
                if tense == "past" and _later(when, self.anchor_at(expression.start)):
                    # A done act is not dated after the text that tells it ("deported 35 families
                    # through the crossing on Monday": the parser hung the day on "crossing").
                    when = normalise(expression.text, self.anchor_at(expression.start), tense)
                if when.value is not None:
                    return when
                unresolved = unresolved or when
        if statement and anchor.pos_ in {"VERB", "AUX"}:
            earlier = self._previous_statement_date(anchor)
            if earlier is not None:
                return earlier
        if tense == "past" or statement:
            earlier = self._continued_date(anchor)
            if earlier is not None:
                return earlier
        if reported_by is not None:
            expression = self._expression_in(reported_by)
            if expression is not None:
                said = normalise(expression.text, self.published, "past")
                if said.value is not None:
                    return When(said.value, "unknown-before", expression.text)
        if self.published is None:
            return unresolved or When(None, None, None)
        return When(self.published.isoformat(), "unknown-before", None)

    def _offset_date(self, clause: Token) -> When | None:
        """ "signed on Friday, three days after the president arrived": a clause placed some days after
        (or before) the clause it hangs on is dated from that clause's day."""
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        main = clause.head
        measure = clause.head.head  # "a day after hosting him": "after" may hang on "day"
        counted = [measure] if measure.dep_ == "npadvmod" else []
        above = hung_on(clause.head)
        gerund = clause.dep_ == "pcomp" and clause.head.lower_ in {"after", "before"}
        if gerund and above.pos_ in {"VERB", "AUX"}:
            # "reopened the crossing on Monday, eight days after closing it": the same, with a gerund
            marks, main = [clause.head], above
        elif clause.dep_ != "advcl" or not marks or clause.head.i == clause.i:
            return None
        units = [
            c for t in (clause, marks[0]) for c in t.children
            if c.dep_ == "npadvmod" and c.lemma_.lower() in {"day", "week", "hour", "minute"}
        ] + [c for c in counted if c.lemma_.lower() in {"day", "week", "hour", "minute"} and gerund]
        if not units:
            return None
        counts = [c for c in units[0].children if c.dep_ in {"nummod", "det"}]
        n = _number(counts[0].lower_) if counts else None
        if units[0].lemma_.lower() in {"hour", "minute"}:
            n = 0  # "hours after Niamey ordered the border closed": the same day
        anchor = self.date_for(main, "past")
        if anchor.precision != "day" and main.dep_ == "ccomp" and main.head.pos_ in {"VERB", "AUX"}:
            # "denied on Thursday that its navy had fired on the trawlers, a day after Dhaka summoned its
            # ambassador": the parse may hang the clause on what was denied, which has no day of its own.
            anchor = self.date_for(main.head, "past")
        if n is None or anchor.precision != "day" or not anchor.value:
            return None
        days = n * (7 if units[0].lemma_.lower() == "week" else 1)
        sign = -1 if marks[0].lower_ == "after" else 1
        try:
            day = date.fromisoformat(anchor.value) + timedelta(days=sign * days)
        except OverflowError:  # counted past the calendar's ends
            return None
        return When(day.isoformat(), "day", f"{units[0].text} {marks[0].text}")

    def _continued_date(self, anchor: Token) -> When | None:
        """ "Mahama arrived in Abidjan on Wednesday. During the visit, he signed an accord": a sentence
        with no time of its own goes on on the day of the sentence before. When it points back to people of
        that sentence (he, him, they, "the monarch") the day is taken as its own; otherwise it is only the
        story's day (no text of its own, so that a meeting told again there is still the one told before:
        "Jubilee House, in its own readout of the call, said the two leaders had discussed trade")."""
        sentence = anchor.sent
        root = _semicolon_clause(anchor) or sentence.root
        # "The pontiff thanked his host for restoring the basilica, where he will say Mass on Wednesday": a
        # day told in another clause of the sentence is not the sentence's own
        # ("urged his host to lift the ban before the summer holidays": the day of what is asked is not it)
        if sentence.start == 0 or self._expression_in(root, STATEMENT_SKIP_DEPS) is not None:
            return None
        # "Morocco's king telephoned Senegal's president on Sunday. The monarch invited his counterpart":
        # a subject named again by a bare description ("the monarch", "the visitor") continues too.
        described = any(
            s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ == "the" for d in s.children)
            and not any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE"} for t in s.subtree)
            for s in root.children
        )
        continuing = described or any(t.pos_ == "PRON" and t.lower_ in CONTINUING_PRONOUNS for t in sentence)
        if not continuing and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in anchor.children):
            return None  # "Colombia has also expelled two diplomats": some day before, not the story's
        when = self._date_of_sentence_before(sentence)
        if when is None:
            return None
        return when if continuing else When(when.value, when.precision, None)

    def _previous_statement_date(self, verb: Token) -> When | None:
        """ "Sheinbaum said on Friday that ... She also said she would travel": a statement whose speaker
        is a pronoun goes on from the sentence before, and is dated as that sentence's main verb."""
        while verb.dep_ == "ccomp" and self._expression_in(verb) is None:
            verb = verb.head  # "She said Hanoi demanded ...": the saying carries the date
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PRON" for c in verb.children):
            return None
        sentence = verb.sent
        if sentence.start == 0 or verb.dep_ != "ROOT" or self._expression_in(verb, STATEMENT_SKIP_DEPS):
            return None
        when = self._date_of_sentence_before(sentence)
        return when if when is not None and when.value is not None else None

    def _date_of_sentence_before(self, sentence: Span) -> When | None:
        """The day of the expression under the main verb of a sentence before `sentence`, or under the past
        act that verb reports ("exchanged prisoners on Thursday, the two sides said"); a sentence with no day
        goes on from the one before it ("... on Monday. The pontiff thanked his host. The head of state in
        turn asked"), and a background month is no story's day ("freed on Thursday. The pair had been
        sentenced in December. The ministry thanked Vilnius")."""
        doc = sentence.doc
        for _ in range(SENTENCES_BACK):
            if sentence.start == 0:
                return None
            sentence = doc[sentence.start - 1].sent
            previous = sentence.root
            expression = self._expression_in(previous)
            if expression is None and previous.lemma_.lower() in SAYING_VERBS:
                # a past act it reports, not a plan ("told his host that Naypyidaw would reopen it soon")
                reported = [c for c in previous.children if c.dep_ == "ccomp" and (c.tag_ == "VBD" or any(
                    a.dep_ in {"aux", "auxpass"} and a.lower_ in {"was", "were"} for a in c.children))]
                # or the occasion it was said after ("the press service said after Aliyev received Tokayev
                # on Wednesday")
                reported += [c for c in previous.children if c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "after" for m in c.children)]
                expression = next((e for c in reported if (e := self._expression_in(c)) is not None), None)
            if expression is None:
                continue
            when = self.values.get(expression.start) or normalise(
                expression.text, self.anchor_at(expression.start), "past")
            if when.value is not None and when.precision == "day":
                return when
        return None


def _objects_of_nouns(noun: Token) -> list[Token]:
    """The nouns under a noun's "of" ("two days of talks" -> talks)."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]


def _verbs_above(noun: Token) -> list[Token]:
    """The verb a noun hangs from through prepositions and "of" phrases, if any (at most three steps)."""
    current = noun
    for _ in range(4):
        if current.dep_ not in {"pobj", "prep"} or current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return [current]
    return []


def _carrying_letters(verb: Token) -> list[Token]:
    """The letters or notes an act was made in, under the verb's prepositions ("asked for the rights in a
    letter dated Dec. 18": the parse may hang "in a letter" on "rights")."""
    found = []
    stack = [c for c in verb.children if c.dep_ == "prep"]
    while stack:
        preposition = stack.pop()
        for noun in (o for o in preposition.children if o.dep_ == "pobj"):
            if preposition.lower_ in CARRYING_PREPOSITIONS and noun.lemma_.lower() in LETTER_NOUNS:
                found.append(noun)
            stack += [c for c in noun.children if c.dep_ == "prep"]
    return found


def _semicolon_clause(verb: Token) -> Token | None:
    """ "Paraguay and Brazil signed it without Buenos Aires; the bridge is due to open in March": the parse
    may hang the clause before a semicolon on the one after; it is a sentence of its own."""
    root = verb.sent.root
    between = verb.doc[verb.i : root.i]
    if verb.dep_ == "ccomp" and verb.head.i == root.i and any(t.text == ";" for t in between):
        return verb
    return None


def joined_to_plan(verb: Token) -> bool:
    """ "said Uzbekistan would send students from September and thanked Ankara": a past tense the parse
    joins to a planned act under a verb of saying belongs to the verb that tells the plan."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))


def _later(when: When, day: date | None) -> bool:
    """Whether a day-precise date falls after `day`."""
    return day is not None and when.precision == "day" and bool(when.value) and when.value > day.isoformat()


def hung_on(preposition: Token) -> Token:
    """The word a preposition's phrase belongs to: its head, or the verb above the measure the parse hung
    it on ("spoke on Friday, a day after hosting him": "after" hangs on "day", the phrase on "spoke")."""
    head = preposition.head
    if head.dep_ == "npadvmod" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return head


def _small_clause(token: Token) -> bool:
    """ "declared Croatia's ambassador persona non grata on Tuesday": a complement with no verb of its own has
    no time of its own either."""
    return token.dep_ in {"ccomp", "xcomp"} and token.pos_ not in {"VERB", "AUX"}


def _noun_conjunct(token: Token) -> bool:
    """A conjoined noun shares its clause's time ("sent planes and firefighters to Paraguay on Thursday");
    a conjoined verb has a time of its own."""
    return token.dep_ == "conj" and token.pos_ not in {"VERB", "AUX"}
