"""Building the Event record of a coded act: its sentence, codes, trigger span and confidence.

The last step of coding, kept apart so that the record's layout and its confidence rule are in one place.
"""

from __future__ import annotations

from spacy.tokens import Span

from dyad.code.triggers import Match
from dyad.knowledge import Knowledge
from dyad.parse.nlp import text_of
from dyad.records import Actor, Article, Event, When


def build_event(
    knowledge: Knowledge,
    code: str,
    source: Actor,
    target: Actor | None,
    modality: str,
    when: When,
    match: Match,
    article: Article,
    reported_by: Actor | None,
) -> Event:
    """The Event record of one coded act, with a confidence lowered for each thing that was guessed."""
    cameo = knowledge.cameo.cameo(code)
    trigger = match.trigger
    sentence = _trimmed(trigger.sent)
    confidence = 0.9
    if target is None:
        confidence -= 0.1
    if trigger.pos_ not in {"VERB", "AUX"}:
        confidence -= 0.1
    if source.country is None:
        confidence -= 0.2
    if source.inferred or (target is not None and target.inferred):
        confidence -= 0.2
    notes = []
    if reported_by is not None:
        notes.append(f"reported by {reported_by.name or reported_by.text}")
    return Event(
        article_id=article.id,
        sentence=text_of(sentence.doc)[sentence.start_char:sentence.end_char],  # Span.text joins its tokens
        span=(sentence.start_char, sentence.end_char),
        source=source,
        target=target,
        cameo=cameo,
        plover=knowledge.cameo.plover_for(code),
        modality=modality,
        date=when,
        confidence=max(confidence, 0.1),
        trigger=trigger.text,
        trigger_span=(trigger.idx, trigger.idx + len(trigger.text)),
        notes=notes,
    )


def _trimmed(sentence: Span) -> Span:
    """The sentence without the paragraph break that ends it."""
    end = sentence.end
    while end > sentence.start + 1 and sentence.doc[end - 1].is_space:
        end -= 1
    return sentence.doc[sentence.start : end]
