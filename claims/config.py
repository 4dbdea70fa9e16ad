"""The claims stage's configuration section."""

from __future__ import annotations

from dataclasses import dataclass

from aggregator.settings import InvalidSetting, setting

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
ENGINES = ("auto", "numpy", "sentence-transformers")


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

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InvalidSetting("engine", f"must be one of {', '.join(ENGINES)}, got {self.engine!r}")
        for name in ("similarity", "similarity_across_languages"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise InvalidSetting(name, f"must be between 0 and 1, got {value}")
