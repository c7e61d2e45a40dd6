"""Parsing: the spaCy pipeline, loaded once per process from its installed package."""

from dyad.parse.nlp import MODEL, Words, load_nlp, text_of, words_of

__all__ = ["MODEL", "Words", "load_nlp", "text_of", "words_of"]
