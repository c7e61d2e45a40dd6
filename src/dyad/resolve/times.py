"""The time expressions of an article, and the one that dates each event."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from dyad.records import When
from dyad.resolve.dates import normalise

# Clauses below a verb have their own time: "met on Friday to discuss the attack of March 2".
OWN_TIME_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl"})
STATEMENT_SKIP_DEPS = OWN_TIME_DEPS | {"xcomp"}
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})


class TimeIndex:
    def __init__(self, doc: Doc, published: date | None) -> None:
        self.published = published
        self.expressions: dict[int, Span] = {}
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
        for span in dates:
            for token in span:
                self.expressions[token.i] = span

    def _expression_in(self, head: Token, skip: frozenset[str] = OWN_TIME_DEPS) -> Span | None:
        verb = head.pos_ in {"VERB", "AUX"}
        stack = [head]
        while stack:
            token = stack.pop()
            if token.i in self.expressions:
                return self.expressions[token.i]
            for child in token.children:
                if child.dep_ in skip and child is not head:
                    continue
                if verb and token.dep_ in ARGUMENT_DEPS and child.dep_ in NOUN_MODIFIER_DEPS:
                    continue  # "suspend a 1968 agreement" happens now, not in 1968
                stack.append(child)
        return None

    def date_for(self, anchor: Token, tense: str, reported_by: Token | None = None,
                 statement: bool = False) -> When:
        """The event's own date: the expression in its clause, else "on or before" what is known.

        A statement ("agreed to resume talks in June") is dated by its own clause, not by the act it
        announces; a coordinated verb without a date shares its first verb's ("met on Friday and signed").
        """
        heads = [anchor]
        if anchor.pos_ not in {"VERB", "AUX"} and anchor.head is not anchor:
            heads.append(anchor.head)
        if anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"}:
            heads.append(anchor.head)
        unresolved: When | None = None
        skip = STATEMENT_SKIP_DEPS if statement else OWN_TIME_DEPS
        for head in heads:
            expression = self._expression_in(head, skip)
            if expression is not None:
                when = self.values.get(expression.start) or normalise(
                    expression.text, self.anchor_at(expression.start), tense)
                if when.value is not None:
                    return when
                unresolved = unresolved or when
        if reported_by is not None:
            expression = self._expression_in(reported_by)
            if expression is not None:
                said = normalise(expression.text, self.published, "past")
                if said.value is not None:
                    return When(said.value, "unknown-before", expression.text)
        if self.published is None:
            return unresolved or When(None, None, None)
        return When(self.published.isoformat(), "unknown-before", None)
