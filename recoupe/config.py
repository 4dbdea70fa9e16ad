"""Read config.toml once, at the entry point, into one frozen Config handed down as arguments."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path

from aggregator.config import CrawlSettings, IncidentSettings, SourceSettings, StorageSettings
from aggregator.settings import ConfigError, parse_section
from claims.alerts.config import AlertSettings
from claims.config import ClaimsSettings
from claims.editing.config import EditorsSettings
from claims.queue.config import WorkerSettings
from claims.extraction.profile import PROFILES_DIR
from web.config import WebSettings

# Single tables: [name] -> section class. Every one is optional except [incident].
SECTIONS: dict[str, type] = {
    "incident": IncidentSettings,
    "crawl": CrawlSettings,
    "storage": StorageSettings,
    "claims": ClaimsSettings,
    "web": WebSettings,
    "editors": EditorsSettings,
    "alerts": AlertSettings,
    "workers": WorkerSettings,
}
# Arrays of tables: [[name]] -> section class.
LIST_SECTIONS: dict[str, type] = {"source": SourceSettings}


@dataclass(frozen=True)
class Config:
    """Everything config.toml says, checked; paths resolved against the file's folder."""

    path: Path
    incident: IncidentSettings
    sources: tuple[SourceSettings, ...]
    crawl: CrawlSettings
    storage: StorageSettings
    claims: ClaimsSettings
    web: WebSettings
    editors: EditorsSettings
    alerts: AlertSettings
    workers: WorkerSettings

    @property
    def database_path(self) -> Path:
        """The database file; a relative path is taken from the config file's folder, not the cwd."""
        return (self.path.parent / self.storage.database).resolve()

    @property
    def store(self) -> str | Path:
        """What to open (aggregator.store.connect): the PostgreSQL URL when [storage] url is set, else the file."""
        return self.storage.url or self.database_path

    @property
    def distributed(self) -> bool:
        """Whether work goes through the queue to `recoupe worker` processes (a PostgreSQL store)."""
        return bool(self.storage.url)


def load_config(path: str | Path) -> Config:
    """Parse and check a config file, raising ConfigError with the file, the key and the fix."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, "", "no such file; pass --config PATH or run from the folder holding config.toml") from None
    except OSError as exc:
        raise ConfigError(path, "", f"cannot be read: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "", f"is not valid TOML: {exc}") from None
    return config_from_dict(data, path=path)


def config_from_dict(data: dict, *, path: Path) -> Config:
    """Check an already-parsed TOML document; split out so tests can build configs from dicts."""
    known = [*SECTIONS, *LIST_SECTIONS]
    for key, value in data.items():
        if key not in known:
            raise ConfigError(path, key, f"unknown section; the sections are: {', '.join(known)}")
        if key in LIST_SECTIONS and not isinstance(value, list):
            raise ConfigError(path, key, f"write each one as a [[{key}]] table")
    if "incident" not in data:
        raise ConfigError(path, "incident", "the [incident] table is required (id, title, since)")
    sections = {
        name: parse_section(cls, data.get(name, {}), where=name, path=path) for name, cls in SECTIONS.items()
    }
    sources = tuple(
        parse_section(SourceSettings, table, where=f"source[{i}]", path=path)
        for i, table in enumerate(data.get("source", []))
    )
    if not sources:
        raise ConfigError(path, "source", "no [[source]] tables: add at least one feed or page to crawl")
    seen: set[str] = set()
    for i, source in enumerate(sources):
        if source.name in seen:
            raise ConfigError(path, f"source[{i}].name", f"{source.name!r} is used by two sources; names must be unique")
        seen.add(source.name)
    profiles = available_profiles()
    if sections["incident"].profile not in profiles:
        raise ConfigError(path, "incident.profile", f"unknown profile {sections['incident'].profile!r}; "
                          f"the profiles are: {', '.join(profiles)} (folders under claims/profiles/)")
    sections["claims"] = _resolve_model(sections["claims"], path)
    return Config(path=path.resolve(), sources=sources, **sections)


def available_profiles() -> list[str]:
    """The claim vocabularies shipped: the folders under claims/profiles/."""
    return sorted(p.name for p in PROFILES_DIR.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def _resolve_model(claims: ClaimsSettings, path: Path) -> ClaimsSettings:
    """A model given as a relative folder (./models/x) is taken from the config file's folder, not the cwd.

    Hub names (owner/name) are left alone: they are not paths, even though they hold a slash.
    """
    if claims.model.startswith(("./", "../", "~")):
        folder = (path.parent / Path(claims.model).expanduser()).resolve()
        return dataclasses.replace(claims, model=str(folder))
    return claims
