"""Declare configuration sections as frozen dataclasses and check TOML tables against them.

Every key is declared exactly once, as a dataclass field whose metadata carries its help
text; the loader, the documentation test and the error messages all read the same
declaration, so they cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from pathlib import Path
from typing import Any


class InvalidSetting(ValueError):
    """Raised by a section's own checks (__post_init__) for a value of the right type but wrong."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")


class ConfigError(Exception):
    """A configuration file that cannot be used, with the file, the key and the fix."""

    def __init__(self, path: Path | str, key: str, problem: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        where = f"{self.path}: {key}: " if key else f"{self.path}: "
        super().__init__(where + problem)


def setting(default: Any = dataclasses.MISSING, *, help: str, choices: tuple = ()) -> Any:
    """Declare one key: its default (none means required), its help and allowed values."""
    meta = {"help": help, "choices": choices}
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple for a sequence default: settings are frozen")
    return dataclasses.field(default=default, metadata=meta)


def declared(cls: type) -> list[tuple[str, Any, Any, str, tuple]]:
    """The keys of a section as (name, type, default, help, choices); default is MISSING if required."""
    hints = typing.get_type_hints(cls)
    return [
        (f.name, hints[f.name], f.default, f.metadata["help"], f.metadata["choices"])
        for f in dataclasses.fields(cls)
    ]


def parse_section(cls: type, table: Any, *, where: str, path: Path | str) -> Any:
    """Build an instance of section `cls` from a TOML table, or raise ConfigError naming the key."""
    if not isinstance(table, dict):
        raise ConfigError(path, where, f"expected a table, got {_describe(table)}")
    keys = declared(cls)
    names = [name for name, *_ in keys]
    for key in table:
        if key not in names:
            raise ConfigError(
                path, f"{where}.{key}", f"unknown key; the keys of [{where}] are: {', '.join(names)}"
            )
    values = {}
    for name, kind, default, _help, choices in keys:
        if name not in table:
            if default is dataclasses.MISSING:
                raise ConfigError(path, f"{where}.{name}", "is required but missing")
            continue
        value = _convert(kind, table[name], key=f"{where}.{name}", path=path)
        if choices and value not in choices:
            allowed = ", ".join(repr(c) for c in choices)
            raise ConfigError(path, f"{where}.{name}", f"must be one of {allowed}, got {value!r}")
        values[name] = value
    try:
        return cls(**values)
    except InvalidSetting as exc:
        raise ConfigError(path, f"{where}.{exc.key}", exc.problem) from None


def _convert(kind: Any, value: Any, *, key: str, path: Path | str) -> Any:
    """Check `value` against the declared type; TOML already parsed it, so only check and widen."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        if value is None:
            return None
        kind = options[0]
        origin = typing.get_origin(kind)
    if origin is tuple:
        (item,) = {a for a in typing.get_args(kind) if a is not Ellipsis}
        if not isinstance(value, list):
            raise ConfigError(path, key, f"expected a list, got {_describe(value)}")
        return tuple(_convert(item, v, key=key, path=path) for v in value)
    if kind is bool:
        if not isinstance(value, bool):
            raise ConfigError(path, key, f"expected true or false, got {_describe(value)}")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(path, key, f"expected a number, got {_describe(value)}")
        return float(value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(path, key, f"expected a whole number, got {_describe(value)}")
        return value
    if kind is dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ConfigError(path, key, f"expected a date like 2025-09-01, got {_describe(value)}")
    if kind is str:
        if not isinstance(value, str):
            raise ConfigError(path, key, f"expected a string in quotes, got {_describe(value)}")
        return value
    raise TypeError(f"unsupported setting type {kind!r} for {key}")


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"
