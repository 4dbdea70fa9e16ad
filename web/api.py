"""The JSON API, serving claims.views.export's objects (scripts written against `recoupe export` work here), and /healthz."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, request

from claims.views import export, records
from claims.views.reading import VERDICT_ORDER
from web.db import get_db
from web.params import limit_offset

bp = Blueprint("api", __name__)

PAGE_DEFAULT = 100
PAGE_MAX = 1000


def _page(default: int = PAGE_DEFAULT) -> tuple[int, int]:
    """?limit= (1..PAGE_MAX) and ?offset=, or 400 (web.params)."""
    return limit_offset(default, PAGE_MAX)


@bp.route("/api/clusters")
def clusters():
    verdict = request.args.get("verdict") or None
    if verdict not in (None, *VERDICT_ORDER):
        abort(400)
    limit, offset = _page()
    db = get_db()
    found = export.cluster_objects(db, verdict=verdict, limit=limit, offset=offset)
    return jsonify(incident=current_app.config["INCIDENT_ID"], clusters=found, limit=limit, offset=offset,
                   total=export.cluster_count(db, verdict=verdict))


@bp.route("/api/clusters/<int:cluster_id>")
def cluster(cluster_id: int):
    """One cluster's object and a page of its claims (`total` counts them all, as `claim_ids` lists them)."""
    limit, offset = _page()
    db = get_db()
    found = export.cluster_objects(db, cluster_ids=[cluster_id])
    if not found:
        abort(404)
    return jsonify(cluster=found[0], claims=export.claim_objects(db, cluster_id=cluster_id, limit=limit,
                                                                 offset=offset),
                   limit=limit, offset=offset, total=len(found[0]["claim_ids"]))


@bp.route("/api/articles")
def articles():
    limit, offset = _page()
    db = get_db()
    return jsonify(articles=export.article_objects(db, limit=limit, offset=offset), limit=limit, offset=offset,
                   total=export.article_count(db))


@bp.route("/healthz")
def healthz():
    """200 with the last crawl's time while the database answers, 503 otherwise (for monitors)."""
    try:
        last = records.last_crawl(get_db())
    except Exception as exc:  # any database failure means unhealthy, whatever its kind
        return jsonify(status="error", error=type(exc).__name__), 503
    return jsonify(status="ok", last_crawl=last)


@bp.errorhandler(404)
def not_found(error):
    return jsonify(error="not found"), 404


@bp.errorhandler(400)
def bad_request(error):
    return jsonify(error="bad request"), 400
