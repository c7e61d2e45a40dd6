"""The attribute ruler finds its matches by lookup and still annotates every token as spaCy's own would."""

from spacy.pipeline import AttributeRuler

from dyad.parse import load_nlp
from dyad.parse.attributes import IndexedMatches

ARTICLE = """KYIV, March 4 (Wire) - Russian forces shelled Ukrainian positions near Kharkiv on Tuesday,
the army said. "We're doing what we can, but it isn't enough," a commander told reporters.
There were no talks.

Officials said they'd gotten nothing from Moscow. Y'all gonna wait? I'm not, he said; let's go. It is
what it is: that was it, and those who did it gets nothin' for 'em.   Whether or not that holds, c'mon."""


def _annotations(doc):
    """What the ruler and lemmatizer set on each token, and the parse they must leave as it was."""
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc]


def test_the_pipeline_ruler_finds_matches_by_lookup():
    assert isinstance(load_nlp().get_pipe("attribute_ruler").match, IndexedMatches)


def test_lookup_finds_exactly_the_matches_of_spacys_matcher():
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(ARTICLE)
    indexed = ruler.match(doc)
    assert indexed, "the article has tokens every rule set touches"
    assert sorted(set(indexed)) == sorted(set(AttributeRuler.match(ruler, doc)))


def test_annotations_are_those_of_spacys_own_ruler():
    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        ours, theirs = nlp(ARTICLE), nlp(ARTICLE)
    ruler(ours)
    ruler.set_annotations(theirs, AttributeRuler.match(ruler, theirs))
    assert _annotations(ours) == _annotations(theirs)
    assert {"AUX", "PRON", "PART", "SCONJ"} <= {t.pos_ for t in ours}


def test_remembered_annotations_replace_the_ruler_and_lemmatizer_in_the_pipeline():
    names = load_nlp().pipe_names
    assert "remembered_annotations" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names


def test_remembered_annotations_are_those_of_spacys_own_components_cold_and_warm():
    nlp = load_nlp()
    remembered = nlp.get_pipe("remembered_annotations")
    remembered.cache.clear()
    with nlp.select_pipes(disable=["remembered_annotations", "ner"]):
        nlp.enable_pipe("attribute_ruler")
        nlp.enable_pipe("lemmatizer")
        try:
            theirs = _annotations(nlp(ARTICLE))
        finally:
            nlp.disable_pipe("attribute_ruler")
            nlp.disable_pipe("lemmatizer")
    for _ in range(2):  # first with every word new, then with every word remembered
        assert _annotations(nlp(ARTICLE)) == theirs
    assert remembered.cache, "the words were remembered"
    # the rules of several tokens ("There were", "gonna", "let's") reached their words
    assert {("were", "VERB"), ("gon", "VERB"), ("let", "VERB")} <= {
        (t.lower_, t.pos_) for t in nlp(ARTICLE)}


def test_remembered_annotations_start_again_when_the_cache_is_full(monkeypatch):
    import dyad.parse.attributes as attributes

    nlp = load_nlp()
    remembered = nlp.get_pipe("remembered_annotations")
    monkeypatch.setattr(attributes, "CACHE_LIMIT", 5)
    doc = nlp("Kenya recalled its envoy to Uganda on Monday.")
    assert len(remembered.cache) <= len(doc)
    assert [t.lemma_ for t in doc][:3] == ["Kenya", "recall", "its"]
