"""The [editors] configuration section: how the newsroom publishes."""

from __future__ import annotations

from dataclasses import dataclass

from aggregator.settings import InvalidSetting, setting


DEFAULT_SIGNATURE = "La rédaction"


@dataclass(frozen=True)
class EditorsSettings:
    """[editors]: the review workflow's rules."""

    second_editor: bool = setting(
        False,
        help="Publishing a verdict needs a second editor: the first editor's publish is a request, "
        "another editor approves it.",
    )
    signature: str = setting(
        DEFAULT_SIGNATURE,
        help="The name readers see on published verdicts and relevance decisions, for accounts with no "
        "display name of their own (recoupe user rename NAME --display-name ...).",
    )

    def __post_init__(self) -> None:
        if not self.signature.strip():
            raise InvalidSetting("signature", "must not be empty: readers see it on every published verdict")
