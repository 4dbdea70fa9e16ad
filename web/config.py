"""The web front end's configuration section."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from aggregator.settings import InvalidSetting, setting


@dataclass(frozen=True)
class WebSettings:
    """[web]: how the front end is reached from outside."""

    public_url: str = setting(
        "http://127.0.0.1:5000",
        help="Address readers use to reach the front end (behind your proxy); links in exports "
        "(ClaimReview url) point there.",
    )

    def __post_init__(self) -> None:
        parts = urlsplit(self.public_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidSetting("public_url", f"must be an absolute http:// or https:// address, got {self.public_url!r}")
