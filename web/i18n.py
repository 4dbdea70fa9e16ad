"""Languages: French by default, English when the browser prefers it; display names for verdicts, slots and values."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache, partial

from flask import Flask, current_app, g, request
from flask_babel import Babel, format_datetime, get_locale, get_translations, lazy_gettext as _l
from markupsafe import Markup

from claims.grouping.reasons import local_date, parse, say, value_text

LANGUAGES = ("fr", "en")

VERDICT_LABELS = {
    "confirmed": _l("Confirmed"),
    "contradicted": _l("Contradicted"),
    "disputed": _l("Disputed"),
    "unverified": _l("Not confirmed"),
}
# A symbol beside the colour, so a verdict never depends on colour alone.
VERDICT_SYMBOLS = {"confirmed": "✓", "contradicted": "✗", "disputed": "⇄", "unverified": "?"}

SLOT_LABELS = {
    "region": _l("Region"),
    "organization": _l("Organisation targeted"),
    "data_category": _l("Data stolen"),
    "victim_count": _l("People affected"),
    "accounts_compromised": _l("Accounts compromised"),
    "attack_vector": _l("How it happened"),
    "attack_date": _l("Date of the attack"),
    "care_impact": _l("Impact on care"),
    "risk": _l("Risks for patients"),
    "quote": _l("Quotations"),
    None: _l("Other statements"),
}

VALUE_LABELS = {
    "identity": _l("identity data"),
    "contact": _l("contact details"),
    "social_security_number": _l("social security numbers"),
    "medical": _l("medical data"),
    "banking": _l("bank details"),
    "credentials": _l("passwords and credentials"),
    "impersonation": _l("impersonation of staff accounts"),
    "vulnerability": _l("a software vulnerability"),
    "phishing": _l("phishing"),
    "ransomware": _l("ransomware"),
    "insider": _l("an insider"),
    "care": _l("disruption of care"),
    "fraud": _l("fraud"),
    "identity_theft": _l("identity theft"),
}
NUMERIC_SLOTS = ("victim_count", "accounts_compromised")


def select_locale() -> str:
    return request.accept_languages.best_match(LANGUAGES, default="fr") or "fr"


def value_label(slot: str | None, value: str | None, polarity: str = "asserted", *,
                labels: dict | None = None) -> str:
    """A cluster's value as a reader says it: '1 400 000', 'social security numbers', 'no disruption of care'."""
    if value is None:
        return ""
    labels = labels or _labels(_locale())
    if slot in NUMERIC_SLOTS or slot == "attack_date":
        text = value_text(slot, value, _locale())  # "1 400 000" / "1,400,000", "4 septembre 2025"
    else:
        text = labels["VALUE_LABELS"].get(value, value)
    if polarity == "denied":
        return labels["no"] % {"value": text}
    return text


# French participle agreement for "Bretagne touchée ?": the regions whose name is masculine or plural.
_FR_AFFECTED = {"Hauts-de-France": "touchés", "Pays de la Loire": "touchés", "Grand Est": "touché",
                "Centre-Val de Loire": "touché"}


def why(cluster: dict, computed: bool = False) -> str:
    """The cluster's verdict reason in the reader's language (claims.grouping.reasons); `computed`: the
    rules' reason even under an editor's verdict."""
    reason, verdict = parse(cluster.get("reason")), cluster.get("verdict")
    if computed and reason.get("code") == "editor":
        reason, verdict = reason.get("computed") or {}, cluster.get("computed_verdict")
    return say(reason, _locale(), slot=cluster.get("slot"), verdict=verdict, tz=_timezone())


def region_question(value: str) -> str:
    """"Bretagne touchée ?" / "Bretagne affected?"."""
    if _locale() == "fr":
        return f"{value} {_FR_AFFECTED.get(value, 'touchée')}\u202f?"
    return f"{value} affected?"


def _timezone() -> str:
    return current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Europe/Paris")


def local_day(value: str | None) -> str:
    """The calendar day (ISO) of a stored date-time in the reader's time zone, for grouping a timeline by day."""
    day = local_date(value, _timezone())
    return day.isoformat() if day else (value or "")[:10]


def _locale() -> str:
    return str(get_locale() or "fr")


# Translations are fixed while the server runs, so labels are resolved once per language: a lazy
# string resolved in a template loop costs a translation lookup per cell (most of a page's time).
_RESOLVED: dict[str, dict] = {}


def _labels(locale: str) -> dict:
    found = _RESOLVED.get(locale)
    if found is None:
        found = _RESOLVED[locale] = {
            # Markup, as the lazy strings were (their __html__): translations are ours, not crawled text.
            "VERDICT_LABELS": {k: Markup(str(v)) for k, v in VERDICT_LABELS.items()},
            "SLOT_LABELS": {k: Markup(str(v)) for k, v in SLOT_LABELS.items()},
            "VALUE_LABELS": {k: str(v) for k, v in VALUE_LABELS.items()},
            "no": str(_l("no %(value)s")),
        }
    return found


def _translations():
    """This request's catalogue, found once per request instead of once per string."""
    found = g.get("_recoupe_translations")
    if found is None:
        found = g._recoupe_translations = get_translations()
    return found


def when(value: str | None, fmt: str = "medium") -> str:
    """An ISO timestamp in the reader's language; stored text as it is when it is not a timestamp."""
    if not value:
        return ""
    return _when(_locale(), value, fmt)


@lru_cache(maxsize=4096)
def _when(locale: str, value: str, fmt: str) -> str:
    """Formatted once per language, value and format: a timeline repeats the same days."""
    try:
        parsed = dt.datetime.fromisoformat(value)
        if fmt == "time":
            return format_datetime(parsed, "HH:mm")
        if parsed.tzinfo is None and len(value) <= 10:
            return format_datetime(parsed, "d MMMM y" if fmt != "short" else "d MMM")
        return format_datetime(parsed, "d MMM y, HH:mm" if fmt != "short" else "d MMM, HH:mm")
    except (ValueError, OverflowError, OSError):
        # Not a timestamp, or one at the edge of the calendar (9999-12-31T23:00-05:00 has no
        # local time): the stored text, escaped by the template, says it as well as anything.
        return value


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "fr")
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Europe/Paris")
    Babel(app, locale_selector=select_locale)
    app.jinja_env.globals.update(VERDICT_LABELS=VERDICT_LABELS, VERDICT_SYMBOLS=VERDICT_SYMBOLS,
                                 SLOT_LABELS=SLOT_LABELS, value_label=value_label, why=why,
                                 region_question=region_question)
    app.jinja_env.filters["local_day"] = local_day
    app.jinja_env.filters["when"] = when
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: _translations().ugettext(s),
        ngettext=lambda s, p, n: _translations().ungettext(s, p, n),
        pgettext=lambda c, s: _translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: _translations().unpgettext(c, s, p, n),
        newstyle=True)

    @app.context_processor
    def labels():
        lang = _locale()
        resolved = _labels(lang)
        return {"lang": lang, "VERDICT_LABELS": resolved["VERDICT_LABELS"], "SLOT_LABELS": resolved["SLOT_LABELS"],
                "value_label": partial(value_label, labels=resolved)}
