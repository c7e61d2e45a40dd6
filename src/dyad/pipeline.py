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
from dyad.parse import load_nlp
from dyad.records import Article, CodingResult, Event, Failure
from dyad.resolve.actors import ActorMatcher, DocumentActors
from dyad.resolve.times import TimeIndex

MAX_ARTICLE_CHARS = 1_000_000  # about 160,000 words: far beyond any news article


@dataclass(slots=True)
class ArticleState:
    article: Article
    doc: Doc
    actors: DocumentActors | None = None
    times: TimeIndex | None = None
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
    state.events = coder.event_coder.code(state.doc, state.article, state.actors, state.times)


DEFAULT_STAGES = ("actors", "times", "events")


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
        if article.published is None:
            state.warnings.append("no publication date: relative dates are left unresolved")
        for run_stage in self.stages:
            run_stage(self, state)
        actors = list(state.actors.entities.values()) if state.actors else []
        return CodingResult(article=article, events=state.events, actors=actors, warnings=state.warnings)

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
