"""Say a verdict's reason (the dict claims.grouping.verdicts computes) in French or English.

Every interface that shows a verdict (pages, Atom, ClaimReview, the command line) renders
the same reason data through `say`, so a French page never shows an English reason and a
ClaimReview speaks the claim's language. The phrases are data (reasons.toml). Dates are
shown in the reader's time zone: a statement published at 23:30 UTC on the 9th was
published on the 10th in Paris.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

PHRASES_FILE = Path(__file__).with_name("reasons.toml")
LANGUAGES = ("fr", "en")
TIMEZONE = "Europe/Paris"
QUOTE_CHARS = 220  # an official sentence quoted in a reason is cut at a word boundary past this


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, dict[str, str]]:
    return tomllib.loads(PHRASES_FILE.read_text(encoding="utf-8"))


def language_of(lang: str | None) -> str:
    """A language the phrases exist in: the given one, else French (the incident's first language)."""
    return lang if lang in LANGUAGES else LANGUAGES[0]


def parse(reason: str | dict | None) -> dict:
    """A stored reason (JSON text) as a dict; {} when absent or unreadable (rows written before reasons)."""
    if isinstance(reason, dict):
        return reason
    try:
        found = json.loads(reason) if reason else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def say(reason: str | dict | None, lang: str | None, *, slot: str | None = None, verdict: str | None = None,
        tz: str = TIMEZONE) -> str:
    """The reason in `lang` ("fr" or "en"); `verdict` gives a generic sentence when there is no reason data."""
    p = _phrases()[language_of(lang)]
    data = parse(reason)
    code = data.get("code")
    lang = language_of(lang)
    if code == "editor":
        return p["editor"].format(editor=data.get("editor", "?"), text=data.get("text", ""))
    if code == "official_agrees":
        official = data.get("official") or [{}]
        first = _dated(official[0], p, lang, tz) if official[0] else "?"
        others = len(set(data.get("source_ids") or [])) - 1
        if others > 0:
            first = p["more_official_one" if others == 1 else "more_official"].format(first=first, n=others)
        text = p["official_agrees"].format(sources=first)
        return text + (p["hedged"] if data.get("hedged") else "") + _earlier(data, p, lang, tz)
    if code in ("official_denies", "official_other_value"):
        said = (data.get("official") or [{}])[0]
        source = _dated(said, p, lang, tz, inline=code == "official_other_value") if said else "?"
        if code == "official_denies":
            text = p["official_denies"].format(source=source, text=_cut(" ".join(str(said.get("text", "")).split())))
        else:
            template = p.get(f"other_value_{slot}", p["other_value"])
            text = template.format(value=value_text(slot, said.get("value"), lang), source=source)
        return text + (p["hedged"] if data.get("hedged") else "") + _earlier(data, p, lang, tz)
    side, other = _sources(data.get("for", 0), p), data.get("against", 0)
    if code == "sources_disagree":
        return p["sources_disagree"].format(side=side, other=other)
    if code == "outlier":
        return p["outlier"].format(side=side, other=other)
    if code == "no_official_word" and slot == "quote":
        return p["quote_reported"].format(sources=side)  # reported words, not a fact in doubt
    if code == "no_official_word":
        return p["no_official_word"] + (p["lone_against"].format(side=side, other=other) if data.get("against")
                                        else "")
    return p.get(f"fallback_{verdict}", p["fallback_unverified"])


def verdict_label(verdict: str, lang: str | None) -> str:
    """A verdict's name in `lang` ("Contredit", "Disputed")."""
    return _phrases()[language_of(lang)].get(f"verdict_{verdict}", verdict)


def value_text(slot: str | None, value, lang: str) -> str:
    """A figure or a date as a reader of `lang` writes it: "1 400 000" / "1,400,000", "4 septembre 2025"."""
    if value is None:
        return "?"
    if slot in ("victim_count", "accounts_compromised"):
        try:
            return format_decimal(int(float(value)), locale=language_of(lang))
        except (TypeError, ValueError):
            return str(value)
    if slot == "attack_date":
        try:
            return format_date(dt.date.fromisoformat(str(value)[:10]), _phrases()[language_of(lang)]["date_format_year"],
                               locale=language_of(lang))
        except ValueError:
            return str(value)
    return str(value)


def local_date(value: str | None, tz: str = TIMEZONE) -> dt.date | None:
    """The calendar day of a stored date or date-time in the reader's time zone."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(ZoneInfo(tz))
        except OverflowError:  # at the calendar's edge the stated day is as good as any
            pass
    return parsed.date()


def _dated(said: dict, p: dict, lang: str, tz: str, *, inline: bool = False) -> str:
    """"ARS Normandie (communiqué du 8 septembre)", or inside brackets "ARS Normandie, communiqué du 8 septembre"."""
    day = local_date(said.get("published"), tz)
    name = said.get("source") or "?"
    if day is None:
        return name
    inline = inline or name.endswith(")")  # "ARS Normandie (communiqués)": no second bracket
    return p["source_inline" if inline else "source_dated"].format(
        name=name, date=format_date(day, p["date_format"], locale=lang))


def _earlier(data: dict, p: dict, lang: str, tz: str) -> str:
    earlier = data.get("earlier") or []
    if not earlier:
        return ""
    parts = []
    for said in earlier:
        day = local_date(said.get("published"), tz)
        name = said.get("source") or "?"
        parts.append(p["source_when"].format(name=name, date=format_date(day, p["date_format"], locale=lang))
                     if day else name)
    return p["earlier"].format(sources=_join(parts, p))


def _sources(n: int, p: dict) -> str:
    return (p["one_source"] if n < 2 else p["many_sources"]).format(n=n)


def _join(parts: list[str], p: dict) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + p["and"] + parts[-1]


def _cut(text: str) -> str:
    if len(text) <= QUOTE_CHARS:
        return text
    return text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
