"""Turn texts into normalised float32 vectors with the sentence-transformers model named by [claims] model.

Two engines run a model. sentence-transformers runs any model. For a mean-pooled BERT
folder, which the bundled default is, `claims.embedding.bert_numpy` gives the same vectors
without importing torch or transformers: a scheduled crawl that embeds a few sentences
then starts in about a second instead of about ten.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from claims.config import ENGINES
from claims.embedding import e5_build

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from claims.embedding.bert_numpy import BertEncoder

log = logging.getLogger(__name__)

DEFAULT_MODEL = e5_build.MODEL_NAME
DEFAULT_BATCH_SIZE = 64

# E5 models are trained with "query: " / "passage: " prefixes; for symmetric similarity
# (claim against claim) the model card says to put "query: " on both sides.
E5_PREFIX = "query: "
_E5_NAME = re.compile(r"(?<![a-z0-9])e5(?![a-z0-9])")


class EmbedError(Exception):
    """Embedding failed; the message says what to do."""


class ModelUnavailable(EmbedError):
    """The configured model could not be found or loaded."""


@dataclass(frozen=True)
class ModelSource:
    """Where a configured model loads from, and the name its vectors are stored under."""

    location: str  # what SentenceTransformer() is given: a folder or a hub name
    name: str  # stored with each vector, so vectors of two models never mix
    local: bool


def _looks_like_path(model: str) -> bool:
    """Tell a filesystem path from a hub name ("org/name" has one slash and no leading dot)."""
    return model.startswith((".", "/", "~")) or "\\" in model or model.count("/") > 1


def resolve_model(model: str = DEFAULT_MODEL, *, built_dir: Path = e5_build.DEFAULT_OUTPUT) -> ModelSource:
    """Decide where `model` (the config value) loads from, without loading it.

    The default name maps to the folder `claims.embedding.e5_build` writes, so it never needs the hub.
    A folder built by `claims.embedding.e5_build` keeps the name in its marker wherever it is moved,
    so its cached vectors stay valid; any other folder is named by its absolute path.
    """
    if model == DEFAULT_MODEL and e5_build.is_built(built_dir):
        folder = Path(built_dir).resolve()
        return ModelSource(str(folder), _folder_name(folder), local=True)
    path = Path(model).expanduser()
    if path.is_dir():
        folder = path.resolve()
        return ModelSource(str(folder), _folder_name(folder), local=True)
    if _looks_like_path(model):
        raise ModelUnavailable(
            f"embedding model folder {model!r} does not exist. Set [claims] model in config.toml "
            "to an existing sentence-transformers folder or to a model name."
        )
    return ModelSource(model, model, local=False)


def _folder_name(folder: Path) -> str:
    marker = e5_build.read_marker(folder)
    if marker and marker.get("model_name"):
        return str(marker["model_name"])
    return str(folder)


def _is_e5(source: ModelSource) -> bool:
    """Judge by the model's own name, never by the folders above it."""
    names = (Path(source.name).name, Path(source.location).name)
    return any(_E5_NAME.search(name.lower()) for name in names)


@functools.lru_cache(maxsize=None)
def load_numpy_encoder(source: ModelSource) -> BertEncoder:
    """Map a mean-pooled BERT folder once per process (see claims.embedding.bert_numpy)."""
    from claims.embedding.bert_numpy import BertEncoder

    try:
        encoder = BertEncoder(source.location)
    except Exception as exc:  # a truncated file or a bad header: the folder is unusable
        raise ModelUnavailable(_load_error(source, exc)) from exc
    log.info("embedding model %s mapped from %s (numpy engine)", source.name, source.location)
    return encoder


def _prompts(folder: Path) -> dict:
    try:
        return json.loads((folder / "config_sentence_transformers.json").read_text(encoding="utf-8"))["prompts"] or {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


@functools.lru_cache(maxsize=None)
def load_model(source: ModelSource) -> SentenceTransformer:
    """Load a model once per process: a claims run embeds in many calls, loading costs seconds."""
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    bar_was_on = transformers_logging.is_progress_bar_enabled()
    transformers_logging.disable_progress_bar()  # "Loading weights" would garble crawl's progress
    try:
        # Never from the network while a crawl runs: a name not in the local cache fails at once
        # instead of after a minute of hub retries (download it once, on purpose: see _load_error).
        model = SentenceTransformer(source.location, device="cpu", local_files_only=True)
    except Exception as exc:  # hub, file and format errors all mean "this model is unusable"
        raise ModelUnavailable(_load_error(source, exc)) from exc
    finally:
        if bar_was_on:
            transformers_logging.enable_progress_bar()
    log.info("embedding model %s loaded from %s", source.name, source.location)
    return model


def _load_error(source: ModelSource, exc: Exception) -> str:
    cause = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    message = f"cannot load the embedding model {source.name!r} ({type(exc).__name__}: {cause}). "
    if source.local:
        return message + "The folder is not a complete sentence-transformers model."
    if source.name == DEFAULT_MODEL:
        return message + (
            "Build the bundled copy with `python -m claims.embedding.e5_build` (part of `make install`); "
            "it needs no network."
        )
    return message + (
        "It is not in the local Hugging Face cache, and Recoupe never downloads during a run. Download "
        f"it once with `huggingface-cli download {source.name}`, or set [claims] model in config.toml to a "
        "local folder, or remove the key to use the bundled default."
    )


class Embedder:
    """Encode texts with one model, loaded on first use, in batches, as unit-length float32 rows."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        built_dir: Path = e5_build.DEFAULT_OUTPUT,
        engine: str = "auto",
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.source = resolve_model(model, built_dir=built_dir)
        self.batch_size = batch_size
        self.texts_encoded = 0  # how many texts this instance has run through the model
        self.engine = self._choose_engine(engine)

    def _choose_engine(self, wanted: str) -> str:
        from claims.embedding.bert_numpy import supports

        runs_in_numpy = self.source.local and supports(Path(self.source.location))
        if wanted == "numpy" and not runs_in_numpy:
            raise ModelUnavailable(f"the numpy engine runs only mean-pooled BERT folders; {self.source.name!r} is "
                                   "not one. Set [claims] engine = \"auto\" or \"sentence-transformers\".")
        if wanted == "auto":
            return "numpy" if runs_in_numpy else "sentence-transformers"
        return wanted

    @property
    def model_name(self) -> str:
        """The name stored with each vector."""
        return self.source.name

    @property
    def model(self) -> SentenceTransformer:
        """The model in sentence-transformers, whichever engine encodes (the benchmarks' reference)."""
        return load_model(self.source)

    def load(self) -> None:
        """Load (or map) the model now, so that a broken one fails before anything is changed."""
        if self.engine == "numpy":
            load_numpy_encoder(self.source)
        else:
            load_model(self.source)

    @property
    def dim(self) -> int:
        if self.engine == "numpy":
            return load_numpy_encoder(self.source).dim
        model = self.model
        # renamed in sentence-transformers 5; the old name warns
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    @functools.cached_property
    def prefix(self) -> str:
        """The text put before each input: E5's "query: ", nothing for other models."""
        if not _is_e5(self.source):
            return ""
        if self.engine == "numpy":
            prompts = _prompts(Path(self.source.location))
        else:
            prompts = getattr(self.model, "prompts", None) or {}
        return prompts.get("query", E5_PREFIX)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return one L2-normalised float32 row per text, in input order."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefixed = [self.prefix + text for text in texts]
        if self.engine == "numpy":
            vectors = load_numpy_encoder(self.source).encode(prefixed, batch_size=self.batch_size)
        else:
            vectors = self.model.encode(prefixed, batch_size=self.batch_size, convert_to_numpy=True,
                                        normalize_embeddings=True, show_progress_bar=False)
        self.texts_encoded += len(texts)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def __repr__(self) -> str:
        return f"Embedder({self.model_name!r}, location={self.source.location!r}, engine={self.engine!r})"
