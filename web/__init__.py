"""The web front end: create_app builds the Flask application over one Recoupe database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask, render_template

from aggregator.config import CrawlSettings
from aggregator.dialect import is_postgres_url
from web.config import WebSettings


def create_app(config: Any = None, test_config: dict | None = None) -> Flask:
    """Build the app from a loaded recoupe Config (database, incident, crawl settings) and/or a dict.

    The schema is brought up to date and the session secret read here, once, with a write
    connection; requests then read through read-only connections.
    """
    from web import api, auth, cache, db, editor, feed, i18n, params, reader, security
    from web.users import secret_key

    app = Flask(__name__)
    app.config.update(security.cookie_defaults())
    app.config.update(INCIDENT_ID="incident", INCIDENT_TITLE="Recoupe", INCIDENT_DESCRIPTION="",
                      CRAWL_SETTINGS=CrawlSettings(), LOGIN_DELAY_BASE=1.0, INCIDENT=None, CLAIMS_SETTINGS=None, PROCESS_ADDED=None,
                      PUBLIC_URL=WebSettings().public_url, MAX_CONTENT_LENGTH=1_000_000)
    if config is not None:
        # INCIDENT and CLAIMS_SETTINGS let pages added by editors be analysed at once (claims.jobs).
        app.config.update(DATABASE=str(config.store), INCIDENT_ID=config.incident.id,
                          INCIDENT_TITLE=config.incident.title, INCIDENT_DESCRIPTION=config.incident.description,
                          CRAWL_SETTINGS=config.crawl, INCIDENT=config.incident, CLAIMS_SETTINGS=config.claims,
                          PROCESS_ADDED=_pipeline_runner(config))
        app.config.update(EDITORS=config.editors, ALERTS=config.alerts, INCIDENT_PROFILE=config.incident.profile,
                          PUBLIC_URL=config.web.public_url)
    if test_config:
        app.config.update(test_config)
    if "DATABASE" not in app.config:
        raise ValueError("create_app needs a Config or test_config with DATABASE")
    if not is_postgres_url(app.config["DATABASE"]):
        Path(app.config["DATABASE"]).parent.mkdir(parents=True, exist_ok=True)
    db.prepare(app.config["DATABASE"])
    if not app.config.get("SECRET_KEY"):
        with app.app_context(), db.writer() as wdb:
            app.config["SECRET_KEY"] = secret_key(wdb)

    app.extensions["recoupe_throttle"] = auth.Throttle(base=app.config["LOGIN_DELAY_BASE"])
    db.init_app(app)
    cache.init_app(app)  # first: its after_request then runs last, over the finished response
    security.init_app(app)
    i18n.init_app(app)
    app.url_map.converters["int"] = params.RowIdConverter  # before any route: ids past 2**63 are 404
    for module in (reader, feed, api, auth, editor):
        app.register_blueprint(module.bp)
    app.extensions["recoupe_worker"] = _worker(app)

    @app.context_processor
    def incident():
        return {"incident_title": app.config["INCIDENT_TITLE"], "incident_id": app.config["INCIDENT_ID"]}

    for code in (400, 403, 404, 405, 413, 429):
        app.register_error_handler(code, _error_page)
    return app


def _error_page(error):
    return render_template("error.html", error=error), error.code


def _worker(app: Flask):
    """The background worker for added pages and editors' follow-ups (started on first use)."""
    from claims.alerts.config import AlertSettings
    from web.editor_adding import make_add
    from web.worker import Worker

    return Worker(app.config["DATABASE"], make_add(app.config), app.config["PROCESS_ADDED"],
                  alerts=app.config.get("ALERTS") or AlertSettings(),
                  base_url=app.config.get("PUBLIC_URL", "http://127.0.0.1:5000"), incident=app.config["INCIDENT_TITLE"])


def _pipeline_runner(config: Any):
    """The claims pipeline for pages editors add, bound to this config."""
    from claims.pipeline import run_pipeline

    def process(database, article_ids):
        # The pipeline picks up every pending article, the added one included.
        return run_pipeline(database, incident=config.incident, settings=config.claims)

    return process
