"""The claims stage's configuration section."""

from __future__ import annotations

from dataclasses import dataclass

from aggregator.settings import InvalidSetting, setting

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
ENGINES = ("auto", "numpy", "sentence-transformers")
# How a sentence's clauses are read (claims.extraction.extract.STRUCTURES; repeated here so that
# reading the configuration does not import the extractor).
STRUCTURES = ("cues", "parse", "combined")


@dataclass(frozen=True)
class ClaimsSettings:
    """[claims]: the embedding model and how close two free-text claims must be to group."""

    model: str = setting(
        DEFAULT_MODEL,
        help="sentence-transformers model: a hub name or a local folder. The default is built "
        "offline at install time from PyPI packages.",
    )
    engine: str = setting(
        "auto",
        help="What runs the model: \"numpy\" (mean-pooled BERT folders such as the default: no torch "
        "import, about a second to start), \"sentence-transformers\" (any model), or \"auto\" "
        "(numpy where it can, which gives the same vectors).",
    )
    similarity: float = setting(
        0.91,
        help="Cosine similarity above which two free-text claims are the same claim (0-1); "
        "calibrated for the default model.",
    )

    similarity_across_languages: float = setting(
        0.89,
        help="The same threshold for a French claim and an English one (translations score lower than "
        "paraphrases); calibrated for the default model.",
    )

    structure: str = setting(
        "cues",
        help="How French sentences are cut into clauses: \"cues\" (cue words; the default, which "
        "measures best), \"parse\" (spaCy's dependency parse) or \"combined\" (cue clauses, hedged also "
        "where the parse finds a conditional). The last two need the `parse` extra and make the claims "
        "stage about three times slower; English is read with cues whatever this says. "
        "docs/claims.md, \"Parse against cues\", gives the figures.",
    )

    def __post_init__(self) -> None:
        if self.structure not in STRUCTURES:
            raise InvalidSetting("structure", f"must be one of {', '.join(STRUCTURES)}, got {self.structure!r}")
        if self.structure != "cues" and not parser_installed():
            raise InvalidSetting("structure", f"{self.structure!r} needs spaCy and fr-core-news-sm: "
                                 "pip install 'recoupe[parse]', or set structure = \"cues\"")
        if self.engine not in ENGINES:
            raise InvalidSetting("engine", f"must be one of {', '.join(ENGINES)}, got {self.engine!r}")
        for name in ("similarity", "similarity_across_languages"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise InvalidSetting(name, f"must be between 0 and 1, got {value}")


def parser_installed() -> bool:
    """Whether spaCy and its French model can be imported, without importing them (that takes seconds)."""
    from importlib.util import find_spec

    return find_spec("spacy") is not None and find_spec("fr_core_news_sm") is not None
