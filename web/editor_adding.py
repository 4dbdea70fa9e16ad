"""Add a page without waiting: the request queues a job, the background worker fetches and analyses it, the form follows.

The outcome page refreshes itself (a meta refresh: no script) while the job runs, then
says what happened in the editor's language: added, judged off-topic (with the reason and
a one-click "it belongs to the incident"), refused by robots.txt, not found, too large...
"""

from __future__ import annotations

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for

from claims import editorial, jobs
from claims.editing import adding
from web.auth import login_required
from web.db import get_db
from web.users import is_admin
from web.editor import apply, bp


def make_add(config):
    """The add step the worker runs, bound to the app's settings (it runs outside any request):
    claims.jobs.add_and_analyse, the path `recoupe add` takes too."""
    def add_and_analyse(db, job: dict, set_state):
        return jobs.add_and_analyse(db, job["url"], editor=job["editor"], admin=is_admin(db, job["editor"]),
                                    reason=job["reason"], crawl=config["CRAWL_SETTINGS"], incident=config["INCIDENT"],
                                    claims=config["CLAIMS_SETTINGS"], official=bool(job["official"]),
                                    source_name=job["source_name"] or "", on_stage=set_state)
    return add_and_analyse


def worker():
    return current_app.extensions["recoupe_worker"]


@bp.route("/add", methods=("GET", "POST"))
@login_required()
def add():
    db = get_db()
    if request.method == "GET":
        return render_template("editor/add.html", jobs=adding.recent(db), form={})
    form = request.form
    try:
        url = jobs.check_add(db, form.get("url", ""), admin=g.user.is_admin, crawl=current_app.config["CRAWL_SETTINGS"],
                             official=form.get("official") == "1", source_name=form.get("source", ""))
    except jobs.PermissionRefused as exc:
        flash(str(exc), "error")
        return render_template("editor/add.html", form=form, jobs=adding.recent(db)), 403
    except editorial.UrlRefused as exc:
        flash(str(exc), "error")
        return render_template("editor/add.html", form=form, jobs=adding.recent(db)), 422
    job_id, ok = apply(adding.submit, url, reason=form.get("reason", ""), editor=g.user.name,
                       official=form.get("official") == "1", source_name=form.get("source", ""))
    if not ok:
        return render_template("editor/add.html", form=form, jobs=adding.recent(db)), 422
    worker().start()
    return redirect(url_for("editor.add_job", job_id=job_id))


@bp.route("/add/<int:job_id>")
@login_required()
def add_job(job_id: int):
    try:
        found = adding.job(get_db(), job_id)
    except editorial.NotFound:
        abort(404)
    if found["running"]:
        worker().start()  # a job queued before a restart gets picked up
    return render_template("editor/add_job.html", job=found)
