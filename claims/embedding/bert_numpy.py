"""Run a mean-pooled BERT sentence model (the bundled e5) in numpy, without torch or transformers.

A scheduled crawl that finds a handful of new articles used to pay about 8 s importing
sentence-transformers (torch and transformers with it) and 2 s loading the model before
embedding twenty sentences. The bundled model is a plain BERT encoder with mean pooling
and normalisation, which is a few matrix products per layer: numpy, the `tokenizers`
library and a memory-mapped safetensors file import and load in well under a second and
give the same vectors (cosine >= 0.9999 against sentence-transformers, tested).

Only folders of exactly that shape are run here (see `supports`); any other model goes
through sentence-transformers as before.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

MAX_TOKENS = 512


class UnsupportedModel(Exception):
    """The folder is not a mean-pooled BERT that this module can run."""


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def supports(folder: Path) -> bool:
    """Whether `folder` is a sentence-transformers BERT with mean pooling and normalisation."""
    try:
        config = _read_json(folder / "config.json")
        modules = [m["type"].rsplit(".", 1)[-1] for m in _read_json(folder / "modules.json")]
        pooling = _read_json(folder / "1_Pooling" / "config.json")
    except (OSError, ValueError, KeyError, TypeError):
        return False
    mean_only = pooling.get("pooling_mode_mean_tokens") and not any(
        v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens")
    return (config.get("model_type") == "bert" and config.get("hidden_act") == "gelu"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and modules == ["Transformer", "Pooling", "Normalize"] and bool(mean_only)
            and (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file())


_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Map a safetensors file's tensors as read-only arrays without reading the file.

    The format is an 8-byte little-endian header length, a JSON header giving each
    tensor's dtype, shape and byte range, then the data. Mapping it means loading costs
    nothing: of the 250,000-row vocabulary only the rows a batch uses are ever paged in.
    """
    with open(path, "rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + size)
    tensors = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        if spec["dtype"] not in _DTYPES:
            raise UnsupportedModel(f"{path}: tensor {name} has dtype {spec['dtype']}")
        begin, end = spec["data_offsets"]
        tensors[name] = data[begin:end].view(_DTYPES[spec["dtype"]]).reshape(spec["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = np.square(centred).mean(-1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x) (not the tanh approximation, which moves vectors)."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


class BertEncoder:
    """The encoder of one folder: tokenizer, weights (memory-mapped) and the forward pass."""

    def __init__(self, folder: str | Path) -> None:
        from tokenizers import Tokenizer

        folder = Path(folder)
        if not supports(folder):
            raise UnsupportedModel(f"{folder} is not a mean-pooled BERT sentence model")
        config = _read_json(folder / "config.json")
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dim = int(config["hidden_size"])
        try:
            max_len = int(_read_json(folder / "sentence_bert_config.json").get("max_seq_length", MAX_TOKENS))
        except (OSError, ValueError):
            max_len = MAX_TOKENS
        self.max_tokens = min(max_len, int(config.get("max_position_embeddings", MAX_TOKENS)))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_tokens)
        self.w = read_safetensors(folder / "model.safetensors")

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        # x is (tokens, in); weights are stored (out, in) as torch keeps them, and a 2-D
        # product with the transposed view goes to BLAS without a copy.
        return x @ self.w[f"{name}.weight"].T + self.w[f"{name}.bias"]

    def _layer(self, x: np.ndarray, bias: np.ndarray, i: int, batch: int, length: int) -> np.ndarray:
        p = f"encoder.layer.{i}"
        dim = x.shape[1]
        head = dim // self.heads

        def split(t: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(t.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3))

        q = split(self._linear(x, f"{p}.attention.self.query"))
        k = split(self._linear(x, f"{p}.attention.self.key"))
        v = split(self._linear(x, f"{p}.attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2)
        scores *= np.float32(1.0 / math.sqrt(head))
        scores += bias
        scores -= scores.max(-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, dim)
        x = _layer_norm(self._linear(context, f"{p}.attention.output.dense") + x,
                        self.w[f"{p}.attention.output.LayerNorm.weight"],
                        self.w[f"{p}.attention.output.LayerNorm.bias"], self.eps)
        hidden = _gelu(self._linear(x, f"{p}.intermediate.dense"))
        return _layer_norm(self._linear(hidden, f"{p}.output.dense") + x, self.w[f"{p}.output.LayerNorm.weight"],
                           self.w[f"{p}.output.LayerNorm.bias"], self.eps)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        x = (self.w["embeddings.word_embeddings.weight"][ids]
             + self.w["embeddings.position_embeddings.weight"][:length]
             + self.w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x.reshape(batch * length, -1), self.w["embeddings.LayerNorm.weight"],
                        self.w["embeddings.LayerNorm.bias"], self.eps)
        # Padding positions get no attention: a large negative added before the softmax.
        bias = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)
        for i in range(self.layers):
            x = self._layer(x, bias, i, batch, length)
        x = x.reshape(batch, length, -1)
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length float32 rows, one per text, in input order.

        Texts are batched by token length, as sentence-transformers does, so a batch pads
        little.
        """
        with threadpool_limits(limits=blas_threads(), user_api="blas"):
            return self._encode(texts, batch_size)

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.float32)
            for row, i in enumerate(chunk):
                token_ids = encodings[i].ids
                ids[row, :len(token_ids)] = token_ids
                mask[row, :len(token_ids)] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out


def blas_threads() -> int | None:
    """One BLAS thread when the machine has no idle core, else the library's default (None).

    OpenBLAS threads wait for work by spinning: on a busy machine (a web server, another
    crawl) two of them on two cores made twenty article leads take 14-32 s instead of 4-5 s
    with one thread (measured at load average 5-7 on 2 cores).
    """
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        return None
    return 1 if cores == 1 or load > cores - 1 else None
