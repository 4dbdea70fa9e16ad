"""Editors' pages: the review queue, verdicts, merge and split, official sources, added pages, audit log and runs.

Every write calls a function of claims.editorial through web.db.writer(); the views only
read forms, report the outcome and redirect (post/redirect/get).
"""

from __future__ import annotations

import contextlib

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from aggregator.store import Busy, WriterLock
from claims import editorial, jobs
from claims.views import reading, records
from web.auth import login_required
from web.db import get_db, writer
from web.params import SQLITE_MAX

bp = Blueprint("editor", __name__, url_prefix="/editor")


def _int(name: str) -> int:
    return _row_id(request.form.get(name, ""))


def _row_id(raw: str) -> int:
    """A row id from a form: digits, 1 .. 2**63 - 1 (what SQLite holds), else 400."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 19 or not 0 < int(raw) <= SQLITE_MAX:
        abort(400)
    return int(raw)


def _apply(action, *args, **kwargs):
    """Run one editorial write; its refusal is shown to the editor rather than raised.

    Writes that recompute clusters and verdicts (merge, split, official sources) take the
    writer lock, as the crawl does: they never interleave with a pipeline run. While a
    crawl holds it, the editor is told to try again (409).
    """
    try:
        with contextlib.ExitStack() as held:
            if action in RECOMPUTING:
                held.enter_context(WriterLock(current_app.config["DATABASE"]))
            with writer() as db:
                result = action(db, *args, **kwargs)
    except editorial.EditorialError as exc:
        flash(str(exc), "error")
        return None, False
    except Busy:
        flash(_("A crawl is running. Try again when it has finished."), "error")
        return None, False
    return result, True


# Editorial writes that recompute clusters and verdicts: they take the writer lock.
RECOMPUTING = frozenset({editorial.merge_clusters, editorial.split_cluster, editorial.set_source_official})


@bp.route("/")
@login_required()
def queue():
    return render_template("editor/queue.html", clusters=records.review_queue(get_db()))


@bp.route("/clusters/<int:cluster_id>")
@login_required()
def cluster(cluster_id: int):
    db = get_db()
    found = reading.cluster_detail(db, cluster_id)
    if found is None:
        abort(404)
    if found["merged_into"]:
        return redirect(url_for("editor.cluster", cluster_id=found["merged_into"]))
    return render_template("editor/cluster.html", cluster=found, verdicts=editorial.VERDICTS,
                           choices=records.cluster_claim_choices(db, cluster_id),
                           targets=reading.list_clusters(db, slot=found["slot"]) if found["slot"] else [])


@bp.route("/clusters/<int:cluster_id>/verdict", methods=("POST",))
@login_required()
def verdict(cluster_id: int):
    if request.form.get("verdict") == "computed":
        ok = _apply(editorial.clear_verdict, cluster_id, g.user.name, request.form.get("reason", ""))[1]
    else:
        ok = _apply(editorial.set_verdict, cluster_id, request.form.get("verdict", ""),
                       request.form.get("reason", ""), g.user.name)[1]
    if ok:
        flash(_("Verdict saved."), "ok")
    return redirect(url_for("editor.cluster", cluster_id=cluster_id))


@bp.route("/clusters/<int:cluster_id>/merge", methods=("POST",))
@login_required()
def merge(cluster_id: int):
    target = _int("target")
    ok = _apply(editorial.merge_clusters, cluster_id, target, g.user.name, request.form.get("reason", ""))[1]
    if ok:
        flash(_("Clusters merged."), "ok")
        return redirect(url_for("editor.cluster", cluster_id=target))
    return redirect(url_for("editor.cluster", cluster_id=cluster_id))


@bp.route("/clusters/<int:cluster_id>/split", methods=("POST",))
@login_required()
def split(cluster_id: int):
    claim_ids = [_row_id(i) for i in request.form.getlist("claim")[:10_000]]
    new_id, ok = _apply(editorial.split_cluster, cluster_id, claim_ids, g.user.name, request.form.get("reason", ""))
    if ok:
        flash(_("Claims moved to a new cluster."), "ok")
        return redirect(url_for("editor.cluster", cluster_id=new_id))
    return redirect(url_for("editor.cluster", cluster_id=cluster_id))


@bp.route("/sources")
@login_required()
def sources():
    return render_template("editor/sources.html", sources=records.list_sources(get_db()))


@bp.route("/sources/<int:source_id>/official", methods=("POST",))
@login_required("admin")
def official(source_id: int):
    """Admins only: an official source is the reference every verdict is computed against."""
    ok = _apply(editorial.set_source_official, source_id, request.form.get("official") == "1", g.user.name,
                   request.form.get("reason", ""))[1]
    if ok:
        flash(_("Source updated. Verdicts follow at the next crawl."), "ok")
    return redirect(url_for("editor.sources"))


@bp.route("/add", methods=("GET", "POST"))
@login_required()
def add():
    """Fetch a page now (a communiqué in no feed) through claims.jobs.add_and_analyse, the path
    `recoupe add` takes too, under the writer lock, so it never races a crawl."""
    if request.method == "GET":
        return render_template("editor/add.html")
    form = request.form
    try:
        with WriterLock(current_app.config["DATABASE"]), writer() as db:
            added = jobs.add_and_analyse(
                db, form.get("url", ""), editor=g.user.name, admin=g.user.is_admin, reason=form.get("reason", ""),
                crawl=current_app.config["CRAWL_SETTINGS"], incident=current_app.config["INCIDENT"],
                claims=current_app.config["CLAIMS_SETTINGS"], official=form.get("official") == "1",
                source_name=form.get("source", ""))
    except jobs.PermissionRefused as exc:
        flash(str(exc), "error")
        return render_template("editor/add.html", form=form), 403
    except editorial.EditorialError as exc:
        flash(str(exc), "error")
        return render_template("editor/add.html", form=form), 422
    except Busy:
        flash(_("A crawl is running. Try again when it has finished."), "error")
        return render_template("editor/add.html", form=form), 409
    if added.article_ids:
        flash(_("Page added."), "ok")
        return redirect(url_for("reader.article", article_id=added.article_ids[0]))
    flash(_("Nothing new was stored: see crawl run %(run)d.", run=added.run_id), "error")
    return redirect(url_for("editor.runs"))


@bp.route("/audit")
@login_required()
def audit():
    return render_template("editor/audit.html", entries=records.audit_entries(get_db()))


@bp.route("/runs")
@login_required()
def runs():
    return render_template("editor/runs.html", runs=records.crawl_runs(get_db()))
