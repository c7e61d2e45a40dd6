"""Parsing: the spaCy pipeline, loaded once per process from its installed package."""

from dyad.parse.nlp import MODEL, Words, load_nlp, remember_text, text_of, words_of

__all__ = ["MODEL", "Words", "load_nlp", "remember_text", "text_of", "words_of"]
