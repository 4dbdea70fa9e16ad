"""Editors' pages: the review queue and a cluster's desk (review, notes, publishing, merge, split, undo), and sources.

Every write calls a function of claims.editorial through web.db.writer(); the views only
read forms, report the outcome and redirect (post/redirect/get). The article desk
(claims and relevance), added pages and the logs are in web.editor_articles,
web.editor_adding and web.editor_logs, on the same blueprint.
"""

from __future__ import annotations

import contextlib

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from aggregator.store import Busy, writer_lock
from claims import editorial
from claims.editing import desk, history, review
from claims.editing.config import EditorsSettings
from claims.views import reading, records
from web.accounts import enabled_names, signature
from web.auth import login_required
from web.db import get_db, writer
from web.params import SQLITE_MAX

bp = Blueprint("editor", __name__, url_prefix="/editor")


def form_int(name: str) -> int:
    return row_id(request.form.get(name, ""))


def row_id(raw: str) -> int:
    """A row id from a form: digits, 1 .. 2**63 - 1 (what SQLite holds), else 400."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 19 or not 0 < int(raw) <= SQLITE_MAX:
        abort(400)
    return int(raw)


def arg_page() -> int:
    try:
        return max(1, min(int(request.args.get("page", 1)), 100_000))
    except ValueError:
        abort(400)


def apply(action, *args, **kwargs):
    """Run one editorial write; its refusal is shown to the editor rather than raised.

    Writes that recompute clusters and verdicts (merge, split, undo, official sources) take
    the writer lock, as the crawl does: they never interleave with a pipeline run. While a
    crawl holds it, the editor is told to try again.
    """
    try:
        with contextlib.ExitStack() as held:
            if action in RECOMPUTING:
                held.enter_context(writer_lock(current_app.config["DATABASE"]))
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
RECOMPUTING = frozenset({editorial.merge_clusters, editorial.split_cluster, editorial.undo,
                         editorial.set_source_official})


def editors_settings() -> EditorsSettings:
    return current_app.config.get("EDITORS") or EditorsSettings()


def my_signature() -> str:
    """The name readers see on what this editor publishes."""
    return signature(get_db(), g.user.id, editors_settings().signature)


def after_write() -> None:
    """Claims an editor's decision left waiting (sentences never embedded) are placed by the background worker."""
    worker = current_app.extensions.get("recoupe_worker")
    if worker is not None and desk_waiting():
        worker.settle()


def desk_waiting() -> int:
    from claims.editing.common import waiting
    return waiting(get_db())


@bp.route("/")
@login_required()
def queue():
    status = request.args.get("status", desk.TODO)
    if status not in (desk.TODO, "all", *review.STATUSES):
        abort(400)
    verdict = request.args.get("verdict") or None
    if verdict not in (None, *editorial.VERDICTS):
        abort(400)
    slot = request.args.get("slot") or None
    mine = request.args.get("mine") == "1"
    db = get_db()
    found = desk.queue(db, status=status, slot=slot, verdict=verdict, assignee=g.user.name if mine else None,
                       page=arg_page())
    filters = {k: v for k, v in (("status", status), ("slot", slot), ("verdict", verdict),
                                 ("mine", "1" if mine else None)) if v}
    return render_template("editor/queue.html", queue=found, filters=filters, slots=desk.slots(db),
                           statuses=review.STATUSES, verdicts=editorial.VERDICTS,
                           flagged=desk.flagged_corrections(db, limit=10))


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
                           review=review.review_of(db, cluster_id), notes=review.notes(db, cluster_id),
                           claims=desk.cluster_claims(db, cluster_id), operations=history.operations(db, cluster_id),
                           editors=enabled_names(db), statuses=review.STATUSES[:3],
                           second_editor=editors_settings().second_editor, signature=my_signature(),
                           targets=reading.list_clusters(db, slot=found["slot"]) if found["slot"] else [])


def _back(cluster_id: int):
    return redirect(url_for("editor.cluster", cluster_id=cluster_id))


@bp.route("/clusters/<int:cluster_id>/verdict", methods=("POST",))
@login_required()
def verdict(cluster_id: int):
    """Draft a verdict (or go back to the computed one): readers see it once it is published."""
    ok = apply(review.draft_verdict, cluster_id, request.form.get("verdict", ""), request.form.get("reason", ""),
               editor=g.user.name)[1]
    if ok:
        flash(_("Verdict saved as a draft. Readers will see it once it is published."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/publish", methods=("POST",))
@login_required()
def publish(cluster_id: int):
    outcome, ok = apply(review.publish, cluster_id, reason=request.form.get("reason", ""), editor=g.user.name,
                        signature=my_signature(), second_editor=editors_settings().second_editor)
    if ok and outcome == "requested":
        flash(_("Publication requested: another editor must approve it."), "ok")
    elif ok:
        flash(_("Verdict published."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/withdraw", methods=("POST",))
@login_required()
def withdraw(cluster_id: int):
    if apply(review.withdraw, cluster_id, reason=request.form.get("reason", ""), editor=g.user.name)[1]:
        flash(_("Publication withdrawn: readers see the computed verdict again."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/status", methods=("POST",))
@login_required()
def status(cluster_id: int):
    if apply(review.set_status, cluster_id, request.form.get("status", ""), editor=g.user.name)[1]:
        flash(_("Status changed."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/assign", methods=("POST",))
@login_required()
def assign(cluster_id: int):
    assignee = request.form.get("assignee", "").strip()
    if assignee and assignee not in enabled_names(get_db()):
        flash(_("There is no enabled account with that name."), "error")
        return _back(cluster_id)
    if apply(review.assign, cluster_id, assignee, editor=g.user.name)[1]:
        flash(_("Assigned to %(name)s.", name=assignee) if assignee else _("Nobody is assigned now."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/notes", methods=("POST",))
@login_required()
def note(cluster_id: int):
    if apply(review.add_note, cluster_id, request.form.get("text", ""), editor=g.user.name)[1]:
        flash(_("Note added (editors only)."), "ok")
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/merge", methods=("POST",))
@login_required()
def merge(cluster_id: int):
    target = form_int("target")
    ok = apply(editorial.merge_clusters, cluster_id, target, g.user.name, request.form.get("reason", ""))[1]
    if ok:
        flash(_("Clusters merged. You can undo it from this page."), "ok")
        return _back(target)
    return _back(cluster_id)


@bp.route("/clusters/<int:cluster_id>/split", methods=("POST",))
@login_required()
def split(cluster_id: int):
    claim_ids = [row_id(i) for i in request.form.getlist("claim")[:10_000]]
    new_id, ok = apply(editorial.split_cluster, cluster_id, claim_ids, g.user.name, request.form.get("reason", ""))
    if ok:
        flash(_("Claims moved to a new cluster. You can undo it from this page."), "ok")
        return _back(new_id)
    return _back(cluster_id)


@bp.route("/operations/<int:operation_id>/undo", methods=("POST",))
@login_required()
def undo(operation_id: int):
    restored, ok = apply(editorial.undo, operation_id, editor=g.user.name, reason=request.form.get("reason", ""))
    if ok:
        flash(_("Undone."), "ok")
        return _back(restored)
    back = request.form.get("cluster", "")
    return _back(int(back)) if back.isdigit() else redirect(url_for("editor.queue"))


@bp.route("/sources")
@login_required()
def sources():
    return render_template("editor/sources.html", sources=records.list_sources(get_db()))


@bp.route("/sources/<int:source_id>/official", methods=("POST",))
@login_required("admin")
def official(source_id: int):
    """Admins only: an official source is the reference every verdict is computed against."""
    ok = apply(editorial.set_source_official, source_id, request.form.get("official") == "1", g.user.name,
               request.form.get("reason", ""))[1]
    if ok:
        flash(_("Source updated. Verdicts follow at the next crawl."), "ok")
    return redirect(url_for("editor.sources"))


from web import editor_adding, editor_articles, editor_logs  # noqa: E402,F401  (their routes join this blueprint)
