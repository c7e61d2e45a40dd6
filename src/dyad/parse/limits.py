"""A bound on sentence length, set before the parser runs.

Text from the web can hold "sentences" of thousands of words: lists of names joined by commas, markup
residue, words with no punctuation at all. Later stages look at pairs of actors within a sentence, so
their cost grows much faster than the sentence; a run of MAX_SENTENCE_TOKENS tokens with no sentence
punctuation is therefore closed where it stands (the parser respects a sentence start set before it).
No news sentence comes near the limit, so ordinary text parses exactly as before.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 200
ENDS = {".", "!", "?", ";", "。", "？", "！"}


@Language.component("sentence_limit")
def sentence_limit(doc: Doc) -> Doc:
    run = 0
    for token in doc:
        if token.is_sent_start or run >= MAX_SENTENCE_TOKENS:
            if token.i:
                token.is_sent_start = True
            run = 0
        run += 1
        if token.text in ENDS or "\n" in token.text:
            run = 0
    return doc
