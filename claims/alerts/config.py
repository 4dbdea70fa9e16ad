"""The [alerts] configuration section: where alerts go."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from aggregator.settings import InvalidSetting, setting


@dataclass(frozen=True)
class AlertSettings:
    """[alerts]: a webhook and/or an e-mail digest; both off when empty."""

    webhook_url: str = setting(
        "",
        help="Post each alert here as JSON with a `text` field (Slack and Mattermost incoming webhooks "
        "read it); empty: no webhook.",
    )
    smtp_host: str = setting("", help="SMTP server for the e-mail digest; empty: no e-mail.")
    smtp_port: int = setting(25, help="SMTP port (25, or 587 with STARTTLS on the server's side).")
    smtp_from: str = setting("recoupe@localhost", help="Sender address of the digest.")
    smtp_to: tuple[str, ...] = setting((), help="Recipients of the digest, e.g. [\"desk@example.org\"].")
    language: str = setting("fr", help="Language the alerts are written in.", choices=("fr", "en"))
    max_attempts: int = setting(
        8, help="Tries per alert and channel before it is marked failed; waits double between tries (1 min, 2, 4...).")
    timeout: float = setting(10.0, help="Seconds to wait for the webhook or the SMTP server.")

    def __post_init__(self) -> None:
        if self.webhook_url:
            parts = urlsplit(self.webhook_url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InvalidSetting("webhook_url", f"must be an http:// or https:// address, got {self.webhook_url!r}")
        if self.smtp_host and not self.smtp_to:
            raise InvalidSetting("smtp_to", "smtp_host is set but nobody receives the digest: list addresses")
        if not 1 <= self.max_attempts <= 50:
            raise InvalidSetting("max_attempts", "must be between 1 and 50")

    @property
    def channels(self) -> tuple[str, ...]:
        """The channels configured: 'webhook', 'email'."""
        return tuple(name for name, on in (("webhook", self.webhook_url), ("email", self.smtp_host)) if on)
