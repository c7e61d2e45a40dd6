"""Parsing: the spaCy pipeline, loaded once per process from its installed package."""

from dyad.parse.nlp import MODEL, load_nlp, text_of

__all__ = ["MODEL", "load_nlp", "text_of"]
