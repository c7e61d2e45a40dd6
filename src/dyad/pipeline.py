"""The coding pipeline: a parsed article flows through small stages that each add one kind of record.

Like spaCy's components, stages are registered by name and run in order over one state object; a later
feature (quotes, places) is a new stage, not an edit of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from dyad.code.events import CodingOptions, EventCoder
from dyad.errors import InputError
from dyad.knowledge import Knowledge, load_knowledge
from dyad.parse import load_nlp, remember_text
from dyad.records import Article, CodingResult, Event, Failure, TimeExpression
from dyad.resolve.actors import ActorMatcher, DocumentActors
from dyad.resolve.links import link_quotes, link_times, locate_events
from dyad.resolve.places import DocumentPlaces, PlaceFinder
from dyad.resolve.quotes import FoundQuote, QuoteFinder
from dyad.resolve.times import TimeIndex
from dyad.resolve.timex import Found, find_expressions, resolve_dates

MAX_ARTICLE_CHARS = 1_000_000  # about 160,000 words: far beyond any news article


@dataclass(slots=True)
class ArticleState:
    article: Article
    doc: Doc
    actors: DocumentActors | None = None
    times: TimeIndex | None = None
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    temporal: list[Found] = field(default_factory=list)
    quotes: list[FoundQuote] = field(default_factory=list)
    places: DocumentPlaces | None = None
    time_expressions: list[TimeExpression] = field(default_factory=list)


Stage = Callable[["Coder", ArticleState], None]
STAGES: dict[str, Stage] = {}


def stage(name: str) -> Callable[[Stage], Stage]:
    def register(function: Stage) -> Stage:
        STAGES[name] = function
        return function

    return register


@stage("actors")
def resolve_actors(coder: Coder, state: ArticleState) -> None:
    state.actors = DocumentActors(state.doc, coder.actor_matcher, state.article.id, state.article.published)


@stage("times")
def index_times(coder: Coder, state: ArticleState) -> None:
    state.times = TimeIndex(state.doc, state.article.published)


@stage("events")
def code_events(coder: Coder, state: ArticleState) -> None:
    assert state.actors is not None and state.times is not None, "events need the actors and times stages"
    if state.places is not None:
        # What is attacked at a place is attacked in its country ("struck a depot near Sulaimaniyah").
        state.actors.note_places(state.actors.place_tokens, {
            i: p.country for i, p in state.places.at.items() if p.country and not p.dateline
        })
    state.events = coder.event_coder.code(state.doc, state.article, state.actors, state.times)


@stage("temporal")
def find_temporal(coder: Coder, state: ArticleState) -> None:
    """All time expressions; the index that dates events gains the ones the recogniser missed."""
    assert state.times is not None, "temporal needs the times stage"
    state.temporal = find_expressions(state.doc)
    dates = [f.span for f in state.temporal if f.kind != "duration"]
    starts = {span.start for span in dates}
    not_dates = [e for e in state.doc.ents if e.label_ in {"DATE", "TIME"} and e.start not in starts]
    state.times.use_expressions(dates, not_dates)


@stage("quotes")
def find_quotes(coder: Coder, state: ArticleState) -> None:
    """Quotes and their speakers (after places: a town the recogniser took for a person says nothing)."""
    assert state.actors is not None, "quotes need the actors stage"
    places = set(state.places.at) if state.places else set()
    state.quotes = coder.quote_finder.find(state.doc, state.actors, state.article.id, places)


@stage("dates")
def date_expressions(coder: Coder, state: ArticleState) -> None:
    """Every time expression's value; inside a quote said on a day the text gives, counted from that day.
    Runs before events, which take these values."""
    if state.times is not None:
        quotes = [(f.cue, f.tokens) for f in state.quotes]
        state.time_expressions = resolve_dates(state.temporal, state.times, quotes, state.article.id)


@stage("places")
def find_places(coder: Coder, state: ArticleState) -> None:
    assert state.actors is not None, "places need the actors stage"
    state.places = coder.place_finder.find(state.doc, state.actors, state.article.id)
    state.article.dateline = state.places.dateline
    # Quotes and events then resolve people knowing which names are places.
    state.actors.note_places(set(state.places.at), {
        i: p.country for i, p in state.places.at.items() if p.country and not p.dateline})


@stage("event_places")
def place_events(coder: Coder, state: ArticleState) -> None:
    """Each event's location, when its sentence says where it happened (after the events stage)."""
    if state.places is not None:
        locate_events(state.doc, state.events, state.places)


@stage("links")
def link_records(coder: Coder, state: ArticleState) -> None:
    """The events each quote and time expression holds."""
    link_times(state.time_expressions, state.events)
    link_quotes(state.doc, [(f.quote, f.cue, f.tokens) for f in state.quotes], state.events)


DEFAULT_STAGES = ("actors", "times", "temporal", "places", "quotes", "dates", "events", "event_places",
                  "links")


class Coder:
    """Loads the language pipeline and the coding knowledge once, then codes any number of articles."""

    def __init__(self, dictionaries: Iterable[str | Path] = (), options: CodingOptions | None = None,
                 builtin: bool = True, stages: Iterable[str] = DEFAULT_STAGES,
                 max_chars: int = MAX_ARTICLE_CHARS) -> None:
        self.knowledge: Knowledge = load_knowledge(tuple(Path(d) for d in dictionaries), builtin)
        self.options = options or CodingOptions()
        self.nlp = load_nlp()
        self.actor_matcher = ActorMatcher(self.nlp, self.knowledge.actors)
        self.event_coder = EventCoder(self.knowledge, self.options)
        self.quote_finder = QuoteFinder()
        self.place_finder = PlaceFinder()
        self.stages = [STAGES[name] for name in stages]
        self.max_chars = max_chars

    def check(self, article: Article) -> None:
        if not article.text.strip():
            raise InputError("the article has no text")
        if len(article.text) > self.max_chars:
            raise InputError(
                f"the article has {len(article.text):,} characters, over the limit of {self.max_chars:,}"
            )

    def _run(self, article: Article, doc: Doc) -> CodingResult:
        state = ArticleState(article=article, doc=doc)
        remember_text(doc, article.text)
        if article.published is None:
            state.warnings.append("no publication date: relative dates are left unresolved")
        for run_stage in self.stages:
            run_stage(self, state)
        actors = list(state.actors.entities.values()) if state.actors else []
        return CodingResult(article=article, events=state.events, actors=actors, warnings=state.warnings,
                            quotes=[f.quote for f in state.quotes],
                            places=state.places.places if state.places else [], times=state.time_expressions)

    def code(self, article: Article) -> CodingResult:
        self.check(article)
        return self._run(article, self.nlp(article.text))

    def code_many(
        self, items: Iterable[Article | Failure], batch_size: int = 32
    ) -> Iterator[CodingResult | Failure]:
        """Code a stream of articles in parse batches; a bad article becomes a Failure, the rest go on."""

        def checked() -> Iterator[tuple[str, Article | Failure]]:
            for item in items:
                if isinstance(item, Failure):
                    yield "", item
                    continue
                try:
                    self.check(item)
                except InputError as error:
                    yield "", Failure(origin=item.origin, reason=str(error), article_id=item.id)
                    continue
                yield item.text, item

        for doc, item in self.nlp.pipe(checked(), as_tuples=True, batch_size=batch_size):
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield self._run(item, doc)
            except Exception as error:  # one article's bug must not sink a batch: record it, go on
                yield Failure(origin=item.origin, reason=f"coding failed: {type(error).__name__}: {error}",
                              article_id=item.id)
