"""Editors' logs, in words: the audit log (who did what, when, why), crawl runs with their errors, and alerts."""

from __future__ import annotations

from flask import abort, render_template, request

from claims.alerts.outbox import recent as recent_alerts
from claims.editing import desk
from web.auth import login_required
from web.db import get_db
from web.editor import arg_page, bp


@bp.route("/audit")
@login_required()
def audit():
    action = request.args.get("action") or None
    if action not in (None, *desk.AUDIT_ACTIONS):
        abort(400)
    editor = request.args.get("editor") or None
    found = desk.audit_page(get_db(), action=action, editor=editor, page=arg_page())
    filters = {k: v for k, v in (("action", action), ("editor", editor)) if v}
    return render_template("editor/audit.html", log=found, filters=filters, actions=desk.AUDIT_ACTIONS)


@bp.route("/runs")
@login_required()
def runs():
    kind = request.args.get("kind") or None
    errors_only = request.args.get("errors") == "1"
    found = desk.runs_page(get_db(), errors_only=errors_only, error_kind=kind, page=arg_page())
    filters = {k: v for k, v in (("errors", "1" if errors_only else None), ("kind", kind)) if v}
    return render_template("editor/runs.html", runs=found, filters=filters)


@bp.route("/alerts")
@login_required()
def alerts():
    return render_template("editor/alerts.html", alerts=recent_alerts(get_db()))
